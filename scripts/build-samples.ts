// Builds the bundled sample SOWs in assets/samples/ with the project's own .docx writer:
//   weak-sow.docx      the engagement written the way that lets a client stall acceptance and payment
//   strong-sow.docx    the same engagement with binary gates, deemed acceptance, a payment table,
//                      client dependencies and phase gating
//   redlined-sow.docx  the strong SOW as the client's legal team returns it, with tracked changes
// Usage: npx tsx scripts/build-samples.ts [OUT_DIR]
// The text is data below; the writer is deterministic, so rebuilding changes the files only when
// the text changes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeDocx, type DocxBlock, type DocxChange, type DocxComment, type DocxInline, type DocxParagraph, type DocxSpec } from "../src/docx/writer";

const VENDOR = "Northwind Analytics LLC";
const CLIENT = "Contoso Retail Inc.";

const h1 = (text: string): DocxParagraph => ({ text, heading: 1 });
const para = (text: string): DocxParagraph => ({ text });
const bullet = (text: string): DocxParagraph => ({ text, list: { type: "bullet" } });
const item = (list: string, text: string): DocxParagraph => ({ text, list: { type: "number", id: list } });

/** The signature block both SOWs end with. */
const SIGNATURES: Extract<DocxBlock, { kind: "table" }> = {
  kind: "table",
  header: [VENDOR, CLIENT],
  rows: [
    ["By: ______________________", "By: ______________________"],
    ["Name: Priya Raman", "Name: Marcus Lee"],
    ["Title: Engagement Director", "Title: VP, Merchandising Systems"],
    ["Date:", "Date:"],
  ],
};

// ---------------------------------------------------------------------------------------------
// Weak SOW: vague milestones, satisfaction-based acceptance, monthly billing, no dependencies.
// ---------------------------------------------------------------------------------------------

const WEAK: DocxBlock[] = [
  { text: "Statement of Work: Demand Forecasting Project", style: "Title" },
  para(
    `This Statement of Work ("SOW") is made between ${VENDOR} ("Vendor") and ${CLIENT} ("Client") under the Master Services Agreement between the parties dated January 6, 2025 (the "Agreement").`,
  ),
  h1("1. Background"),
  para(
    "Client operates 140 retail stores and wants to improve how it forecasts demand for its top product categories. Client has asked Vendor to help it build a forecasting capability using its sales and inventory data.",
  ),
  h1("2. Scope of Services"),
  para(
    "Vendor will provide data engineering, data science and reporting services as needed to deliver a demand forecasting solution, including but not limited to data pipelines, forecasting models, dashboards, documentation, training, etc.",
  ),
  para(
    "Vendor will use best efforts to deliver a high quality, user-friendly solution that follows industry best practices and meets Client's business needs.",
  ),
  para("Additional features identified during the project will be added to the scope as needed."),
  para("The deliverables for the project are expected to include:"),
  bullet("a data pipeline for Client's sales and inventory data;"),
  bullet("a forecasting model with appropriate accuracy;"),
  bullet("dashboards and reports, as requested by Client's business users;"),
  bullet("documentation and knowledge transfer sufficient for Client's team."),
  h1("3. Milestones"),
  para("The project will be delivered in three phases:"),
  item("weak-phases", "Phase 1: Discovery Complete (approximately weeks 1 to 6)."),
  item("weak-phases", "Phase 2: Build substantially complete (approximately weeks 4 to 16)."),
  item("weak-phases", "Phase 3: Final delivery / production ready (approximately weeks 14 to 22)."),
  para(
    "Phases may overlap, and work on a later phase may begin before an earlier phase is finished where Vendor considers it useful. Detailed dates are TBD and will be mutually agreed in the project plan.",
  ),
  h1("4. Acceptance"),
  para(
    "Client will review each deliverable, and a deliverable will be accepted when it has been completed to Client's satisfaction. Vendor will make unlimited revisions until Client is satisfied with each deliverable.",
  ),
  para("Client will provide feedback on deliverables in a timely manner."),
  h1("5. Fees and Invoicing"),
  para(
    "Client will be invoiced $30,000 per month for the duration of the project, which is expected to last approximately eight months. Invoices are payable within a reasonable time after receipt.",
  ),
  para(
    "Any work outside the scope described above will be billed at Vendor's standard hourly rates, or as otherwise mutually agreed. Travel expenses will be reimbursed as incurred.",
  ),
  h1("6. Project Management"),
  para(
    "Vendor will provide status updates from time to time and will respond promptly to Client's questions. The parties will meet as needed to review progress.",
  ),
  para(
    "Vendor will staff the project with a project manager, two data engineers and a data scientist, and may adjust staffing from time to time to keep the project on track.",
  ),
  para(
    "Change requests will be discussed by the parties and handled promptly and in good faith. Changes that do not materially affect the effort will be absorbed by Vendor.",
  ),
  h1("7. Term and Support"),
  para(
    "This SOW starts on the date it is signed by both parties and continues until the project is complete, unless it is terminated earlier under the Agreement.",
  ),
  para(
    "After the final delivery, Vendor will provide reasonable support as needed for a period to be mutually agreed, so that the solution continues to work properly in Client's environment.",
  ),
  h1("8. Confidentiality"),
  para(
    "Each party will keep the other party's Confidential Information confidential and use it only to perform this SOW, for three (3) years after this SOW ends, as further described in the Agreement.",
  ),
  h1("9. Governing Law"),
  para("This SOW is governed by the laws of the State of Washington, as set out in the Agreement."),
  h1("10. Signatures"),
  SIGNATURES,
];

