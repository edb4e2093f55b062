// Client redline review: every tracked change (or replacement / move formed by a pair) judged on
// its own — the paragraph before it against the paragraph with only that change applied — and
// classified as weakening, strengthening or neutral for the vendor, with a reason citing figures.
import type { DocModel, Paragraph } from "../model";
import type { Language, Redline } from "../types";
import { detectLanguage } from "../language";
import { groupRevisions } from "./group";
import type { ChangeGroup } from "./group";
import { REDLINE_MESSAGES } from "./messages";
import type { RedlineMessages } from "./messages";
import { readClause, readWindow, windowOf, withClause } from "./profile";
import type { Profile, WindowReading } from "./profile";
import type { ClauseReading } from "./profile";
import { foldText, splitSentences } from "../text";
import type { Span } from "../text";
import { compareProfiles, decide } from "./signals";

export interface ReviewOptions {
  /** Authors whose changes are ours (compared without case or surrounding spaces). */
  excludeAuthors?: string[];
  /** Language of the document and of the reasons; detected from the text when absent. */
  language?: Language;
}

export interface RedlineSummary {
  total: number;
  weakens: number;
  strengthens: number;
  neutral: number;
  /** English summary line, e.g. "7 client changes: 4 weaken, 1 strengthens". */
  text: string;
}

function documentLanguage(doc: DocModel): Language {
  let sample = "";
  for (const p of doc.paragraphs) {
    if (sample.length > 20000) break;
    const text = p.originalText ?? p.text;
    if (text) sample += `${text}\n`;
  }
  return detectLanguage(sample);
}

/** The heading above each paragraph (as the document analysis reads it), computed once on demand. */
function headingLookup(doc: DocModel): (index: number) => string | undefined {
  let headings: (string | undefined)[] | null = null;
  return (index) => {
    if (!headings) {
      headings = [];
      let current: string | undefined;
      for (const p of doc.paragraphs) {
        headings.push(current);
        if (p.headingLevel !== undefined && !p.table) current = p.text.trim() || current;
      }
    }
    return headings[index];
  };
}

const originalOf = (p: Paragraph): string => p.originalText ?? p.text;

/** Number words and units: a change made only of these (and digits) edits a figure, not wording. */
const FIGURE_WORDS =
  /(?<![a-z])(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|mil|and|e|net|usd|eur|gbp|brl|business|calendar|working|days?|weeks?|months?|years?|dias?|uteis|corridos|semanas?|meses|mes|anos?|percent|por cento)(?![a-z])/g;

function figuresOnly(before: string, after: string): boolean {
  const rest = (s: string): string => foldText(s).replace(FIGURE_WORDS, "").replace(/[\d\s.,()%$€£\-]/g, "");
  return rest(before) === "" && rest(after) === "";
}

/** Letters and digits only: a change that leaves them alone (spacing, punctuation) moves nothing. */
const substance = (s: string): string => s.normalize("NFC").replace(/[^\p{L}\p{N}%$€£]/gu, "").toLowerCase();

/** A clause reading shared by both sides when the clause itself did not change. */
const NO_CLAUSE: ClauseReading = { kinds: [], trigger: null, binaryGate: null, subjective: [] };

interface Verdict {
  effect: Redline["effect"];
  reason: string;
}

interface Context {
  doc: DocModel;
  lang: Language;
  msg: RedlineMessages;
  heading: (index: number) => string | undefined;
  /** Per paragraph: the original view's clause reading and sentences, shared by its changes. */
  before: Map<number, { clause: ClauseReading | null; sentences: Span[]; windows: Map<string, WindowReading> }>;
}

function neutral(g: ChangeGroup, anchorText: string, before: string, after: string, reason: string): Redline {
  return {
    anchor: { paragraph: g.paragraph, start: g.start, end: g.end, text: anchorText },
    type: g.type,
    author: g.author,
    date: g.date,
    before,
    after,
    effect: "neutral",
    reason,
    revisionIds: g.revisions.map((r) => r.id),
  };
}

