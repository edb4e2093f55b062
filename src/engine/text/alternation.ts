// A scan for many patterns at once, each on word edges, reporting for every match which pattern
// it was. It finds exactly what the single combined expression
//   (?<!W)(?:(p0)|(p1)|...)(?!W)      with W = [a-z0-9] (or [A-Za-z0-9] when case-sensitive)
// finds with a global exec loop, only faster. V8 runs a large alternation by trying every branch
// at every word start, though at most places no branch can match. So a first expression of plain
// literals (the prefixes every match of some pattern begins with, regex-prefix.ts) finds the
// places where a pattern can start; there, only the top-level alternatives whose prefixes fit
// are tried, in their original order, each as its own sticky test; an alternative that matches
// only a few short strings is decided from the prefix found and the character after it, without
// a test. The prefilter reads the character before a prefix rather than asserting an edge, and is
// run with test(): a reversed table of the prefixes then tells where the prefix it found began and
// which one it was.
import { DIGIT, finiteMatches, prefixesOf, suffixesOf, topLevelBranches } from "./regex-prefix";
// The prefixes are written as a trie ("to (?:t|s)" rather than "to t|to s"), which V8 runs far
// faster than a flat list; the prefix found at a place is then the longest that fits there.
import { trieSource } from "./word-alternation";

export interface AlternationMatch {
  /** Index of the pattern in the list the scanner was built from. */
  pattern: number;
  start: number;
  end: number;
}

interface Combined {
  regex: RegExp;
  /**
   * Finds in a text one of the literal endings every match has (suffixesOf), so a text without
   * any is passed over without running the combined expression at each position; null when
   * some pattern can end with anything.
   */
  hint: RegExp | null;
  /** Capture-group number - 1 -> pattern index. */
  patterns: readonly number[];
}

/** What to try where the text starts with one prefix: branches in order, each as its own test. */
interface Candidates {
  /** One sticky expression per branch, with the word-edge tail (shared by every list holding it). */
  tests: readonly RegExp[];
  /** Branch -> pattern index. */
  patterns: readonly number[];
  /** Branch -> its pattern's layer. */
  layers: readonly number[];
  /**
   * Branch -> how it is decided without its expression, where it can be (see decideAt): the
   * length it matches when the character after the prefix is not a word character (-1: none),
   * or RUN_TEST to run the expression.
   */
  edges: readonly number[];
  /** Branch -> the length it matches otherwise (-1: no match). */
  fixed: readonly number[];
}

/** In `Candidates.edges`: the branch's expression decides. */
const RUN_TEST = -2;

/**
 * How a branch that matches only the strings `strings` (in the order the engine tries them) fares
 * where the text starts with `key`, the longest prefix found there. Each string the branch could
 * match there is a prefix of the key: a longer one would be a longer prefix. It matches where a
 * non-word character follows it: known from the key for a string shorter than the key, and from
 * the text's next character for one as long.
 */
function decideAt(key: string, strings: readonly string[], word: Uint8Array): { edge: number; fixed: number } {
  let edge = -1;
  for (const s of strings) {
    if (!key.startsWith(s)) continue;
    if (s.length === key.length) {
      if (edge < 0) edge = s.length;
      continue;
    }
    const next = key.charCodeAt(s.length);
    if (next < 128 && word[next] === 1) continue;
    return { edge, fixed: s.length };
  }
  return { edge, fixed: -1 };
}

/** Prefix lengths tried, longest first: long enough to tell common phrases apart. */
const PREFIX_LENGTHS = [12, 10, 8, 6, 4];

/**
 * V8 stops optimising a regular expression whose source passes 20 KB (it then runs several times
 * slower); the prefilter is kept below that by reading shorter prefixes.
 */
const MAX_PREFILTER_SOURCE = 18_000;

/** The source of a regex matching prefix `s` (DIGIT as any digit), kept short (see MAX_PREFILTER_SOURCE). */
function literal(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (ch === DIGIT) out += "\\d";
    else if (c >= 128 || c < 32) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else if ("\\^$.|?*+()[]{}/-".includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A prefix of the set ends here. */
  terminal: boolean;
  /** The branches with this prefix. */
  owners: Set<number>;
}

/** The branches' prefixes, cut to `length`, as a trie. */
function trieOf(prefixes: readonly Set<string>[], length: number): TrieNode {
  const root: TrieNode = { children: new Map(), terminal: false, owners: new Set() };
  prefixes.forEach((set, branch) => {
    for (const full of set) {
      const p = full.slice(0, length);
      let node = root;
      for (let i = 0; i < p.length; i++) {
        const ch = p[i] as string;
        let next = node.children.get(ch);
        if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false, owners: new Set() }));
        node = next;
      }
      node.terminal = true;
      node.owners.add(branch);
    }
  });
  return root;
}

