// Splits a paragraph's runs at the selection's edges so each piece renders with one set of marks.
import type { SimDocumentView, SimParagraphView, SimRunView } from "../sim";

export interface Segment {
  run: SimRunView;
  text: string;
  /** Offset of the segment in the paragraph's markup text (tracked deletions included). */
  start: number;
  selected: boolean;
}

export interface ParagraphSegments {
  segments: Segment[];
  /** Caret offset when the selection is collapsed inside this paragraph. */
  caret: number | null;
}

/** The part of the selection inside paragraph `index`, as [start, end) in its markup text. */
export function selectionIn(view: SimDocumentView, index: number, length: number): [number, number] | null {
  const s = view.selection;
  if (!s || index < s.paragraph || index > s.endParagraph) return null;
  const start = index === s.paragraph ? s.start : 0;
  const end = index === s.endParagraph ? s.end : length;
  return [start, end];
}

export function paragraphSegments(view: SimDocumentView, p: SimParagraphView): ParagraphSegments {
  const sel = selectionIn(view, p.index, p.text.length);
  const cuts = sel ? [sel[0], sel[1]] : [];
  const segments: Segment[] = [];
  let offset = 0;
  for (const run of p.runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    const points = [runStart, ...cuts.filter((c) => c > runStart && c < runEnd), runEnd];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (b <= a) continue;
      segments.push({ run, text: run.text.slice(a - runStart, b - runStart), start: a, selected: !!sel && sel[0] < sel[1] && a >= sel[0] && b <= sel[1] });
    }
    offset = runEnd;
  }
  return { segments, caret: sel && sel[0] === sel[1] ? sel[0] : null };
}

/** Heading level from a Word style ("Heading 2", "Heading2", "Title"), 0 for body text. */
export function headingLevel(p: SimParagraphView): number {
  if (/^title$/i.test(p.style)) return 1;
  const m = /^heading\s*([1-9])$/i.exec(p.styleBuiltIn) ?? /^heading\s*([1-9])$/i.exec(p.style);
  return m ? Number(m[1]) : 0;
}

export type Block =
  | { kind: "paragraph"; paragraph: SimParagraphView }
  | { kind: "table"; table: number; rows: SimParagraphView[][][] };

/** Groups consecutive top-level table paragraphs into tables of rows of cells. */
export function blocks(view: SimDocumentView): Block[] {
  const out: Block[] = [];
  for (const p of view.paragraphs) {
    const t = p.table;
    if (!t) {
      out.push({ kind: "paragraph", paragraph: p });
      continue;
    }
    let last = out[out.length - 1];
    if (!last || last.kind !== "table" || last.table !== t.table) {
      last = { kind: "table", table: t.table, rows: [] };
      out.push(last);
    }
    const rows = last.rows;
    while (rows.length <= t.row) rows.push([]);
    const row = rows[t.row]!;
    while (row.length <= t.cell) row.push([]);
    row[t.cell]!.push(p);
  }
  return out;
}
