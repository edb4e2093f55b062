// Opens a .docx as an OPC package: sniffs the format, lists the zip, finds the main document
// through the package relationships, and inflates only the parts the reader asks for, after
// checking their declared sizes (a zip bomb is refused before anything is inflated).
import { unzipSync, strFromU8 } from "fflate";
import { DocxError } from "./errors";
import { parseXml, XmlSyntaxError, childElements, type XmlElement } from "./xml";

/** Total uncompressed bytes the reader will inflate from one document. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI ("officeDocument", "styles", "comments"). */
  kind: string;
  /** Resolved part name inside the zip, or the raw target when external. */
  target: string;
  external: boolean;
}

interface Entry {
  name: string;
  originalSize: number;
}

const MAIN_CONTENT_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
];

function startsWithBytes(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiPrefix(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/** True when the UTF-16LE form of `word` occurs in the bytes (OLE directory entry names). */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const limit = bytes.length - word.length * 2;
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let ok = true;
    for (let k = 1; k < word.length && ok; k++) {
      ok = bytes[i + 2 * k] === word.charCodeAt(k) && bytes[i + 2 * k + 1] === 0;
    }
    if (ok) return true;
  }
  return false;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Explains a file that is not a zip at all, by its first bytes. */
function rejectNonZip(bytes: Uint8Array): never {
  if (bytes.length === 0) throw new DocxError("not-zip", "The file is empty; it is not a Word document.");
  if (startsWithBytes(bytes, OLE_MAGIC)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) {
      throw new DocxError(
        "encrypted",
        "The document is password-protected; remove the password in Word (File > Info > Protect Document) and try again.",
      );
    }
    if (containsUtf16(bytes, "WordDocument")) {
      throw new DocxError(
        "encrypted",
        "This is a legacy Word 97-2003 .doc file (or an encrypted one); open it in Word and save it as .docx.",
      );
    }
    throw new DocxError(
      "encrypted",
      "This is an OLE compound file (an encrypted or legacy Office document), not a .docx; save it as .docx in Word.",
    );
  }
  const head = asciiPrefix(bytes, 8);
  if (head.startsWith("%PDF")) throw new DocxError("not-docx", "This is a PDF file, not a Word .docx document.");
  if (head.startsWith("{\\rtf")) {
    throw new DocxError("not-docx", "This is an RTF file, not a .docx; open it in Word and save it as .docx.");
  }
  if (head.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().startsWith("<")) {
    throw new DocxError(
      "not-docx",
      "This is a plain XML or HTML file (perhaps Word 2003 XML), not a .docx package; save it as .docx in Word.",
    );
  }
  throw new DocxError("not-zip", "The file is not a .docx document (it is not a zip package).");
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function zipFailure(error: unknown): DocxError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DocxError("corrupt", `The file is damaged or truncated: its zip structure cannot be read (${detail}).`);
}

function normalizePartName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Keep the raw target when it is not valid percent-encoding.
  }
  decoded = decoded.replace(/\\/g, "/").split("#")[0] ?? "";
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The relationships part that belongs to a part ("word/document.xml" -> "word/_rels/document.xml.rels"). */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // TextDecoder drops a UTF-8 BOM; invalid sequences become U+FFFD rather than failing the file.
  return new TextDecoder("utf-8").decode(bytes);
}

export class DocxPackage {
  private readonly entries = new Map<string, Entry>();
  private inflatedBytes = 0;
  private readonly xmlCache = new Map<string, XmlElement | null>();

  constructor(private readonly bytes: Uint8Array) {
    if (!looksLikeZip(bytes)) rejectNonZip(bytes);
    try {
      // Listing only: the filter sees each entry's declared sizes and inflates nothing.
      unzipSync(bytes, {
        filter: (file) => {
          const name = normalizePartName(file.name);
          if (!name.endsWith("/")) this.entries.set(name.toLowerCase(), { name: file.name, originalSize: file.originalSize });
          return false;
        },
      });
    } catch (error) {
      throw zipFailure(error);
    }
    if (this.entries.size === 0) throw new DocxError("not-docx", "The zip file is empty; it does not contain a Word document.");
  }

  has(part: string): boolean {
    return this.entries.has(normalizePartName(part).toLowerCase());
  }

  partNames(): string[] {
    return [...this.entries.values()].map((e) => normalizePartName(e.name));
  }

