import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/docx/reader";
import { p, rawDocx, wrapPart, W, W_STRICT } from "./fixtures";

const STYLES = wrapPart(
  "styles",
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
   <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
   <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
   <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Heading2"/></w:style>
   <w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
   <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
   <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>
   <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>`,
);

function lvl(ilvl: number, fmt: string, text: string, extra = ""): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
}

const NUMBERING = wrapPart(
  "numbering",
  `<w:abstractNum w:abstractNumId="10">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}${lvl(2, "lowerLetter", "(%3)")}${lvl(3, "lowerRoman", "%4)")}${lvl(4, "upperLetter", "%5.")}${lvl(5, "upperRoman", "%6.")}</w:abstractNum>
   <w:abstractNum w:abstractNumId="11">${lvl(0, "bullet", "\uF0B7")}${lvl(1, "bullet", "o")}${lvl(2, "bullet", "–")}</w:abstractNum>
   <w:abstractNum w:abstractNumId="12">${lvl(0, "upperRoman", "Article %1")}${lvl(1, "decimal", "Section %1.%2", '<w:isLgl/>')}</w:abstractNum>
   <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
   <w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
   <w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
   <w:num w:numId="4"><w:abstractNumId w:val="11"/></w:num>
   <w:num w:numId="5"><w:abstractNumId w:val="12"/></w:num>`,
);

function numbered(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

describe("readDocx: paragraphs, styles and headings", () => {
  const doc = readDocx(
    rawDocx({
      body:
        p("Title text", '<w:pStyle w:val="Heading1"/>') +
        p("Second", '<w:pStyle w:val="Heading2"/>') +
        p("Custom", '<w:pStyle w:val="MyHeading"/>') +
        p("Outline", '<w:pStyle w:val="Outlined"/>') +
        p("Direct outline", "<w:outlineLvl w:val=\"2\"/>") +
        p("Body") +
        p("Unknown style", '<w:pStyle w:val="NoSuchStyle"/>'),
      parts: { "word/styles.xml": STYLES },
    }),
    "styled.docx",
  );

  it("reads paragraphs in order with indices", () => {
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["Title text", "Second", "Custom", "Outline", "Direct outline", "Body", "Unknown style"]);
    expect(doc.paragraphs.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(doc.name).toBe("styled.docx");
  });

  it("shows built-in style names as Word does and falls back to the id", () => {
    expect(doc.paragraphs.map((x) => x.style)).toEqual(["Heading 1", "Heading 2", "Clause Heading", "Outlined", "Normal", "Normal", "NoSuchStyle"]);
  });

  it("derives heading levels from heading styles, inheritance and outline levels", () => {
    expect(doc.paragraphs.map((x) => x.headingLevel)).toEqual([1, 2, 2, 4, 3, undefined, undefined]);
  });

  it("works without a styles part", () => {
    const bare = readDocx(rawDocx({ body: p("H", '<w:pStyle w:val="Heading3"/>') + p("plain") }));
    expect(bare.paragraphs[0]).toMatchObject({ style: "Heading3", headingLevel: 3 });
    expect(bare.paragraphs[1]?.style).toBeUndefined();
    expect(bare.trackChanges).toBe(false);
  });
});

describe("readDocx: list labels", () => {
  it("renders multi-level numbering with restarts of deeper levels", () => {
    const doc = readDocx(
      rawDocx({
        body:
          numbered("a", 1) + numbered("b", 1, 1) + numbered("c", 1, 1) + numbered("d", 1, 2) + numbered("e", 1, 3) +
          numbered("f", 1) + numbered("g", 1, 1) + numbered("h", 1, 4) + numbered("i", 1, 5),
        parts: { "word/numbering.xml": NUMBERING },
      }),
    );
    expect(doc.paragraphs.map((x) => x.listLabel)).toEqual(["1.", "1.1.", "1.2.", "(a)", "i)", "2.", "2.1.", "A.", "I."]);
  });

  it("continues across nums sharing an abstract list and restarts on a start override", () => {
    const doc = readDocx(
      rawDocx({
        body: numbered("a", 1) + numbered("b", 1) + p("break") + numbered("c", 2) + numbered("d", 3) + numbered("e", 3),
        parts: { "word/numbering.xml": NUMBERING },
      }),
    );
    expect(doc.paragraphs.map((x) => x.listLabel)).toEqual(["1.", "2.", undefined, "3.", "1.", "2."]);
  });

  it("renders bullets, legal numbering and style-linked numbering", () => {
    const doc = readDocx(
      rawDocx({
        body:
          numbered("dot", 4) + numbered("circle", 4, 1) + numbered("dash", 4, 2) +
          numbered("art", 5) + numbered("art", 5) + numbered("sec", 5, 1) +
          p("by style", '<w:pStyle w:val="ListNumber"/>') + p("not a list", '<w:numPr><w:numId w:val="0"/></w:numPr>'),
        parts: { "word/numbering.xml": NUMBERING, "word/styles.xml": STYLES },
      }),
    );
    expect(doc.paragraphs.map((x) => x.listLabel)).toEqual(["•", "◦", "–", "Article I", "Article II", "Section 2.1", "1.", undefined]);
  });

  it("ignores numbering references when the numbering part is missing", () => {
    const doc = readDocx(rawDocx({ body: numbered("x", 1) }));
    expect(doc.paragraphs[0]).toEqual({ index: 0, text: "x" });
  });
});

describe("readDocx: tables", () => {
  const cell = (text: string, tcPr = ""): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${p(text)}</w:tc>`;
  const nested = `<w:tbl><w:tr>${cell("n1")}${cell("n2")}</w:tr></w:tbl>`;
  const doc = readDocx(
    rawDocx({
      body:
        p("before") +
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
          <w:tr>${cell("Milestone")}${cell("Amount")}${cell("%")}</w:tr>
          <w:tr>${cell("Spanning", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}${cell("20")}</w:tr>
          <w:tr>${cell("", "<w:vMerge/>")}<w:tc>${p("outer")}${nested}</w:tc></w:tr>
          <w:sdt><w:sdtContent><w:tr>${cell("in control")}</w:tr></w:sdtContent></w:sdt>
        </w:tbl>` +
        p("after"),
    }),
  );

  it("reads cell grids with merged cells and nested tables", () => {
    expect(doc.tables).toHaveLength(2);
    const [outer, inner] = doc.tables;
    expect(outer?.nesting).toBe(1);
    expect(inner?.nesting).toBe(2);
    expect(outer?.rows.map((r) => r.map((c) => c.text))).toEqual([["Milestone", "Amount", "%"], ["Spanning", "20"], ["", "outer\nn1\nn2"], ["in control"]]);
    expect(inner?.rows.map((r) => r.map((c) => c.text))).toEqual([["n1", "n2"]]);
  });

  it("gives table positions to paragraphs inside cells", () => {
    const byText = (t: string) => doc.paragraphs.find((x) => x.text === t);
    expect(byText("before")?.table).toBeUndefined();
    expect(byText("Amount")?.table).toEqual({ table: 0, row: 0, cell: 1, nesting: 1 });
    expect(byText("outer")?.table).toEqual({ table: 0, row: 2, cell: 1, nesting: 1 });
    expect(byText("n2")?.table).toEqual({ table: 1, row: 0, cell: 1, nesting: 2 });
    const cellParagraphs = doc.tables[0]?.rows[0]?.[1]?.paragraphs ?? [];
    expect(cellParagraphs.map((i) => doc.paragraphs[i]?.text)).toEqual(["Amount"]);
    expect(doc.paragraphs.map((x) => x.text).slice(-1)).toEqual(["after"]);
  });
});

describe("readDocx: inline content", () => {
  it("reads tabs, breaks, symbols, hyphens, hyperlinks, smart tags and content controls", () => {
    const doc = readDocx(
      rawDocx({
        declarations: 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
        body:
          `<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t><w:cr/></w:r>` +
          `<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t>non</w:t><w:noBreakHyphen/><w:t>con</w:t><w:softHyphen/><w:t>formity</w:t></w:r>` +
          `<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink>` +
          `<w:smartTag w:uri="x" w:element="place"><w:r><w:t xml:space="preserve"> Boston</w:t></w:r></w:smartTag>` +
          `<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> control</w:t></w:r></w:sdtContent></w:sdt>` +
          `<w:customXml w:element="x"><w:r><w:t xml:space="preserve"> custom &amp; &#x263A;</w:t></w:r></w:customXml></w:p>` +
          `<w:sdt><w:sdtContent>${p("block control")}</w:sdtContent></w:sdt>`,
      }),
    );
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["A\tB\nC D\n\u00B7non-conformity link Boston control custom & ☺", "block control"]);
  });

  it("shows field results, not field instructions", () => {
    const doc = readDocx(
      rawDocx({
        body:
          `<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
          `<w:r><w:instrText xml:space="preserve"> REF _Ref123 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
          `<w:r><w:t>Section 4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve"> page 7</w:t></w:r></w:fldSimple></w:p>` +
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>BROKEN</w:instrText></w:r></w:p>` +
          p("still visible"),
      }),
    );
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["See Section 4 page 7", "shown", "", "still visible"]);
  });

  it("reads a text box once, not again through its alternate-content fallback", () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const doc = readDocx(
      rawDocx({
        declarations:
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
        body:
          `<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>` +
          `<wps:wsp><wps:txbx>${box("Boxed text")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:shape><v:textbox>${box("Boxed text")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
          `<w:p><w:r><w:pict><v:shape><v:textbox>${box("VML only")}</v:textbox></v:shape></w:pict></w:r></w:p>` +
          p("Last"),
      }),
    );
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["Anchor", "Boxed text", "", "VML only", "Last"]);
  });

  it("appends footnotes and endnotes after the body, skipping separators", () => {
    const notes = (kind: "footnote" | "endnote", text: string) =>
      wrapPart(
        `${kind}s`,
        `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
          `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>` +
          `<w:${kind} w:id="1">${kind === "footnote" ? p(text, '<w:pStyle w:val="FootnoteText"/>') : p(text)}</w:${kind}>`,
      );
    const doc = readDocx(
      rawDocx({
        body: `<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
        parts: {
          "word/styles.xml": STYLES,
          "word/footnotes.xml": notes("footnote", "A footnote."),
          "word/endnotes.xml": notes("endnote", "An endnote."),
        },
      }),
    );
    expect(doc.paragraphs.map((x) => [x.text, x.style])).toEqual([
      ["Body", "Normal"],
      ["A footnote.", "Footnote Text"],
      ["An endnote.", "Endnote Text"],
    ]);
  });

  it("reads the base text of phonetic guides", () => {
    const doc = readDocx(
      rawDocx({
        body: `<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`,
      }),
    );
    expect(doc.paragraphs[0]?.text).toBe("東京");
  });

  it("reads math text", () => {
    const doc = readDocx(
      rawDocx({
        declarations: 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
        body: `<w:p><w:r><w:t xml:space="preserve">Fee = </w:t></w:r><m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath></w:p>`,
      }),
    );
    expect(doc.paragraphs[0]?.text).toBe("Fee = a+b");
  });
});

