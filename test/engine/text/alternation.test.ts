import fc from "fast-check";
import { AlternationScanner } from "../../../src/engine/text";
import type { AlternationMatch } from "../../../src/engine/text";
import { rulePack } from "../../../src/engine/rules";

/** What the single combined expression finds with a global exec loop: the behaviour to keep. */
function combined(sources: readonly string[], text: string, caseSensitive = false): AlternationMatch[] {
  const word = caseSensitive ? "[A-Za-z0-9]" : "[a-z0-9]";
  const re = new RegExp(`(?<!${word})(?:${sources.map((s) => `(${s})`).join("|")})(?!${word})`, "g");
  const out: AlternationMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ pattern: g - 1, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function vocabulary(sources: readonly string[]): string[] {
  const words = new Set<string>();
  for (const s of sources) for (const w of s.match(/[A-Za-z]{2,}/g) ?? []) words.add(w);
  return [...words, "the", "a", "12", "30", "1.5", "$", "r$", "€", "x"];
}

// "_" and "I" are word characters to \b but not to the scan: texts holding them take the exact path.
const SEPARATORS = [" ", " ", " ", ", ", ". ", "-", "%", "'s ", "\n", "(", ")", '"', "", " ", " ", "_", "I"];

function textOf(vocab: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
    .map((parts) => parts.map(([w, s]) => w + s).join(""));
}

const WORDS = ["a", "ab", "b", "ba", "abc", "c"];
/** With words that begin or end with a mark, so one match can start right where another ends. */
const EDGE_WORDS = [...WORDS, "-a", "\\(b", "a-", "-"];
const TAILS = ["", "?", " ", " ?", "(?: a)?", "\\d?", "[ab]", "(?!c)"];

/** Patterns of one to three words, each followed by one of `tails`. */
function generatedPattern(words: readonly string[], tails: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...tails)), { minLength: 1, maxLength: 3 })
    .map((xs) => xs.map(([w, q]) => w + q).join(""));
}

/** Short texts of the words' letters, spaces and digits, and `marks`. */
function generatedText(marks: readonly string[]): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "1", ...marks), maxLength: 24 });
}

