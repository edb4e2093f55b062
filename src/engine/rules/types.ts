// Typed shape of a language rule pack: subjective-wording rules plus the cue table the clause
// classifier scans with. Everything here is data; the matching code lives in classify/ and
// subjective/. Patterns are regular-expression sources matched against *folded* text (lower case,
// accents stripped, straight quotes, plain dashes and spaces; see text/fold.ts), so a pattern writes
// "nao" for "não" and "'" for "’". Patterns may use only non-capturing groups: the packs are
// compiled into one combined expression per language and capture groups identify the rule.
import type { ClauseKind, Language, PaymentTrigger, Severity, SubjectiveCategory } from "../types";

/** Where a subjective rule applies. "quality" = a statement about the quality of the work product. */
export type RuleContext = "milestone" | "payment" | "acceptance" | "dependency" | "quality" | "general";

/** Placeholders a rewrite template may use; the document analysis fills them. */
export const SLOT_NAMES = [
  "client",
  "vendor",
  "reviewDays",
  "artifact",
  "approver",
  "milestone",
  "tests",
  "netDays",
  "days",
  "count",
  "event",
  "period",
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

export interface WindowCondition {
  /** Regular-expression sources; one must match inside the window. */
  patterns: string[];
  /** Characters before the match start / after the match end that belong to the window. */
  before: number;
  after: number;
}

export interface SubjectiveRule {
  id: string;
  category: SubjectiveCategory;
  language: Language;
  patterns: string[];
  /** Match against folded text that keeps letter case (for title-case status phrases). */
  caseSensitive?: boolean;
  /** The rule fires only when the sentence or passage carries one of these contexts. */
  contexts: RuleContext[];
  /** Extra condition around the match, e.g. a work-product noun after a vague adjective. */
  near?: WindowCondition;
  /** Suppressed when the window around the match matches (e.g. a proposal-evaluation clause). */
  unless?: WindowCondition;
  /** Severity in the heaviest context (milestone, acceptance, payment); lighter contexts lower it. */
  severity: Severity;
  /** The commercial risk, one or two sentences. */
  explanation: string;
  /** One to three binary rewrites using {slot} placeholders from SLOT_NAMES. */
  rewrites: string[];
}

/**
 * What a cue contributes when it matches:
 * - `kind:X` counts as strong evidence for clause kind X, `weak:X` as weak evidence;
 * - `trigger:T` names a payment trigger;
 * - `gate:objective` an objective acceptance event or artifact, `gate:subjective` a judgment-based
 *   one, `gate:period` a stated review period, `gate:deemed-event` an act treated as acceptance;
 * - `ctx:quality` marks a statement about work-product quality, `ctx:excluded` a context where
 *   subjective wording is not a commercial risk (proposal evaluation, term options, ...).
 * A cue with no tags still consumes its text, which shadows shorter cues inside it
 * ("proposal is accepted" is not an acceptance clause).
 */
export type CueTag =
  | `kind:${ClauseKind}`
  | `weak:${ClauseKind}`
  | `trigger:${PaymentTrigger}`
  | "gate:objective"
  | "gate:subjective"
  | "gate:period"
  | "gate:deemed-event"
  | "ctx:quality"
  | "ctx:excluded";

export interface Cue {
  pattern: string;
  tags: CueTag[];
  caseSensitive?: boolean;
}

export interface RulePack {
  language: Language;
  subjective: SubjectiveRule[];
  /** Classification cues, most specific first: earlier cues win where two start at one offset. */
  cues: Cue[];
}
