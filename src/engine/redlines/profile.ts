// What the engine reads in one version of a paragraph: its clause kinds, payment trigger and gate
// (the clause classifier), subjective wording (the rule packs), and the figures and protective
// phrases a redline can move. Two profiles of one paragraph, before and after a change, are compared
// in signals.ts.
import type { ClauseKind, Language, PaymentTrigger } from "../types";
import { analyzeClause } from "../classify";
import { scanCues } from "../classify/scan";
import type { SubjectiveMatch } from "../subjective";
import { foldText, splitSentences } from "../text";
import type { Span } from "../text";
import { TRIGGER_CUES } from "../extract/cues";
import { findMoney, findPeriods, findPhrases, findRounds } from "./figures";
import type { Figure, PhraseHits } from "./figures";

/** The paragraph-level reading: what the clause classifier and the subjective rules say. */
export interface ClauseReading {
  kinds: ClauseKind[];
  trigger: PaymentTrigger | null;
  binaryGate: boolean | null;
  /** Subjective wording that matters here (low-severity matches sit outside any gate). */
  subjective: SubjectiveMatch[];
}

/**
 * One version of a paragraph around a change: the clause reading of the whole paragraph, and the
 * cues, figures and phrases of the sentences the change touches (`text` is those sentences; spans
 * are relative to it). Sentences the change does not touch are equal on both sides, so they are
 * left out of the comparison.
 */
export interface Profile extends ClauseReading {
  text: string;
  sentences: Span[];
  /** Deemed-acceptance and client-dependency cue occurrences. */
  deemed: Span[];
  dependency: Span[];
  /** Judgment-based gate wording the rule packs' cues name (opinion, satisfaction, discretion). */
  judgment: Span[];
  /** Payment triggers the text evidences, dominant or not. */
  triggers: Set<PaymentTrigger>;
  phrases: PhraseHits;
  figures: Figure[];
}

export function readClause(text: string, lang: Language, heading: string | undefined): ClauseReading {
  const a = analyzeClause(text, lang, heading ? { heading } : {});
  return { kinds: a.kinds, trigger: a.trigger, binaryGate: a.binaryGate, subjective: a.subjective.filter((m) => m.severity !== "low") };
}

/** The span of the sentences touching `region` (an empty region touches the sentence around it). */
export function windowOf(sentences: readonly Span[], region: Span, length: number): Span {
  let start = region.start;
  let end = region.end;
  for (const s of sentences) {
    if (s.start <= region.end && s.end >= region.start) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return { start: Math.max(0, start), end: Math.min(length, end) };
}

export function buildProfile(clause: ClauseReading, text: string, lang: Language): Profile {
  const folded = foldText(text);
  const sentences = splitSentences(text);
  const deemed: Span[] = [];
  const dependency: Span[] = [];
  const judgment: Span[] = [];
  const triggers = new Set<PaymentTrigger>();
  for (const hit of scanCues(folded, lang)) {
    for (const tag of hit.tags) {
      if (tag === "kind:deemed_acceptance") deemed.push({ start: hit.start, end: hit.end });
      else if (tag === "kind:dependency") dependency.push({ start: hit.start, end: hit.end });
      else if (tag === "gate:subjective") judgment.push({ start: hit.start, end: hit.end });
    }
  }
  // Every way of billing the sentences name, not only the dominant one the classifier picks.
  for (const cue of TRIGGER_CUES) if (cue.re.test(text)) triggers.add(cue.trigger);
  const payment = clause.kinds.includes("payment");
  const figures = [
    ...findPeriods(text, folded, sentences, lang),
    ...findMoney(text, folded, sentences, lang, payment),
    ...findRounds(text, folded, lang),
  ];
  return { ...clause, text, sentences, deemed, dependency, judgment, triggers, phrases: findPhrases(folded, lang), figures };
}

/** The sentence around `pos`, trimmed, for quoting in a reason. */
export function sentenceAt(profile: Profile, pos: number): string {
  const s = profile.sentences.find((x) => pos >= x.start && pos < x.end);
  return (s ? profile.text.slice(s.start, s.end) : profile.text).trim();
}
