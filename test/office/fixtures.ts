// Documents and findings for the adapter tests, written for these tests (no corpus text).
import type { DocModel, Paragraph, Revision } from "../../src/engine/model";
import type { Finding, Severity } from "../../src/engine/types";

export function docOf(texts: string[], extra: Partial<DocModel> = {}): DocModel {
  const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text }));
  return { paragraphs, tables: [], revisions: [], comments: [], ...extra };
}

const CLAUSES = [
  "The Vendor shall deliver the design document to the Client's satisfaction.",
  "Acceptance will occur within a reasonable time after delivery.",
  "Payment of 20% is due upon completion of the milestone.",
  "The Client may request changes as needed during the project.",
  "The Vendor will use best efforts to meet the schedule.",
];

/** `count` paragraphs cycling through clauses with subjective wording, each numbered so texts differ. */
export function longDoc(count: number): DocModel {
  return docOf(Array.from({ length: count }, (_, i) => `${i + 1}. ${CLAUSES[i % CLAUSES.length]}`));
}

let seq = 0;

/** A finding on the first occurrence of `phrase` in paragraph `paragraph` (or the k-th with `nth`). */
export function findingAt(doc: DocModel, paragraph: number, phrase: string, severity: Severity = "high", nth = 0): Finding {
  const text = doc.paragraphs[paragraph]!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in paragraph ${paragraph}`);
  seq += 1;
  return {
    id: `f${seq}`,
    rule: "test-rule",
    category: "approval-standard",
    severity,
    anchor: { paragraph, start, end: start + phrase.length, text: phrase },
    message: `"${phrase}" lets the client delay acceptance.`,
    suggestions: [
      { text: "upon written sign-off within 5 business days", template: "", slots: [] },
      { text: "when the acceptance tests pass", template: "", slots: [] },
      { text: "deemed accepted after 5 business days", template: "", slots: [] },
      { text: "a fourth rewrite that the pop-up never shows", template: "", slots: [] },
    ],
    clauseKinds: ["acceptance"],
  };
}

/** Every occurrence of the subjective phrases in `doc`, as findings. */
export function findingsFor(doc: DocModel, phrases = ["to the Client's satisfaction", "reasonable", "as needed", "best efforts"]): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    for (const phrase of phrases) {
      for (let at = p.text.indexOf(phrase); at !== -1; at = p.text.indexOf(phrase, at + phrase.length)) {
        seq += 1;
        out.push({
          id: `f${seq}`,
          rule: "test-rule",
          category: "approval-standard",
          severity: (["high", "medium", "low"] as const)[seq % 3]!,
          anchor: { paragraph: p.index, start: at, end: at + phrase.length, text: phrase },
          message: "Subjective wording.",
          suggestions: [{ text: "within 5 business days", template: "", slots: [] }],
          clauseKinds: [],
        });
      }
    }
  }
  return out;
}

/** A redlined paragraph: the client replaced "5 business days" by "30 days" and added a phrase. */
export function redlinedDoc(): DocModel {
  const original = "The Client will review each deliverable within 5 business days of delivery.";
  const text = "The Client will review each deliverable within 30 days of delivery, to its sole satisfaction.";
  const revisions: Revision[] = [
    { id: "d1", type: "deletion", author: "Client Counsel", date: "2026-01-10T10:00:00.000Z", paragraph: 1, start: 47, end: 47, originalStart: 47, originalEnd: 62, text: "5 business days" },
    { id: "i1", type: "insertion", author: "Client Counsel", date: "2026-01-10T10:00:00.000Z", paragraph: 1, start: 47, end: 54, originalStart: 62, originalEnd: 62, text: "30 days" },
    { id: "i2", type: "insertion", author: "Client Counsel", date: "2026-01-10T10:01:00.000Z", paragraph: 1, start: 66, end: 92, originalStart: 74, originalEnd: 74, text: ", to its sole satisfaction" },
  ];
  return {
    paragraphs: [
      { index: 0, text: "Acceptance", style: "Heading 1", headingLevel: 1 },
      { index: 1, text, originalText: original },
      { index: 2, text: "Confidential information stays confidential." },
    ],
    tables: [],
    revisions,
    comments: [],
    trackChanges: true,
  };
}
