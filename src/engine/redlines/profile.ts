// What the engine reads in one version of a paragraph: its clause kinds, payment trigger and gate
// (the clause classifier), subjective wording (the rule packs), and the figures and protective
// phrases a redline can move. Two profiles of one paragraph, before and after a change, are compared
// in signals.ts.
import type { ClauseKind, Language, PaymentTrigger } from "../types";
import { analyzeClause } from "../classify";
import { prepareText } from "../classify/scan";
import type { PreparedText } from "../classify/scan";
import { contextMask } from "../rules";
import { matchSubjective } from "../subjective";
import type { SubjectiveMatch } from "../subjective";
import { foldText } from "../text";
import type { Span } from "../text";
import { TRIGGER_CUES } from "../extract/cues";
import { findDeemed, findModals, findMoney, findPeriods, findPhrases, findRounds, mentionsMilestoneBilling } from "./figures";
import type { Figure, Modal, PhraseHits } from "./figures";

/** The paragraph-level reading: what the clause classifier and the subjective rules say. */
export interface ClauseReading {
  kinds: ClauseKind[];
  trigger: PaymentTrigger | null;
  binaryGate: boolean | null;
  /** Subjective wording that matters here (low-severity matches count only in a gate or payment clause). */
  subjective: SubjectiveMatch[];
}

/** `prepared`: the same text already prepared (a window that is the whole paragraph), reused. */
export function readClause(text: string, lang: Language, heading: string | undefined, prepared?: PreparedText): ClauseReading {
  const a = analyzeClause(text, lang, { heading, prepared: prepared?.text === text && prepared.lang === lang ? prepared : undefined });
  // Low severity means "outside any gate" to the rules; in a gate or payment clause it still counts.
  const gated = a.kinds.some((k) => k !== "dependency");
  return { kinds: a.kinds, trigger: a.trigger, binaryGate: a.binaryGate, subjective: gated ? a.subjective : a.subjective.filter((m) => m.severity !== "low") };
}

