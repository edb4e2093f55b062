// .docx -> DocModel. Browser-safe: bytes in, plain data out (no file system here; the CLI reads
// files). See README.md in this folder for what is read and how offsets are defined.
import type { Comment, DocModel, Paragraph, Revision, RevisionType, Table, TableCell, TablePosition } from "../engine/model";
import { DocxError } from "./errors";
import { ListCounter, readNumbering } from "./numbering";
import { DocxPackage, type Relationship } from "./package";
import { NO_TRACKING, ParagraphBuilder, type ChangeInfo, type TrackContext } from "./paragraph-builder";
import { headingLevel, readNumPr, readOutlineLevel, readStyles, styleNumbering, type StyleTable } from "./styles";
import { childElements, firstChild, ownText, type XmlElement } from "./xml";

/** Containers whose children are read as if they stood in the parent (run level). */
const INLINE_CONTAINERS = new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
  "w:sdtContent",
]);

/** Containers whose children are read as block-level content. */
const BLOCK_CONTAINERS = new Set(["w:customXml", "w:sdtContent"]);

const NOTE_STYLE: Record<"footnote" | "endnote", string> = { footnote: "Footnote Text", endnote: "Endnote Text" };

function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const value = el.attrs["w:val"];
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

function changeInfo(el: XmlElement): ChangeInfo {
  return { id: el.attrs["w:id"] ?? "", author: el.attrs["w:author"] ?? "", date: el.attrs["w:date"] || null };
}

/** The branch of an mc:AlternateContent to read: the first Choice, else the Fallback. */
function alternateBranch(el: XmlElement): XmlElement | undefined {
  return firstChild(el, "mc:Choice") ?? firstChild(el, "mc:Fallback");
}

/** Text box contents inside a drawing/picture, reading one branch of any alternate content. */
function collectTextBoxes(el: XmlElement, out: XmlElement[]): void {
  for (const child of el.children) {
    if (typeof child === "string") continue;
    if (child.name === "w:txbxContent") out.push(child);
    else if (child.name === "mc:AlternateContent") {
      const branch = alternateBranch(child);
      if (branch) collectTextBoxes(branch, out);
    } else collectTextBoxes(child, out);
  }
}

/** Word symbol fonts map their glyphs to U+F0xx; the low byte is the character in that font. */
function symbolChar(el: XmlElement): string {
  const code = Number.parseInt(el.attrs["w:char"] ?? "", 16);
  if (!Number.isFinite(code) || code <= 0) return "";
  const char = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (char < 0x20) return "";
  return String.fromCodePoint(char);
}

interface AnchorPoint {
  paragraph: number;
  offset: number;
}

class DocumentReader {
  readonly paragraphs: Paragraph[] = [];
  readonly tables: Table[] = [];
  readonly revisions: Revision[] = [];
  private readonly positions: TablePosition[] = [];
  /** Open fields: true once past w:fldChar "separate" (showing the result). */
  private readonly fields: boolean[] = [];
  readonly commentStarts = new Map<string, AnchorPoint>();
  readonly commentEnds = new Map<string, AnchorPoint>();
  readonly commentRefs = new Map<string, AnchorPoint>();
  private readonly revisionIds = new Set<string>();

  constructor(
    private readonly styles: StyleTable,
    private readonly lists: ListCounter,
  ) {}

  /** Block-level content: paragraphs, tables, content controls, custom XML. */
  blocks(container: XmlElement, context: TrackContext, defaultStyle?: string): void {
    for (const child of container.children) {
      if (typeof child === "string") continue;
      switch (child.name) {
        case "w:p":
          this.paragraph(child, context, defaultStyle);
          break;
        case "w:tbl":
          this.table(child, context, defaultStyle);
          break;
        case "w:sdt": {
          const content = firstChild(child, "w:sdtContent");
          if (content) this.blocks(content, context, defaultStyle);
          break;
        }
        case "mc:AlternateContent": {
          const branch = alternateBranch(child);
          if (branch) this.blocks(branch, context, defaultStyle);
          break;
        }
        case "w:ins":
        case "w:moveTo": {
          const type = child.name === "w:ins" ? "insertion" : "moveTo";
          this.blocks(child, { ...context, added: { type, change: changeInfo(child) } }, defaultStyle);
          break;
        }
        case "w:del":
        case "w:moveFrom": {
          const type = child.name === "w:del" ? "deletion" : "moveFrom";
          this.blocks(child, { ...context, removed: { type, change: changeInfo(child) } }, defaultStyle);
          break;
        }
        default:
          if (BLOCK_CONTAINERS.has(child.name)) this.blocks(child, context, defaultStyle);
      }
    }
  }

