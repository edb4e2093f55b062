// createSimulatedWord: a Word host over a DocModel, for the playground and the adapter tests.
import type { DocModel } from "../engine/model";
import type {
  AnnotationClickedHandler,
  AnnotationPopupHandler,
  CapabilityLevel,
  ParagraphAddedHandler,
  ParagraphChangedHandler,
  ParagraphDeletedHandler,
} from "./base";
import { levelNumber, type SimQuirks } from "./base";
import { SimRequestContext, type ContextHost } from "./context";
import { modelFromState, stateFromModel } from "./convert";
import { SimError } from "./errors";
import type { WordHost } from "./host";
import { styleBuiltInOf } from "./objects";
import { markSpan, type Run } from "./runs";
import { type DocState, type RangeRef, type TrackingMode } from "./state";

export type { CapabilityLevel, SimQuirks } from "./base";

export interface SimOptions {
  /** Requirement sets the host reports (default "1.8"). */
  capabilities?: CapabilityLevel;
  /** A protected (read-only) document: every write fails with AccessDenied. */
  protected?: boolean;
  /** Initial tracking mode; default from DocModel.trackChanges. */
  changeTrackingMode?: TrackingMode;
  /** Initial selection (paragraph index and offsets). */
  selection?: { paragraph: number; start: number; end: number };
  /** The document user's name: the author of the add-in's and the user's tracked changes. */
  userName?: string;
  /** Clock for revision and comment dates. */
  now?: () => Date;
  /** "atomic" (default): a failed batch applies nothing. "partial": operations before the failing
   * one stay applied, as real Word does. */
  failedBatch?: "atomic" | "partial";
  /** Host bugs to reproduce (all off by default). */
  quirks?: SimQuirks;
}

export interface SimRunView {
  text: string;
  highlightColor: string | null;
  temporaryHighlight: boolean;
  insertion?: { id: string; author: string; date: string };
  deletion?: { id: string; author: string; date: string };
  formatting?: { id: string; author: string; date: string };
  annotationIds: string[];
  commentIds: string[];
  contentControlIds: number[];
}

export interface SimParagraphView {
  index: number;
  uniqueLocalId: string;
  style: string;
  styleBuiltIn: string;
  listLabel?: string;
  table?: { table: number; row: number; cell: number; nesting: number };
  runs: SimRunView[];
  /** Markup text (tracked deletions included), as `paragraph.text` reads it. */
  text: string;
}

export interface SimDocumentView {
  paragraphs: SimParagraphView[];
  tables: Array<{ index: number; rows: string[][] }>;
  comments: Array<{ id: string; author: string; date: string; content: string; resolved: boolean; paragraph: number; start: number; end: number }>;
  contentControls: Array<{ id: number; tag: string; title: string; paragraph: number; start: number; endParagraph: number; end: number }>;
  annotations: Array<{
    id: string;
    paragraph: number;
    start: number;
    end: number;
    state: "Created" | "Accepted" | "Rejected";
    colorScheme: string;
    suggestions: string[];
    titleResourceId?: string;
    subtitleResourceId?: string;
    brandingTextResourceId?: string;
  }>;
  selection: { paragraph: number; start: number; endParagraph: number; end: number } | null;
  changeTrackingMode: TrackingMode;
}

export interface SimulatedWord {
  host: WordHost;
  readonly syncCount: number;
  resetSyncCount(): void;
  snapshot(): SimDocumentView;
  subscribe(listener: () => void): () => void;
  userEdit(paragraphIndex: number, start: number, end: number, newText: string, author?: string): void;
  userSelect(paragraphIndex: number, start: number, end: number): void;
  userSetTrackingMode(mode: TrackingMode): void;
  triggerAnnotationPopupAction(annotationId: string, actionIndex: number): void;
  clickAnnotation(annotationId: string): void;
  model(): DocModel;
  /** The requirement sets Office.context.requirements.isSetSupported would report. */
  readonly capabilities: CapabilityLevel;
}

const ANNOTATION_LEVELS = new Set<CapabilityLevel>(["1.8", "1.8-annotations-broken"]);

/** "1.10" is newer than "1.8": compare major and minor as integers. */
function versionAtMost(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  if (!m) return false;
  const [vMajor, vMinor] = [Number(m[1]), Number(m[2] ?? 0)];
  return vMajor < major || (vMajor === major && vMinor <= minor);
}

