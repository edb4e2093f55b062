// The literal beginnings a regular expression's matches can have, read from its source: for
// "(?:to|meets?) (?:the )?satisfaction" and length 4, {"to t", "to s", "meet", ...}. A scan uses
// them to find the few places where a pattern can match before asking the regex engine. The
// answer over-approximates: every match begins with one of the prefixes (a prefix shorter than
// the length asked for means "anything may follow"); syntax not understood yields null.

/**
 * One position of a pattern: the code units it accepts. ASCII ones and a few named others are
 * listed; `other` stands for every other code unit (negated classes, \s, wide ranges).
 */
interface CharNode {
  type: "char";
  ascii: Uint8Array;
  extra: Set<number>;
  other: boolean;
}
interface SeqNode {
  type: "seq";
  items: Node[];
}
interface AltNode {
  type: "alt";
  alts: Node[];
}
interface RepNode {
  type: "rep";
  node: Node;
  min: number;
  max: number;
}
/** Zero-width: lookarounds, \b, ^, $. Their conditions only narrow a match, so they are skipped. */
interface AssertNode {
  type: "assert";
}
type Node = CharNode | SeqNode | AltNode | RepNode | AssertNode;

const ASCII = 128;

class Unsupported extends Error {}

function charNode(): CharNode {
  return { type: "char", ascii: new Uint8Array(ASCII), extra: new Set(), other: false };
}

/** One node per literal code unit, shared: patterns are mostly literal text, and nodes are never changed once parsed. */
const literals = new Map<number, CharNode>();

function literalNode(code: number): CharNode {
  let n = literals.get(code);
  if (!n) {
    n = charNode();
    addRange(n, code, code);
    literals.set(code, n);
  }
  return n;
}

/** Ranges beyond ASCII wider than this are not listed code by code. */
const MAX_LISTED_RANGE = 16;

function addRange(n: CharNode, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, ASCII - 1); c++) n.ascii[c] = 1;
  if (to < ASCII) return;
  const lo = Math.max(from, ASCII);
  if (to - lo >= MAX_LISTED_RANGE) n.other = true;
  else for (let c = lo; c <= to; c++) n.extra.add(c);
}

function complement(n: CharNode): CharNode {
  const out = charNode();
  for (let c = 0; c < ASCII; c++) out.ascii[c] = n.ascii[c] ? 0 : 1;
  out.other = true;
  return out;
}

function merge(into: CharNode, from: CharNode): void {
  for (let c = 0; c < ASCII; c++) if (from.ascii[c]) into.ascii[c] = 1;
  for (const c of from.extra) into.extra.add(c);
  if (from.other) into.other = true;
}

function classEscape(c: string): CharNode | null {
  const n = charNode();
  switch (c) {
    case "d":
      addRange(n, 48, 57);
      return n;
    case "w":
      addRange(n, 48, 57);
      addRange(n, 65, 90);
      addRange(n, 97, 122);
      addRange(n, 95, 95);
      return n;
    case "s":
      addRange(n, 9, 13);
      addRange(n, 32, 32);
      n.other = true;
      return n;
    case "D":
    case "W":
    case "S":
      return complement(classEscape(c.toLowerCase()) as CharNode);
    default:
      return null;
  }
}

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };

/**
 * Recursive descent over the regex subset the rule packs use (no flags, no back-references).
 * `exact`: refuse what the tree cannot state exactly (assertions, lazy quantifiers), for callers
 * that need a pattern's matches in the order it tries them rather than their beginnings.
 */
