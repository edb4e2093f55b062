// The seam between the add-in and Word. The real implementation wraps `Word.run` and
// `Office.context.requirements.isSetSupported`; the simulator provides its own (src/sim/simulator.ts).
// src/office/host.ts declares the same shape; keep both identical.
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}
