// Office adapter benchmark: Word round trips (syncs) to read a generated contract and to mark and
// clear every finding, with each mark strategy, on the simulator. Targets: read = 1, mark <= 2.
import { analyze } from "../../src/engine/analyze";
import type { DocModel, Paragraph } from "../../src/engine/model";
import { clearMarks, detectCapabilities, markFindings, readDocument, type MarkStrategy } from "../../src/office";
import { createSimulatedWord } from "../../src/sim";

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
/** About one printed page of a services contract. */
const PARAGRAPHS_PER_PAGE = 6;

const CLAUSES = [
  "The Vendor shall deliver the {n} design document to the Client's satisfaction within a reasonable time.",
  "The Client will review the {n} deliverable promptly and accept it when it is complete in all material respects.",
  "Payment of 10% of the fees for phase {n} is due upon acceptance, net 30 days from the invoice date.",
  "The Vendor will use best efforts to resolve defects in release {n} as soon as practicable.",
  "Any changes to scope item {n} will be agreed in good faith and documented as needed.",
];

/** A generated contract of `pages` pages with plenty of subjective wording. */
export function generatedContract(pages: number): DocModel {
  const paragraphs: Paragraph[] = [];
  for (let page = 0; page < pages; page++) {
    paragraphs.push({ index: paragraphs.length, text: `${page + 1}. Milestone ${page + 1}`, style: "Heading 2", headingLevel: 2 });
    for (let k = 0; k < PARAGRAPHS_PER_PAGE - 1; k++) {
      paragraphs.push({ index: paragraphs.length, text: `${page + 1}.${k + 1} ${CLAUSES[k]!.replace("{n}", String(page + 1))}` });
    }
  }
  return { paragraphs, tables: [], revisions: [], comments: [], name: `generated-${pages}-pages` };
}

export async function benchOffice(pagesList: readonly number[] = OFFICE_BENCH_PAGES): Promise<OfficeBench[]> {
  const out: OfficeBench[] = [];
  for (const pages of pagesList) {
    const source = generatedContract(pages);
    for (const strategy of STRATEGIES) {
      // Each strategy on a fresh document: marks of one run do not affect the next.
      const sim = createSimulatedWord(source, { capabilities: "1.8" });
      const caps = detectCapabilities(sim.host);
      sim.resetSyncCount();
      // The simulator lacks Paragraph.listItemOrNullObject; asking for list labels would add a retry.
      const doc = await readDocument(sim.host, caps, { listLabels: false });
      const readSyncs = sim.syncCount;
      const findings = analyze(doc).findings;
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