/** An expression finding any of the literal endings of the patterns' matches, or null. */
function endingsHint(sources: readonly string[]): RegExp | null {
  const endings: Set<string>[] = [];
  for (const source of sources) {
    const set = suffixesOf(source, PREFIX_LENGTHS[0] as number);
    if (!set || set.has("")) return null;
    endings.push(set);
  }
  return new RegExp(trieSource(trieOf(endings, PREFIX_LENGTHS[0] as number), literal));
}

function groupSource(sources: readonly string[], patterns: readonly number[], tail: string): string {
  return `(?:${patterns.map((i) => `(${sources[i] as string})`).join("|")})${tail}`;
}

/**
 * The prefixes written backwards as a transition table. The prefilter is run with test(), which
 * builds no match array, and tells only where a match ends; walking back from there finds where
 * it began and which prefix it was. ASCII characters are columns (digits share DIGIT's); wider
 * ones, rare in the packs, go through a map.
 */
class PrefixEnds {
  /** ASCII code -> column + 1 (0: no prefix holds the character). */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /** node * width + column -> child node, 0 for none (the root, node 0, is never a child). */
  private readonly next: Int32Array;
  /** node * 65536 + code unit -> child node, for code units beyond ASCII. */
  private readonly wide = new Map<number, number>();
  /** Node -> its prefix's index in `lists`, -1 where no prefix ends. */
  private readonly ends: Int32Array;
  private readonly lists: Candidates[] = [];
  /** Where the match last found by `startOf` begins. */
  start = 0;

  constructor(
    byPrefix: ReadonlyMap<string, Candidates>,
    /** 1 for the ASCII characters the scan counts as word characters. */
    private readonly word: Uint8Array,
  ) {
    const paths = new Set<string>();
    let columns = 0;
    for (const key of byPrefix.keys()) {
      for (let i = 0; i < key.length; i++) {
        paths.add(key.slice(i));
        const c = key.charCodeAt(i);
        if (c < 128 && this.column[c] === 0) this.column[c] = ++columns;
      }
    }
    // Every digit reads as DIGIT (keys hold no other digit).
    const digit = this.column[DIGIT.charCodeAt(0)] as number;
    for (let c = 48; c <= 57; c++) this.column[c] = digit;
    this.width = columns + 1;
    this.next = new Int32Array((paths.size + 1) * this.width);
    this.ends = new Int32Array(paths.size + 1).fill(-1);
    let count = 1;
    const listIndex = new Map<Candidates, number>();
    for (const [key, candidates] of byPrefix) {
      let node = 0;
      for (let i = key.length - 1; i >= 0; i--) {
        const c = key.charCodeAt(i);
        const slot = c < 128 ? node * this.width + (this.column[c] as number) : -1;
        let child = slot >= 0 ? (this.next[slot] as number) : (this.wide.get(node * 65536 + c) ?? 0);
        if (child === 0) {
          child = count++;
          if (slot >= 0) this.next[slot] = child;
          else this.wide.set(node * 65536 + c, child);
        }
        node = child;
      }
      let index = listIndex.get(candidates);
      if (index === undefined) {
        listIndex.set(candidates, (index = this.lists.length));
        this.lists.push(candidates);
      }
      this.ends[node] = index;
    }
  }

  /**
   * The candidates of the match the prefilter found ending at `end`, searching from `from`; its
   * start is left in `start`. That start is the earliest place from `from` on, on a word edge,
   * where a prefix runs to `end`: an earlier one would have been an earlier match.
   */
  startOf(text: string, from: number, end: number): Candidates {
    let node = 0;
    let found = -1;
    for (let i = end - 1; i >= from; i--) {
      const c = text.charCodeAt(i);
      node = c < 128 ? (this.next[node * this.width + (this.column[c] as number)] as number) : (this.wide.get(node * 65536 + c) ?? 0);
      if (node === 0) break;
      const list = this.ends[node] as number;
      if (list >= 0) {
        const before = i > 0 ? text.charCodeAt(i - 1) : 32;
        if (before >= 128 || this.word[before] === 0) {
          this.start = i;
          found = list;
        }
      }
    }
    return this.lists[found] as Candidates;
  }
}

