// Two statements of work written for these tests: a weak one (vague milestones, monthly billing,
// no deemed acceptance, no dependencies) and a strong one (signed-off artifacts, a payment table,
// deemed acceptance after business days with written rejection, dependencies and phase gating).
import { buildDoc } from "./build";

export const weakSow = () =>
  buildDoc(
    [
      { h: "Statement of Work" },
      'This Statement of Work is entered into between Contoso Inc. ("Client") and Northwind Consulting LLC ("Vendor").',
      { h: "Scope and Milestones" },
      "The Vendor will modernise the Client's order management platform.",
      { li: "Phase 1: Discovery Complete" },
      { li: "Phase 2: Build substantially complete" },
      { li: "Phase 3: Final delivery to the satisfaction of the Client" },
      { h: "Fees and Payment" },
      "The Vendor will invoice the Client monthly for services performed during the previous month at a fixed fee of USD 40,000 per month.",
      "Invoices are payable within sixty (60) days of receipt.",
      { h: "Acceptance" },
      "The Client will review deliverables and accept them when they are satisfactory to the Client in its sole discretion.",
      { h: "Confidentiality" },
      "Each party shall keep the other party's confidential information confidential.",
    ],
    "weak-sow.docx",
  );

export const strongSow = () =>
  buildDoc(
    [
      { h: "Statement of Work" },
      'This Statement of Work is entered into between Contoso Inc. ("Client") and Northwind Consulting LLC ("Vendor"). The total fixed fee is USD 120,000.',
      { h: "Milestones" },
      { li: "Milestone 1: Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval." },
      { li: "Milestone 2: Design Sign-off. The Vendor delivers the Solution Design Document; the milestone is achieved when the Client signs the Acceptance Certificate." },
      { li: "Milestone 3: Go-Live. The Release passes the acceptance tests in the Test Plan and the Client signs the Acceptance Certificate." },
      { h: "Payment Schedule" },
      "The Client shall pay the fixed fee in the instalments below. Invoices are payable within thirty (30) days of receipt.",
      {
        table: [
          ["Milestone", "Deliverable", "Payment (%)", "Amount (USD)"],
          ["Milestone 1: Discovery Sign-off", "Requirements Traceability Matrix (RTM)", "20%", "24,000"],
          ["Milestone 2: Design Sign-off", "Solution Design Document", "30%", "36,000"],
          ["Milestone 3: Go-Live", "Acceptance Certificate for the Release", "50%", "60,000"],
          ["Total", "", "100%", "120,000"],
        ],
      },
      { h: "Acceptance" },
      "The Client shall review each Deliverable within five (5) Business Days after its submission. Any rejection shall be made by written notice listing each non-conformity with the acceptance criteria.",
      "If the Client does not deliver a written notice of rejection within five (5) Business Days after submission, the Deliverable shall be deemed accepted.",
      { h: "Client Dependencies" },
      "The Client shall provide the Vendor with access to its test environments and production data extracts within five (5) Business Days of the start date.",
      "The Client shall appoint a product owner who answers written questions within three (3) Business Days.",
      "Each phase shall commence only after the written sign-off of the previous milestone.",
    ],
    "strong-sow.docx",
  );
