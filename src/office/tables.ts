// Places table paragraphs in their cells. Word gives each paragraph its table nesting level and each
// table its cell values, but no paragraph-to-cell link in the same round trip; body.paragraphs and
// body.tables are both in document order, so cells are filled row by row, each taking as many
// paragraphs as its value has lines. Pure.
import type { Table, TablePosition } from "../engine/model";

export interface WordTableData {
  values: string[][];
  nestingLevel: number;
}

export interface TableLayout {
  positions: (TablePosition | undefined)[];
  tables: Table[];
}

function lineCount(value: string): number {
  return value.split(/\r\n|\r|\n/).length;
}

export function layoutTables(nesting: number[], texts: string[], wordTables: WordTableData[]): TableLayout {
  const positions: (TablePosition | undefined)[] = new Array(nesting.length).fill(undefined);
  const tables: Table[] = [];
  const topLevel = wordTables.filter((t) => t.nestingLevel <= 1);
  let block = 0;
  let i = 0;
  while (i < nesting.length) {
    if ((nesting[i] ?? 0) < 1) {
      i++;
      continue;
    }
    let end = i;
    while (end < nesting.length && (nesting[end] ?? 0) >= 1) end++;
    const source = topLevel[block];
    const index = tables.length;
    const table: Table = { index, rows: [], nesting: 1 };
    let p = i;
    const rows = source?.values ?? [[""]];
    for (let r = 0; r < rows.length && p < end; r++) {
      const row = rows[r] ?? [];
      const cells = [];
      for (let c = 0; c < row.length && p < end; c++) {
        const wanted = lineCount(row[c] ?? "");
        const paragraphs: number[] = [];
        // A cell takes its own lines plus any nested-table paragraphs met on the way.
        while (p < end && (paragraphs.filter((q) => (nesting[q] ?? 1) === 1).length < wanted || (nesting[p] ?? 1) > 1)) {
          paragraphs.push(p);
          positions[p] = { table: index, row: r, cell: c, nesting: nesting[p] ?? 1 };
          p++;
        }
        cells.push({ text: paragraphs.map((q) => texts[q] ?? "").join("\n"), paragraphs });
      }
      table.rows.push(cells);
    }
    // Paragraphs left over (cell values that did not match Word's paragraph split) join the last cell.
    while (p < end) {
      const lastRow = table.rows[table.rows.length - 1];
      const lastCell = lastRow?.[lastRow.length - 1];
      if (!lastRow || !lastCell) {
        table.rows.push([{ text: texts[p] ?? "", paragraphs: [p] }]);
        positions[p] = { table: index, row: table.rows.length - 1, cell: 0, nesting: nesting[p] ?? 1 };
      } else {
        lastCell.paragraphs.push(p);
        lastCell.text = lastCell.paragraphs.map((q) => texts[q] ?? "").join("\n");
        positions[p] = { table: index, row: table.rows.length - 1, cell: lastRow.length - 1, nesting: nesting[p] ?? 1 };
      }
      p++;
    }
    tables.push(table);
    block++;
    i = end;
  }
  return { positions, tables };
}
