import fc from "fast-check";
import { escapeRegExp, wordAlternation } from "../../../src/engine/text";

/** The list form the trie must match like: the words sorted longest first. */
function listForm(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;
}

function matches(source: string, flags: string, text: string): [number, string, string | undefined][] {
  return [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0], m[1]]);
}

// Few letters, so words are often prefixes of one another and texts often hold them.
const letter = fc.constantFrom("a", "b", "e", "s", "ê", "E", ".", " ");
const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""));
// What follows the group decides whether a shorter word must be tried after a longer one.
const after = fc.constantFrom("", "b", "ab", " ", "\\s*\\(", "(?![a-z])", "e?s");

describe("wordAlternation", () => {
  it("is a trie: shared beginnings are written once, longer words before a shorter one", () => {
    expect(wordAlternation(["seventeen", "seventy", "seven", "six"])).toBe("(?:s(?:even(?:t(?:een|y))?|ix))");
    expect(wordAlternation(["a", "ab"])).toBe("(?:ab?)");
    expect(wordAlternation(["e.g"])).toBe("(?:e\\.g)");
  });

  it("matches what the words sorted longest first match, with what follows them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        after,
        fc.constantFrom("g", "gi", "giu"),
        fc.array(fc.oneof(letter, fc.constantFrom("(", "x")), { maxLength: 40 }).map((cs) => cs.join("")),
        (words, tail, flags, text) => {
          const expected = matches(`(${listForm(words)})${tail}`, flags, text);
          expect(matches(`(${wordAlternation(words, { ignoreCase: flags.includes("i") })})${tail}`, flags, text)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("places case variants on one path when the group runs case-insensitively", () => {
    // Apart, "e" (written first) is tried before "E " and takes only the letter.
    expect(matches(`(${wordAlternation(["e", "E ", "a"], { ignoreCase: true })})`, "gi", "E ")).toEqual(matches(`(${listForm(["e", "E ", "a"])})`, "gi", "E "));
    expect(matches(`(${wordAlternation(["e", "E ", "a"])})`, "gi", "E ")).not.toEqual(matches(`(${listForm(["e", "E ", "a"])})`, "gi", "E "));
    expect(wordAlternation(["Seven", "seventy"], { ignoreCase: true })).toBe("(?:seven(?:ty)?)");
  });

  it("refuses an empty word", () => {
    expect(() => wordAlternation(["a", ""])).toThrow();
  });
});
