// Redlines grouped by their commercial effect, weakening first.
import type { Redline, RedlineEffect } from "../../engine/types";

export const EFFECT_ORDER: RedlineEffect[] = ["weakens", "strengthens", "neutral"];

export function groupByEffect(redlines: Redline[]): { effect: RedlineEffect; redlines: Redline[] }[] {
  return EFFECT_ORDER.map((effect) => ({ effect, redlines: redlines.filter((r) => r.effect === effect) })).filter((g) => g.redlines.length > 0);
}

export function effectCounts(redlines: Redline[]): Record<RedlineEffect, number> {
  const counts: Record<RedlineEffect, number> = { weakens: 0, strengthens: 0, neutral: 0 };
  for (const r of redlines) counts[r.effect]++;
  return counts;
}

/** A stable key for a redline within one analysis. */
export function redlineKey(r: Redline): string {
  return r.revisionIds.join("+") || `${r.anchor.paragraph}:${r.anchor.start}`;
}

/** What Counter proposes by default: the text the client removed, or nothing to type over. */
export function counterDraft(r: Redline): string {
  return r.before.trim();
}
