// Turns Word's per-paragraph reviewed texts (original and current) plus its flat list of tracked
// changes into the engine's Revision records. The texts give exact offsets (and the deleted text,
// which Word on Mac reports as empty); the tracked-change list, in document order, gives author and
// date. Pure: no Word calls here.
import { diffWordsWithSpace } from "diff";
import type { Revision } from "../engine/model";

export interface WordTrackedChange {
  /** Index in body.getTrackedChanges() at read time. */
  index: number;
  type: "Added" | "Deleted" | "Formatted" | "None";
  text: string;
  author: string;
  date: string | null;
}

export interface TextSegment {
  type: "insertion" | "deletion";
  paragraph: number;
  text: string;
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
}

interface Part {
  kind: "common" | "added" | "removed";
  value: string;
}

/**
 * Word-level diff of one paragraph's original and current text. Change runs separated only by
 * whitespace merge into one replacement ("5 business days" -> "30 days" is one deletion and one
 * insertion, not three pieces), as a reviewer would have typed it.
 */
export function diffParagraph(paragraph: number, original: string, current: string): TextSegment[] {
  if (original === current) return [];
  const parts: Part[] = diffWordsWithSpace(original, current).map((p) => ({
    kind: p.added ? "added" : p.removed ? "removed" : "common",
    value: p.value,
  }));
  const segments: TextSegment[] = [];
  let o = 0;
  let c = 0;
  let i = 0;
  while (i < parts.length) {
    const part = parts[i]!;
    if (part.kind === "common") {
      o += part.value.length;
      c += part.value.length;
      i++;
      continue;
    }
    // Collect a cluster of changes, crossing whitespace-only gaps when that joins a deletion and an
    // insertion into one replacement.
    let j = i;
    const kinds = new Set<string>();
    let removed = "";
    let added = "";
    while (j < parts.length) {
      const q = parts[j]!;
      if (q.kind === "removed") removed += q.value;
      else if (q.kind === "added") added += q.value;
      else {
        const next = parts[j + 1];
        const joins = /^\s+$/.test(q.value) && next !== undefined && next.kind !== "common" && new Set([...kinds, next.kind]).size === 2;
        if (!joins) break;
        removed += q.value;
        added += q.value;
      }
      if (q.kind !== "common") kinds.add(q.kind);
      j++;
    }
    if (removed) segments.push({ type: "deletion", paragraph, text: removed, start: c, end: c, originalStart: o, originalEnd: o + removed.length });
    if (added) segments.push({ type: "insertion", paragraph, text: added, start: c, end: c + added.length, originalStart: o + removed.length, originalEnd: o + removed.length });
    o += removed.length;
    c += added.length;
    i = j;
  }
  return segments;
}

type MarkupSegment = TextSegment & { change: WordTrackedChange };

/** Upper bound on placement attempts per paragraph, so a pathological paragraph falls back to the diff. */
const SEARCH_BUDGET = 20_000;

/**
 * Exact segments from Word's markup text (paragraph.text keeps deleted text in place) and the
 * tracked changes in document order, starting at change `from`: each change's text is placed in
 * the markup text, in order and without overlap, so that removing the insertions gives the original
 * and removing the deletions gives the current text. Placement is a depth-first search over the
 * occurrences of each change's text (the first occurrence is often wrong: "5" occurs inside
 * "five (5)five (5)" twice, an inserted word may repeat a deleted one), pruned by requiring the
 * texts built so far to be prefixes of the original and current texts. `next` is the index after
 * the paragraph's last change. Null when no placement works (for example deleted text reported
 * empty, as Word on Mac does); the caller then diffs.
 */
