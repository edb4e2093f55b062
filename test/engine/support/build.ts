// Builds DocModels for tests from a compact outline: strings are body paragraphs, { h } headings,
// { li } list items, { table } a table of cell texts.
import type { DocModel, Paragraph, Table } from "../../../src/engine/model";

export type Item = string | { h: string; level?: number } | { li: string; label?: string } | { table: string[][] };

export function buildDoc(items: Item[], name?: string): DocModel {
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let listNo = 0;
  for (const item of items) {
    if (typeof item === "string") {
      paragraphs.push({ index: paragraphs.length, text: item, style: "Normal" });
      listNo = 0;
    } else if ("h" in item) {
      paragraphs.push({ index: paragraphs.length, text: item.h, style: `Heading ${item.level ?? 1}`, headingLevel: item.level ?? 1 });
      listNo = 0;
    } else if ("li" in item) {
      listNo++;
      paragraphs.push({ index: paragraphs.length, text: item.li, style: "List Paragraph", listLabel: item.label ?? `${listNo}.` });
    } else {
      const t = tables.length;
      const rows = item.table.map((row, r) =>
        row.map((cell, c) => {
          const index = paragraphs.length;
          paragraphs.push({ index, text: cell, table: { table: t, row: r, cell: c, nesting: 1 } });
          return { text: cell, paragraphs: [index] };
        }),
      );
      tables.push({ index: t, rows, nesting: 1 });
    }
  }
  return { paragraphs, tables, revisions: [], comments: [], ...(name ? { name } : {}) };
}
