import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { parseXml, XmlSyntaxError, type XmlElement, type XmlNode } from "../../src/docx/xml";

describe("parseXml", () => {
  it("resolves prefixes to canonical namespace keys, strict and transitional alike", () => {
    const transitional = parseXml(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p w:rsidR="1"/></w:document>`,
    );
    const strict = parseXml(`<doc:document xmlns:doc="http://purl.oclc.org/ooxml/wordprocessingml/main"><doc:p doc:rsidR="1"/></doc:document>`);
    expect(strict).toEqual(transitional);
    expect(transitional).toEqual({ name: "w:document", attrs: {}, children: [{ name: "w:p", attrs: { "w:rsidR": "1" }, children: [] }] });
  });

  it("applies default namespaces to elements only, and scopes declarations", () => {
    const root = parseXml(`<a xmlns="urn:x"><b xmlns="http://schemas.openxmlformats.org/package/2006/relationships" Id="1"/><c/></a>`);
    expect(root.name).toBe("{urn:x}:a");
    expect(root.children).toEqual([
      { name: "rel:b", attrs: { Id: "1" }, children: [] },
      { name: "{urn:x}:c", attrs: {}, children: [] },
    ]);
  });

  it("decodes entities and CDATA, skips comments and processing instructions", () => {
    const root = parseXml(`<r a="&quot;x&quot; &amp; y"><!-- note --><?pi data?>&lt;tag&gt; &#169;&#x1F600;<![CDATA[<raw & text>]]></r>`);
    expect(root.attrs).toEqual({ a: '"x" & y' });
    expect(root.children).toEqual(["<tag> ©😀", "<raw & text>"]);
  });

  it("normalizes line ends as XML 1.0 requires", () => {
    expect(parseXml("<r a=\"1\">x\r\ny\rz</r>").children).toEqual(["x\ny\nz"]);
  });

  it("keeps whitespace-only text only where xml:space preserves it", () => {
    const root = parseXml(`<r>\n  <t xml:space="preserve"> </t>\n  <t> </t>\n</r>`);
    expect(root.children).toEqual([
      { name: "t", attrs: { "xml:space": "preserve" }, children: [" "] },
      { name: "t", attrs: {}, children: [] },
    ]);
  });

  it.each([
    ["<a><b></a>", /does not match/],
    ["<a><b>", /not closed/],
    ["<a", /end of data|malformed/],
    ["<a b></a>", /malformed/],
    ["</a>", /without an opening tag/],
    ["<a/><b/>", /more than one root/],
    ["text<a/>", /text before/],
    ["", /no root/],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /document type/],
    ["<a><!-- open", /unterminated comment/],
  ])("rejects malformed input %p", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});

// The parser must agree with a full XML parser on the documents OOXML writers produce.
interface Tree {
  name: string;
  attrs: [string, string][];
  children: (Tree | string)[];
}

const name = fc.constantFrom("w:p", "w:r", "w:t", "w:tbl", "x", "w:customXml");
const attrName = fc.constantFrom("w:val", "w:id", "Id", "w:author");
// xmldom also applies XML 1.1 line-end rules (U+0085, U+2028, U+2029); OOXML is XML 1.0, so leave them out.
const textValue = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 10 })
  .map((s) => s.replace(/[\u0000-\u001F\u0085\u2028\u2029\uFFFE\uFFFF]/g, "x"));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(attrName, textValue), { maxLength: 3, selector: ([k]) => k }),
    children: fc.array(fc.oneof({ depthSize: "small" }, textValue.filter((t) => t.trim() !== ""), tie("node")), { maxLength: 4 }),
  }),
})).node;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function serialize(node: Tree, root = false): string {
  const ns = root ? ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' : "";
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  const inner = node.children.map((c) => (typeof c === "string" ? escapeXml(c) : serialize(c))).join("");
  return `<${node.name}${ns}${attrs}>${inner}</${node.name}>`;
}

/** xmldom's view in the same shape: names with the canonical "w" key, adjacent text merged. */
interface DomLike {
  nodeType: number;
  nodeValue: string | null;
  localName: string | null;
  namespaceURI: string | null;
  attributes?: ArrayLike<{ localName: string; namespaceURI: string | null; value: string }>;
  childNodes: ArrayLike<DomLike>;
}

function fromDom(el: DomLike): XmlElement {
  const key = (ns: string | null, local: string | null) =>
    ns === "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ? `w:${local}` : `${local}`;
  const attrs: Record<string, string> = {};
  for (const a of Array.from(el.attributes ?? [])) {
    if (a.namespaceURI === "http://www.w3.org/2000/xmlns/") continue;
    attrs[key(a.namespaceURI, a.localName)] = a.value;
  }
  const children: XmlNode[] = [];
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType === 1) children.push(fromDom(c));
    else if (c.nodeType === 3) {
      const last = children[children.length - 1];
      if (typeof last === "string") children[children.length - 1] = last + (c.nodeValue ?? "");
      else children.push(c.nodeValue ?? "");
    }
  }
  return { name: key(el.namespaceURI, el.localName), attrs, children };
}

function mergeText(el: XmlElement): XmlElement {
  const children: XmlNode[] = [];
  for (const c of el.children) {
    const last = children[children.length - 1];
    if (typeof c === "string" && typeof last === "string") children[children.length - 1] = last + c;
    else children.push(typeof c === "string" ? c : mergeText(c));
  }
  return { ...el, children };
}

describe("parseXml agrees with xmldom (property)", () => {
  it("builds the same tree for generated documents", () => {
    fc.assert(
      fc.property(tree, (t) => {
        const xml = serialize(t, true);
        const dom = new DOMParser().parseFromString(xml, "text/xml").documentElement as unknown as DomLike;
        expect(mergeText(parseXml(xml))).toEqual(fromDom(dom));
      }),
      { numRuns: 200 },
    );
  });
});