describe("readDocx: package variants", () => {
  it("reads strict OOXML namespaces and relationship types", () => {
    const doc = readDocx(
      rawDocx({
        namespace: W_STRICT,
        relBase: "http://purl.oclc.org/ooxml/officeDocument/relationships",
        body: p("Strict heading", '<w:pStyle w:val="Heading1"/>'),
        parts: { "word/styles.xml": STYLES.replace(W, W_STRICT), "word/settings.xml": wrapPart("settings", "<w:trackRevisions/>", W_STRICT) },
      }),
    );
    expect(doc.paragraphs[0]).toMatchObject({ text: "Strict heading", style: "Heading 1", headingLevel: 1 });
    expect(doc.trackChanges).toBe(true);
  });

  it("accepts a UTF-8 byte order mark in every part", () => {
    const doc = readDocx(rawDocx({ bom: true, body: p("Café ✓"), parts: { "word/styles.xml": STYLES } }));
    expect(doc.paragraphs[0]).toMatchObject({ text: "Café ✓", style: "Normal" });
  });

  it("finds the main document through the package relationships wherever it lives", () => {
    const doc = readDocx(
      rawDocx({
        mainPart: "content/main part.xml",
        body: p("Elsewhere", '<w:pStyle w:val="Heading2"/>'),
        parts: { "content/styles.xml": STYLES },
      }),
    );
    expect(doc.paragraphs[0]).toMatchObject({ text: "Elsewhere", style: "Heading 2", headingLevel: 2 });
  });

  it("reads a different prefix for the WordprocessingML namespace", () => {
    const doc = readDocx(rawDocx({ declarations: `xmlns:x="${W}"`, body: `<x:p><x:r><x:t>Prefixed</x:t></x:r></x:p>` }));
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["Prefixed"]);
  });

  it("reports whether changes are tracked", () => {
    const on = readDocx(rawDocx({ body: p("x"), parts: { "word/settings.xml": wrapPart("settings", '<w:trackRevisions w:val="true"/>') } }));
    const off = readDocx(rawDocx({ body: p("x"), parts: { "word/settings.xml": wrapPart("settings", '<w:trackRevisions w:val="0"/>') } }));
    expect([on.trackChanges, off.trackChanges]).toEqual([true, false]);
  });
});

describe("readDocx: relationship layouts", () => {
  it("resolves absolute and parent-relative targets and falls back to content types without package rels", () => {
    const files = unzipSync(
      rawDocx({
        mainPart: "docs/main.xml",
        body: p("Styled", '<w:pStyle w:val="Heading1"/>'),
        parts: { "shared/styles.xml": STYLES },
        documentRels: [["styles", "../shared/styles.xml"]],
      }),
    );
    const absolute = strFromU8(files["_rels/.rels"]!).replace('Target="docs/main.xml"', 'Target="/docs/main.xml"');
    const withAbsolute = zipSync({ ...files, "_rels/.rels": strToU8(absolute) });
    expect(readDocx(withAbsolute).paragraphs[0]).toMatchObject({ text: "Styled", style: "Heading 1" });
    const { "_rels/.rels": _dropped, ...withoutRels } = files;
    expect(readDocx(zipSync(withoutRels)).paragraphs[0]).toMatchObject({ text: "Styled", style: "Heading 1" });
  });
});
