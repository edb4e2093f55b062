// Timing helpers: medians of several runs after a warm-up, in one process.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const nothing = (): void => undefined;

/**
 * `runs` timed calls of `fn`, each just after a timed call of `reference` (both warmed up first):
 * the median and fastest of `fn`, and the median of `reference`.
 */
export function timePaired(
  fn: () => unknown,
  reference: () => unknown,
  runs: number,
  warmup = 1,
): { median: number; best: number; referenceMedian: number } {
  for (let i = 0; i < warmup; i++) {
    reference();
    fn();
  }
  const times: number[] = [];
  const refs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    reference();
    const r = performance.now() - t0;
    t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    times.push(t);
    refs.push(r);
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { median: round(median(times)), best: round(Math.min(...times)), referenceMedian: round(median(refs)) };
}

/** Median milliseconds of `runs` calls of `fn` after `warmup` untimed calls. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  return timePaired(fn, nothing, runs, warmup).median;
}

/** Progress and notes go to stderr, so stdout carries only the report. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
