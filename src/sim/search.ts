// Word Find syntax (not regular expressions) compiled to a RegExp over paragraph text joined with
// "\r" (Word's paragraph mark). Mirrors the rules Word applies to `search(text, options)`.
import { SimError } from "./errors";
import { escapeRegExp } from "../engine/text";

export interface SearchOptionsLike {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchWildcards?: boolean;
}

/** Word refuses search strings longer than this. */
export const MAX_SEARCH_LENGTH = 255;

const WORD_CHAR = "[\\p{L}\\p{N}_]";

/** One element of the compiled pattern: a regex fragment matching exactly one "character". */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "^") {
      out.push(escapeRegExp(ch));
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) throw new SimError("InvalidArgument", "The search string ends with an incomplete special character (^).");
    i += 1;
    switch (next) {
      case "^": out.push("\\^"); break;
      case "p": out.push("\\r"); break;
      case "t": out.push("\\t"); break;
      case "?": out.push("[^\\r]"); break;
      case "#": out.push("\\p{Nd}"); break;
      case "$": out.push("\\p{L}"); break;
      case "w": out.push("[ \\t\\u00a0]+"); break;
      case "l": out.push("\\v"); break;
      case "m": out.push("\\f"); break;
      case "s": out.push("\\u00a0"); break;
      case "~": out.push("\\u2011"); break;
      case "-": out.push("\\u00ad"); break;
      case "+": out.push("\\u2014"); break;
      case "=": out.push("\\u2013"); break;
      default: {
        // ^nnn: a character by its decimal code (optionally with a leading 0).
        const m = /^\d{1,5}/.exec(text.slice(i));
        if (!m) throw new SimError("InvalidArgument", `"^${next}" is not a valid special character for search.`);
        const code = parseInt(m[0], 10);
        out.push(escapeRegExp(String.fromCharCode(code)));
        i += m[0].length - 1;
      }
    }
  }
  return out;
}

/** Validates like Word and compiles; throws SimError("InvalidArgument") on refused input. */
export function compileSearch(text: string, options: SearchOptionsLike = {}): RegExp {
  if (typeof text !== "string" || text.length === 0) {
    throw new SimError("InvalidArgument", "The search string must not be empty.");
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new SimError("InvalidArgument", `The search string is longer than ${MAX_SEARCH_LENGTH} characters.`);
  }
  if (options.matchWildcards) {
    // Wildcard search (Word's own pattern language) is outside what Gatecheck uses.
    throw new SimError("InvalidArgument", "Wildcard search is not supported by this host.");
  }
  let tokens = tokenize(text);
  if (options.ignoreSpace) tokens = tokens.filter((t) => t !== " " && t !== "\\t");
  if (options.ignorePunct) tokens = tokens.filter((t) => !/^\\?[\p{P}]$/u.test(t));
  if (tokens.length === 0) throw new SimError("InvalidArgument", "The search string has nothing left to match.");
  const gap = options.ignoreSpace && options.ignorePunct ? "[\\s\\p{P}]*" : options.ignoreSpace ? "[ \\t\\u00a0]*" : options.ignorePunct ? "\\p{P}*" : "";
  let body = tokens.join(gap);
  const lead = options.matchWholeWord || options.matchPrefix ? `(?<!${WORD_CHAR})` : "";
  const trail = options.matchWholeWord || options.matchSuffix ? `(?!${WORD_CHAR})` : "";
  body = `${lead}(?:${body})${trail}`;
  return new RegExp(body, options.matchCase ? "gu" : "giu");
}

/** Non-overlapping matches [start, end) in `text`, in order. */
export function findAll(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
