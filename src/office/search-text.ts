// Pure helpers that turn a known literal into Word Find terms and predict which of Word's matches
// is ours. Word search is Find syntax (not a regex), limited to 255 characters, scans left to right
// without overlaps and never crosses a paragraph mark.

export const WORD_SEARCH_LIMIT = 255;

const SPECIAL: Record<string, string> = {
  "^": "^^",
  "\t": "^t",
  "\u000b": "^l", // manual line break as Word reports it in paragraph text
  "\u00a0": "^s",
  "\u00ad": "^-",
  "\u001e": "^~",
};

/** Escapes a literal for Word Find without wildcards (where ? * and quotes are literal). */
export function escapeForWordSearch(literal: string): string {
  let out = "";
  for (const ch of literal) out += SPECIAL[ch] ?? ch;
  return out;
}

/** Length of `literal` once escaped. */
export function escapedLength(literal: string): number {
  return escapeForWordSearch(literal).length;
}

/**
 * Word Find treats straight and typographic quotes alike. Replacing one code unit by one keeps
 * offsets intact, so counts taken on folded text hold for the original.
 */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

export type QuoteModel = "folded" | "exact";

/** Start offsets of Word's non-overlapping left-to-right matches of `needle` in `text`. */
export function matchStarts(text: string, needle: string, model: QuoteModel = "folded"): number[] {
  if (needle.length === 0) return [];
  const hay = model === "folded" ? foldQuotes(text) : text;
  const pin = model === "folded" ? foldQuotes(needle) : needle;
  const starts: number[] = [];
  for (let i = hay.indexOf(pin); i !== -1; i = hay.indexOf(pin, i + pin.length)) starts.push(i);
  return starts;
}

/** The longest prefix of `literal` whose escaped form fits Word's limit. */
export function searchablePrefix(literal: string, limit = WORD_SEARCH_LIMIT): string {
  let used = 0;
  let end = 0;
  for (const ch of literal) {
    const cost = (SPECIAL[ch] ?? ch).length;
    if (used + cost > limit) break;
    used += cost;
    end += ch.length;
  }
  return literal.slice(0, end);
}

/** The longest suffix of `literal` whose escaped form fits Word's limit. */
export function searchableSuffix(literal: string, limit = WORD_SEARCH_LIMIT): string {
  const chars = Array.from(literal);
  let used = 0;
  let start = literal.length;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    const cost = (SPECIAL[ch] ?? ch).length;
    if (used + cost > limit) break;
    used += cost;
    start -= ch.length;
  }
  return literal.slice(start);
}

/** How to find one span of paragraph text with Word search: one term, or a prefix and a suffix. */
export type SearchPlan =
  | { kind: "whole"; term: string }
  | { kind: "ends"; prefix: string; suffix: string };

export function planSearch(literal: string, limit = WORD_SEARCH_LIMIT): SearchPlan {
  if (escapedLength(literal) <= limit) return { kind: "whole", term: literal };
  return { kind: "ends", prefix: searchablePrefix(literal, limit), suffix: searchableSuffix(literal, limit) };
}

/**
 * Maps each offset of `current` (0..length) into `raw`, where `raw` is `current` with extra text
 * interleaved (Word's paragraph text keeps tracked deletions). Returns null when `raw` is not a
 * supersequence of `current` under a greedy alignment.
 */
export function alignInto(current: string, raw: string): number[] | null {
  if (current === raw) return Array.from({ length: current.length + 1 }, (_, i) => i);
  const map: number[] = new Array<number>(current.length + 1);
  let j = 0;
  for (let i = 0; i < current.length; i++) {
    while (j < raw.length && raw[j] !== current[i]) j++;
    if (j >= raw.length) return null;
    map[i] = j;
    j++;
  }
  map[current.length] = current.length === 0 ? 0 : map[current.length - 1]! + 1;
  return map;
}

/**
 * The raw span for a span of current text: it starts at the first anchored character and ends after
 * the last one, so it covers deleted text that splits the anchor (search then finds one run).
 */
export function rawSpan(map: number[], start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = map[start] ?? 0;
    return { start: at, end: at };
  }
  return { start: map[start]!, end: map[end - 1]! + 1 };
}

/** The raw span of a current-text span, or null when `raw` does not contain `current` in order. */
export function mapSpan(current: string, raw: string, start: number, end: number): { start: number; end: number } | null {
  if (current === raw) return { start, end };
  const map = alignInto(current, raw);
  return map ? rawSpan(map, start, end) : null;
}
