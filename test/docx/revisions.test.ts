import fc from "fast-check";
import type { DocModel, Revision } from "../../src/engine/model";
import { readDocx } from "../../src/docx/reader";
import { writeDocx, type DocxRun } from "../../src/docx/writer";
import { p, rawDocx, wrapPart } from "./fixtures";

const DANA = { author: "Dana Whitfield", date: "2025-03-14T09:30:00Z" };
const PRIYA = { author: "Priya Raman", date: "2025-03-15T10:00:00Z" };

function revisionsOf(doc: DocModel, paragraph: number): Omit<Revision, "id" | "paragraph">[] {
  return doc.revisions.filter((r) => r.paragraph === paragraph).map(({ id: _id, paragraph: _p, ...rest }) => rest);
}

describe("readDocx: tracked changes", () => {
  it("gives current and original views with offsets into each", () => {
    const doc = readDocx(
      writeDocx({
        blocks: [
          {
            runs: [
              { text: "Client shall review within " },
              { text: "five (5)", change: { type: "deletion", ...DANA } },
              { text: "thirty (30)", change: { type: "insertion", ...DANA } },
              { text: " Business Days." },
            ],
          },
        ],
      }),
    );
    const [para] = doc.paragraphs;
    expect(para?.text).toBe("Client shall review within thirty (30) Business Days.");
    expect(para?.originalText).toBe("Client shall review within five (5) Business Days.");
    expect(revisionsOf(doc, 0)).toEqual([
      { type: "deletion", ...DANA, start: 27, end: 27, originalStart: 27, originalEnd: 35, text: "five (5)" },
      { type: "insertion", ...DANA, start: 27, end: 38, originalStart: 35, originalEnd: 35, text: "thirty (30)" },
    ]);
  });

  it("merges a change Word split across runs and keeps different authors apart", () => {
    const doc = readDocx(
      writeDocx({
        blocks: [
          {
            runs: [
              { text: "Net ", change: { type: "insertion", ...DANA } },
              { text: "ninety", bold: true, change: { type: "insertion", ...DANA } },
              { text: " days", change: { type: "insertion", ...PRIYA } },
            ],
          },
        ],
      }),
    );
    expect(revisionsOf(doc, 0).map((r) => [r.author, r.text, r.start, r.end])).toEqual([
      ["Dana Whitfield", "Net ninety", 0, 10],
      ["Priya Raman", " days", 10, 15],
    ]);
    expect(doc.paragraphs[0]?.originalText).toBe("");
  });

  it("reads whole-paragraph insertions, deletions and moves", () => {
    const doc = readDocx(
      writeDocx({
        blocks: [
          { text: "Moved clause.", change: { type: "moveFrom", ...DANA, name: "m1" } },
          { text: "Kept." },
          { text: "New clause.", change: { type: "insertion", ...DANA } },
          { text: "Gone clause.", change: { type: "deletion", ...DANA } },
          { text: "Moved clause.", change: { type: "moveTo", ...DANA, name: "m1" } },
        ],
      }),
    );
    expect(doc.paragraphs.map((x) => [x.text, x.originalText])).toEqual([
      ["", "Moved clause."],
      ["Kept.", undefined],
      ["New clause.", ""],
      ["", "Gone clause."],
      ["Moved clause.", ""],
    ]);
    expect(doc.revisions.map((r) => [r.paragraph, r.type, r.text])).toEqual([
      [0, "moveFrom", "Moved clause."],
      [2, "insertion", "New clause."],
      [3, "deletion", "Gone clause."],
      [4, "moveTo", "Moved clause."],
    ]);
  });

  it("records a lone paragraph-mark change as an empty change at the end of the paragraph", () => {
    const doc = readDocx(
      rawDocx({
        body:
          `<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="Dana" w:date="2025-01-02T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>Joined</w:t></w:r></w:p>` +
          p("next"),
      }),
    );
    expect(doc.revisions).toEqual([
      { id: "7", type: "deletion", author: "Dana", date: "2025-01-02T00:00:00Z", paragraph: 0, start: 6, end: 6, originalStart: 6, originalEnd: 6, text: "" },
    ]);
    expect(doc.paragraphs[0]?.originalText).toBeUndefined();
  });

  it("reads formatting changes without changing the text", () => {
    const doc = readDocx(
      writeDocx({
        blocks: [{ runs: [{ text: "Plain " }, { text: "bold now", bold: true, formatChange: { ...PRIYA, previous: {} } }] }],
      }),
    );
    expect(doc.paragraphs[0]?.originalText).toBeUndefined();
    expect(revisionsOf(doc, 0)).toEqual([
      { type: "formatting", ...PRIYA, start: 6, end: 14, originalStart: 6, originalEnd: 14, text: "" },
    ]);
  });

  it("drops text inserted and then deleted from both views", () => {
    const doc = readDocx(
      rawDocx({
        body:
          `<w:p><w:r><w:t xml:space="preserve">A </w:t></w:r><w:ins w:id="1" w:author="X"><w:del w:id="2" w:author="Y"><w:r><w:delText>temp</w:delText></w:r></w:del></w:ins>` +
          `<w:r><w:t>B</w:t></w:r></w:p>`,
      }),
    );
    expect(doc.paragraphs[0]).toEqual({ index: 0, text: "A B" });
    expect(doc.revisions).toEqual([]);
  });

  it("keeps revision ids unique", () => {
    const change = `<w:ins w:id="1" w:author="X"><w:r><w:t>x</w:t></w:r></w:ins>`;
    const doc = readDocx(rawDocx({ body: `<w:p>${change}</w:p><w:p>${change}</w:p>` }));
    expect(new Set(doc.revisions.map((r) => r.id)).size).toBe(2);
  });
});

