// Revisions after our own edits on top of a client's redlines: every one keeps Word's author, date
// and tracked-change id, with exact offsets. Written for these tests (no corpus text).
import fc from "fast-check";
import { createSimulatedWord, type SimOptions } from "../../src/sim";
import { applyRewrite, counterChange, detectCapabilities, readDocument } from "../../src/office";
import type { DocModel, Revision } from "../../src/engine/model";

const CLIENT = "Dana (Client)";
const US = "Priya (Vendor)";
const DATE = "2026-01-10T10:00:00.000Z";

/** Revisions of one paragraph from its original text and a list of [deleted, inserted] edits at given original offsets. */
function redlined(original: string, edits: { at: number; del: string; ins: string }[], paragraph: number): { text: string; revisions: Revision[] } {
  let text = "";
  let o = 0;
  const revisions: Revision[] = [];
  for (const e of edits) {
    text += original.slice(o, e.at);
    const start = text.length;
    if (e.del) revisions.push({ id: `r${paragraph}-${revisions.length}`, type: "deletion", author: CLIENT, date: DATE, paragraph, start, end: start, originalStart: e.at, originalEnd: e.at + e.del.length, text: e.del });
    if (e.ins) revisions.push({ id: `r${paragraph}-${revisions.length}`, type: "insertion", author: CLIENT, date: DATE, paragraph, start, end: start + e.ins.length, originalStart: e.at + e.del.length, originalEnd: e.at + e.del.length, text: e.ins });
    text += e.ins;
    o = e.at + e.del.length;
  }
  return { text: text + original.slice(o), revisions };
}

function clientDoc(): DocModel {
  const p1o = "Payment is due within five (5) business days after 30 days of acceptance.";
  const p1 = redlined(p1o, [
    { at: 22, del: "five (5)", ins: "thirty (30)" },
    { at: 31, del: "business ", ins: "" },
  ], 1);
  const p3o = "The Client may request two (2) rounds of revisions for each deliverable.";
  const p3 = redlined(p3o, [{ at: 23, del: "two (2)", ins: "unlimited" }], 3);
  const p4o = "Invoices are payable within thirty (30) days.";
  const p4 = redlined(p4o, [{ at: 28, del: "thirty (30)", ins: "ninety (90)" }], 4);
  return {
    paragraphs: [
      { index: 0, text: "Fees" },
      { index: 1, text: p1.text, originalText: p1o },
      { index: 2, text: "Confidential information stays confidential." },
      { index: 3, text: p3.text, originalText: p3o },
      { index: 4, text: p4.text, originalText: p4o },
    ],
    tables: [],
    revisions: [...p1.revisions, ...p3.revisions, ...p4.revisions],
    comments: [],
    trackChanges: true,
  };
}

async function open(extra: Partial<SimOptions> = {}) {
  const sim = createSimulatedWord(clientDoc(), { capabilities: "1.6", userName: US, changeTrackingMode: "TrackAll", ...extra });
  const caps = detectCapabilities(sim.host);
  const doc = await readDocument(sim.host, caps);
  return { sim, doc, read: () => readDocument(sim.host, caps) };
}

/** Every revision is one of Word's tracked changes, with its author and date, at exact offsets. */
function expectMatched(doc: DocModel): void {
  for (const r of doc.revisions) {
    expect(r.id).toMatch(/^tc-\d+$/);
    expect(r.author).not.toBe("");
    expect(r.date).not.toBeNull();
    const p = doc.paragraphs[r.paragraph]!;
    if (r.type === "insertion") expect(p.text.slice(r.start, r.end)).toBe(r.text);
    else expect((p.originalText ?? p.text).slice(r.originalStart, r.originalEnd)).toBe(r.text);
  }
  expect(new Set(doc.revisions.map((r) => r.id)).size).toBe(doc.revisions.length);
}

const byAuthor = (doc: DocModel, author: string) => doc.revisions.filter((r) => r.author === author).map((r) => `${r.type}:${r.text}`);
const pairOf = (doc: DocModel, text: string) => {
  const r = doc.revisions.find((x) => x.text === text)!;
  return doc.revisions.filter((x) => x.paragraph === r.paragraph && x.start === r.start).map((x) => x.id);
};

