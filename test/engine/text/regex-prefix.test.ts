import fc from "fast-check";
import { DIGIT, finiteMatches, prefixesOf, suffixesOf, topLevelBranches } from "../../../src/engine/text/regex-prefix";
import { rulePack } from "../../../src/engine/rules";

const PACK_PATTERNS = (["en", "pt"] as const).flatMap((lang) => {
  const pack = rulePack(lang);
  return [...pack.cues.map((c) => c.pattern), ...pack.subjective.flatMap((r) => r.patterns)];
});

/** Words and marks the patterns are made of, so random texts hit them often. */
function vocabulary(sources: readonly string[]): string[] {
  const words = new Set<string>();
  for (const s of sources) for (const w of s.match(/[a-z]{2,}/g) ?? []) words.add(w);
  return [...words, "the", "client", "a", "12", "5", "30", "1.5", "r$", "$", "€", "usd"];
}

const SEPARATORS = [" ", " ", " ", ", ", ". ", "-", "%", "'s ", "\n", "(", ")", '"'];

function textOf(vocab: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
    .map((parts) => parts.map(([w, s]) => w + s).join(""));
}

/**
 * Random patterns of the syntax the parser reads: literals, classes, quantifiers, assertions
 * (`assertions` adds more) and alternatives.
 */
function generatedPattern(assertions: string[] = []): fc.Arbitrary<string> {
  const atom = fc.oneof(
    fc.constantFrom("a", "b", "c", " ", "\\d", "[ab]", "[^a]", "\\s", "\\b", "(?=a)", "(?!b)", ...assertions, "."),
    fc.constantFrom("ab", "ba", "abc"),
  );
  const quant = fc.constantFrom("", "", "?", "*", "+", "{0,2}", "{2}", "{1,}", "??");
  const seq = fc.array(fc.tuple(atom, quant).map(([a, q]) => (a.startsWith("(?") || a === "\\b" ? a : `(?:${a})${q}`)), { minLength: 1, maxLength: 5 }).map((xs) => xs.join(""));
  return fc.array(seq, { minLength: 1, maxLength: 3 }).map((xs) => xs.join("|"));
}

const GENERATED_TEXT = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "1", "x"), maxLength: 20 });

/** Every match of `source` starting at each place of `text`: where it starts and what it matched. */
function matchesAtEachPlace(source: string, text: string): { at: number; found: string }[] {
  const re = new RegExp(source, "y");
  const out: { at: number; found: string }[] = [];
  for (let at = 0; at <= text.length; at++) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push({ at, found: m[0] });
  }
  return out;
}

/** Whether every match of `source` anywhere in `text` begins with one of `prefixes`. */
function everyMatchHasPrefix(source: string, prefixes: ReadonlySet<string>, text: string): boolean {
  return matchesAtEachPlace(source, text).every(({ at }) => {
    const rest = text.slice(at).replace(/[0-9]/g, DIGIT);
    return [...prefixes].some((p) => rest.startsWith(p));
  });
}