export class AlternationScanner {
  /**
   * The prefixes as a trie after a character that is not a word character: it finds every place
   * but the text's start, where the sticky `headPrefilter` looks. Reading the character before a
   * prefix is faster in V8 than a lookbehind or \b at every position. Null when some pattern has
   * no usable prefix.
   */
  private readonly prefilter: RegExp | null;
  private readonly headPrefilter: RegExp | null = null;
  /** Where a prefix the prefilter found begins, and the patterns that can match there. */
  private readonly prefixes: PrefixEnds | null = null;
  /** The combined expressions, one per layer, used when the prefilter is not possible. */
  private readonly combined: Combined[] | null;
  /** Per layer, where its next match may begin (during one `each`). */
  private readonly nextAt: Int32Array;
  /** 1 for the ASCII characters counted as word characters. */
  private readonly word = new Uint8Array(128);

  /**
   * `sources` must not contain capturing groups (each pattern's match is told by its own group).
   * `layers` puts each pattern in a layer (all in layer 0 when omitted): each layer is scanned as
   * if alone, its matches not overlapping one another, while one prefilter pass serves them all.
   */
  constructor(sources: readonly string[], caseSensitive = false, layers: readonly number[] = sources.map(() => 0)) {
    const layerCount = Math.max(0, ...layers) + 1;
    if (layerCount > 31 || layers.length !== sources.length) throw new Error("one layer number, below 31, per pattern");
    this.nextAt = new Int32Array(layerCount);
    for (let c = 48; c <= 57; c++) this.word[c] = 1;
    for (let c = 97; c <= 122; c++) this.word[c] = 1;
    if (caseSensitive) for (let c = 65; c <= 90; c++) this.word[c] = 1;
    const wordChars = caseSensitive ? "A-Za-z0-9" : "a-z0-9";
    const word = `[${wordChars}]`;
    const tail = `(?!${word})`;
    // Each top-level alternative of a pattern is tried only where its own prefixes fit (the
    // clause cues are long lists of phrases); `owner` maps it back to its pattern.
    const branches: string[] = [];
    const owner: number[] = [];
    sources.forEach((source, i) => {
      for (const b of topLevelBranches(source)) {
        branches.push(b);
        owner.push(i);
      }
    });
    const longest = branches.map((b) => prefixesOf(b, PREFIX_LENGTHS[0] as number));
    if (longest.some((p) => p === null || p.has(""))) {
      // A pattern that can begin anywhere leaves nothing to filter on: each layer is one expression.
      this.combined = [];
      for (let layer = 0; layer < layerCount; layer++) {
        const own = sources.map((_, i) => i).filter((i) => layers[i] === layer);
        if (own.length === 0) continue;
        const regex = new RegExp(`(?<!${word})${groupSource(sources, own, tail)}`, "g");
        this.combined.push({ regex, hint: endingsHint(own.map((i) => sources[i] as string)), patterns: own });
      }
      this.prefilter = null;
      return;
    }
    this.combined = null;
    // Shorter prefixes are the longer ones cut: still prefixes of every match.
    let root: TrieNode | null = null;
    let trie = "";
    let cut = 0;
    for (const length of PREFIX_LENGTHS) {
      root = trieOf(longest as Set<string>[], length);
      trie = trieSource(root, literal);
      cut = length;
      if (trie.length <= MAX_PREFILTER_SOURCE) break;
    }
    // A branch matching a few short strings, each of them a whole prefix in the trie, is decided
    // from the prefix found and the character after it (decideAt), without its expression.
    const strings = branches.map((b, i) => {
      const list = finiteMatches(b, cut);
      const prefixes = longest[i] as Set<string>;
      return list && list.every((x) => prefixes.has(x)) && prefixes.size === new Set(list).size ? list : null;
    });
    // Where the text starts with prefix w, every prefix that is itself a prefix of w fits too:
    // a node's candidates are its ancestors' plus its own, gathered on the way down.
    // `(?:(b1)|(b2))(?!W)` matches where the first of `b1(?!W)`, `b2(?!W)` that matches does, so
    // each branch is tested alone: no capture groups, no match arrays, one compiled test per branch.
    const tests = branches.map((b) => new RegExp(`(?:${b})${tail}`, "y"));
    const shared = new Map<string, Candidates>();
    const byPrefix = new Map<string, Candidates>();
    const visit = (node: TrieNode, path: string, inherited: readonly number[]): void => {
      const list = node.owners.size ? [...new Set([...inherited, ...node.owners])].sort((a, b) => a - b) : inherited;
      if (node.terminal) {
        const decided = list.map((b) => {
          const own = strings[b];
          return own ? decideAt(path, own, this.word) : { edge: RUN_TEST, fixed: -1 };
        });
        const key = `${list.join(",")}|${decided.map((d) => `${d.edge}:${d.fixed}`).join(",")}`;
        let c = shared.get(key);
        if (!c) {
          const patterns = list.map((b) => owner[b] as number);
          c = {
            tests: list.map((b) => tests[b] as RegExp),
            patterns,
            layers: patterns.map((i) => layers[i] as number),
            edges: decided.map((d) => d.edge),
            fixed: decided.map((d) => d.fixed),
          };
          shared.set(key, c);
        }
        byPrefix.set(path, c);
      }
      for (const [ch, child] of node.children) visit(child, path + ch, list);
    };
    visit(root as TrieNode, "", []);
    this.prefixes = new PrefixEnds(byPrefix, this.word);
    this.prefilter = new RegExp(`[^${wordChars}]${trie}`, "g");
    this.headPrefilter = new RegExp(trie, "y");
  }

