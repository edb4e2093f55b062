import { createSimulatedWord, type CapabilityLevel } from "../../src/sim";
import { acceptChange, applyRewrite, counterChange, detectCapabilities, hashText, insertTemplate, markFindings, readDocument, watchChanges, type ChangedParagraphs } from "../../src/office";
import { docOf, findingAt, redlinedDoc } from "./fixtures";

const source = docOf(["Title", "Review within a reasonable time.", "Payment within 30 days.", "Closing."]);

async function setup(level: CapabilityLevel) {
  const sim = createSimulatedWord(source, { capabilities: level, changeTrackingMode: "Off" });
  const caps = detectCapabilities(sim.host);
  const doc = await readDocument(sim.host, caps);
  const calls: ChangedParagraphs[] = [];
  return { sim, caps, doc, calls, onChange: (c: ChangedParagraphs) => void calls.push(c) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("watchChanges with paragraph events (WordApi 1.6)", () => {
  test("debounces a burst of edits into one report of the paragraphs touched", async () => {
    const { sim, caps, calls, onChange } = await setup("1.6");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 500 });
    sim.userEdit(2, 15, 17, "45");
    await jest.advanceTimersByTimeAsync(300);
    sim.userEdit(1, 0, 6, "Check");
    await jest.advanceTimersByTimeAsync(499);
    expect(calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([[1, 2]]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    await stop();
  });

  test("ignores the add-in's own edits, then sees the user's again", async () => {
    const { sim, caps, doc, calls, onChange } = await setup("1.6");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 200 });
    await applyRewrite(sim.host, doc, findingAt(doc, 1, "a reasonable time"), "5 business days");
    await jest.advanceTimersByTimeAsync(1500);
    expect(calls).toEqual([]);
    sim.userEdit(3, 0, 7, "End");
    await jest.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([[3]]);
    await stop();
  });

  test("a user's edit right after our write is reported, in another paragraph or the one we wrote", async () => {
    const { sim, caps, doc, calls, onChange } = await setup("1.6");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 200 });
    await applyRewrite(sim.host, doc, findingAt(doc, 1, "a reasonable time"), "5 business days");
    sim.userEdit(3, 0, 7, "End");
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([[3]]);
    await applyRewrite(sim.host, doc, findingAt(doc, 2, "30 days"), "45 days");
    const at = sim.snapshot().paragraphs[2]!.text.length - 1;
    sim.userEdit(2, at, at, " net");
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([[3], [2]]);
    await stop();
  });

  test("our marks, counters, accepts and template inserts are not reported; the user's edit meanwhile is", async () => {
    const sim = createSimulatedWord(redlinedDoc(), { capabilities: "1.6", userName: "Vendor" });
    const caps = detectCapabilities(sim.host);
    const calls: ChangedParagraphs[] = [];
    let doc = await readDocument(sim.host, caps);
    const stop = await watchChanges(sim.host, caps, (c) => void calls.push(c), { debounceMs: 100 });
    await markFindings(sim.host, doc, [findingAt(doc, 2, "confidential")], "highlightColor");
    const replaced = doc.revisions.filter((r) => r.text === "5 business days" || r.text === "30 days").map((r) => r.id);
    await counterChange(sim.host, doc, { revisionIds: replaced }, "10 business days");
    doc = await readDocument(sim.host, caps);
    await acceptChange(sim.host, doc, [doc.revisions.find((r) => r.text === ", to its sole satisfaction")!.id]);
    await insertTemplate(sim.host, ["Deemed acceptance applies after 10 business days."], { tag: "deemed", title: "Deemed acceptance", where: "best", bestAfterParagraph: 1, doc });
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([]);
    await insertTemplate(sim.host, ["Another clause."], { tag: "other", title: "Other", where: "best", bestAfterParagraph: 0 });
    sim.userEdit(0, 0, 0, "1. ");
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([[0]]);
    await stop();
  });

  test("stops reporting after unsubscribe", async () => {
    const { sim, caps, calls, onChange } = await setup("1.6");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 100 });
    await stop();
    sim.userEdit(1, 0, 6, "Check");
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
  });
});

describe("watchChanges by polling (older hosts)", () => {
  test("one sync per poll; reports changed paragraphs, debounced", async () => {
    const { sim, caps, calls, onChange } = await setup("1.4");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 300, pollMs: 1000 });
    sim.resetSyncCount();
    await jest.advanceTimersByTimeAsync(1000);
    expect(sim.syncCount).toBe(1);
    sim.userEdit(2, 15, 17, "45");
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([[2]]);
    expect(sim.syncCount).toBe(2);
    await stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(sim.syncCount).toBe(2);
  });

  test("ignores the add-in's own edits", async () => {
    const { sim, caps, doc, calls, onChange } = await setup("1.4");
    const stop = await watchChanges(sim.host, caps, onChange, { debounceMs: 100, pollMs: 2000 });
    await applyRewrite(sim.host, doc, findingAt(doc, 1, "a reasonable time"), "5 business days");
    await jest.advanceTimersByTimeAsync(6000);
    expect(calls).toEqual([]);
    sim.userEdit(3, 0, 7, "End");
    await jest.advanceTimersByTimeAsync(2100);
    expect(calls).toEqual([[3]]);
    await stop();
  });
});

test("hashText tells different texts apart and is stable", () => {
  expect(hashText("Payment within 30 days.")).toBe(hashText("Payment within 30 days."));
  expect(hashText("Payment within 30 days.")).not.toBe(hashText("Payment within 90 days."));
});
