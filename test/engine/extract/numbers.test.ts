import fc from "fast-check";
import { parseNumberWords, parseNumeral, multiplierOf } from "../../../src/engine/extract/numbers";

describe("parseNumeral", () => {
  test.each([
    ["1,234.56", "point", 1234.56],
    ["1.234,56", "point", 1234.56],
    ["1.234.567", "point", 1234567],
    ["1,234", "point", 1234],
    ["1.234", "point", 1.234],
    ["1.234", "comma", 1234],
    ["1,5", "comma", 1.5],
    ["8,5", "point", 8.5],
    ["8.500", "money", 8500],
    ["8,500", "money", 8500],
    ["120000", "point", 120000],
  ] as const)("%s (%s) is %d", (raw, style, value) => {
    expect(parseNumeral(raw, style)).toBe(value);
  });

  test.each([
    ["1\u00a0234,50", "money", 1234.5],
    ["1 234.567", "point", 1234.567],
    ["12,3", "point", 12.3],
    ["0012", "point", 12],
    ["1.234.567", "comma", 1234567],
    ["1,234", "comma", 1.234],
    ["12.34", "money", 12.34],
  ] as const)("edge case %s (%s) is %d", (raw, style, value) => {
    expect(parseNumeral(raw, style)).toBe(value);
  });

  test.each(["1.234,5.6", "1,234,5", "1e5", "", "1.2.3", ",5", "1,,234", "9".repeat(400)])("rejects %s", (raw) => {
    expect(parseNumeral(raw, "point")).toBeNull();
  });

  test("rejects malformed groups", () => {
    expect(parseNumeral("12,34,567", "point")).toBeNull();
    expect(parseNumeral("1.", "point")).toBeNull();
  });

  test("grouped thousands in either convention read back the integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.boolean(), (n, dotGroups) => {
        const grouped = n.toLocaleString("en-US").replace(/,/g, dotGroups ? "." : ",");
        expect(parseNumeral(grouped, "money")).toBe(n);
      }),
    );
  });
});

describe("parseNumberWords", () => {
  test.each([
    ["thirty", 30],
    ["forty-five", 45],
    ["Five", 5],
    ["trinta e cinco", 35],
    ["dez", 10],
  ])("%s", (words, n) => expect(parseNumberWords(words)).toBe(n));

  test("rejects non-numbers", () => {
    expect(parseNumberWords("several")).toBeNull();
    expect(parseNumberWords("five thirty")).toBeNull();
  });
});

test("multipliers", () => {
  expect(multiplierOf("M")).toBe(1e6);
  expect(multiplierOf("million")).toBe(1e6);
  expect(multiplierOf("mil")).toBe(1e3);
  expect(multiplierOf(undefined)).toBe(1);
});
