// A tiny redline markup for fixtures: "[-deleted-]" and "[+inserted+]" (optionally "[-text-@Author]"),
// "[<moved away<]" / "[>moved here>]", "[~formatted~]". Builds paragraphs with both views and the
// revisions between them, with offsets computed the way the .docx reader computes them.
import type { DocModel, Paragraph, Revision, RevisionType } from "../../../src/engine/model";

export const CLIENT = "Dana Client";

export interface ParagraphSpec {
  markup: string;
  headingLevel?: number;
}

const TOKEN = /\[(-|\+|<|>|~)([\s\S]*?)\1(?:@([^\]]+))?\]/g;

const TYPES: Record<string, RevisionType> = { "-": "deletion", "+": "insertion", "<": "moveFrom", ">": "moveTo", "~": "formatting" };

let counter = 0;

export function buildDoc(specs: (string | ParagraphSpec)[], defaultAuthor = CLIENT): DocModel {
  const paragraphs: Paragraph[] = [];
  const revisions: Revision[] = [];
  specs.forEach((spec, index) => {
    const { markup, headingLevel } = typeof spec === "string" ? { markup: spec, headingLevel: undefined } : spec;
    let current = "";
    let original = "";
    let last = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(markup); m; m = TOKEN.exec(markup)) {
      const plain = markup.slice(last, m.index);
      current += plain;
      original += plain;
      last = m.index + m[0].length;
      const type = TYPES[m[1] as string] as RevisionType;
      const text = m[2] as string;
      const author = m[3] ?? defaultAuthor;
      const start = current.length;
      const originalStart = original.length;
      if (type === "insertion" || type === "moveTo") current += text;
      else if (type === "deletion" || type === "moveFrom") original += text;
      else {
        current += text;
        original += text;
      }
      revisions.push({
        id: `r${++counter}`,
        type,
        author,
        date: "2026-11-20T10:00:00Z",
        paragraph: index,
        start,
        end: current.length,
        originalStart,
        originalEnd: original.length,
        text: type === "formatting" ? "" : text,
      });
    }
    const tail = markup.slice(last);
    current += tail;
    original += tail;
    const p: Paragraph = { index, text: current };
    if (original !== current) p.originalText = original;
    if (headingLevel !== undefined) p.headingLevel = headingLevel;
    paragraphs.push(p);
  });
  return { paragraphs, tables: [], revisions, comments: [] };
}

/** The text of paragraph `p` with only the given revisions' changes undone from the current view. */
export function applyToOriginal(original: string, edits: { originalStart: number; originalEnd: number; after: string }[]): string {
  let out = original;
  for (const e of [...edits].sort((a, b) => b.originalStart - a.originalStart)) {
    out = out.slice(0, e.originalStart) + e.after + out.slice(e.originalEnd);
  }
  return out;
}