// ---------------------------------------------------------------------------------------------
// Strong SOW: the same engagement done right. Paragraphs the client redlines carry a key.
// ---------------------------------------------------------------------------------------------

interface KeyedParagraph extends DocxParagraph {
  key?: string;
}
type SampleBlock = KeyedParagraph | Extract<DocxBlock, { kind: "table" }>;

const keyed = (key: string, block: DocxParagraph): KeyedParagraph => ({ ...block, key });

const STRONG: SampleBlock[] = [
  { text: "Statement of Work No. 3: Demand Forecasting Data Platform", style: "Title" },
  para(
    `This Statement of Work ("SOW") is entered into as of February 3, 2025 (the "Effective Date") by ${VENDOR} ("Vendor") and ${CLIENT} ("Client") under the Master Services Agreement between the parties dated January 6, 2025 (the "Agreement"). If this SOW and the Agreement conflict, the Agreement governs.`,
  ),
  h1("1. Definitions"),
  keyed("business-day", {
    runs: [
      { text: '"Business Day"', bold: true },
      { text: " means a day other than a Saturday, a Sunday or a public holiday in the State of Washington." },
    ],
  }),
  para(
    '"Acceptance Criteria" means, for each Deliverable, the criteria stated for it in the Requirements Traceability Matrix and the Acceptance Test Plan.',
  ),
  para('"Deliverable" means each artifact listed in Section 3 as a deliverable of a Phase.'),
  h1("2. Scope of Services"),
  para(
    "Vendor will design, build and deploy a demand forecasting data platform for Client's 140 retail stores, consisting of: (a) a cloud data pipeline that loads daily point-of-sale and inventory data from Client's data warehouse; (b) a weekly demand forecast by store and product category; and (c) a Power BI dashboard suite of six (6) reports specified in the Requirements Traceability Matrix.",
  ),
  para(
    "Out of scope: changes to Client's point-of-sale systems, data cleansing beyond the rules listed in the Requirements Traceability Matrix, and support after the hypercare period, which may be ordered under a separate SOW.",
  ),
  h1("3. Phases, Milestones and Deliverables"),
  para(
    "Phase 1: Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval. Deliverables: the RTM and the Solution Architecture Document. The milestone is met when Client's Executive Sponsor signs the RTM sign-off form. Target: four (4) weeks after the Effective Date.",
  ),
  keyed(
    "phase-2",
    para(
      "Phase 2: Build Acceptance via the UAT Test Summary Report signed by Client's Project Manager after successful execution of the User Acceptance Test (UAT) scripts in the staging environment. Deliverables: the data pipeline, the forecast model and the dashboard suite. Target: twelve (12) weeks after Phase 1 sign-off.",
    ),
  ),
  para(
    "Phase 3: Production Go-Live upon deployment to production and completion of a ten (10) Business Day hypercare period with no open Severity 1 defects, evidenced by the Go-Live Certificate countersigned by Client. Deliverables: the production release, the runbook and two (2) administrator training sessions. Target: four (4) weeks after Phase 2 sign-off.",
  ),
  keyed(
    "gating",
    para("Phase 2 starts only after written sign-off of Phase 1, and Phase 3 starts only after written sign-off of Phase 2."),
  ),
  h1("4. Acceptance"),
  para(
    "Vendor will submit each Deliverable to Client's Project Manager together with a written notice of submission and the evidence the Acceptance Criteria call for.",
  ),
  keyed(
    "review",
    para(
      "Client will review each Deliverable against its Acceptance Criteria within five (5) Business Days after submission (the \"Review Period\") and will either accept it in writing or reject it by a written notice that lists each non-conformity with the Acceptance Criteria.",
    ),
  ),
  keyed(
    "accept",
    para("Client will accept each Deliverable that meets its Acceptance Criteria."),
  ),
  keyed(
    "deemed",
    para(
      "If Client does not deliver a written rejection within five (5) Business Days after submission, the Deliverable is deemed accepted. Use of a Deliverable in production for business purposes also constitutes acceptance.",
    ),
  ),
  keyed(
    "revisions",
    para(
      "Vendor will correct the listed non-conformities and resubmit the Deliverable within five (5) Business Days; the new review is limited to the listed non-conformities. The fixed fee includes two (2) rounds of revisions per Deliverable; further revisions are handled under Section 8 (Change Control).",
    ),
  ),
  h1("5. Fees and Payment Schedule"),
  para(
    "The total fixed fee for the Services is USD 240,000 (two hundred forty thousand US dollars), payable in the milestone instalments below.",
  ),
  {
    kind: "table",
    header: ["Milestone", "Deliverable", "Acceptance event", "%", "Amount (USD)"],
    rows: [
      ["Phase 1: Discovery Sign-off", "Requirements Traceability Matrix; Solution Architecture Document", "RTM sign-off form signed by Client's Executive Sponsor", "30%", "72,000"],
      ["Phase 2: Build Acceptance", "Data pipeline, forecast model, dashboard suite", "UAT Test Summary Report signed by Client's Project Manager", "40%", "96,000"],
      ["Phase 3: Production Go-Live", "Production release, runbook, training", "Go-Live Certificate countersigned by Client", "30%", "72,000"],
      ["Total", "", "", "100%", "240,000"],
    ],
    widths: [1900, 2300, 2660, 900, 1600],
  },
  keyed(
    "invoicing",
    para("Each instalment will be invoiced on Acceptance (including deemed acceptance) of its milestone."),
  ),
  keyed(
    "net",
    para(
      "Client will pay each undisputed invoice within thirty (30) days of the invoice date (Net 30). Client will notify Vendor in writing of any disputed amount within ten (10) Business Days of receiving the invoice and will pay the undisputed part on time.",
    ),
  ),
  keyed(
    "expenses",
    para(
      "Pre-approved travel expenses are invoiced seperately at cost and may not exceed five percent (5%) of the fixed fee without Client's written approval.",
    ),
  ),
  h1("6. Client Dependencies"),
  keyed("dependencies-intro", para("Client will provide, at no charge to Vendor:")),
  item("dependencies", "named access: read access to the sales data warehouse and the inventory system for three (3) named Vendor engineers within five (5) Business Days after the Effective Date;"),
  item("dependencies", "data: twenty-four (24) months of historical sales and inventory extracts in CSV format by the end of week two;"),
  item("dependencies", "environments: an Azure subscription with development, staging and production resource groups, provisioned before Phase 2 starts;"),
  item("dependencies", "subject-matter experts: a merchandising expert and a data engineer, each available at least six (6) hours per week;"),
  keyed(
    "turnaround",
    item("dependencies", "review turnaround: reviews and decisions within the periods stated in this SOW."),
  ),
  para(
    "If a Client dependency is late, the dates of the affected milestones move by the length of the delay, and Vendor's resulting standby time is charged under Section 8 (Change Control).",
  ),
  h1("7. Project Governance"),
  para(
    "Vendor's Project Manager is Priya Raman and Client's Project Manager is Marcus Lee. The Project Managers will meet weekly, and Vendor will issue a written status report every Friday listing progress against each milestone, open risks and any late Client dependency.",
  ),
  h1("8. Change Control"),
  para(
    "Either party may request a change to the scope, schedule or fees. A change takes effect only when both parties sign a written change order that states its effect on the Deliverables, the milestone dates and the fees.",
  ),
  h1("9. Confidentiality"),
  keyed(
    "confidentiality",
    para(
      "Each party will keep the other party's Confidential Information confidential and use it only to perform this SOW, for three (3) years after this SOW ends, as further described in the Agreement.",
    ),
  ),
  h1("10. Governing Law"),
  para(
    "This SOW is governed by the laws of the State of Washington, without regard to its conflict-of-laws rules, and disputes are resolved as set out in the Agreement.",
  ),
  h1("11. Signatures"),
  SIGNATURES,
];