class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly exact = false,
  ) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported("trailing input");
    return n;
  }

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { type: "alt", alts };
  }

  private sequence(): SeqNode {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") items.push(this.quantified());
    return { type: "seq", items };
  }

  private quantified(): Node {
    const node = this.atom();
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported("brace that is not a quantifier");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === "?") {
      if (this.exact) throw new Unsupported("lazy quantifier");
      this.i++; // lazy: same set of matches, other order
    }
    if (node.type === "assert") return node;
    return { type: "rep", node, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i++];
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.characterClass();
      case "\\":
        return this.escape();
      case ".": {
        const n = complement(charNode());
        for (let x = 0; x < ASCII; x++) n.ascii[x] = x === 10 || x === 13 ? 0 : 1;
        return n;
      }
      case "^":
      case "$":
        return this.assertion();
      case undefined:
      case "*":
      case "+":
      case "?":
      case ")":
        throw new Unsupported(`unexpected ${c ?? "end"}`);
      default:
        return literalNode(c.charCodeAt(0));
    }
  }

  private group(): Node {
    const rest = this.src.slice(this.i, this.i + 3);
    let zeroWidth = false;
    if (rest.startsWith("?:")) this.i += 2;
    else if (rest.startsWith("?=") || rest.startsWith("?!")) {
      this.i += 2;
      zeroWidth = true;
    } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
      this.i += 3;
      zeroWidth = true;
    } else if (rest.startsWith("?<")) {
      const end = this.src.indexOf(">", this.i);
      if (end < 0) throw new Unsupported("unterminated group name");
      this.i = end + 1;
    } else if (rest.startsWith("?")) throw new Unsupported("group modifier");
    const inner = this.alternation();
    if (this.src[this.i++] !== ")") throw new Unsupported("unclosed group");
    return zeroWidth ? this.assertion() : inner;
  }

  private assertion(): AssertNode {
    if (this.exact) throw new Unsupported("assertion");
    return { type: "assert" };
  }

  /** The code unit of a single-character escape (after the backslash), or null for a class escape. */
  private escapedCode(c: string | undefined): number | CharNode {
    if (c === undefined) throw new Unsupported("trailing backslash");
    const cls = classEscape(c);
    if (cls) return cls;
    if (c === "u" || c === "x") {
      const len = c === "u" ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw new Unsupported("escape");
      this.i += len;
      return parseInt(hex, 16);
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) return simple;
    if (/[1-9kpPcbB]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return c.charCodeAt(0);
  }

  private escape(): Node {
    const c = this.src[this.i];
    if (c === "b" || c === "B") {
      this.i++;
      return this.assertion();
    }
    this.i++;
    const e = this.escapedCode(c);
    return typeof e === "number" ? literalNode(e) : e;
  }

  private characterClass(): CharNode {
    const n = charNode();
    let negated = false;
    if (this.src[this.i] === "^") {
      negated = true;
      this.i++;
    }
    for (let first = true; ; first = false) {
      const c = this.src[this.i++];
      if (c === undefined) throw new Unsupported("unclosed class");
      if (c === "]" && !first) break;
      let from: number | CharNode;
      if (c === "\\") {
        const e = this.src[this.i++];
        from = e === "b" ? 8 : this.escapedCode(e);
      } else from = c.charCodeAt(0);
      if (typeof from !== "number") {
        merge(n, from);
        continue;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.src[this.i + 1] !== undefined) {
        this.i++;
        const d = this.src[this.i++] as string;
        let to: number | CharNode = d.charCodeAt(0);
        if (d === "\\") {
          const e = this.src[this.i++];
          to = e === "b" ? 8 : this.escapedCode(e);
        }
        if (typeof to !== "number") throw new Unsupported("class escape as range end");
        addRange(n, from, to);
      } else addRange(n, from, from);
    }
    return negated ? complement(n) : n;
  }
}

/** Characters a position may hold when it is spelled out in prefixes; wider classes end the prefix. */
const MAX_BRANCH = 12;
const MAX_BRANCH_LATER = 4;

const MAX_DEPTH = 400;

/** Gives up (null) once a pattern has more prefixes than this at some length. */
class TooMany extends Error {}

/** What remains to be matched, as a linked list (sharing tails instead of copying arrays). */
interface Rest {
  node: Node;
  next: Rest | null;
}

/** The code units a position may hold, listed once per node. */
const symbolsOf = new WeakMap<CharNode, string[]>();

/** Every digit is written as this one symbol, so numbers do not multiply the prefixes. */
export const DIGIT = "0";

/** The prefix symbol of a code unit: DIGIT for any digit, else the character itself. */
export function symbolOf(code: number): string {
  return code >= 48 && code <= 57 ? DIGIT : String.fromCharCode(code);
}

function symbols(node: CharNode): string[] {
  let list = symbolsOf.get(node);
  if (!list) {
    const set = new Set<string>();
    for (let c = 0; c < ASCII; c++) if (node.ascii[c]) set.add(symbolOf(c));
    for (const c of node.extra) set.add(String.fromCharCode(c));
    list = [...set];
    symbolsOf.set(node, list);
  }
  return list;
}

function prepend(items: readonly Node[], next: Rest | null): Rest | null {
  let rest = next;
  for (let i = items.length - 1; i >= 0; i--) rest = { node: items[i] as Node, next: rest };
  return rest;
}

/**
 * Every way `rest` can begin, up to `k` code units, each appended to `head`. A prefix ends early
 * where the match may end or a wide class comes.
 */
function expand(rest: Rest | null, k: number, head: string, out: Set<string>, limit: number, depth: number): void {
  // A repetition of something that can match empty would unroll for ever without consuming.
  if (depth > MAX_DEPTH) throw new Unsupported("too deep");
  if (head.length >= k || rest === null) {
    out.add(head);
  } else {
    const { node, next } = rest;
    switch (node.type) {
      case "assert":
        expand(next, k, head, out, limit, depth + 1);
        break;
      case "char": {
        const list = symbols(node);
        // Past the first position a class of digits or letters would multiply the prefixes for
        // little gain: the prefix stops there, and anything may follow.
        if (node.other || list.length > (head.length === 0 ? MAX_BRANCH : MAX_BRANCH_LATER)) out.add(head);
        else for (const sym of list) expand(next, k, head + sym, out, limit, depth + 1);
        break;
      }
      case "seq":
        expand(prepend(node.items, next), k, head, out, limit, depth + 1);
        break;
      case "alt":
        for (const a of node.alts) expand({ node: a, next }, k, head, out, limit, depth + 1);
        break;
      case "rep": {
        const { node: inner, min, max } = node;
        if (max === 0) expand(next, k, head, out, limit, depth + 1);
        else {
          // One copy of the body, then the repetition with one fewer; or, when optional, nothing.
          const again: RepNode = { type: "rep", node: inner, min: Math.max(0, min - 1), max: max - 1 };
          expand({ node: inner, next: { node: again, next } }, k, head, out, limit, depth + 1);
          if (min === 0) expand(next, k, head, out, limit, depth + 1);
        }
        break;
      }
    }
  }
  if (out.size > limit) throw new TooMany();
}

