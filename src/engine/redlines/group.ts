// Turns a document's tracked changes into reviewable changes: a deletion and an insertion by one
// author standing side by side are one replacement, a moveFrom/moveTo pair is one move, formatting
// and paragraph-mark changes stay apart. Pure offset arithmetic; no text analysis here.
import type { DocModel, Paragraph, Revision } from "../model";

export type ChangeKind = "text" | "move" | "formatting" | "mark";

export interface ChangeGroup {
  kind: ChangeKind;
  type: "insertion" | "deletion" | "replacement" | "move";
  paragraph: number;
  author: string;
  date: string | null;
  revisions: Revision[];
  /** Span in the paragraph's current text (for a move: where the text now stands). */
  start: number;
  end: number;
  /** Span in the paragraph's original view (for a move: the destination's insertion point). */
  originalStart: number;
  originalEnd: number;
  /** For a move: the paragraph and original span the text came from. */
  source?: { paragraph: number; originalStart: number; originalEnd: number };
}

/** Unchanged text that may sit between two edits of one replacement: spaces or light punctuation
 * inside a phrase ("five (5)" edited as "five" and "5"), never a sentence end. */
const JOINABLE_GAP = /^[\s(),:/\u2013\u2014-]{0,3}$/;

const clamp = (n: number, lo: number, hi: number): number => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo);

function originalOf(p: Paragraph): string {
  return p.originalText ?? p.text;
}

/** A revision with its offsets forced into the paragraph's bounds, or null when it has no paragraph. */
function sanitize(r: Revision, doc: DocModel): Revision | null {
  const p = doc.paragraphs[r.paragraph];
  if (!p) return null;
  const cur = p.text.length;
  const orig = originalOf(p).length;
  let start = clamp(r.start, 0, cur);
  let end = clamp(r.end, 0, cur);
  let originalStart = clamp(r.originalStart, 0, orig);
  let originalEnd = clamp(r.originalEnd, 0, orig);
  if (end < start) [start, end] = [end, start];
  if (originalEnd < originalStart) [originalStart, originalEnd] = [originalEnd, originalStart];
  // Additions occupy no original text, removals no current text.
  if (r.type === "insertion" || r.type === "moveTo") originalEnd = originalStart;
  if (r.type === "deletion" || r.type === "moveFrom") end = start;
  if (start === r.start && end === r.end && originalStart === r.originalStart && originalEnd === r.originalEnd) return r;
  return { ...r, start, end, originalStart, originalEnd };
}

const isAddition = (r: Revision): boolean => r.type === "insertion" || r.type === "moveTo";

function isEmpty(r: Revision): boolean {
  return isAddition(r) ? r.end === r.start : r.originalEnd === r.originalStart;
}

const normalize = (s: string): string => s.replace(/\s+/g, " ").trim();

function latest(revisions: readonly Revision[]): string | null {
  let best: string | null = null;
  for (const r of revisions) if (r.date !== null && (best === null || r.date > best)) best = r.date;
  return best;
}

function textGroup(revisions: Revision[]): ChangeGroup {
  const first = revisions[0] as Revision;
  const last = revisions[revisions.length - 1] as Revision;
  const adds = revisions.some(isAddition);
  const removes = revisions.some((r) => !isAddition(r));
  return {
    kind: "text",
    type: adds && removes ? "replacement" : adds ? "insertion" : "deletion",
    paragraph: first.paragraph,
    author: first.author,
    date: latest(revisions),
    revisions,
    start: first.start,
    end: last.end,
    originalStart: first.originalStart,
    originalEnd: last.originalEnd,
  };
}

/** Moves whose two halves carry the same text and author become pairs; the rest read as plain
 * insertions and deletions. */
function pairMoves(moves: Revision[]): { pairs: [Revision, Revision][]; loose: Revision[] } {
  const from = moves.filter((r) => r.type === "moveFrom");
  const used = new Set<Revision>();
  const pairs: [Revision, Revision][] = [];
  const loose: Revision[] = [];
  for (const to of moves.filter((r) => r.type === "moveTo")) {
    const key = normalize(to.text);
    const match = from.find((f) => !used.has(f) && f.author.toLowerCase() === to.author.toLowerCase() && normalize(f.text) === key);
    if (match && key.length > 0) {
      used.add(match);
      pairs.push([match, to]);
    } else {
      loose.push(to);
    }
  }
  for (const f of from) if (!used.has(f)) loose.push(f);
  return { pairs, loose };
}

/** Document order: paragraph, then position in the original view, then in the current text. */
function byPosition(a: Revision, b: Revision): number {
  return a.paragraph - b.paragraph || a.originalStart - b.originalStart || a.start - b.start || Number(isAddition(a)) - Number(isAddition(b));
}

