// The simulated Word object model: the subset of Word.* that Gatecheck uses, with the names,
// requirement sets and behaviour of @types/office-js. test/sim/types-conformance.test.ts checks
// the surface against the real typings.
import {
  SimClientResult,
  SimCollection,
  SimObject,
  levelNumber,
  type AnnotationClickedHandler,
  type AnnotationPopupHandler,
  type BatchEnv,
  type ContextInternals,
  type LoadArg,
  type ParagraphChangedHandler,
  type ProxyInternals,
  parseLoad,
} from "./base";
import { SimError } from "./errors";
import { currentText, originalText, runsText, sliceRuns, type RevMark } from "./runs";
import { compileSearch, findAll, type SearchOptionsLike } from "./search";
import { collapsed, type AnnotationState, type DocState, type RangeRef, type RevisionSpan } from "./state";

type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";
type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";

const HIGHLIGHT_NAMES: Record<string, string> = {
  yellow: "#FFFF00",
  brightgreen: "#00FF00",
  lime: "#00FF00",
  purple: "#800080",
  olive: "#808000",
  gray: "#808080",
  green: "#008000",
  turquoise: "#00FFFF",
  pink: "#FF00FF",
  blue: "#0000FF",
  red: "#FF0000",
  darkblue: "#000080",
  teal: "#008080",
  violet: "#800080",
  darkred: "#800000",
  darkyellow: "#808000",
  gray25: "#C0C0C0",
  lightgray: "#C0C0C0",
  gray50: "#808080",
  darkgray: "#808080",
  black: "#000000",
  white: "#FFFFFF",
};

/** Word stores highlight colours as "#RRGGBB" whatever name was written (null: no highlight). */
export function normalizeHighlight(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === "" || /^(none|nohighlight)$/i.test(color)) return null;
  const named = HIGHLIGHT_NAMES[color.replace(/\s+/g, "").toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new SimError("InvalidArgument", `"${color}" is not a highlight colour.`);
}

function iso(d: Date): string {
  return d.toISOString();
}

function tracked(env: BatchEnv): { del: RevMark; ins: RevMark } | null {
  if (env.w.trackingMode === "Off") return null;
  const date = iso(env.core.now());
  return {
    del: { id: env.w.nextId("R"), author: env.core.userName, date },
    ins: { id: env.w.nextId("R"), author: env.core.userName, date },
  };
}

function orderOf(w: DocState, uid: string): number {
  return w.indexOf(uid);
}

function cmpPos(w: DocState, a: { uid: string; off: number }, b: { uid: string; off: number }): number {
  const d = orderOf(w, a.uid) - orderOf(w, b.uid);
  return d !== 0 ? d : a.off - b.off;
}

export function bodyRange(w: DocState): RangeRef {
  const first = w.paras[0]!;
  const last = w.paras[w.paras.length - 1]!;
  return { s: { uid: first.uid, off: 0 }, e: { uid: last.uid, off: w.length(last.uid) } };
}

function paraRange(w: DocState, uid: string): RangeRef {
  return { s: { uid, off: 0 }, e: { uid, off: w.length(uid) } };
}

function copyRange(r: RangeRef): RangeRef {
  return { s: { ...r.s }, e: { ...r.e } };
}

function subRange(w: DocState, r: RangeRef, loc: RangeLocation, afterPara: boolean): RangeRef {
  switch (loc) {
    case "Whole":
    case "Content":
      return copyRange(r);
    case "Start":
    case "Before":
      return { s: { ...r.s }, e: { ...r.s } };
    case "End":
      return { s: { ...r.e }, e: { ...r.e } };
    case "After": {
      if (afterPara) {
        const i = w.indexOf(r.e.uid);
        const next = w.paras[i + 1];
        if (next) return { s: { uid: next.uid, off: 0 }, e: { uid: next.uid, off: 0 } };
      }
      return { s: { ...r.e }, e: { ...r.e } };
    }
    default:
      throw new SimError("InvalidArgument", `"${String(loc)}" is not a valid range location.`);
  }
}

function checkLocation<T extends string>(api: string, loc: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(loc)) {
    throw new SimError("InvalidArgument", `${api}: "${loc}" is not a valid location here (use ${allowed.join(", ")}).`);
  }
  return loc as T;
}

/** Search within a range: matches as ranges, in document order. */
function searchRange(w: DocState, scope: RangeRef, re: RegExp): RangeRef[] {
  const uids = w.parasIn(scope);
  const starts: number[] = [];
  const bases: number[] = [];
  let text = "";
  uids.forEach((uid, k) => {
    const t = w.text(uid);
    const a = k === 0 ? scope.s.off : 0;
    const b = k === uids.length - 1 ? scope.e.off : t.length;
    if (k > 0) text += "\r";
    starts.push(text.length);
    bases.push(a);
    text += t.slice(a, b);
  });
  const at = (pos: number): { uid: string; off: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { uid: uids[lo]!, off: bases[lo]! + pos - starts[lo]! };
  };
  return findAll(re, text).map(([a, b]) => ({ s: at(a), e: at(b) }));
}

function reviewedText(w: DocState, r: RangeRef, version: string | undefined): string {
  const uids = w.parasIn(r);
  return uids
    .map((uid, k) => {
      const runs = w.para(uid).runs;
      const a = k === 0 ? r.s.off : 0;
      const b = k === uids.length - 1 ? r.e.off : runsText(runs).length;
      const mid = sliceRuns(runs, a, b).mid;
      return version === "Original" ? originalText(mid) : currentText(mid);
    })
    .join("\r");
}

function commentIdsIn(w: DocState, r: RangeRef): string[] {
  const seen = new Set<string>();
  for (const run of w.runsIn(r)) for (const m of run.marks) if (m.startsWith("c:")) seen.add(m.slice(2));
  // A comment touching the range counts, as in Word.
  for (const uid of w.parasIn(r)) for (const run of w.para(uid).runs) for (const m of run.marks) {
    if (m.startsWith("c:") && !seen.has(m.slice(2))) {
      const span = w.spanOf(m);
      if (span && cmpPos(w, span.s, r.e) <= 0 && cmpPos(w, span.e, r.s) >= 0) seen.add(m.slice(2));
    }
  }
  return [...seen].filter((id) => w.comments.has(id));
}

function controlIdsIn(w: DocState, r: RangeRef, whole: boolean): string[] {
  const ids: string[] = [];
  const uids = whole ? w.paras.map((p) => p.uid) : w.parasIn(r);
  for (const uid of uids) for (const run of w.para(uid).runs) for (const m of run.marks) {
    if (m.startsWith("cc:") && !ids.includes(m.slice(3))) ids.push(m.slice(3));
  }
  return ids.filter((id) => {
    if (!w.controls.has(id)) return false;
    if (whole) return true;
    const span = w.spanOf(`cc:${id}`);
    return !!span && cmpPos(w, span.s, r.s) >= 0 && cmpPos(w, span.e, r.e) <= 0;
  });
}