/**
 * The prefixes of up to `k` code units that every match of `source` begins with, at most `limit`
 * of them (fewer units are tried when there would be more); null when the source is not
 * understood. An empty string in the set means a match can begin with anything. Digits are all
 * written as DIGIT: "0%" stands for any digit followed by "%".
 */
export function prefixesOf(source: string, k: number, limit = 256): Set<string> | null {
  const root = parsed(source);
  return root && beginnings(root, k, limit);
}

/**
 * The same for the ends of matches: every match of `source` ends with one of the suffixes (an
 * empty one: a match can end with anything). Digits are written as DIGIT here too.
 */
export function suffixesOf(source: string, k: number, limit = 256): Set<string> | null {
  const root = parsed(source);
  const reversed = root && beginnings(reverse(root), k, limit);
  return reversed && new Set([...reversed].map((s) => [...s].reverse().join("")));
}

/**
 * Every string `source` matches, in the order a backtracking engine tries them (alternatives left
 * to right, greedy repetitions longest first), when they are at most `limit` strings of at most
 * `maxLength` code units, none holding a digit (prefixes write every digit alike); else null. A
 * pattern with an assertion, a lazy quantifier or a wide class is refused, as its matches cannot
 * be listed so.
 */
export function finiteMatches(source: string, maxLength: number, limit = 16): string[] | null {
  const root = parsed(source, true);
  if (!root) return null;
  try {
    return listMatches(root, maxLength, limit);
  } catch (e) {
    if (e instanceof TooMany) return null;
    throw e;
  }
}

function listMatches(node: Node, maxLength: number, limit: number): string[] {
  const check = (list: string[]): string[] => {
    if (list.length > limit || list.some((x) => x.length > maxLength)) throw new TooMany();
    return list;
  };
  switch (node.type) {
    case "assert":
      throw new TooMany();
    case "char": {
      const codes: number[] = [];
      for (let c = 0; c < ASCII; c++) if (node.ascii[c]) codes.push(c);
      codes.push(...node.extra);
      if (node.other || codes.some((c) => c >= 48 && c <= 57)) throw new TooMany();
      // One code unit each: at one place at most one of them can match, so their order is moot.
      return check(codes.map((c) => String.fromCharCode(c)));
    }
    case "seq": {
      let out = [""];
      for (const item of node.items) {
        const next = listMatches(item, maxLength, limit);
        out = check(out.flatMap((head) => next.map((tail) => head + tail)));
      }
      return out;
    }
    case "alt":
      return check(node.alts.flatMap((a) => listMatches(a, maxLength, limit)));
    case "rep": {
      if (node.max === Infinity) throw new TooMany();
      const once = listMatches(node.node, maxLength, limit);
      // A body that can match nothing meets the engine's rule for empty iterations: not listed.
      if (once.includes("")) throw new TooMany();
      // Greedy: another copy is tried before stopping, so each string with more copies comes first.
      const copies = (min: number, max: number): string[] => {
        const more = max > 0 ? once.flatMap((head) => copies(Math.max(0, min - 1), max - 1).map((tail) => head + tail)) : [];
        return check(min === 0 ? [...more, ""] : more);
      };
      return copies(node.min, node.max);
    }
  }
}

function parsed(source: string, exact = false): Node | null {
  try {
    return new Parser(source, exact).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The pattern read backwards (assertions stay zero-width, so they need no turning round). */
function reverse(node: Node): Node {
  switch (node.type) {
    case "seq":
      return { type: "seq", items: node.items.map(reverse).reverse() };
    case "alt":
      return { type: "alt", alts: node.alts.map(reverse) };
    case "rep":
      return { ...node, node: reverse(node.node) };
    default:
      return node;
  }
}

function beginnings(root: Node, k: number, limit: number): Set<string> | null {
  // Lengthened one unit at a time (short ones are cheap), keeping the longest within the limit.
  let best = new Set([""]);
  for (let len = 1; len <= k; len++) {
    const out = new Set<string>();
    try {
      expand({ node: root, next: null }, len, "", out, limit, 0);
    } catch (e) {
      if (e instanceof Unsupported) return null;
      if (e instanceof TooMany) return best;
      throw e;
    }
    best = out;
    // Every prefix ended before this length: longer ones would be the same.
    if (![...out].some((p) => p.length === len)) break;
  }
  return best;
}

/**
 * The top-level alternatives of a source ("a|(?:b|c)|d" -> "a", "(?:b|c)", "d"). A pattern
 * matches where its first alternative that matches does, so the alternatives can be scanned as
 * separate patterns in the same order.
 */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
