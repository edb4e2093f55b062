// Pure functions behind the Findings panel: which findings show under the team's rules, how they
// group, and how a rewrite's edited slots turn back into text.
import type { CheckId, Finding, Severity, Suggestion } from "../../engine/types";
import type { TeamRules } from "../service";

export const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
export const SEVERITIES: Severity[] = ["high", "medium", "low"];

export type FindingGroupId = CheckId | "general";
export const GROUP_ORDER: FindingGroupId[] = [
  "binary-definition",
  "financial-alignment",
  "risk-mitigation",
  "dependency-mapping",
  "general",
];

/** The lower-cased, whitespace-folded form a term is compared in. */
export function termKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The checklist item a finding weakens, from the kinds of the clause it sits in. */
export function groupOf(finding: Finding): FindingGroupId {
  const kinds = finding.clauseKinds;
  if (kinds.includes("payment")) return "financial-alignment";
  if (kinds.includes("deemed_acceptance")) return "risk-mitigation";
  if (kinds.includes("milestone") || kinds.includes("acceptance")) return "binary-definition";
  if (kinds.includes("dependency")) return "dependency-mapping";
  return "general";
}

export interface FindingFilter {
  text: string;
  severity: Severity | "all";
}

/** Findings the team's rules let through (before the user's ad-hoc filter). */
export function applyTeamRules(findings: Finding[], rules: TeamRules): Finding[] {
  const allowed = new Set([...rules.allowList, ...rules.ignoredTerms].map(termKey));
  const ignoredIds = new Set(rules.ignoredFindings.map((i) => i.id));
  const disabledRules = new Set(rules.disabledRules);
  const disabledCategories = new Set(rules.disabledCategories);
  const min = SEVERITY_RANK[rules.minSeverity];
  return findings.filter(
    (f) =>
      !ignoredIds.has(f.id) &&
      !disabledRules.has(f.rule) &&
      !disabledCategories.has(f.category) &&
      SEVERITY_RANK[f.severity] >= min &&
      !allowed.has(termKey(f.anchor.text)),
  );
}

export function applyFilter(findings: Finding[], filter: FindingFilter): Finding[] {
  const needle = termKey(filter.text);
  return findings.filter(
    (f) =>
      (filter.severity === "all" || f.severity === filter.severity) &&
      (needle === "" ||
        termKey(f.anchor.text).includes(needle) ||
        f.rule.toLowerCase().includes(needle) ||
        termKey(f.message).includes(needle)),
  );
}

export interface FindingGroup<K extends string> {
  id: K;
  findings: Finding[];
}

function byDocumentOrder(a: Finding, b: Finding): number {
  return a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start;
}

/** Groups by checklist item; inside a group, high severity first, then document order. */
export function groupByCheck(findings: Finding[]): FindingGroup<FindingGroupId>[] {
  return GROUP_ORDER.map((id) => ({
    id,
    findings: findings
      .filter((f) => groupOf(f) === id)
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byDocumentOrder(a, b)),
  })).filter((g) => g.findings.length > 0);
}

export function groupBySeverity(findings: Finding[]): FindingGroup<Severity>[] {
  return SEVERITIES.map((id) => ({
    id,
    findings: findings.filter((f) => f.severity === id).sort(byDocumentOrder),
  })).filter((g) => g.findings.length > 0);
}

export type TemplatePart = { kind: "text"; text: string } | { kind: "slot"; name: string };

/** Splits "within {days} business days" into text and slot parts. Unknown names stay text. */
export function templateParts(suggestion: Suggestion): TemplatePart[] {
  const names = new Set(suggestion.slots.map((s) => s.name));
  const parts: TemplatePart[] = [];
  const re = /\{([A-Za-z0-9_-]+)\}/g;
  let last = 0;
  for (let m = re.exec(suggestion.template); m; m = re.exec(suggestion.template)) {
    const name = m[1] as string;
    if (!names.has(name)) continue;
    if (m.index > last) parts.push({ kind: "text", text: suggestion.template.slice(last, m.index) });
    parts.push({ kind: "slot", name });
    last = m.index + m[0].length;
  }
  if (last < suggestion.template.length) parts.push({ kind: "text", text: suggestion.template.slice(last) });
  return parts;
}

/** The rewrite's text with the given slot values (missing ones keep the engine's value). */
export function fillSuggestion(suggestion: Suggestion, values: Record<string, string>): string {
  if (suggestion.slots.length === 0) return suggestion.text;
  return templateParts(suggestion)
    .map((p) => {
      if (p.kind === "text") return p.text;
      const v = values[p.name];
      return v !== undefined ? v : (suggestion.slots.find((s) => s.name === p.name)?.value ?? "");
    })
    .join("");
}

/** A slot name as a label: "reviewDays" -> "review days", "client_name" -> "client name". */
export function slotLabel(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
}