  private table(tbl: XmlElement, context: TrackContext, defaultStyle?: string): void {
    const index = this.tables.length;
    const nesting = this.positions.length + 1;
    const table: Table = { index, rows: [], nesting };
    this.tables.push(table);
    const rows = this.wrapped(tbl, "w:tr");
    rows.forEach((tr, row) => {
      const cells: TableCell[] = [];
      this.wrapped(tr, "w:tc").forEach((tc, cell) => {
        this.positions.push({ table: index, row, cell, nesting });
        const first = this.paragraphs.length;
        this.blocks(tc, context, defaultStyle);
        this.positions.pop();
        const paragraphs: number[] = [];
        for (let i = first; i < this.paragraphs.length; i++) paragraphs.push(i);
        cells.push({ text: paragraphs.map((i) => (this.paragraphs[i] as Paragraph).text).join("\n"), paragraphs });
      });
      table.rows.push(cells);
    });
  }

  /** Rows of a table or cells of a row, looking through content controls and custom XML. */
  private wrapped(parent: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
    for (const child of parent.children) {
      if (typeof child === "string") continue;
      if (child.name === name) out.push(child);
      else if (child.name === "w:sdt") {
        const content = firstChild(child, "w:sdtContent");
        if (content) this.wrapped(content, name, out);
      } else if (child.name === "w:customXml" || child.name === "w:sdtContent") this.wrapped(child, name, out);
    }
    return out;
  }

  private paragraph(p: XmlElement, context: TrackContext, defaultStyle?: string): void {
    const pPr = firstChild(p, "w:pPr");
    const ownStyle = firstChild(pPr, "w:pStyle")?.attrs["w:val"];
    const styleId = ownStyle ?? (defaultStyle ? undefined : this.styles.defaultParagraphStyle);
    const builder = new ParagraphBuilder(this.paragraphs.length);
    const textBoxes: XmlElement[] = [];
    this.inline(p, builder, context, textBoxes);

    // A paragraph mark inserted/deleted/moved, and paragraph formatting changes.
    const markProps = firstChild(pPr, "w:rPr");
    if (markProps) {
      for (const el of childElements(markProps)) {
        const type = MARK_CHANGES[el.name];
        if (type) builder.markChange(type, changeInfo(el));
      }
    }
    const pPrChange = firstChild(pPr, "w:pPrChange");
    if (pPrChange) builder.paragraphFormatChange(changeInfo(pPrChange));

    // An instruction never spans paragraphs in practice; a stray "begin" must not hide the rest.
    for (let i = 0; i < this.fields.length; i++) this.fields[i] = true;

    const text = builder.currentText();
    const original = builder.originalText();
    const paragraph: Paragraph = { index: builder.index, text };
    const styleName = styleId ? (this.styles.paragraphStyles.get(styleId)?.name ?? styleId) : defaultStyle;
    if (styleName) paragraph.style = styleName;
    const level = headingLevel(this.styles, styleId, readOutlineLevel(pPr));
    if (level !== undefined) paragraph.headingLevel = level;
    const label = this.listLabel(pPr, styleId);
    if (label !== undefined) paragraph.listLabel = label;
    const position = this.positions[this.positions.length - 1];
    if (position) paragraph.table = { ...position };
    if (original !== text) paragraph.originalText = original;
    this.paragraphs.push(paragraph);
    for (const revision of builder.revisions) {
      let id = revision.id;
      for (let n = 2; this.revisionIds.has(id); n++) id = `${revision.id}~${n}`;
      this.revisionIds.add(id);
      this.revisions.push(id === revision.id ? revision : { ...revision, id });
    }
    for (const box of textBoxes) this.blocks(box, NO_TRACKING);
  }

  private listLabel(pPr: XmlElement | undefined, styleId: string | undefined): string | undefined {
    const own = readNumPr(pPr);
    const inherited = styleNumbering(this.styles, styleId);
    const numId = own?.numId || inherited?.numId;
    if (!numId) return undefined;
    return this.lists.next(numId, own?.ilvl ?? inherited?.ilvl ?? 0);
  }

  private hidden(): boolean {
    for (const showing of this.fields) if (!showing) return true;
    return false;
  }

