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

/** ASCII letters and digits, looked up by code unit. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** Code units of the letter or digit at `i`, or 0 when none starts there (ASCII read without code points). */
function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c] as number;
  const cp = text.codePointAt(i) as number;
  return isAlnum(cp) ? width(cp) : 0;
}

/** How many tokens `tokenize` would return, counted without building them (the word count of a
 * whole document runs on every analysis). */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (alnumWidth(text, i) === 0) {
      const c = text.charCodeAt(i);
      i += c < 128 ? 1 : width(text.codePointAt(i) as number);
      continue;
    }
    n++;
    // One token: letter/digit runs joined by single apostrophes, dots or hyphens.
    for (;;) {
      while (i < len) {
        const w = alnumWidth(text, i);
        if (w === 0) break;
        i += w;
      }
      const joiner = text.charCodeAt(i);
      if (i + 1 < len && (joiner === 39 || joiner === 0x2019 || joiner === 46 || joiner === 45) && alnumWidth(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
  }
  return n;
}