describe("prefixesOf", () => {
  it("spells out literal beginnings through alternatives and optional parts", () => {
    const p = prefixesOf("(?:to|meets?) (?:the )?satisfaction", 4) as Set<string>;
    expect([...p].sort()).toEqual(["meet", "to s", "to t"]);
    expect(prefixesOf("best (?:efforts?|endeavou?rs)", 6)).toEqual(new Set(["best e"]));
  });

  it("skips zero-width assertions and keeps escaped and non-ASCII characters", () => {
    expect(prefixesOf("\\btb[dca]\\b", 3)).toEqual(new Set(["tbd", "tbc", "tba"]));
    expect(prefixesOf("(?<![a-z])(?=x)xy", 2)).toEqual(new Set(["xy"]));
    expect(prefixesOf("[$\\u20ac]\\s?\\d", 2)).toEqual(new Set(["$", "$0", "\u20ac", "\u20ac0"]));
  });

  it("stops a prefix where a wide class or the end of the match comes", () => {
    expect(prefixesOf("ab[a-z]+c", 4)).toEqual(new Set(["ab"]));
    expect(prefixesOf("ab(?:c)?", 4)).toEqual(new Set(["ab", "abc"]));
    expect(prefixesOf("\\d{1,3}%", 2)).toEqual(new Set(["0%", "00"]));
    expect(prefixesOf("[1-3]5x", 3)).toEqual(new Set(["00x"]));
  });

  it("answers 'anything' for patterns that can begin anywhere, and null for syntax it does not read", () => {
    expect(prefixesOf("[^a]x", 2)).toEqual(new Set([""]));
    expect(prefixesOf("a?", 2)?.has("")).toBe(true);
    expect(prefixesOf("(a)\\1", 2)).toBeNull();
    expect(prefixesOf("(?:a?)*b", 2)).toBeNull();
    expect(prefixesOf("(?i:a)", 2)).toBeNull();
    expect(prefixesOf("a{2", 2)).toBeNull();
  });

  it("shortens the prefixes instead of listing too many", () => {
    const p = prefixesOf("[a-d][a-d][a-d][a-d]", 4, 50) as Set<string>;
    // 4^4 and 4^3 are over the limit; 4^2 is not.
    expect(p.size).toBe(16);
    expect(p.has("db")).toBe(true);
  });

  it("never misses a match of a rule-pack pattern (every match begins with a prefix)", () => {
    const vocab = vocabulary(PACK_PATTERNS);
    for (const k of [1, 4, 8]) {
      const prefixes = PACK_PATTERNS.map((s) => prefixesOf(s, k));
      fc.assert(
        fc.property(textOf(vocab), (text) =>
          PACK_PATTERNS.every((s, i) => {
            const p = prefixes[i];
            return p === null || p === undefined || everyMatchHasPrefix(s, p, text);
          }),
        ),
        { numRuns: 60 },
      );
    }
  });

  it("never misses a match of generated patterns", () => {
    fc.assert(
      fc.property(generatedPattern(), GENERATED_TEXT, fc.integer({ min: 1, max: 5 }), (source, t, k) => {
        const p = prefixesOf(source, k, 40);
        return p === null || everyMatchHasPrefix(source, p, t);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Whether every match of `source` anywhere in `text` ends with one of `suffixes`. */
function everyMatchHasSuffix(source: string, suffixes: ReadonlySet<string>, text: string): boolean {
  return matchesAtEachPlace(source, text).every(({ found }) => {
    const written = found.replace(/[0-9]/g, DIGIT);
    return [...suffixes].some((p) => written.endsWith(p));
  });
}

describe("suffixesOf", () => {
  it("spells out literal endings, backwards through alternatives and optional parts", () => {
    expect(suffixesOf("(?:to|meets?) (?:the )?satisfaction", 4)).toEqual(new Set(["tion"]));
    expect(suffixesOf("sign-?off|approv(?:al|ed)", 3)).toEqual(new Set(["off", "val", "ved"]));
    expect(suffixesOf("net \\d+ days?(?![a-z])", 5)).toEqual(new Set([" days", "0 day"]));
  });

  it("answers 'anything' for patterns that can end with anything, and null for syntax it does not read", () => {
    expect(suffixesOf("[A-Z][a-z]+", 4)).toEqual(new Set([""]));
    expect(suffixesOf("done|\\s", 4)?.has("")).toBe(true);
    expect(suffixesOf("(a)\\1", 4)).toBeNull();
  });

  it("never misses a match of a rule-pack pattern (every match ends with a suffix)", () => {
    const vocab = vocabulary(PACK_PATTERNS);
    const suffixes = PACK_PATTERNS.map((s) => suffixesOf(s, 12));
    fc.assert(
      fc.property(textOf(vocab), (text) => PACK_PATTERNS.every((s, i) => { const p = suffixes[i]; return p === null || p === undefined || everyMatchHasSuffix(s, p, text); })),
      { numRuns: 60 },
    );
  });

  it("never misses a match of generated patterns", () => {
    fc.assert(
      fc.property(generatedPattern(["(?<=a)"]), GENERATED_TEXT, fc.integer({ min: 1, max: 5 }), (source, t, k) => {
        const p = suffixesOf(source, k, 40);
        return p === null || everyMatchHasSuffix(source, p, t);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("finiteMatches", () => {
  it("lists the strings in the order the engine tries them: alternatives in order, greedy repetitions longest first", () => {
    expect(finiteMatches("fees?", 10)).toEqual(["fees", "fee"]);
    expect(finiteMatches("accept(?:ance|ed|s)?", 10)).toEqual(["acceptance", "accepted", "accepts", "accept"]);
    expect(finiteMatches("(?:a|ab)?c", 10)).toEqual(["ac", "abc", "c"]);
    expect(finiteMatches("ab{1,2}c", 10)).toEqual(["abbc", "abc"]);
    expect(finiteMatches("sign\\-?off", 10)).toEqual(["sign-off", "signoff"]);
  });

  it("refuses what it cannot list exactly: assertions, lazy or unbounded repetitions, wide classes, digits, empty iterations", () => {
    for (const source of ["a\\b", "(?=a)b", "^a", "ab??", "a+", "a*", "a.", "a\\s", "a\\d", "a[0-9]", "a1", "(?:a?){2}"]) {
      expect(finiteMatches(source, 10)).toBeNull();
    }
  });

  it("refuses a list too long or with a string too long", () => {
    expect(finiteMatches("abcdef", 5)).toBeNull();
    expect(finiteMatches("[ab][ab][ab]", 10, 7)).toBeNull();
    expect(finiteMatches("[ab][ab][ab]", 10, 8)).toHaveLength(8);
  });

  it("agrees with the engine on generated patterns: the first listed string that fits is what it matches", () => {
    // The lookahead makes later strings matter: the engine backtracks to them when an earlier one
    // is followed by a character of `stop`; and where two fit, the order decides.
    const stop = fc.constantFrom("[ab]", "a", "c", " ", "[^a]", "[^c]");
    fc.assert(
      fc.property(generatedPattern(), fc.nat(), GENERATED_TEXT, stop, (source, pick, tail, not) => {
        const list = finiteMatches(source, 8);
        if (list === null || list.length === 0) return true;
        // A text that starts with one of the strings, so that the pattern often matches.
        const t = (list[pick % list.length] as string) + tail;
        const re = new RegExp(`(?:${source})(?!${not})`, "y");
        const expected = re.exec(t)?.[0] ?? null;
        const stops = new RegExp(`^${not}`);
        const found = list.find((x) => t.startsWith(x) && !stops.test(t.slice(x.length))) ?? null;
        return found === expected;
      }),
      { numRuns: 8000 },
    );
  });
});

describe("topLevelBranches", () => {
  it("splits on top-level bars only", () => {
    expect(topLevelBranches("a|(?:b|c)|[|]d|e\\|f")).toEqual(["a", "(?:b|c)", "[|]d", "e\\|f"]);
    expect(topLevelBranches("abc")).toEqual(["abc"]);
    expect(topLevelBranches("a|")).toEqual(["a", ""]);
  });

  it("keeps what the whole pattern matches: the first branch that matches, in order", () => {
    const sources = ["to (?:the )?satisfaction|to (?:the )?satisfaction of|(?:in|at) [a-z]+ discretion", "a(?:b|c)|ab(?=x)|[|]"];
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "x", "|", " ", "to", "the", "satisfaction", "of", "in", "its", "discretion"), maxLength: 20 });
    fc.assert(
      fc.property(fc.constantFrom(...sources), text, (source, t) => {
        const whole = new RegExp(source, "y");
        const parts = topLevelBranches(source).map((b) => new RegExp(b, "y"));
        for (let at = 0; at <= t.length; at++) {
          whole.lastIndex = at;
          const expected = whole.exec(t)?.[0];
          let got: string | undefined;
          for (const re of parts) {
            re.lastIndex = at;
            const m = re.exec(t);
            if (m) {
              got = m[0];
              break;
            }
          }
          if (got !== expected) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
