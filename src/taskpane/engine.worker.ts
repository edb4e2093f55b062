// The engine worker (webpack entry "engine-worker"): analyses documents and renders reports away
// from the UI thread. One request at a time; the pane terminates the worker to cancel.
import { createEngine } from "./engine/run";
import type { EngineRequest, EngineResponse } from "./engine/protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

const engine = createEngine();

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === "analyze") {
      scope.postMessage({ id: request.id, ok: true, analysis: engine.analyzeDocument(request.doc, request.options, request.changed) });
    } else {
      scope.postMessage({ id: request.id, ok: true, text: engine.renderReport(request.analysis, request.format) });
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ id: request.id, ok: false, error: { name: e.name, message: e.message } });
  }
};