function liveRange(env: BatchEnv, r: RangeRef): RangeRef {
  if (!env.w.has(r.s.uid) || !env.w.has(r.e.uid)) throw new SimError("ItemNotFound", "The range no longer exists.");
  return r;
}

function controlRange(env: BatchEnv, id: string): RangeRef {
  const r = env.w.spanOf(`cc:${id}`);
  if (!r || !env.w.controls.has(id)) throw new SimError("ItemNotFound", "The content control no longer exists.");
  return r;
}

function commentOf(env: BatchEnv, id: string): { id: string; author: string; date: string; content: string; resolved: boolean } {
  const c = env.w.comments.get(id);
  if (!c) throw new SimError("ItemNotFound", "The comment no longer exists.");
  return c;
}

// ---- shared behaviour of Body, Paragraph, Range and ContentControl ------------------------

abstract class SimRangeLike<V> extends SimObject<V> {
  protected abstract readonly _kind: string;
  /** The range this object covers, in the batch's document. */
  protected abstract _range(env: BatchEnv, v: V): RangeRef;
  /** "After" on a paragraph means the start of the next paragraph. */
  protected readonly _afterIsNextParagraph: boolean = false;

  private _fontProxy: SimFont | undefined;
  private _paragraphsProxy: SimParagraphCollection | undefined;
  private _controlsProxy: SimContentControlCollection | undefined;

  get font(): SimFont {
    this._fontProxy ??= new SimFont(this._ctx, (env) => this._range(env, this._req(env)));
    return this._fontProxy;
  }

  get paragraphs(): SimParagraphCollection {
    this._paragraphsProxy ??= new SimParagraphCollection(this._ctx, `${this._kind}.paragraphs`, (env) => {
      const r = this._range(env, this._req(env));
      return env.w.parasIn(r);
    }, false);
    return this._paragraphsProxy;
  }

  get contentControls(): SimContentControlCollection {
    this._controlsProxy ??= new SimContentControlCollection(this._ctx, `${this._kind}.contentControls`, (env) => {
      const r = this._range(env, this._req(env));
      return controlIdsIn(env.w, r, this._kind === "Body");
    }, false);
    return this._controlsProxy;
  }

  protected override _nav(name: string): ProxyInternals | null {
    if (name === "font") return this.font as SimObject<unknown>;
    if (name === "paragraphs") return this.paragraphs as SimObject<unknown>;
    if (name === "contentControls") return this.contentControls as SimObject<unknown>;
    return null;
  }

  getRange(rangeLocation: RangeLocation | Word.RangeLocation = "Whole"): SimRange {
    const loc = checkLocation(`${this._kind}.getRange`, rangeLocation, ["Whole", "Start", "End", "Before", "After", "Content"] as const);
    return new SimRange(this._ctx, `${this._kind}.getRange`, (env) => subRange(env.w, this._range(env, this._req(env)), loc, this._afterIsNextParagraph), true);
  }

  search(searchText: string, searchOptions?: SearchOptionsLike): SimRangeCollection {
    const re = compileSearch(searchText, searchOptions ?? {});
    return new SimRangeCollection(this._ctx, `${this._kind}.search`, (env) => searchRange(env.w, this._range(env, this._req(env)), re), true);
  }

  getReviewedText(changeTrackingVersion?: "Original" | "Current" | Word.ChangeTrackingVersion): SimClientResult<string> {
    this._ctx._require(1.4, `${this._kind}.getReviewedText`);
    const result = new SimClientResult<string>();
    this._ctx._enqueue((env) => {
      const text = reviewedText(env.w, this._range(env, this._req(env)), changeTrackingVersion ?? "Current");
      env.afterCommit(() => result._publish(text));
    });
    return result;
  }

  getTrackedChanges(): SimTrackedChangeCollection {
    this._ctx._require(1.6, `${this._kind}.getTrackedChanges`);
    return new SimTrackedChangeCollection(this._ctx, (env) => {
      const r = this._range(env, this._req(env));
      return this._kind === "Body" ? env.w.revisions() : env.w.revisions(r);
    });
  }

  getComments(): SimCommentCollection {
    this._ctx._require(1.4, `${this._kind}.getComments`);
    return new SimCommentCollection(this._ctx, (env) => commentIdsIn(env.w, this._range(env, this._req(env))));
  }

  select(selectionMode?: "Select" | "Start" | "End" | Word.SelectionMode): void {
    this._ctx._enqueue((env) => {
      const r = this._range(env, this._req(env));
      const sel = selectionMode === "Start" ? subRange(env.w, r, "Start", false) : selectionMode === "End" ? subRange(env.w, r, "End", false) : copyRange(r);
      env.w.selection = sel;
      env.w.dirty = true;
    });
  }

  /** Shared insertText; each class states the locations Word accepts for it. */
  protected _insertText(text: string, location: string, allowed: readonly InsertLocation[]): SimRange {
    const loc = checkLocation(`${this._kind}.insertText`, location, allowed);
    if (typeof text !== "string") throw new SimError("InvalidArgument", `${this._kind}.insertText: text must be a string.`);
    return new SimRange(this._ctx, `${this._kind}.insertText`, (env) => {
      env.write();
      const r = this._range(env, this._req(env));
      const target = loc === "Replace" ? copyRange(r) : loc === "Start" || loc === "Before" ? { s: { ...r.s }, e: { ...r.s } } : { s: { ...r.e }, e: { ...r.e } };
      const inserted = env.w.replace(target, text, tracked(env));
      // The object that received Start/End/Replace grows to cover the new text, as in Word.
      if (loc === "Replace") {
        r.s = { ...inserted.s };
        r.e = { ...inserted.e };
      } else if (loc === "Start") {
        r.s = { ...target.s };
      } else if (loc === "End") {
        r.e = { ...inserted.e };
      }
      return inserted;
    }, true);
  }

  protected _insertParagraph(text: string, location: string, allowed: readonly InsertLocation[]): SimParagraph {
    const loc = checkLocation(`${this._kind}.insertParagraph`, location, allowed);
    return new SimParagraph(this._ctx, `${this._kind}.insertParagraph`, (env) => {
      env.write();
      const r = this._range(env, this._req(env));
      const before = loc === "Before" || loc === "Start";
      const ref = before ? r.s.uid : r.e.uid;
      const rev = tracked(env);
      return env.w.insertParagraph(ref, text, before ? "Before" : "After", rev ? rev.ins : null);
    }, true);
  }

