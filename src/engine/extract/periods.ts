// Day counts as contracts write them: "5 business days", "thirty (30) days", "five (5) Business
// Days", "10 (dez) dias úteis", "net 30".
import { NUMBER_WORD_PATTERN, parseNumberWords } from "./numbers";

export type DayUnit = "business" | "calendar" | "unspecified";

export interface DayPeriod {
  start: number;
  end: number;
  text: string;
  days: number;
  unit: DayUnit;
}

const W = NUMBER_WORD_PATTERN;
// English: "thirty (30) calendar days", "5 business days", "ten Business Days".
// Portuguese: "10 (dez) dias úteis", "trinta (30) dias corridos", "5 dias".
const PERIOD_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<w1>${W})\s*\((?<d1>\d{1,3})\)|(?<d2>\d{1,3})\s*\((?<w2>${W})\)|(?<d3>\d{1,3})|(?<w3>${W}))` +
    String.raw`[\s-]+(?:(?<unitBefore>business|working|calendar)\s+)?` +
    String.raw`(?<noun>days?|dias?)(?![\p{L}])(?:\s+(?<unitAfter>úteis|uteis|corridos))?`,
  "giu",
);

/** Every stated day count in `text`. */
export function findDayPeriods(text: string): DayPeriod[] {
  const out: DayPeriod[] = [];
  if (!/\b(?:days?|dias?)\b/i.test(text)) return out;
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(text); m; m = PERIOD_RE.exec(text)) {
    const g = m.groups ?? {};
    const digits = g.d1 ?? g.d2 ?? g.d3;
    const words = g.w1 ?? g.w2 ?? g.w3;
    const days = digits !== undefined ? Number(digits) : parseNumberWords(words ?? "");
    if (days === null || !Number.isFinite(days)) continue;
    const qualifier = (g.unitBefore ?? g.unitAfter ?? "").toLowerCase();
    const unit: DayUnit =
      qualifier === "business" || qualifier === "working" || qualifier.startsWith("úteis") || qualifier === "uteis"
        ? "business"
        : qualifier === "calendar" || qualifier === "corridos"
          ? "calendar"
          : "unspecified";
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], days, unit });
  }
  return out;
}

const NET_RE = /\bnet[\s-]?(\d{1,3})\b/i;
// What a payment term counts from: the invoice, its receipt, or the billing date.
const INVOICE_CUE = /\b(?:invoice|invoices|invoiced|invoicing|billing|bill|fatura|faturas|nota fiscal|notas fiscais|boleto|recebimento da)\b/i;

/**
 * The payment term in days a clause states: "Net 30", "within thirty (30) days of receipt of a
 * valid invoice", "em até 30 dias após a emissão da nota fiscal". Null when it states none.
 */
export function findNetDays(text: string): { days: number; start: number; end: number } | null {
  const net = NET_RE.exec(text);
  if (net) return { days: Number(net[1]), start: net.index, end: net.index + net[0].length };
  if (!INVOICE_CUE.test(text)) return null;
  for (const p of findDayPeriods(text)) {
    // The invoice has to be named right around the period ("within 30 days of invoice",
    // "invoices are payable within 30 days").
    const around = text.slice(Math.max(0, p.start - 60), Math.min(text.length, p.end + 60));
    if (INVOICE_CUE.test(around) && /\b(?:pa(?:id|y|yable|yment)|due|pago|pagas?|pagamento|vencimento|invoice|fatura)/i.test(around)) {
      return { days: p.days, start: p.start, end: p.end };
    }
  }
  return null;
}