  /** Run-level content of a paragraph (and of hyperlinks, content controls, tracked changes). */
  private inline(parent: XmlElement, builder: ParagraphBuilder, context: TrackContext, textBoxes: XmlElement[]): void {
    for (const child of parent.children) {
      if (typeof child === "string") continue;
      const name = child.name;
      if (name === "w:r") this.run(child, builder, context, textBoxes);
      else if (name === "w:ins" || name === "w:moveTo") {
        const type = name === "w:ins" ? "insertion" : "moveTo";
        this.inline(child, builder, { ...context, added: { type, change: changeInfo(child) } }, textBoxes);
      } else if (name === "w:del" || name === "w:moveFrom") {
        const type = name === "w:del" ? "deletion" : "moveFrom";
        this.inline(child, builder, { ...context, removed: { type, change: changeInfo(child) } }, textBoxes);
      } else if (INLINE_CONTAINERS.has(name)) this.inline(child, builder, context, textBoxes);
      else if (name === "w:sdt") {
        const content = firstChild(child, "w:sdtContent");
        if (content) this.inline(content, builder, context, textBoxes);
      } else if (name === "mc:AlternateContent") {
        const branch = alternateBranch(child);
        if (branch) this.inline(branch, builder, context, textBoxes);
      } else if (name === "w:commentRangeStart") {
        this.commentStarts.set(child.attrs["w:id"] ?? "", { paragraph: builder.index, offset: builder.currentLength });
      } else if (name === "w:commentRangeEnd") {
        this.commentEnds.set(child.attrs["w:id"] ?? "", { paragraph: builder.index, offset: builder.currentLength });
      } else if (name === "m:oMath" || name === "m:oMathPara" || name === "m:r") {
        this.math(child, builder, context);
      }
    }
  }

  private math(el: XmlElement, builder: ParagraphBuilder, context: TrackContext): void {
    for (const child of el.children) {
      if (typeof child === "string") continue;
      if (child.name === "m:t") {
        if (!this.hidden()) builder.emit(ownText(child), context);
      } else this.math(child, builder, context);
    }
  }

  private run(run: XmlElement, builder: ParagraphBuilder, context: TrackContext, textBoxes: XmlElement[]): void {
    const rPrChange = firstChild(firstChild(run, "w:rPr"), "w:rPrChange");
    const format = rPrChange ? changeInfo(rPrChange) : undefined;
    this.runContent(run, builder, context, format, textBoxes);
  }

  private runContent(
    run: XmlElement,
    builder: ParagraphBuilder,
    context: TrackContext,
    format: ChangeInfo | undefined,
    textBoxes: XmlElement[],
  ): void {
    for (const child of run.children) {
      if (typeof child === "string") continue;
      let text = "";
      switch (child.name) {
        case "w:t":
        case "w:delText":
          text = ownText(child);
          break;
        case "w:tab":
        case "w:ptab":
          text = "\t";
          break;
        case "w:br": {
          const type = child.attrs["w:type"];
          text = type === "page" || type === "column" ? " " : "\n";
          break;
        }
        case "w:cr":
          text = "\n";
          break;
        case "w:noBreakHyphen":
          text = "-";
          break;
        case "w:sym":
          text = symbolChar(child);
          break;
        case "w:fldChar": {
          const type = child.attrs["w:fldCharType"];
          if (type === "begin") this.fields.push(false);
          else if (type === "separate") {
            if (this.fields.length > 0) this.fields[this.fields.length - 1] = true;
          } else if (type === "end") this.fields.pop();
          break;
        }
        case "w:drawing":
        case "w:pict":
        case "w:object":
          collectTextBoxes(child, textBoxes);
          break;
        case "mc:AlternateContent": {
          const branch = alternateBranch(child);
          if (branch) this.runContent(branch, builder, context, format, textBoxes);
          break;
        }
        case "w:ruby": {
          // Phonetic guides: the base text is the text; the guide above it is not.
          const base = firstChild(child, "w:rubyBase");
          if (base) this.inline(base, builder, context, textBoxes);
          break;
        }
        case "w:commentReference": {
          // Places a comment that has no range markers.
          const id = child.attrs["w:id"] ?? "";
          if (!this.commentRefs.has(id)) this.commentRefs.set(id, { paragraph: builder.index, offset: builder.currentLength });
          break;
        }
        default:
          break;
      }
      if (text !== "" && !this.hidden()) builder.emit(text, context, format);
    }
  }
}

const MARK_CHANGES: Record<string, RevisionType> = {
  "w:ins": "insertion",
  "w:del": "deletion",
  "w:moveFrom": "moveFrom",
  "w:moveTo": "moveTo",
};

/** Plain text of a comment: its paragraphs' current text joined with "\n". */
function commentText(comment: XmlElement): string {
  const lines: string[] = [];
  const walk = (el: XmlElement, parts: string[], deleted: boolean): void => {
    for (const child of el.children) {
      if (typeof child === "string") continue;
      if (child.name === "w:p") {
        const line: string[] = [];
        walk(child, line, deleted);
        lines.push(line.join(""));
      } else if (child.name === "w:t") {
        if (!deleted) parts.push(ownText(child));
      } else if (child.name === "w:tab") parts.push("\t");
      else if (child.name === "w:br" || child.name === "w:cr") parts.push("\n");
      else if (child.name === "w:del" || child.name === "w:moveFrom") walk(child, parts, true);
      else if (child.name !== "w:instrText" && child.name !== "w:delText") walk(child, parts, deleted);
    }
  };
  walk(comment, [], false);
  return lines.join("\n");
}

