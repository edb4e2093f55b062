// One combined scan of a text for every classification cue of a language pack, plus the sentence
// contexts derived from it. Compiled once per language; each cue is one capture group, so a single
// pass finds which cue matched where (no per-rule passes over the text).
import type { ClauseKind, Language } from "../types";
import { rulePack } from "../rules";
import type { Cue, CueTag, RuleContext } from "../rules";
import { foldText, splitSentences, spanIndexAt } from "../text";
import type { Span } from "../text";

export interface CueHit {
  start: number;
  end: number;
  cue: number;
  tags: readonly CueTag[];
}

interface CompiledLayer {
  regex: RegExp;
  /** Capture-group number - 1 -> cue index in the pack. */
  cueIndex: number[];
}

const compiled = new Map<Language, CompiledLayer[]>();

/** Wraps alternatives so each matches whole words only (on folded text). */
export function combine(sources: string[]): string {
  return `(?<![a-z0-9])(?:${sources.map((s) => `(${s})`).join("|")})(?![a-z0-9])`;
}

/**
 * Trigger cues form their own layer: a single scan never reports overlapping matches, and a
 * trigger phrase ("after completion and acceptance of each sprint") must not hide the kind cues
 * inside it.
 */
function compileCues(lang: Language): CompiledLayer[] {
  let layers = compiled.get(lang);
  if (!layers) {
    const cues = rulePack(lang).cues;
    const isTrigger = (i: number) => (cues[i] as Cue).tags.some((t) => t.startsWith("trigger:"));
    const indices = cues.map((_, i) => i);
    layers = [indices.filter((i) => !isTrigger(i)), indices.filter(isTrigger)]
      .filter((ix) => ix.length > 0)
      .map((ix) => ({ regex: new RegExp(combine(ix.map((i) => (cues[i] as Cue).pattern)), "g"), cueIndex: ix }));
    compiled.set(lang, layers);
  }
  return layers;
}

/** Every cue hit in the folded text, sorted by start (within a layer, earlier cues win at one offset). */
export function scanCues(folded: string, lang: Language): CueHit[] {
  const cues = rulePack(lang).cues;
  const hits: CueHit[] = [];
  for (const { regex, cueIndex } of compileCues(lang)) {
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          const cue = cueIndex[g - 1] as number;
          hits.push({ start: m.index, end: m.index + m[0].length, cue, tags: (cues[cue] as Cue).tags });
          break;
        }
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Template instructions ("<describe the deliverable>") blanked out, length kept. */
export function maskPlaceholders(folded: string): string {
  if (!folded.includes("<")) return folded;
  return folded.replace(/<[^<>\n]{0,300}\s[^<>\n]{0,300}>/g, (m) => " ".repeat(m.length));
}

export interface SentenceInfo extends Span {
  /** Contexts evidenced by cues inside the sentence. */
  contexts: Set<RuleContext>;
  /** Contexts from strong kind cues only (used when the sentence is an excluded context). */
  strong: Set<RuleContext>;
  excluded: boolean;
}

/** A text prepared once for classification and subjective matching. */
export interface PreparedText {
  text: string;
  folded: string;
  lang: Language;
  hits: CueHit[];
  sentences: SentenceInfo[];
}

const KIND_CONTEXT: Record<ClauseKind, RuleContext> = {
  milestone: "milestone",
  payment: "payment",
  acceptance: "acceptance",
  deemed_acceptance: "acceptance",
  dependency: "dependency",
};

export function contextOfTag(tag: CueTag): { context: RuleContext; strong: boolean } | null {
  if (tag.startsWith("kind:")) return { context: KIND_CONTEXT[tag.slice(5) as ClauseKind], strong: true };
  if (tag.startsWith("weak:")) return { context: KIND_CONTEXT[tag.slice(5) as ClauseKind], strong: false };
  if (tag.startsWith("trigger:")) return { context: "payment", strong: true };
  if (tag === "ctx:quality") return { context: "quality", strong: false };
  return null;
}

export function prepareText(text: string, lang: Language): PreparedText {
  const folded = foldText(text);
  const hits = scanCues(maskPlaceholders(folded), lang);
  const sentences: SentenceInfo[] = splitSentences(text).map((s) => ({
    ...s,
    contexts: new Set<RuleContext>(),
    strong: new Set<RuleContext>(),
    excluded: false,
  }));
  for (const h of hits) {
    const i = spanIndexAt(sentences, h.start);
    const s = sentences[i];
    if (!s) continue;
    for (const tag of h.tags) {
      if (tag === "ctx:excluded") s.excluded = true;
      const c = contextOfTag(tag);
      if (!c) continue;
      s.contexts.add(c.context);
      if (c.strong) s.strong.add(c.context);
    }
  }
  return { text, folded, lang, hits, sentences };
}
