import fc from "fast-check";
import { foldText, foldTextKeepCase } from "../../../src/engine/text";

describe("foldText", () => {
  it("lower-cases, strips accents and plain-ifies punctuation", () => {
    expect(foldText("Aceitação “Tácita” — Client’s\u00a0OK")).toBe('aceitacao "tacita" - client\'s ok');
  });

  it("keeps case when asked", () => {
    expect(foldTextKeepCase("Discovery Complete – É")).toBe("Discovery Complete - E");
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
