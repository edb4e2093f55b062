// Schedule tables: a header row naming milestone/deliverable and amount/percent/date columns,
// then one row per milestone or instalment, perhaps a "Total" row.
import type { DocModel, TableCell } from "../model";
import { currencyIn } from "./money";

export type ColumnRole = "percent" | "milestone" | "deliverable" | "acceptance" | "due" | "amount" | "trigger" | "other";

/** Header words per role, tested in this order ("Payment (%)" is a percent column). */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ["percent", /%|\bpercent|\bpercentage|\bpercentual|\bporcentagem/i],
  ["milestone", /\b(?:milestones?|phases?|stages?|sprints?|marcos?|fases?|etapas?|releases?)\b/i],
  ["deliverable", /\b(?:deliverables?|artifacts?|artefacts?|outputs?|entreg[áa]veis|entregas?|produtos?|documentos?)\b/i],
  ["acceptance", /\b(?:acceptance|sign-?off|criteria|approval|aceite|crit[ée]rios?|aprova[çc][ãa]o)\b/i],
  ["due", /\b(?:due|dates?|weeks?|timing|deadline|schedule|target|prazos?|datas?|semanas?|vencimento)\b/i],
  ["trigger", /\b(?:events?|triggers?|conditions?|upon|evento|condi[çc][ãa]o|gatilho)\b/i],
  ["amount", /\b(?:amounts?|fees?|price|value|payments?|sums?|valor(?:es)?|pre[çc]o|pagamentos?|parcelas?|USD|EUR|GBP|BRL)\b|R\$|[$€£]/i],
];

export interface ScheduleRow {
  row: number;
  cells: TableCell[];
  isTotal: boolean;
}

export interface ScheduleTable {
  table: number;
  columns: ColumnRole[];
  /** Currency a header names ("Amount (USD)"), if any. */
  currency: string | null;
  rows: ScheduleRow[];
}

export function columnRole(header: string): ColumnRole {
  for (const [role, re] of ROLE_PATTERNS) if (re.test(header)) return role;
  return "other";
}

const TOTAL_ROW = /^\s*(?:total|totals|sum|grand total|totais|soma|valor total)\b/i;

/**
 * The tables that are milestone or payment schedules. A schedule has a header row (within its
 * first two rows) with a milestone or deliverable column and at least one of amount, percent, due,
 * acceptance; or a payment-event column with an amount or percent.
 */
export function readScheduleTables(doc: DocModel): ScheduleTable[] {
  const out: ScheduleTable[] = [];
  for (const table of doc.tables) {
    for (let h = 0; h < Math.min(2, table.rows.length); h++) {
      const header = table.rows[h] ?? [];
      const columns = header.map((c) => columnRole(c.text));
      const has = (r: ColumnRole): boolean => columns.includes(r);
      const names = has("milestone") || has("deliverable") || has("trigger");
      const facts = has("amount") || has("percent") || has("due") || has("acceptance");
      if (!names || !facts) continue;
      const rows = table.rows.slice(h + 1).map((cells, i) => ({
        row: h + 1 + i,
        cells,
        isTotal: TOTAL_ROW.test(cells[0]?.text ?? "") || (cells.length > 1 && TOTAL_ROW.test(cells[1]?.text ?? "") && !(cells[0]?.text ?? "").trim()),
      }));
      out.push({ table: table.index, columns, currency: currencyIn(header.map((c) => c.text).join(" ")), rows });
      break;
    }
  }
  return out;
}

/** The cell of `row` in the first column with `role`, if any. */
export function cellFor(table: ScheduleTable, row: ScheduleRow, role: ColumnRole): TableCell | null {
  const i = table.columns.indexOf(role);
  return i >= 0 ? (row.cells[i] ?? null) : null;
}
