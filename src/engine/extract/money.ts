// Money and percentages in running text: "R$ 1.234,56", "US$ 50,000", "$1.2M", "EUR 8,500",
// "10,000 USD", "20%", "twenty percent (20%)", "(20) percent". Offsets are UTF-16 code units.
import { multiplierOf, parseNumeral } from "./numbers";
import { MEMO, type Memo } from "./memo";
import { escapeRegExp } from "../text";

export interface AmountMatch {
  start: number;
  end: number;
  text: string;
  amount: number;
  /** ISO 4217 code, or null when the text names no currency (a bare number in an amount column). */
  currency: string | null;
}

export interface PercentMatch {
  start: number;
  end: number;
  text: string;
  percent: number;
}

/** Currency symbols and prefixed symbols, longest first so "R$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ["US$", "USD"], ["USD$", "USD"], ["R$", "BRL"], ["C$", "CAD"], ["CA$", "CAD"], ["A$", "AUD"],
  ["AU$", "AUD"], ["NZ$", "NZD"], ["HK$", "HKD"], ["S$", "SGD"], ["MX$", "MXN"], ["$", "USD"],
  ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"], ["₪", "ILS"], ["Fr.", "CHF"],
];

/** ISO codes recognised as written ("USD 10,000", "10.000 EUR"). */
export const ISO_CODES = [
  "USD", "EUR", "GBP", "BRL", "CAD", "AUD", "NZD", "CHF", "JPY", "CNY", "INR", "MXN", "ARS",
  "CLP", "COP", "PEN", "UYU", "ZAR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD",
  "KRW", "ILS", "AED", "SAR", "TRY",
] as const;

const WORDS: [string, string][] = [
  ["us dollars", "USD"], ["u.s. dollars", "USD"], ["dollars", "USD"], ["dólares", "USD"],
  ["euros", "EUR"], ["euro", "EUR"], ["pounds sterling", "GBP"], ["pounds", "GBP"],
  ["reais", "BRL"], ["real", "BRL"],
];

const SYMBOL_ALT = SYMBOLS.map(([s]) => escapeRegExp(s)).join("|");
const CODE_ALT = ISO_CODES.join("|");
const caseVariants = (w: string): string[] => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
const WORD_ALT = WORDS.flatMap(([w]) => caseVariants(w)).map(escapeRegExp).join("|");
const SCALE_WORDS = ["million", "millions", "billion", "thousand", "milhões", "milhão", "bilhões", "bilhão", "mil"];
// A numeral: grouped digits with an optional decimal part, or plain digits with one.
const NUM = String.raw`\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s?(?:${SCALE_WORDS.flatMap(caseVariants).join("|")}|mn|bn|mm|MM|[kKmMbB])(?![\p{L}\d]))?`;

// Numbered captures, not named ones: a match with names builds a groups object each time. In
// order: symbol, code, numeral, scale (symbol or code first); numeral, scale, code, word (after).
const AMOUNT_RE = new RegExp(
  String.raw`(?:(${SYMBOL_ALT})|(?<![\p{L}])(${CODE_ALT})(?![\p{L}]))\s?(${NUM})(${SCALE})` +
    String.raw`|(?<![\p{L}\d.,$€£¥])(${NUM})(${SCALE})\)?\s?(?:(${CODE_ALT})(?![\p{L}])|(${WORD_ALT})(?![\p{L}]))`,
  "gu",
);
const [SYM, CODE, NUM1, SCALE1, NUM2, SCALE2, CODE2, WORD] = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const PCT_NUM = String.raw`\d{1,3}(?:[.,]\d+)?`;
const PCT_UNIT = String.raw`(?:%|per\s?cent(?![\p{L}])|percent(?![\p{L}])|por\s+cento(?![\p{L}]))`;
// Numbered captures (no groups object per match): the number in brackets, the bare number.
const PERCENT_RE = new RegExp(
  String.raw`\((${PCT_NUM})\)\s?${PCT_UNIT}|(?<![\p{L}\d.,])(${PCT_NUM})\s?${PCT_UNIT}`,
  "giu",
);
const [PCT_BRACKETED, PCT_BARE] = [1, 2] as const;

function symbolCurrency(sym: string): string | null {
  for (const [s, code] of SYMBOLS) if (s.toLowerCase() === sym.toLowerCase()) return code;
  return null;
}

function wordCurrency(word: string): string | null {
  const w = word.toLowerCase();
  for (const [name, code] of WORDS) if (name === w) return code;
  return null;
}

