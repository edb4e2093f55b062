import fc from "fast-check";
import { currencyIn, findAmounts, findPercents, parseAmountCell } from "../../../src/engine/extract/money";

describe("findAmounts", () => {
  test.each([
    ["The fee is R$ 1.234,56 per month.", 1234.56, "BRL", "R$ 1.234,56"],
    ["a total of US$ 50,000", 50000, "USD", "US$ 50,000"],
    ["budget of $1.2M", 1_200_000, "USD", "$1.2M"],
    ["EUR 8,500 on delivery", 8500, "EUR", "EUR 8,500"],
    ["€8.500 on delivery", 8500, "EUR", "€8.500"],
    ["10,000 USD upfront", 10000, "USD", "10,000 USD"],
    ["o valor de 1 real por página", 1, "BRL", "1 real"],
    ["VALOR: 5 REAL", 5, "BRL", "5 REAL"],
    ["£2,000.50 each", 2000.5, "GBP", "£2,000.50"],
    ["BRL 15.000,00", 15000, "BRL", "BRL 15.000,00"],
    ["$5 million", 5_000_000, "USD", "$5 million"],
    ["100 mil reais", 100_000, "BRL", "100 mil reais"],
    ["fifty thousand (50,000) dollars", 50000, "USD", "50,000) dollars"],
  ])("%s", (text, amount, currency, matched) => {
    const [first] = findAmounts(text);
    expect(first).toMatchObject({ amount, currency });
    expect(first!.text).toBe(text.slice(first!.start, first!.end));
    if (!matched.includes(")")) expect(first!.text).toBe(matched);
  });

  test("ignores numbers that are not money", () => {
    expect(findAmounts("within 30 days of Milestone 2 in 2026")).toEqual([]);
    expect(findAmounts("USDA approval")).toEqual([]);
  });

  test("every match's text is the slice at its offsets", () => {
    const piece = fc.constantFrom("R$ 1.234,56", "USD 9,000", "$1.5M", "20%", " and ", "thirty (30) days", "€ 12", "x", "10 EUR");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        for (const m of findAmounts(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const m of findPercents(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
    );
  });
});

describe("findPercents", () => {
  test("symbols, words and parenthesised digits", () => {
    expect(findPercents("twenty percent (20%) and (30) percent and 12.5 per cent and 5 por cento").map((p) => p.percent)).toEqual([20, 30, 12.5, 5]);
  });
  test("values over 100 are not percentages of a price", () => {
    expect(findPercents("150%")).toEqual([]);
  });
});

describe("table cells", () => {
  test("bare amounts and currencies in headers", () => {
    expect(parseAmountCell("24,000")).toMatchObject({ amount: 24000, currency: null });
    expect(parseAmountCell("R$ 24.000,00")).toMatchObject({ amount: 24000, currency: "BRL" });
    expect(parseAmountCell("20%")).toBeNull();
    expect(parseAmountCell("-")).toBeNull();
    expect(currencyIn("Amount (USD)")).toBe("USD");
    expect(currencyIn("Valor (R$)")).toBe("BRL");
    expect(currencyIn("Milestone")).toBeNull();
  });
});
