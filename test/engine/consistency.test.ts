import { checkConsistency, type ConsistencyInput } from "../../src/engine/consistency";
import type { PaymentDraft } from "../../src/engine/extract/payments";
import type { Milestone } from "../../src/engine/types";

const anchor = (paragraph: number, text = "x") => ({ paragraph, start: 0, end: text.length, text });
const pay = (over: Partial<PaymentDraft>): PaymentDraft => ({
  anchor: anchor(over.anchor?.paragraph ?? 1),
  trigger: "milestone",
  amount: null,
  currency: "USD",
  percent: null,
  milestoneId: null,
  netDays: 30,
  unknownReference: null,
  source: "table",
  ...over,
});
const milestone: Milestone = { id: "m1", name: "Milestone 1", anchor: anchor(0), artifact: null, acceptance: null, due: null, payment: null, binaryGate: true };
const input = (over: Partial<ConsistencyInput>): ConsistencyInput => ({
  milestones: [milestone],
  payments: [],
  totals: [],
  contractValue: null,
  contractValueAnchor: null,
  fixedPriceStated: false,
  ...over,
});

test("a consistent schedule raises nothing", () => {
  const payments = [pay({ percent: 40, amount: 40000 }), pay({ percent: 60, amount: 60000 })];
  expect(checkConsistency(input({ payments, contractValue: 100000 }))).toEqual([]);
});

test("percentages that do not sum to 100", () => {
  const issues = checkConsistency(input({ payments: [pay({ percent: 30 }), pay({ percent: 60 })] }));
  expect(issues.map((i) => i.kind)).toEqual(["percent-sum"]);
  expect(issues[0]!.message).toContain("90%");
  expect(issues[0]!.evidence).toHaveLength(2);
});

test("amounts that do not add up to the stated total, and an amount that is not its percentage", () => {
  const totals = [{ anchor: anchor(9, "120,000"), amount: 120000, percent: 100, currency: "USD" }];
  const payments = [pay({ percent: 50, amount: 60000 }), pay({ percent: 50, amount: 50000 })];
  const issues = checkConsistency(input({ payments, totals }));
  expect(issues.map((i) => i.kind)).toEqual(["amount-sum", "amount-sum"]);
  expect(issues[0]!.message).toContain("110,000");
  expect(issues[1]!.message).toContain("50% of 120,000 is 60,000");
});

test("a payment naming a milestone that does not exist", () => {
  const issues = checkConsistency(input({ payments: [pay({ unknownReference: anchor(4, "Milestone 7") })] }));
  expect(issues.map((i) => i.kind)).toEqual(["unknown-milestone"]);
  expect(issues[0]!.message).toContain("Milestone 7");
});

test("time-based billing in a fixed-scope SOW; hourly billing only when the price is stated as fixed", () => {
  expect(checkConsistency(input({ payments: [pay({ trigger: "time" })] })).map((i) => i.kind)).toEqual(["time-based-billing"]);
  expect(checkConsistency(input({ payments: [pay({ trigger: "usage" })] }))).toEqual([]);
  expect(checkConsistency(input({ payments: [pay({ trigger: "usage" })], fixedPriceStated: true })).map((i) => i.kind)).toEqual(["time-based-billing"]);
  expect(checkConsistency(input({ milestones: [], payments: [pay({ trigger: "time" })] }))).toEqual([]);
});
