import { formatNumber } from "../../src/docx/numbering";

describe("formatNumber", () => {
  it.each([
    [1, "decimal", "1"],
    [27, "lowerLetter", "aa"],
    [28, "upperLetter", "BB"],
    [1994, "upperRoman", "MCMXCIV"],
    [4, "lowerRoman", "iv"],
    [7, "decimalZero", "07"],
    [12, "ordinal", "12th"],
    [22, "ordinal", "22nd"],
    [3, "none", ""],
    [5, "someFutureFormat", "5"],
  ])("%p in %s is %p", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});
