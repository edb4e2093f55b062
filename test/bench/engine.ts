// Engine benchmark: analyze() on generated contracts of 10, 100 and 1,000 pages, with write-good
// over the same text in the same run as a reference, and a machine-speed reference scan timed
// before each run (reference.ts); and re-analysis after one paragraph of the 1,000-page contract
// changes.
import writeGood from "write-good";
import { analyze, analyzeIncremental } from "../../src/engine/analyze";
import { generateContract, generateShortParagraphs, type GeneratedContract } from "./contract";
import { log, timeMedian, timePaired } from "./measure";
import { referenceScan } from "./reference";

export interface EngineBench {
  pages: number;
  bytes: number;
  ms: number;
  writeGoodMs: number;
  /** Derived: milliseconds per MB (10^6 bytes) of text, and the speed-up over write-good. */
  msPerMB: number;
  /**
   * The fastest run, per MB: the engine's speed with the least interference from the rest of a
   * shared machine (the median, `msPerMB`, is the figure the target is judged on).
   */
  bestMsPerMB: number;
  speedup: number;
  /**
   * The machine-speed reference (one combined expression of 170 phrases over the same text, timed
   * just before each engine run), per MB: about 3 where the target was set, higher when this
   * shared machine is slow.
   */
  referenceMsPerMB: number;
  paragraphs: number;
  findings: number;
}

export const ENGINE_BENCH_PAGES = [10, 100, 1000] as const;
/**
 * Fewer runs for bigger documents keep the whole benchmark within a minute or two (write-good's
 * runs are the long ones); enough engine runs that a burst of load elsewhere moves no median.
 */
const RUNS: Record<number, { engine: number; writeGood: number }> = { 10: { engine: 21, writeGood: 9 }, 100: { engine: 11, writeGood: 5 }, 1000: { engine: 9, writeGood: 3 } };

const WARMUP_BYTES = 1e6;
const REFERENCE_BYTES = 3e5;

const contracts = new Map<number, GeneratedContract>();
function contract(pages: number): GeneratedContract {
  let c = contracts.get(pages);
  if (!c) contracts.set(pages, (c = generateContract(pages)));
  return c;
}

export function benchEngine(pagesList: readonly number[] = ENGINE_BENCH_PAGES): EngineBench[] {
  return pagesList.map((pages) => {
    const { doc, text } = contract(pages);
    const bytes = Buffer.byteLength(text, "utf8");
    const runs = RUNS[pages] ?? { engine: 5, writeGood: 3 };
    log(`engine: ${pages} pages, ${(bytes / 1e6).toFixed(2)} MB, ${doc.paragraphs.length} paragraphs`);
    const findings = analyze(doc).findings.length;
    // Both sides warm up on about a megabyte of text (at least two runs) before the timed runs, so
    // a small document measures steady speed rather than the JIT compiling the code paths.
    const warmup = Math.max(2, Math.ceil(WARMUP_BYTES / bytes));
    // The reference reads at least 300 kB per timing, so that small documents time it above the clock's grain.
    const referenceReps = Math.ceil(REFERENCE_BYTES / bytes);
    const engine = timePaired(
      () => analyze(doc),
      () => {
        for (let i = 0; i < referenceReps; i++) referenceScan(text);
      },
      runs.engine,
      warmup,
    );
    const ms = engine.median;
    const writeGoodMs = timeMedian(() => writeGood(text), runs.writeGood, warmup);
    const result = {
      pages,
      bytes,
      ms,
      writeGoodMs,
      msPerMB: Math.round((ms / (bytes / 1e6)) * 10) / 10,
      bestMsPerMB: Math.round((engine.best / (bytes / 1e6)) * 10) / 10,
      speedup: Math.round((writeGoodMs / ms) * 10) / 10,
      referenceMsPerMB: Math.round((engine.referenceMedian / ((referenceReps * bytes) / 1e6)) * 100) / 100,
      paragraphs: doc.paragraphs.length,
      findings,
    };
    log(`  analyze ${ms} ms (${result.msPerMB} ms/MB, fastest run ${result.bestMsPerMB}), write-good ${writeGoodMs} ms, ${result.speedup}x`);
    log(`  reference scan ${result.referenceMsPerMB} ms/MB (about 3 when the machine is in its fast state)`);
    return result;
  });
}

/** Re-analysis after one body paragraph in the middle of the 1,000-page contract is edited. */
export function benchIncremental(pages = 1000): { ms: number; pages: number; fullMs: number } {
  const { doc } = contract(pages);
  const prev = analyze(doc);
  const target = doc.paragraphs.findIndex((p, i) => i >= doc.paragraphs.length / 2 && !p.table && p.headingLevel === undefined);
  const edited = {
    ...doc,
    paragraphs: doc.paragraphs.map((p, i) => (i === target ? { ...p, text: `${p.text} The Client shall accept the deliverable promptly and in its sole discretion.` } : p)),
  };
  const ms = timeMedian(() => analyzeIncremental(prev, edited, [target]), 7, 2);
  const fullMs = timeMedian(() => analyze(edited), 3, 0);
  log(`incremental: one paragraph of ${pages} pages re-analysed in ${ms} ms (full: ${fullMs} ms)`);
  return { ms, pages, fullMs };
}

export interface ParagraphsBench {
  paragraphs: number;
  bytes: number;
  /** Median of the runs, after a warm-up. */
  ms: number;
  usPerParagraph: number;
  msPerMB: number;
}

/**
 * A document of 5,000 short paragraphs (generateShortParagraphs): the cost every paragraph
 * carries whatever its length, which real contracts, with many short paragraphs, pay more of.
 */
export function benchParagraphs(count = 5000): ParagraphsBench {
  const { doc, text } = generateShortParagraphs(count);
  const bytes = Buffer.byteLength(text, "utf8");
  const ms = timeMedian(() => analyze(doc), 15, 5);
  const result = {
    paragraphs: count,
    bytes,
    ms,
    usPerParagraph: Math.round((ms * 1000 * 100) / count) / 100,
    msPerMB: Math.round((ms / (bytes / 1e6)) * 10) / 10,
  };
  log(`paragraphs: ${count} short paragraphs (${(bytes / 1e3).toFixed(0)} kB) in ${ms} ms: ${result.usPerParagraph} µs each, ${result.msPerMB} ms/MB`);
  return result;
}