/** The span of the sentences touching `region` (an empty region touches the sentence around it). */
export function windowOf(sentences: readonly Span[], region: Span, length: number): Span {
  let start = region.start;
  let end = region.end;
  const empty = region.start === region.end;
  for (const s of sentences) {
    // A change that ends where the next sentence starts does not touch it; an insertion point
    // touches the sentence it sits in or at the end of.
    const touches = empty ? s.start <= region.start && s.end >= region.start : s.start < region.end && s.end > region.start;
    if (touches) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return { start: Math.max(0, start), end: Math.min(length, end) };
}

/**
 * The sentences a change touches, in one version (`text` is those sentences; spans are relative to
 * it): cues, figures and protective phrases. Sentences the change does not touch are equal on both
 * sides, so they are left out of the comparison.
 */
export interface WindowReading {
  text: string;
  sentences: Span[];
  /** Deemed-acceptance and client-dependency cue occurrences. */
  deemed: Span[];
  dependency: Span[];
  /** Judgment-based gate wording the rule packs' cues name (opinion, satisfaction, discretion). */
  judgment: Span[];
  /** Payment triggers the text evidences, dominant or not. */
  triggers: Set<PaymentTrigger>;
  /** How these sentences bill, read locally: a named billing cue, else milestone words, else null. */
  billing: PaymentTrigger | null;
  phrases: PhraseHits;
  figures: Figure[];
  modals: Modal[];
  /**
   * What the clause classifier sees in these sentences: cue tags, subjective matches in any
   * context, billing cues, how many periods are stated. Two versions with equal cue signatures
   * read as the same clause, so the paragraph is classified once for both.
   */
  cueSignature: string;
  /** The figures and protective phrases. Equal cue and figure signatures: the change has no effect. */
  figureSignature: string;
  /** Subjective wording in any context (rule and text, digits masked), computed on first use. */
  subjectiveSignature(): string;
  /** The prepared text, reused when the window is the whole paragraph. */
  prepared: PreparedText;
}

/** One version of a paragraph around a change: the paragraph's clause reading plus its window. */
export interface Profile extends ClauseReading, WindowReading {}

const ALL_CONTEXTS = contextMask(["milestone", "payment", "acceptance", "dependency", "quality", "general"]);

export function readWindow(text: string, lang: Language): WindowReading {
  const prepared = prepareText(text, lang);
  const { folded } = prepared;
  const sentences: Span[] = prepared.sentences.map((x) => ({ start: x.start, end: x.end }));
  const deemed: Span[] = [];
  const dependency: Span[] = [];
  const judgment: Span[] = [];
  const tags: string[] = [];
  for (const hit of prepared.hits) {
    tags.push(hit.tags.join(","));
    for (const tag of hit.tags) {
      if (tag === "kind:deemed_acceptance") deemed.push({ start: hit.start, end: hit.end });
      else if (tag === "kind:dependency") dependency.push({ start: hit.start, end: hit.end });
      else if (tag === "gate:subjective") judgment.push({ start: hit.start, end: hit.end });
    }
  }
  // The packs' deemed cues and ours, once per place (a shadowing cue must not hide one).
  for (const span of findDeemed(folded, lang)) if (!deemed.some((d) => d.start < span.end && span.start < d.end)) deemed.push(span);
  // Every way of billing the sentences name, not only the dominant one the classifier picks.
  const triggers = new Set<PaymentTrigger>();
  let billing: PaymentTrigger | null = null;
  for (const cue of TRIGGER_CUES) {
    if (cue.re.test(text)) {
      triggers.add(cue.trigger);
      billing ??= cue.trigger;
    }
  }
  if (billing === null && mentionsMilestoneBilling(folded, lang)) billing = "milestone";
  const figures = [...findPeriods(text, folded, sentences, lang), ...findMoney(text, folded, sentences, lang), ...findRounds(text, folded, lang)];
  const phrases = findPhrases(folded, lang);
  const modals = findModals(text, folded, sentences, lang);
  let subjective: string | null = null;
  const subjectiveSignature = (): string =>
    (subjective ??= matchSubjective(prepared, ALL_CONTEXTS)
      .map((m) => subjectiveKey(m))
      .join(";"));
  const cueSignature = [
    tags.join(";"),
    [...triggers].sort().join(","),
    String(deemed.length),
    modals.map((m) => `${m.kind}:${m.party ?? ""}`).join(","),
    String(figures.filter((f) => f.kind === "period").length),
  ].join("|");
  const figureSignature = [
    figures.map((f) => `${f.kind}:${f.role}:${f.value}:${f.unit}`).join(";"),
    Object.values(phrases).map((x: Span[]) => x.length).join(","),
  ].join("|");
  return { text, sentences, deemed, dependency, judgment, triggers, billing, phrases, figures, modals, cueSignature, figureSignature, subjectiveSignature, prepared };
}

/** Identity of a subjective match: its rule and wording, figures masked ("approximately 5 days"
 * and "approximately 30 days" are the same wording; the figure change is reported as such). */
export function subjectiveKey(m: { rule: string; text: string }): string {
  return `${m.rule}\u0000${foldText(m.text).replace(/\d+/g, "#")}`;
}

/** A window read in the light of its paragraph: an amount with no cue of its own is a fee only in a
 * payment clause. */
export function withClause(clause: ClauseReading, reading: WindowReading): Profile {
  const payment = clause.kinds.includes("payment");
  return {
    kinds: clause.kinds,
    trigger: clause.trigger,
    binaryGate: clause.binaryGate,
    subjective: clause.subjective,
    text: reading.text,
    sentences: reading.sentences,
    deemed: reading.deemed,
    dependency: reading.dependency,
    judgment: reading.judgment,
    triggers: reading.triggers,
    billing: reading.billing,
    phrases: reading.phrases,
    figures: payment ? reading.figures : reading.figures.filter((f) => !f.implicit),
    modals: reading.modals,
    cueSignature: reading.cueSignature,
    figureSignature: reading.figureSignature,
    subjectiveSignature: reading.subjectiveSignature,
    prepared: reading.prepared,
  };
}

/** The sentence around `pos`, trimmed, for quoting in a reason. */
export function sentenceAt(profile: Profile, pos: number): string {
  const s = profile.sentences.find((x) => pos >= x.start && pos < x.end);
  return (s ? profile.text.slice(s.start, s.end) : profile.text).trim();
}
