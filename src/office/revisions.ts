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

/**
 * Exact segments from Word's markup text (paragraph.text keeps deleted text in place) and the
 * tracked changes in document order, starting at change `from`: each change's text is found in
 * order, until removing the insertions gives the original and removing the deletions gives the
 * current text. Null when that does not work out (for example deleted text reported empty, as
 * Word on Mac does); the caller then diffs.
 */
export function segmentsFromMarkup(
  paragraph: number,
  raw: string,
  original: string,
  current: string,
  changes: WordTrackedChange[],
  from: number,
): { segments: (TextSegment & { change: WordTrackedChange })[]; next: number } | null {
  const regions: { at: number; change: WordTrackedChange }[] = [];
  let pos = 0;
  let k = from;
  const views = () => {
    let o = "";
    let c = "";
    let r = 0;
    for (const { at, change } of regions) {
      o += raw.slice(r, at);
      c += raw.slice(r, at);
      if (change.type === "Added") c += change.text;
      else o += change.text;
      r = at + change.text.length;
    }
    return { o: o + raw.slice(r), c: c + raw.slice(r) };
  };
  while (k < changes.length) {
    const change = changes[k]!;
    if (change.type !== "Added" && change.type !== "Deleted") {
      k++;
      continue;
    }
    if (change.text === "") return null;
    const at = raw.indexOf(change.text, pos);
    if (at === -1) break;
    regions.push({ at, change });
    pos = at + change.text.length;
    k++;
    const v = views();
    if (v.o === original && v.c === current) {
      let o = 0;
      let c = 0;
      let r = 0;
      const segments = regions.map(({ at: a, change: ch }) => {
        o += a - r;
        c += a - r;
        r = a + ch.text.length;
        const len = ch.text.length;
        if (ch.type === "Added") {
          const seg = { type: "insertion" as const, paragraph, text: ch.text, start: c, end: c + len, originalStart: o, originalEnd: o, change: ch };
          c += len;
          return seg;
        }
        const seg = { type: "deletion" as const, paragraph, text: ch.text, start: c, end: c, originalStart: o, originalEnd: o + len, change: ch };
        o += len;
        return seg;
      });
      return { segments, next: k };
    }
  }
  return null;
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
