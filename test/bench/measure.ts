// Timing helpers: medians of several runs after a warm-up, in one process.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median and fastest milliseconds of `runs` calls of `fn` after `warmup` untimed calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): { median: number; best: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { median: round(median(times)), best: round(Math.min(...times)) };
}

/** Median milliseconds of `runs` calls of `fn` after `warmup` untimed calls. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  return timeRuns(fn, runs, warmup).median;
}

/** Progress and notes go to stderr, so stdout carries only the report. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
