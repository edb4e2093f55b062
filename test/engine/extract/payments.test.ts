import { extractMilestones } from "../../../src/engine/extract/milestones";
import { extractPayments, type PaymentOptions } from "../../../src/engine/extract/payments";
import { readScheduleTables } from "../../../src/engine/extract/tables";
import { buildDoc } from "../support/build";
import { fakeLookup } from "../support/lookup";
import type { DocModel } from "../../../src/engine/model";
import type { ClauseKind } from "../../../src/engine/types";

const opts: PaymentOptions = { defaultCurrency: "USD", defaultNetDays: 30, triggerOf: () => null };

function run(doc: DocModel, kinds: Record<number, ClauseKind[]> = {}) {
  const lookup = fakeLookup(kinds);
  const tables = readScheduleTables(doc);
  const milestones = extractMilestones(doc, tables, lookup);
  return { milestones, ...extractPayments(doc, tables, milestones, lookup, opts) };
}

test("instalments in prose: one per figure, trigger and milestone from the words around it", () => {
  const doc = buildDoc([
    { li: "Milestone 1: Design Sign-off" },
    { li: "Milestone 2: Go-Live" },
    "The Client shall pay 20% upon signature of this SOW, 30% upon acceptance of Milestone 1 and 50% (USD 60,000) upon Go-Live. Invoices are payable Net 45.",
  ]);
  const { payments } = run(doc, { 2: ["payment"] });
  expect(payments.map((p) => [p.percent, p.amount, p.trigger, p.milestoneId, p.netDays])).toEqual([
    [20, null, "upfront", null, 45],
    [30, null, "milestone", "m1", 45],
    [50, 60000, "milestone", "m2", 45],
  ]);
  for (const p of payments) expect(doc.paragraphs[p.anchor.paragraph]!.text.slice(p.anchor.start, p.anchor.end)).toBe(p.anchor.text);
});

test("a trigger before the figure counts when nothing follows it", () => {
  const doc = buildDoc(["Upon signature, 20%; upon Final Acceptance, 80%."]);
  const { payments } = run(doc, { 0: ["payment"] });
  expect(payments.map((p) => p.trigger)).toEqual(["upfront", "milestone"]);
});

test("rates, caps and totals are not instalments", () => {
  const doc = buildDoc([
    "The Vendor invoices monthly at USD 150 per hour for hours worked.",
    "Late payments bear interest of 1.5% per month. Liability is capped at USD 500,000.",
    "The total fixed fee is USD 120,000.",
  ]);
  const { payments } = run(doc, { 0: ["payment"], 1: ["payment"], 2: ["payment"] });
  expect(payments.map((p) => [p.anchor.paragraph, p.trigger, p.amount])).toEqual([[0, "usage", 150]]);
});

test("a payment clause without figures still records how the vendor is paid", () => {
  const doc = buildDoc(["The Vendor will invoice the Client monthly for services performed.", "Invoices are payable within 30 days."]);
  const { payments } = run(doc, { 0: ["payment"], 1: ["payment"] });
  expect(payments).toHaveLength(1);
  expect(payments[0]).toMatchObject({ trigger: "time", amount: null, percent: null });
});

test("a payment table: amounts, percents, currency from the header, links, total row", () => {
  const doc = buildDoc([
    {
      table: [
        ["Milestone", "Payment (%)", "Amount (EUR)"],
        ["M1 - Discovery Report", "25%", "25.000,00"],
        ["M2 - Go-Live", "75", "75.000,00"],
        ["Total", "100%", "100.000,00"],
      ],
    },
  ]);
  const { payments, totals, milestones } = run(doc);
  expect(milestones.map((m) => m.name)).toEqual(["M1 - Discovery Report", "M2 - Go-Live"]);
  expect(payments.map((p) => [p.amount, p.currency, p.percent, p.milestoneId, p.trigger, p.source])).toEqual([
    [25000, "EUR", 25, "m1", "milestone", "table"],
    [75000, "EUR", 75, "m2", "milestone", "table"],
  ]);
  expect(totals).toEqual([expect.objectContaining({ amount: 100000, percent: 100, currency: "EUR" })]);
});

test("a payment naming a milestone that does not exist keeps the reference", () => {
  const doc = buildDoc([{ li: "Milestone 1: Design Sign-off" }, "USD 10,000 is due upon acceptance of Milestone 4."]);
  const { payments } = run(doc, { 1: ["payment"] });
  expect(payments[0]).toMatchObject({ milestoneId: null, trigger: "milestone" });
  expect(payments[0]!.unknownReference?.text).toBe("Milestone 4");
});

test("prose restating the table is not counted twice", () => {
  const doc = buildDoc([
    "20% is paid on acceptance of Milestone 1.",
    { table: [["Milestone", "Payment (%)"], ["Milestone 1: Design", "20%"], ["Milestone 2: Build", "80%"]] },
  ]);
  const { payments } = run(doc, { 0: ["payment"] });
  expect(payments.map((p) => p.source)).toEqual(["table", "table"]);
});

test("a payment links to a milestone by its name, whatever characters the name holds", () => {
  const doc = buildDoc([
    { li: "Milestone 1: Data+Migration [ETL]^v2*0 $pilot|cut-over?\\x" },
    { li: "Milestone 2: Reporting Go-Live" },
    "The Client shall pay USD 10,000 on completion of data+migration [etl]^v2*0 $pilot|cut-over?\\x; USD 5,000 on completion of Reporting Go-Live. A further USD 2,000 is due on completion of datamigration etl.",
  ]);
  const { payments, milestones } = run(doc, { 2: ["payment"] });
  expect(milestones.map((m) => m.name)).toEqual(["Milestone 1: Data+Migration [ETL]^v2*0 $pilot|cut-over?\\x", "Milestone 2: Reporting Go-Live"]);
  expect(payments.map((p) => [p.amount, p.milestoneId])).toEqual([
    [10000, "m1"],
    [5000, "m2"],
    [2000, null],
  ]);
});

test("prose restates a table row with its percent, and its amount when the prose states one", () => {
  const doc = buildDoc([
    "The Client pays 25% on acceptance of Milestone 1.",
    "The Client pays 75% (USD 70,000) on acceptance of Milestone 2.",
    "The Client pays USD 5,000 on acceptance of Milestone 3.",
    "The Client pays USD 9,000 on acceptance of Milestone 3.",
    { table: [["Milestone", "Payment (%)", "Amount (USD)"], ["Milestone 1: Design", "25%", "25,000"], ["Milestone 2: Build", "75%", "75,000"]] },
    { table: [["Milestone", "Amount (USD)"], ["Milestone 3: Support", "5,000"]] },
  ]);
  const { payments } = run(doc, { 0: ["payment"], 1: ["payment"], 2: ["payment"], 3: ["payment"] });
  expect(payments.filter((p) => p.source === "prose").map((p) => [p.percent, p.amount])).toEqual([
    [75, 70000],
    [null, 9000],
  ]);
});
