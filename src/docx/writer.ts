// A small OOXML writer: headings, lists, paragraphs with runs, tables with a header row, tracked
// insertions/deletions/moves, formatting changes, comments, settings and core properties.
// Output is a complete package Word opens (content types, relationships, styles, numbering).
// Deterministic: the same spec gives the same bytes (fixed zip timestamps), so committed sample
// files only change when their text does.
import { strToU8, zipSync } from "fflate";

export interface DocxChange {
  type: "insertion" | "deletion";
  author: string;
  /** ISO 8601, e.g. "2025-03-14T09:30:00Z". */
  date: string;
}

export interface DocxRunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface DocxRun extends DocxRunFormat {
  /** "\t" becomes a tab, "\n" a line break. */
  text: string;
  change?: DocxChange;
  /** A tracked formatting change: the run's format now, `previous` before. */
  formatChange?: { author: string; date: string; previous: DocxRunFormat };
}

/** Run content, or the start/end of a comment's range (the id of a DocxSpec comment). */
export type DocxInline = DocxRun | { commentStart: string } | { commentEnd: string };

export interface DocxParagraph {
  kind?: "paragraph";
  /** Shorthand for a single plain run. */
  text?: string;
  runs?: DocxInline[];
  /** A style id defined by the writer: "Normal", "Title", "Heading1".."Heading9", "ListParagraph", "Quote". */
  style?: string;
  /** Heading level 1..9 (sets the Heading N style). */
  heading?: number;
  /** List item: bullets share one list; numbered items with the same `id` continue one list. */
  list?: { type: "bullet" | "number"; level?: number; id?: string };
  /** The whole paragraph inserted, deleted or moved (moves pair by `name`). */
  change?: { type: "insertion" | "deletion" | "moveFrom" | "moveTo"; author: string; date: string; name?: string };
}

