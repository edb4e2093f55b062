// Totals for the milestones table: the percentages and amounts the document assigns.
import type { Milestone, Payment } from "../../engine/types";

export interface Totals {
  percent: number | null;
  amount: number | null;
  currency: string | null;
}

function sum(values: (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) * 100) / 100;
}

export function milestoneTotals(milestones: Milestone[]): Totals {
  const currencies = new Set(milestones.map((m) => m.payment?.currency).filter((c): c is string => !!c));
  return {
    percent: sum(milestones.map((m) => m.payment?.percent)),
    amount: sum(milestones.map((m) => m.payment?.amount)),
    currency: currencies.size === 1 ? [...currencies][0]! : null,
  };
}

export function formatMoney(amount: number | null, currency: string | null, locale: string): string | null {
  if (amount === null) return null;
  try {
    return currency
      ? new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 2 }).format(amount)
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${currency ?? ""} ${amount}`.trim();
  }
}

export function formatPercent(percent: number | null, locale: string): string | null {
  return percent === null ? null : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(percent)}%`;
}

/** Payments not tied to a milestone, and payments billed on time rather than on acceptance. */
export function unmatchedPayments(payments: Payment[]): Payment[] {
  return payments.filter((p) => p.milestoneId === null);
}
