// A small, strict-enough, namespace-aware XML parser for OOXML parts.
//
// Why not a DOM: @xmldom/xmldom builds a full W3C DOM and validates every qualified name with a
// Unicode regular expression; on a 10 MB document.xml (a 300-page contract) that alone takes
// 2.5-3 s here. OOXML parts are machine-written XML without DTDs, so a single forward scan into
// plain objects is enough and about ten times faster. The tests compare this parser's trees with
// xmldom's on generated documents.
//
// Element and attribute names are resolved through their namespace to a canonical key, so
// `w:p` means WordprocessingML's paragraph whatever prefix the file uses, and transitional and
// strict OOXML namespaces map to the same key.

export interface XmlElement {
  /** `key:local` (see NAMESPACE_KEYS), `{uri}:local` for unknown namespaces, or `local`. */
  name: string;
  /** Attribute values by resolved name (`w:val`, `r:id`, `xml:space`, `Id`). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** An element, or a run of character data (entities decoded). */
export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "XmlSyntaxError";
    Object.setPrototypeOf(this, XmlSyntaxError.prototype);
  }
}

/** Namespace URI -> canonical key. Strict OOXML (purl.oclc.org) maps to the transitional key. */
export const NAMESPACE_KEYS: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
  "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": "wpc",
  "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "urn:schemas-microsoft-com:office:word": "w10",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://purl.org/dc/terms/": "dcterms",
};

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

type Scope = Record<string, string>;

const ROOT_SCOPE: Scope = Object.freeze(Object.assign(Object.create(null) as Scope, { xml: "xml" }));

const NAME = /[^\s/>]+/y;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const BLANK = /^[ \t\r\n]*$/;
/** Shared by every element without attributes (most of a document): never mutated. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
// Scratch space for one tag's attributes, reused to spare the allocator.
const ATTR_NAMES: string[] = [];
const ATTR_VALUES: string[] = [];

/** Decodes the five predefined entities and character references; leaves anything else as is. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(ENTITY, (whole: string, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED_ENTITIES[named] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? "", 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function keyFor(uri: string): string {
  if (uri === XML_NAMESPACE) return "xml";
  return NAMESPACE_KEYS[uri] ?? `{${uri}}`;
}

/** Resolved names for one namespace scope: documents declare namespaces once, so this saves a
 * string build per element and attribute. */
interface NameCache {
  scope: Scope;
  elements: Map<string, string>;
  attributes: Map<string, string>;
}

function newNameCache(scope: Scope): NameCache {
  return { scope, elements: new Map(), attributes: new Map() };
}

function resolveCached(qname: string, cache: NameCache, isAttribute: boolean): string {
  const map = isAttribute ? cache.attributes : cache.elements;
  let name = map.get(qname);
  if (name === undefined) {
    name = resolveUncached(qname, cache.scope, isAttribute);
    map.set(qname, name);
  }
  return name;
}

function resolveUncached(qname: string, scope: Scope, isAttribute: boolean): string {
  const colon = qname.indexOf(":");
  if (colon === -1) {
    if (isAttribute) return qname;
    const key = scope[""];
    return key ? `${key}:${qname}` : qname;
  }
  const prefix = qname.slice(0, colon);
  // An unbound prefix is tolerated (some generators omit declarations): the prefix stands in.
  const key = scope[prefix] ?? prefix;
  return `${key}:${qname.slice(colon + 1)}`;
}

interface Frame {
  element: XmlElement;
  qname: string;
  names: NameCache;
  preserveSpace: boolean;
}

