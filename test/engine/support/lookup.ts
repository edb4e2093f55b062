// A ClauseLookup with fixed kinds, so the extractors are tested without the classifier.
import type { ClauseLookup } from "../../../src/engine/extract/milestones";
import type { ClauseKind } from "../../../src/engine/types";

export function fakeLookup(kinds: Record<number, ClauseKind[]> = {}, findings: Record<number, [number, number][]> = {}): ClauseLookup {
  return {
    kindsOf: (i) => kinds[i] ?? [],
    gateOf: () => null,
    hasFindingIn: (p, start, end) => (findings[p] ?? []).some(([s, e]) => s < end && e > start),
  };
}
