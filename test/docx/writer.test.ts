import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx/reader";
import { sanitizeText, writeDocx, type DocxSpec } from "../../src/docx/writer";
import { childElements, parseXml } from "../../src/docx/xml";

const SPEC: DocxSpec = {
  title: "Statement of Work",
  author: "Northwind Analytics LLC",
  trackRevisions: true,
  blocks: [
    { text: "Statement of Work", style: "Title" },
    { text: "Scope", heading: 1 },
    { text: "Deliverables", heading: 2 },
    { text: "First", list: { type: "number", id: "a" } },
    { text: "Nested", list: { type: "number", id: "a", level: 1 } },
    { text: "Second", list: { type: "number", id: "a" } },
    { text: "Point", list: { type: "bullet" } },
    { text: "Restarted", list: { type: "number", id: "b" } },
    { kind: "table", header: ["Milestone", "Amount (USD)"], rows: [["M1", "10,000"], [[{ text: "M2 ", bold: true }, { text: "late", change: { type: "insertion", author: "A", date: "2025-01-01T00:00:00Z" } }]]] },
    { runs: [{ commentStart: "x" }, { text: "Commented" }, { commentEnd: "x" }] },
  ],
  comments: [{ id: "x", author: "Dana Whitfield", date: "2025-02-01T00:00:00Z", text: "Why?" }],
};

describe("writeDocx", () => {
  const bytes = writeDocx(SPEC);
  const files = unzipSync(bytes);
  const xml = (name: string) => parseXml(strFromU8(files[name] as Uint8Array));

  it("writes a complete package: every part well-formed, typed and related", () => {
    for (const name of Object.keys(files)) expect(() => xml(name)).not.toThrow();
    const overrides = childElements(xml("[Content_Types].xml"))
      .map((el) => el.attrs["PartName"])
      .filter((x): x is string => x !== undefined);
    const xmlParts = Object.keys(files).filter((n) => !n.endsWith(".rels") && n !== "[Content_Types].xml");
    expect(overrides.map((o) => o.slice(1)).sort()).toEqual(xmlParts.sort());
    const targets = [
      ...childElements(xml("_rels/.rels")).map((r) => r.attrs["Target"]),
      ...childElements(xml("word/_rels/document.xml.rels")).map((r) => `word/${r.attrs["Target"]}`),
    ];
    for (const target of targets) expect(files[target as string]).toBeDefined();
  });

  it("defines real heading styles, lists, settings and core properties", () => {
    const styles = strFromU8(files["word/styles.xml"] as Uint8Array);
    for (let n = 1; n <= 9; n++) expect(styles).toContain(`w:styleId="Heading${n}"><w:name w:val="heading ${n}"/>`);
    expect(strFromU8(files["word/settings.xml"] as Uint8Array)).toContain("<w:trackRevisions/>");
    const core = strFromU8(files["docProps/core.xml"] as Uint8Array);
    expect(core).toContain("<dc:title>Statement of Work</dc:title>");
    expect(core).toContain("<dc:creator>Northwind Analytics LLC</dc:creator>");
  });

  it("reads back as written", () => {
    const doc = readDocx(bytes);
    expect(doc.paragraphs.map((p) => [p.text, p.style, p.headingLevel, p.listLabel])).toEqual([
      ["Statement of Work", "Title", undefined, undefined],
      ["Scope", "Heading 1", 1, undefined],
      ["Deliverables", "Heading 2", 2, undefined],
      ["First", "List Paragraph", undefined, "1."],
      ["Nested", "List Paragraph", undefined, "1.1."],
      ["Second", "List Paragraph", undefined, "2."],
      ["Point", "List Paragraph", undefined, "•"],
      ["Restarted", "List Paragraph", undefined, "1."],
      ["Milestone", "Normal", undefined, undefined],
      ["Amount (USD)", "Normal", undefined, undefined],
      ["M1", "Normal", undefined, undefined],
      ["10,000", "Normal", undefined, undefined],
      ["M2 late", "Normal", undefined, undefined],
      ["", "Normal", undefined, undefined],
      ["Commented", "Normal", undefined, undefined],
    ]);
    expect(doc.tables[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([["Milestone", "Amount (USD)"], ["M1", "10,000"], ["M2 late", ""]]);
    expect(doc.revisions.map((r) => [r.paragraph, r.type, r.text])).toEqual([[12, "insertion", "late"]]);
    expect(doc.comments.map((c) => [c.author, c.text, c.paragraph, c.start, c.end])).toEqual([["Dana Whitfield", "Why?", 14, 0, 9]]);
    expect(doc.trackChanges).toBe(true);
  });

  it("marks the header row to repeat and pairs move ranges", () => {
    const document = strFromU8(files["word/document.xml"] as Uint8Array);
    expect(document).toContain("<w:trPr><w:tblHeader/></w:trPr>");
    const moved = strFromU8(
      unzipSync(
        writeDocx({
          blocks: [
            { text: "x", change: { type: "moveFrom", author: "A", date: "2025-01-01T00:00:00Z", name: "move7" } },
            { text: "x", change: { type: "moveTo", author: "A", date: "2025-01-01T00:00:00Z", name: "move7" } },
          ],
        }),
      )["word/document.xml"] as Uint8Array,
    );
    expect(moved).toMatch(/<w:moveFromRangeStart w:id="(\d+)" w:name="move7"[^>]*\/>.*<w:moveFromRangeEnd w:id="\1"\/>/);
    expect(moved).toMatch(/<w:moveToRangeStart w:id="(\d+)" w:name="move7"[^>]*\/>.*<w:moveToRangeEnd w:id="\1"\/>/);
  });

  it("is deterministic", () => {
    expect(Buffer.from(writeDocx(SPEC)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("drops characters XML cannot carry and rejects unknown comment ids", () => {
    expect(sanitizeText("a\u0001b\rc\uD800d😀")).toBe("abcd😀");
    expect(() => writeDocx({ blocks: [{ runs: [{ commentStart: "nope" }] }] })).toThrow(/nope/);
  });
});
