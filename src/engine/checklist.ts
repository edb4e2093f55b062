// The four-item commercial checklist and the 0-100 score.
//   binary-definition   every milestone closes on a tangible artifact plus an objective event
//   financial-alignment payments are tied to milestones and the figures are consistent
//   risk-mitigation     deemed acceptance after N business days, and written rejection that lists
//                       the non-conformities
//   dependency-mapping  client dependencies named, and no phase starts before the previous sign-off
import type { Anchor, DocModel, Paragraph } from "./model";
import type { ChecklistItem, CheckStatus, ClauseKind, ConsistencyIssue, Finding, Milestone, Payment } from "./types";
import { findDayPeriods } from "./extract/periods";
import { sentenceAround } from "./extract/phrases";
import { MEMO, NO_MEMO, type Memo } from "./extract/memo";

export interface ChecklistInput {
  doc: DocModel;
  kindsOf(paragraph: number): readonly ClauseKind[];
  milestones: Milestone[];
  payments: Payment[];
  consistency: ConsistencyIssue[];
  /** Lets a re-analysis reuse unchanged paragraphs' work. */
  memo?: Memo;
}

const DEEMED = /\bdeemed\s+(?:to\s+(?:have\s+been|be)\s+)?(?:accepted|approved)\b|\bdeemed\s+acceptance\b|\bconsiderad[oa]s?\s+(?:tacitamente\s+)?(?:aceit[oa]s?|aprovad[oa]s?)\b|\baceite\s+t[áa]cito\b|\btacitamente\s+aceit/i;
const WRITTEN = /\b(?:written|in writing|por escrito|notice of rejection|rejection notice|notifica[çc][ãa]o)\b/i;
const REJECT = /\b(?:reject\w*|non-?conform\w*|nonconform\w*|deficienc\w*|rejei\w*|recus\w*)|n[ãa]o[- ]conformidade/i;
const LISTING = /\b(?:list\w*|identif\w*|specif\w*|detail\w*|describ\w*|stat(?:e|es|ing)|itemi[sz]\w*|set(?:s|ting)? out|relacion\w*|descrev\w*|especific\w*|indic\w*|apont\w*)\b[^.;]{0,100}?(?:non-?conformit\w*|nonconformit\w*|deficienc\w*|defects?|reasons?|grounds|failures?|n[ãa]o[- ]conformidades?|motivos?|defeitos?|falhas?)/i;
const CLIENT_DEPENDENCY = /\b(?:Client|Customer|Buyer|CONTRATANTE|Contratante|Cliente)\s+(?:shall|will|must|agrees to|is responsible for|deverá|fornecerá|disponibilizará)\s+(?:\w+\s+){0,2}(?:provide|make available|supply|ensure|grant|give|deliver|appoint|designate|fornecer|disponibilizar|garantir|designar)\b/;
const DEPENDENCY_HEADING = /\b(?:client|customer)\s+(?:dependencies|responsibilities|obligations|inputs)\b|\bdependencies\b|\bobriga[çc][õo]es\s+d[ao]\s+contratante\b|\bpremissas\b/i;
const PHASE_GATING: RegExp[] = [
  /\b(?:commence|commences|start|starts|begin|begins|proceed|proceeds|kick[- ]?off)\b[^.;]{0,80}?\b(?:until|only after|only upon|upon|after|following|once|unless)\b[^.;]{0,100}?\b(?:sign-?off|signed|signature|accept\w*|approv\w*)/i,
  /\bno\s+(?:phase|milestone|stage|sprint|work)\b[^.;]{0,80}\b(?:before|until|prior to)\b[^.;]{0,80}\b(?:sign-?off|signed|accept\w*|approv\w*)/i,
  /\b(?:sign-?off|acceptance|approval)\s+of\s+(?:each|the previous|the preceding|the prior)\s+(?:phase|milestone|stage)\b[^.;]{0,60}\b(?:before|prior to|condition)/i,
  /\b(?:inici\w*|come[çc]\w*)\b[^.;]{0,80}?\b(?:somente|apenas)?\s*(?:ap[óo]s|depois|mediante)\b[^.;]{0,80}?\b(?:aceite|aprova\w*|assinatura)/i,
];