export interface DocxTable {
  kind: "table";
  /** Header row (repeats on each page, bold). */
  header: string[];
  rows: (string | DocxInline[])[][];
  /** Column widths in twentieths of a point; equal widths over 9,360 when omitted. */
  widths?: number[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxComment {
  id: string;
  author: string;
  date: string;
  initials?: string;
  text: string;
}

export interface DocxSpec {
  blocks: DocxBlock[];
  comments?: DocxComment[];
  /** w:trackRevisions in settings.xml. */
  trackRevisions?: boolean;
  /** Core properties. */
  title?: string;
  author?: string;
  /** ISO 8601 creation date; fixed default keeps output deterministic. */
  created?: string;
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DEFAULT_DATE = "2025-01-01T00:00:00Z";
const ZIP_TIME = new Date("2025-01-01T00:00:00Z");
const TEXT_WIDTH = 9360;

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot carry ("\r" too: line breaks are "\n"). */
export function sanitizeText(text: string): string {
  return text.replace(INVALID_XML, "");
}

function esc(text: string): string {
  return sanitizeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function attrs(values: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out += ` ${key}="${esc(String(value))}"`;
  return out;
}

function isRun(inline: DocxInline): inline is DocxRun {
  return "text" in inline;
}

function runProps(format: DocxRunFormat): string {
  return (format.bold ? "<w:b/><w:bCs/>" : "") + (format.italic ? "<w:i/><w:iCs/>" : "") + (format.underline ? '<w:u w:val="single"/>' : "");
}

class WriterState {
  private nextId = 1;
  private readonly numIds = new Map<string, number>();
  readonly commentIds = new Map<string, number>();

  constructor(comments: DocxComment[]) {
    comments.forEach((c, i) => this.commentIds.set(c.id, i));
  }

  id(): number {
    return this.nextId++;
  }

  /** numId for a list: 1 = bullets; numbered lists get their own w:num (restarting at 1). */
  numId(list: NonNullable<DocxParagraph["list"]>): number {
    if (list.type === "bullet") return 1;
    const key = list.id ?? "default";
    let id = this.numIds.get(key);
    if (id === undefined) {
      id = this.numIds.size + 2;
      this.numIds.set(key, id);
    }
    return id;
  }

  numberedLists(): number[] {
    return [...this.numIds.values()];
  }

  commentId(id: string): number {
    const n = this.commentIds.get(id);
    if (n === undefined) throw new Error(`writeDocx: the comment "${id}" is not in spec.comments`);
    return n;
  }
}

function runXml(run: DocxRun, deleted: boolean, state: WriterState): string {
  let props = runProps(run);
  if (run.formatChange) {
    const change = run.formatChange;
    props += `<w:rPrChange${attrs({ "w:id": state.id(), "w:author": change.author, "w:date": change.date })}><w:rPr>${runProps(change.previous)}</w:rPr></w:rPrChange>`;
  }
  const textTag = deleted ? "w:delText" : "w:t";
  let content = "";
  for (const piece of sanitizeText(run.text).split(/(\t|\n)/)) {
    if (piece === "\t") content += "<w:tab/>";
    else if (piece === "\n") content += "<w:br/>";
    else if (piece !== "") content += `<${textTag} xml:space="preserve">${esc(piece)}</${textTag}>`;
  }
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${content}</w:r>`;
}

function changeAttrs(change: { author: string; date: string }, state: WriterState): string {
  return attrs({ "w:id": state.id(), "w:author": change.author, "w:date": change.date });
}

function inlinesXml(inlines: DocxInline[], paragraphChange: DocxParagraph["change"], state: WriterState): string {
  let out = "";
  for (const inline of inlines) {
    if ("commentStart" in inline) {
      out += `<w:commentRangeStart w:id="${state.commentId(inline.commentStart)}"/>`;
      continue;
    }
    if ("commentEnd" in inline) {
      const id = state.commentId(inline.commentEnd);
      out += `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
      continue;
    }
    if (!isRun(inline)) continue;
    if (paragraphChange) {
      const tag = paragraphChange.type === "insertion" ? "w:ins" : paragraphChange.type === "deletion" ? "w:del" : `w:${paragraphChange.type}`;
      // Moved-from text keeps w:t (as Word writes it); only deletions use w:delText.
      out += `<${tag}${changeAttrs(paragraphChange, state)}>${runXml(inline, paragraphChange.type === "deletion", state)}</${tag}>`;
    } else if (inline.change) {
      const tag = inline.change.type === "insertion" ? "w:ins" : "w:del";
      out += `<${tag}${changeAttrs(inline.change, state)}>${runXml(inline, inline.change.type === "deletion", state)}</${tag}>`;
    } else {
      out += runXml(inline, false, state);
    }
  }
  return out;
}

function paragraphXml(paragraph: DocxParagraph, state: WriterState, extraProps = ""): string {
  const inlines: DocxInline[] = paragraph.runs ?? (paragraph.text !== undefined ? [{ text: paragraph.text }] : []);
  const style = paragraph.heading
    ? `Heading${Math.max(1, Math.min(9, Math.round(paragraph.heading)))}`
    : (paragraph.style ?? (paragraph.list ? "ListParagraph" : undefined));
  // Child order of w:pPr is fixed by the schema: pStyle, numPr, spacing..., rPr.
  let pPr = style && style !== "Normal" ? `<w:pStyle w:val="${esc(style)}"/>` : "";
  if (paragraph.list) {
    const level = Math.max(0, Math.min(8, paragraph.list.level ?? 0));
    pPr += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${state.numId(paragraph.list)}"/></w:numPr>`;
  }
  pPr += extraProps;
  const change = paragraph.change;
  if (change) {
    const tag = change.type === "insertion" ? "w:ins" : change.type === "deletion" ? "w:del" : `w:${change.type}`;
    pPr += `<w:rPr><${tag}${changeAttrs(change, state)}/></w:rPr>`;
  }
  let body = inlinesXml(inlines, change, state);
  if (change && (change.type === "moveFrom" || change.type === "moveTo")) {
    const id = state.id();
    const rangeAttrs = attrs({ "w:id": id, "w:name": change.name ?? "move1", "w:author": change.author, "w:date": change.date });
    body = `<w:${change.type}RangeStart${rangeAttrs}/>${body}<w:${change.type}RangeEnd w:id="${id}"/>`;
  }
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${body}</w:p>`;
}

function cellXml(content: string | DocxInline[], width: number, header: boolean, state: WriterState): string {
  const inlines: DocxInline[] = typeof content === "string" ? [{ text: content, bold: header }] : content;
  const paragraph = paragraphXml({ runs: inlines }, state, '<w:spacing w:after="0"/>');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph}</w:tc>`;
}

function tableXml(table: DocxTable, state: WriterState): string {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  const widths = table.widths && table.widths.length === columns ? table.widths : Array<number>(columns).fill(Math.floor(TEXT_WIDTH / columns));
  const row = (cells: (string | DocxInline[])[], header: boolean): string => {
    const padded = [...cells, ...Array<string>(Math.max(0, columns - cells.length)).fill("")];
    const trPr = header ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
    return `<w:tr>${trPr}${padded.map((c, i) => cellXml(c, widths[i] as number, header, state)).join("")}</w:tr>`;
  };
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    row(table.header, true) +
    table.rows.map((r) => row(r, false)).join("") +
    `</w:tbl>`
  );
}

function documentXml(spec: DocxSpec, state: WriterState): string {
  const blocks = spec.blocks.map((block) => (block.kind === "table" ? tableXml(block, state) : paragraphXml(block, state)));
  // A table cannot end the body: Word needs a paragraph after it.
  const last = spec.blocks[spec.blocks.length - 1];
  if (last?.kind === "table") blocks.push("<w:p/>");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${blocks.join("")}` +
    `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>` +
    `<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>` +
    `</w:sectPr></w:body></w:document>`
  );
}

function paragraphStyle(id: string, name: string, inner: string, extra = ""): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;
}

const HEADING_SIZES = [32, 26, 24, 22, 22, 22, 22, 22, 22];

function stylesXml(): string {
  const headings = HEADING_SIZES.map((size, i) =>
    paragraphStyle(
      `Heading${i + 1}`,
      `heading ${i + 1}`,
      `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
        `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${i === 0 ? 360 : 160}" w:after="80"/><w:outlineLvl w:val="${i}"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
    ),
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>` +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    paragraphStyle("Normal", "Normal", "<w:qFormat/>", ' w:default="1"') +
    paragraphStyle(
      "Title",
      "Title",
      `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>` +
        `<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>`,
    ) +
    headings +
    paragraphStyle("ListParagraph", "List Paragraph", `<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>`) +
    paragraphStyle("Quote", "Quote", `<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:right="720"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>`) +
    paragraphStyle("CommentText", "annotation text", `<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>`) +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>` +
    ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join("") +
    `</w:tblBorders></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/></w:style>` +
    `</w:styles>`
  );
}

const NUMBER_LEVELS: { format: string; text: string }[] = [
  { format: "decimal", text: "%1." },
  { format: "decimal", text: "%1.%2." },
  { format: "lowerLetter", text: "(%3)" },
  { format: "lowerRoman", text: "(%4)" },
  { format: "decimal", text: "%5." },
  { format: "lowerLetter", text: "%6)" },
  { format: "lowerRoman", text: "%7." },
  { format: "lowerLetter", text: "%8." },
  { format: "lowerRoman", text: "%9." },
];

function levelXml(ilvl: number, format: string, text: string): string {
  const indent = 720 * (ilvl + 1);
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${esc(text)}"/>` +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr></w:lvl>`
  );
}

function numberingXml(numbered: number[]): string {
  const bullets = NUMBER_LEVELS.map((_l, i) => levelXml(i, "bullet", i % 2 === 0 ? "\u2022" : "\u25E6")).join("");
  const numbers = NUMBER_LEVELS.map((l, i) => levelXml(i, l.format, l.text)).join("");
  const nums = numbered
    .map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${bullets}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>${numbers}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>${nums}</w:numbering>`
  );
}

