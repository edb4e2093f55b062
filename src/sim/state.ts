// The simulated document: paragraphs of runs plus the objects anchored in them. A batch works on a
// fork (paragraphs copied on write) and is committed only when every queued operation succeeded.
import type { TablePosition } from "../engine/model";
import {
  addMark,
  currentText,
  enclosingControlMarks,
  inheritedHighlight,
  mapRange,
  markSpan,
  normalizeRuns,
  plainRun,
  removeMark,
  runsLength,
  runsText,
  sliceRuns,
  type FmtMark,
  type RevMark,
  type Run,
} from "./runs";

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface ParaState {
  readonly uid: string;
  readonly runs: readonly Run[];
  readonly style: string;
  readonly listLabel?: string;
  readonly table?: TablePosition;
  /** Set when the paragraph mark itself is a tracked insertion (rejecting merges it away). */
  readonly ins?: RevMark;
}

export interface Pos {
  uid: string;
  off: number;
}

/** A live range: edits applied through the state move it as Word moves ranges. */
export interface RangeRef {
  s: Pos;
  e: Pos;
}

export interface CommentState {
  id: string;
  author: string;
  date: string;
  content: string;
  resolved: boolean;
}

export interface ControlState {
  id: number;
  tag: string;
  title: string;
}

export interface CritiqueState {
  colorScheme: string;
  start: number;
  length: number;
  popupOptions?: { brandingTextResourceId: string; subtitleResourceId: string; titleResourceId: string; suggestions: string[] };
}

export interface AnnotationState {
  id: string;
  uid: string;
  critique: CritiqueState;
  state: "Created" | "Accepted" | "Rejected";
}

export interface TableState {
  nesting: number;
  /** rows -> cells -> paragraph uids */
  rows: string[][][];
}

export type EditEvent =
  | { kind: "splice"; uid: string; at: number; removed: number; inserted: number }
  | { kind: "split"; uid: string; at: number; newUid: string }
  /** Paragraph `from` disappears into `into`: offsets below `cut` land on `clampOff`, the rest at
   * `offset + (off - cut)`. */
  | { kind: "merge"; from: string; into: string; offset: number; cut: number; clampOff: number };

export interface RevisionSpan {
  id: string;
  type: "Added" | "Deleted" | "Formatted";
  author: string;
  date: string;
  text: string;
  range: RangeRef;
}

export class DocState {
  paras: ParaState[];
  tables: TableState[];
  comments: Map<string, CommentState>;
  controls: Map<string, ControlState>;
  annotations: Map<string, AnnotationState>;
  settings: Map<string, unknown>;
  trackingMode: TrackingMode;
  selection: RangeRef | null;
  seq: number;
  /** Paragraphs whose content changed in this fork (for onParagraphChanged). */
  readonly changed = new Set<string>();
  /** Paragraphs created / removed in this fork (onParagraphAdded / onParagraphDeleted). */
  readonly added = new Set<string>();
  readonly removed = new Set<string>();
  /** Anything observable changed (content, marks, mode, selection). */
  dirty = false;
  onEdit: ((e: EditEvent) => void) | null = null;
  private index: Map<string, number> | null = null;

  constructor(init: {
    paras: ParaState[];
    tables: TableState[];
    comments: Map<string, CommentState>;
    controls: Map<string, ControlState>;
    annotations: Map<string, AnnotationState>;
    settings: Map<string, unknown>;
    trackingMode: TrackingMode;
    selection: RangeRef | null;
    seq: number;
  }) {
    this.paras = init.paras;
    this.tables = init.tables;
    this.comments = init.comments;
    this.controls = init.controls;
    this.annotations = init.annotations;
    this.settings = init.settings;
    this.trackingMode = init.trackingMode;
    this.selection = init.selection;
    this.seq = init.seq;
  }

