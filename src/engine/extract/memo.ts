// Per-analysis memo of text-only computations, keyed by paragraph text. A full analysis starts
// with an empty memo; an incremental re-analysis reuses the previous one, so unchanged paragraphs
// cost a map lookup. (Never shared across analyses: benchmarks measure real work.)

/** The fixed kinds of memoised work: each is a slot of a text's entry (an array read, not a map lookup). */
export const MEMO = {
  facts: 0,
  periods: 1,
  net: 2,
  amounts: 3,
  currencyHint: 4,
  definitions: 5,
  checklist: 6,
  fixedScope: 7,
} as const;
export type MemoSlot = (typeof MEMO)[keyof typeof MEMO];

/** Marks a slot not computed yet (undefined and null are results like any other). */
const MISSING = Symbol("missing");

/** An entry: one slot per fixed kind, then the map of keyed kinds (null until one is asked for). */
type Entry = unknown[];
const KEYED = Object.keys(MEMO).length;
/** A fresh entry is a copy of this one: built by push, so copies are packed arrays (fast to read). */
const EMPTY_ENTRY: Entry = [];
for (let i = 0; i < KEYED; i++) EMPTY_ENTRY.push(MISSING);
EMPTY_ENTRY.push(null);

export class TextMemo {
  private readonly entries = new Map<string, Entry>();
  /** The entry last used: the steps ask for several kinds of one paragraph in a row. */
  private lastText: string | null = null;
  private lastEntry: Entry | null = null;

  private entryOf(text: string): Entry {
    if (text === this.lastText) return this.lastEntry as Entry;
    let entry = this.entries.get(text);
    if (!entry) this.entries.set(text, (entry = EMPTY_ENTRY.slice()));
    this.lastText = text;
    this.lastEntry = entry;
    return entry;
  }

  /** `compute(text)` once per (kind, text). */
  get<T>(kind: MemoSlot, text: string, compute: (text: string) => T): T {
    const entry = this.entryOf(text);
    const hit = entry[kind];
    if (hit !== MISSING) return hit as T;
    const value = compute(text);
    // compute may have used the memo for other texts: the entry is the one read above.
    entry[kind] = value;
    return value;
  }

  /** The same for a kind named by a key built at run time ("gate|<heading>"). */
  keyed<T>(key: string, text: string, compute: (text: string) => T): T {
    const entry = this.entryOf(text);
    let map = entry[KEYED] as Map<string, unknown> | null;
    if (map === null) entry[KEYED] = map = new Map();
    const hit = map.get(key);
    // A stored undefined is told from a missing key by has(), asked only then.
    if (hit !== undefined || map.has(key)) return hit as T;
    const value = compute(text);
    map.set(key, value);
    return value;
  }
}

export type Memo = Pick<TextMemo, "get" | "keyed">;

/** A memo that remembers nothing, for callers that analyse once. */
export const NO_MEMO: Memo = {
  get: <T>(_kind: MemoSlot, text: string, compute: (text: string) => T): T => compute(text),
  keyed: <T>(_key: string, text: string, compute: (text: string) => T): T => compute(text),
};
