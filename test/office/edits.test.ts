import { createSimulatedWord, SimError, type CapabilityLevel, type SimOptions } from "../../src/sim";
import { SimRange } from "../../src/sim/objects";
import {
  acceptChange,
  applyRewrite,
  counterChange,
  detectCapabilities,
  insertTemplate,
  navigateTo,
  readDocument,
  rejectChange,
} from "../../src/office";
import type { DocModel } from "../../src/engine/model";
import { docOf, findingAt, redlinedDoc } from "./fixtures";
import { openRead, texts } from "./helpers";


const open = (source: DocModel, capabilities: CapabilityLevel, extra: Partial<SimOptions> = {}) =>
  openRead(source, { capabilities, userName: "Vendor", ...extra });

const base = docOf([
  "Acceptance",
  "The deliverable is accepted when it is to the Client's satisfaction.",
  "Fees are payable within 30 days of invoice.",
]);

describe("navigateTo", () => {
  test("selects the anchored text in two syncs", async () => {
    const { sim, doc } = await open(base, "1.3");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    await navigateTo(sim.host, doc, f.anchor);
    expect(sim.syncCount).toBe(2);
    expect(sim.snapshot().selection).toEqual({ paragraph: 1, start: f.anchor.start, endParagraph: 1, end: f.anchor.end });
  });

  test("an empty anchor (where a deletion stood) selects its paragraph", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.6");
    await navigateTo(sim.host, doc, { paragraph: 1, start: 47, end: 47, text: "" });
    expect(sim.syncCount).toBe(2);
    const view = sim.snapshot();
    expect(view.selection).toEqual({ paragraph: 1, start: 0, endParagraph: 1, end: view.paragraphs[1]!.text.length });
  });

  test("refuses a stale anchor", async () => {
    const { sim, doc } = await open(base, "1.3");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    sim.userEdit(1, 0, 3, "A");
    await expect(navigateTo(sim.host, doc, f.anchor)).rejects.toMatchObject({ key: "error.staleAnchor" });
  });
});

describe("applyRewrite", () => {
  test("replaces the anchored text as a tracked change and restores the user's mode", async () => {
    const { sim, doc } = await open(base, "1.6", { changeTrackingMode: "Off" });
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    const result = await applyRewrite(sim.host, doc, f, "signed off in writing");
    expect(sim.syncCount).toBe(2);
    expect(result).toEqual({ tracked: true, anchor: { paragraph: 1, start: f.anchor.start, end: f.anchor.start + 21, text: "signed off in writing" } });
    const after = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(after.paragraphs[1]!.text).toBe("The deliverable is accepted when it is signed off in writing.");
    expect(after.paragraphs[1]!.originalText).toBe(base.paragraphs[1]!.text);
    expect(after.revisions.map((r) => [r.type, r.text, r.author])).toEqual([
      ["deletion", "to the Client's satisfaction", "Vendor"],
      ["insertion", "signed off in writing", "Vendor"],
    ]);
    expect(sim.snapshot().changeTrackingMode).toBe("Off");
  });

  test("refuses a stale anchor and changes nothing", async () => {
    const { sim, doc } = await open(base, "1.6");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    sim.userEdit(1, 39, 45, "under the");
    const before = sim.snapshot();
    await expect(applyRewrite(sim.host, doc, f, "signed off")).rejects.toMatchObject({ key: "error.staleAnchor" });
    expect(sim.snapshot()).toEqual(before);
  });

  test("on a protected document: error.protected, nothing changed, tracking mode as before", async () => {
    const { sim, doc } = await open(base, "1.6", { protected: true, changeTrackingMode: "Off" });
    const before = sim.snapshot();
    await expect(applyRewrite(sim.host, doc, findingAt(doc, 1, "to the Client's satisfaction"), "x")).rejects.toMatchObject({ key: "error.protected" });
    expect(sim.snapshot()).toEqual(before);
  });

  test("restores the tracking mode when the edit fails after tracking was switched on (partial batches, as in Word)", async () => {
    const { sim, doc } = await open(base, "1.6", { changeTrackingMode: "Off", failedBatch: "partial" });
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    // Word fails the insertion itself: the mode switch queued before it has already been applied.
    const original = SimRange.prototype.insertText;
    const spy = jest.spyOn(SimRange.prototype, "insertText").mockImplementation(function (this: SimRange, ...args: Parameters<SimRange["insertText"]>) {
      const result = original.apply(this, args);
      this._ctx._enqueue(() => {
        throw new SimError("GeneralException", "The insertion failed.");
      });
      return result;
    });
    try {
      await expect(applyRewrite(sim.host, doc, f, "signed off")).rejects.toMatchObject({ key: "error.generic", code: "GeneralException" });
    } finally {
      spy.mockRestore();
    }
    expect(sim.snapshot().changeTrackingMode).toBe("Off");
  });

  test("on a 1.3 host it refuses unless untracked edits are allowed", async () => {
    const { sim, doc } = await open(base, "1.3");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    await expect(applyRewrite(sim.host, doc, f, "signed off")).rejects.toMatchObject({ key: "error.untracked" });
    expect(texts(sim.snapshot())[1]).toBe(base.paragraphs[1]!.text);
    const result = await applyRewrite(sim.host, doc, f, "signed off", { allowUntracked: true });
    expect(result.tracked).toBe(false);
    expect(texts(sim.snapshot())[1]).toBe("The deliverable is accepted when it is signed off.");
  });
});

