// Office adapter benchmark: Word round trips (syncs) to read a generated contract and to mark and
// clear every finding, with each mark strategy, on the simulator. Targets: read = 1, mark <= 2.
import { analyze } from "../../src/engine/analyze";
import { clearMarks, detectCapabilities, markFindings, readDocument, type MarkStrategy } from "../../src/office";
import { createSimulatedWord } from "../../src/sim";
import { generateContract } from "./contract";

export interface OfficeBench {
  pages: number;
  strategy: MarkStrategy;
  findings: number;
  readSyncs: number;
  markSyncs: number;
  clearSyncs: number;
  /** Findings the strategy marked (all of them unless an anchor could not be placed). */
  marked: number;
}

export const OFFICE_BENCH_PAGES = [10, 100, 1000] as const;
const STRATEGIES: MarkStrategy[] = ["annotations", "highlight", "highlightColor", "comments"];

export async function benchOffice(pagesList: readonly number[] = OFFICE_BENCH_PAGES): Promise<OfficeBench[]> {
  const out: OfficeBench[] = [];
  for (const pages of pagesList) {
    // The engine benchmark's generated SOWs (about 3,000 characters a page, with schedule tables).
    const source = generateContract(pages).doc;
    const sim = createSimulatedWord(source, { capabilities: "1.8" });
    const caps = detectCapabilities(sim.host);
    sim.resetSyncCount();
    // The simulator lacks Paragraph.listItemOrNullObject; asking for list labels would add a retry.
    const doc = await readDocument(sim.host, caps);
    const readSyncs = sim.syncCount;
    // The read must give the engine the same paragraphs the document holds.
    if (doc.paragraphs.length !== source.paragraphs.length) throw new Error(`read ${doc.paragraphs.length} of ${source.paragraphs.length} paragraphs`);
    const findings = analyze(doc).findings;
    // One document per size; each strategy marks and clears in turn (clearing restores it).
    for (const strategy of STRATEGIES) {
      sim.resetSyncCount();
      const result = await markFindings(sim.host, doc, findings, strategy);
      const markSyncs = sim.syncCount;
      sim.resetSyncCount();
      await clearMarks(sim.host, strategy);
      const clearSyncs = sim.syncCount;
      out.push({ pages, strategy, findings: findings.length, readSyncs, markSyncs, clearSyncs, marked: result.marked.length });
    }
  }
  return out;
}

if (require.main === module) {
  const started = Date.now();
  benchOffice()
    .then((rows) => {
      process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
      process.stderr.write(`office bench: ${Date.now() - started} ms\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
