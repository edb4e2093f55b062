// Turns anchors into Word ranges with a constant number of syncs: the caller queues this (fresh
// paragraph texts plus one body search per distinct literal), syncs once, then resolves: the k-th of
// Word's matches is computed in TypeScript from the fresh texts. Never a sync per finding.
import type { Anchor, DocModel } from "../engine/model";
import { alignInto, escapeForWordSearch, mapSpan, matchStarts, planSearch, searchablePrefix, searchableSuffix, type QuoteModel, type SearchPlan } from "./search-text";
import type { ReadInfo } from "./session";

export type SkipReason = "staleAnchor" | "notFound" | "mixedHighlight" | "searchTooLong";

export interface SpanRequest {
  paragraph: number;
  /** The raw paragraph text the span is expected in (what Word search sees). */
  literal: string;
  /** Where the literal sits in the fresh raw paragraph text, or null when it is no longer there. */
  spanIn(freshRaw: string): { start: number; end: number } | null;
  /**
   * When tracked deletions sit inside the span: its first and last undeleted pieces, searched too,
   * because Word's search can miss text that a deletion splits.
   */
  pieces?: { prefix: string; suffix: string };
}

export type LocateOutcome =
  | { ok: true; range: Word.Range; rawStart: number; rawEnd: number; literal: string; highlight?: string | null }
  | { ok: false; reason: SkipReason };

interface TermResult {
  term: string;
  results: Word.RangeCollection;
}

/** A span request for an anchor of `doc` (offsets in the paragraph's current text). */
export function anchorRequest(doc: DocModel, info: ReadInfo | undefined, anchor: Anchor): SpanRequest | null {
  const paragraph = doc.paragraphs[anchor.paragraph];
  if (!paragraph || anchor.start < 0 || anchor.end <= anchor.start || anchor.end > paragraph.text.length) return null;
  if (paragraph.text.slice(anchor.start, anchor.end) !== anchor.text) return null;
  const current = paragraph.text;
  const readRaw = info?.raw[anchor.paragraph] ?? current;
  const base = mapSpan(current, readRaw, anchor.start, anchor.end);
  const literal = base ? readRaw.slice(base.start, base.end) : anchor.text;
  const pieces = literal !== anchor.text ? undeletedEnds(current, readRaw, anchor) : null;
  return {
    paragraph: anchor.paragraph,
    literal,
    ...(pieces ? { pieces } : {}),
    spanIn(freshRaw) {
      const span = mapSpan(current, freshRaw, anchor.start, anchor.end);
      return span && freshRaw.slice(span.start, span.end) === literal ? span : null;
    },
  };
}

/** The anchor's first and last runs of undeleted text, as they stand in the raw text. */
function undeletedEnds(current: string, raw: string, anchor: Anchor): { prefix: string; suffix: string } | null {
  const map = alignInto(current, raw);
  if (!map) return null;
  let a = anchor.start;
  while (a + 1 < anchor.end && map[a + 1] === map[a]! + 1) a++;
  let b = anchor.end - 1;
  while (b - 1 >= anchor.start && map[b - 1] === map[b]! - 1) b--;
  if (a >= b) return null;
  return { prefix: raw.slice(map[anchor.start]!, map[a]! + 1), suffix: raw.slice(map[b]!, map[anchor.end - 1]! + 1) };
}

/** A span request for a span recorded earlier in raw coordinates. */
export function recordRequest(paragraph: number, rawStart: number, rawEnd: number, literal: string): SpanRequest {
  return {
    paragraph,
    literal,
    spanIn: (freshRaw) => (freshRaw.slice(rawStart, rawEnd) === literal ? { start: rawStart, end: rawEnd } : null),
  };
}

function searchTerm(context: Word.RequestContext, term: string, loadHighlight: boolean): Word.RangeCollection {
  const results = context.document.body.search(escapeForWordSearch(term), { matchCase: true });
  results.load(loadHighlight ? "text,font/highlightColor" : "text");
  return results;
}

/** Per term: how many of Word's matches lie before each paragraph, under the quote model that reproduces Word's count. */
interface TermIndex {
  model: QuoteModel;
  before: number[];
}

function indexTerm(freshRaw: string[], term: string, wordCount: number): TermIndex | null {
  const models: QuoteModel[] = ["folded", "exact"];
  for (const model of models) {
    const before: number[] = new Array<number>(freshRaw.length);
    let total = 0;
    for (let p = 0; p < freshRaw.length; p++) {
      before[p] = total;
      total += matchStarts(freshRaw[p] ?? "", term, model).length;
    }
    if (total === wordCount) return { model, before };
  }
  return null;
}

