// Sentence and clause splitting with offsets into the original text. Contracts are full of
// enumerators ("7.6.", "(a)", "§ 1º"), abbreviations ("i.e.", "Art.", "U.S.") and table text with
// bullets, so boundaries are conservative: a boundary needs terminal punctuation followed by
// whitespace and a plausible sentence start, or a bullet glyph / semicolon.
import { foldText } from "./fold";

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "no", "nos", "art", "arts", "sec", "secs", "inc", "ltd", "co", "corp", "mr", "mrs",
  "ms", "dr", "vs", "u.s", "st", "cf", "p", "pp", "fig", "approx", "min", "max", "n", "nr", "sr", "sra",
  "ex", "obs", "pag", "cap", "inc", "par", "al", "op", "vol", "est", "ref",
]);

const BULLETS = "\u25cf\u25cb\u25a0\u2022\u25aa\u25e6\u2023\u2043\u25a1\u25ba";

/** Candidate boundary: terminal punctuation run, or a bullet glyph, or a semicolon, then white space. */
const BOUNDARY = new RegExp(`(?:[.!?]+["')\\]]*|;|[${BULLETS}])\\s+`, "g");

function isAbbreviation(folded: string, dotAt: number): boolean {
  let i = dotAt;
  while (i > 0) {
    const c = folded.charCodeAt(i - 1);
    if ((c >= 97 && c <= 122) || c === 46) i--;
    else break;
  }
  const length = dotAt - i;
  if (length === 0) return false;
  if (length === 1) return true; // an initial or an enumerator letter: "(a)." "J. Smith"
  return length <= 6 && ABBREVIATIONS.has(folded.slice(i, dotAt));
}

const SENTENCE_START = /[A-Z0-9"'(\[\u00c0-\u00de*#>|\-]/;

/** ASCII codes of the closing marks a terminal punctuation run may carry: " ' ) ]. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93;
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63;

/**
 * Where the mark of the boundary whose white space ends at `spaceEnd` begins (`markAt`) and ends
 * (`cut`): the leftmost match of BOUNDARY there starts at the first of the run of terminal marks
 * (with their closing quotes) before the white space, or at the semicolon or bullet.
 */
export function boundaryMark(folded: string, spaceEnd: number): { markAt: number; cut: number } {
  let cut = spaceEnd;
  while (isSpace(folded.charCodeAt(cut - 1))) cut--;
  let markAt = cut - 1;
  const last = folded.charCodeAt(markAt);
  if (isTerminal(last) || isCloser(last)) {
    while (isCloser(folded.charCodeAt(markAt))) markAt--;
    while (markAt > 0 && isTerminal(folded.charCodeAt(markAt - 1))) markAt--;
  }
  return { markAt, cut };
}

/**
 * Each sentence of the text, trimmed, in order, handed to `visit` as (start, end): the spans cover
 * the text's non-space content. `folded` is foldText(text), which the caller already has.
 */
export function eachSentence(text: string, folded: string, visit: (start: number, end: number) => void): void {
  let from = 0;
  BOUNDARY.lastIndex = 0;
  // test() builds no match array: where the boundary's mark begins is read back from where its
  // white space ends (boundaryMark).
  while (BOUNDARY.test(folded)) {
    const nextAt = BOUNDARY.lastIndex;
    const { markAt, cut } = boundaryMark(folded, nextAt);
    const first = folded.charCodeAt(markAt);
    const isBullet = first !== 59 && !isTerminal(first);
    if (isTerminal(first)) {
      if (first === 46 && isAbbreviation(folded, markAt)) continue;
      if (nextAt >= text.length) continue;
      const nextRaw = text[nextAt] as string;
      if (!SENTENCE_START.test(nextRaw) && !BULLETS.includes(nextRaw)) continue;
    }
    trimmed(text, from, isBullet ? markAt : cut, visit);
    from = isBullet ? markAt : cut;
  }
  trimmed(text, from, text.length, visit);
}

/**
 * Sentence spans covering the text's non-space content, in order, trimmed. `folded` may be passed
 * when the caller already has foldText(text).
 */
export function splitSentences(text: string, folded: string = foldText(text)): Span[] {
  const spans: Span[] = [];
  eachSentence(text, folded, (start, end) => spans.push({ start, end }));
  return spans;
}

/** Clauses: sentences further cut at colons and list enumerators such as "(a)" or "1.2". */
export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  const CUT = /:\s+|\s\((?:[a-z]|[ivx]{1,4})\)\s|(?<=[;,]) \(\d{1,2}\)\s/g;
  for (const s of splitSentences(text)) {
    const part = text.slice(s.start, s.end);
    let from = 0;
    CUT.lastIndex = 0;
    for (let m = CUT.exec(part); m; m = CUT.exec(part)) {
      const colon = m[0][0] === ":";
      pushTrimmed(text, s.start + from, s.start + m.index + (colon ? 1 : 0), out);
      from = colon ? m.index + m[0].length : m.index + 1;
    }
    pushTrimmed(text, s.start + from, s.end, out);
  }
  return out;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x1680 || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0xfeff;

function trimmed(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) visit(start, end);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  trimmed(text, start, end, (s, e) => out.push({ start: s, end: e }));
}

/** Index of the span containing `offset` (binary search); -1 when none. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
