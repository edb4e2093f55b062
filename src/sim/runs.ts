// Run-level text storage of the simulated document. A paragraph is a list of runs; every run carries
// its own formatting, revision marks and the ids of the annotations, comments and content controls
// that cover it. Runs are never mutated in place: edits build new arrays, so a batch can be
// discarded by dropping its working copy.
//
// Coordinates follow Word's "All Markup" view: tracked deletions are still part of the text, so
// `paragraph.text` (and every offset the simulator accepts or returns) includes them.

export interface RevMark {
  readonly id: string;
  readonly author: string;
  readonly date: string;
}

/** A formatting revision remembers the highlight it replaced, so rejecting it restores that. */
export interface FmtMark extends RevMark {
  readonly before: string | null;
}

export interface Run {
  readonly text: string;
  /** `font.highlightColor`: a colour name or "#RRGGBB"; null when none. */
  readonly hl: string | null;
  /** `Range.highlight()`: a temporary view highlight, not part of the document. */
  readonly temp: boolean;
  readonly ins?: RevMark;
  readonly del?: RevMark;
  readonly fmt?: FmtMark;
  /** Covering objects: "a:<id>" annotation, "c:<id>" comment, "cc:<id>" content control. */
  readonly marks: readonly string[];
}

export function plainRun(text: string, base?: Partial<Run>): Run {
  return { text, hl: base?.hl ?? null, temp: false, marks: base?.marks ?? [] };
}

export function runsText(runs: readonly Run[]): string {
  let s = "";
  for (const r of runs) s += r.text;
  return s;
}

/** Text with tracked insertions kept and tracked deletions dropped (Word's "Current"). */
export function currentText(runs: readonly Run[]): string {
  let s = "";
  for (const r of runs) if (!r.del) s += r.text;
  return s;
}

/** Text with tracked insertions dropped and tracked deletions kept (Word's "Original"). */
export function originalText(runs: readonly Run[]): string {
  let s = "";
  for (const r of runs) if (!r.ins) s += r.text;
  return s;
}

export function runsLength(runs: readonly Run[]): number {
  let n = 0;
  for (const r of runs) n += r.text.length;
  return n;
}

/** Splits `runs` at offsets a <= b into the runs before a, within [a, b) and from b on. */
export function sliceRuns(runs: readonly Run[], a: number, b: number): { before: Run[]; mid: Run[]; after: Run[] } {
  const before: Run[] = [];
  const mid: Run[] = [];
  const after: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const start = pos;
    const end = pos + r.text.length;
    pos = end;
    if (r.text.length === 0) {
      // Empty anchor runs (an empty content control) stay on the side of the cut they sit on.
      (start < a ? before : start < b ? mid : after).push(r);
      continue;
    }
    if (end <= a) {
      before.push(r);
    } else if (start >= b) {
      after.push(r);
    } else {
      if (start < a) before.push({ ...r, text: r.text.slice(0, a - start) });
      const midFrom = Math.max(a, start) - start;
      const midTo = Math.min(b, end) - start;
      if (midTo > midFrom) mid.push({ ...r, text: r.text.slice(midFrom, midTo) });
      if (end > b) after.push({ ...r, text: r.text.slice(b - start) });
    }
  }
  return { before, mid, after };
}

function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameAttrs(a: Run, b: Run): boolean {
  return (
    a.hl === b.hl &&
    a.temp === b.temp &&
    a.ins === b.ins &&
    a.del === b.del &&
    a.fmt === b.fmt &&
    sameMarks(a.marks, b.marks)
  );
}

/** Merges neighbours with identical attributes and drops empty runs that anchor nothing. */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text.length === 0 && !r.marks.some((m) => m.startsWith("cc:"))) continue;
    const last = out[out.length - 1];
    if (last && r.text.length > 0 && last.text.length > 0 && sameAttrs(last, r)) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else {
      out.push(r);
    }
  }
  return out;
}

/** Content-control marks that enclose offset `at`: the new text stays inside those controls. */
export function enclosingControlMarks(runs: readonly Run[], a: number, b: number): string[] {
  const { before, mid, after } = sliceRuns(runs, a, b);
  if (mid.length > 0) return mid[0]!.marks.filter((m) => m.startsWith("cc:"));
  const left = before[before.length - 1]?.marks ?? [];
  const right = after[0]?.marks ?? [];
  const emptyAnchor = after[0]?.text.length === 0 ? right : [];
  return [...new Set([...left.filter((m) => m.startsWith("cc:") && right.includes(m)), ...emptyAnchor.filter((m) => m.startsWith("cc:"))])];
}

/** Highlight the inserted text inherits: that of the first replaced character, else the one before. */
export function inheritedHighlight(runs: readonly Run[], a: number, b: number): string | null {
  const { before, mid } = sliceRuns(runs, a, b);
  const src = mid[0] ?? before[before.length - 1];
  return src ? src.hl : null;
}

/** Maps every run to a new one with `f`, splitting at [a, b) first; runs outside are kept. */
export function mapRange(runs: readonly Run[], a: number, b: number, f: (r: Run) => Run): Run[] {
  const { before, mid, after } = sliceRuns(runs, a, b);
  return normalizeRuns([...before, ...mid.map(f), ...after]);
}

export function addMark(r: Run, mark: string): Run {
  return r.marks.includes(mark) ? r : { ...r, marks: [...r.marks, mark] };
}

export function removeMark(r: Run, mark: string): Run {
  return r.marks.includes(mark) ? { ...r, marks: r.marks.filter((m) => m !== mark) } : r;
}

/** Offsets [start, end) of the runs carrying `mark`, or null when none does. */
export function markSpan(runs: readonly Run[], mark: string): { start: number; end: number } | null {
  let pos = 0;
  let start = -1;
  let end = -1;
  for (const r of runs) {
    if (r.marks.includes(mark)) {
      if (start < 0) start = pos;
      end = pos + r.text.length;
    }
    pos += r.text.length;
  }
  return start < 0 ? null : { start, end };
}
