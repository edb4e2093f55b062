// Literal strings written as one trie-shaped expression: "s(?:even(?:teen|ty)?|ix)" rather than
// "seventeen|seventy|seven|six". V8's regex engine tries a flat list's alternatives one after
// another at every place, where the trie rules most of them out at their first letter. The cue
// scan's prefix search (alternation.ts) is written by the same `trieSource`.
import { escapeRegExp } from "./escape";

/** A trie of strings: what `trieSource` writes. */
export interface StringTrie {
  readonly children: ReadonlyMap<string, StringTrie>;
  /** A string of the set ends here. */
  readonly terminal: boolean;
}

/**
 * A trie as one expression, each key spelt by `literal`. Longer strings (children) are tried
 * before one ending at a node: as in a list sorted longest first, where every string that can
 * match at one place is a prefix of the longer ones there.
 */
export function trieSource(node: StringTrie, literal: (key: string) => string = escapeRegExp): string {
  const branches = [...node.children].map(([key, child]) => literal(key) + trieSource(child, literal));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  if (!node.terminal) return body;
  // A single character needs no group before "?" ("ab?"); anything longer does.
  return body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * The words as one group that matches what `(?:w1|w2|...)` with the words sorted longest first
 * matches, alternative for alternative: among the words that fit at a place (each a prefix of the
 * next), the longest is tried first, then the next shorter, whatever follows the group.
 * `ignoreCase`: the group will run with the i flag. Words are then placed lower-cased, since a
 * word and its case variant are one word there: apart, the first written ("e") would be tried
 * before a longer variant of the other ("E ").
 */
export function wordAlternation(words: readonly string[], options: { ignoreCase?: boolean } = {}): string {
  interface Node extends StringTrie {
    children: Map<string, Node>;
    terminal: boolean;
  }
  const root: Node = { children: new Map(), terminal: false };
  for (const given of words) {
    if (given === "") throw new Error("an empty word has no place in a word alternation");
    const word = options.ignoreCase ? given.toLowerCase() : given;
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }
  return `(?:${trieSource(root)})`;
}
