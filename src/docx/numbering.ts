// List labels from numbering.xml, rendered the way Word shows them ("1.", "2.3", "a)", "•").
//
// Counters: Word continues a list across w:num instances that share an abstract definition, so
// counters live per abstractNum; a w:num with a w:lvlOverride starts its own counters (the usual
// way a list restarts at 1). Using level L resets the deeper levels, unless a level's
// w:lvlRestart says otherwise.
import { childElements, firstChild, type XmlElement } from "./xml";

export interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** 1-based level after whose use this level restarts; 0 = never; undefined = any higher level. */
  restart?: number;
  legal: boolean;
  /** Paragraph style linked to this level, if any. */
  pStyle?: string;
}

interface NumDef {
  abstractId: string;
  /** Level overrides (start values and/or whole level definitions). */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, LevelDef>>;
  /** w:numStyleLink of an abstractNum: the numbering style whose list it uses. */
  styleLinks: Map<string, string>;
  nums: Map<string, NumDef>;
}

function intAttr(el: XmlElement | undefined, fallback: number): number {
  const value = el?.attrs["w:val"];
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function readLevel(el: XmlElement): LevelDef {
  const restartEl = firstChild(el, "w:lvlRestart");
  const legal = firstChild(el, "w:isLgl");
  const legalValue = legal?.attrs["w:val"];
  const pStyle = firstChild(el, "w:pStyle")?.attrs["w:val"];
  return {
    // ECMA-376 says a missing w:start means 0.
    start: intAttr(firstChild(el, "w:start"), 0),
    format: firstChild(el, "w:numFmt")?.attrs["w:val"] ?? "decimal",
    text: firstChild(el, "w:lvlText")?.attrs["w:val"] ?? "",
    ...(restartEl ? { restart: intAttr(restartEl, 0) } : {}),
    legal: legal !== undefined && legalValue !== "0" && legalValue !== "false" && legalValue !== "off",
    ...(pStyle ? { pStyle } : {}),
  };
}

export function readNumbering(root: XmlElement | null): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), styleLinks: new Map(), nums: new Map() };
  if (!root) return defs;
  for (const el of childElements(root)) {
    if (el.name === "w:abstractNum") {
      const id = el.attrs["w:abstractNumId"];
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of childElements(el)) {
        if (lvl.name === "w:lvl") levels.set(Number.parseInt(lvl.attrs["w:ilvl"] ?? "0", 10) || 0, readLevel(lvl));
      }
      defs.abstracts.set(id, levels);
      const link = firstChild(el, "w:numStyleLink")?.attrs["w:val"];
      if (link) defs.styleLinks.set(id, link);
    } else if (el.name === "w:num") {
      const id = el.attrs["w:numId"];
      const abstractId = firstChild(el, "w:abstractNumId")?.attrs["w:val"];
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: LevelDef }>();
      for (const o of childElements(el)) {
        if (o.name !== "w:lvlOverride") continue;
        const ilvl = Number.parseInt(o.attrs["w:ilvl"] ?? "0", 10) || 0;
        const startOverride = firstChild(o, "w:startOverride");
        const lvl = firstChild(o, "w:lvl");
        overrides.set(ilvl, {
          ...(startOverride ? { start: intAttr(startOverride, 0) } : {}),
          ...(lvl ? { level: readLevel(lvl) } : {}),
        });
      }
      defs.nums.set(id, { abstractId, overrides });
    }
  }
  return defs;
}

const ROMAN: [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Word's letter numbering: a..z, then aa..zz, aaa.. (repeated letters, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** Formats one counter value in an OOXML number format. Unknown formats fall back to decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case "ordinal":
      return `${value}${ordinalSuffix(value)}`;
    case "none":
      return "";
    default:
      return String(value);
  }
}

/** Bullets are often Symbol/Wingdings private-use characters; show them as plain bullets. */
function bulletText(text: string): string {
  if (text === "") return "•";
  const code = text.codePointAt(0) ?? 0;
  if (code >= 0xe000 && code <= 0xf8ff) return "•";
  if (text === "o") return "◦";
  return text;
}

/** Renders list labels paragraph by paragraph, keeping the counters Word keeps. */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly defs: NumberingDefinitions,
    /** Resolves a numbering style id to the numId its pPr names (for w:numStyleLink). */
    private readonly styleNumId: (styleId: string) => string | undefined,
  ) {}

  private abstractLevels(abstractId: string, depth = 0): Map<number, LevelDef> | undefined {
    const link = this.defs.styleLinks.get(abstractId);
    if (link && depth < 5) {
      const linkedNum = this.styleNumId(link);
      const linked = linkedNum ? this.defs.nums.get(linkedNum) : undefined;
      if (linked && linked.abstractId !== abstractId) return this.abstractLevels(linked.abstractId, depth + 1);
    }
    return this.defs.abstracts.get(abstractId);
  }

  /** The label for the next paragraph of list `numId` at level `ilvl`, or undefined. */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === "" || numId === "0") return undefined;
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const abstract = this.abstractLevels(num.abstractId);
    if (!abstract) return undefined;
    const level = Math.max(0, Math.min(8, ilvl));
    const levelDef = (l: number): LevelDef | undefined => num.overrides.get(l)?.level ?? abstract.get(l);
    const def = levelDef(level);
    if (!def) return undefined;

    const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }
    const startOf = (l: number): number => num.overrides.get(l)?.start ?? levelDef(l)?.start ?? 0;
    const previous = values[level];
    values[level] = previous === undefined ? startOf(level) : previous + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = levelDef(deeper)?.restart;
      // w:lvlRestart="n": restart after a level numbered n (1-based) or above is used.
      if (restart === undefined || (restart !== 0 && level <= restart - 1)) values[deeper] = undefined;
    }

    if (def.format === "bullet") return bulletText(def.text);
    const label = def.text.replace(/%([1-9])/g, (_m, digit: string) => {
      const l = Number(digit) - 1;
      const value = values[l] ?? startOf(l);
      const format = def.legal ? "decimal" : (levelDef(l)?.format ?? "decimal");
      return formatNumber(value, format === "bullet" ? "decimal" : format);
    });
    return label === "" ? undefined : label;
  }
}