// ---------------------------------------------------------------------------------------------
// Redlines: the client's tracked changes to the strong SOW, plus neutral edits and one change by
// the vendor's own drafter. Each replaces the keyed paragraph; its original view must equal it.
// ---------------------------------------------------------------------------------------------

const DANA = "Dana Whitfield (Contoso Legal)";
const PRIYA = "Priya Raman (Northwind)";
const ins = (text: string, date: string, author = DANA): DocxInline => ({ text, change: { type: "insertion", author, date } });
const del = (text: string, date: string, author = DANA): DocxInline => ({ text, change: { type: "deletion", author, date } });
const plain = (text: string): DocxInline => ({ text });

const D1 = "2025-03-10T14:05:00Z";
const D2 = "2025-03-11T09:20:00Z";
const D3 = "2025-03-12T16:45:00Z";

interface Redline {
  /** Replaces the keyed paragraph (its original view must equal the strong text). */
  runs?: DocxInline[];
  /** The whole paragraph deleted. */
  deleteParagraph?: DocxChange;
  /** Paragraphs inserted after the keyed one. */
  insertAfter?: DocxParagraph[];
}

const REDLINES: Record<string, Redline> = {
  // Weakens: a subjective standard added to acceptance.
  accept: {
    runs: [plain("Client will accept each Deliverable that meets its Acceptance Criteria"), ins(" to the Client's sole satisfaction", D1), plain(".")],
  },
  // Weakens: review period lengthened from 5 to 30 Business Days (a replacement).
  review: {
    runs: [
      plain("Client will review each Deliverable against its Acceptance Criteria within "),
      del("five (5)", D1),
      ins("thirty (30)", D1),
      plain(
        " Business Days after submission (the \"Review Period\") and will either accept it in writing or reject it by a written notice that lists each non-conformity with the Acceptance Criteria.",
      ),
    ],
  },
  // Weakens: the deemed-acceptance sentence deleted.
  deemed: {
    runs: [
      del("If Client does not deliver a written rejection within five (5) Business Days after submission, the Deliverable is deemed accepted. ", D1),
      plain("Use of a Deliverable in production for business purposes also constitutes acceptance."),
    ],
  },
  // Weakens: revision rounds made unlimited.
  revisions: {
    runs: [
      plain(
        "Vendor will correct the listed non-conformities and resubmit the Deliverable within five (5) Business Days; the new review is limited to the listed non-conformities. The fixed fee includes ",
      ),
      del("two (2) rounds of revisions", D2),
      ins("unlimited revisions", D2),
      plain(" per Deliverable; further revisions are handled under Section 8 (Change Control)."),
    ],
  },
  // Weakens: the Phase 2 milestone loses its artifact and sign-off (now "substantially complete").
  "phase-2": {
    runs: [
      plain("Phase 2: Build "),
      del(
        "Acceptance via the UAT Test Summary Report signed by Client's Project Manager after successful execution of the User Acceptance Test (UAT) scripts in the staging environment",
        D2,
      ),
      ins("substantially complete", D2),
      plain(". Deliverables: the data pipeline, the forecast model and the dashboard suite. Target: twelve (12) weeks after Phase 1 sign-off."),
    ],
  },
  // Weakens: phase gating deleted.
  gating: { deleteParagraph: { type: "deletion", author: DANA, date: D2 } },
  // Weakens: milestone billing turned into monthly invoicing.
  invoicing: {
    runs: [
      plain("Each instalment will be invoiced "),
      del("on Acceptance (including deemed acceptance) of its milestone", D2),
      ins("monthly in equal amounts over the duration of its phase", D2),
      plain("."),
    ],
  },
  // Weakens: payment terms lengthened from Net 30 to Net 90.
  net: {
    runs: [
      plain("Client will pay each undisputed invoice within "),
      del("thirty (30)", D3),
      ins("ninety (90)", D3),
      plain(" days of the invoice date (Net "),
      del("30", D3),
      ins("90", D3),
      plain(
        "). Client will notify Vendor in writing of any disputed amount within ten (10) Business Days of receiving the invoice and will pay the undisputed part on time.",
      ),
    ],
  },
  // Neutral: a typo fix.
  expenses: {
    runs: [
      plain("Pre-approved travel expenses are invoiced "),
      del("seperately", D3),
      ins("separately", D3),
      plain(" at cost and may not exceed five percent (5%) of the fixed fee without Client's written approval."),
    ],
  },
  // Neutral: the confidentiality term lengthened.
  confidentiality: {
    runs: [
      plain("Each party will keep the other party's Confidential Information confidential and use it only to perform this SOW, for "),
      del("three (3)", D3),
      ins("five (5)", D3),
      plain(" years after this SOW ends, as further described in the Agreement."),
    ],
  },
  // Neutral: formatting only (the defined term italicised as well as bold).
  "business-day": {
    runs: [
      { text: '"Business Day"', bold: true, italic: true, formatChange: { author: DANA, date: D1, previous: { bold: true } } },
      plain(" means a day other than a Saturday, a Sunday or a public holiday in the State of Washington."),
    ],
  },
  // Strengthens, by the vendor's own drafter: a named approver added to the dependencies.
  turnaround: {
    insertAfter: [
      {
        text: "a named approver: one Client representative with authority to sign the milestone sign-off forms and acceptance notices, named in writing before Phase 1 starts.",
        list: { type: "number", id: "dependencies" },
        change: { type: "insertion", author: PRIYA, date: "2025-03-13T08:30:00Z" },
      },
    ],
  },
};

