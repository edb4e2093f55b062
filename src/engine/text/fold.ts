// Length-preserving folding: every UTF-16 code unit of the input maps to exactly one code unit of
// the output, so an offset found in the folded text is the same offset in the original. Matching
// runs on the folded copy (lower case, accents stripped, typographic quotes, dashes and spaces made
// plain) and spans are reported against the original without any mapping table.

const PUNCTUATION: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u00b4": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u00a0": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00ba": "o",
  "\u00aa": "a",
};

const COMBINING = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

function foldChar(ch: string, keepCase: boolean): string {
  const key = keepCase ? "C" + ch : "l" + ch;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let out = PUNCTUATION[ch];
  if (out === undefined) {
    const lowered = keepCase ? ch : ch.toLowerCase();
    const base = (lowered.length === 1 ? lowered : ch).normalize("NFD").replace(COMBINING, "");
    out = base.length === 1 ? base : lowered.length === 1 ? lowered : ch;
  }
  cache.set(key, out);
  return out;
}

// Non-ASCII code units (including lone surrogate halves, which fold to themselves).
const NON_ASCII = /[^\x00-\x7f]/g;

const HAS_NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `text` is all ASCII, remembered for the last text asked about: a paragraph is folded
 * both ways in a row, and most contract text is ASCII, for which folding is just lower-casing.
 */
let lastText: string | null = null;
let lastAscii = false;
export function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastAscii = !HAS_NON_ASCII.test(text);
    lastText = text;
  }
  return lastAscii;
}

/** Lower-cased, accent-free, plain-punctuation copy of `text` with the same length. */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  const lowered = text.toLowerCase();
  // toLowerCase can change the length for a few letters (e.g. U+0130); fall back per code unit.
  const base = lowered.length === text.length ? lowered : perUnit(text);
  return base.replace(NON_ASCII, (ch) => foldChar(ch, false));
}

/** Like foldText but keeps letter case (for cues that depend on capitalisation). */
export function foldTextKeepCase(text: string): string {
  return isAscii(text) ? text : text.replace(NON_ASCII, (ch) => foldChar(ch, true));
}

function perUnit(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}