function settingsXml(trackRevisions: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}">` +
    (trackRevisions ? "<w:trackRevisions/>" : "") +
    `<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `</w:settings>`
  );
}

function commentsXml(comments: DocxComment[], state: WriterState): string {
  const items = comments.map((c) => {
    const paragraphs = sanitizeText(c.text)
      .split("\n")
      .map(
        (line, i) =>
          `<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>` +
          (i === 0 ? `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>` : "") +
          `<w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`,
      )
      .join("");
    const initials = c.initials ?? c.author.split(/\s+/).map((w) => w.charAt(0)).join("").slice(0, 3);
    return `<w:comment${attrs({ "w:id": state.commentId(c.id), "w:author": c.author, "w:date": c.date, "w:initials": initials })}>${paragraphs}</w:comment>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${items.join("")}</w:comments>`;
}

function coreXml(spec: DocxSpec): string {
  const created = spec.created ?? DEFAULT_DATE;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (spec.title ? `<dc:title>${esc(spec.title)}</dc:title>` : "") +
    (spec.author ? `<dc:creator>${esc(spec.author)}</dc:creator><cp:lastModifiedBy>${esc(spec.author)}</cp:lastModifiedBy>` : "") +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${esc(created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${esc(created)}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

const APP_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Gatecheck</Application></Properties>`;