export function createSimulatedWord(doc: DocModel, options: SimOptions = {}): SimulatedWord {
  const level: CapabilityLevel = options.capabilities ?? "1.8";
  let state: DocState = stateFromModel(doc, options.changeTrackingMode);
  if (options.selection) {
    const p = state.paras[options.selection.paragraph];
    if (p) state.selection = { s: { uid: p.uid, off: options.selection.start }, e: { uid: p.uid, off: options.selection.end } };
  }
  let syncs = 0;
  const listeners = new Set<() => void>();
  const handlers = {
    paragraphChanged: new Set<ParagraphChangedHandler>(),
    paragraphAdded: new Set<ParagraphAddedHandler>(),
    paragraphDeleted: new Set<ParagraphDeletedHandler>(),
    annotationClicked: new Set<AnnotationClickedHandler>(),
    annotationPopupAction: new Set<AnnotationPopupHandler>(),
  };

  // Word delivers events asynchronously, after the batch that caused them.
  const fire = <A>(set: Set<(args: A) => Promise<unknown>>, args: A): void => {
    for (const h of [...set]) setTimeout(() => void h(args), 0);
  };

  const commit = (next: DocState): void => {
    const added = [...next.added].filter((uid) => next.has(uid));
    const changed = [...next.changed].filter((uid) => next.has(uid) && !next.added.has(uid));
    const removed = [...next.removed];
    const dirty = next.dirty;
    next.changed.clear();
    next.added.clear();
    next.removed.clear();
    next.dirty = false;
    state = next;
    if (!dirty) return;
    for (const l of [...listeners]) l();
    if (changed.length) fire(handlers.paragraphChanged, { type: "ParagraphChanged", source: "Local", uniqueLocalIds: changed });
    if (added.length) fire(handlers.paragraphAdded, { type: "ParagraphAdded", source: "Local", uniqueLocalIds: added });
    if (removed.length) fire(handlers.paragraphDeleted, { type: "ParagraphDeleted", source: "Local", uniqueLocalIds: removed });
  };

  const core: ContextHost = {
    level,
    isProtected: options.protected ?? false,
    userName: options.userName ?? "You",
    quirks: options.quirks ?? {},
    now: options.now ?? (() => new Date()),
    handlers,
    failedBatch: options.failedBatch ?? "atomic",
    current: () => state,
    commit,
    countSync: () => {
      syncs += 1;
    },
  };

  const host: WordHost = {
    async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new SimRequestContext(core);
      // The single boundary where the simulated context stands in for Word's.
      return batch(ctx as unknown as Word.RequestContext);
    },
    isSetSupported(name: string, version: string): boolean {
      if (name === "WordApi") return versionAtMost(version, 1, Math.round((levelNumber(level) - 1) * 10));
      // Perpetual-licence desktop Word reports the desktop sets too; annotations still fail there.
      if (name === "WordApiDesktop") return level === "1.8-annotations-broken" ? versionAtMost(version, 1, 8) : ANNOTATION_LEVELS.has(level) && versionAtMost(version, 1, 1);
      return false;
    },
  };

  const userChange = (f: (w: DocState) => void): void => {
    const w = state.fork();
    f(w);
    commit(w);
  };

  const rangeOf = (w: DocState, paragraphIndex: number, start: number, end: number): RangeRef => {
    const p = w.paras[paragraphIndex];
    if (!p) throw new SimError("InvalidArgument", `There is no paragraph ${paragraphIndex}.`);
    const len = w.length(p.uid);
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= len)) {
      throw new SimError("InvalidArgument", `Offsets [${start}, ${end}) are outside paragraph ${paragraphIndex} (length ${len}).`);
    }
    return { s: { uid: p.uid, off: start }, e: { uid: p.uid, off: end } };
  };

  const userEditIn = (w: DocState, paragraphIndex: number, start: number, end: number, newText: string, author: string): void => {
    const r = rangeOf(w, paragraphIndex, start, end);
    const date = core.now().toISOString();
    const rev = w.trackingMode === "Off" ? null : { del: { id: w.nextId("R"), author, date }, ins: { id: w.nextId("R"), author, date } };
    const inserted = w.replace(r, newText, rev);
    // The caret follows typing.
    w.selection = { s: { ...inserted.e }, e: { ...inserted.e } };
  };

  return {
    host,
    capabilities: level,
    get syncCount() {
      return syncs;
    },
    resetSyncCount() {
      syncs = 0;
    },
    snapshot: () => snapshotOf(state),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    userEdit(paragraphIndex, start, end, newText, author) {
      userChange((w) => userEditIn(w, paragraphIndex, start, end, newText, author ?? core.userName));
    },
    userSelect(paragraphIndex, start, end) {
      userChange((w) => {
        w.selection = rangeOf(w, paragraphIndex, start, end);
        w.dirty = true;
      });
    },
    userSetTrackingMode(mode) {
      userChange((w) => {
        w.trackingMode = mode;
        w.dirty = true;
      });
    },
    triggerAnnotationPopupAction(annotationId, actionIndex) {
      const a = state.annotations.get(annotationId);
      if (!a || a.state !== "Created") throw new SimError("ItemNotFound", `There is no open annotation ${annotationId}.`);
      const suggestions = a.critique.popupOptions?.suggestions ?? [];
      const suggestion = suggestions[actionIndex];
      userChange((w) => {
        const i = w.indexOf(a.uid);
        const span = i >= 0 ? markSpan(w.para(a.uid).runs, `a:${annotationId}`) : null;
        if (suggestion !== undefined && span) userEditIn(w, i, span.start, span.end, suggestion, core.userName);
        w.annotations.set(annotationId, { ...a, state: suggestion !== undefined ? "Accepted" : "Rejected" });
        w.dirty = true;
      });
      const args: Word.AnnotationPopupActionEventArgs =
        suggestion !== undefined ? { id: annotationId, action: "Accept", critiqueSuggestion: suggestion } : { id: annotationId, action: "Reject", critiqueSuggestion: "" };
      fire(handlers.annotationPopupAction, args);
    },
    clickAnnotation(annotationId) {
      if (!state.annotations.has(annotationId)) throw new SimError("ItemNotFound", `There is no annotation ${annotationId}.`);
      fire(handlers.annotationClicked, { id: annotationId });
    },
    model: () => modelFromState(state, doc.name),
  };
}

