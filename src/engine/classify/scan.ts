// One combined scan of a text for every classification cue of a language pack, plus the sentence
// contexts derived from it. Compiled once per language; each cue is one capture group, so a single
// pass finds which cue matched where (no per-rule passes over the text).
import type { ClauseKind, Language } from "../types";
import { rulePack } from "../rules";
import type { CueTag, RuleContext } from "../rules";
import { foldText, splitSentences, spanIndexAt } from "../text";
import type { Span } from "../text";

export interface CueHit {
  start: number;
  end: number;
  cue: number;
  tags: readonly CueTag[];
}

interface CompiledCues {
  regex: RegExp;
  /** Capture-group number -> cue index. */
  tags: (readonly CueTag[])[];
}

const compiled = new Map<Language, CompiledCues>();

/** Wraps alternatives so each matches whole words only (on folded text). */
export function combine(sources: string[]): string {
  return `(?<![a-z0-9])(?:${sources.map((s) => `(${s})`).join("|")})(?![a-z0-9])`;
}

function compileCues(lang: Language): CompiledCues {
  let c = compiled.get(lang);
  if (!c) {
    const cues = rulePack(lang).cues;
    c = { regex: new RegExp(combine(cues.map((q) => q.pattern)), "g"), tags: cues.map((q) => q.tags) };
    compiled.set(lang, c);
  }
  return c;
}

/** Every cue hit in the folded text, in order, non-overlapping (earlier cues win at one offset). */
export function scanCues(folded: string, lang: Language): CueHit[] {
  const { regex, tags } = compileCues(lang);
  const hits: CueHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        hits.push({ start: m.index, end: m.index + m[0].length, cue: g - 1, tags: tags[g - 1] as readonly CueTag[] });
        break;
      }
    }
  }
  return hits;
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
  const hits = scanCues(folded, lang);
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
