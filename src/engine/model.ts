// The document model every reader produces (the .docx reader, the Word adapter, the simulator)
// and the engine consumes. Plain data: no methods, no host objects, JSON-serialisable.

/** Where a paragraph sits when it is inside a table cell. Indices are 0-based. */
export interface TablePosition {
  table: number;
  row: number;
  cell: number;
  /** 1 for a top-level table, 2 for a table nested in a cell, ... */
  nesting: number;
}

export interface Paragraph {
  /** Position in reading order, 0-based; equals the paragraph's index in DocModel.paragraphs. */
  index: number;
  /** Current text: tracked insertions kept, tracked deletions dropped. No trailing paragraph mark. */
  text: string;
  /** Style name as Word shows it ("Heading 2", "List Paragraph", "Normal"), when known. */
  style?: string;
  /** 1..9 for headings (built-in heading styles or outline level), absent otherwise. */
  headingLevel?: number;
  /** The rendered list label ("1.", "2.3", "a)", "•"), absent when the paragraph is not a list item. */
  listLabel?: string;
  /** Set when the paragraph is inside a table cell. */
  table?: TablePosition;
  /**
   * Text before tracked changes (insertions dropped, deletions kept). Present only when the
   * paragraph carries tracked changes, so `originalText ?? text` is always the original view.
   */
  originalText?: string;
}

export interface TableCell {
  /** Cell text: its paragraphs' texts joined with "\n". */
  text: string;
  /** Indices of the cell's paragraphs in DocModel.paragraphs. */
  paragraphs: number[];
}

export interface Table {
  index: number;
  /** Rows of cells in document order. Rows may have different lengths (merged cells). */
  rows: TableCell[][];
  /** Nesting level: 1 for a top-level table. */
  nesting: number;
}

export type RevisionType = "insertion" | "deletion" | "moveFrom" | "moveTo" | "formatting";

/** A tracked change. Offsets are UTF-16 code units. */
export interface Revision {
  id: string;
  type: RevisionType;
  author: string;
  /** ISO 8601 when the source states it. */
  date: string | null;
  paragraph: number;
  /**
   * Range in the paragraph's current `text`. For insertion/moveTo/formatting it covers the text;
   * for deletion/moveFrom it is empty (start === end) at the point where the text stood.
   */
  start: number;
  end: number;
  /** Range in the paragraph's original view (`originalText ?? text`). For deletion/moveFrom it
   * covers the deleted text; for insertion/moveTo it is empty at the insertion point. */
  originalStart: number;
  originalEnd: number;
  /** The inserted or deleted text (empty for formatting changes). */
  text: string;
}

export interface Comment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  /** The commented range, when the source anchors it; paragraph -1 when it cannot be placed. */
  paragraph: number;
  start: number;
  end: number;
}

export interface DocModel {
  paragraphs: Paragraph[];
  tables: Table[];
  revisions: Revision[];
  comments: Comment[];
  /** Whether the document records changes (w:trackRevisions / Word's changeTrackingMode). */
  trackChanges?: boolean;
  /** Display name of the source (file name), for reports. */
  name?: string;
}

/** A span of one paragraph's current text; `text` equals the slice, so a stale anchor is detectable. */
export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export function emptyDocModel(name?: string): DocModel {
  return { paragraphs: [], tables: [], revisions: [], comments: [], ...(name ? { name } : {}) };
}
