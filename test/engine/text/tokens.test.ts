import fc from "fast-check";
import { countAsciiWords, countWords, tokenize } from "../../../src/engine/text";

describe("tokenize", () => {
  it("keeps contractions, hyphenated words and decimals whole", () => {
    expect(tokenize("Client’s sign-off: 12.5% of €1,000 — não").map((t) => t.text)).toEqual([
      "Client’s",
      "sign-off",
      "12.5",
      "of",
      "1",
      "000",
      "não",
    ]);
  });

  it("offsets point at the token text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });

  it("countWords agrees with tokenize", () => {
    fc.assert(fc.property(fc.string(), (s) => expect(countWords(s)).toBe(tokenize(s).length)));
    // Joiners, accents, astral letters and lone surrogates, densely mixed.
    const unit = fc.constantFrom("a", "B", "1", " ", "'", "\u2019", ".", "-", "é", "\u{1D400}", "\uD800", "ç", ",", "\n", "ß", "٣");
    fc.assert(fc.property(fc.string({ unit }), (s) => expect(countWords(s)).toBe(tokenize(s).length)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(countWords(s)).toBe(tokenize(s).length)));
  });

  it("countAsciiWords agrees with countWords on ASCII text", () => {
    expect(countAsciiWords("sign-off of the U.S. plan -- a--b 12.5% it's")).toBe(countWords("sign-off of the U.S. plan -- a--b 12.5% it's"));
    // Joiners next to joiners, letters and digits, at the ends too: every three-character state.
    const unit = fc.constantFrom("a", "Z", "7", " ", "'", ".", "-", ",", "\n", "_");
    fc.assert(fc.property(fc.string({ unit }), (s) => expect(countAsciiWords(s)).toBe(countWords(s))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (s) => expect(countAsciiWords(s)).toBe(countWords(s))));
  });
});