/** Index of our match among Word's matches, or null when Word's matches cannot be predicted. */
function matchIndex(index: TermIndex | null, freshRaw: string[], term: string, paragraph: number, start: number): number | null {
  if (!index) return null;
  const at = matchStarts(freshRaw[paragraph] ?? "", term, index.model).indexOf(start);
  return at === -1 ? null : index.before[paragraph]! + at;
}

export interface QueuedLocate {
  paragraphs: Word.ParagraphCollection;
  /** Call after the sync: one outcome per request, in order. */
  resolve(): LocateOutcome[];
}

export function queueLocate(
  context: Word.RequestContext,
  requests: (SpanRequest | null)[],
  options: { loadHighlight?: boolean; paragraphs?: Word.ParagraphCollection } = {},
): QueuedLocate {
  const loadHighlight = options.loadHighlight ?? false;
  const paragraphs = options.paragraphs ?? context.document.body.paragraphs;
  if (!options.paragraphs) paragraphs.load("text");
  const plans = requests.map((r) => (r ? planSearch(r.literal) : null));
  const fallbacks = requests.map((r): SearchPlan | null =>
    r?.pieces ? { kind: "ends", prefix: searchablePrefix(r.pieces.prefix), suffix: searchableSuffix(r.pieces.suffix) } : null,
  );
  const terms = new Map<string, TermResult>();
  const want = (term: string) => {
    if (!terms.has(term)) terms.set(term, { term, results: searchTerm(context, term, loadHighlight) });
  };
  for (const plan of [...plans, ...fallbacks]) {
    if (!plan) continue;
    if (plan.kind === "whole") want(plan.term);
    else {
      want(plan.prefix);
      want(plan.suffix);
    }
  }
  return {
    paragraphs,
    resolve() {
      const freshRaw = paragraphs.items.map((p) => p.text);
      const indices = new Map<string, TermIndex | null>();
      const termIndex = (term: string) => {
        if (!indices.has(term)) indices.set(term, indexTerm(freshRaw, term, terms.get(term)!.results.items.length));
        return indices.get(term)!;
      };
      const locate = (request: SpanRequest, plan: SearchPlan, span: { start: number; end: number }): LocateOutcome => {
        if (plan.kind === "whole") {
          const found = terms.get(plan.term)!.results;
          const k = matchIndex(termIndex(plan.term), freshRaw, plan.term, request.paragraph, span.start);
          const range = k === null ? undefined : found.items[k];
          if (!range) return { ok: false, reason: "notFound" };
          const outcome: LocateOutcome = { ok: true, range, rawStart: span.start, rawEnd: span.end, literal: request.literal };
          if (loadHighlight) outcome.highlight = range.font.highlightColor;
          return outcome;
        }
        // Only a whole-literal match tells the range's own colour; a span too long to search in one
        // piece cannot have its colour restored exactly, so it is not coloured.
        if (loadHighlight) return { ok: false, reason: "searchTooLong" };
        const prefixes = terms.get(plan.prefix)!.results;
        const suffixes = terms.get(plan.suffix)!.results;
        const kp = matchIndex(termIndex(plan.prefix), freshRaw, plan.prefix, request.paragraph, span.start);
        const ks = matchIndex(termIndex(plan.suffix), freshRaw, plan.suffix, request.paragraph, span.end - plan.suffix.length);
        const first = kp === null ? undefined : prefixes.items[kp];
        const last = ks === null ? undefined : suffixes.items[ks];
        if (!first || !last) return { ok: false, reason: "notFound" };
        return { ok: true, range: first.expandTo(last), rawStart: span.start, rawEnd: span.end, literal: request.literal };
      };
      return requests.map((request, i): LocateOutcome => {
        const plan = plans[i] as SearchPlan | null;
        if (!request || !plan) return { ok: false, reason: "staleAnchor" };
        const fresh = freshRaw[request.paragraph];
        const span = fresh === undefined ? null : request.spanIn(fresh);
        if (!span) return { ok: false, reason: "staleAnchor" };
        const outcome = locate(request, plan, span);
        const fallback = fallbacks[i];
        return !outcome.ok && outcome.reason === "notFound" && fallback ? locate(request, fallback, span) : outcome;
      });
    },
  };
}
