// Small phrase finders shared by the milestone and payment extractors.
import {
  ACCEPTANCE_EVENTS,
  ARTIFACT_CAPITALISED,
  ARTIFACT_HEAD_TEXT,
  ARTIFACT_LOWER,
  ARTIFACT_NOUN_TEXT,
  DUE_PATTERNS,
  LABEL_FAMILY,
  MILESTONE_REFERENCE,
} from "./cues";

const LEADING_ARTICLE = /^(?:the|a|an|and|of|for|o|os|as|da|do|de|e)\s+/i;
// Capitalised sentence starters and party roles that the capitalised-run matcher picks up.
const NOT_PART_OF_NAME = /^(?:Upon|Following|After|Once|When|Client|Customer|Vendor|Supplier|Contractor|Each|All|This|That|These|Delivery|Submission|Approval|Acceptance|Milestone|Phase)\s+/;

/** Whether ASCII code `c` may sit inside an artifact phrase: a letter, white space or one of `extra`; non-ASCII always may. */
function inPhrase(c: number, extra: string): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13) || c >= 128 || extra.includes(String.fromCharCode(c));
}

/**
 * Where a search for a phrase that holds one of `literals` can start at or after `from` without
 * missing a match, or -1 when no literal follows (so no match does). The first literal at or after
 * `from` lies in any such match or before it, and a phrase is one run of phrase characters, so a
 * match starts no earlier than the run that leads to that literal. (Counting a character as a
 * phrase character when it is not one only starts the search earlier.)
 */
function phraseSearchStart(text: string, from: number, literals: RegExp, extra: string): number {
  literals.lastIndex = from;
  const first = literals.exec(text);
  if (!first) return -1;
  let start = first.index;
  while (start > from && inPhrase(text.charCodeAt(start - 1), extra)) start--;
  return start;
}

// Characters besides letters and white space in the words of each kind of phrase.
const CAPITALISED_EXTRA = "0123456789'&/-";
const LOWER_EXTRA = "-";

// Hoisted: a literal in the function body would be built again on every call.
const ENDS_WITH_ACRONYM = /\([A-Z]{2,6}\)$/;
const ACRONYM = /^[A-Z]{2,6}$/;

/** The tangible deliverable a text names, if any: "Requirements Traceability Matrix (RTM)". */
export function findArtifact(text: string): string | null {
  // The long Unicode expressions start near the first head noun, not at every word of the text.
  for (let from = phraseSearchStart(text, 0, ARTIFACT_HEAD_TEXT, CAPITALISED_EXTRA); from >= 0; ) {
    ARTIFACT_CAPITALISED.lastIndex = from;
    const m = ARTIFACT_CAPITALISED.exec(text);
    if (!m) break;
    let phrase = m[0].trim();
    for (let prev = ""; prev !== phrase; ) {
      prev = phrase;
      phrase = phrase.replace(LEADING_ARTICLE, "").replace(NOT_PART_OF_NAME, "");
    }
    // One bare generic noun ("Design", "Release") is a label, not an artifact.
    if (phrase.includes(" ") || ENDS_WITH_ACRONYM.test(phrase) || ACRONYM.test(phrase)) return phrase;
    from = phraseSearchStart(text, ARTIFACT_CAPITALISED.lastIndex, ARTIFACT_HEAD_TEXT, CAPITALISED_EXTRA);
  }
  const from = phraseSearchStart(text, 0, ARTIFACT_NOUN_TEXT, LOWER_EXTRA);
  if (from < 0) return null;
  ARTIFACT_LOWER.lastIndex = from;
  const lower = ARTIFACT_LOWER.exec(text);
  return lower ? (lower[1] ?? "").trim() : null;
}

/** The objective acceptance event a text names ("written sign-off by the Client Sponsor"). */
export function findAcceptance(text: string): string | null {
  for (const re of ACCEPTANCE_EVENTS) {
    const m = re.exec(text);
    if (m) return m[0].trim().replace(/[,;:]$/, "");
  }
  return null;
}