export function segmentsFromMarkup(
  paragraph: number,
  raw: string,
  original: string,
  current: string,
  changes: WordTrackedChange[],
  from: number,
): { segments: MarkupSegment[]; next: number } | null {
  if (raw === original && raw === current) return null;
  let budget = SEARCH_BUDGET;
  const placed: MarkupSegment[] = [];
  // r: position in raw after the last placed change; o/c: lengths of the original/current built so far.
  const place = (k: number, r: number, o: number, c: number): number | null => {
    if (raw.length - r === original.length - o && raw.length - r === current.length - c) {
      const rest = raw.slice(r);
      if (original.endsWith(rest) && current.endsWith(rest) && placed.length > 0) return k;
    }
    if (k >= changes.length || --budget < 0) return null;
    const change = changes[k]!;
    if (change.type !== "Added" && change.type !== "Deleted") return place(k + 1, r, o, c);
    const text = change.text.replace(/\r/g, "");
    if (text === "") return null;
    for (let at = raw.indexOf(text, r); at !== -1; at = raw.indexOf(text, at + 1)) {
      const common = raw.slice(r, at);
      const no = o + common.length;
      const nc = c + common.length;
      if (original.slice(o, no) !== common || current.slice(c, nc) !== common) break; // later occurrences only lengthen the common run
      const added = change.type === "Added";
      if (added ? current.slice(nc, nc + text.length) !== text : original.slice(no, no + text.length) !== text) continue;
      placed.push(
        added
          ? { type: "insertion", paragraph, text, start: nc, end: nc + text.length, originalStart: no, originalEnd: no, change }
          : { type: "deletion", paragraph, text, start: nc, end: nc, originalStart: no, originalEnd: no + text.length, change },
      );
      const done = place(k + 1, at + text.length, added ? no : no + text.length, added ? nc + text.length : nc);
      if (done !== null) return done;
      placed.pop();
      if (budget < 0) return null;
    }
    return null;
  };
  const next = place(from, 0, 0, 0);
  return next === null ? null : { segments: placed, next };
}

const LOOKAHEAD = 8;

function sameText(change: WordTrackedChange, segment: TextSegment): boolean {
  const a = change.text.replace(/\r/g, "");
  if (a === "") return true; // deleted text comes back empty on Mac
  return a === segment.text || a.includes(segment.text) || segment.text.includes(a);
}

/**
 * Pairs text segments with Word's tracked changes in document order (segments found through the
 * markup come paired already; the others take a greedy walk with a short
 * look-ahead, so a formatting change or a change Word splits differently does not derail the rest).
 * Unpaired segments keep author "" and date null. Revision ids are "tc-<index>" when paired (the
 * index accept/reject use), otherwise "rev-<paragraph>-<n>".
 */
export function buildRevisions(segments: (TextSegment & { change?: WordTrackedChange })[], changes: WordTrackedChange[]): Revision[] {
  const textual = changes.filter((c) => c.type === "Added" || c.type === "Deleted");
  let next = 0;
  const perParagraph = new Map<number, number>();
  return segments.map((segment) => {
    const wanted = segment.type === "insertion" ? "Added" : "Deleted";
    let found: WordTrackedChange | undefined = segment.change;
    if (found) next = Math.max(next, textual.indexOf(found) + 1);
    for (let k = next; !found && k < Math.min(textual.length, next + LOOKAHEAD); k++) {
      const candidate = textual[k]!;
      if (candidate.type === wanted && sameText(candidate, segment)) {
        found = candidate;
        next = k + 1;
      }
    }
    const n = perParagraph.get(segment.paragraph) ?? 0;
    perParagraph.set(segment.paragraph, n + 1);
    return {
      id: found ? `tc-${found.index}` : `rev-${segment.paragraph}-${n}`,
      type: segment.type,
      author: found?.author ?? "",
      date: found?.date ?? null,
      paragraph: segment.paragraph,
      start: segment.start,
      end: segment.end,
      originalStart: segment.originalStart,
      originalEnd: segment.originalEnd,
      text: segment.text,
    };
  });
}

/** Strips the paragraph mark Word may append to reviewed text. */
export function stripParagraphMark(text: string): string {
  return text.replace(/[\r\n]+$/, "");
}