function classifyText(g: ChangeGroup, ctx: Context): Verdict {
  const p = ctx.doc.paragraphs[g.paragraph] as Paragraph;
  const original = originalOf(p);
  const before = original.slice(g.originalStart, g.originalEnd);
  const after = p.text.slice(g.start, g.end);
  const none: Verdict = { effect: "neutral", reason: ctx.msg.neutral.none };
  if (substance(before) === substance(after)) return none;

  let paragraphBefore = ctx.before.get(g.paragraph);
  if (!paragraphBefore) {
    paragraphBefore = { clause: null, sentences: splitSentences(original), windows: new Map() };
    ctx.before.set(g.paragraph, paragraphBefore);
  }
  // The paragraph with this change alone applied: other changes must not colour its effect.
  const alone = original.slice(0, g.originalStart) + after + original.slice(g.originalEnd);
  const regionBefore = { start: g.originalStart, end: g.originalEnd };
  const regionAfter = { start: g.originalStart, end: g.originalStart + after.length };
  // The touched sentences on either side, widened so both windows hold the same unchanged context
  // (text before the change is shared; text after it is shifted by the change's length).
  const delta = after.length - before.length;
  const sb = windowOf(paragraphBefore.sentences, regionBefore, original.length);
  const sa = windowOf(splitSentences(alone), regionAfter, alone.length);
  const start = Math.min(sb.start, sa.start);
  const end = Math.max(sb.end, sa.end - delta);
  const winBefore = { start, end };
  const winAfter = { start, end: end + delta };
  // Changes in one sentence share its reading (Word's compare splits an edit into several).
  const spanKey = `${winBefore.start}:${winBefore.end}`;
  let windowBefore = paragraphBefore.windows.get(spanKey);
  if (!windowBefore) {
    windowBefore = readWindow(original.slice(winBefore.start, winBefore.end), ctx.lang);
    paragraphBefore.windows.set(spanKey, windowBefore);
  }
  const windowAfter = readWindow(alone.slice(winAfter.start, winAfter.end), ctx.lang);
  // Nothing the rules can see moved in the touched sentences: no effect, and no need to read the
  // whole paragraph (most wording edits end here).
  const sameClause =
    windowBefore.cueSignature === windowAfter.cueSignature &&
    (figuresOnly(before, after) || windowBefore.subjectiveSignature() === windowAfter.subjectiveSignature());
  if (sameClause && windowBefore.figureSignature === windowAfter.figureSignature) return none;

  const heading = ctx.heading(g.paragraph);
  const clauseBefore = (): ClauseReading => (paragraphBefore.clause ??= readClause(original, ctx.lang, heading, windowBefore.prepared));
  let beforeProfile: Profile;
  let afterProfile: Profile;
  if (sameClause) {
    // Only figures or phrases moved: the clause reads the same on both sides, so it is read at
    // most once, and only when an amount's role depends on it (no cue of its own).
    const implicit = windowBefore.figures.some((f) => f.implicit) || windowAfter.figures.some((f) => f.implicit);
    const clause = implicit ? clauseBefore() : NO_CLAUSE;
    beforeProfile = withClause(clause, windowBefore);
    afterProfile = withClause(clause, windowAfter);
  } else {
    beforeProfile = withClause(clauseBefore(), windowBefore);
    afterProfile = withClause(readClause(alone, ctx.lang, heading, windowAfter.prepared), windowAfter);
  }
  const region = {
    before: { start: regionBefore.start - winBefore.start, end: regionBefore.end - winBefore.start },
    after: { start: regionAfter.start - winAfter.start, end: regionAfter.end - winAfter.start },
  };
  const signals = compareProfiles(beforeProfile, afterProfile, region, ctx.msg);
  const effect = decide(signals);
  if (effect === "neutral") return none;
  // The deciding signals first; the others follow so nothing is hidden.
  const ordered = [...signals.filter((s) => s.effect === effect), ...signals.filter((s) => s.effect !== effect)];
  return { effect, reason: [...new Set(ordered.map((s) => s.reason))].join("; ") };
}

