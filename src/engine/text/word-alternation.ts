// An alternation of literal words written as a trie: "s(?:even(?:teen|ty)?|ix)" rather than
// "seventeen|seventy|seven|six". V8's regex engine tries a flat list's alternatives one after
// another at every place, where the trie rules most of them out at their first letter.
import { escapeRegExp } from "./escape";

interface Node {
  children: Map<string, Node>;
  /** A word ends here. */
  end: boolean;
}

function sourceOf(node: Node): string {
  // Longer words (children) are tried before a word ending here: as in a list sorted longest
  // first, where every word that can match at one place is a prefix of the longer ones there.
  const branches = [...node.children].map(([ch, child]) => escapeRegExp(ch) + sourceOf(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  // A single character needs no group before "?" ("ab?"); anything longer does.
  return body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * The words as one group that matches what `(?:w1|w2|...)` with the words sorted longest first
 * matches, alternative for alternative: among the words that fit at a place (each a prefix of the
 * next), the longest is tried first, then the next shorter, whatever follows the group.
 */
export function wordAlternation(words: readonly string[]): string {
  const root: Node = { children: new Map(), end: false };
  for (const word of words) {
    if (word === "") throw new Error("an empty word has no place in a word alternation");
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return `(?:${sourceOf(root)})`;
}
