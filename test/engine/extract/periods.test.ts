import fc from "fast-check";
import { findDayPeriods, findNetDays } from "../../../src/engine/extract/periods";

describe("findDayPeriods", () => {
  test.each([
    ["within five (5) Business Days of delivery", 5, "business", "five (5) Business Days"],
    ["thirty (30) days after invoice", 30, "unspecified", "thirty (30) days"],
    ["10 (dez) dias úteis", 10, "business", "10 (dez) dias úteis"],
    ["15 calendar days", 15, "calendar", "15 calendar days"],
    ["forty-five days", 45, "unspecified", "forty-five days"],
    ["5 working days", 5, "business", "5 working days"],
    ["trinta (30) dias corridos", 30, "calendar", "trinta (30) dias corridos"],
  ])("%s", (text, days, unit, matched) => {
    const [p] = findDayPeriods(text);
    expect(p).toMatchObject({ days, unit, text: matched });
    expect(text.slice(p!.start, p!.end)).toBe(matched);
  });

  test("no period in plain text", () => {
    expect(findDayPeriods("The Vendor shall deliver the report.")).toEqual([]);
  });
});

describe("findNetDays", () => {
  test.each([
    ["Payment terms: Net 45.", 45],
    ["Invoices are payable within thirty (30) days of receipt of a valid invoice.", 30],
    ["A fatura será paga em até 30 dias após a emissão da nota fiscal.", 30],
    ["Pagamento em até 30 (trinta) dias contados da emissão das notas fiscais.", 30],
    ["INVOICES ARE PAYABLE WITHIN FORTY-FIVE (45) DAYS.", 45],
    ["Payment terms: nEt 60.", 60],
  ])("%s", (text, days) => expect(findNetDays(text)?.days).toBe(days));

  test("a review period is not a payment term", () => {
    expect(findNetDays("The Client shall review the Deliverable within 5 Business Days.")).toBeNull();
  });
});

test("offsets: every period's text is the slice, whatever surrounds it", () => {
  const piece = fc.constantFrom("five (5) Business Days", "30 days", "dez (10) dias úteis", "Net 30", "x", " ", "(", "1)", "days", "thirty");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join(" ");
      for (const p of findDayPeriods(text)) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.days).toBeGreaterThanOrEqual(0);
      }
    }),
  );
});
