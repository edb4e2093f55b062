// Whatever the bytes, readDocx returns a DocModel or throws a DocxError: never another error,
// never a hang. Mutations of a real package hit the zip layer, deflate streams and the XML.
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { DocxError } from "../../src/docx/errors";
import { readDocx } from "../../src/docx/reader";
import { writeDocx } from "../../src/docx/writer";

const BASE = writeDocx({
  trackRevisions: true,
  blocks: [
    { text: "Heading", heading: 1 },
    { runs: [{ text: "Kept " }, { text: "gone", change: { type: "deletion", author: "A", date: "2025-01-01T00:00:00Z" } }] },
    { kind: "table", header: ["A", "B"], rows: [["1", "2"]] },
    { text: "Item", list: { type: "number" } },
  ],
});

const DOCUMENT_XML =
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Title &amp; more</w:t></w:r></w:p>` +
  `<w:tbl><w:tr><w:tc><w:p><w:ins w:id="1" w:author="A"><w:r><w:t>x</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>` +
  `</w:body></w:document>`;

function outcome(bytes: Uint8Array): "ok" | "docx-error" {
  try {
    readDocx(bytes);
    return "ok";
  } catch (error) {
    if (error instanceof DocxError) return "docx-error";
    throw error;
  }
}

describe("readDocx on damaged input (property)", () => {
  it("survives flipped bytes and truncation of a package", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: BASE.length - 1 }), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat({ max: BASE.length }), { nil: undefined }),
        (flips, cut) => {
          const bytes = BASE.slice(0, cut ?? BASE.length);
          for (const [at, mask] of flips) if (at < bytes.length) bytes[at] = (bytes[at] as number) ^ mask;
          expect(["ok", "docx-error"]).toContain(outcome(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survives truncated and spliced document XML", () => {
    fc.assert(
      fc.property(fc.nat({ max: DOCUMENT_XML.length }), fc.nat({ max: DOCUMENT_XML.length }), fc.string({ maxLength: 6 }), (a, b, junk) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const xml = DOCUMENT_XML.slice(0, from) + junk + DOCUMENT_XML.slice(to);
        const bytes = zipSync({ "word/document.xml": strToU8(xml) });
        expect(["ok", "docx-error"]).toContain(outcome(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