  /** A working copy for one batch; paragraphs are shared until written. */
  fork(): DocState {
    const f = new DocState({
      paras: this.paras.slice(),
      tables: this.tables.map((t) => ({ nesting: t.nesting, rows: t.rows.map((r) => r.map((c) => c.slice())) })),
      comments: new Map([...this.comments].map(([k, v]) => [k, { ...v }])),
      controls: new Map([...this.controls].map(([k, v]) => [k, { ...v }])),
      annotations: new Map(this.annotations),
      settings: new Map(this.settings),
      trackingMode: this.trackingMode,
      selection: this.selection ? { s: { ...this.selection.s }, e: { ...this.selection.e } } : null,
      seq: this.seq,
    });
    f.index = this.index;
    return f;
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${this.seq}`;
  }

  indexOf(uid: string): number {
    if (!this.index) this.index = new Map(this.paras.map((p, i) => [p.uid, i]));
    const i = this.index.get(uid);
    return i === undefined ? -1 : i;
  }

  has(uid: string): boolean {
    return this.indexOf(uid) >= 0;
  }

  para(uid: string): ParaState {
    const i = this.indexOf(uid);
    if (i < 0) throw new Error(`paragraph ${uid} is gone`);
    return this.paras[i]!;
  }

  text(uid: string): string {
    return runsText(this.para(uid).runs);
  }

  length(uid: string): number {
    return runsLength(this.para(uid).runs);
  }

  setRuns(uid: string, runs: readonly Run[], contentChanged = true): void {
    const i = this.indexOf(uid);
    this.paras[i] = { ...this.paras[i]!, runs: normalizeRuns(runs) };
    if (contentChanged) this.changed.add(uid);
    this.dirty = true;
  }

  private insertParaAt(index: number, p: ParaState): void {
    this.paras.splice(index, 0, p);
    this.index = null;
    this.added.add(p.uid);
    this.dirty = true;
  }

  private removePara(uid: string): void {
    const i = this.indexOf(uid);
    this.paras.splice(i, 1);
    this.index = null;
    if (this.added.has(uid)) this.added.delete(uid);
    else this.removed.add(uid);
    this.changed.delete(uid);
    for (const t of this.tables) for (const row of t.rows) for (const cell of row) {
      const k = cell.indexOf(uid);
      if (k >= 0) cell.splice(k, 1);
    }
    this.dirty = true;
  }

  /** Paragraph uids from the range's start paragraph to its end paragraph, in order. */
  parasIn(r: RangeRef): string[] {
    const a = this.indexOf(r.s.uid);
    const b = this.indexOf(r.e.uid);
    return this.paras.slice(a, b + 1).map((p) => p.uid);
  }

  rangeText(r: RangeRef): string {
    const uids = this.parasIn(r);
    return uids
      .map((uid, k) => {
        const t = this.text(uid);
        return t.slice(k === 0 ? r.s.off : 0, k === uids.length - 1 ? r.e.off : t.length);
      })
      .join("\r");
  }

  /** Applies `f` to the runs of every paragraph piece the range covers. */
  mapRuns(r: RangeRef, f: (run: Run) => Run, contentChanged: boolean): void {
    const uids = this.parasIn(r);
    uids.forEach((uid, k) => {
      const len = this.length(uid);
      const a = k === 0 ? r.s.off : 0;
      const b = k === uids.length - 1 ? r.e.off : len;
      this.setRuns(uid, mapRange(this.para(uid).runs, a, b, f), contentChanged);
    });
  }

  runsIn(r: RangeRef): Run[] {
    const out: Run[] = [];
    const uids = this.parasIn(r);
    uids.forEach((uid, k) => {
      const a = k === 0 ? r.s.off : 0;
      const b = k === uids.length - 1 ? r.e.off : this.length(uid);
      out.push(...sliceRuns(this.para(uid).runs, a, b).mid);
    });
    return out;
  }

  // ---- edits ------------------------------------------------------------------------------

  /**
   * Replaces the range's text (an empty range inserts). With `rev` the edit is tracked: covered
   * text becomes a deletion (the author's own insertions simply disappear, as in Word) and the new
   * text an insertion placed after it. Returns the range of the new text.
   */
  replace(r: RangeRef, text: string, rev: { del: RevMark; ins: RevMark } | null): RangeRef {
    const uids = this.parasIn(r);
    const first = uids[0]!;
    const last = uids[uids.length - 1]!;
    if (uids.length > 1) {
      if (rev) {
        // Later paragraphs: their covered text becomes a deletion; marks stay.
        for (let k = uids.length - 1; k >= 1; k--) {
          const uid = uids[k]!;
          const b = k === uids.length - 1 ? r.e.off : this.length(uid);
          this.replaceInPara(uid, 0, b, "", rev);
        }
        return this.replaceInPara(first, r.s.off, this.length(first), text, rev);
      }
      // Untracked: the paragraphs merge into the first one.
      const tail = sliceRuns(this.para(last).runs, r.e.off, r.e.off).after;
      const res = this.replaceInPara(first, r.s.off, this.length(first), text, null);
      const endUid = res.e.uid;
      const endOff = res.e.off;
      this.setRuns(endUid, [...this.para(endUid).runs, ...tail]);
      for (const uid of uids.slice(1)) {
        const cut = uid === last ? r.e.off : Infinity;
        this.onEdit?.({ kind: "merge", from: uid, into: endUid, offset: endOff, cut, clampOff: endOff });
        this.removePara(uid);
      }
      return res;
    }
    return this.replaceInPara(first, r.s.off, r.e.off, text, rev);
  }

  private replaceInPara(uid: string, a: number, b: number, text: string, rev: { del: RevMark; ins: RevMark } | null): RangeRef {
    const runs = this.para(uid).runs;
    const hl = inheritedHighlight(runs, a, b);
    const ccMarks = enclosingControlMarks(runs, a, b);
    const { before, mid, after } = sliceRuns(runs, a, b);
    let kept: Run[] = [];
    if (rev) {
      for (const m of mid) {
        if (m.text.length === 0) kept.push(m);
        else if (m.ins && m.ins.author === rev.ins.author) continue;
        else if (m.del) kept.push(m);
        else kept.push({ ...m, del: rev.del, temp: false });
      }
    } else {
      kept = mid.filter((m) => m.text.length === 0);
    }
    const keptLen = runsLength(kept);
    const pieces = text.split(/\r\n|\r|\n/);
    const firstPiece = pieces[0]!;
    const inserted: Run[] = firstPiece
      ? [{ ...plainRun(firstPiece, { hl, marks: ccMarks }), ...(rev ? { ins: rev.ins } : {}) }]
      : [];
    this.setRuns(uid, [...before, ...kept, ...inserted, ...after]);
    this.onEdit?.({ kind: "splice", uid, at: a, removed: b - a, inserted: keptLen + firstPiece.length });
    const start: Pos = { uid, off: a + keptLen };
    let end: Pos = { uid, off: a + keptLen + firstPiece.length };
    // Paragraph breaks in the text split the paragraph, as typing Enter does.
    for (let k = 1; k < pieces.length; k++) {
      const newUid = this.splitPara(end.uid, end.off, rev?.ins);
      const piece = pieces[k]!;
      if (piece) {
        const r = this.para(newUid).runs;
        this.setRuns(newUid, [{ ...plainRun(piece, { hl, marks: ccMarks }), ...(rev ? { ins: rev.ins } : {}) }, ...r]);
        this.onEdit?.({ kind: "splice", uid: newUid, at: 0, removed: 0, inserted: piece.length });
      }
      end = { uid: newUid, off: piece.length };
    }
    return { s: start, e: end };
  }

  /** Splits a paragraph at `off`; the new paragraph (after it) takes the rest. */
  splitPara(uid: string, off: number, ins?: RevMark): string {
    const p = this.para(uid);
    const { before, after } = sliceRuns(p.runs, off, off);
    const newUid = this.nextId("P");
    this.setRuns(uid, before);
    const np: ParaState = { ...p, uid: newUid, runs: normalizeRuns(after), ...(ins ? { ins } : {}) };
    if (!ins) delete (np as { ins?: RevMark }).ins;
    this.insertParaAt(this.indexOf(uid) + 1, np);
    this.addToCellAfter(uid, newUid);
    this.onEdit?.({ kind: "split", uid, at: off, newUid });
    return newUid;
  }

  private addToCellAfter(refUid: string, newUid: string): void {
    for (const t of this.tables) for (const row of t.rows) for (const cell of row) {
      const k = cell.indexOf(refUid);
      if (k >= 0) cell.splice(k + 1, 0, newUid);
    }
  }

  insertParagraph(refUid: string, text: string, where: "Before" | "After", ins: RevMark | null): string {
    const ref = this.para(refUid);
    const uid = this.nextId("P");
    const runs = text ? [{ ...plainRun(text), ...(ins ? { ins } : {}) }] : [];
    const p: ParaState = {
      uid,
      runs,
      style: "Normal",
      ...(ref.table ? { table: ref.table } : {}),
      ...(ins ? { ins } : {}),
    };
    const i = this.indexOf(refUid);
    this.insertParaAt(where === "Before" ? i : i + 1, p);
    if (ref.table) {
      if (where === "After") this.addToCellAfter(refUid, uid);
      else for (const t of this.tables) for (const row of t.rows) for (const cell of row) {
        const k = cell.indexOf(refUid);
        if (k >= 0) cell.splice(k, 0, uid);
      }
    }
    return uid;
  }

  setHighlight(r: RangeRef, color: string | null, fmt: RevMark | null): void {
    this.mapRuns(
      r,
      (run) => {
        if (run.hl === color || run.text.length === 0) return run;
        const next: Run = { ...run, hl: color };
        if (!fmt || run.ins) return next;
        // Word keeps the oldest formatting revision's "before" value.
        const mark: FmtMark = run.fmt ? { ...fmt, id: run.fmt.id, before: run.fmt.before } : { ...fmt, before: run.hl };
        return { ...next, fmt: mark };
      },
      false,
    );
  }

  setTemp(r: RangeRef, on: boolean): void {
    this.mapRuns(r, (run) => (run.temp === on ? run : { ...run, temp: on }), false);
  }

  markRange(r: RangeRef, mark: string): void {
    if (r.s.uid === r.e.uid && r.s.off === r.e.off) {
      // An empty range gets an empty anchor run so the object has a place.
      const runs = this.para(r.s.uid).runs;
      const { before, after } = sliceRuns(runs, r.s.off, r.s.off);
      this.setRuns(r.s.uid, [...before, plainRun("", { marks: [mark] }), ...after], false);
      return;
    }
    this.mapRuns(r, (run) => addMark(run, mark), false);
  }

  unmarkEverywhere(mark: string, uids?: string[]): void {
    for (const uid of uids ?? this.paras.map((p) => p.uid)) {
      const runs = this.para(uid).runs;
      if (runs.some((r) => r.marks.includes(mark))) this.setRuns(uid, runs.map((r) => removeMark(r, mark)), false);
    }
  }

  /** The range covered by `mark` across paragraphs, or null. */
  spanOf(mark: string): RangeRef | null {
    let s: Pos | null = null;
    let e: Pos | null = null;
    for (const p of this.paras) {
      const span = markSpan(p.runs, mark);
      if (!span) continue;
      if (!s) s = { uid: p.uid, off: span.start };
      e = { uid: p.uid, off: span.end };
    }
    return s && e ? { s, e } : null;
  }

  deleteRange(r: RangeRef, rev: { del: RevMark; ins: RevMark } | null): void {
    this.replace(r, "", rev);
  }

  // ---- revisions ------------------------------------------------------------------------

  revisions(scope?: RangeRef): RevisionSpan[] {
    const byId = new Map<string, RevisionSpan>();
    const order: RevisionSpan[] = [];
    const uids = scope ? this.parasIn(scope) : this.paras.map((p) => p.uid);
    uids.forEach((uid, k) => {
      const p = this.para(uid);
      const lo = scope && k === 0 ? scope.s.off : 0;
      const hi = scope && k === uids.length - 1 ? scope.e.off : Infinity;
      if (p.ins && lo === 0) note(p.ins, "Added", "", uid, 0, 0);
      let pos = 0;
      for (const r of p.runs) {
        const a = pos;
        const b = pos + r.text.length;
        pos = b;
        if (b <= lo && r.text.length > 0) continue;
        if (a >= hi && !(a === hi && b === hi)) continue;
        if (r.ins) note(r.ins, "Added", r.text, uid, a, b);
        if (r.del) note(r.del, "Deleted", r.text, uid, a, b);
        if (r.fmt) note(r.fmt, "Formatted", "", uid, a, b);
      }
    });
    return order;

    function note(m: RevMark, type: RevisionSpan["type"], text: string, uid: string, a: number, b: number): void {
      const key = `${type}:${m.id}`;
      const cur = byId.get(key);
      if (cur) {
        cur.text += (cur.range.e.uid !== uid && text ? "\r" : "") + text;
        cur.range.e = { uid, off: b };
      } else {
        const span: RevisionSpan = { id: m.id, type, author: m.author, date: m.date, text, range: { s: { uid, off: a }, e: { uid, off: b } } };
        byId.set(key, span);
        order.push(span);
      }
    }
  }

  /** Accepts or rejects one revision (by id and kind) everywhere it appears. */
  resolveRevision(id: string, type: RevisionSpan["type"], accept: boolean): void {
    const drop = (type === "Added" && !accept) || (type === "Deleted" && accept);
    for (const uid of this.paras.map((p) => p.uid)) {
      if (!this.has(uid)) continue;
      const p = this.para(uid);
      const hits = p.runs.some((r) => (type === "Added" ? r.ins : type === "Deleted" ? r.del : r.fmt)?.id === id);
      if (hits) {
        const out: Run[] = [];
        for (const r of p.runs) {
          const m = type === "Added" ? r.ins : type === "Deleted" ? r.del : r.fmt;
          if (m?.id !== id) {
            out.push(r);
            continue;
          }
          if (drop) {
            this.onEdit?.({ kind: "splice", uid, at: runsLength(out), removed: r.text.length, inserted: 0 });
            continue;
          }
          if (type === "Added") out.push(withoutKey(r, "ins"));
          else if (type === "Deleted") out.push(withoutKey(r, "del"));
          else out.push(accept ? withoutKey(r, "fmt") : withoutKey({ ...r, hl: (r.fmt as FmtMark).before }, "fmt"));
        }
        this.setRuns(uid, out, type !== "Formatted");
      }
      if (type === "Added" && this.has(uid) && this.para(uid).ins?.id === id) {
        const cur = this.para(uid);
        const i = this.indexOf(uid);
        if (accept) {
          const next = { ...cur };
          delete (next as { ins?: RevMark }).ins;
          this.paras[i] = next;
          this.dirty = true;
        } else {
          // Rejecting an inserted paragraph mark joins the paragraph to the previous one.
          const prev = i > 0 ? this.paras[i - 1]! : null;
          if (prev) {
            const offset = this.length(prev.uid);
            this.setRuns(prev.uid, [...prev.runs, ...cur.runs]);
            this.onEdit?.({ kind: "merge", from: uid, into: prev.uid, offset, cut: 0, clampOff: offset });
            this.removePara(uid);
          } else if (cur.runs.length === 0 && this.paras.length > 1) {
            this.onEdit?.({ kind: "merge", from: uid, into: this.paras[1]!.uid, offset: 0, cut: 0, clampOff: 0 });
            this.removePara(uid);
          }
        }
      }
    }
  }

  currentText(uid: string): string {
    return currentText(this.para(uid).runs);
  }
}

function withoutKey(r: Run, key: "ins" | "del" | "fmt"): Run {
  const copy: { -readonly [K in keyof Run]?: Run[K] } = { ...r };
  delete copy[key];
  return copy as Run;
}

/** Moves a position through an edit, as Word moves range ends. */
export function adjustPos(p: Pos, e: EditEvent, isEnd: boolean): Pos {
  switch (e.kind) {
    case "splice": {
      if (p.uid !== e.uid || p.off < e.at) return p;
      const delta = e.inserted - e.removed;
      if (e.removed === 0 && p.off === e.at) return isEnd ? p : { uid: p.uid, off: p.off + e.inserted };
      if (p.off >= e.at + e.removed) return { uid: p.uid, off: p.off + delta };
      return { uid: p.uid, off: isEnd ? e.at + e.inserted : e.at };
    }
    case "split":
      if (p.uid !== e.uid || p.off < e.at || (p.off === e.at && isEnd)) return p;
      return { uid: e.newUid, off: p.off - e.at };
    case "merge":
      if (p.uid !== e.from) return p;
      return { uid: e.into, off: p.off < e.cut ? e.clampOff : e.offset + (p.off - e.cut) };
  }
}

export function adjustRange(r: RangeRef, e: EditEvent, docOrder: (uid: string) => number): void {
  r.s = adjustPos(r.s, e, false);
  r.e = adjustPos(r.e, e, true);
  const si = docOrder(r.s.uid);
  const ei = docOrder(r.e.uid);
  if (si > ei || (si === ei && r.s.off > r.e.off)) r.e = { ...r.s };
}

export function collapsed(r: RangeRef): boolean {
  return r.s.uid === r.e.uid && r.s.off === r.e.off;
}
