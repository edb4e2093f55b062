// Accumulates one paragraph's two views (current and original) and the tracked changes between
// them, with offsets into each view. Strings are collected in arrays and joined once.
import type { Revision, RevisionType } from "../engine/model";

export interface ChangeInfo {
  id: string;
  author: string;
  date: string | null;
}

/** The tracked-change wrappers a piece of text sits in. */
export interface TrackContext {
  /** Inside w:ins or w:moveTo. */
  added?: { type: "insertion" | "moveTo"; change: ChangeInfo };
  /** Inside w:del or w:moveFrom. */
  removed?: { type: "deletion" | "moveFrom"; change: ChangeInfo };
}

export const NO_TRACKING: TrackContext = {};

export class ParagraphBuilder {
  private readonly current: string[] = [];
  private readonly original: string[] = [];
  currentLength = 0;
  originalLength = 0;
  readonly revisions: Revision[] = [];

  constructor(readonly index: number) {}

  /** Adds text as it sits in the document; `format` marks a run with a w:rPrChange. */
  emit(text: string, context: TrackContext, format?: ChangeInfo): void {
    if (text === "") return;
    const { added, removed } = context;
    if (added && removed) return; // inserted and then deleted: in neither view
    const start = this.currentLength;
    const originalStart = this.originalLength;
    if (!removed) {
      this.current.push(text);
      this.currentLength += text.length;
    }
    if (!added) {
      this.original.push(text);
      this.originalLength += text.length;
    }
    if (added) this.record(added.type, added.change, start, this.currentLength, originalStart, originalStart, text);
    if (removed) this.record(removed.type, removed.change, start, start, originalStart, this.originalLength, text);
    if (format && !removed) {
      this.record("formatting", format, start, this.currentLength, originalStart, this.originalLength, "");
    }
  }

  /** A paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins ...): a zero-length change at the end,
   * unless a change of the same kind and origin already runs up to the end of the paragraph. */
  markChange(type: RevisionType, change: ChangeInfo): void {
    const last = this.lastOfType(type);
    if (
      last &&
      last.author === change.author &&
      last.date === change.date &&
      last.end === this.currentLength &&
      last.originalEnd === this.originalLength
    ) {
      return;
    }
    this.record(type, change, this.currentLength, this.currentLength, this.originalLength, this.originalLength, "", true);
  }

  /** Paragraph properties changed (w:pPrChange): a formatting change over the whole paragraph. */
  paragraphFormatChange(change: ChangeInfo): void {
    this.record("formatting", change, 0, this.currentLength, 0, this.originalLength, "", true);
  }

  currentText(): string {
    return this.current.join("");
  }

  originalText(): string {
    return this.original.join("");
  }

  private lastOfType(type: RevisionType): Revision | undefined {
    for (let i = this.revisions.length - 1; i >= 0; i--) {
      const revision = this.revisions[i] as Revision;
      if (revision.type === type) return revision;
    }
    return undefined;
  }

  private record(
    type: RevisionType,
    change: ChangeInfo,
    start: number,
    end: number,
    originalStart: number,
    originalEnd: number,
    text: string,
    standalone = false,
  ): void {
    // Word splits one change across runs; adjacent pieces of the same change read as one.
    const last = standalone ? undefined : this.lastOfType(type);
    if (
      last &&
      last.author === change.author &&
      last.date === change.date &&
      last.end === start &&
      last.originalEnd === originalStart
    ) {
      last.end = end;
      last.originalEnd = originalEnd;
      last.text += text;
      return;
    }
    this.revisions.push({
      id: change.id,
      type,
      author: change.author,
      date: change.date,
      paragraph: this.index,
      start,
      end,
      originalStart,
      originalEnd,
      text,
    });
  }
}