  /**
   * Matches in order within each layer, not overlapping within a layer: at one position the
   * earliest pattern of the layer in the list wins.
   */
  scan(text: string): AlternationMatch[] {
    const out: AlternationMatch[] = [];
    this.each(text, out, collect);
    return out;
  }

  /**
   * The same matches handed to `visit` one by one, with a context object of the caller's (no
   * closure or match object per call on the hot path). Each layer's come in order.
   */
  each<C>(text: string, context: C, visit: (context: C, pattern: number, start: number, end: number) => void): void {
    if (this.combined) {
      for (const { regex, hint, patterns } of this.combined) {
        if (hint && !hint.test(text)) continue;
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          visit(context, patterns[definedGroup(m) - 1] as number, m.index, m.index + m[0].length);
        }
      }
      return;
    }
    const pre = this.prefilter as RegExp;
    const prefixes = this.prefixes as PrefixEnds;
    const head = this.headPrefilter as RegExp;
    head.lastIndex = 0;
    let end = -1;
    if (head.test(text)) end = head.lastIndex;
    else {
      pre.lastIndex = 0;
      if (pre.test(text)) end = pre.lastIndex;
    }
    const nextAt = this.nextAt;
    const word = this.word;
    nextAt.fill(0);
    for (let from = 0; end >= 0; ) {
      const { tests, patterns, layers, edges, fixed } = prefixes.startOf(text, from, end);
      const at = prefixes.start;
      // Layers that have decided at this place (bits).
      let decided = 0;
      for (let i = 0; i < tests.length; i++) {
        const layer = layers[i] as number;
        if ((decided >>> layer) & 1 || (nextAt[layer] as number) > at) continue;
        const edge = edges[i] as number;
        let stop = -1;
        if (edge === RUN_TEST) {
          const re = tests[i] as RegExp;
          re.lastIndex = at;
          if (re.test(text)) stop = re.lastIndex;
        } else {
          if (edge >= 0) {
            const after = at + edge;
            const c = after < text.length ? text.charCodeAt(after) : 32;
            if (c >= 128 || word[c] === 0) stop = after;
          }
          if (stop < 0 && (fixed[i] as number) >= 0) stop = at + (fixed[i] as number);
        }
        if (stop < 0) continue;
        // The layer's first branch that matches decides; an empty match is no match at this place.
        decided |= 1 << layer;
        if (stop > at) {
          visit(context, patterns[i] as number, at, stop);
          nextAt[layer] = stop;
        }
      }
      // The search resumes where the first layer may match next (another match may begin inside
      // the prefix just read, after a space in "to t"), at the character before it: the one a
      // prefix there follows.
      let resume = Infinity;
      for (let layer = 0; layer < nextAt.length; layer++) resume = Math.min(resume, Math.max(nextAt[layer] as number, at + 1));
      from = resume;
      pre.lastIndex = resume - 1;
      end = pre.test(text) ? pre.lastIndex : -1;
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
