// Cross-checks of the commercial figures: instalment percentages sum to 100%, amounts add up to the
// stated total (and match their percentage of it), payments name milestones that exist, and a
// fixed-scope SOW is not billed by the month or the hour.
import type { Anchor } from "./model";
import type { ConsistencyIssue, Milestone } from "./types";
import type { PaymentDraft, StatedTotal } from "./extract/payments";

export interface ConsistencyInput {
  milestones: Milestone[];
  payments: PaymentDraft[];
  /** "Total" rows of schedule tables. */
  totals: StatedTotal[];
  /** The contract value the text states, with where it says so. */
  contractValue: number | null;
  contractValueAnchor: Anchor | null;
  /** The document calls its price fixed ("fixed fee", "lump sum", "preço global"). */
  fixedPriceStated: boolean;
}

/** "120,000" or "1,234.5": grouped by hand, since toLocaleString is slow on large schedules. */
function fmt(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split(".");
  const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

export function checkConsistency(input: ConsistencyInput): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  // Instalments: payments that split a price (recurring and metered ones do not add up to it).
  const instalments = input.payments.filter((p) => p.trigger !== "time" && p.trigger !== "usage");

  const withPercent = instalments.filter((p) => p.percent !== null);
  const statedPercent = input.totals.find((t) => t.percent !== null);
  if (withPercent.length >= 2 || (withPercent.length >= 1 && statedPercent)) {
    const sum = withPercent.reduce((s, p) => s + (p.percent ?? 0), 0);
    if (!near(sum, 100, 0.5)) {
      issues.push({
        kind: "percent-sum",
        message: `Payment percentages add up to ${fmt(sum)}%, not 100%: part of the price has no payment event, or more than the price is scheduled.`,
        evidence: withPercent.map((p) => p.anchor),
      });
    }
  }

  const tableTotal = input.totals.find((t) => t.amount !== null);
  const total = tableTotal?.amount ?? input.contractValue;
  const totalAnchor = tableTotal?.anchor ?? input.contractValueAnchor;
  const withAmount = instalments.filter((p) => p.amount !== null);
  if (total !== null && total > 0 && withAmount.length >= 2) {
    const sum = withAmount.reduce((s, p) => s + (p.amount ?? 0), 0);
    const tolerance = Math.max(1, total * 0.005);
    if (!near(sum, total, tolerance)) {
      issues.push({
        kind: "amount-sum",
        message: `Instalments add up to ${fmt(sum)}, but the stated total is ${fmt(total)}.`,
        evidence: [...withAmount.map((p) => p.anchor), ...(totalAnchor ? [totalAnchor] : [])],
      });
    }
    for (const p of withAmount) {
      if (p.percent === null) continue;
      const expected = (total * p.percent) / 100;
      if (!near(p.amount ?? 0, expected, tolerance)) {
        issues.push({
          kind: "amount-sum",
          message: `${fmt(p.percent)}% of ${fmt(total)} is ${fmt(expected)}, but the schedule states ${fmt(p.amount ?? 0)}.`,
          evidence: [p.anchor, ...(totalAnchor ? [totalAnchor] : [])],
        });
      }
    }
  }

  for (const p of input.payments) {
    if (!p.unknownReference) continue;
    issues.push({
      kind: "unknown-milestone",
      message: `A payment is tied to "${p.unknownReference.text}", which the document does not define as a milestone: the payment has no gate that can be met.`,
      evidence: [p.unknownReference, p.anchor],
    });
  }

  // Fixed scope: a stated fixed price, or deliverables staged as milestones.
  const fixedScope = input.fixedPriceStated || input.milestones.length > 0;
  const recurring = input.payments.filter((p) => p.trigger === "time" || (p.trigger === "usage" && input.fixedPriceStated));
  if (fixedScope && recurring.length > 0) {
    issues.push({
      kind: "time-based-billing",
      message: input.fixedPriceStated
        ? "The price is fixed, yet payment follows the calendar or hours worked: payments drift away from delivered milestones."
        : "The scope is defined by milestones, yet payment follows the calendar: nothing ties the money to accepted work.",
      evidence: recurring.map((p) => p.anchor),
    });
  }
  return issues;
}
