// Per-analysis memo of text-only computations, keyed by paragraph text. A full analysis starts
// with an empty memo; an incremental re-analysis reuses the previous one, so unchanged paragraphs
// cost a map lookup. (Never shared across analyses: benchmarks measure real work.)
/** Stands for a computed undefined, so that a map miss (undefined) always means "not computed". */
const UNDEFINED = Symbol("undefined");

export class TextMemo {
  /** Text -> kind -> value: one lookup by text serves every kind computed for it. */
  private readonly entries = new Map<string, Map<string, unknown>>();
  /** The entry last used: the steps ask for several kinds of one paragraph in a row. */
  private lastText: string | null = null;
  private lastEntry: Map<string, unknown> | null = null;

  /** `compute(text)` once per (kind, text). */
  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    let entry = text === this.lastText ? this.lastEntry : this.entries.get(text);
    if (!entry) this.entries.set(text, (entry = new Map()));
    this.lastText = text;
    this.lastEntry = entry;
    const hit = entry.get(kind);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = compute(text);
    entry.set(kind, value === undefined ? UNDEFINED : value);
    return value;
  }
}

/** A memo that remembers nothing, for callers that analyse once. */
export const NO_MEMO = { get: <T>(_kind: string, text: string, compute: (text: string) => T): T => compute(text) };
export type Memo = Pick<TextMemo, "get">;
