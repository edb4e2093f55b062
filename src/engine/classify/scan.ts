// One scan of a text for every classification cue of a language pack, plus the sentence contexts
// derived from it. Compiled once per language; a single pass finds which cue matched where (no
// per-rule passes over the text; see text/alternation.ts). The same pass finds the subjective
// rules' matches in their own layer, which the subjective matcher takes instead of scanning again.
import type { ClauseKind, Language, PaymentTrigger } from "../types";
import { NO_CONTEXTS, contextBit, foldedSubjectivePatterns, rulePack } from "../rules";
import type { ContextMask, Cue, CueTag, RuleContext } from "../rules";
import { AlternationScanner, eachSentence, foldText } from "../text";
import type { Span } from "../text";

export interface CueHit {
  start: number;
  end: number;
  cue: number;
  tags: readonly CueTag[];
}

interface CompiledLayer {
  scanner: AlternationScanner;
  /** Pattern index in the scanner -> cue index in the pack. */
  cueIndex: number[];
  /**
   * Patterns from this index on are the pack's folded subjective patterns, in their own layer of
   * the kinds scan: one prefilter pass over a paragraph finds both (see prepareText).
   */
  subjectiveFrom: number;
}

/**
 * Cues are scanned in two layers. A single scan never reports overlapping matches, and a trigger
 * phrase ("after completion and acceptance of each sprint") must not hide the kind cues inside
 * it; the trigger layer is also only needed for payment clauses, so it is scanned on demand.
 */
export type CueLayer = "kinds" | "triggers";

/** Per language and layer; a record rather than a map keyed by a joined string, as every scan asks. */
const compiled: Record<Language, Partial<Record<CueLayer, CompiledLayer>>> = { en: {}, pt: {} };

function compileLayer(lang: Language, layer: CueLayer): CompiledLayer {
  let c = compiled[lang][layer];
  if (!c) {
    const cues = rulePack(lang).cues;
    const isTrigger = (cue: Cue) => cue.tags.some((t) => t.startsWith("trigger:"));
    const cueIndex = cues.map((_, i) => i).filter((i) => isTrigger(cues[i] as Cue) === (layer === "triggers"));
    const sources = cueIndex.map((i) => (cues[i] as Cue).pattern);
    const subjectiveFrom = sources.length;
    if (layer === "kinds") sources.push(...foldedSubjectivePatterns(rulePack(lang)));
    const layers = sources.map((_, i) => (i < subjectiveFrom ? 0 : 1));
    c = { scanner: new AlternationScanner(sources, false, layers), cueIndex, subjectiveFrom };
    compiled[lang][layer] = c;
  }
  return c;
}

interface HitRun {
  hits: CueHit[];
  cueIndex: readonly number[];
  cues: readonly Cue[];
  subjectiveFrom: number;
  /** Subjective matches as (pattern, start, end) triples, when asked for. */
  subjective: number[] | null;
}

function pushHit(run: HitRun, pattern: number, start: number, end: number): void {
  if (pattern >= run.subjectiveFrom) {
    run.subjective?.push(pattern - run.subjectiveFrom, start, end);
    return;
  }
  const cue = run.cueIndex[pattern] as number;
  run.hits.push({ start, end, cue, tags: (run.cues[cue] as Cue).tags });
}

/** Cue hits of one layer in the folded text, in order and non-overlapping (earlier cues win at one offset). */
export function scanCues(folded: string, lang: Language, layer: CueLayer = "kinds"): CueHit[] {
  return scan(folded, lang, layer, null).hits;
}

function scan(folded: string, lang: Language, layer: CueLayer, subjective: number[] | null): HitRun {
  const cues = rulePack(lang).cues;
  const { scanner, cueIndex, subjectiveFrom } = compileLayer(lang, layer);
  const run: HitRun = { hits: [], cueIndex, cues, subjectiveFrom, subjective };
  scanner.each(folded, run, pushHit);
  return run;
}

/** What a heading says about the paragraphs under it: its cue hits and the contexts they evidence strongly. */
export interface HeadingScan {
  hits: readonly CueHit[];
  contexts: ContextMask;
}

const NO_HEADING: HeadingScan = { hits: [], contexts: NO_CONTEXTS };

/** Scans a heading once; a document's many paragraphs under one heading share the result. */
export function scanHeading(heading: string | undefined, lang: Language): HeadingScan {
  if (!heading) return NO_HEADING;
  const hits = scanCues(foldText(heading), lang);
  const perCue = cueProfiles(lang);
  let contexts = NO_CONTEXTS;
  for (const h of hits) contexts |= (perCue[h.cue] as CueProfile).strong;
  return { hits, contexts };
}

/** A template instruction such as "<describe the deliverable>" (an angle-bracketed phrase). */
export const PLACEHOLDER = /<[^<>\n]{0,300}\s[^<>\n]{0,300}>/g;

/** Template instructions blanked out, length kept: they are not contract wording. */
export function maskPlaceholders(folded: string): string {
  if (!folded.includes("<")) return folded;
  return folded.replace(PLACEHOLDER, (m) => " ".repeat(m.length));
}