// Cheap test that a text can hold an amount at all (a currency symbol, an ISO code, a currency
// word), so the full amount expression runs only where it can match. It is one alternation split
// in three by the kind of character each branch starts with: a text holds a match of `A|B|C` iff
// it holds a match of A, of B or of C, and each narrow scan is much cheaper than the wide one.
// Case-sensitive and without Unicode classes, which keeps them on the engine's fast path.
const SYMBOL_HINTS = ["$", "€", "£", "¥", "₹", "₩", "₪", "Fr."] as const;
// Together they cover every case variant of every currency word (WORDS): "100 reais", "1 Real".
const UPPER_HINT = new RegExp(String.raw`(?:${CODE_ALT})(?![A-Z])|DÓLAR|DOLLAR|EURO|POUND|REAIS|REAL`);
const WORD_HINT = /[Dd][oó]l?lar|[Ee]uro|[Pp]ound|[Rr]eais|[Rr]eal/;

function hasSymbolHint(text: string): boolean {
  for (const s of SYMBOL_HINTS) if (text.includes(s)) return true;
  return false;
}

export function hasCurrencyHint(text: string): boolean {
  return hasSymbolHint(text) || UPPER_HINT.test(text) || WORD_HINT.test(text);
}

/** Every currency amount in `text`. `hinted`: the caller already knows hasCurrencyHint(text) holds. */
export function findAmounts(text: string, hinted = false): AmountMatch[] {
  const out: AmountMatch[] = [];
  if (!hinted && !hasCurrencyHint(text)) return out;
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    let currency: string | null;
    let num: string;
    let scale: string | undefined;
    const signedNum = m[NUM1];
    if (signedNum !== undefined) {
      const sym = m[SYM];
      currency = sym !== undefined ? symbolCurrency(sym) : (m[CODE] ?? "").toUpperCase();
      num = signedNum;
      scale = m[SCALE1];
    } else {
      const code = m[CODE2];
      currency = code !== undefined ? code.toUpperCase() : wordCurrency(m[WORD] ?? "");
      num = m[NUM2] ?? "";
      scale = m[SCALE2];
    }
    const value = parseNumeral(num, "money");
    if (value === null) continue;
    const amount = round2(value * multiplierOf(scale?.trim()));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], amount, currency });
  }
  return out;
}

// Hoisted: a regular expression literal in a function body builds a new object on every call.
const DIGIT = /\d/;

/** Every percentage in `text` ("20%", "20 percent", "(20) percent", "20 por cento"). */
export function findPercents(text: string): PercentMatch[] {
  const out: PercentMatch[] = [];
  if (!DIGIT.test(text)) return out;
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const raw = m[PCT_BARE] ?? m[PCT_BRACKETED] ?? "";
    const percent = Number(raw.replace(",", "."));
    if (!Number.isFinite(percent) || percent > 100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], percent });
  }
  return out;
}

/** A bare number in a table cell ("12,500.00", "R$ 12.500,00", "12.5k"), with its currency if shown. */
export function parseAmountCell(cell: string): AmountMatch | null {
  const found = findAmounts(cell);
  if (found.length > 0) return found[0] ?? null;
  const m = new RegExp(String.raw`(?<![\p{L}\d])(${NUM})(${SCALE})(?![\d%])`, "u").exec(cell);
  if (!m || /%/.test(cell)) return null;
  const value = parseNumeral(m[1] ?? "", "money");
  if (value === null) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    amount: round2(value * multiplierOf(m[2]?.trim())),
    currency: null,
  };
}

/** The ISO code a header or label names ("Amount (USD)", "Valor (R$)"), or null. */
export function currencyIn(text: string): string | null {
  const code = new RegExp(String.raw`(?<![\p{L}])(${CODE_ALT})(?![\p{L}])`, "u").exec(text);
  if (code) return (code[1] ?? "").toUpperCase();
  for (const [s, c] of SYMBOLS) if (text.includes(s)) return c;
  return null;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The currency hint and the amounts of a paragraph, each read once per text through `memo`. */
export function memoCurrencyHint(memo: Memo, text: string): boolean {
  return memo.get(MEMO.currencyHint, text, hasCurrencyHint);
}

export function memoAmounts(memo: Memo, text: string): AmountMatch[] {
  return memo.get(MEMO.amounts, text, (t) => (memoCurrencyHint(memo, t) ? findAmounts(t, true) : []));
}
