import fc from "fast-check";
import { countWords, foldText, foldTextKeepCase, isAscii } from "../../../src/engine/text";

describe("foldText", () => {
  it("lower-cases, strips accents and plain-ifies punctuation", () => {
    expect(foldText("Aceitação “Tácita” — Client’s\u00a0OK")).toBe('aceitacao "tacita" - client\'s ok');
  });

  it("keeps case when asked", () => {
    expect(foldTextKeepCase("Discovery Complete – É")).toBe("Discovery Complete - E");
  });

  it("folds a text the same whichever text was folded before it (the ASCII check is remembered)", () => {
    const texts = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("Client’s OK", "Aceitação", "KELVIN \u212a"));
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 6 }), (list) => {
        const once = list.map((t) => [foldText(t), foldTextKeepCase(t), isAscii(t)]);
        // The same texts again, each in a fresh order: every answer is the text's own.
        const again = [...list].reverse().map((t) => [foldText(t), foldTextKeepCase(t), isAscii(t)]).reverse();
        expect(again).toEqual(once);
        list.forEach((t, i) => expect(once[i]?.[2]).toBe(/^[\x00-\x7f]*$/.test(t)));
      }),
    );
  });

  it("changes only letter case in ASCII text, so its words are the folded copy's", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(isAscii(s)).toBe(true);
        expect(foldText(s)).toBe(s.toLowerCase());
        expect(foldTextKeepCase(s)).toBe(s);
        expect(countWords(foldText(s))).toBe(countWords(s));
      }),
    );
  });

  it("never changes the length, so offsets carry over", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(foldText(s).length).toBe(s.length);
        expect(foldTextKeepCase(s).length).toBe(s.length);
      }),
    );
  });

  it("keeps letters that lower-case to two code units at one unit", () => {
    expect(foldText("\u0130x").length).toBe(2);
  });
});