function runView(r: Run): SimRunView {
  const ids = (prefix: string): string[] => r.marks.filter((m) => m.startsWith(prefix)).map((m) => m.slice(prefix.length));
  return {
    text: r.text,
    highlightColor: r.hl,
    temporaryHighlight: r.temp,
    ...(r.ins ? { insertion: { id: r.ins.id, author: r.ins.author, date: r.ins.date } } : {}),
    ...(r.del ? { deletion: { id: r.del.id, author: r.del.author, date: r.del.date } } : {}),
    ...(r.fmt ? { formatting: { id: r.fmt.id, author: r.fmt.author, date: r.fmt.date } } : {}),
    annotationIds: ids("a:"),
    commentIds: ids("c:"),
    contentControlIds: ids("cc:").map(Number),
  };
}

function snapshotOf(w: DocState): SimDocumentView {
  const idx = (uid: string): number => w.indexOf(uid);
  const paragraphs: SimParagraphView[] = w.paras.map((p, index) => ({
    index,
    uniqueLocalId: p.uid,
    style: p.style,
    styleBuiltIn: styleBuiltInOf(p.style),
    ...(p.listLabel !== undefined ? { listLabel: p.listLabel } : {}),
    ...(p.table ? { table: { ...p.table } } : {}),
    runs: p.runs.map(runView),
    text: p.runs.map((r) => r.text).join(""),
  }));
  const spanView = (mark: string): { paragraph: number; start: number; endParagraph: number; end: number } | null => {
    const r = w.spanOf(mark);
    return r ? { paragraph: idx(r.s.uid), start: r.s.off, endParagraph: idx(r.e.uid), end: r.e.off } : null;
  };
  return {
    paragraphs,
    tables: w.tables.map((t, index) => ({
      index,
      rows: t.rows.map((row) => row.map((cell) => cell.filter((u) => w.has(u)).map((u) => w.text(u)).join("\n"))),
    })),
    comments: [...w.comments.values()].map((c) => {
      const s = spanView(`c:${c.id}`);
      return { ...c, paragraph: s?.paragraph ?? -1, start: s?.start ?? 0, end: s?.end ?? 0 };
    }),
    contentControls: [...w.controls.values()].map((c) => {
      const s = spanView(`cc:${c.id}`);
      return { id: c.id, tag: c.tag, title: c.title, paragraph: s?.paragraph ?? -1, start: s?.start ?? 0, endParagraph: s?.endParagraph ?? -1, end: s?.end ?? 0 };
    }),
    annotations: [...w.annotations.values()].map((a) => {
      const s = spanView(`a:${a.id}`);
      const po = a.critique.popupOptions;
      return {
        id: a.id,
        paragraph: s?.paragraph ?? idx(a.uid),
        start: s?.start ?? a.critique.start,
        end: s?.end ?? a.critique.start + a.critique.length,
        state: a.state,
        colorScheme: a.critique.colorScheme,
        suggestions: po?.suggestions ?? [],
        ...(po ? { titleResourceId: po.titleResourceId, subtitleResourceId: po.subtitleResourceId, brandingTextResourceId: po.brandingTextResourceId } : {}),
      };
    }),
    selection: w.selection && w.has(w.selection.s.uid) && w.has(w.selection.e.uid)
      ? { paragraph: idx(w.selection.s.uid), start: w.selection.s.off, endParagraph: idx(w.selection.e.uid), end: w.selection.e.off }
      : null,
    changeTrackingMode: w.trackingMode,
  };
}
