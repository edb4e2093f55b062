// DocModel <-> simulated document. Revisions become run marks (deletions spliced back in, Word's
// "All Markup" view); comments become run marks; tables keep their cell -> paragraph structure.
import type { Comment, DocModel, Paragraph, Revision, Table } from "../engine/model";
import { currentText, originalText, plainRun, runsText, normalizeRuns, type Run } from "./runs";
import { DocState, type CommentState, type ParaState, type TableState, type TrackingMode } from "./state";

function parasFrom(doc: DocModel, comments: readonly Comment[]): ParaState[] {
  const revsBy = new Map<number, Revision[]>();
  for (const r of doc.revisions) {
    const list = revsBy.get(r.paragraph) ?? [];
    list.push(r);
    revsBy.set(r.paragraph, list);
  }
  const commentsBy = new Map<number, Comment[]>();
  for (const c of comments) {
    if (c.paragraph < 0) continue;
    const list = commentsBy.get(c.paragraph) ?? [];
    list.push(c);
    commentsBy.set(c.paragraph, list);
  }
  return doc.paragraphs.map((p, i) => buildPara(p, `P${i + 1}`, revsBy.get(i) ?? [], commentsBy.get(i) ?? []));
}

function buildPara(p: Paragraph, uid: string, revs: Revision[], comments: Comment[]): ParaState {
  const text = p.text;
  const style = p.style ?? (p.headingLevel ? `Heading ${p.headingLevel}` : "Normal");
  if (revs.length === 0 && comments.length === 0) {
    return {
      uid,
      runs: text ? [plainRun(text)] : [],
      style,
      ...(p.listLabel !== undefined ? { listLabel: p.listLabel } : {}),
      ...(p.table ? { table: p.table } : {}),
    };
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of revs) {
    cuts.add(Math.min(Math.max(r.start, 0), text.length));
    cuts.add(Math.min(Math.max(r.end, 0), text.length));
  }
  for (const c of comments) {
    cuts.add(Math.min(Math.max(c.start, 0), text.length));
    cuts.add(Math.min(Math.max(c.end, 0), text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const deletions = revs.filter((r) => r.type === "deletion" || r.type === "moveFrom");
  const runs: Run[] = [];
  const emitDeletionsAt = (pos: number): void => {
    for (const d of deletions) {
      if (Math.min(Math.max(d.start, 0), text.length) === pos && d.text) {
        runs.push({ ...plainRun(d.text), del: { id: d.id, author: d.author, date: d.date ?? "" } });
      }
    }
  };
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    emitDeletionsAt(a);
    if (b <= a) continue;
    let run: Run = plainRun(text.slice(a, b));
    for (const r of revs) {
      if (r.start <= a && r.end >= b) {
        const mark = { id: r.id, author: r.author, date: r.date ?? "" };
        if (r.type === "insertion" || r.type === "moveTo") run = { ...run, ins: mark };
        if (r.type === "formatting") run = { ...run, fmt: { ...mark, before: null } };
      }
    }
    const marks = comments.filter((c) => c.start <= a && c.end >= b).map((c) => `c:${c.id}`);
    if (marks.length) run = { ...run, marks };
    runs.push(run);
  }
  if (points.length === 1 || text.length === 0) emitDeletionsAt(0);
  else emitDeletionsAt(text.length);
  return {
    uid,
    runs: normalizeRuns(runs),
    style,
    ...(p.listLabel !== undefined ? { listLabel: p.listLabel } : {}),
    ...(p.table ? { table: p.table } : {}),
  };
}

export function stateFromModel(doc: DocModel, trackingMode?: TrackingMode): DocState {
  const paras = parasFrom(doc, doc.comments);
  if (paras.length === 0) paras.push({ uid: "P1", runs: [], style: "Normal" });
  const tables: TableState[] = doc.tables.map((t) => ({
    nesting: t.nesting,
    rows: t.rows.map((row) => row.map((cell) => cell.paragraphs.map((i) => paras[i]?.uid).filter((u): u is string => !!u))),
  }));
  const comments = new Map<string, CommentState>(
    doc.comments.map((c) => [c.id, { id: c.id, author: c.author, date: c.date ?? "", content: c.text, resolved: false }]),
  );
  return new DocState({
    paras,
    tables,
    comments,
    controls: new Map(),
    annotations: new Map(),
    settings: new Map(),
    trackingMode: trackingMode ?? (doc.trackChanges ? "TrackAll" : "Off"),
    selection: null,
    seq: paras.length + 1000,
  });
}

const HEADING = /^Heading\s*([1-9])$/i;

/** The document as the engine sees it: current text, original text and revisions per paragraph. */
export function modelFromState(w: DocState, name?: string): DocModel {
  const indexOf = new Map(w.paras.map((p, i) => [p.uid, i]));
  const revisions: Revision[] = [];
  const paragraphs: Paragraph[] = w.paras.map((p, index) => {
    const cur = currentText(p.runs);
    const orig = originalText(p.runs);
    let c = 0;
    let o = 0;
    for (const r of p.runs) {
      const len = r.text.length;
      if (r.ins) pushRev(r.ins, "insertion", index, c, c + len, o, o, r.text);
      if (r.del) pushRev(r.del, "deletion", index, c, c, o, o + len, r.text);
      if (r.fmt && !r.del) pushRev(r.fmt, "formatting", index, c, c + len, o, r.ins ? o : o + len, "");
      if (!r.del) c += len;
      if (!r.ins) o += len;
    }
    const heading = HEADING.exec(p.style);
    const out: Paragraph = { index, text: cur, style: p.style };
    if (heading) out.headingLevel = Number(heading[1]);
    if (p.listLabel !== undefined) out.listLabel = p.listLabel;
    if (p.table) out.table = p.table;
    if (p.runs.some((r) => r.ins || r.del || r.fmt) || p.ins) out.originalText = orig;
    return out;
  });

  function pushRev(m: { id: string; author: string; date: string }, type: Revision["type"], paragraph: number, start: number, end: number, os: number, oe: number, text: string): void {
    const last = revisions[revisions.length - 1];
    if (last && last.id === m.id && last.type === type && last.paragraph === paragraph && last.end === start && last.originalEnd === os) {
      last.end = end;
      last.originalEnd = oe;
      last.text += text;
      return;
    }
    revisions.push({ id: m.id, type, author: m.author, date: m.date || null, paragraph, start, end, originalStart: os, originalEnd: oe, text });
  }

  const tables: Table[] = w.tables.map((t, index) => ({
    index,
    nesting: t.nesting,
    rows: t.rows.map((row) =>
      row.map((cell) => {
        const idx = cell.map((u) => indexOf.get(u)).filter((i): i is number => i !== undefined);
        return { text: idx.map((i) => paragraphs[i]!.text).join("\n"), paragraphs: idx };
      }),
    ),
  }));

  const comments: Comment[] = [...w.comments.values()].map((c) => {
    const span = w.spanOf(`c:${c.id}`);
    let paragraph = -1;
    let start = 0;
    let end = 0;
    if (span) {
      paragraph = indexOf.get(span.s.uid) ?? -1;
      const runs = w.para(span.s.uid).runs;
      // Offsets in current text: count non-deleted characters before the span.
      start = currentText(cutRuns(runs, span.s.off)).length;
      const endOff = span.e.uid === span.s.uid ? span.e.off : runsText(runs).length;
      end = currentText(cutRuns(runs, endOff)).length;
    }
    return { id: c.id, author: c.author, date: c.date || null, text: c.content, paragraph, start, end };
  });

  return {
    paragraphs,
    tables,
    revisions,
    comments,
    trackChanges: w.trackingMode !== "Off",
    ...(name ? { name } : {}),
  };
}

function cutRuns(runs: readonly Run[], off: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    if (pos >= off) break;
    const take = Math.min(r.text.length, off - pos);
    out.push({ ...r, text: r.text.slice(0, take) });
    pos += r.text.length;
  }
  return out;
}
