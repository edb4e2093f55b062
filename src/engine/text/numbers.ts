// Number words in English and Portuguese ("ten (10)", "cinco", "forty-five") and durations such as
// "10 business days" / "5 (cinco) dias úteis". Used by the gate classifier (a stated review period
// is objective) and by the document analysis to fill {reviewDays}/{netDays}.
import { foldText } from "./fold";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
  um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
  dez: 10, onze: 11, doze: 12, treze: 13, quatorze: 14, catorze: 14, quinze: 15, dezesseis: 16,
  dezessete: 17, dezoito: 18, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
  sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100,
};

// Expressions used per number and per duration, hoisted: a literal in a function body is built
// again on every call.
const DIGITS_ONLY = /^\d+(?:[.,]\d+)?$/;
const WORD_GAP = /[\s-]+/;
const BRACKETED_DIGITS = /\((\s*\d{1,4}\s*)\)/;
const BRACKETED_TAIL = /\s*\(.*$/;
const DAY_UNIT = /^(day|dia)/;
const WEEK_UNIT = /^(week|semana)/;
const MONTH_UNIT = /^(month|mes)/;

/** The value of a number written in words or digits ("45", "forty-five", "vinte e cinco"), or null. */
export function parseNumberWords(words: string): number | null {
  const folded = foldText(words).trim();
  if (DIGITS_ONLY.test(folded)) return Number(folded.replace(",", "."));
  const parts = folded.split(WORD_GAP).filter((w) => w !== "and" && w !== "e");
  if (parts.length === 0) return null;
  let total = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return null;
    if (v === 100 && total > 0) total *= 100;
    else total += v;
  }
  return total;
}

export type DurationUnit = "business-day" | "day" | "week" | "month" | "hour";

export interface Duration {
  start: number;
  end: number;
  value: number;
  unit: DurationUnit;
}

const NUMBER_WORD = Object.keys(UNITS).join("|");
const AMOUNT = `(?:\\d{1,4}|(?:${NUMBER_WORD})(?:[\\s-](?:and |e )?(?:${NUMBER_WORD}))?)(?:\\s*\\([a-z0-9 -]{1,30}\\))?`;
const UNIT =
  "(business|working|calendar)?\\s*(days?|weeks?|months?|hours?)(?:\\s+(business|working|uteis|corridos))?|(dias?|semanas?|mes(?:es)?|horas?)(?:\\s+(uteis|corridos))?";
const DURATION = new RegExp(`(?<![\\w.])(${AMOUNT})\\s+(?:${UNIT})(?![a-z])`, "g");

/** Every stated duration in the text, with offsets into it. */
export function findDurations(text: string): Duration[] {
  const folded = foldText(text);
  const out: Duration[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(folded); m; m = DURATION.exec(folded)) {
    const raw = (m[1] as string).trim();
    const digits = BRACKETED_DIGITS.exec(raw);
    const value = digits ? Number((digits[1] as string).trim()) : parseNumberWords(raw.replace(BRACKETED_TAIL, ""));
    if (value === null) continue;
    const qualifier = m[2] ?? m[4] ?? m[6];
    const unitWord = (m[3] ?? m[5] ?? "") as string;
    const business = qualifier === "business" || qualifier === "working" || qualifier === "uteis";
    const unit: DurationUnit = DAY_UNIT.test(unitWord)
      ? business
        ? "business-day"
        : "day"
      : WEEK_UNIT.test(unitWord)
        ? "week"
        : MONTH_UNIT.test(unitWord)
          ? "month"
          : "hour";
    out.push({ start: m.index, end: m.index + m[0].length, value, unit });
  }
  return out;
}