  /** Only rich and plain text controls are simulated; other types fail with InvalidArgument. */
  insertContentControl(contentControlType?: Word.ContentControlType | string): SimContentControl {
    if (contentControlType && contentControlType !== "RichText" && contentControlType !== "PlainText") {
      throw new SimError("InvalidArgument", `${this._kind}.insertContentControl: only rich and plain text controls are simulated.`);
    }
    return new SimContentControl(this._ctx, `${this._kind}.insertContentControl`, (env) => {
      env.write();
      const r = this._range(env, this._req(env));
      const id = String(env.w.seq + 1);
      env.w.seq += 1;
      env.w.controls.set(id, { id: Number(id), tag: "", title: "" });
      env.w.markRange(r, `cc:${id}`);
      return id;
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

// ---- Document -----------------------------------------------------------------------------

export class SimEventHandlerResult {
  constructor(
    /** The request context that registered the handler (sync it after remove()). */
    readonly context: ContextInternals,
    private readonly _remove: () => void,
  ) {}

  remove(): void {
    this.context._enqueue((env) => env.afterCommit(this._remove));
  }
}

export class SimEventHandlers<T> {
  constructor(
    private readonly _ctx: ContextInternals,
    private readonly _name: string,
    private readonly _version: number,
    private readonly _set: (env: BatchEnv) => Set<(args: T) => Promise<unknown>>,
  ) {}

  add(handler: (args: T) => Promise<unknown>): SimEventHandlerResult {
    this._ctx._require(this._version, `Document.${this._name}.add`);
    let registry: Set<(args: T) => Promise<unknown>> | null = null;
    this._ctx._enqueue((env) => {
      const set = this._set(env);
      registry = set;
      env.afterCommit(() => set.add(handler));
    });
    return new SimEventHandlerResult(this._ctx, () => registry?.delete(handler));
  }

  remove(handler: (args: T) => Promise<unknown>): void {
    this._ctx._enqueue((env) => env.afterCommit(() => this._set(env).delete(handler)));
  }
}

export class SimDocument extends SimObject<true> {
  readonly body: SimBody;
  readonly onParagraphChanged: SimEventHandlers<Word.ParagraphChangedEventArgs>;
  readonly onParagraphAdded: SimEventHandlers<Word.ParagraphAddedEventArgs>;
  readonly onParagraphDeleted: SimEventHandlers<Word.ParagraphDeletedEventArgs>;
  readonly onAnnotationClicked: SimEventHandlers<Word.AnnotationClickedEventArgs>;
  readonly onAnnotationPopupAction: SimEventHandlers<Word.AnnotationPopupActionEventArgs>;
  private _settings: SimSettingCollection | undefined;

  constructor(ctx: ContextInternals) {
    super(ctx, "Document", () => true, false);
    this.body = new SimBody(ctx);
    this.onParagraphChanged = new SimEventHandlers<Word.ParagraphChangedEventArgs>(ctx, "onParagraphChanged", 1.6, (env) => env.core.handlers.paragraphChanged as Set<ParagraphChangedHandler>);
    this.onParagraphAdded = new SimEventHandlers<Word.ParagraphAddedEventArgs>(ctx, "onParagraphAdded", 1.6, (env) => env.core.handlers.paragraphAdded);
    this.onParagraphDeleted = new SimEventHandlers<Word.ParagraphDeletedEventArgs>(ctx, "onParagraphDeleted", 1.6, (env) => env.core.handlers.paragraphDeleted);
    this.onAnnotationClicked = new SimEventHandlers<Word.AnnotationClickedEventArgs>(ctx, "onAnnotationClicked", 1.8, (env) => env.core.handlers.annotationClicked as Set<AnnotationClickedHandler>);
    this.onAnnotationPopupAction = new SimEventHandlers<Word.AnnotationPopupActionEventArgs>(ctx, "onAnnotationPopupAction", 1.8, (env) => env.core.handlers.annotationPopupAction as Set<AnnotationPopupHandler>);
  }

  protected _props(): Record<string, (env: BatchEnv, v: true) => unknown> {
    return { changeTrackingMode: (env) => env.w.trackingMode };
  }

  protected override _propVersion(name: string): number {
    return name === "changeTrackingMode" ? 1.4 : 1.1;
  }

  protected override _nav(name: string): ProxyInternals | null {
    return name === "body" ? (this.body) : null;
  }

  get changeTrackingMode(): "Off" | "TrackAll" | "TrackMineOnly" {
    return this._get("changeTrackingMode");
  }

  set changeTrackingMode(mode: Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly") {
    this._ctx._require(1.4, "Document.changeTrackingMode");
    if (mode !== "Off" && mode !== "TrackAll" && mode !== "TrackMineOnly") {
      throw new SimError("InvalidArgument", `"${String(mode)}" is not a change tracking mode.`);
    }
    this._ctx._enqueue((env) => {
      env.write();
      if (env.w.trackingMode !== mode) {
        env.w.trackingMode = mode;
        env.w.dirty = true;
      }
    });
  }

  get settings(): SimSettingCollection {
    this._ctx._require(1.4, "Document.settings");
    this._settings ??= new SimSettingCollection(this._ctx);
    return this._settings;
  }

  getAnnotationById(id: string): SimAnnotation {
    this._ctx._require(1.7, "Document.getAnnotationById");
    return new SimAnnotation(this._ctx, "Document.getAnnotationById", (env) => {
      if (!env.w.annotations.has(id)) throw new SimError("ItemNotFound", `There is no annotation ${id}.`);
      return id;
    }, true);
  }

  getSelection(): SimRange {
    return new SimRange(this._ctx, "Document.getSelection", (env) => {
      const sel = env.w.selection;
      if (sel && env.w.has(sel.s.uid) && env.w.has(sel.e.uid)) return copyRange(sel);
      const first = env.w.paras[0]!.uid;
      return { s: { uid: first, off: 0 }, e: { uid: first, off: 0 } };
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

// ---- Body ---------------------------------------------------------------------------------

export class SimBody extends SimRangeLike<true> {
  protected readonly _kind = "Body";
  private _tables: SimTableCollection | undefined;

  constructor(ctx: ContextInternals) {
    super(ctx, "Body", () => true, false);
  }

  protected _range(env: BatchEnv): RangeRef {
    return bodyRange(env.w);
  }

  protected _props(): Record<string, (env: BatchEnv, v: true) => unknown> {
    return { text: (env) => env.w.rangeText(bodyRange(env.w)) };
  }

  protected override _nav(name: string): ProxyInternals | null {
    return name === "tables" ? (this.tables) : super._nav(name);
  }

  get text(): string {
    return this._get("text");
  }

  get tables(): SimTableCollection {
    this._tables ??= new SimTableCollection(this._ctx);
    return this._tables;
  }

  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | Word.InsertLocation): SimRange {
    return this._insertText(text, insertLocation, ["Replace", "Start", "End"]);
  }

  insertParagraph(paragraphText: string, insertLocation: "Start" | "End" | Word.InsertLocation): SimParagraph {
    return this._insertParagraph(paragraphText, insertLocation, ["Start", "End"]);
  }
}

// ---- Paragraph ----------------------------------------------------------------------------

const BUILT_IN: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  "list paragraph": "ListParagraph",
  quote: "Quote",
  "no spacing": "NoSpacing",
};

const BUILT_IN_CACHE = new Map<string, string>();

export function styleBuiltInOf(style: string): string {
  let known = BUILT_IN_CACHE.get(style);
  if (known === undefined) {
    known = computeBuiltIn(style);
    BUILT_IN_CACHE.set(style, known);
  }
  return known;
}

function computeBuiltIn(style: string): string {
  const m = /^heading\s*([1-9])$/i.exec(style.trim());
  if (m) return `Heading${m[1]}`;
  return BUILT_IN[style.trim().toLowerCase()] ?? "Other";
}

export class SimParagraph extends SimRangeLike<string> {
  protected readonly _kind = "Paragraph";
  protected override readonly _afterIsNextParagraph = true;

  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => string | null, eager: boolean) {
    super(ctx, api, resolver, eager);
  }

  /** @internal */
  static of(ctx: ContextInternals, uid: string): SimParagraph {
    return SimObject.preset(new SimParagraph(ctx, "Paragraph", SimObject.presetResolver, false), uid);
  }

  protected _range(env: BatchEnv, uid: string): RangeRef {
    if (!env.w.has(uid)) throw new SimError("ItemNotFound", "The paragraph no longer exists.");
    return paraRange(env.w, uid);
  }

  protected _props(): Record<string, (env: BatchEnv, uid: string) => unknown> {
    return {
      text: (env, uid) => env.w.text(uid),
      style: (env, uid) => env.w.para(uid).style,
      styleBuiltIn: (env, uid) => styleBuiltInOf(env.w.para(uid).style),
      isListItem: (env, uid) => env.w.para(uid).listLabel !== undefined,
      tableNestingLevel: (env, uid) => env.w.para(uid).table?.nesting ?? 0,
      uniqueLocalId: (_env, uid) => uid,
      outlineLevel: (env, uid) => {
        const m = /^Heading([1-9])$/.exec(styleBuiltInOf(env.w.para(uid).style));
        return m ? Number(m[1]) : 10;
      },
    };
  }

  protected override _propVersion(name: string): number {
    return name === "uniqueLocalId" ? 1.6 : 1.1;
  }

  private _listItemProxy: SimListItem | undefined;
  private _listItemOrNullProxy: SimListItem | undefined;

  protected override _nav(name: string): ProxyInternals | null {
    if (name === "listItem") return this.listItem;
    if (name === "listItemOrNullObject") return this.listItemOrNullObject;
    return super._nav(name);
  }

  /** Fails the batch with ItemNotFound when used on a paragraph outside a list (WordApi 1.3). */
  get listItem(): SimListItem {
    this._ctx._require(1.3, "Paragraph.listItem");
    this._listItemProxy ??= new SimListItem(this._ctx, "Paragraph.listItem", (env) => this._listItemOf(env, false), false);
    return this._listItemProxy;
  }

  /** A null object (isNullObject after sync) for a paragraph outside a list (WordApi 1.3). */
  get listItemOrNullObject(): SimListItem {
    this._ctx._require(1.3, "Paragraph.listItemOrNullObject");
    this._listItemOrNullProxy ??= new SimListItem(this._ctx, "Paragraph.listItemOrNullObject", (env) => this._listItemOf(env, true), false);
    return this._listItemOrNullProxy;
  }

  private _listItemOf(env: BatchEnv, nullable: boolean): string | null {
    const uid = this._req(env);
    if (!env.w.has(uid)) throw new SimError("ItemNotFound", "The paragraph no longer exists.");
    if (env.w.para(uid).listLabel !== undefined) return uid;
    if (nullable) return null;
    throw new SimError("ItemNotFound", "Paragraph.listItem: the paragraph is not part of a list.");
  }

  get text(): string {
    return this._get("text");
  }
  get style(): string {
    return this._get("style");
  }
  get styleBuiltIn(): Word.BuiltInStyleName {
    return this._get("styleBuiltIn");
  }
  get isListItem(): boolean {
    return this._get("isListItem");
  }
  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }
  get uniqueLocalId(): string {
    return this._get("uniqueLocalId");
  }
  get outlineLevel(): number {
    return this._get("outlineLevel");
  }

  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | Word.InsertLocation): SimRange {
    return this._insertText(text, insertLocation, ["Replace", "Start", "End"]);
  }

  insertParagraph(paragraphText: string, insertLocation: "Before" | "After" | Word.InsertLocation): SimParagraph {
    return this._insertParagraph(paragraphText, insertLocation, ["Before", "After"]);
  }

  getNext(): SimParagraph {
    return this._sibling(1, false);
  }
  getNextOrNullObject(): SimParagraph {
    return this._sibling(1, true);
  }
  getPrevious(): SimParagraph {
    return this._sibling(-1, false);
  }
  getPreviousOrNullObject(): SimParagraph {
    return this._sibling(-1, true);
  }

  private _sibling(step: number, nullable: boolean): SimParagraph {
    return new SimParagraph(this._ctx, "Paragraph.getNext", (env) => {
      const i = env.w.indexOf(this._req(env));
      const p = env.w.paras[i + step];
      if (p) return p.uid;
      if (nullable) return null;
      throw new SimError("ItemNotFound", "There is no paragraph there.");
    }, true);
  }

  insertAnnotations(annotations: Word.AnnotationSet): SimClientResult<string[]> {
    this._ctx._require(1.7, "Paragraph.insertAnnotations");
    const critiques = annotations?.critiques;
    if (!Array.isArray(critiques)) throw new SimError("InvalidArgument", "insertAnnotations: critiques must be an array.");
    const result = new SimClientResult<string[]>();
    this._ctx._enqueue((env) => {
      if (env.core.level === "1.8-annotations-broken") {
        throw new SimError("GeneralException", "An internal error has occurred.");
      }
      const uid = this._req(env);
      const len = env.w.length(uid);
      const ids: string[] = [];
      for (const c of critiques) {
        const ok =
          Number.isInteger(c.start) && Number.isInteger(c.length) && c.start >= 0 && c.length > 0 && c.start + c.length <= len;
        if (!ok) throw new SimError("InvalidArgument", `insertAnnotations: critique [${c.start}, +${c.length}) is outside the paragraph (length ${len}).`);
        if (!["Red", "Green", "Blue", "Lavender", "Berry"].includes(c.colorScheme)) {
          throw new SimError("InvalidArgument", `insertAnnotations: "${String(c.colorScheme)}" is not a critique colour scheme.`);
        }
        const sugg = c.popupOptions?.suggestions;
        if (sugg && (!Array.isArray(sugg) || sugg.length > 3)) {
          throw new SimError("InvalidArgument", "insertAnnotations: a critique offers at most 3 suggestions.");
        }
        const id = `{${env.w.nextId("A").slice(1).padStart(8, "0")}-0000-4000-8000-000000000000}`;
        const state: AnnotationState = {
          id,
          uid,
          state: "Created",
          critique: {
            colorScheme: c.colorScheme,
            start: c.start,
            length: c.length,
            ...(c.popupOptions ? { popupOptions: { ...c.popupOptions, suggestions: [...(c.popupOptions.suggestions ?? [])] } } : {}),
          },
        };
        env.w.annotations.set(id, state);
        env.w.markRange({ s: { uid, off: c.start }, e: { uid, off: c.start + c.length } }, `a:${id}`);
        ids.push(id);
      }
      env.afterCommit(() => result._publish(ids));
    });
    return result;
  }

  getAnnotations(): SimAnnotationCollection {
    this._ctx._require(1.7, "Paragraph.getAnnotations");
    return new SimAnnotationCollection(this._ctx, (env) => {
      const uid = this._req(env);
      const ids: string[] = [];
      for (const run of env.w.para(uid).runs) for (const m of run.marks) {
        if (m.startsWith("a:") && !ids.includes(m.slice(2))) ids.push(m.slice(2));
      }
      return ids.filter((id) => env.w.annotations.has(id));
    });
  }
}

// ---- List items ---------------------------------------------------------------------------

/**
 * Level of a list label: the depth of its first dotted number ("1." 0, "2.1" 1, "3.2.1" 2); labels
 * without a number ("(a)", bullets) are level 0. The DocModel keeps only the label, not Word's list.
 */
export function listLevelOf(label: string): number {
  const m = /\d+(?:\.\d+)*/.exec(label);
  return m ? m[0].split(".").length - 1 : 0;
}

/** The label of a live paragraph; ItemNotFound once it is gone or no longer in a list. */
function listLabelOf(env: BatchEnv, uid: string): string {
  const label = env.w.has(uid) ? env.w.para(uid).listLabel : undefined;
  if (label === undefined) throw new SimError("ItemNotFound", "The list item no longer exists.");
  return label;
}

/**
 * Order among siblings: the list items of the same level before it, back to the nearest item of a
 * lower level (its parent). Paragraphs outside lists are skipped, since Word continues a list's
 * numbering across them; the DocModel has no list identity, so all labelled paragraphs count as one list.
 */
function siblingIndexOf(env: BatchEnv, uid: string): number {
  const level = listLevelOf(listLabelOf(env, uid));
  let count = 0;
  for (let i = env.w.indexOf(uid) - 1; i >= 0; i--) {
    const label = env.w.paras[i]!.listLabel;
    if (label === undefined) continue;
    const l = listLevelOf(label);
    if (l < level) break;
    if (l === level) count++;
  }
  return count;
}

/** Word.ListItem (WordApi 1.3) of a paragraph; its value is the paragraph's uid. Read-only here. */
export class SimListItem extends SimObject<string> {
  protected _props(): Record<string, (env: BatchEnv, uid: string) => unknown> {
    return {
      listString: (env, uid) => listLabelOf(env, uid),
      level: (env, uid) => listLevelOf(listLabelOf(env, uid)),
      siblingIndex: (env, uid) => siblingIndexOf(env, uid),
    };
  }

  get listString(): string {
    return this._get("listString");
  }
  get level(): number {
    return this._get("level");
  }
  get siblingIndex(): number {
    return this._get("siblingIndex");
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimParagraphCollection extends SimCollection<SimParagraph, string> {
  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => string[] | null, eager: boolean) {
    super(ctx, api, resolver, eager);
  }

  protected _item(uid: string): SimParagraph {
    return SimParagraph.of(this._ctx, uid);
  }

  getFirst(): SimParagraph {
    return new SimParagraph(this._ctx, "ParagraphCollection.getFirst", this._firstResolver("ParagraphCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimParagraph {
    return new SimParagraph(this._ctx, "ParagraphCollection.getFirstOrNullObject", this._firstResolver("ParagraphCollection.getFirstOrNullObject", true), true);
  }

  getLast(): SimParagraph {
    return new SimParagraph(this._ctx, "ParagraphCollection.getLast", (env) => {
      const v = this._req(env);
      if (v.length === 0) throw new SimError("ItemNotFound", "ParagraphCollection.getLast: the collection is empty.");
      return v[v.length - 1]!;
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Range --------------------------------------------------------------------------------

export class SimRange extends SimRangeLike<RangeRef> {
  protected readonly _kind = "Range";

  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => RangeRef | null, eager: boolean) {
    super(ctx, api, (env) => {
      const r = resolver(env);
      if (r) ctx._registerRange(r);
      return r;
    }, eager);
  }

  /** @internal */
  static of(ctx: ContextInternals, r: RangeRef): SimRange {
    ctx._registerRange(r);
    return SimObject.preset(new SimRange(ctx, "Range", SimObject.presetResolver, false), r);
  }

  protected _range(env: BatchEnv, r: RangeRef): RangeRef {
    return liveRange(env, r);
  }

  protected _props(): Record<string, (env: BatchEnv, r: RangeRef) => unknown> {
    return {
      text: (env, r) => env.w.rangeText(liveRange(env, r)),
      isEmpty: (_env, r) => collapsed(r),
      style: (env, r) => env.w.para(r.s.uid).style,
    };
  }

  get text(): string {
    return this._get("text");
  }
  get isEmpty(): boolean {
    return this._get("isEmpty");
  }
  get style(): string {
    return this._get("style");
  }

  insertText(text: string, insertLocation: InsertLocation | Word.InsertLocation): SimRange {
    return this._insertText(text, insertLocation, ["Replace", "Start", "End", "Before", "After"]);
  }

  insertParagraph(paragraphText: string, insertLocation: "Before" | "After" | Word.InsertLocation): SimParagraph {
    return this._insertParagraph(paragraphText, insertLocation, ["Before", "After"]);
  }

  delete(): void {
    this._ctx._enqueue((env) => {
      env.write();
      env.w.replace(this._range(env, this._req(env)), "", tracked(env));
    });
  }

  expandTo(range: SimRange): SimRange {
    return new SimRange(this._ctx, "Range.expandTo", (env) => {
      const a = this._range(env, this._req(env));
      const b = range._range(env, range._req(env));
      return {
        s: { ...(cmpPos(env.w, a.s, b.s) <= 0 ? a.s : b.s) },
        e: { ...(cmpPos(env.w, a.e, b.e) >= 0 ? a.e : b.e) },
      };
    }, true);
  }

  insertComment(commentText: string): SimComment {
    this._ctx._require(1.4, "Range.insertComment");
    if (typeof commentText !== "string" || commentText.length === 0) {
      throw new SimError("InvalidArgument", "Range.insertComment: the comment text must not be empty.");
    }
    return new SimComment(this._ctx, "Range.insertComment", (env) => {
      env.write();
      const r = this._range(env, this._req(env));
      const id = env.w.nextId("C");
      env.w.comments.set(id, { id, author: env.core.userName, date: iso(env.core.now()), content: commentText, resolved: false });
      env.w.markRange(r, `c:${id}`);
      return id;
    }, true);
  }

  highlight(): void {
    this._ctx._require(1.8, "Range.highlight");
    this._ctx._enqueue((env) => {
      // Temporary highlight is a view state: allowed on a protected document, never saved.
      const r = this._range(env, this._req(env));
      env.w.setTemp(r, true);
    });
  }

  removeHighlight(): void {
    this._ctx._require(1.8, "Range.removeHighlight");
    this._ctx._enqueue((env) => {
      const r = this._range(env, this._req(env));
      env.w.setTemp(r, false);
    });
  }
}

export class SimRangeCollection extends SimCollection<SimRange, RangeRef> {
  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => RangeRef[] | null, eager: boolean) {
    super(ctx, api, resolver, eager);
  }

  protected _item(r: RangeRef): SimRange {
    return SimRange.of(this._ctx, r);
  }

  getFirst(): SimRange {
    return new SimRange(this._ctx, "RangeCollection.getFirst", (env) => {
      const r = this._firstResolver("RangeCollection.getFirst", false)(env);
      return r ? copyRange(r) : null;
    }, true);
  }

  getFirstOrNullObject(): SimRange {
    return new SimRange(this._ctx, "RangeCollection.getFirstOrNullObject", (env) => {
      const r = this._firstResolver("RangeCollection.getFirstOrNullObject", true)(env);
      return r ? copyRange(r) : null;
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Font ---------------------------------------------------------------------------------

export class SimFont extends SimObject<true> {
  // Its readers depend on the owning object.
  protected override readonly _pureProps: boolean = false;

  constructor(
    ctx: ContextInternals,
    private readonly _owner: (env: BatchEnv) => RangeRef,
  ) {
    super(ctx, "Font", () => true, false);
  }

  protected _props(): Record<string, (env: BatchEnv) => unknown> {
    return {
      highlightColor: (env) => {
        const runs = env.w.runsIn(this._owner(env)).filter((r) => r.text.length > 0);
        if (runs.length === 0) return null;
        const first = runs[0]!.hl;
        // Mixed highlighting reads as "" in Word; no highlight as null.
        return runs.every((r) => r.hl === first) ? first : "";
      },
    };
  }

  get highlightColor(): string {
    return this._get("highlightColor");
  }

  set highlightColor(color: string | null) {
    const value = normalizeHighlight(color);
    this._ctx._enqueue((env) => {
      env.write();
      const r = this._owner(env);
      const fmt = env.w.trackingMode === "Off" ? null : { id: env.w.nextId("R"), author: env.core.userName, date: iso(env.core.now()) };
      env.w.setHighlight(r, value, fmt);
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

// ---- Tables -------------------------------------------------------------------------------

function cellText(w: DocState, uids: string[]): string {
  return uids.filter((u) => w.has(u)).map((u) => w.text(u)).join("\n");
}

export class SimTable extends SimObject<number> {
  /** @internal */
  static of(ctx: ContextInternals, index: number): SimTable {
    return SimObject.preset(new SimTable(ctx, "Table", SimObject.presetResolver, false), index);
  }

  protected _props(): Record<string, (env: BatchEnv, i: number) => unknown> {
    return {
      values: (env, i) => env.w.tables[i]!.rows.map((row) => row.map((cell) => cellText(env.w, cell))),
      rowCount: (env, i) => env.w.tables[i]!.rows.length,
      nestingLevel: (env, i) => env.w.tables[i]!.nesting,
    };
  }

  get values(): string[][] {
    return this._get("values");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get nestingLevel(): number {
    return this._get("nestingLevel");
  }

  getCell(rowIndex: number, cellIndex: number): SimTableCell {
    return new SimTableCell(this._ctx, "Table.getCell", (env) => {
      const t = env.w.tables[this._req(env)]!;
      if (!t.rows[rowIndex]?.[cellIndex]) throw new SimError("ItemNotFound", `Table.getCell: there is no cell (${rowIndex}, ${cellIndex}).`);
      return { table: this._req(env), row: rowIndex, cell: cellIndex };
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimTableCell extends SimObject<{ table: number; row: number; cell: number }> {
  protected _props(): Record<string, (env: BatchEnv, v: { table: number; row: number; cell: number }) => unknown> {
    return {
      value: (env, v) => cellText(env.w, env.w.tables[v.table]!.rows[v.row]![v.cell]!),
      rowIndex: (_env, v) => v.row,
      cellIndex: (_env, v) => v.cell,
    };
  }

  get value(): string {
    return this._get("value");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get cellIndex(): number {
    return this._get("cellIndex");
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimTableCollection extends SimCollection<SimTable, number> {
  constructor(ctx: ContextInternals) {
    super(ctx, "Body.tables", (env) => env.w.tables.map((_t, i) => i), false);
  }

  protected _item(i: number): SimTable {
    return SimTable.of(this._ctx, i);
  }

  getFirst(): SimTable {
    return new SimTable(this._ctx, "TableCollection.getFirst", this._firstResolver("TableCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimTable {
    return new SimTable(this._ctx, "TableCollection.getFirstOrNullObject", this._firstResolver("TableCollection.getFirstOrNullObject", true), true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Content controls ---------------------------------------------------------------------

export class SimContentControl extends SimRangeLike<string> {
  protected readonly _kind = "ContentControl";

  /** @internal */
  static of(ctx: ContextInternals, id: string): SimContentControl {
    return SimObject.preset(new SimContentControl(ctx, "ContentControl", SimObject.presetResolver, false), id);
  }

  protected _range(env: BatchEnv, id: string): RangeRef {
    return controlRange(env, id);
  }

  protected _props(): Record<string, (env: BatchEnv, id: string) => unknown> {
    return {
      id: (env, id) => env.w.controls.get(id)!.id,
      tag: (env, id) => env.w.controls.get(id)!.tag,
      title: (env, id) => env.w.controls.get(id)!.title,
      text: (env, id) => env.w.rangeText(controlRange(env, id)),
      type: () => "RichText",
    };
  }

  get id(): number {
    return this._get("id");
  }
  get tag(): string {
    return this._get("tag");
  }
  set tag(value: string) {
    this._setField("tag", value);
  }
  get title(): string {
    return this._get("title");
  }
  set title(value: string) {
    this._setField("title", value);
  }
  get text(): string {
    return this._get("text");
  }

  private _setField(field: "tag" | "title", value: string): void {
    this._ctx._enqueue((env) => {
      env.write();
      const id = this._req(env);
      const cc = env.w.controls.get(id);
      if (!cc) throw new SimError("ItemNotFound", "The content control no longer exists.");
      env.w.controls.set(id, { ...cc, [field]: value });
      env.w.dirty = true;
    });
  }

  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | Word.InsertLocation): SimRange {
    return this._insertText(text, insertLocation, ["Replace", "Start", "End"]);
  }

  /** "Start"/"End" are placed like "Before"/"After" (next to the control, not inside it). */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After" | "Start" | "End" | Word.InsertLocation): SimParagraph {
    return this._insertParagraph(paragraphText, insertLocation, ["Before", "After", "Start", "End"]);
  }

  delete(keepContent: boolean): void {
    this._ctx._enqueue((env) => {
      env.write();
      const id = this._req(env);
      const r = this._range(env, id);
      const uids = env.w.parasIn(r);
      if (!keepContent) env.w.replace(r, "", tracked(env));
      env.w.unmarkEverywhere(`cc:${id}`, uids.filter((u) => env.w.has(u)));
      env.w.controls.delete(id);
      env.w.dirty = true;
    });
  }
}

export class SimContentControlCollection extends SimCollection<SimContentControl, string> {
  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => string[] | null, eager: boolean) {
    super(ctx, api, resolver, eager);
  }

  protected _item(id: string): SimContentControl {
    return SimContentControl.of(this._ctx, id);
  }

  getByTag(tag: string): SimContentControlCollection {
    return new SimContentControlCollection(this._ctx, "ContentControlCollection.getByTag", (env) => this._req(env).filter((id) => env.w.controls.get(id)?.tag === tag), true);
  }

  getFirst(): SimContentControl {
    return new SimContentControl(this._ctx, "ContentControlCollection.getFirst", this._firstResolver("ContentControlCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimContentControl {
    return new SimContentControl(this._ctx, "ContentControlCollection.getFirstOrNullObject", this._firstResolver("ContentControlCollection.getFirstOrNullObject", true), true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Tracked changes ----------------------------------------------------------------------

export class SimTrackedChange extends SimObject<RevisionSpan> {
  /** @internal */
  static of(ctx: ContextInternals, span: RevisionSpan): SimTrackedChange {
    return SimObject.preset(new SimTrackedChange(ctx, "TrackedChange", SimObject.presetResolver, false), span);
  }

  protected _props(): Record<string, (env: BatchEnv, v: RevisionSpan) => unknown> {
    return {
      author: (_env, v) => v.author,
      date: (_env, v) => new Date(v.date),
      text: (env, v) => (v.type === "Deleted" && env.core.quirks.deletedChangeTextEmpty ? "" : v.text),
      type: (_env, v) => v.type,
    };
  }

  get author(): string {
    return this._get("author");
  }
  get date(): Date {
    return this._get("date");
  }
  get text(): string {
    return this._get("text");
  }
  get type(): "Added" | "Deleted" | "Formatted" {
    return this._get("type");
  }

  accept(): void {
    this._resolveChange(true);
  }

  reject(): void {
    this._resolveChange(false);
  }

  private _resolveChange(accept: boolean): void {
    this._ctx._enqueue((env) => {
      env.write();
      const v = this._req(env);
      env.w.resolveRevision(v.id, v.type, accept);
    });
  }

  getRange(rangeLocation: "Whole" | "Start" | "End" | Word.RangeLocation = "Whole"): SimRange {
    const loc = checkLocation("TrackedChange.getRange", rangeLocation, ["Whole", "Start", "End"] as const);
    return new SimRange(this._ctx, "TrackedChange.getRange", (env) => {
      const v = this._req(env);
      const current = env.w.revisions().find((s) => s.id === v.id && s.type === v.type);
      if (!current) throw new SimError("ItemNotFound", "The tracked change no longer exists.");
      return subRange(env.w, current.range, loc, false);
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimTrackedChangeCollection extends SimCollection<SimTrackedChange, RevisionSpan> {
  constructor(ctx: ContextInternals, resolver: (env: BatchEnv) => RevisionSpan[]) {
    super(ctx, "TrackedChangeCollection", resolver, true);
  }

  protected _item(v: RevisionSpan): SimTrackedChange {
    return SimTrackedChange.of(this._ctx, v);
  }

  getFirst(): SimTrackedChange {
    return new SimTrackedChange(this._ctx, "TrackedChangeCollection.getFirst", this._firstResolver("TrackedChangeCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimTrackedChange {
    return new SimTrackedChange(this._ctx, "TrackedChangeCollection.getFirstOrNullObject", this._firstResolver("TrackedChangeCollection.getFirstOrNullObject", true), true);
  }

  acceptAll(): void {
    this._all(true);
  }

  rejectAll(): void {
    this._all(false);
  }

  private _all(accept: boolean): void {
    this._ctx._enqueue((env) => {
      env.write();
      for (const v of this._req(env)) env.w.resolveRevision(v.id, v.type, accept);
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Comments -----------------------------------------------------------------------------

export class SimComment extends SimObject<string> {
  /** @internal */
  static of(ctx: ContextInternals, id: string): SimComment {
    return SimObject.preset(new SimComment(ctx, "Comment", SimObject.presetResolver, false), id);
  }


  protected _props(): Record<string, (env: BatchEnv, id: string) => unknown> {
    return {
      id: (_env, id) => id,
      content: (env, id) => commentOf(env, id).content,
      authorName: (env, id) => commentOf(env, id).author,
      creationDate: (env, id) => new Date(commentOf(env, id).date),
      resolved: (env, id) => commentOf(env, id).resolved,
    };
  }

  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get creationDate(): Date {
    return this._get("creationDate");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(value: boolean) {
    this._ctx._enqueue((env) => {
      env.write();
      commentOf(env, this._req(env)).resolved = value;
      env.w.dirty = true;
    });
  }

  delete(): void {
    this._ctx._enqueue((env) => {
      env.write();
      const id = this._req(env);
      commentOf(env, id);
      env.w.comments.delete(id);
      env.w.unmarkEverywhere(`c:${id}`);
    });
  }

  getRange(): SimRange {
    return new SimRange(this._ctx, "Comment.getRange", (env) => {
      const r = env.w.spanOf(`c:${this._req(env)}`);
      if (!r) throw new SimError("ItemNotFound", "The comment no longer has a range.");
      return r;
    }, true);
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimCommentCollection extends SimCollection<SimComment, string> {
  constructor(ctx: ContextInternals, resolver: (env: BatchEnv) => string[]) {
    super(ctx, "CommentCollection", resolver, true);
  }

  protected _item(id: string): SimComment {
    return SimComment.of(this._ctx, id);
  }

  getFirst(): SimComment {
    return new SimComment(this._ctx, "CommentCollection.getFirst", this._firstResolver("CommentCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimComment {
    return new SimComment(this._ctx, "CommentCollection.getFirstOrNullObject", this._firstResolver("CommentCollection.getFirstOrNullObject", true), true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Annotations --------------------------------------------------------------------------

function annotation(env: BatchEnv, id: string): AnnotationState {
  const a = env.w.annotations.get(id);
  if (!a) throw new SimError("ItemNotFound", "The annotation no longer exists.");
  return a;
}

export class SimCritiqueAnnotation extends SimObject<string> {
  private _rangeProxy: SimRange | undefined;

  protected _props(): Record<string, (env: BatchEnv, id: string) => unknown> {
    return {
      critique: (env, id) => {
        const c = annotation(env, id).critique;
        return { ...c, ...(c.popupOptions ? { popupOptions: { ...c.popupOptions, suggestions: [...c.popupOptions.suggestions] } } : {}) };
      },
    };
  }

  protected override _nav(name: string): ProxyInternals | null {
    return name === "range" ? (this.range) : null;
  }

  get critique(): Word.Critique {
    return this._get("critique");
  }

  get range(): SimRange {
    this._rangeProxy ??= new SimRange(this._ctx, "CritiqueAnnotation.range", (env) => {
      const r = env.w.spanOf(`a:${this._req(env)}`);
      if (!r) throw new SimError("ItemNotFound", "The annotation no longer has a range.");
      return r;
    }, false);
    return this._rangeProxy;
  }

  accept(): void {
    this._setState("Accepted");
  }

  reject(): void {
    this._setState("Rejected");
  }

  private _setState(state: "Accepted" | "Rejected"): void {
    this._ctx._enqueue((env) => {
      const id = this._req(env);
      const a = annotation(env, id);
      env.w.annotations.set(id, { ...a, state });
      env.w.dirty = true;
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimAnnotation extends SimObject<string> {
  private _critique: SimCritiqueAnnotation | undefined;

  /** @internal */
  static of(ctx: ContextInternals, id: string): SimAnnotation {
    return SimObject.preset(new SimAnnotation(ctx, "Annotation", SimObject.presetResolver, false), id);
  }

  protected _props(): Record<string, (env: BatchEnv, id: string) => unknown> {
    return {
      id: (_env, id) => id,
      state: (env, id) => annotation(env, id).state,
    };
  }

  protected override _nav(name: string): ProxyInternals | null {
    return name === "critiqueAnnotation" ? (this.critiqueAnnotation) : null;
  }

  get id(): string {
    return this._get("id");
  }
  get state(): "Created" | "Accepted" | "Rejected" {
    return this._get("state");
  }

  get critiqueAnnotation(): SimCritiqueAnnotation {
    this._critique ??= new SimCritiqueAnnotation(this._ctx, "Annotation.critiqueAnnotation", (env) => this._req(env), false);
    return this._critique;
  }

  delete(): void {
    this._ctx._enqueue((env) => {
      const id = this._req(env);
      const a = annotation(env, id);
      env.w.annotations.delete(id);
      if (env.w.has(a.uid)) env.w.unmarkEverywhere(`a:${id}`, [a.uid]);
      env.w.dirty = true;
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimAnnotationCollection extends SimCollection<SimAnnotation, string> {
  constructor(ctx: ContextInternals, resolver: (env: BatchEnv) => string[]) {
    super(ctx, "AnnotationCollection", resolver, true);
  }

  protected _item(id: string): SimAnnotation {
    return SimAnnotation.of(this._ctx, id);
  }

  getFirst(): SimAnnotation {
    return new SimAnnotation(this._ctx, "AnnotationCollection.getFirst", this._firstResolver("AnnotationCollection.getFirst", false), true);
  }

  getFirstOrNullObject(): SimAnnotation {
    return new SimAnnotation(this._ctx, "AnnotationCollection.getFirstOrNullObject", this._firstResolver("AnnotationCollection.getFirstOrNullObject", true), true);
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

// ---- Document settings ----------------------------------------------------------------------

export class SimSetting extends SimObject<string> {
  /** @internal */
  static of(ctx: ContextInternals, key: string): SimSetting {
    return SimObject.preset(new SimSetting(ctx, "Setting", SimObject.presetResolver, false), key);
  }

  protected _props(): Record<string, (env: BatchEnv, key: string) => unknown> {
    return {
      key: (_env, key) => key,
      value: (env, key) => env.w.settings.get(key),
    };
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._ctx._enqueue((env) => {
      env.write();
      env.w.settings.set(this._req(env), structuredClone(v));
      env.w.dirty = true;
    });
  }

  delete(): void {
    this._ctx._enqueue((env) => {
      env.write();
      env.w.settings.delete(this._req(env));
      env.w.dirty = true;
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queueLoad(parseLoad(propertyNames));
    return this;
  }
}

export class SimSettingCollection extends SimCollection<SimSetting, string> {
  constructor(ctx: ContextInternals) {
    super(ctx, "SettingCollection", (env) => [...env.w.settings.keys()], false);
  }

  protected _item(key: string): SimSetting {
    return SimSetting.of(this._ctx, key);
  }

  add(key: string, value: unknown): SimSetting {
    if (typeof key !== "string" || key.length === 0) throw new SimError("InvalidArgument", "SettingCollection.add: the key must not be empty.");
    return new SimSetting(this._ctx, "SettingCollection.add", (env) => {
      env.write();
      env.w.settings.set(key, structuredClone(value));
      env.w.dirty = true;
      return key;
    }, true);
  }

  getItem(key: string): SimSetting {
    return new SimSetting(this._ctx, "SettingCollection.getItem", (env) => {
      if (!env.w.settings.has(key)) throw new SimError("ItemNotFound", `There is no setting "${key}".`);
      return key;
    }, true);
  }

  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this._ctx, "SettingCollection.getItemOrNullObject", (env) => (env.w.settings.has(key) ? key : null), true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._ctx._enqueue((env) => {
      const n = env.w.settings.size;
      env.afterCommit(() => result._publish(n));
    });
    return result;
  }

  deleteAll(): void {
    this._ctx._enqueue((env) => {
      env.write();
      env.w.settings.clear();
      env.w.dirty = true;
    });
  }

  load(propertyNames?: LoadArg): this {
    this._queuePagedLoad(propertyNames);
    return this;
  }
}

export { levelNumber };
