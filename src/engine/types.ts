// The engine's output types. `Analysis` is also the JSON report (`audit --format json` and the
// task pane's export); its field names are an outside interface (DESIGN.md): extend, never rename.
import type { Anchor } from "./model";

export type ClauseKind = "milestone" | "payment" | "acceptance" | "deemed_acceptance" | "dependency";
export type PaymentTrigger = "milestone" | "time" | "upfront" | "completion" | "usage";
export type Severity = "high" | "medium" | "low";
export type CheckId = "binary-definition" | "financial-alignment" | "risk-mitigation" | "dependency-mapping";
export type CheckStatus = "pass" | "warn" | "fail";
export type Language = "en" | "pt";

/** The categories of subjective wording, in the order the pane lists them. */
export const SUBJECTIVE_CATEGORIES = [
  "approval-standard",
  "vague-completion",
  "unmeasured-quality",
  "soft-timing",
  "open-scope",
  "agreement-to-agree",
  "effort-standard",
] as const;
export type SubjectiveCategory = (typeof SUBJECTIVE_CATEGORIES)[number];

/** One passage's classification: the `gatecheck passages` output line, minus the id. */
export interface PassageResult {
  kinds: ClauseKind[];
  payment_trigger: PaymentTrigger | null;
  subjective: { start: number; end: number; text: string; rule: string }[];
  binary_gate: boolean | null;
}

/** A fillable part of a rewrite ("within [5] business days"). */
export interface Slot {
  name: string;
  value: string;
  /** True when the value was taken from the document rather than a default. */
  fromDocument: boolean;
}

export interface Suggestion {
  /** The rewrite with every slot filled: the text Apply inserts. */
  text: string;
  /** The same with `{slotName}` placeholders, so the pane can re-render edited slots. */
  template: string;
  slots: Slot[];
}

export interface Finding {
  /** Stable within one analysis: rule id + paragraph + offset. */
  id: string;
  rule: string;
  category: SubjectiveCategory;
  severity: Severity;
  anchor: Anchor;
  /** The commercial risk in one or two sentences. */
  message: string;
  /** 1 to 3 binary rewrites, best first. */
  suggestions: Suggestion[];
  /** The kinds of the clause the finding sits in (empty for general text). */
  clauseKinds: ClauseKind[];
}

export interface ChecklistItem {
  id: CheckId;
  status: CheckStatus;
  message: string;
  evidence: Anchor[];
}

export interface Money {
  amount: number | null;
  currency: string | null;
  percent: number | null;
}

export interface Milestone {
  id: string;
  name: string;
  anchor: Anchor;
  /** The tangible deliverable that closes the milestone, when the text names one. */
  artifact: string | null;
  /** The acceptance event (written sign-off, signature, tests passing, deemed acceptance). */
  acceptance: string | null;
  /** Due date or duration as written ("2026-03-31", "Week 6", "30 days after kick-off"). */
  due: string | null;
  /** The payment linked to this milestone, if any. */
  payment: Money | null;
  binaryGate: boolean;
}

export interface Payment extends Money {
  anchor: Anchor;
  trigger: PaymentTrigger | null;
  milestoneId: string | null;
  netDays: number | null;
}

export type ConsistencyIssueKind =
  | "percent-sum"
  | "amount-sum"
  | "unknown-milestone"
  | "time-based-billing"
  | "milestone-without-payment";

export interface ConsistencyIssue {
  kind: ConsistencyIssueKind;
  message: string;
  evidence: Anchor[];
}

export type RedlineEffect = "weakens" | "strengthens" | "neutral";

export interface Redline {
  anchor: Anchor;
  type: "insertion" | "deletion" | "replacement" | "move";
  author: string;
  date: string | null;
  before: string;
  after: string;
  effect: RedlineEffect;
  reason: string;
  /** Ids of the revisions this redline groups (a replacement is a deletion + insertion pair). */
  revisionIds: string[];
}

/** Facts read from the document that fill rewrites and templates. */
export interface DocumentFacts {
  /** Defined party names, e.g. { client: "Acme Corp.", vendor: "Northwind Consulting" }. */
  client: string | null;
  vendor: string | null;
  /** The review/acceptance period the document already uses, in business days. */
  reviewDays: number | null;
  /** The payment term the document uses ("net 30"), in days. */
  netDays: number | null;
  currency: string | null;
  contractValue: number | null;
  /** The defined terms the document uses for the parties ("Client", "CONTRATANTE"). */
  clientTerm: string | null;
  vendorTerm: string | null;
  /** Where the contract value is stated. */
  contractValueAnchor: Anchor | null;
  /** The client-side role that signs off ("Project Sponsor"), when the document names one. */
  approver: string | null;
}

export interface ClauseInfo {
  paragraph: number;
  kinds: ClauseKind[];
  trigger: PaymentTrigger | null;
  binaryGate: boolean | null;
}

export interface Analysis {
  version: 1;
  language: Language;
  document: { name?: string; paragraphs: number; words: number };
  score: number;
  checklist: ChecklistItem[];
  milestones: Milestone[];
  payments: Payment[];
  findings: Finding[];
  redlines: Redline[];
  consistency: ConsistencyIssue[];
  facts: DocumentFacts;
  /** Paragraphs with at least one clause kind, in document order. */
  clauses: ClauseInfo[];
}
