// English clause templates. Wording follows the checklist: binary gates, true business days,
// written rejection listing the non-conformities, dependencies with phase gating.
import type { ClauseTemplate, ScheduleLine, TemplateParams } from "./types";

const text = (p: TemplateParams, name: string): string => String(p[name] ?? "");
const num = (p: TemplateParams, name: string): number => Number(p[name] ?? 0);
const list = (p: TemplateParams, name: string): string[] => (Array.isArray(p[name]) ? (p[name] as unknown[]).map(String) : []);
const schedule = (p: TemplateParams): ScheduleLine[] => (Array.isArray(p.schedule) ? (p.schedule as ScheduleLine[]) : []);
const units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
function inWords(n: number): string {
  if (n < 20) return units[n]!;
  return `${tens[Math.floor(n / 10)]}${n % 10 ? `-${units[n % 10]}` : ""}`;
}
/** "five (5)", "forty-five (45)" as contracts write numbers; digits alone from 100. */
export const spelled = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 100 ? `${inWords(n)} (${n})` : String(n));

const BUSINESS_DAY =
  '"Business Day" means a day other than a Saturday, a Sunday or a public holiday in the place where {vendor} performs the Services.';

export const EN_TEMPLATES: ClauseTemplate[] = [
  {
    id: "deemed-acceptance",
    language: "en",
    title: "Deemed acceptance",
    description: "Silence after a stated number of business days is acceptance, so the client cannot stall payment by not answering.",
    params: [
      { name: "client", label: "Client (defined term)", type: "text", defaultValue: "the Client" },
      { name: "vendor", label: "Vendor (defined term)", type: "text", defaultValue: "the Vendor" },
      { name: "reviewDays", label: "Review period (business days)", type: "number", defaultValue: 5 },
    ],
    render: (p) => [
      `If ${text(p, "client")} does not deliver a written notice of rejection within ${spelled(num(p, "reviewDays"))} Business Days after ${text(p, "vendor")} submits a Deliverable for acceptance, the Deliverable is deemed accepted on the last day of that period, and the related milestone payment becomes due.`,
      `A notice of rejection is effective only if it lists each non-conformity with the acceptance criteria stated for the Deliverable; ${text(p, "vendor")} shall correct the listed non-conformities and resubmit the Deliverable, and the same period then applies to the resubmission.`,
      `Use of a Deliverable in production, or in ${text(p, "client")}'s business operations, is acceptance of that Deliverable.`,
      BUSINESS_DAY.replace("{vendor}", text(p, "vendor")),
    ],
  },
  {
    id: "acceptance-procedure",
    language: "en",
    title: "Acceptance procedure with written rejection",
    description: "Acceptance against written criteria; a rejection must be written and list each non-conformity, and only those may be re-tested.",
    params: [
      { name: "client", label: "Client (defined term)", type: "text", defaultValue: "the Client" },
      { name: "vendor", label: "Vendor (defined term)", type: "text", defaultValue: "the Vendor" },
      { name: "reviewDays", label: "Review period (business days)", type: "number", defaultValue: 5 },
      { name: "fixDays", label: "Correction period (business days)", type: "number", defaultValue: 10 },
      { name: "approver", label: "Approver", type: "text", defaultValue: "the Client's Project Manager" },
    ],
    render: (p) => [
      `${cap(text(p, "client"))} shall review each Deliverable against the acceptance criteria stated for it in this Statement of Work within ${spelled(num(p, "reviewDays"))} Business Days after its submission, and ${text(p, "approver")} shall either sign the Acceptance Certificate or deliver a written notice of rejection.`,
      `A notice of rejection shall list each non-conformity with the stated acceptance criteria, with enough detail to reproduce it. ${cap(text(p, "client"))} may not reject a Deliverable for reasons that are not so listed or that are not a non-conformity with those criteria.`,
      `${cap(text(p, "vendor"))} shall correct the listed non-conformities and resubmit the Deliverable within ${spelled(num(p, "fixDays"))} Business Days; the re-review covers only the listed non-conformities and follows the same procedure.`,
    ],
  },
  {
    id: "milestone-payment-schedule",
    language: "en",
    title: "Milestone payment schedule",
    description: "Each payment falls due on acceptance of a named milestone and its artifact; the shares add up to 100% of the fixed fee.",
    params: [
      { name: "client", label: "Client (defined term)", type: "text", defaultValue: "the Client" },
      { name: "vendor", label: "Vendor (defined term)", type: "text", defaultValue: "the Vendor" },
      { name: "currency", label: "Currency (ISO code)", type: "text", defaultValue: "USD" },
      { name: "total", label: "Fixed fee", type: "number", defaultValue: 0 },
      { name: "netDays", label: "Payment term (days)", type: "number", defaultValue: 30 },
      {
        name: "schedule",
        label: "Milestones",
        type: "schedule",
        defaultValue: [
          { milestone: "Milestone 1: Requirements Sign-off", artifact: "the signed Requirements Specification", percent: 20 },
          { milestone: "Milestone 2: Design Sign-off", artifact: "the signed Solution Design Document", percent: 30 },
          { milestone: "Milestone 3: Final Acceptance", artifact: "the signed Acceptance Certificate for the Release", percent: 50 },
        ],
      },
    ],
    render: (p) => {
      const total = num(p, "total");
      const currency = text(p, "currency");
      const lines = schedule(p).map((s, i) => {
        const amount = total > 0 ? ` (${currency} ${formatAmount((total * s.percent) / 100)})` : "";
        return `(${String.fromCharCode(97 + i)}) ${s.percent}%${amount} on acceptance of ${s.milestone}, evidenced by ${s.artifact};`;
      });
      const fee = total > 0 ? `the fixed fee of ${currency} ${formatAmount(total)}` : "the fixed fee";
      return [
        `${cap(text(p, "client"))} shall pay ${fee} in the following instalments, each invoiced by ${text(p, "vendor")} on acceptance (including deemed acceptance) of the milestone it names:`,
        ...lines,
        `Each invoice is payable within ${spelled(num(p, "netDays"))} days of its date. The instalments add up to 100% of the fixed fee; no payment depends on the passage of time alone.`,
      ];
    },
  },
  {
    id: "client-dependencies",
    language: "en",
    title: "Client dependencies and phase gating",
    description: "Names what the client must provide and when, relieves the vendor of delays they cause, and starts each phase only after the previous sign-off.",
    params: [
      { name: "client", label: "Client (defined term)", type: "text", defaultValue: "the Client" },
      { name: "vendor", label: "Vendor (defined term)", type: "text", defaultValue: "the Vendor" },
      {
        name: "dependencies",
        label: "Client dependencies",
        type: "list",
        defaultValue: [
          "access to the systems, environments and test data the Services require, within five (5) Business Days of the start date",
          "a named product owner with authority to make decisions, available at least four (4) hours a week",
          "answers to written questions within three (3) Business Days",
        ],
      },
    ],
    render: (p) => [
      `${cap(text(p, "client"))} shall provide:`,
      ...list(p, "dependencies").map((d, i) => `(${String.fromCharCode(97 + i)}) ${d};`),
      `If ${text(p, "client")} does not meet a dependency on time, the affected dates move by the length of the delay, and ${text(p, "vendor")} may invoice the resulting additional effort at the rates in this Statement of Work.`,
      `No phase starts before the previous phase's milestone has been accepted (including by deemed acceptance), unless ${text(p, "client")} asks in writing that it start earlier.`,
    ],
  },
];

function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function formatAmount(n: number): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 });
}
