// Builders for hand-made .docx packages, so tests can exercise shapes the writer never produces
// (strict namespaces, odd layouts, text boxes, fields, malformed parts).
import { strToU8, zipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface RawDocxOptions {
  /** Inner XML of w:body. */
  body: string;
  /** Extra parts: path -> XML (word/styles.xml, word/numbering.xml, ...). */
  parts?: Record<string, string>;
  /** Document relationships as [type suffix, target]; defaults to one per known extra part. */
  documentRels?: [string, string][];
  /** Where the main part lives. */
  mainPart?: string;
  /** Namespace of the w: prefix. */
  namespace?: string;
  /** Relationship type base for the package and document relationships. */
  relBase?: string;
  /** Extra namespace declarations on w:document. */
  declarations?: string;
  /** Prefix a UTF-8 BOM to every XML part. */
  bom?: boolean;
}

const KNOWN_PARTS: Record<string, string> = {
  "styles.xml": "styles",
  "numbering.xml": "numbering",
  "settings.xml": "settings",
  "comments.xml": "comments",
  "footnotes.xml": "footnotes",
  "endnotes.xml": "endnotes",
};

export function rels(items: [string, string, string][]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

export function wrapPart(root: string, inner: string, namespace = W): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} xmlns:w="${namespace}">${inner}</w:${root}>`;
}

export function rawDocx(options: RawDocxOptions): Uint8Array {
  const ns = options.namespace ?? W;
  const relBase = options.relBase ?? REL;
  const main = options.mainPart ?? "word/document.xml";
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  const mainName = main.slice(folder.length);
  const parts = options.parts ?? {};
  const documentRels =
    options.documentRels ??
    Object.keys(parts)
      .filter((p) => p.startsWith(folder) && KNOWN_PARTS[p.slice(folder.length)])
      .map((p): [string, string] => [KNOWN_PARTS[p.slice(folder.length)] as string, p.slice(folder.length)]);
  const bom = options.bom ? "\uFEFF" : "";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${bom}<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(bom + rels([["rId1", `${relBase}/officeDocument`, main]])),
    [main]: strToU8(
      `${bom}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<w:document xmlns:w="${ns}" ${options.declarations ?? ""}><w:body>${options.body}</w:body></w:document>`,
    ),
    [`${folder}_rels/${mainName}.rels`]: strToU8(
      bom + rels(documentRels.map(([type, target], i): [string, string, string] => [`rId${i + 1}`, `${relBase}/${type}`, target])),
    ),
  };
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(bom + xml);
  return zipSync(files);
}

export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) out[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(out);
}

/** A paragraph with plain runs. */
export function p(text: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
