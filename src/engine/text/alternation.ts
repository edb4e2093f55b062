// A scan for many patterns at once, each on word edges, reporting for every match which pattern
// it was. It finds exactly what the single combined expression
//   (?<!W)(?:(p0)|(p1)|...)(?!W)      with W = [a-z0-9] (or [A-Za-z0-9] when case-sensitive)
// finds with a global exec loop, only faster. V8 runs a large alternation by trying every branch
// at every word start, though at most places no branch can match. So a first expression of plain
// literals (the prefixes every match of some pattern begins with, regex-prefix.ts) finds the
// places where a pattern can start; there, only the patterns whose prefixes fit are tried, in
// their original order, as one sticky expression.
import { prefixesOf } from "./regex-prefix";

export interface AlternationMatch {
  /** Index of the pattern in the list the scanner was built from. */
  pattern: number;
  start: number;
  end: number;
}

interface Candidates {
  regex: RegExp;
  /** Capture-group number - 1 -> pattern index. */
  patterns: readonly number[];
}

/** Prefix length read from each pattern: long enough to tell common words apart. */
const PREFIX_LENGTH = 8;

/** The source of a regex matching `s` literally (every non-alphanumeric escaped as \uXXXX). */
function literal(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? s[i] : `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return out;
}

function groupSource(sources: readonly string[], patterns: readonly number[], tail: string): string {
  return `(?:${patterns.map((i) => `(${sources[i] as string})`).join("|")})${tail}`;
}

export class AlternationScanner {
  /** Literal prefixes, longest first, on a word edge; null when some pattern has no usable prefix. */
  private readonly prefilter: RegExp | null;
  /** For each prefix: the patterns that can match where the text starts with it. */
  private readonly byPrefix = new Map<string, Candidates>();
  /** The combined expression, used when the prefilter is not possible. */
  private readonly combined: Candidates | null;

  /** `sources` must not contain capturing groups (each pattern's match is told by its own group). */
  constructor(sources: readonly string[], caseSensitive = false, prefixLength = PREFIX_LENGTH) {
    const word = caseSensitive ? "[A-Za-z0-9]" : "[a-z0-9]";
    const tail = `(?!${word})`;
    const prefixes = sources.map((s) => prefixesOf(s, prefixLength));
    if (prefixes.some((p) => p === null || p.has(""))) {
      // A pattern that can begin anywhere leaves nothing to filter on.
      const all = sources.map((_, i) => i);
      this.combined = { regex: new RegExp(`(?<!${word})${groupSource(sources, all, tail)}`, "g"), patterns: all };
      this.prefilter = null;
      return;
    }
    this.combined = null;
    const owners = new Map<string, Set<number>>();
    prefixes.forEach((set, i) => {
      for (const p of set as Set<string>) {
        let o = owners.get(p);
        if (!o) owners.set(p, (o = new Set()));
        o.add(i);
      }
    });
    // Where the text starts with prefix w, every prefix that is itself a prefix of w fits too.
    const shared = new Map<string, Candidates>();
    for (const w of owners.keys()) {
      const patterns = new Set<number>();
      for (let len = 1; len <= w.length; len++) for (const i of owners.get(w.slice(0, len)) ?? []) patterns.add(i);
      const list = [...patterns].sort((a, b) => a - b);
      const key = list.join(",");
      let c = shared.get(key);
      if (!c) shared.set(key, (c = { regex: new RegExp(groupSource(sources, list, tail), "y"), patterns: list }));
      this.byPrefix.set(w, c);
    }
    // Longest first, so the prefix found at a place is the longest that fits there.
    const ordered = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    this.prefilter = new RegExp(`(?<!${word})(?:${ordered.map(literal).join("|")})`, "g");
  }

  /** Matches in order, non-overlapping: at one position the earliest pattern in the list wins. */
  scan(text: string): AlternationMatch[] {
    const out: AlternationMatch[] = [];
    this.each(text, out, collect);
    return out;
  }

  /**
   * The same matches handed to `visit` one by one, with a context object of the caller's (no
   * closure or match object per call on the hot path).
   */
  each<C>(text: string, context: C, visit: (context: C, pattern: number, start: number, end: number) => void): void {
    if (this.combined) {
      const { regex, patterns } = this.combined;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        visit(context, patterns[definedGroup(m) - 1] as number, m.index, m.index + m[0].length);
      }
      return;
    }
    const pre = this.prefilter as RegExp;
    pre.lastIndex = 0;
    for (let m = pre.exec(text); m; m = pre.exec(text)) {
      const at = m.index;
      const { regex, patterns } = this.byPrefix.get(m[0]) as Candidates;
      regex.lastIndex = at;
      const hit = regex.exec(text);
      if (hit && hit[0].length > 0) {
        visit(context, patterns[definedGroup(hit) - 1] as number, at, at + hit[0].length);
        pre.lastIndex = at + hit[0].length;
      } else {
        // Another match may begin inside the prefix just read (after a space in "to t").
        pre.lastIndex = at + 1;
      }
    }
  }
}

function collect(out: AlternationMatch[], pattern: number, start: number, end: number): void {
  out.push({ pattern, start, end });
}

/** Number of the first capture group that took part in the match. */
function definedGroup(m: RegExpExecArray): number {
  let g = 1;
  while (m[g] === undefined) g++;
  return g;
}
