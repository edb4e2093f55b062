// write-good ships no type declarations; the benchmark uses its one entry point.
declare module "write-good" {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export = writeGood;
}