/** The due date or duration a text states ("Week 6", "31 March 2026", "within 30 days of kick-off"). */
export function findDue(text: string): string | null {
  for (const re of DUE_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toUpperCase()];
    const next = ROMAN[s[i + 1]?.toUpperCase() ?? ""] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

/** A normalised key for a milestone label: "Milestone 2", "M2", "Marco 2" -> "milestone:2". */
export function labelKey(word: string, number: string): string {
  const family = LABEL_FAMILY[word.toLowerCase()] ?? word.toLowerCase();
  const n = /^[IVX]+$/i.test(number) ? String(romanValue(number) ?? number) : number.toUpperCase();
  return `${family}:${n}`;
}

export interface LabelReference {
  key: string;
  start: number;
  end: number;
  text: string;
}

/** Every milestone label mentioned in `text` ("Milestone 3", "Phase II", "M4"). */
export function findLabelReferences(text: string): LabelReference[] {
  const out: LabelReference[] = [];
  MILESTONE_REFERENCE.lastIndex = 0;
  for (let m = MILESTONE_REFERENCE.exec(text); m; m = MILESTONE_REFERENCE.exec(text)) {
    const word = m[1] ?? m[3] ?? "";
    const num = m[2] ?? m[4] ?? "";
    // "M" alone must be upper case ("M2"), and a lower-case "phase 1" in running text still counts.
    if (m[3] !== undefined && m[3] !== "M") continue;
    out.push({ key: labelKey(word, num), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const ABBREVIATION = /\b(?:Inc|Ltd|Co|No|e\.g|i\.e|Ltda|S\.A|Mr|Ms|Dr|St|nº)$/;
const SPACE = /\s/;
/**
 * A sentence ends at a newline, or at . ! ? before white space (space, newline, tab, no-break
 * space) or the end of the text, unless the full stop ends an abbreviation: these are the
 * candidates, one character each.
 */
const END_CANDIDATE = /\n|[.!?](?=[ \n\t\u00a0]|$)/g;

/** Whether the full stop at `i` ends an abbreviation ("Inc.", "e.g."). */
function abbreviationAt(text: string, i: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, i - 5), i));
}

/** Whether the candidate at `i` ends a sentence (a full stop may end an abbreviation instead). */
function endsAt(text: string, i: number): boolean {
  return text.charCodeAt(i) !== 46 || !abbreviationAt(text, i);
}

/**
 * Start and end of the sentence around `pos` (split on . ; ? ! followed by space, and on newlines).
 * The start follows the last sentence end before `pos` (not the text's last character), else it
 * is 0; the end follows the first at or after `pos`. One native scan finds the candidates from a
 * window before `pos` to the end; when that window holds no end, earlier windows are scanned, the
 * nearest first, for the start alone.
 */
export function sentenceAround(text: string, pos: number): { start: number; end: number } {
  const last = Math.min(pos, text.length) - 1;
  let lo = Math.max(1, last - 127);
  let start = -1;
  let end = text.length;
  END_CANDIDATE.lastIndex = Math.min(lo, Math.max(0, pos));
  while (END_CANDIDATE.test(text)) {
    // A candidate is one character: it sits just before lastIndex.
    const i = END_CANDIDATE.lastIndex - 1;
    if (i >= pos) {
      if (endsAt(text, i)) {
        end = i + 1;
        break;
      }
    } else if (i >= 1 && i + 1 < text.length && endsAt(text, i)) start = i + 1;
  }
  for (let hi = lo - 1; start < 0 && hi >= 1; hi = lo - 1) {
    lo = Math.max(1, lo - 256);
    END_CANDIDATE.lastIndex = lo;
    while (END_CANDIDATE.test(text)) {
      const i = END_CANDIDATE.lastIndex - 1;
      if (i > hi) break;
      if (i + 1 < text.length && endsAt(text, i)) start = i + 1;
    }
  }
  if (start < 0) start = 0;
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  return { start, end };
}

/**
 * sentenceAround for positions of one text asked for in order: the sentence found for a position
 * serves every later one before its end, as no sentence end lies between them, so the bounds are
 * the same; any other position is looked up afresh.
 */
export function sentenceReader(text: string): (pos: number) => { start: number; end: number } {
  let sentence = { start: 0, end: 0 };
  let from = -1;
  return (pos) => {
    if (from < 0 || pos < from || pos >= sentence.end) {
      sentence = sentenceAround(text, pos);
      from = pos;
    }
    return sentence;
  };
}
