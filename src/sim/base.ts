// Office.js proxy semantics shared by every simulated object: method calls and property writes are
// queued and run on `context.sync()`; properties are readable only after `load()` + sync.
import { SimError } from "./errors";
import type { DocState, RangeRef } from "./state";

export type CapabilityLevel = "1.3" | "1.4" | "1.6" | "1.8" | "1.8-annotations-broken";

export type ParagraphChangedHandler = (args: Word.ParagraphChangedEventArgs) => Promise<unknown>;
export type ParagraphAddedHandler = (args: Word.ParagraphAddedEventArgs) => Promise<unknown>;
export type ParagraphDeletedHandler = (args: Word.ParagraphDeletedEventArgs) => Promise<unknown>;
export type AnnotationClickedHandler = (args: Word.AnnotationClickedEventArgs) => Promise<unknown>;
export type AnnotationPopupHandler = (args: Word.AnnotationPopupActionEventArgs) => Promise<unknown>;

/** Known host bugs that can be switched on to test the adapter's workarounds. */
export interface SimQuirks {
  /** Word on Mac: TrackedChange.text is "" for deletions (office-js issue #5178). */
  deletedChangeTextEmpty?: boolean;
}

/** What the objects need from the simulator that owns the document. */
export interface SimCore {
  readonly level: CapabilityLevel;
  readonly isProtected: boolean;
  readonly userName: string;
  readonly quirks: SimQuirks;
  now(): Date;
  readonly handlers: {
    paragraphChanged: Set<ParagraphChangedHandler>;
    paragraphAdded: Set<ParagraphAddedHandler>;
    paragraphDeleted: Set<ParagraphDeletedHandler>;
    annotationClicked: Set<AnnotationClickedHandler>;
    annotationPopupAction: Set<AnnotationPopupHandler>;
  };
}

/** One batch being applied: the working copy of the document and the owner. */
export interface BatchEnv {
  readonly w: DocState;
  readonly core: SimCore;
  /** Called before any change to the document; throws AccessDenied on a protected document. */
  write(): void;
  /** Runs after the whole batch succeeded (loads, event registrations). */
  afterCommit(f: () => void): void;
}

export type Op = (env: BatchEnv) => void;

/**
 * Thrown when an operation reaches a null object (from an *OrNullObject method). As in Office.js,
 * methods on a null object do nothing and objects derived from it are null objects too.
 */
export class NullObjectSkip {
  readonly nullObject = true;
}

/** What the context and collections need from any proxy, whatever its value type. */
export interface ProxyInternals {
  _loadNow(env: BatchEnv, names: string[] | null): void;
  _readScalars(env: BatchEnv, names: readonly string[] | null): unknown[] | null;
  _publishScalars(names: readonly string[], vals: readonly unknown[]): void;
  _unresolve(): void;
  _peek(): unknown;
}

/** The part of the request context the proxies use. */
export interface ContextInternals {
  _enqueue(op: Op): void;
  _noteResolved(obj: ProxyInternals): void;
  _registerRange(r: RangeRef): void;
  _require(version: number, api: string): void;
}

const LEVEL_NUMBER: Record<CapabilityLevel, number> = {
  "1.3": 1.3,
  "1.4": 1.4,
  "1.6": 1.6,
  "1.8": 1.8,
  "1.8-annotations-broken": 1.8,
};

export function levelNumber(level: CapabilityLevel): number {
  return LEVEL_NUMBER[level];
}

