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

/** Word-level diff of one paragraph's original and current text, adjacent runs merged. */
export function diffParagraph(paragraph: number, original: string, current: string): TextSegment[] {
  if (original === current) return [];
  const parts = diffWordsWithSpace(original, current);
  const segments: TextSegment[] = [];
  let o = 0;
  let c = 0;
  for (const part of parts) {
    const len = part.value.length;
    if (part.added) {
      const last = segments[segments.length - 1];
      if (last && last.type === "insertion" && last.end === c && last.originalStart === o) {
        last.text += part.value;
        last.end += len;
      } else {
        segments.push({ type: "insertion", paragraph, text: part.value, start: c, end: c + len, originalStart: o, originalEnd: o });
      }
      c += len;
    } else if (part.removed) {
      const last = segments[segments.length - 1];
      if (last && last.type === "deletion" && last.originalEnd === o && last.start === c) {
        last.text += part.value;
        last.originalEnd += len;
      } else {
        segments.push({ type: "deletion", paragraph, text: part.value, start: c, end: c, originalStart: o, originalEnd: o + len });
      }
      o += len;
    } else {
      o += len;
      c += len;
    }
  }
  return segments;
}

const LOOKAHEAD = 8;

function sameText(change: WordTrackedChange, segment: TextSegment): boolean {
  const a = change.text.replace(/\r/g, "");
  if (a === "") return true; // deleted text comes back empty on Mac
  return a === segment.text || a.includes(segment.text) || segment.text.includes(a);
}

/**
 * Pairs text segments with Word's tracked changes in document order (a greedy walk with a short
 * look-ahead, so a formatting change or a change Word splits differently does not derail the rest).
 * Unpaired segments keep author "" and date null. Revision ids are "tc-<index>" when paired (the
 * index accept/reject use), otherwise "rev-<paragraph>-<n>".
 */
export function buildRevisions(segments: TextSegment[], changes: WordTrackedChange[]): Revision[] {
  const textual = changes.filter((c) => c.type === "Added" || c.type === "Deleted");
  let next = 0;
  const perParagraph = new Map<number, number>();
  return segments.map((segment) => {
    const wanted = segment.type === "insertion" ? "Added" : "Deleted";
    let found: WordTrackedChange | undefined;
    for (let k = next; k < Math.min(textual.length, next + LOOKAHEAD); k++) {
      const candidate = textual[k]!;
      if (candidate.type === wanted && sameText(candidate, segment)) {
        found = candidate;
        next = k + 1;
        break;
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