describe("AlternationScanner", () => {
  it("finds which pattern matched where, earliest pattern first at one place", () => {
    const s = new AlternationScanner(["in good faith", "good", "in (?:the )?(?:sole )?discretion"]);
    expect(s.scan("acts in good faith, in its discretion, in the sole discretion; goods good")).toEqual([
      { pattern: 0, start: 5, end: 18 },
      { pattern: 2, start: 39, end: 61 },
      { pattern: 1, start: 69, end: 73 },
    ]);
  });

  it("matches only on word edges and resumes after each match", () => {
    const s = new AlternationScanner(["ab", "b c", "c"]);
    expect(s.scan("xab ab c abc")).toEqual([
      { pattern: 0, start: 4, end: 6 },
      { pattern: 2, start: 7, end: 8 },
    ]);
  });

  it("treats an underscore or a capital before a word like the combined expression does", () => {
    const sources = ["to (?:the )?satisfaction", "\\$\\d+", "good"];
    for (const text of ["x_to the satisfaction", "Ito satisfaction", "to satisfaction_good", "a$5 _$5 I$5 good_ Igood"]) {
      expect(new AlternationScanner(sources).scan(text)).toEqual(combined(sources, text));
    }
    expect(new AlternationScanner(sources).scan("x_to satisfaction")).toEqual([{ pattern: 0, start: 2, end: 17 }]);
  });

  it("falls back to the combined expression when a pattern can begin anywhere", () => {
    const sources = ["(?:[A-Z][a-z]+ ){1,2}Complete", "Sign-off"];
    const text = "Phase One Complete after Design Sign-off and Build Complete";
    expect(new AlternationScanner(sources, true).scan(text)).toEqual(combined(sources, text, true));
    expect(new AlternationScanner(sources, true).scan(text).length).toBe(3);
  });

  it.each(["en", "pt"] as const)("finds exactly what the combined expression finds for the %s rule packs", (lang) => {
    const pack = rulePack(lang);
    const layers: [string[], boolean][] = [
      [pack.cues.filter((c) => !c.tags.some((t) => t.startsWith("trigger:"))).map((c) => c.pattern), false],
      [pack.cues.filter((c) => c.tags.some((t) => t.startsWith("trigger:"))).map((c) => c.pattern), false],
      [pack.subjective.filter((r) => !r.caseSensitive).flatMap((r) => r.patterns), false],
      [pack.subjective.filter((r) => r.caseSensitive).flatMap((r) => r.patterns), true],
    ];
    for (const [sources, caseSensitive] of layers) {
      if (sources.length === 0) continue;
      const scanner = new AlternationScanner(sources, caseSensitive);
      const vocab = vocabulary(sources);
      fc.assert(
        fc.property(textOf(caseSensitive ? vocab : vocab.map((w) => w.toLowerCase())), (text) => {
          expect(scanner.scan(text)).toEqual(combined(sources, text, caseSensitive));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("passes over texts without any literal ending the combined expression's matches need", () => {
    const sources = ["(?:[A-Z][a-z]+ ){1,2}(?:Complete|Done)", "[A-Z]+ Ready"];
    const scanner = new AlternationScanner(sources, true);
    for (const text of ["Design Complete", "Build Done and UAT Ready", "Design complete", "Nothing Here", "Phase Two Done."]) {
      expect(scanner.scan(text)).toEqual(combined(sources, text, true));
    }
    expect(scanner.scan("Build Done and UAT Ready").length).toBe(2);
  });

  it("finds a match that starts right where the previous one ends, or one character after a place that failed", () => {
    const sources = ["net-", "\\$\\d+", "\\(x\\)", "\\(\\(y"];
    for (const text of ["net-$5", "net-$5 and net-$6", "((y", "(x(x)", "$1$2"]) {
      expect(new AlternationScanner(sources).scan(text)).toEqual(combined(sources, text));
    }
    expect(new AlternationScanner(sources).scan("net-$5")).toEqual([
      { pattern: 0, start: 0, end: 4 },
      { pattern: 1, start: 4, end: 6 },
    ]);
  });

  it("finds exactly what the combined expression finds for generated pattern lists", () => {
    const pattern = generatedPattern(EDGE_WORDS, TAILS);
    const text = generatedText(["-", "("]);
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), text, (sources, t) => {
        expect(new AlternationScanner(sources).scan(t)).toEqual(combined(sources, t));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds exactly what the combined expression finds for generated lists that cannot be prefiltered", () => {
    // A first pattern beginning with a class of any character leaves no prefix: the combined
    // expression runs, after the check for the literal endings.
    const pattern = generatedPattern(WORDS, [...TAILS, "[^a]"]);
    const text = generatedText(["-"]);
    fc.assert(
      fc.property(fc.constantFrom(".?", "[^b]", "\\s?"), fc.array(pattern, { minLength: 1, maxLength: 5 }), text, (lead, rest, t) => {
        const sources = [`${lead}${rest[0] as string}`, ...rest.slice(1)];
        expect(new AlternationScanner(sources).scan(t)).toEqual(combined(sources, t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("AlternationScanner with layers", () => {
  /** The matches of each layer scanned alone, by layer, with pattern numbers of the whole list. */
  function separately(sources: readonly string[], layers: readonly number[], text: string): AlternationMatch[][] {
    const out: AlternationMatch[][] = [];
    for (let layer = 0; layer <= Math.max(...layers); layer++) {
      const own = sources.map((_, i) => i).filter((i) => layers[i] === layer);
      out.push(own.length ? combined(own.map((i) => sources[i] as string), text).map((m) => ({ ...m, pattern: own[m.pattern] as number })) : []);
    }
    return out;
  }

  function byLayer(found: AlternationMatch[], layers: readonly number[]): AlternationMatch[][] {
    const out: AlternationMatch[][] = Array.from({ length: Math.max(...layers) + 1 }, () => []);
    for (const m of found) out[layers[m.pattern] as number]?.push(m);
    return out;
  }

  it("scans each layer as if alone: a match in one layer hides nothing in another", () => {
    const sources = ["to the satisfaction of", "satisfaction", "the client", "client"];
    const layers = [0, 1, 1, 0];
    const text = "payment to the satisfaction of the client";
    const found = new AlternationScanner(sources, false, layers).scan(text);
    expect(byLayer(found, layers)).toEqual(separately(sources, layers, text));
    expect(found.map((m) => sources[m.pattern])).toEqual(["to the satisfaction of", "satisfaction", "the client", "client"]);
  });

  it.each(["en", "pt"] as const)("finds what the %s clause cues and subjective patterns find scanned apart", (lang) => {
    const pack = rulePack(lang);
    const cues = pack.cues.filter((c) => !c.tags.some((t) => t.startsWith("trigger:"))).map((c) => c.pattern);
    const subjective = pack.subjective.filter((r) => !r.caseSensitive).flatMap((r) => r.patterns);
    const sources = [...cues, ...subjective];
    const layers = sources.map((_, i) => (i < cues.length ? 0 : 1));
    const scanner = new AlternationScanner(sources, false, layers);
    const vocab = vocabulary(sources).map((w) => w.toLowerCase());
    fc.assert(
      fc.property(textOf(vocab), (text) => {
        expect(byLayer(scanner.scan(text), layers)).toEqual(separately(sources, layers, text));
      }),
      { numRuns: 300 },
    );
  });

  it("finds what each layer finds alone for generated pattern lists, with and without a prefilter", () => {
    const pattern = generatedPattern(EDGE_WORDS, TAILS);
    const text = generatedText(["-", "("]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pattern, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 7 }),
        fc.boolean(),
        text,
        (list, anywhere, t) => {
          const sources = list.map(([p]) => p);
          // A first pattern that can begin anywhere leaves no prefilter: one expression per layer.
          if (anywhere) sources[0] = `.?${sources[0] as string}`;
          const layers = list.map(([, l]) => l);
          expect(byLayer(new AlternationScanner(sources, false, layers).scan(t), layers)).toEqual(separately(sources, layers, t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
