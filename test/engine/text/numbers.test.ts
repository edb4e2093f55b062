import { findDurations, parseNumberWords } from "../../../src/engine/text";

describe("parseNumberWords", () => {
  it.each([
    ["45", 45],
    ["forty-five", 45],
    ["ten", 10],
    ["vinte e cinco", 25],
    ["três", 3],
    ["banana", null],
  ])("%s -> %s", (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });
});

describe("findDurations", () => {
  it("reads English and Portuguese periods with their unit", () => {
    const text = "within ten (10) Business Days, or 5 (cinco) dias úteis, or 2 weeks";
    expect(findDurations(text).map((d) => [text.slice(d.start, d.end), d.value, d.unit])).toEqual([
      ["ten (10) Business Days", 10, "business-day"],
      ["5 (cinco) dias úteis", 5, "business-day"],
      ["2 weeks", 2, "week"],
    ]);
  });

  it("ignores numbers that are not periods", () => {
    expect(findDurations("Section 12.3 and 40 percent")).toEqual([]);
  });
});
