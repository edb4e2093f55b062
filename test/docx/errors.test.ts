import { strToU8 } from "fflate";
import { DocxError, type DocxErrorCode } from "../../src/docx/errors";
import { MAX_INFLATED_BYTES } from "../../src/docx/package";
import { readDocx } from "../../src/docx/reader";
import { writeDocx } from "../../src/docx/writer";
import { p, rawDocx, zipOf } from "./fixtures";

function failure(bytes: Uint8Array): { code: DocxErrorCode; message: string } {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    const e = error as DocxError;
    expect(e.message).not.toMatch(/\n/);
    return { code: e.code, message: e.message };
  }
  throw new Error("expected readDocx to fail");
}

/** An OLE compound file header followed by a directory entry name in UTF-16LE. */
function oleFile(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  [...streamName].forEach((ch, i) => {
    bytes[512 + i * 2] = ch.charCodeAt(0);
  });
  return bytes;
}

/** Rewrites the declared uncompressed size of one entry in the zip's central directory. */
function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength));
    if (name === entry) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("readDocx: bad input", () => {
  it("rejects an empty file and a file that is not a zip", () => {
    expect(failure(new Uint8Array())).toMatchObject({ code: "not-zip" });
    expect(failure(strToU8("just some text, not a document"))).toMatchObject({ code: "not-zip" });
  });

  it("names PDF, RTF and XML files", () => {
    expect(failure(strToU8("%PDF-1.7 ..."))).toMatchObject({ code: "not-docx", message: expect.stringMatching(/PDF/) });
    expect(failure(strToU8("{\\rtf1\\ansi ..."))).toMatchObject({ code: "not-docx", message: expect.stringMatching(/RTF/) });
    expect(failure(strToU8('<?xml version="1.0"?><w:wordDocument/>'))).toMatchObject({ code: "not-docx" });
  });

  it("recognises password-protected documents and legacy .doc files", () => {
    expect(failure(oleFile("EncryptedPackage"))).toMatchObject({ code: "encrypted", message: expect.stringMatching(/password/) });
    expect(failure(oleFile("WordDocument"))).toMatchObject({ code: "encrypted", message: expect.stringMatching(/legacy Word 97-2003 \.doc/) });
  });

  it("rejects zips that hold no Word document, naming .odt, Excel and PowerPoint files", () => {
    expect(failure(zipOf({ "readme.txt": "hello" }))).toMatchObject({ code: "not-docx", message: expect.stringMatching(/does not contain a Word document/) });
    expect(failure(zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }))).toMatchObject({
      code: "not-docx",
      message: expect.stringMatching(/\.odt/),
    });
    expect(failure(zipOf({ "xl/workbook.xml": "<workbook/>" }))).toMatchObject({ message: expect.stringMatching(/Excel/) });
    expect(failure(zipOf({ "ppt/presentation.xml": "<p/>" }))).toMatchObject({ message: expect.stringMatching(/PowerPoint/) });
  });

  it("rejects truncated and corrupt zips", () => {
    const good = writeDocx({ blocks: [{ text: "Hello" }] });
    expect(failure(good.slice(0, Math.floor(good.length / 2)))).toMatchObject({ code: "corrupt" });
    const scrambled = good.slice();
    for (let i = 60; i < 400; i++) scrambled[i] = (scrambled[i] as number) ^ 0x5a;
    expect(failure(scrambled).code).toBe("corrupt");
  });

  it("rejects malformed XML in the main document", () => {
    const broken = zipOf({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>cut off`,
    });
    expect(failure(broken)).toMatchObject({ code: "corrupt", message: expect.stringMatching(/word\/document\.xml is not well-formed XML/) });
  });

  it("refuses a part whose declared size exceeds the cap before inflating it", () => {
    const bomb = withDeclaredSize(rawDocx({ body: p("tiny") }), "word/document.xml", MAX_INFLATED_BYTES + 1);
    expect(failure(bomb)).toMatchObject({ code: "too-large", message: expect.stringMatching(/zip bomb/) });
  });

  it("cuts a part that inflates beyond its declared size instead of growing it", () => {
    const liar = withDeclaredSize(rawDocx({ body: p("x".repeat(5000)) }), "word/document.xml", 100);
    expect(failure(liar).code).toBe("corrupt");
  });

  it("refuses a main part that is not WordprocessingML", () => {
    const odd = zipOf({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<html><body>not wordml</body></html>`,
    });
    expect(failure(odd).code).toBe("not-docx");
  });

  it("can be told apart from other errors by type and code", () => {
    const error = new DocxError("not-found", "No such file: x.docx");
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message]).toEqual(["DocxError", "not-found", "No such file: x.docx"]);
  });
});

it("keeps every message on one line", () => {
  expect(new DocxError("corrupt", "bad part\nword/x.xml\r\n(detail)").message).toBe("bad part word/x.xml (detail)");
});
