// Paragraph styles from styles.xml: display names, heading levels (built-in "heading N" or an
// outline level), and numbering attached to a style. A missing styles part gives an empty table.
import { childElements, firstChild, type XmlElement } from "./xml";

export interface NumberingRef {
  numId: string;
  ilvl?: number;
}

export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  /** 0-based outline level from the style's pPr (9 = body text). */
  outlineLevel?: number;
  numbering?: NumberingRef;
}

export interface StyleTable {
  paragraphStyles: Map<string, StyleInfo>;
  /** Heading level and list numbering per style id, worked out once (a document reuses few styles). */
  cache: Map<string, { heading: number | undefined; numbering: NumberingRef | undefined }>;
  /** Style id of the default paragraph style ("Normal"), when declared. */
  defaultParagraphStyle?: string;
}

/** Built-in names are stored in lower case ("heading 1"); Word shows them title-cased. */
export function displayStyleName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)([a-z])/g, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

export function readNumPr(pPr: XmlElement | undefined): NumberingRef | undefined {
  const numPr = firstChild(pPr, "w:numPr");
  if (!numPr) return undefined;
  const numId = firstChild(numPr, "w:numId")?.attrs["w:val"];
  const ilvl = firstChild(numPr, "w:ilvl")?.attrs["w:val"];
  if (numId === undefined && ilvl === undefined) return undefined;
  const level = ilvl === undefined ? undefined : Number.parseInt(ilvl, 10);
  return {
    numId: numId ?? "",
    ...(level !== undefined && Number.isFinite(level) ? { ilvl: level } : {}),
  };
}

export function readOutlineLevel(pPr: XmlElement | undefined): number | undefined {
  const value = firstChild(pPr, "w:outlineLvl")?.attrs["w:val"];
  if (value === undefined) return undefined;
  const level = Number.parseInt(value, 10);
  return Number.isFinite(level) ? level : undefined;
}

export function readStyles(root: XmlElement | null): StyleTable {
  const table: StyleTable = { paragraphStyles: new Map(), cache: new Map() };
  if (!root) return table;
  for (const el of childElements(root)) {
    if (el.name !== "w:style") continue;
    const type = el.attrs["w:type"] ?? "paragraph";
    if (type !== "paragraph") continue;
    const id = el.attrs["w:styleId"];
    if (!id) continue;
    const pPr = firstChild(el, "w:pPr");
    const basedOn = firstChild(el, "w:basedOn")?.attrs["w:val"];
    const outlineLevel = readOutlineLevel(pPr);
    const numbering = readNumPr(pPr);
    const info: StyleInfo = {
      id,
      name: displayStyleName(firstChild(el, "w:name")?.attrs["w:val"] ?? id),
      ...(basedOn ? { basedOn } : {}),
      ...(outlineLevel !== undefined ? { outlineLevel } : {}),
      ...(numbering ? { numbering } : {}),
    };
    table.paragraphStyles.set(id, info);
    const isDefault = el.attrs["w:default"];
    if (isDefault === "1" || isDefault === "true" || isDefault === "on") table.defaultParagraphStyle ??= id;
  }
  return table;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;

/** The style and its ancestors (basedOn chain), nearest first, cycle-safe. */
export function styleChain(styles: StyleTable, id: string | undefined): StyleInfo[] {
  const chain: StyleInfo[] = [];
  const seen = new Set<string>();
  let current = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const style = styles.paragraphStyles.get(current);
    if (!style) break;
    chain.push(style);
    current = style.basedOn;
  }
  return chain;
}

function styleFacts(styles: StyleTable, styleId: string | undefined): { heading: number | undefined; numbering: NumberingRef | undefined } {
  const key = styleId ?? "";
  let facts = styles.cache.get(key);
  if (!facts) {
    facts = { heading: styleHeadingLevel(styles, styleId), numbering: undefined };
    for (const style of styleChain(styles, styleId)) {
      if (style.numbering) {
        facts.numbering = style.numbering;
        break;
      }
    }
    styles.cache.set(key, facts);
  }
  return facts;
}

function styleHeadingLevel(styles: StyleTable, styleId: string | undefined): number | undefined {
  const chain = styleChain(styles, styleId);
  const byName = HEADING_NAME.exec(chain[0]?.name ?? styleId ?? "");
  if (byName) return Number(byName[1]);
  for (const style of chain) {
    const heading = HEADING_NAME.exec(style.name);
    if (heading) return Number(heading[1]);
    if (style.outlineLevel !== undefined) {
      return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? style.outlineLevel + 1 : undefined;
    }
  }
  return undefined;
}

/**
 * Heading level 1..9 for a paragraph: its own outline level, else a built-in heading style
 * (by name or, without a styles part, by id), else an outline level inherited from its style.
 */
export function headingLevel(
  styles: StyleTable,
  styleId: string | undefined,
  paragraphOutline: number | undefined,
): number | undefined {
  if (paragraphOutline !== undefined) return paragraphOutline >= 0 && paragraphOutline <= 8 ? paragraphOutline + 1 : undefined;
  return styleFacts(styles, styleId).heading;
}

/** Numbering a paragraph gets from its style chain. */
export function styleNumbering(styles: StyleTable, styleId: string | undefined): NumberingRef | undefined {
  return styleFacts(styles, styleId).numbering;
}