/**
 * Verdicts by what decides them (language, heading, original paragraph, the change's span and new
 * text), so re-analysing a document after an edit re-judges only the changes it touched. Bounded;
 * the oldest entries go first. It holds results only: output never depends on it.
 */
const VERDICTS = new Map<string, Verdict>();
const VERDICT_LIMIT = 4096;

function judgeText(g: ChangeGroup, ctx: Context): Redline {
  const p = ctx.doc.paragraphs[g.paragraph] as Paragraph;
  const original = originalOf(p);
  const before = original.slice(g.originalStart, g.originalEnd);
  const after = p.text.slice(g.start, g.end);
  const key = [ctx.lang, ctx.heading(g.paragraph) ?? "", original, g.originalStart, g.originalEnd, after].join("\u0001");
  let verdict = VERDICTS.get(key);
  if (!verdict) {
    verdict = classifyText(g, ctx);
    if (VERDICTS.size >= VERDICT_LIMIT) VERDICTS.delete(VERDICTS.keys().next().value as string);
    VERDICTS.set(key, verdict);
  }
  return { ...neutral(g, after, before, after, verdict.reason), effect: verdict.effect };
}



function judge(g: ChangeGroup, ctx: Context): Redline {
  const p = ctx.doc.paragraphs[g.paragraph] as Paragraph;
  switch (g.kind) {
    case "text":
      return judgeText(g, ctx);
    case "move": {
      const source = g.source ? ctx.doc.paragraphs[g.source.paragraph] : undefined;
      const before = source && g.source ? originalOf(source).slice(g.source.originalStart, g.source.originalEnd) : "";
      const after = p.text.slice(g.start, g.end);
      return neutral(g, after, before, after, ctx.msg.neutral.moved);
    }
    case "formatting": {
      const text = p.text.slice(g.start, g.end);
      return neutral(g, text, text, text, ctx.msg.neutral.formatting);
    }
    case "mark":
      return neutral(g, "", "", "", ctx.msg.neutral.paragraphMark);
  }
}

/**
 * Classifies every tracked change not made by `excludeAuthors`, in document order. Pure and
 * deterministic; paragraphs without changes are never analysed.
 */
export function reviewRedlines(doc: DocModel, options: ReviewOptions = {}): Redline[] {
  if (doc.revisions.length === 0) return [];
  const exclude = new Set((options.excludeAuthors ?? []).map((a) => a.trim().toLowerCase()).filter((a) => a.length > 0));
  const groups = groupRevisions(doc, exclude);
  if (groups.length === 0) return [];
  const lang = options.language ?? documentLanguage(doc);
  const ctx: Context = { doc, lang, msg: REDLINE_MESSAGES[lang], heading: headingLookup(doc), before: new Map() };
  return groups.map((g) => judge(g, ctx));
}

/** Distinct authors of the document's tracked changes, in order of first appearance (for an
 * "exclude our side" picker); spellings differing only in case count once. */
export function redlineAuthors(doc: DocModel): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of doc.revisions) {
    const name = r.author.trim();
    const key = name.toLowerCase();
    if (name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Counts by effect and an English summary line; the pane localises from the counts. */
export function summarizeRedlines(redlines: readonly Redline[]): RedlineSummary {
  const count = (e: Redline["effect"]): number => redlines.filter((r) => r.effect === e).length;
  const total = redlines.length;
  const weakens = count("weakens");
  const strengthens = count("strengthens");
  const neutralCount = total - weakens - strengthens;
  let text: string;
  if (total === 0) text = "No client changes";
  else {
    const parts: string[] = [];
    if (weakens > 0) parts.push(plural(weakens, "weakens", "weaken"));
    if (strengthens > 0) parts.push(plural(strengthens, "strengthens", "strengthen"));
    const head = plural(total, "client change", "client changes");
    text = parts.length > 0 ? `${head}: ${parts.join(", ")}` : `${head}, ${total === 1 ? "neutral" : "all neutral"}`;
  }
  return { total, weakens, strengthens, neutral: neutralCount, text };
}

export type { ChangeGroup } from "./group";
export { groupRevisions } from "./group";
