import { createSimulatedWord } from "../../src/sim";
import { detectCapabilities, readDocument } from "../../src/office";
import type { DocModel } from "../../src/engine/model";
import { docOf, longDoc, redlinedDoc } from "./fixtures";

// The simulator has no Paragraph.listItemOrNullObject yet; reads here skip list labels so the
// sync count stays exact (readDocument retries without them on such a host).

function withTable(): DocModel {
  return {
    paragraphs: [
      { index: 0, text: "Payment schedule", style: "Heading 2", headingLevel: 2 },
      { index: 1, text: "Milestone", table: { table: 0, row: 0, cell: 0, nesting: 1 } },
      { index: 2, text: "Amount", table: { table: 0, row: 0, cell: 1, nesting: 1 } },
      { index: 3, text: "Design sign-off", table: { table: 0, row: 1, cell: 0, nesting: 1 } },
      { index: 4, text: "20%", table: { table: 0, row: 1, cell: 1, nesting: 1 } },
      { index: 5, text: "Due on written acceptance", table: { table: 0, row: 1, cell: 1, nesting: 1 } },
      { index: 6, text: "All amounts exclude tax." },
    ],
    tables: [{ index: 0, nesting: 1, rows: [
      [{ text: "Milestone", paragraphs: [1] }, { text: "Amount", paragraphs: [2] }],
      [{ text: "Design sign-off", paragraphs: [3] }, { text: "20%\nDue on written acceptance", paragraphs: [4, 5] }],
    ] }],
    revisions: [],
    comments: [],
  };
}

/** Applies revisions to the original text, giving the current text. */
function replay(original: string, revisions: DocModel["revisions"]): string {
  const sorted = [...revisions].sort((a, b) => a.originalStart - b.originalStart || (a.type === "deletion" ? -1 : 1));
  let out = "";
  let o = 0;
  for (const r of sorted) {
    out += original.slice(o, r.originalStart);
    if (r.type === "deletion") o = r.originalEnd;
    else {
      out += r.text;
      o = r.originalStart;
    }
  }
  return out + original.slice(o);
}

describe("readDocument", () => {
  test.each([10, 1000])("reads %i paragraphs in exactly one sync", async (n) => {
    const sim = createSimulatedWord(longDoc(n), { capabilities: "1.8" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(sim.syncCount).toBe(1);
    expect(doc.paragraphs).toHaveLength(n);
    expect(doc.paragraphs.map((p) => p.index)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(doc.paragraphs[n - 1]!.text).toBe(longDoc(n).paragraphs[n - 1]!.text);
  });

  test.each(["1.3", "1.4", "1.6", "1.8"] as const)("reads on a %s host in one sync", async (level) => {
    const sim = createSimulatedWord(withTable(), { capabilities: level });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(sim.syncCount).toBe(1);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(withTable().paragraphs.map((p) => p.text));
    expect(doc.trackChanges).toBe(level === "1.3" ? undefined : false);
  });

  test("keeps headings, styles and table positions", async () => {
    const sim = createSimulatedWord(withTable(), { capabilities: "1.6" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(doc.paragraphs[0]).toMatchObject({ style: "Heading 2", headingLevel: 2 });
    expect(doc.paragraphs.map((p) => p.table ?? null)).toEqual(withTable().paragraphs.map((p) => p.table ?? null));
    expect(doc.tables).toEqual(withTable().tables);
  });

  test("falls back to a read without list labels on a host that refuses them", async () => {
    const sim = createSimulatedWord(docOf(["a", "b"]), { capabilities: "1.8" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["a", "b"]);
  });

  test("reads tracked changes with offsets, authors and dates (WordApi 1.6)", async () => {
    const source = redlinedDoc();
    const sim = createSimulatedWord(source, { capabilities: "1.6" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(sim.syncCount).toBe(1);
    expect(doc.trackChanges).toBe(true);
    expect(doc.paragraphs[1]!.text).toBe(source.paragraphs[1]!.text);
    expect(doc.paragraphs[1]!.originalText).toBe(source.paragraphs[1]!.originalText);
    expect(doc.paragraphs[2]!.originalText).toBeUndefined();
    const strip = (r: DocModel["revisions"][number]) => ({ type: r.type, author: r.author, date: r.date, paragraph: r.paragraph, start: r.start, end: r.end, originalStart: r.originalStart, originalEnd: r.originalEnd, text: r.text });
    expect(doc.revisions.map(strip)).toEqual(source.revisions.map(strip));
    expect(doc.revisions.every((r) => /^tc-\d+$/.test(r.id))).toBe(true);
    // Offsets hold: each insertion covers its text in the current view, each deletion in the original.
    for (const r of doc.revisions) {
      const p = doc.paragraphs[r.paragraph]!;
      if (r.type === "insertion") expect(p.text.slice(r.start, r.end)).toBe(r.text);
      else expect((p.originalText ?? p.text).slice(r.originalStart, r.originalEnd)).toBe(r.text);
    }
  });

  test("on a 1.4 host, reviewed texts still give offsets (no authors)", async () => {
    const source = redlinedDoc();
    const sim = createSimulatedWord(source, { capabilities: "1.4" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(sim.syncCount).toBe(1);
    expect(doc.paragraphs[1]!.text).toBe(source.paragraphs[1]!.text);
    expect(doc.paragraphs[1]!.originalText).toBe(source.paragraphs[1]!.originalText);
    // Without Word's change list the split is the diff's ("5 business " -> "30 "), but it must replay.
    const p = doc.paragraphs[1]!;
    expect(replay(p.originalText!, doc.revisions)).toBe(p.text);
    expect(doc.revisions.map((r) => r.type)).toEqual(["deletion", "insertion", "insertion"]);
    expect(doc.revisions.every((r) => r.author === "" && r.date === null)).toBe(true);
    for (const r of doc.revisions) {
      if (r.type === "insertion") expect(p.text.slice(r.start, r.end)).toBe(r.text);
      else expect(p.originalText!.slice(r.originalStart, r.originalEnd)).toBe(r.text);
    }
  });

  test("on a 1.3 host the text is Word's markup text and there are no revisions", async () => {
    const sim = createSimulatedWord(redlinedDoc(), { capabilities: "1.3" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host));
    expect(doc.revisions).toEqual([]);
    expect(doc.paragraphs[1]!.text).toContain("5 business days");
  });

  test("reads comments and the tracking mode", async () => {
    const source = docOf(["Fees are due net 30.", "Other."], {
      comments: [{ id: "c1", author: "Ana", date: "2026-02-01T00:00:00.000Z", text: "Too short?", paragraph: 0, start: 0, end: 4 }],
    });
    const sim = createSimulatedWord(source, { capabilities: "1.4", changeTrackingMode: "TrackAll" });
    const doc = await readDocument(sim.host, detectCapabilities(sim.host), { name: "sow.docx" });
    expect(doc.comments).toEqual([expect.objectContaining({ author: "Ana", text: "Too short?", paragraph: -1 })]);
    expect(doc.trackChanges).toBe(true);
    expect(doc.name).toBe("sow.docx");
  });
});
