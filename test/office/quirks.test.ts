// Host behaviours beyond the happy path: Word on Mac, hosts missing optional members, pop-up
// actions, repeated marking.
import { createSimulatedWord } from "../../src/sim";
import { SimBody, SimTrackedChange } from "../../src/sim/objects";
import {
  clearMarks,
  counterChange,
  detectCapabilities,
  markFindings,
  onAnnotationAction,
  readDocument,
  type AnnotationAction,
  type WordHost,
} from "../../src/office";
import { docOf, findingAt, redlinedDoc } from "./fixtures";
import { charColours } from "./helpers";


test("Word on Mac reports deleted text as empty: offsets, authors and dates still come out right", async () => {
  const source = redlinedDoc();
  const sim = createSimulatedWord(source, { capabilities: "1.6" });
  const spy = jest.spyOn(SimTrackedChange.prototype, "text", "get").mockImplementation(function (this: SimTrackedChange) {
    return this.type === "Deleted" ? "" : (this as unknown as { _get(n: string): string })._get("text");
  });
  try {
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    const p = doc.paragraphs[1]!;
    expect(p.originalText).toBe(source.paragraphs[1]!.originalText);
    const deletion = doc.revisions.find((r) => r.type === "deletion")!;
    expect(p.originalText!.slice(deletion.originalStart, deletion.originalEnd)).toBe(deletion.text);
    expect(deletion.text).toContain("5 business");
    expect(doc.revisions.map((r) => r.author)).toEqual(["Client Counsel", "Client Counsel", "Client Counsel"]);
    expect(doc.revisions.every((r) => r.date !== null && /^tc-\d+$/.test(r.id))).toBe(true);
  } finally {
    spy.mockRestore();
  }
});

/** The same simulator seen through a host whose Document lacks getAnnotationById. */
function withoutAnnotationById(host: WordHost): WordHost {
  return {
    isSetSupported: (n, v) => host.isSetSupported(n, v),
    run: (batch) =>
      host.run((context) => {
        const document = new Proxy(context.document, {
          get: (target, key) => (key === "getAnnotationById" ? undefined : Reflect.get(target, key, target)),
        });
        return batch(new Proxy(context, { get: (target, key) => (key === "document" ? document : Reflect.get(target, key, target)) }));
      }),
  };
}

test("annotations are cleared through their paragraphs on a host without getAnnotationById", async () => {
  const sim = createSimulatedWord(docOf(["One reasonable step.", "Two", "Three reasonable steps."]), { capabilities: "1.8" });
  const host = withoutAnnotationById(sim.host);
  const doc = await readDocument(host, detectCapabilities(host));
  await markFindings(host, doc, [findingAt(doc, 0, "reasonable"), findingAt(doc, 2, "reasonable")], "annotations");
  expect(sim.snapshot().annotations).toHaveLength(2);
  sim.resetSyncCount();
  const result = await clearMarks(host, "annotations");
  expect(result).toEqual({ strategy: "annotations", cleared: 2, kept: 0 });
  expect(sim.syncCount).toBe(3);
  expect(sim.snapshot().annotations).toEqual([]);
});

test("a pop-up action reports the annotation and the chosen rewrite", async () => {
  jest.useFakeTimers();
  try {
    const sim = createSimulatedWord(docOf(["Done to the Client's satisfaction."]), { capabilities: "1.8" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    const f = findingAt(doc, 0, "to the Client's satisfaction");
    const result = await markFindings(sim.host, doc, [f], "annotations");
    const actions: AnnotationAction[] = [];
    const stop = await onAnnotationAction(sim.host, (a) => actions.push(a));
    const id = Object.keys(result.annotations)[0]!;
    sim.triggerAnnotationPopupAction(id, 1);
    await jest.advanceTimersByTimeAsync(10);
    expect(actions).toEqual([{ annotationId: id, action: "Accept", suggestion: "when the acceptance tests pass", suggestionIndex: 1 }]);
    expect(result.annotations[id]).toBe(f.id);
    await stop();
  } finally {
    jest.useRealTimers();
  }
});

test("marking twice with the highlight colour still restores the user's own colours", async () => {
  const sim = createSimulatedWord(docOf(["Fees as needed and as needed again."]), { capabilities: "1.3" });
  const doc = await readDocument(sim.host, detectCapabilities(sim.host));
  const before = charColours(sim.snapshot());
  await markFindings(sim.host, doc, [findingAt(doc, 0, "as needed")], "highlightColor");
  await markFindings(sim.host, doc, [findingAt(doc, 0, "as needed"), findingAt(doc, 0, "as needed", "low", 1)], "highlightColor");
  await clearMarks(sim.host, "highlightColor");
  expect(charColours(sim.snapshot())).toEqual(before);
});

test("countering a pure insertion removes it and inserts our wording at that point, tracked", async () => {
  const sim = createSimulatedWord(redlinedDoc(), { capabilities: "1.6", userName: "Vendor" });
  const doc = await readDocument(sim.host, detectCapabilities(sim.host));
  const added = doc.revisions.find((r) => r.text === ", to its sole satisfaction")!;
  await counterChange(sim.host, doc, { revisionIds: [added.id] }, ", on written sign-off");
  const now = await readDocument(sim.host, detectCapabilities(sim.host));
  expect(now.paragraphs[1]!.text).toBe("The Client will review each deliverable within 30 days of delivery, on written sign-off.");
  expect(now.revisions.filter((r) => r.author === "Vendor").map((r) => [r.type, r.text])).toEqual([["insertion", ", on written sign-off"]]);
});

test("when Word's search misses text split by a deletion, the undeleted ends are found and joined", async () => {
  const sim = createSimulatedWord(redlinedDoc(), { capabilities: "1.8" });
  const doc = await readDocument(sim.host, detectCapabilities(sim.host));
  const original = SimBody.prototype.search;
  const searched: string[] = [];
  const spy = jest.spyOn(SimBody.prototype, "search").mockImplementation(function (this: SimBody, text: string, options?: Parameters<SimBody["search"]>[1]) {
    searched.push(text);
    // The quirk: a search across the deleted "5 business days" finds nothing.
    return original.call(this, text.includes("days30") ? "\u0001" : text, options);
  });
  try {
    const f = findingAt(doc, 1, "within 30 days");
    const result = await markFindings(sim.host, doc, [f], "highlight");
    expect(result.marked).toEqual([f.id]);
    expect(searched).toEqual(expect.arrayContaining(["within ", "30 days"]));
    const lit = sim.snapshot().paragraphs[1]!.runs.filter((r) => r.temporaryHighlight && !r.deletion).map((r) => r.text).join("");
    expect(lit).toBe("within 30 days");
  } finally {
    spy.mockRestore();
  }
});
