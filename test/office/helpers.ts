// Reading the simulator's snapshot the way a user looks at the page.
import { createSimulatedWord, type SimDocumentView, type SimOptions, type SimulatedWord } from "../../src/sim";
import { detectCapabilities, readDocument, type WordHost } from "../../src/office";
import type { DocModel } from "../../src/engine/model";

/** A simulated Word over `source`, read once, with the sync counter reset for the test's own calls. */
export async function openRead(source: DocModel, options: SimOptions) {
  const sim = createSimulatedWord(source, options);
  const doc = await readDocument(sim.host, detectCapabilities(sim.host));
  sim.resetSyncCount();
  return { sim, doc };
}

/** Text of runs matching `pick`, per paragraph index (only paragraphs with some). */
export function runsWhere(view: SimDocumentView, pick: (run: SimDocumentView["paragraphs"][number]["runs"][number]) => boolean): Record<number, string> {
  const out: Record<number, string> = {};
  for (const p of view.paragraphs) {
    const text = p.runs.filter(pick).map((r) => r.text).join("|");
    if (text) out[p.index] = text;
  }
  return out;
}

export const temporary = (view: SimDocumentView) => runsWhere(view, (r) => r.temporaryHighlight);

/** Highlight colour of every run, as [paragraph, text, colour] triples. */
export function colours(view: SimDocumentView): Array<[number, string, string | null]> {
  return view.paragraphs.flatMap((p) => p.runs.map((r): [number, string, string | null] => [p.index, r.text, r.highlightColor]));
}

/** Per-character highlight colours, stable under run splitting. */
export function charColours(view: SimDocumentView): Array<Array<string | null>> {
  return view.paragraphs.map((p) => p.runs.flatMap((r) => Array.from(r.text, () => r.highlightColor)));
}

export const texts = (view: SimDocumentView) => view.paragraphs.map((p) => p.text);

/** A second WordHost over the same document: a reloaded pane (fresh adapter memory). */
export function reloadedPane(sim: SimulatedWord): WordHost {
  return { run: (batch) => sim.host.run(batch), isSetSupported: (n, v) => sim.host.isSetSupported(n, v) };
}