describe("insertTemplate", () => {
  const clause = ["Deemed acceptance. A deliverable is accepted 5 business days after delivery unless rejected in writing.", "A rejection lists each failed criterion."];

  test("after a given paragraph, tracked, wrapped in a tagged content control", async () => {
    const { sim, doc } = await open(base, "1.6", { changeTrackingMode: "TrackMineOnly" });
    const result = await insertTemplate(sim.host, clause, { tag: "deemed-acceptance", title: "Deemed acceptance", where: "best", bestAfterParagraph: 1, doc });
    expect(result).toEqual({ tracked: true, tag: "gatecheck:deemed-acceptance" });
    expect(sim.syncCount).toBe(2);
    const view = sim.snapshot();
    expect(texts(view)).toEqual([base.paragraphs[0]!.text, base.paragraphs[1]!.text, ...clause, base.paragraphs[2]!.text]);
    expect(view.contentControls).toEqual([expect.objectContaining({ tag: "gatecheck:deemed-acceptance", title: "Deemed acceptance", paragraph: 2, endParagraph: 3 })]);
    expect(view.paragraphs[2]!.runs.every((r) => r.insertion?.author === "Vendor")).toBe(true);
    expect(view.changeTrackingMode).toBe("TrackMineOnly");
  });

  test("at the cursor", async () => {
    const { sim } = await open(base, "1.6", { selection: { paragraph: 0, start: 2, end: 2 } });
    await insertTemplate(sim.host, clause, { tag: "gatecheck:x", title: "X", where: "cursor" });
    expect(texts(sim.snapshot()).slice(1, 3)).toEqual(clause);
  });

  test("refuses when the target paragraph changed since the scan", async () => {
    const { sim, doc } = await open(base, "1.6");
    sim.userEdit(1, 0, 3, "A");
    const before = sim.snapshot();
    await expect(insertTemplate(sim.host, clause, { tag: "t", title: "T", where: "best", bestAfterParagraph: 1, doc })).rejects.toMatchObject({ key: "error.staleAnchor" });
    expect(sim.snapshot()).toEqual(before);
  });

  test("on a protected document nothing is inserted", async () => {
    const { sim, doc } = await open(base, "1.6", { protected: true });
    const before = sim.snapshot();
    await expect(insertTemplate(sim.host, clause, { tag: "t", title: "T", where: "best", bestAfterParagraph: 1, doc })).rejects.toMatchObject({ key: "error.protected" });
    expect(sim.snapshot()).toEqual(before);
  });
});

describe("client redlines", () => {
  const ids = (doc: DocModel, type: string) => doc.revisions.filter((r) => r.type === type).map((r) => r.id);

  test("accept and reject individual changes", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.6");
    const added = doc.revisions.find((r) => r.text === ", to its sole satisfaction")!;
    await rejectChange(sim.host, doc, [added.id]);
    expect(sim.syncCount).toBe(2);
    let now = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(now.paragraphs[1]!.text).toBe("The Client will review each deliverable within 30 days of delivery.");
    await acceptChange(sim.host, now, { revisionIds: ids(now, "deletion").concat(ids(now, "insertion")) });
    now = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(now.revisions).toEqual([]);
    expect(now.paragraphs[1]!.text).toBe("The Client will review each deliverable within 30 days of delivery.");
  });

  test("counter: reject the client's change and put our wording as our tracked change, in one write", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.6", { changeTrackingMode: "Off" });
    const replacement = doc.revisions.filter((r) => r.text === "5 business days" || r.text === "30 days").map((r) => r.id);
    await counterChange(sim.host, doc, { revisionIds: replacement }, "10 business days");
    expect(sim.syncCount).toBe(2);
    const now = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(now.paragraphs[1]!.text).toBe("The Client will review each deliverable within 10 business days of delivery, to its sole satisfaction.");
    expect(now.paragraphs[1]!.originalText).toBe(redlinedDoc().paragraphs[1]!.originalText);
    const ours = now.revisions.filter((r) => r.author === "Vendor");
    expect(ours.map((r) => r.type).sort()).toEqual(["deletion", "insertion"]);
    expect(ours.find((r) => r.type === "insertion")!.text).toBe("10 business days");
    expect(now.revisions.filter((r) => r.author === "Client Counsel").map((r) => r.text)).toEqual([", to its sole satisfaction"]);
    expect(sim.snapshot().changeTrackingMode).toBe("Off");
  });

  test("a change that is gone is refused as stale", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.6");
    const first = doc.revisions[0]!;
    await acceptChange(sim.host, doc, [first.id]);
    await expect(rejectChange(sim.host, doc, [first.id])).rejects.toMatchObject({ key: "error.staleAnchor" });
  });

  test("counter on a protected document leaves everything as it was", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.6", { protected: true });
    const before = sim.snapshot();
    await expect(counterChange(sim.host, doc, { revisionIds: [doc.revisions[0]!.id] }, "x")).rejects.toMatchObject({ key: "error.protected" });
    expect(sim.snapshot()).toEqual(before);
  });

  test("needs WordApi 1.6", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.4");
    await expect(acceptChange(sim.host, doc, [doc.revisions[0]!.id])).rejects.toMatchObject({ key: "error.unsupported" });
  });
});

test("a change found at a shifted index (the user resolved an earlier one in Word) is still addressed", async () => {
  const sim = createSimulatedWord(redlinedDoc(), { capabilities: "1.6", userName: "Vendor" });
  const doc = await readDocument(sim.host, detectCapabilities(sim.host));
  const [first, , third] = doc.revisions;
  await rejectChange(sim.host, doc, [first!.id]); // index 0 gone: the third change is now at index 1
  await rejectChange(sim.host, doc, [third!.id]);
  const now = await readDocument(sim.host, detectCapabilities(sim.host));
  expect(now.revisions.map((r) => r.text)).toEqual(["30 days"]);
});