  /** Inflates one part, or returns null when the package has no such part. */
  read(part: string): Uint8Array | null {
    const entry = this.entries.get(normalizePartName(part).toLowerCase());
    if (!entry) return null;
    if (entry.originalSize > MAX_INFLATED_BYTES - this.inflatedBytes) {
      throw new DocxError(
        "too-large",
        `The document expands to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB (${part}); refusing to open it (possible zip bomb).`,
      );
    }
    this.inflatedBytes += entry.originalSize;
    let files: Record<string, Uint8Array>;
    try {
      // fflate inflates into a buffer of the declared size, so a lying header cannot grow it.
      files = unzipSync(this.bytes, { filter: (file) => file.name === entry.name });
    } catch (error) {
      throw new DocxError(
        "corrupt",
        `The file is damaged: part ${normalizePartName(part)} cannot be decompressed (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    return files[entry.name] ?? null;
  }

  readText(part: string): string | null {
    const data = this.read(part);
    return data === null ? null : decodeXmlBytes(data);
  }

  /** Parses an XML part; null when absent. Malformed XML is a DocxError("corrupt"). */
  readXml(part: string): XmlElement | null {
    const key = normalizePartName(part).toLowerCase();
    if (this.xmlCache.has(key)) return this.xmlCache.get(key) ?? null;
    const text = this.readText(part);
    let parsed: XmlElement | null = null;
    if (text !== null) {
      try {
        parsed = parseXml(text);
      } catch (error) {
        if (error instanceof XmlSyntaxError) {
          throw new DocxError(
            "corrupt",
            `The file is damaged: ${normalizePartName(part)} is not well-formed XML (${error.message} at character ${error.offset}).`,
          );
        }
        throw error;
      }
    }
    this.xmlCache.set(key, parsed);
    return parsed;
  }

  /** Relationships of a part ("" for the package itself); empty when the rels part is absent. */
  relationships(sourcePart: string): Relationship[] {
    const relsPart = sourcePart === "" ? "_rels/.rels" : relsPartFor(sourcePart);
    const root = this.readXml(relsPart);
    if (!root) return [];
    return childElements(root)
      .filter((el) => el.name.endsWith(":Relationship") || el.name === "Relationship")
      .map((el) => {
        const type = el.attrs["Type"] ?? "";
        const external = (el.attrs["TargetMode"] ?? "").toLowerCase() === "external";
        const target = el.attrs["Target"] ?? "";
        return {
          id: el.attrs["Id"] ?? "",
          kind: type.slice(type.lastIndexOf("/") + 1),
          target: external ? target : resolveTarget(sourcePart, target),
          external,
        };
      });
  }

  /** Content type overrides by lowercase part name. */
  contentTypes(): Map<string, string> {
    const out = new Map<string, string>();
    const root = this.readXml("[Content_Types].xml");
    if (!root) return out;
    for (const el of childElements(root)) {
      const partName = el.attrs["PartName"];
      const type = el.attrs["ContentType"];
      if (partName && type) out.set(normalizePartName(partName).toLowerCase(), type);
    }
    return out;
  }

  /** The main document part, or a DocxError("not-docx") explaining what the package is instead. */
  mainDocumentPart(): string {
    const office = this.relationships("").find((r) => r.kind === "officeDocument" && !r.external);
    if (office && this.has(office.target)) {
      if (/^xl\//i.test(office.target)) throw new DocxError("not-docx", "This is an Excel workbook, not a Word document.");
      if (/^ppt\//i.test(office.target)) {
        throw new DocxError("not-docx", "This is a PowerPoint presentation, not a Word document.");
      }
      return office.target;
    }
    for (const [part, type] of this.contentTypes()) {
      if (MAIN_CONTENT_TYPES.includes(type) && this.has(part)) return normalizePartName(part);
    }
    if (this.has("word/document.xml")) return "word/document.xml";
    this.explainForeignZip();
  }

  private explainForeignZip(): never {
    const mimetype = this.has("mimetype") ? (this.read("mimetype") ?? new Uint8Array()) : null;
    const kind = mimetype ? strFromU8(mimetype).trim() : "";
    if (kind === "application/vnd.oasis.opendocument.text") {
      throw new DocxError("not-docx", "This is an OpenDocument text (.odt) file; open it in Word and save it as .docx.");
    }
    if (kind.startsWith("application/vnd.oasis.opendocument")) {
      throw new DocxError("not-docx", "This is an OpenDocument file, not a Word .docx document.");
    }
    if (this.has("xl/workbook.xml")) throw new DocxError("not-docx", "This is an Excel workbook, not a Word document.");
    if (this.has("ppt/presentation.xml")) {
      throw new DocxError("not-docx", "This is a PowerPoint presentation, not a Word document.");
    }
    throw new DocxError("not-docx", "The zip file does not contain a Word document (no main document part).");
  }
}