function relationshipsXml(rels: [string, string, string][]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

function contentTypesXml(withComments: boolean): string {
  const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  const overrides: [string, string][] = [
    ["/word/document.xml", `${wml}.document.main+xml`],
    ["/word/styles.xml", `${wml}.styles+xml`],
    ["/word/numbering.xml", `${wml}.numbering+xml`],
    ["/word/settings.xml", `${wml}.settings+xml`],
    ...(withComments ? ([["/word/comments.xml", `${wml}.comments+xml`]] as [string, string][]) : []),
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    `</Types>`
  );
}

/** Writes a .docx package from a spec. */
export function writeDocx(spec: DocxSpec): Uint8Array {
  const comments = spec.comments ?? [];
  const state = new WriterState(comments);
  const document = documentXml(spec, state);
  const withComments = comments.length > 0;
  const documentRels: [string, string, string][] = [
    ["rId1", `${REL_TYPE}/styles`, "styles.xml"],
    ["rId2", `${REL_TYPE}/numbering`, "numbering.xml"],
    ["rId3", `${REL_TYPE}/settings`, "settings.xml"],
    ...(withComments ? ([["rId4", `${REL_TYPE}/comments`, "comments.xml"]] as [string, string, string][]) : []),
  ];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypesXml(withComments)),
    "_rels/.rels": strToU8(
      relationshipsXml([
        ["rId1", `${REL_TYPE}/officeDocument`, "word/document.xml"],
        ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
        ["rId3", `${REL_TYPE}/extended-properties`, "docProps/app.xml"],
      ]),
    ),
    "word/document.xml": strToU8(document),
    "word/_rels/document.xml.rels": strToU8(relationshipsXml(documentRels)),
    "word/styles.xml": strToU8(stylesXml()),
    "word/numbering.xml": strToU8(numberingXml(state.numberedLists())),
    "word/settings.xml": strToU8(settingsXml(spec.trackRevisions ?? false)),
    ...(withComments ? { "word/comments.xml": strToU8(commentsXml(comments, state)) } : {}),
    "docProps/core.xml": strToU8(coreXml(spec)),
    "docProps/app.xml": strToU8(APP_XML),
  };
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}
