// The bundled sample SOWs: committed files match the builder's specs and read as designed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../src/docx/reader";
import { writeDocx } from "../../src/docx/writer";
import { SAMPLES } from "../../scripts/build-samples";

const DIR = join(__dirname, "..", "..", "assets", "samples");
const load = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));

describe("sample SOWs", () => {
  it.each(Object.keys(SAMPLES))("%s is up to date with scripts/build-samples.ts", (file) => {
    expect(Buffer.from(load(file)).equals(Buffer.from(writeDocx(SAMPLES[file]!)))).toBe(true);
  });

  it("the weak SOW has vague milestones, monthly billing and no deemed acceptance", () => {
    const doc = readDocx(load("weak-sow.docx"));
    const text = doc.paragraphs.map((p) => p.text).join("\n");
    expect(text).toContain("Phase 1: Discovery Complete");
    expect(text).toContain("Client will be invoiced $30,000 per month");
    expect(text).not.toMatch(/deemed/i);
    expect(doc.revisions).toEqual([]);
  });

  it("the strong SOW's payment table sums to 100% and to the fixed fee", () => {
    const doc = readDocx(load("strong-sow.docx"));
    const table = doc.tables[0]!;
    expect(table.rows[0]!.map((c) => c.text)).toEqual(["Milestone", "Deliverable", "Acceptance event", "%", "Amount (USD)"]);
    const body = table.rows.slice(1, -1);
    expect(body.reduce((sum, r) => sum + Number.parseFloat(r[3]!.text), 0)).toBe(100);
    expect(body.reduce((sum, r) => sum + Number(r[4]!.text.replace(/,/g, "")), 0)).toBe(240000);
    expect(doc.paragraphs.some((p) => p.text.includes("USD 240,000"))).toBe(true);
    expect(doc.paragraphs.some((p) => /Phase 1: Discovery Sign-off via documented Requirements Traceability Matrix \(RTM\) and Client Executive Approval/.test(p.text))).toBe(true);
  });

  it("the redlined SOW carries the client's changes, one vendor change, a comment and tracking on", () => {
    const doc = readDocx(load("redlined-sow.docx"));
    expect(doc.trackChanges).toBe(true);
    const authors = new Set(doc.revisions.map((r) => r.author));
    expect([...authors].sort()).toEqual(["Dana Whitfield (Contoso Legal)", "Priya Raman (Northwind)"]);
    const changed = (type: string, text: string) => doc.revisions.some((r) => r.type === type && r.text === text);
    expect(changed("insertion", " to the Client's sole satisfaction")).toBe(true);
    expect(changed("deletion", "five (5)") && changed("insertion", "thirty (30)")).toBe(true);
    expect(changed("deletion", "two (2) rounds of revisions") && changed("insertion", "unlimited revisions")).toBe(true);
    expect(changed("insertion", "ninety (90)")).toBe(true);
    expect(doc.revisions.some((r) => r.type === "deletion" && /deemed accepted/.test(r.text))).toBe(true);
    expect(doc.revisions.some((r) => r.type === "deletion" && /^Phase 2 starts only after written sign-off/.test(r.text))).toBe(true);
    expect(doc.revisions.some((r) => r.type === "formatting")).toBe(true);
    expect(doc.comments).toHaveLength(1);
    // Every change's text sits at its offsets.
    for (const r of doc.revisions) {
      const p = doc.paragraphs[r.paragraph]!;
      if (r.type === "insertion") expect(p.text.slice(r.start, r.end)).toBe(r.text);
      if (r.type === "deletion") expect((p.originalText ?? p.text).slice(r.originalStart, r.originalEnd)).toBe(r.text);
    }
    // The original view of the redlined SOW (without the paragraph it inserts) is the strong SOW.
    const strong = readDocx(load("strong-sow.docx"));
    const originalView = doc.paragraphs.filter((p) => !(p.originalText === "" && p.text !== "")).map((p) => p.originalText ?? p.text);
    expect(originalView).toEqual(strong.paragraphs.map((p) => p.text));
  });
});
