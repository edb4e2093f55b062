// Runs the engine off the UI thread so a 500-page contract never blocks Word (Office closes an
// add-in that blocks for 5 seconds). A dedicated worker per runner; cancelling terminates it and
// the next request starts a fresh one. The inline runner (tests, tools) runs given engine
// functions on the calling thread.
import type { DocModel } from "../../engine/model";
import type { Analysis } from "../../engine/types";
import type { ReportFormat } from "../service";
import type { EngineFunctions, EngineOptions, EngineRequest, EngineRequestBody, EngineResponse } from "./protocol";

export interface EngineRunner {
  /** `changed`: paragraphs edited in place since the previous analysis (incremental run). */
  analyze(doc: DocModel, options: EngineOptions, signal?: AbortSignal, changed?: number[]): Promise<Analysis>;
  render(analysis: Analysis, format: ReportFormat): Promise<string>;
}

export function abortError(): Error {
  const e = new Error("The operation was cancelled.");
  e.name = "AbortError";
  return e;
}

interface Pending {
  resolve: (r: EngineResponse & { ok: true }) => void;
  reject: (e: Error) => void;
}

/** `url` is the worker script beside the page (webpack's "engine-worker" entry). */
export function createWorkerRunner(url = "engine-worker.js", makeWorker = (u: string) => new Worker(u)): EngineRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error): void {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function ensure(): Worker {
    if (worker) return worker;
    const w = makeWorker(url);
    w.onmessage = (event: MessageEvent<EngineResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg);
      else p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      failAll(new Error(event.message || "The analysis engine stopped."));
      w.terminate();
      if (worker === w) worker = null;
    };
    worker = w;
    return w;
  }

  function request(body: EngineRequestBody, signal?: AbortSignal): Promise<EngineResponse & { ok: true }> {
    if (signal?.aborted) return Promise.reject(abortError());
    const id = nextId++;
    const w = ensure();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      signal?.addEventListener(
        "abort",
        () => {
          if (!pending.has(id)) return;
          // The engine is synchronous inside the worker: stopping it means ending the worker.
          w.terminate();
          if (worker === w) worker = null;
          failAll(abortError());
        },
        { once: true },
      );
      w.postMessage({ ...body, id } as EngineRequest);
    });
  }

  return {
    analyze: async (doc, options, signal, changed) => {
      const r = await request({ kind: "analyze", doc, options, ...(changed ? { changed } : {}) }, signal);
      if (!r.analysis) throw new Error("The analysis engine returned no result.");
      return r.analysis;
    },
    render: async (analysis, format) => (await request({ kind: "render", analysis, format })).text ?? "",
  };
}

/** Runs the given engine functions on this thread, after yielding once to the event loop. */
export function createInlineRunner(engine: EngineFunctions): EngineRunner {
  const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));
  return {
    analyze: async (doc, options, signal, changed) => {
      await yieldToEventLoop();
      if (signal?.aborted) throw abortError();
      return engine.analyzeDocument(doc, options, changed);
    },
    render: async (analysis, format) => engine.renderReport(analysis, format),
  };
}
