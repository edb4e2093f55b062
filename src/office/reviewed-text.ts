// Word gives the reviewed views (tracked changes applied or undone) for the body as one string, while
// paragraph texts come per paragraph. These pure helpers cut the body string back into paragraphs.

/** Pairs the body text's lines with the paragraphs when the counts agree. */
export function splitByParagraph(bodyText: string, count: number): string[] | null {
  const lines = bodyText.split(/\r\n|\r|\n/);
  if (lines.length === count + 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === count ? lines : null;
}

const SEPARATOR = /[\r\n\t\u0007\f]/;

/**
 * Cuts `bodyText` (one reviewed view) into per-paragraph texts, given each paragraph's raw text,
 * which holds every character of that view plus text the view drops. Walks both in order: a raw
 * character equal to the next body character is kept, others are dropped; separators between
 * paragraphs are skipped. Returns null when the body text is not consumed exactly.
 */
export function alignToParagraphs(bodyText: string, raw: string[]): string[] | null {
  const out: string[] = [];
  let pos = 0;
  for (const text of raw) {
    let kept = "";
    for (let i = 0; i < text.length; i++) {
      if (text[i] === bodyText[pos]) {
        kept += text[i];
        pos++;
      }
    }
    out.push(kept);
    while (pos < bodyText.length && SEPARATOR.test(bodyText[pos]!)) pos++;
  }
  return pos === bodyText.length ? out : null;
}

/** Per-paragraph texts of one reviewed view, or null when neither method lines them up. */
export function paragraphsOfView(bodyText: string, raw: string[]): string[] | null {
  return splitByParagraph(bodyText, raw.length) ?? alignToParagraphs(bodyText, raw);
}
