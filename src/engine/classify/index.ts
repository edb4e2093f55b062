// Clause classification: kinds (milestone, payment, acceptance, deemed acceptance, dependency), the
// payment trigger, and whether a milestone/acceptance gate is binary. Evidence comes from one cue
// scan (scan.ts); the decisions below weigh that evidence. The cue vocabulary is in the rule packs.
import type { ClauseKind, Language, PaymentTrigger } from "../types";
import type { ContextMask } from "../rules";
import { detectLanguage } from "../language";
import { matchSubjective, passageContextsOf } from "../subjective";
import type { SubjectiveMatch } from "../subjective";
import { findDurations } from "../text";
import { cueProfiles, kindBit, prepareText, scanHeading } from "./scan";
export { scanHeading } from "./scan";
export type { HeadingScan } from "./scan";
import type { CueHit, CueProfile, HeadingScan, PreparedText } from "./scan";

export interface ClauseClassification {
  kinds: ClauseKind[];
  trigger: PaymentTrigger | null;
  binaryGate: boolean | null;
}

const KIND_ORDER: ClauseKind[] = ["milestone", "payment", "acceptance", "deemed_acceptance", "dependency"];
/** Dominant trigger when several are evidenced: metered pay beats calendar pay, and so on. */
const TRIGGER_PRIORITY: PaymentTrigger[] = ["usage", "milestone", "completion", "upfront", "time"];
const GATE_KINDS: ClauseKind[] = ["milestone", "acceptance", "deemed_acceptance"];

// A bit mask and a plain record rather than a Set and a Map: decideKinds runs for every paragraph.
type KindWordings = Partial<Record<ClauseKind, string>>;

/** The kinds of each mask (kindBit), in KIND_ORDER: paragraphs of the same kinds share one array. */
const KINDS_OF_MASK: ClauseKind[][] = Array.from({ length: 1 << KIND_ORDER.length }, (_, mask) => KIND_ORDER.filter((k) => (mask & kindBit(k)) !== 0));

/** A weak wording for kind k; true when it is a second, different one, which makes the kind hold. */
function noteWeak(firstWeak: KindWordings, k: ClauseKind, wording: string): boolean {
  const first = firstWeak[k];
  if (first === undefined) firstWeak[k] = wording;
  return first !== undefined && first !== wording;
}

/**
 * A strong cue counts 2, a weak cue 1 (each distinct wording once); a kind needs 2. So a kind holds
 * with any strong cue, or with two weak cues of different wording.
 */
function decideKinds(folded: string, lang: Language, hits: readonly CueHit[], headingHits: readonly CueHit[]): ClauseKind[] {
  if (hits.length === 0 && headingHits.length === 0) return KINDS_OF_MASK[0] as ClauseKind[];
  const perCue = cueProfiles(lang);
  let holds = 0;
  let firstWeak: KindWordings | null = null;
  for (const h of hits) {
    const c = perCue[h.cue] as CueProfile;
    holds |= c.kindMask;
    let wording: string | undefined;
    for (const k of c.weakKinds) {
      if ((holds & kindBit(k)) === 0 && noteWeak((firstWeak ??= {}), k, (wording ??= folded.slice(h.start, h.end)))) holds |= kindBit(k);
    }
  }
  // A heading ("Payment Terms", "Acceptance") is weak evidence for the paragraphs under it.
  for (const h of headingHits) {
    for (const k of (perCue[h.cue] as CueProfile).kinds) {
      if ((holds & kindBit(k)) === 0 && noteWeak((firstWeak ??= {}), k, `heading:${h.cue}`)) holds |= kindBit(k);
    }
  }
  return KINDS_OF_MASK[holds] as ClauseKind[];
}

function decideTrigger(prepared: PreparedText, kinds: readonly ClauseKind[]): PaymentTrigger | null {
  if (!kinds.includes("payment")) return null;
  const hits = prepared.triggerHits();
  if (hits.length) {
    const perCue = cueProfiles(prepared.lang);
    const present: Partial<Record<PaymentTrigger, true>> = {};
    for (const h of hits) for (const t of (perCue[h.cue] as CueProfile).triggers) present[t] = true;
    for (const t of TRIGGER_PRIORITY) if (present[t]) return t;
  }
  // Payment inside a milestone or acceptance clause is paid on that milestone.
  if (kinds.includes("milestone") || kinds.includes("acceptance")) return "milestone";
  return null;
}