export interface SentenceInfo extends Span {
  /** Contexts evidenced by cues inside the sentence. */
  contexts: ContextMask;
  /** Contexts from strong kind cues only (used when the sentence is an excluded context). */
  strong: ContextMask;
  excluded: boolean;
}

/** A text prepared once for classification and subjective matching. */
export interface PreparedText {
  text: string;
  folded: string;
  lang: Language;
  /** Kind, gate and context cues. */
  hits: CueHit[];
  sentences: SentenceInfo[];
  /** Payment-trigger cues, scanned on first use. */
  triggerHits(): CueHit[];
  /**
   * The folded subjective patterns' matches in `folded` as (pattern, start, end) triples, found
   * by the cue scan; null when that scan read another text (placeholders blanked out).
   */
  readonly foldedSubjective: readonly number[] | null;
}

const KIND_CONTEXT: Record<ClauseKind, RuleContext> = {
  milestone: "milestone",
  payment: "payment",
  acceptance: "acceptance",
  deemed_acceptance: "acceptance",
  dependency: "dependency",
};

function contextOfTag(tag: CueTag): { context: RuleContext; strong: boolean } | null {
  if (tag.startsWith("kind:")) return { context: KIND_CONTEXT[tag.slice(5) as ClauseKind], strong: true };
  if (tag.startsWith("weak:")) return { context: KIND_CONTEXT[tag.slice(5) as ClauseKind], strong: false };
  if (tag.startsWith("trigger:")) return { context: "payment", strong: true };
  if (tag === "ctx:quality") return { context: "quality", strong: false };
  return null;
}

/**
 * Per cue, its tags read once: the contexts they evidence (strong ones separately), whether the
 * cue excludes its sentence, and the clause kinds it evidences strongly (`kind:`) and weakly (`weak:`).
 */
export interface CueProfile {
  all: ContextMask;
  strong: ContextMask;
  excluded: boolean;
  kinds: ClauseKind[];
  /** `kinds` as a mask of kindBit. */
  kindMask: number;
  weakKinds: ClauseKind[];
  /** The payment triggers it evidences (`trigger:`). */
  triggers: PaymentTrigger[];
}

const KIND_BIT: Record<ClauseKind, number> = { milestone: 1, payment: 2, acceptance: 4, deemed_acceptance: 8, dependency: 16 };

/** One bit per clause kind, for sets of kinds held as numbers. */
export function kindBit(k: ClauseKind): number {
  return KIND_BIT[k];
}

const profiles = new Map<Language, CueProfile[]>();

/** The profiles of a pack's cues, by cue index. */
export function cueProfiles(lang: Language): CueProfile[] {
  let list = profiles.get(lang);
  if (!list) {
    list = rulePack(lang).cues.map((cue) => {
      const profile: CueProfile = { all: NO_CONTEXTS, strong: NO_CONTEXTS, excluded: cue.tags.includes("ctx:excluded"), kinds: [], kindMask: 0, weakKinds: [], triggers: [] };
      for (const tag of cue.tags) {
        if (tag.startsWith("kind:")) {
          profile.kinds.push(tag.slice(5) as ClauseKind);
          profile.kindMask |= kindBit(tag.slice(5) as ClauseKind);
        }
        else if (tag.startsWith("weak:")) profile.weakKinds.push(tag.slice(5) as ClauseKind);
        else if (tag.startsWith("trigger:")) profile.triggers.push(tag.slice(8) as PaymentTrigger);
        const c = contextOfTag(tag);
        if (!c) continue;
        profile.all |= contextBit(c.context);
        if (c.strong) profile.strong |= contextBit(c.context);
      }
      return profile;
    });
    profiles.set(lang, list);
  }
  return list;
}

export function prepareText(text: string, lang: Language): PreparedText {
  const folded = foldText(text);
  const scanned = maskPlaceholders(folded);
  const { hits, subjective } = scan(scanned, lang, "kinds", scanned === folded ? [] : null);
  const sentences: SentenceInfo[] = [];
  eachSentence(text, folded, (start, end) => sentences.push({ start, end, contexts: NO_CONTEXTS, strong: NO_CONTEXTS, excluded: false }));
  const perCue = cueProfiles(lang);
  // Hits and sentences are both sorted: walk them together.
  let si = 0;
  for (const h of hits) {
    while (si + 1 < sentences.length && (sentences[si + 1] as SentenceInfo).start <= h.start) si++;
    const s = sentences[si];
    if (!s || h.start < s.start) continue;
    const c = perCue[h.cue] as CueProfile;
    if (c.excluded) s.excluded = true;
    s.contexts |= c.all;
    s.strong |= c.strong;
  }
  return new Prepared(text, folded, scanned, lang, hits, sentences, subjective);
}

/** A class rather than a closure per text: the trigger scan is remembered on the instance. */
class Prepared implements PreparedText {
  private triggers: CueHit[] | null = null;
  constructor(
    readonly text: string,
    readonly folded: string,
    /** The folded text with placeholders blanked, as the cue scans read it. */
    private readonly scanned: string,
    readonly lang: Language,
    readonly hits: CueHit[],
    readonly sentences: SentenceInfo[],
    readonly foldedSubjective: readonly number[] | null,
  ) {}

  triggerHits(): CueHit[] {
    return (this.triggers ??= scanCues(this.scanned, this.lang, "triggers"));
  }
}