test("the client's redlines read with their author, date and ids", async () => {
  const { doc } = await open();
  expectMatched(doc);
  expect(byAuthor(doc, CLIENT)).toEqual([
    "deletion:five (5)", "insertion:thirty (30)", "deletion:business ",
    "deletion:two (2)", "insertion:unlimited", "deletion:thirty (30)", "insertion:ninety (90)",
  ]);
});

describe("after countering a client's change", () => {
  test.each([
    ["new wording", "ten (10)"],
    ["the original wording back (both views equal in that paragraph)", "five (5)"],
    ["the client's own wording", "thirty (30)"],
    ["a number that also occurs elsewhere in the paragraph", "30"],
  ])("%s", async (_name, words) => {
    const { sim, doc, read } = await open();
    await counterChange(sim.host, doc, { revisionIds: pairOf(doc, "thirty (30)") }, words);
    const now = await read();
    expectMatched(now);
    expect(byAuthor(now, US)).toEqual(["deletion:five (5)", `insertion:${words}`]);
    expect(byAuthor(now, CLIENT)).toEqual([
      "deletion:business ", "deletion:two (2)", "insertion:unlimited", "deletion:thirty (30)", "insertion:ninety (90)",
    ]);
    expect(now.paragraphs[1]!.text).toBe(`Payment is due within ${words} days after 30 days of acceptance.`);
  });

  test("the original wording back where it was the paragraph's only change (both views equal)", async () => {
    const { sim, doc, read } = await open();
    await counterChange(sim.host, doc, { revisionIds: pairOf(doc, "ninety (90)") }, "thirty (30)");
    const now = await read();
    expect(now.paragraphs[4]!.originalText).toBeUndefined();
    expectMatched(now);
    expect(byAuthor(now, US)).toEqual(["deletion:thirty (30)", "insertion:thirty (30)"]);
    expect(byAuthor(now, CLIENT)).toHaveLength(5);
  });

  test("with tracking off in the user's document", async () => {
    const { sim, doc, read } = await open({ changeTrackingMode: "Off" });
    await counterChange(sim.host, doc, { revisionIds: pairOf(doc, "unlimited") }, "two (2)");
    const now = await read();
    expectMatched(now);
    expect(byAuthor(now, US)).toEqual(["deletion:two (2)", "insertion:two (2)"]);
  });

  test("any wording keeps every revision matched (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("five (5)", "thirty (30)", "30", "(", "5", " ", "days", "ten (10) business"), fc.constantFrom("thirty (30)", "unlimited", "ninety (90)"), async (words, target) => {
        const { sim, doc, read } = await open();
        await counterChange(sim.host, doc, { revisionIds: pairOf(doc, target) }, words);
        const now = await read();
        expectMatched(now);
        expect(byAuthor(now, US)).toContain(`insertion:${words}`);
      }),
      { numRuns: 24 },
    );
  });
});

test("after a rewrite under TrackAll next to the client's change", async () => {
  const { sim, doc, read } = await open();
  const p = doc.paragraphs[1]!;
  const at = p.text.indexOf("30 days of");
  await applyRewrite(sim.host, doc, { anchor: { paragraph: 1, start: at, end: at + 2, text: "30" } }, "thirty (30)");
  const now = await read();
  expectMatched(now);
  expect(byAuthor(now, US)).toEqual(["deletion:30", "insertion:thirty (30)"]);
  expect(byAuthor(now, CLIENT)).toHaveLength(7);
});

test("after the user's own tracked edit in Word", async () => {
  const { sim, read } = await open();
  const raw = sim.snapshot().paragraphs[1]!.text;
  const at = raw.indexOf("thirty (30)") + "thirty (30)".length; // right after the client's insertion
  sim.userEdit(1, at, at, " (5)");
  const now = await read();
  expectMatched(now);
  expect(byAuthor(now, US)).toEqual(["insertion: (5)"]);
  expect(byAuthor(now, CLIENT)).toHaveLength(7);
});