const POINTS: Record<CheckStatus, number> = { pass: 25, warn: 12.5, fail: 0 };

/** Evidence without repeats, in document order. */
function distinct(anchors: Anchor[]): Anchor[] {
  const seen = new Set<string>();
  return anchors
    .filter((a) => {
      const key = `${a.paragraph}:${a.start}:${a.end}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

function anchorOf(p: Paragraph, start: number, end: number): Anchor {
  return { paragraph: p.index, start, end, text: p.text.slice(start, end) };
}

function sentenceAnchor(p: Paragraph, pos: number): Anchor {
  const s = sentenceAround(p.text, pos);
  return anchorOf(p, s.start, s.end);
}

function binaryDefinition(milestones: Milestone[]): ChecklistItem {
  if (milestones.length === 0) {
    return { id: "binary-definition", status: "fail", message: "No milestones found: nothing defines when a stage of work is complete and payable.", evidence: [] };
  }
  const vague = milestones.filter((m) => !m.binaryGate);
  if (vague.length === 0) {
    return { id: "binary-definition", status: "pass", message: `All ${milestones.length} milestones close on a tangible artifact and an objective event.`, evidence: milestones.map((m) => m.anchor) };
  }
  const names = vague.slice(0, 3).map((m) => `"${m.name}"`).join(", ");
  return {
    id: "binary-definition",
    status: vague.length === milestones.length ? "fail" : "warn",
    message: `${vague.length} of ${milestones.length} milestones ${vague.length === 1 ? "has" : "have"} no binary gate (${names}${vague.length > 3 ? ", ..." : ""}): tie each to a signed-off artifact or a passed test.`,
    evidence: vague.map((m) => m.anchor),
  };
}

function financialAlignment(payments: Payment[], consistency: ConsistencyIssue[]): ChecklistItem {
  if (payments.length === 0) {
    return { id: "financial-alignment", status: "fail", message: "No payment terms found: the document does not say when the vendor is paid.", evidence: [] };
  }
  const tied = payments.filter((p) => p.milestoneId !== null || p.trigger === "milestone");
  const recurring = payments.filter((p) => p.trigger === "time" || p.trigger === "usage");
  const problems = consistency.filter((c) => c.kind !== "milestone-without-payment");
  if (tied.length === 0) {
    const how = recurring.length ? "by the calendar or hours" : "without a milestone event";
    return { id: "financial-alignment", status: "fail", message: `Payments are made ${how}; none is tied to an accepted milestone.`, evidence: payments.map((p) => p.anchor) };
  }
  if (problems.length === 0 && recurring.length === 0) {
    return { id: "financial-alignment", status: "pass", message: `${tied.length} ${tied.length === 1 ? "payment is" : "payments are"} tied to milestones and the figures are consistent.`, evidence: tied.map((p) => p.anchor) };
  }
  const reasons = [...new Set(problems.map((c) => c.message))].slice(0, 2).join(" ");
  return {
    id: "financial-alignment",
    status: "warn",
    message: `${tied.length} of ${payments.length} payments are tied to milestones. ${reasons || "Some payments follow the calendar or hours instead."}`.trim(),
    evidence: distinct([...problems.flatMap((c) => c.evidence), ...recurring.map((p) => p.anchor)]),
  };
}

// Cheap rejections before the longer expressions: words every match of DEEMED / of some
// PHASE_GATING expression contains, in any case (the expressions ignore case), so a text without
// them is skipped without running those.
const DEEMED_HINT = /deem|considerad|t[áa]cit/i;
const GATING_HINT = /commenc|start|begin|proceed|kick|no\s+(?:phase|milestone|stage|sprint|work)|sign-?off|acceptance|approval|inici|come[çc]/i;

/** `re`'s first match offset in `text`, or null (search() builds no match array). */
function offsetOf(re: RegExp, text: string): number | null {
  const at = text.search(re);
  return at < 0 ? null : at;
}

function deemedIn(text: string): number | null {
  return DEEMED_HINT.test(text) ? offsetOf(DEEMED, text) : null;
}

/** A sentence with written notice, rejection and the defects it must list. */
function rejectionIn(text: string): { start: number; end: number } | null {
  if (!WRITTEN.test(text) || !REJECT.test(text)) return null;
  for (let i = text.search(REJECT); i >= 0 && i < text.length; ) {
    const s = sentenceAround(text, i);
    const sentence = text.slice(s.start, s.end);
    if (WRITTEN.test(sentence) && REJECT.test(sentence) && LISTING.test(sentence)) return s;
    const next = text.slice(s.end).search(REJECT);
    i = next < 0 ? -1 : s.end + next;
  }
  return null;
}

function gatingIn(text: string): number | null {
  if (!GATING_HINT.test(text)) return null;
  for (const re of PHASE_GATING) {
    const at = offsetOf(re, text);
    if (at !== null) return at;
  }
  return null;
}

/**
 * What one paragraph's text says for the acceptance and dependency checks (memoised by text).
 * Each part is read on first use: the checks stop asking once they have found what they keep
 * (the first rejection, the first gating, a business-day deemed acceptance, five dependencies).
 */
class Signals {
  private deemed: number | null | undefined;
  private rejection: { start: number; end: number } | null | undefined;
  private dependency: number | null | undefined;
  private gating: number | null | undefined;

  constructor(private readonly text: string) {}

  /** Offset of a deemed-acceptance phrase. */
  deemedAt(): number | null {
    return this.deemed === undefined ? (this.deemed = deemedIn(this.text)) : this.deemed;
  }

  rejectionSpan(): { start: number; end: number } | null {
    return this.rejection === undefined ? (this.rejection = rejectionIn(this.text)) : this.rejection;
  }

  dependencyAt(): number | null {
    return this.dependency === undefined ? (this.dependency = offsetOf(CLIENT_DEPENDENCY, this.text)) : this.dependency;
  }

  gatingAt(): number | null {
    return this.gating === undefined ? (this.gating = gatingIn(this.text)) : this.gating;
  }
}

const signalsOf = (text: string): Signals => new Signals(text);

function riskMitigation(doc: DocModel, kindsOf: ChecklistInput["kindsOf"], signals: readonly Signals[], memo: Memo): ChecklistItem {
  let deemed: { anchor: Anchor; business: boolean; period: Anchor | null } | null = null;
  let rejection: Anchor | null = null;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    const sig = signals[i]!;
    // Once a business-day deemed acceptance is kept, no later one replaces it.
    if (!deemed || !deemed.business) {
      const deemedAt = sig.deemedAt();
      if (deemedAt !== null || kindsOf(p.index).includes("deemed_acceptance")) {
        const periods = memo.get(MEMO.periods, p.text, findDayPeriods);
        const business = periods.find((x) => x.unit === "business");
        const period = business ?? periods[0];
        const found = { anchor: sentenceAnchor(p, deemedAt ?? 0), business: business !== undefined, period: period ? anchorOf(p, period.start, period.end) : null };
        if (!deemed || found.business || (found.period && !deemed.period)) deemed = found;
      }
    }
    if (!rejection) {
      const span = sig.rejectionSpan();
      if (span) rejection = anchorOf(p, span.start, span.end);
    }
  }
  return riskItem(deemed, rejection);
}

function riskItem(deemed: { anchor: Anchor; business: boolean; period: Anchor | null } | null, rejection: Anchor | null): ChecklistItem {
  const evidence = [deemed?.period ?? deemed?.anchor, rejection].filter((a): a is Anchor => !!a);
  if (deemed?.business && deemed.period && rejection) {
    return { id: "risk-mitigation", status: "pass", message: `Deliverables are deemed accepted after "${deemed.period.text}" of silence, and a rejection must be written and list the non-conformities.`, evidence };
  }
  if (!deemed && !rejection) {
    return { id: "risk-mitigation", status: "fail", message: "No deemed acceptance and no written-rejection procedure: the client can stall acceptance, and payment, indefinitely.", evidence };
  }
  const missing: string[] = [];
  if (!deemed) missing.push("a deemed-acceptance clause (silence after N business days is acceptance)");
  else if (!deemed.period) missing.push("a stated review period in the deemed-acceptance clause");
  else if (!deemed.business) missing.push("business days in the deemed-acceptance period");
  if (!rejection) missing.push("a written rejection that lists the non-conformities");
  return { id: "risk-mitigation", status: "warn", message: `Acceptance protection is partial; missing ${missing.join(" and ")}.`, evidence };
}

function dependencyMapping(doc: DocModel, kindsOf: ChecklistInput["kindsOf"], signals: readonly Signals[]): ChecklistItem {
  // Every dependency is counted; only the first five are quoted.
  const quoted: Anchor[] = [];
  let count = 0;
  let gating: Anchor | null = null;
  let underDependencyHeading = false;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (p.headingLevel !== undefined) {
      underDependencyHeading = DEPENDENCY_HEADING.test(p.text);
      continue;
    }
    const sig = signals[i]!;
    const listed = kindsOf(p.index).includes("dependency") || (underDependencyHeading && p.listLabel !== undefined && p.text.trim() !== "");
    if (listed || sig.dependencyAt() !== null) {
      if (count < 5) quoted.push(sentenceAnchor(p, sig.dependencyAt() ?? 0));
      count++;
    }
    if (!gating) {
      const at = sig.gatingAt();
      if (at !== null) gating = sentenceAnchor(p, at);
    }
  }
  return dependencyItem(count, quoted, gating);
}

function dependencyItem(count: number, quoted: Anchor[], gating: Anchor | null): ChecklistItem {
  const evidence = [...quoted, ...(gating ? [gating] : [])];
  const named = `${count} client ${count === 1 ? "dependency is" : "dependencies are"} named`;
  if (count && gating) {
    return { id: "dependency-mapping", status: "pass", message: `${named}, and each phase starts only after the previous sign-off.`, evidence };
  }
  if (!count && !gating) {
    return { id: "dependency-mapping", status: "fail", message: "No client dependencies and no phase gating: delays caused by the client fall on the vendor.", evidence };
  }
  return {
    id: "dependency-mapping",
    status: "warn",
    message: count
      ? `${named}, but nothing stops a phase from starting before the previous one is signed off.`
      : "Phases are gated on sign-off, but the client's own dependencies (access, data, decisions) are not named.",
    evidence,
  };
}

export function runChecklist(input: ChecklistInput): ChecklistItem[] {
  const memo = input.memo ?? NO_MEMO;
  const signals = input.doc.paragraphs.map((p) => memo.get(MEMO.checklist, p.text, signalsOf));
  return [
    binaryDefinition(input.milestones),
    financialAlignment(input.payments, input.consistency),
    riskMitigation(input.doc, input.kindsOf, signals, memo),
    dependencyMapping(input.doc, input.kindsOf, signals),
  ];
}

/**
 * 25 points per check (pass 25, warn 12.5, fail 0), less 2 per high-severity finding in a
 * milestone, acceptance or payment clause (at most 10): the checks say whether the protections
 * exist, the findings whether their wording holds.
 */
export function scoreOf(checklist: ChecklistItem[], findings: Finding[]): number {
  const base = checklist.reduce((s, c) => s + POINTS[c.status], 0);
  const gating: ClauseKind[] = ["milestone", "acceptance", "payment", "deemed_acceptance"];
  const heavy = findings.filter((f) => f.severity === "high" && f.clauseKinds.some((k) => gating.includes(k))).length;
  return Math.max(0, Math.min(100, Math.round(base - Math.min(10, heavy * 2))));
}