export function notLoaded(what: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** Property paths a load() call asks for; null means "all scalar properties". */
/** `$top` / `$skip` of a collection load. */
export function pageOf(arg: LoadArg): { top: number; skip: number } {
  if (!arg || typeof arg !== "object" || Array.isArray(arg)) return { top: Infinity, skip: 0 };
  const rec = arg as Record<string, unknown>;
  return {
    top: typeof rec.$top === "number" ? rec.$top : typeof rec.top === "number" ? rec.top : Infinity,
    skip: typeof rec.$skip === "number" ? rec.$skip : typeof rec.skip === "number" ? rec.skip : 0,
  };
}

export function parseLoad(arg: LoadArg): string[] | null {
  if (arg === undefined) return null;
  if (typeof arg === "string") return splitNames(arg);
  if (Array.isArray(arg)) return arg.flatMap(splitNames);
  const rec = arg as Record<string, unknown>;
  if ("select" in rec || "expand" in rec) {
    const sel = typeof rec.select === "string" ? splitNames(rec.select) : [];
    const exp = typeof rec.expand === "string" ? splitNames(rec.expand).map((n) => `${n}/*`) : [];
    return sel.length === 0 && exp.length === 0 ? null : [...sel, ...exp];
  }
  if (rec.$all === true) return null;
  const out: string[] = [];
  if (Object.keys(rec).every((k) => k.startsWith("$") || k === "top" || k === "skip")) return null;
  const walk = (o: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (k.startsWith("$")) continue;
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(rec, "");
  return out;
}

function splitNames(s: string): string[] {
  return s
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

type PropReader<V> = (env: BatchEnv, value: V) => unknown;

/** Property readers per class: built once, since a 30,000-paragraph load reads them 30,000 times. */
const PROPS_CACHE = new WeakMap<object, Record<string, PropReader<never>>>();

export abstract class SimObject<V> implements ProxyInternals {
  /** @internal */
  readonly _ctx: ContextInternals;
  private _value: V | null | undefined = undefined;
  private readonly _resolver: (env: BatchEnv) => V | null;
  /** Created on the first load: most proxies (collection items) are read once or never. */
  private _loaded: Map<string, unknown> | null = null;
  private _isNull: boolean | undefined = undefined;
  private readonly _api: string;

  /**
   * `eager`: resolve at this point of the queue (objects returned by methods, such as search
   * results, reflect the document when the call was queued, as in Office.js).
   */
  constructor(ctx: ContextInternals, api: string, resolver: (env: BatchEnv) => V | null, eager: boolean) {
    this._ctx = ctx;
    this._api = api;
    this._resolver = resolver;
    if (eager) ctx._enqueue((env) => void this._resolve(env));
  }

  /** Object with an already known value (collection items). */
  protected static readonly presetResolver = (): never => {
    throw new Error("preset objects are never resolved");
  };

  protected static preset<O>(obj: O, value: unknown): O {
    (obj as unknown as { _value: unknown })._value = value;
    (obj as unknown as { _isNull: boolean })._isNull = false;
    return obj;
  }

  /** @internal */
  _resolve(env: BatchEnv): V | null {
    if (this._value === undefined) {
      let v: V | null;
      try {
        v = this._resolver(env);
      } catch (err) {
        if (!(err instanceof NullObjectSkip)) throw err;
        v = null;
      }
      this._value = v;
      this._ctx._noteResolved(this);
      env.afterCommit(() => {
        this._isNull = v === null;
      });
    }
    return this._value;
  }

  /** @internal the value, or ItemNotFound for a null object */
  _req(env: BatchEnv): V {
    const v = this._resolve(env);
    if (v === null) throw new NullObjectSkip();
    return v;
  }

  /** @internal forget a resolution made by a batch that failed */
  _unresolve(): void {
    this._value = undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded("isNullObject");
    return this._isNull;
  }

  /** Values of the first plain load, kept as the shared name list + a value array (cheap for
   * 30,000 paragraph items); later loads go to `_loaded`. */
  private _firstNames: readonly string[] | null = null;
  private _firstVals: readonly unknown[] | null = null;

  protected _get<T>(name: string): T {
    if (this._loaded && this._loaded.has(name)) return this._loaded.get(name) as T;
    if (this._firstNames) {
      const i = this._firstNames.indexOf(name);
      if (i >= 0) return this._firstVals![i] as T;
    }
    throw notLoaded(name);
  }

  private _publish(names: readonly string[], vals: readonly unknown[]): void {
    if (!this._firstNames && !this._loaded) {
      this._firstNames = names;
      this._firstVals = vals;
      return;
    }
    const loaded = (this._loaded ??= new Map());
    for (let i = 0; i < names.length; i++) loaded.set(names[i]!, vals[i]);
  }

  /** @internal Plain scalar names read now; null when the names need the general path. */
  _readScalars(env: BatchEnv, names: readonly string[] | null): unknown[] | null {
    if (names === null) return null;
    const props = this._readers();
    for (const n of names) if (props[n] === undefined) return null;
    const v = this._resolve(env);
    if (v === null) return null;
    const level = levelNumber(env.core.level);
    const vals: unknown[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (level < this._propVersion(n)) throw new SimError("ApiNotFound", `${this._api}.${n} needs WordApi ${this._propVersion(n)}.`);
      vals[i] = props[n]!(env, v);
    }
    return vals;
  }

  /** @internal */
  _publishScalars(names: readonly string[], vals: readonly unknown[]): void {
    this._publish(names, vals);
  }

  /** Scalar properties and how to read them from the document. */
  protected abstract _props(): Record<string, PropReader<V>>;

  /** Readers that use nothing but their arguments can be shared by all objects of a class. */
  protected readonly _pureProps: boolean = true;

  private _readers(): Record<string, PropReader<V>> {
    if (!this._pureProps) return this._props();
    const key = this.constructor;
    let readers = PROPS_CACHE.get(key) as Record<string, PropReader<V>> | undefined;
    if (!readers) {
      readers = this._props();
      PROPS_CACHE.set(key, readers as Record<string, PropReader<never>>);
    }
    return readers;
  }

  /** Navigation properties that can be loaded through a path ("font/highlightColor"). */
  protected _nav(_name: string): ProxyInternals | null {
    return null;
  }

  /** Minimum requirement set for a scalar property (uniqueLocalId is 1.6). */
  protected _propVersion(_name: string): number {
    return 1.1;
  }

  /** Queues reading `names` (null: all scalar properties). Readers run at this queue position. */
  protected _queueLoad(names: string[] | null): void {
    this._ctx._enqueue((env) => this._loadNow(env, names));
  }

  /** @internal reads properties now (during a batch) and publishes them when it commits. */
  _loadNow(env: BatchEnv, names: string[] | null): void {
    const v = this._resolve(env);
    if (v === null) return;
    const props = this._readers();
    const level = levelNumber(env.core.level);
    const fast = this._readScalars(env, names);
    if (fast && names) {
      env.afterCommit(() => this._publish(names, fast));
      return;
    }
    const scalar: string[] = [];
    const nested = new Map<string, string[] | null>();
    for (const n of names ?? Object.keys(props)) {
      const slash = n.indexOf("/");
      if (slash < 0) {
        if (props[n]) scalar.push(n);
        else if (this._nav(n)) nested.set(n, null);
        else throw new SimError("InvalidArgument", `${this._api}: unknown property '${n}' in load().`);
        continue;
      }
      const head = n.slice(0, slash);
      const rest = n.slice(slash + 1);
      const prev = nested.get(head);
      if (prev === null) continue;
      nested.set(head, rest === "*" ? null : [...(prev ?? []), rest]);
    }
    const values: Array<[string, unknown]> = [];
    for (const n of scalar) {
      if (level < this._propVersion(n)) {
        throw new SimError("ApiNotFound", `${this._api}.${n} needs WordApi ${this._propVersion(n)}.`);
      }
      values.push([n, props[n]!(env, v)]);
    }
    for (const [head, list] of nested) {
      const child = this._nav(head);
      if (!child) throw new SimError("InvalidArgument", `${this._api}: unknown property '${head}' in load().`);
      child._loadNow(env, list);
    }
    env.afterCommit(() => this._publish(values.map(([k]) => k), values.map(([, val]) => val)));
  }

  /** @internal value after a committed resolution (for the simulator's own bookkeeping). */
  _peek(): V | null | undefined {
    return this._value;
  }

  toJSON(): Record<string, unknown> {
    const first = (this._firstNames ?? []).map((n, i) => [n, this._firstVals![i]] as const);
    return Object.fromEntries([...first, ...(this._loaded ?? [])]);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A proxy collection: `items` exists after load + sync. */
export abstract class SimCollection<Item extends ProxyInternals, IV> extends SimObject<IV[]> {
  private _items: Item[] | undefined = undefined;
  /** Items built by the latest load, so repeated loads add properties to the same proxies. */
  private _latest: Item[] = [];

  get items(): Item[] {
    if (!this._items) throw notLoaded("items");
    return this._items;
  }

  /** Builds the proxy for one item with a known value. */
  protected abstract _item(value: IV): Item;

  protected _props(): Record<string, (env: BatchEnv, value: IV[]) => unknown> {
    return {};
  }

  /** Paging of the next load (set by load(), read when it runs). */
  protected _queuePagedLoad(arg: LoadArg): void {
    const names = parseLoad(arg);
    const page = pageOf(arg);
    this._ctx._enqueue((env) => this._loadPage(env, names, page));
  }

  /** @internal */
  override _loadNow(env: BatchEnv, names: string[] | null): void {
    this._loadPage(env, names, { top: Infinity, skip: 0 });
  }

  private _loadPage(env: BatchEnv, names: string[] | null, page: { top: number; skip: number }): void {
    const all = this._req(env);
    const values = page.top === Infinity && page.skip === 0 ? all : all.slice(page.skip, page.skip + page.top);
    const prev = this._latest;
    const items = values.map((v, i) => (prev[i] && prev[i]._peek() === v ? prev[i] : this._item(v)));
    this._latest = items;
    const itemNames = names === null ? null : names.map((n) => (n.startsWith("items/") ? n.slice(6) : n)).filter((n) => n !== "items");
    // One reader pass and one publication for all items when the names are plain properties.
    const first = items[0];
    const fast = itemNames !== null && first !== undefined && first._readScalars(env, itemNames);
    if (fast && itemNames) {
      const all: unknown[][] = [fast];
      for (let i = 1; i < items.length; i++) all.push(items[i]!._readScalars(env, itemNames)!);
      env.afterCommit(() => {
        for (let i = 0; i < items.length; i++) items[i]!._publishScalars(itemNames, all[i]!);
        this._items = items;
      });
      return;
    }
    for (const it of items) it._loadNow(env, itemNames);
    env.afterCommit(() => {
      this._items = items;
    });
  }

  protected _firstResolver(api: string, nullable: boolean): (env: BatchEnv) => IV | null {
    return (env) => {
      const values = this._req(env);
      if (values.length > 0) return values[0]!;
      if (nullable) return null;
      throw new SimError("ItemNotFound", `${api}: the collection is empty.`);
    };
  }
}

export class SimClientResult<T> {
  private _set = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._set) {
      throw new SimError("ValueNotLoaded", 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    }
    return this._value as T;
  }

  /** @internal */
  _publish(v: T): void {
    this._set = true;
    this._value = v;
  }
}