describe("readDocx: comments", () => {
  it("anchors comments to their paragraph and range", () => {
    const doc = readDocx(
      writeDocx({
        blocks: [
          { text: "Intro." },
          {
            runs: [
              { text: "Acceptance is " },
              { commentStart: "c1" },
              { text: "deemed after five (5) Business Days" },
              { commentEnd: "c1" },
              { text: "." },
            ],
          },
        ],
        comments: [{ id: "c1", ...DANA, text: "We need 30 days.\nPlease revise." }],
      }),
    );
    expect(doc.comments).toEqual([
      { id: "0", ...DANA, text: "We need 30 days.\nPlease revise.", paragraph: 1, start: 14, end: 49 },
    ]);
    const c = doc.comments[0]!;
    expect(doc.paragraphs[c.paragraph]?.text.slice(c.start, c.end)).toBe("deemed after five (5) Business Days");
  });

  it("places a comment without range at its reference, and an unplaced one at paragraph -1", () => {
    const comments = wrapPart(
      "comments",
      `<w:comment w:id="5" w:author="A"><w:p><w:r><w:t>ref only</w:t></w:r></w:p></w:comment>` +
        `<w:comment w:id="6" w:author="B" w:date="2025-01-01T00:00:00Z"><w:p><w:r><w:t>orphan</w:t></w:r></w:p></w:comment>`,
    );
    const doc = readDocx(
      rawDocx({
        body: `<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:commentReference w:id="5"/></w:r></w:p>`,
        parts: { "word/comments.xml": comments },
      }),
    );
    expect(doc.comments.map((c) => [c.id, c.text, c.paragraph, c.start, c.end, c.date])).toEqual([
      ["5", "ref only", 0, 4, 4, null],
      ["6", "orphan", -1, 0, 0, "2025-01-01T00:00:00Z"],
    ]);
  });
});

// Text made of code points XML can carry, with the shapes that break offset arithmetic:
// astral characters (surrogate pairs), combining marks, right-to-left scripts, tabs and breaks.
const piece = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
  fc.constantFrom("😀", "👩🏽‍💻", "e\u0301", "שלום", "مرحبا", "\t", "\n", " ", "&<>\"'", "𝔘𝔫𝔦", "\u00AD", "\u200F"),
);
const segmentText = fc
  .array(piece, { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/g, ""))
  .filter((t) => t.length > 0);
const segment = fc.record({
  text: segmentText,
  kind: fc.constantFrom("plain", "insertion", "deletion"),
  author: fc.constantFrom("Dana Whitfield (Contoso Legal)", "Priya Raman (Northwind)"),
});

describe("readDocx round trip (property)", () => {
  it("keeps current/original texts and revision offsets consistent", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 12 }), (segments) => {
        const runs: DocxRun[] = segments.map((s) =>
          s.kind === "plain" ? { text: s.text } : { text: s.text, change: { type: s.kind, author: s.author, date: DANA.date } },
        );
        const doc = readDocx(writeDocx({ blocks: [{ runs }] }));
        const para = doc.paragraphs[0]!;
        const current = segments.filter((s) => s.kind !== "deletion").map((s) => s.text).join("");
        const original = segments.filter((s) => s.kind !== "insertion").map((s) => s.text).join("");
        expect(para.text).toBe(current);
        expect(para.originalText ?? para.text).toBe(original);
        expect(para.originalText === undefined).toBe(current === original);
        for (const r of doc.revisions) {
          if (r.type === "insertion") {
            expect(para.text.slice(r.start, r.end)).toBe(r.text);
            expect(r.originalStart).toBe(r.originalEnd);
          } else {
            expect((para.originalText ?? para.text).slice(r.originalStart, r.originalEnd)).toBe(r.text);
            expect(r.start).toBe(r.end);
          }
        }
        // Merging adjacent pieces keeps every inserted and deleted character, in order.
        const joined = (kind: string) => doc.revisions.filter((r) => r.type === kind).map((r) => r.text).join("");
        expect(joined("insertion")).toBe(segments.filter((s) => s.kind === "insertion").map((s) => s.text).join(""));
        expect(joined("deletion")).toBe(segments.filter((s) => s.kind === "deletion").map((s) => s.text).join(""));
        // Removing the inserted ranges from the current view, in reverse, and adding the deleted
        // text back at their original offsets rebuilds the original view.
        let rebuilt = para.text;
        for (const r of [...doc.revisions].reverse()) {
          if (r.type === "insertion") rebuilt = rebuilt.slice(0, r.start) + rebuilt.slice(r.end);
        }
        for (const r of doc.revisions) {
          if (r.type === "deletion") rebuilt = rebuilt.slice(0, r.originalStart) + r.text + rebuilt.slice(r.originalStart);
        }
        expect(rebuilt).toBe(original);
      }),
      { numRuns: 150 },
    );
  });
});
