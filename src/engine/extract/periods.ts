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
// The noun is found first ("days", "dias"); the count and qualifier are then read backwards from
// it, anchored at its start, so the long number-word alternation never scans the whole text.
const NOUN_RE = /(?<![\p{L}])(?:days?|dias?)(?![\p{L}])(?:\s+(úteis|uteis|corridos))?/giu;
// English: "thirty (30) calendar days", "5 business days", "ten Business Days".
// Portuguese: "10 (dez) dias úteis", "trinta (30) dias corridos", "5 dias".
// Numbered captures, not named ones: it runs before every day noun, and a match with names builds
// a groups object each time. In order: words (digits), digits (words), digits, words, unit.
const COUNT_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${W})\s*\((\d{1,3})\)|(\d{1,3})\s*\((${W})\)|(\d{1,3})|(${W}))` +
    String.raw`[\s-]+(?:(business|working|calendar)\s+)?$`,
  "iu",
);
const [W1, D1, D2, W2, D3, W3, UNIT] = [1, 2, 3, 4, 5, 6, 7] as const;

/** Cheap rejection before the Unicode-aware noun expression (hoisted: a literal here would be built per call). */
const NOUN_HINT = /day|dia/iu;

/** Every stated day count in `text`. */
export function findDayPeriods(text: string): DayPeriod[] {
  const out: DayPeriod[] = [];
  if (!NOUN_HINT.test(text)) return out;
  NOUN_RE.lastIndex = 0;
  for (let noun = NOUN_RE.exec(text); noun; noun = NOUN_RE.exec(text)) {
    const windowStart = Math.max(0, noun.index - 48);
    const before = text.slice(windowStart, noun.index);
    const m = COUNT_BEFORE_RE.exec(before);
    if (!m) continue;
    const digits = m[D1] ?? m[D2] ?? m[D3];
    const words = m[W1] ?? m[W2] ?? m[W3];
    const days = digits !== undefined ? Number(digits) : parseNumberWords(words ?? "");
    if (days === null || !Number.isFinite(days)) continue;
    const qualifier = (m[UNIT] ?? noun[1] ?? "").toLowerCase();
    const unit: DayUnit =
      qualifier === "business" || qualifier === "working" || qualifier.startsWith("úteis") || qualifier === "uteis"
        ? "business"
        : qualifier === "calendar" || qualifier === "corridos"
          ? "calendar"
          : "unspecified";
    const start = windowStart + m.index;
    const end = noun.index + noun[0].length;
    out.push({ start, end, text: text.slice(start, end), days, unit });
  }
  return out;
}

const NET_RE = /\bnet[\s-]?(\d{1,3})\b/i;
/** Payment words that, with the invoice, make a period a payment term. */
const PAY_WORDS = /\b(?:pa(?:id|y|yable|yment)|due|pago|pagas?|pagamento|vencimento|invoice|fatura)/i;
// What a payment term counts from: the invoice, its receipt, or the billing date.
const INVOICE_CUE = /\b(?:invoice|invoices|invoiced|invoicing|billing|bill|fatura|faturas|nota fiscal|notas fiscais|boleto|recebimento da)\b/i;

/**
 * The payment term in days a clause states: "Net 30", "within thirty (30) days of receipt of a
 * valid invoice", "em até 30 dias após a emissão da nota fiscal". Null when it states none.
 */
// Cheap rejection: no "net N", invoice, bill or fatura vocabulary at all.
// Every match of NET_RE or INVOICE_CUE holds one of these, in any case ("notas fiscais" too).
const NET_HINT = /net[\s-]?\d|invoic|bill|fatura|fisca|boleto|recebimento/i;

export function findNetDays(
  text: string,
  periodsOf: (text: string) => DayPeriod[] = findDayPeriods,
): { days: number; start: number; end: number } | null {
  if (!NET_HINT.test(text)) return null;
  const net = NET_RE.exec(text);
  if (net) return { days: Number(net[1]), start: net.index, end: net.index + net[0].length };
  if (!INVOICE_CUE.test(text)) return null;
  for (const p of periodsOf(text)) {
    // The invoice has to be named right around the period ("within 30 days of invoice",
    // "invoices are payable within 30 days").
    const around = text.slice(Math.max(0, p.start - 60), Math.min(text.length, p.end + 60));
    if (INVOICE_CUE.test(around) && PAY_WORDS.test(around)) {
      return { days: p.days, start: p.start, end: p.end };
    }
  }
  return null;
}