const PLACEHOLDER_PERIOD = /\{\{[^}]{1,60}\}\}|\$\{[^}]{1,60}\}|\[[^\]]{0,20}(?:days?|dias)[^\]]{0,20}\]/g;

/** Distance within which a clause cue explains what a stated period is for. */
const PERIOD_REACH = 150;

/** A stated period whose nearest clause cue is about acceptance, not payment. */
function hasAcceptancePeriod(prepared: PreparedText): boolean {
  const { text, folded } = prepared;
  const hits = [...prepared.hits, ...prepared.triggerHits()];
  const periods: { start: number; end: number }[] = findDurations(text).filter((d) => d.unit !== "month");
  PLACEHOLDER_PERIOD.lastIndex = 0;
  for (let m = PLACEHOLDER_PERIOD.exec(folded); m; m = PLACEHOLDER_PERIOD.exec(folded)) {
    periods.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const p of periods) {
    let best: { dist: number; acceptance: boolean } | null = null;
    for (const h of hits) {
      if (h.end < p.start - PERIOD_REACH || h.start > p.end + PERIOD_REACH) continue;
      const acceptance = h.tags.some(
        (t) => t === "kind:acceptance" || t === "kind:deemed_acceptance" || t === "weak:acceptance" || t === "gate:deemed-event",
      );
      const payment = h.tags.some((t) => t === "kind:payment" || t.startsWith("trigger:"));
      if (!acceptance && !payment) continue;
      const dist = h.start >= p.end ? h.start - p.end : p.start >= h.end ? p.start - h.end : 0;
      if (!best || dist < best.dist) best = { dist, acceptance };
    }
    if (best?.acceptance) return true;
  }
  return false;
}

/**
 * Binary gate: a tangible artifact and an objective closing event, and nothing subjective attached.
 * Subjective wording in the passage, or an opinion/satisfaction cue, makes the gate non-binary.
 */
function decideGate(prepared: PreparedText, kinds: readonly ClauseKind[], subjective: readonly SubjectiveMatch[]): boolean | null {
  if (!kinds.some((k) => GATE_KINDS.includes(k))) return null;
  if (subjective.length > 0) return false;
  let objective = false;
  let deemedEvent = false;
  for (const h of prepared.hits) {
    for (const tag of h.tags) {
      if (tag === "gate:subjective") return false;
      if (tag === "gate:objective") objective = true;
      else if (tag === "gate:deemed-event") deemedEvent = true;
    }
  }
  if (objective) return true;
  if (kinds.includes("deemed_acceptance")) return deemedEvent || hasAcceptancePeriod(prepared);
  return false;
}

/** Everything the passage interface needs, from one preparation of the text. */
export interface ClauseAnalysis extends ClauseClassification {
  subjective: SubjectiveMatch[];
  contexts: ContextMask;
  /** The prepared text (cue hits, sentences), for callers that read the same text further. */
  prepared: PreparedText;
}

export interface ClauseContext {
  heading?: string;
  /** The heading already scanned (scanHeading), when many paragraphs share it. */
  headingScan?: HeadingScan;
  /** The text already prepared (prepareText of this same text and language). */
  prepared?: PreparedText;
}

export function analyzeClause(
  text: string,
  lang: Language,
  context: ClauseContext = {},
  options?: Parameters<typeof matchSubjective>[2],
): ClauseAnalysis {
  const prepared = context.prepared ?? prepareText(text, lang);
  const heading = context.headingScan ?? scanHeading(context.heading, lang);
  const kinds = decideKinds(prepared.folded, lang, prepared.hits, heading.hits);
  const contexts = passageContextsOf(kinds, heading.contexts);
  const subjective = matchSubjective(prepared, contexts, options);
  return {
    kinds,
    trigger: decideTrigger(prepared, kinds),
    binaryGate: decideGate(prepared, kinds, subjective),
    subjective,
    contexts,
    prepared,
  };
}

/** Classifies one clause (a paragraph or sentence). The heading above it adds weak evidence. */
export function classifyClause(text: string, lang?: Language, context?: { heading?: string }): ClauseClassification {
  const { kinds, trigger, binaryGate } = analyzeClause(text, lang ?? detectLanguage(text), context);
  return { kinds, trigger, binaryGate };
}