function findPart(rels: Relationship[], kind: string): string | undefined {
  return rels.find((r) => r.kind === kind && !r.external)?.target;
}

/**
 * Reads a .docx into a DocModel. Throws DocxError on anything that is not a readable Word
 * document (see errors.ts for the codes).
 */
export function readDocx(bytes: Uint8Array, name?: string): DocModel {
  try {
    return readPackage(new DocxPackage(bytes), name);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    if (error instanceof RangeError) {
      throw new DocxError("corrupt", "The document is nested too deeply to read (damaged or hostile file).");
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocxError("corrupt", `The file is damaged and cannot be read (${detail}).`);
  }
}

function readPackage(pkg: DocxPackage, name?: string): DocModel {
  const main = pkg.mainDocumentPart();
  const root = pkg.readXml(main);
  if (!root || root.name !== "w:document") {
    throw new DocxError("not-docx", `The main part ${main} is not a WordprocessingML document.`);
  }
  const rels = pkg.relationships(main);
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  // Without a relationships part, fall back to the conventional part names.
  const part = (kind: string, conventional: string): string | undefined =>
    findPart(rels, kind) ?? (rels.length === 0 && pkg.has(folder + conventional) ? folder + conventional : undefined);

  const stylesPart = part("styles", "styles.xml");
  const styles = readStyles(stylesPart ? pkg.readXml(stylesPart) : null);
  const numberingPart = part("numbering", "numbering.xml");
  const numbering = readNumbering(numberingPart ? pkg.readXml(numberingPart) : null);
  const lists = new ListCounter(numbering, (styleId) =>
    numberingStyleNumId(stylesPart ? pkg.readXml(stylesPart) : null, styleId),
  );

  const reader = new DocumentReader(styles, lists);
  const body = firstChild(root, "w:body");
  if (body) reader.blocks(body, NO_TRACKING);

  for (const kind of ["footnote", "endnote"] as const) {
    const notesPart = part(`${kind}s`, `${kind}s.xml`);
    const notes = notesPart ? pkg.readXml(notesPart) : null;
    if (!notes) continue;
    for (const note of childElements(notes)) {
      if (note.name !== `w:${kind}`) continue;
      const type = note.attrs["w:type"];
      if (type && type !== "normal") continue; // separators and continuation notices
      reader.blocks(note, NO_TRACKING, NOTE_STYLE[kind]);
    }
  }

  const comments: Comment[] = [];
  const commentsPart = part("comments", "comments.xml");
  const commentsRoot = commentsPart ? pkg.readXml(commentsPart) : null;
  if (commentsRoot) {
    for (const el of childElements(commentsRoot)) {
      if (el.name !== "w:comment") continue;
      const id = el.attrs["w:id"] ?? "";
      const anchor = placeComment(reader, id);
      comments.push({
        id,
        author: el.attrs["w:author"] ?? "",
        date: el.attrs["w:date"] || null,
        text: commentText(el),
        ...anchor,
      });
    }
  }

  const settingsPart = part("settings", "settings.xml");
  const settings = settingsPart ? pkg.readXml(settingsPart) : null;
  const trackChanges = isOn(firstChild(settings ?? undefined, "w:trackRevisions"));

  return {
    paragraphs: reader.paragraphs,
    tables: reader.tables,
    revisions: reader.revisions,
    comments,
    trackChanges,
    ...(name ? { name } : {}),
  };
}

/** The list a numbering style (w:type="numbering", named by w:numStyleLink) points to. */
function numberingStyleNumId(stylesRoot: XmlElement | null, styleId: string): string | undefined {
  if (!stylesRoot) return undefined;
  for (const el of childElements(stylesRoot)) {
    if (el.name === "w:style" && el.attrs["w:styleId"] === styleId) return readNumPr(firstChild(el, "w:pPr"))?.numId;
  }
  return undefined;
}

function placeComment(reader: DocumentReader, id: string): { paragraph: number; start: number; end: number } {
  const start = reader.commentStarts.get(id) ?? reader.commentRefs.get(id);
  if (!start) return { paragraph: -1, start: 0, end: 0 };
  const end = reader.commentEnds.get(id);
  const paragraphLength = (reader.paragraphs[start.paragraph] as Paragraph).text.length;
  const endOffset = end && end.paragraph === start.paragraph ? end.offset : paragraphLength;
  return { paragraph: start.paragraph, start: start.offset, end: Math.max(start.offset, endOffset) };
}