function groupText(doc: DocModel, revisions: Revision[]): ChangeGroup[] {
  const sorted = [...revisions].sort(byPosition);
  const groups: ChangeGroup[] = [];
  let run: Revision[] = [];
  const flush = (): void => {
    if (run.length > 0) groups.push(textGroup(run));
    run = [];
  };
  for (const r of sorted) {
    const prev = run[run.length - 1];
    if (prev && prev.paragraph === r.paragraph && prev.author.toLowerCase() === r.author.toLowerCase()) {
      const p = doc.paragraphs[r.paragraph] as Paragraph;
      const gap = originalOf(p).slice(prev.originalEnd, r.originalStart);
      // The gap must also be the same unchanged text in the current view (nothing else between).
      if (r.originalStart >= prev.originalEnd && JOINABLE_GAP.test(gap) && p.text.slice(prev.end, r.start) === gap) {
        run.push(r);
        continue;
      }
    }
    flush();
    run.push(r);
  }
  flush();
  return groups;
}

function touches(g: ChangeGroup, r: Revision): boolean {
  return (
    g.kind === "text" &&
    g.paragraph === r.paragraph &&
    g.author.toLowerCase() === r.author.toLowerCase() &&
    (r.start === g.end || r.originalStart === g.originalEnd || r.end === g.start)
  );
}

function contains(g: ChangeGroup, r: Revision): boolean {
  return (
    g.kind === "text" &&
    g.paragraph === r.paragraph &&
    g.author.toLowerCase() === r.author.toLowerCase() &&
    r.start >= g.start &&
    r.end <= g.end &&
    g.end > g.start
  );
}

/** One neutral change per author and paragraph for formatting (or paragraph marks) not inside a text change. */
function groupApart(kind: "formatting" | "mark", revisions: Revision[]): ChangeGroup[] {
  const byKey = new Map<string, Revision[]>();
  for (const r of revisions) {
    const key = `${r.paragraph}\u0000${r.author.toLowerCase()}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return [...byKey.values()].map((list) => {
    const first = list[0] as Revision;
    const start = Math.min(...list.map((r) => r.start));
    const end = Math.max(...list.map((r) => r.end));
    return {
      kind,
      type: kind === "mark" ? (list.some(isAddition) ? "insertion" : "deletion") : "replacement",
      paragraph: first.paragraph,
      author: first.author,
      date: latest(list),
      revisions: list,
      start: kind === "mark" ? first.start : start,
      end: kind === "mark" ? first.start : end,
      originalStart: Math.min(...list.map((r) => r.originalStart)),
      originalEnd: kind === "mark" ? Math.min(...list.map((r) => r.originalStart)) : Math.max(...list.map((r) => r.originalEnd)),
    };
  });
}

/**
 * Reviewable changes in document order. Revisions whose author is in `exclude` (compared without
 * case) are left out before grouping, so our own edits never merge into a client's change.
 */
export function groupRevisions(doc: DocModel, exclude: ReadonlySet<string> = new Set()): ChangeGroup[] {
  const text: Revision[] = [];
  const moves: Revision[] = [];
  const formatting: Revision[] = [];
  const marks: Revision[] = [];
  for (const raw of doc.revisions) {
    if (exclude.has(raw.author.trim().toLowerCase())) continue;
    const r = sanitize(raw, doc);
    if (!r) continue;
    if (r.type === "formatting") formatting.push(r);
    else if (isEmpty(r)) marks.push(r);
    else if (r.type === "moveFrom" || r.type === "moveTo") moves.push(r);
    else text.push(r);
  }
  const { pairs, loose } = pairMoves(moves);
  const groups = groupText(doc, [...text, ...loose]);

  for (const [from, to] of pairs) {
    groups.push({
      kind: "move",
      type: "move",
      paragraph: to.paragraph,
      author: to.author,
      date: latest([from, to]),
      revisions: [from, to],
      start: to.start,
      end: to.end,
      originalStart: to.originalStart,
      originalEnd: to.originalEnd,
      source: { paragraph: from.paragraph, originalStart: from.originalStart, originalEnd: from.originalEnd },
    });
  }

  // Formatting of text the same author inserted, and a paragraph mark next to their edit, belong
  // to that edit (accepting one without the other would be surprising).
  const looseFormatting = formatting.filter((r) => {
    const owner = groups.find((g) => contains(g, r));
    if (owner) owner.revisions.push(r);
    return !owner;
  });
  const looseMarks = marks.filter((r) => {
    const owner = groups.find((g) => touches(g, r));
    if (owner) owner.revisions.push(r);
    return !owner;
  });
  groups.push(...groupApart("formatting", looseFormatting), ...groupApart("mark", looseMarks));
  return groups.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.originalStart - b.originalStart);
}
