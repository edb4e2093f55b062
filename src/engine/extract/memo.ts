// Per-analysis memo of text-only computations, keyed by paragraph text. A full analysis starts
// with an empty memo; an incremental re-analysis reuses the previous one, so unchanged paragraphs
// cost a map lookup. (Never shared across analyses: benchmarks measure real work.)
/** Stands for a computed undefined, so that a map miss (undefined) always means "not computed". */
const UNDEFINED = Symbol("undefined");

export class TextMemo {
  private readonly tables = new Map<string, Map<string, unknown>>();

  /** `compute(text)` once per (kind, text). */
  get<T>(kind: string, text: string, compute: (text: string) => T): T {
    let table = this.tables.get(kind);
    if (!table) this.tables.set(kind, (table = new Map()));
    // One lookup for a hit, and a lookup and a store for a miss.
    const hit = table.get(text);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = compute(text);
    table.set(text, value === undefined ? UNDEFINED : value);
    return value;
  }

  /** Drops the entries of one kind (its inputs beyond the text changed). */
  clear(kind: string): void {
    this.tables.delete(kind);
  }
}

/** A memo that remembers nothing, for callers that analyse once. */
export const NO_MEMO = { get: <T>(_kind: string, text: string, compute: (text: string) => T): T => compute(text) };
export type Memo = Pick<TextMemo, "get">;
