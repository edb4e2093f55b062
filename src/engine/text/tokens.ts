// Word tokens with offsets into the original text.
import type { Span } from "./sentences";

export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const ALNUM = /^[\p{L}\p{N}]$/u;
const alnumCache = new Map<number, boolean>();

/** Whether a code point is a letter or digit (ASCII answered inline; others tested once each). */
function isAlnum(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let v = alnumCache.get(cp);
  if (v === undefined) alnumCache.set(cp, (v = ALNUM.test(String.fromCodePoint(cp))));
  return v;
}

/** Code units taken by the code point at `i`. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Per ASCII code unit: 1 for a letter or digit, 2 for a joiner (' . -), 0 otherwise. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : c === 39 || c === 46 || c === 45 ? 2 : 0;
}

/** Code units of the letter or digit at `i`, or 0 when none starts there (ASCII read without code points). */
function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] === 1 ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  return isAlnum(cp) ? width(cp) : 0;
}

/**
 * For ASCII text, a token starts at a letter or digit unless the character before it is one, or is
 * a joiner with a letter or digit before that ("sign-off" is one token, "a--b" two): whether one
 * starts depends only on the classes of three characters. A table from (the classes of the two
 * characters before, this character) to (the next such state, whether a token starts here) makes
 * the count one lookup per character, without the branches a character-by-character decision takes.
 */
const ASCII_STEP = new Uint8Array(9 * 128);
for (let state = 0; state < 9; state++) {
  const before2 = Math.floor(state / 3);
  const before1 = state % 3;
  for (let c = 0; c < 128; c++) {
    const cls = ASCII_CLASS[c] as number;
    const starts = cls === 1 && before1 !== 1 && !(before1 === 2 && before2 === 1);
    ASCII_STEP[state * 128 + c] = (before1 * 3 + cls) * 2 + (starts ? 1 : 0);
  }
}

/** countWords for text that is all ASCII (the caller knows it: isAscii). */
export function countAsciiWords(text: string): number {
  let n = 0;
  let state = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const step = ASCII_STEP[state * 128 + text.charCodeAt(i)] as number;
    n += step & 1;
    state = step >> 1;
  }
  return n;
}

/** How many tokens `tokenize` would return, counted without building them (the word count of a
 * whole document runs on every analysis). */
export function countWords(text: string): number {
  let n = 0;
  // Whether the previous code unit ended a letter/digit run of the current token.
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; ) {
    const c = text.charCodeAt(i);
    let cls: number;
    let w = 1;
    if (c < 128) cls = ASCII_CLASS[c] as number;
    else if (c === 0x2019) cls = 2;
    else {
      const cp = text.codePointAt(i) as number;
      w = width(cp);
      cls = isAlnum(cp) ? 1 : 0;
    }
    if (cls === 1) {
      if (!inWord) n++;
      inWord = true;
    } else if (cls === 2 && inWord && i + 1 < len && alnumWidth(text, i + 1) > 0) {
      // A single joiner between letters or digits keeps the token going ("sign-off", "12.5").
    } else {
      inWord = false;
    }
    i += w;
  }
  return n;
}