/** Parses one XML document into its root element. Throws XmlSyntaxError on malformed input. */
export function parseXml(source: string): XmlElement {
  let text = source;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // XML 1.0 line-end normalization.
  if (text.indexOf("\r") !== -1) text = text.replace(/\r\n?/g, "\n");
  const length = text.length;
  const stack: Frame[] = [];
  let root: XmlElement | null = null;
  let pos = 0;

  const addText = (raw: string, at: number): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (!BLANK.test(raw)) {
        throw new XmlSyntaxError(root ? "text after the root element" : "text before the root element", at);
      }
      return;
    }
    if (!top.preserveSpace && BLANK.test(raw)) return;
    top.element.children.push(decodeEntities(raw));
  };

  while (pos < length) {
    const lt = text.indexOf("<", pos);
    if (lt === -1) {
      addText(text.slice(pos), pos);
      break;
    }
    if (lt > pos) addText(text.slice(pos, lt), pos);
    const next = text.charCodeAt(lt + 1);

    if (next === 47 /* / */) {
      const gt = text.indexOf(">", lt);
      if (gt === -1) throw new XmlSyntaxError("unexpected end of data in a closing tag", lt);
      const qname = text.slice(lt + 2, gt).trim();
      const frame = stack.pop();
      if (!frame) throw new XmlSyntaxError(`closing tag </${qname}> without an opening tag`, lt);
      if (frame.qname !== qname) {
        throw new XmlSyntaxError(`closing tag </${qname}> does not match <${frame.qname}>`, lt);
      }
      pos = gt + 1;
      continue;
    }

    if (next === 63 /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end === -1) throw new XmlSyntaxError("unterminated processing instruction", lt);
      pos = end + 2;
      continue;
    }

    if (next === 33 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end === -1) throw new XmlSyntaxError("unterminated comment", lt);
        pos = end + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end === -1) throw new XmlSyntaxError("unterminated CDATA section", lt);
        const top = stack[stack.length - 1];
        if (!top) throw new XmlSyntaxError("CDATA outside the root element", lt);
        top.element.children.push(text.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      // OOXML forbids DTDs; refusing them also rules out entity-expansion bombs.
      throw new XmlSyntaxError("document type declarations are not allowed", lt);
    }

    // Start tag.
    NAME.lastIndex = lt + 1;
    const nameMatch = NAME.exec(text);
    if (!nameMatch) throw new XmlSyntaxError("malformed tag", lt);
    const qname = nameMatch[0];
    let cursor = NAME.lastIndex;
    const parent = stack[stack.length - 1];
    if (!parent && root) throw new XmlSyntaxError("more than one root element", lt);
    let scope = parent ? parent.names.scope : ROOT_SCOPE;
    let attrCount = 0;
    let ownScope = false;
    for (;;) {
      ATTRIBUTE.lastIndex = cursor;
      const m = ATTRIBUTE.exec(text);
      if (!m) break;
      cursor = ATTRIBUTE.lastIndex;
      const attrName = m[1] as string;
      const value = decodeEntities(m[2] ?? m[3] ?? "");
      if (attrName === "xmlns" || attrName.startsWith("xmlns:")) {
        if (!ownScope) {
          scope = Object.create(scope) as Scope;
          ownScope = true;
        }
        scope[attrName === "xmlns" ? "" : attrName.slice(6)] = keyFor(value);
      } else {
        // Resolved after the tag ends: an xmlns declaration may follow the attributes it binds.
        ATTR_NAMES[attrCount] = attrName;
        ATTR_VALUES[attrCount] = value;
        attrCount++;
      }
    }
    TAG_END.lastIndex = cursor;
    const end = TAG_END.exec(text);
    if (!end) {
      throw new XmlSyntaxError(cursor >= length ? "unexpected end of data in a tag" : `malformed tag <${qname}>`, lt);
    }
    pos = TAG_END.lastIndex;

    const names = ownScope || !parent ? newNameCache(scope) : parent.names;
    let attrs: Record<string, string> = NO_ATTRIBUTES;
    if (attrCount > 0) {
      attrs = {};
      for (let i = 0; i < attrCount; i++) attrs[resolveCached(ATTR_NAMES[i] as string, names, true)] = ATTR_VALUES[i] as string;
    }
    const element: XmlElement = { name: resolveCached(qname, names, false), attrs, children: [] };
    if (parent) parent.element.children.push(element);
    else root = element;
    if (end[1] !== "/") {
      const space = attrs["xml:space"];
      const preserveSpace = space === undefined ? (parent?.preserveSpace ?? false) : space === "preserve";
      stack.push({ element, qname, names, preserveSpace });
    }
  }

  if (stack.length > 0) {
    throw new XmlSyntaxError(`unexpected end of data: <${stack[stack.length - 1]!.qname}> is not closed`, length);
  }
  if (!root) throw new XmlSyntaxError("no root element", 0);
  return root;
}

// Small helpers the readers share.

export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== "string") out.push(child);
  return out;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (typeof child !== "string" && child.name === name) return child;
  return undefined;
}

/** Concatenated character data of an element's direct text children. */
export function ownText(element: XmlElement): string {
  let out = "";
  for (const child of element.children) if (typeof child === "string") out += child;
  return out;
}