/** The client's comment sits on the review period. */
const REVIEW_COMMENT: DocxComment = {
  id: "review-period",
  author: DANA,
  date: D1,
  text: "Contoso needs 30 Business Days for every review because of our quarterly release freeze and internal audit sign-off.",
};

function originalView(runs: DocxInline[]): string {
  return runs
    .filter((r): r is Extract<DocxInline, { text: string }> => "text" in r && r.change?.type !== "insertion")
    .map((r) => r.text)
    .join("");
}

function strip(block: SampleBlock): DocxBlock {
  if (block.kind === "table") return block;
  const { key: _key, ...rest } = block;
  return rest;
}

function redlined(blocks: SampleBlock[]): DocxBlock[] {
  const used = new Set<string>();
  const out: DocxBlock[] = [];
  for (const block of blocks) {
    const edit = block.kind === "table" || !block.key ? undefined : REDLINES[block.key];
    if (!edit || block.kind === "table" || !block.key) {
      out.push(strip(block));
      continue;
    }
    used.add(block.key);
    const base = strip(block) as DocxParagraph;
    const text = base.text ?? originalView(base.runs ?? []);
    if (edit.runs) {
      const original = originalView(edit.runs);
      if (original !== text) throw new Error(`redline "${block.key}" does not match the strong SOW:\n  ${original}\n  ${text}`);
      const runs = block.key === "review" ? [{ commentStart: REVIEW_COMMENT.id }, ...edit.runs, { commentEnd: REVIEW_COMMENT.id }] : edit.runs;
      const { text: _text, ...rest } = base;
      out.push({ ...rest, runs });
    } else if (edit.deleteParagraph) {
      out.push({ ...base, change: edit.deleteParagraph });
    } else {
      out.push(base);
    }
    out.push(...(edit.insertAfter ?? []));
  }
  const unused = Object.keys(REDLINES).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`redlines without a paragraph: ${unused.join(", ")}`);
  return out;
}

const SAMPLES: Record<string, DocxSpec> = {
  "weak-sow.docx": {
    title: "Statement of Work: Demand Forecasting Project",
    author: VENDOR,
    created: "2025-01-20T10:00:00Z",
    blocks: WEAK,
  },
  "strong-sow.docx": {
    title: "Statement of Work No. 3: Demand Forecasting Data Platform",
    author: VENDOR,
    created: "2025-02-03T10:00:00Z",
    blocks: STRONG.map(strip),
  },
  "redlined-sow.docx": {
    title: "Statement of Work No. 3: Demand Forecasting Data Platform",
    author: VENDOR,
    created: "2025-02-03T10:00:00Z",
    trackRevisions: true,
    blocks: redlined(STRONG),
    comments: [REVIEW_COMMENT],
  },
};

/** The sample specs by file name (the tests check the committed files against them). */
export { SAMPLES };

function main(): void {
  const outDir = resolve(process.argv[2] ?? join(__dirname, "..", "assets", "samples"));
  mkdirSync(outDir, { recursive: true });
  for (const [file, spec] of Object.entries(SAMPLES)) {
    const bytes = writeDocx(spec);
    writeFileSync(join(outDir, file), bytes);
    process.stdout.write(`${join(outDir, file)} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) main();
