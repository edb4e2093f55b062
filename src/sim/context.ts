// The simulated Word.RequestContext: collects queued operations and applies them on sync(),
// all or nothing (or, with `failedBatch: "partial"`, up to the failing one as Word itself does).
import { NullObjectSkip, levelNumber, type BatchEnv, type ContextInternals, type Op, type ProxyInternals, type SimCore } from "./base";
import { SimError } from "./errors";
import { SimDocument } from "./objects";
import { adjustRange, type DocState, type RangeRef } from "./state";

/** The owner the context commits to (the simulator). */
export interface ContextHost extends SimCore {
  current(): DocState;
  commit(next: DocState): void;
  countSync(): void;
  readonly failedBatch: "atomic" | "partial";
}

export class SimRequestContext implements ContextInternals {
  readonly document: SimDocument;
  readonly trackedObjects = {
    add(_objects: unknown): void {},
    remove(_objects: unknown): void {},
  };
  readonly debugInfo = {};
  private queue: Op[] = [];
  private resolvedThisBatch: ProxyInternals[] = [];
  private readonly liveRanges = new Set<RangeRef>();

  constructor(private readonly host: ContextHost) {
    this.document = new SimDocument(this);
  }

  /** @internal */
  _enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** @internal */
  _noteResolved(obj: ProxyInternals): void {
    this.resolvedThisBatch.push(obj);
  }

  /** @internal */
  _registerRange(r: RangeRef): void {
    this.liveRanges.add(r);
  }

  /** @internal Word throws at call time when the host lacks the requirement set. */
  _require(version: number, api: string): void {
    if (levelNumber(this.host.level) < version) {
      throw new SimError("ApiNotFound", `${api} needs WordApi ${version.toFixed(1)}; this host supports WordApi ${this.host.level.replace("-annotations-broken", "")}.`);
    }
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.host.countSync();
    const ops = this.queue;
    this.queue = [];
    this.resolvedThisBatch = [];
    // Round-trip to the host: the caller's code never runs in the middle of a batch.
    await Promise.resolve();
    const w = this.host.current().fork();
    const savedRanges = [...this.liveRanges].map((r) => [r, { s: { ...r.s }, e: { ...r.e } }] as const);
    const after: Array<() => void> = [];
    w.onEdit = (e) => {
      const order = (uid: string): number => w.indexOf(uid);
      for (const r of this.liveRanges) adjustRange(r, e, order);
      if (w.selection) adjustRange(w.selection, e, order);
    };
    const env: BatchEnv = {
      w,
      core: this.host,
      write: () => {
        if (this.host.isProtected) throw new SimError("AccessDenied", "The document is protected: this change is not allowed.");
      },
      afterCommit: (f) => after.push(f),
    };
    try {
      for (const op of ops) {
        try {
          op(env);
        } catch (err) {
          if (!(err instanceof NullObjectSkip)) throw err;
        }
      }
    } catch (err) {
      w.onEdit = null;
      if (this.host.failedBatch === "partial") {
        this.host.commit(w);
      } else {
        for (const [r, saved] of savedRanges) {
          r.s = saved.s;
          r.e = saved.e;
        }
        for (const obj of this.resolvedThisBatch) obj._unresolve();
      }
      throw err instanceof SimError ? err : new SimError("GeneralException", err instanceof Error ? err.message : String(err));
    }
    w.onEdit = null;
    this.host.commit(w);
    for (const f of after) f();
    return passThroughValue as T;
  }
}
