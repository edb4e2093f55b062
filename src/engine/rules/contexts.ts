// Sets of rule contexts as bit masks: every paragraph and sentence carries one, and a match asks
// which hold, so they are numbers rather than Set objects built per sentence.
import type { RuleContext } from "./types";

/** A set of rule contexts, one bit each. */
export type ContextMask = number;

const BIT: Record<RuleContext, ContextMask> = { milestone: 1, payment: 2, acceptance: 4, dependency: 8, quality: 16, general: 32 };

export const NO_CONTEXTS: ContextMask = 0;

export function contextBit(c: RuleContext): ContextMask {
  return BIT[c];
}

export function contextMask(contexts: Iterable<RuleContext>): ContextMask {
  let mask = NO_CONTEXTS;
  for (const c of contexts) mask |= BIT[c];
  return mask;
}

export function hasContext(mask: ContextMask, c: RuleContext): boolean {
  return (mask & BIT[c]) !== 0;
}
