// The one seam between the adapter and Word. Everything in src/office takes a WordHost, so the same
// code runs on real Word (office-host.ts) and on the simulator (src/sim), which defines the
// identical shape.
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}
