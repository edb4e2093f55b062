// Generated statements of work for the benchmarks: about 3,000 characters of varied SOW prose per
// page (scope, milestones, payments, acceptance, dependencies, boilerplate, schedule tables), from
// a seeded generator so every run measures the same text.
import type { DocModel, Paragraph, Table } from "../../src/engine/model";

/** Mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARTIFACTS = ["Solution Design Document", "Requirements Traceability Matrix", "Test Summary Report", "Data Migration Plan", "Release Notes", "Architecture Blueprint", "Training Manual", "Deployment Runbook", "Integration Specification", "UAT Sign-off Form"];
const SYSTEMS = ["order management platform", "customer portal", "billing engine", "data warehouse", "mobile application", "partner API gateway", "reporting dashboard", "identity service"];
const ROLES = ["Project Sponsor", "Product Owner", "IT Director", "Steering Committee", "Security Officer"];
const NUMBERS = [["three", 3], ["five", 5], ["ten", 10], ["fifteen", 15], ["thirty", 30]] as const;

type Pick = <T>(xs: readonly T[]) => T;

const SENTENCES: ((p: Pick, n: number) => string)[] = [
  (p) => `The Vendor shall design, build and deploy the ${p(SYSTEMS)} described in Annex A, including interfaces to the Client's existing ${p(SYSTEMS)}.`,
  (p) => `The Vendor will deliver the ${p(ARTIFACTS)} to the Client's ${p(ROLES)} for review, and the Client shall review it within ${p(NUMBERS)[0]} (${p(NUMBERS)[1]}) Business Days.`,
  (p) => `Acceptance of the ${p(ARTIFACTS)} occurs when the Client's ${p(ROLES)} signs the Acceptance Certificate, or the Deliverable is deemed accepted if no written rejection is received within five (5) Business Days.`,
  (p) => `Any rejection shall be made by written notice listing each non-conformity with the acceptance criteria stated for the ${p(ARTIFACTS)}.`,
  () => `The Vendor shall perform the services promptly and to the satisfaction of the Client, using industry best practices and high quality materials where applicable.`,
  (_p, n) => `Payment of ${10 + (n % 4) * 5}% of the fixed fee, being USD ${(12 + (n % 9)).toLocaleString("en-US")},500.00, is due upon acceptance of Milestone ${1 + (n % 6)}.`,
  (_p, n) => `Invoices are payable within thirty (30) days of receipt; late amounts bear interest of 1.5% per month, and the total fixed fee is USD ${(250 + n).toLocaleString("en-US")},000.`,
  (p) => `The Client shall provide the Vendor with access to the ${p(SYSTEMS)}, its test data and a named ${p(ROLES)} within ten (10) Business Days of the start date.`,
  () => `Each phase shall commence only after the written sign-off of the previous milestone, and the parties will meet weekly as needed to review progress.`,
  (p) => `Changes to the scope of the ${p(SYSTEMS)} will be mutually agreed in writing through the change control procedure, and the Vendor will use commercially reasonable efforts to accommodate them.`,
  () => `Each party shall keep the other party's Confidential Information confidential and use it only for the purposes of this Statement of Work, except as required by law.`,
  () => `This Statement of Work is governed by the laws of the State of New York, and the courts of New York County have exclusive jurisdiction over any dispute arising from it.`,
  (p) => `The Vendor will remediate defects in the ${p(ARTIFACTS)} reported during the warranty period of ninety (90) days, at no additional charge, within a reasonable time.`,
  (p) => `Status reports will be provided from time to time and the ${p(ARTIFACTS)} will be updated approximately every two weeks, etc.`,
];

export interface GeneratedContract {
  doc: DocModel;
  /** The document's text as the engine reads it, paragraphs joined by newlines. */
  text: string;
}

/** A contract of about `pages` pages of 3,000 characters each. */
export function generateContract(pages: number, seed = 42): GeneratedContract {
  const rnd = prng(seed + pages);
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const add = (p: Omit<Paragraph, "index">): number => {
    paragraphs.push({ index: paragraphs.length, ...p });
    return paragraphs.length - 1;
  };
  let n = 0;
  for (let page = 0; page < pages; page++) {
    let chars = 0;
    if (page % 5 === 0) {
      const t = add({ text: `${page / 5 + 1}. Phase ${page / 5 + 1}: ${pick(ARTIFACTS)} Sign-off`, style: "Heading 1", headingLevel: 1 });
      chars += paragraphs[t]!.text.length;
      add({ text: `Milestone ${page / 5 + 1}: delivery of the ${pick(ARTIFACTS)} and written sign-off by the Client's ${pick(ROLES)}.`, listLabel: `${page / 5 + 1}.` });
    }
    if (page % 20 === 10) {
      // A payment schedule table: header plus four rows.
      const index = tables.length;
      const grid = [["Milestone", "Deliverable", "Payment (%)", "Amount (USD)"], ...[1, 2, 3, 4].map((k) => [`Milestone ${k}`, pick(ARTIFACTS), "25%", `${(25000 + page).toLocaleString("en-US")}.00`])];
      const rows = grid.map((row, r) =>
        row.map((cell, c) => {
          const i = add({ text: cell, table: { table: index, row: r, cell: c, nesting: 1 } });
          chars += cell.length;
          return { text: cell, paragraphs: [i] };
        }),
      );
      tables.push({ index, rows, nesting: 1 });
    }
    while (chars < 3000) {
      const sentences = 2 + Math.floor(rnd() * 3);
      const text = Array.from({ length: sentences }, () => pick(SENTENCES)(pick, n++)).join(" ");
      add({ text: `${page + 1}.${paragraphs.length % 9 + 1} ${text}` });
      chars += text.length + 1;
    }
  }
  const doc: DocModel = { paragraphs, tables, revisions: [], comments: [], name: `generated-${pages}-pages` };
  return { doc, text: paragraphs.map((p) => p.text).join("\n") };
}

const TOPICS = ["reporting", "status meetings", "governance", "staffing", "security", "training", "hosting", "support", "warranty", "travel", "insurance", "invoicing"];
const ROLES_SHORT = ["project team", "steering committee", "service desk", "product owner", "security officer"];

/**
 * A document of `count` short paragraphs, as real contracts have them (section titles, one-line
 * list items and table-like entries of 30 to 90 characters, an empty paragraph now and then, no two
 * non-empty ones alike): it measures what every paragraph costs whatever its length, which long
 * generated pages hide.
 */
export function generateShortParagraphs(count: number, seed = 7): GeneratedContract {
  const rnd = prng(seed + count);
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    const topic = pick(TOPICS);
    // Numbered as list items are, so texts do not repeat (the memo would share the work of equal ones).
    const section = Math.floor(i / 6) + 1;
    const text =
      kind === 0
        ? `${section}. ${topic[0]!.toUpperCase()}${topic.slice(1)}`
        : kind === 5
          ? ""
          : kind === 4
            ? `${section}.${kind} ${topic}: ${pick(ROLES_SHORT)}, ${1 + (i % 28)} days`
            : `${section}.${kind} The Vendor will provide ${topic} to the ${pick(ROLES_SHORT)} during phase ${1 + (i % 5)}.`;
    paragraphs.push({ index: i, text, ...(kind === 0 ? { style: "Heading 2", headingLevel: 2 } : {}) });
  }
  const doc: DocModel = { paragraphs, tables: [], revisions: [], comments: [], name: `generated-${count}-short-paragraphs` };
  return { doc, text: paragraphs.map((p) => p.text).join("\n") };
}
