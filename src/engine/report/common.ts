// Wording shared by the report renderers, so text, Markdown and HTML say the same things.
import type { Anchor } from "../model";
import type { Analysis, CheckId, CheckStatus, Milestone, Money, Payment, Redline } from "../types";

export const CHECK_TITLES: Record<CheckId, string> = {
  "binary-definition": "Binary definition",
  "financial-alignment": "Financial alignment",
  "risk-mitigation": "Risk mitigation",
  "dependency-mapping": "Dependency mapping",
};

export const STATUS_LABEL: Record<CheckStatus, string> = { pass: "PASS", warn: "WARN", fail: "FAIL" };

/** Paragraph numbers for people are 1-based; anchors stay 0-based in JSON. */
export function where(anchor: Anchor): string {
  return `¶${anchor.paragraph + 1}`;
}

export function formatAmount(amount: number, currency: string | null): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const n = amount.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  return currency ? `${currency} ${n}` : n;
}

/** "USD 24,000 (20%)", "20%", "USD 10,000", or "-" when there is no figure. */
export function moneyText(m: Money | null): string {
  if (!m) return "-";
  const parts: string[] = [];
  if (m.amount !== null) parts.push(formatAmount(m.amount, m.currency));
  if (m.percent !== null) parts.push(m.amount !== null ? `(${m.percent}%)` : `${m.percent}%`);
  return parts.length ? parts.join(" ") : "-";
}

export function triggerText(p: Payment): string {
  return p.trigger ?? "unstated";
}

export function milestoneName(analysis: Analysis, id: string | null): string {
  if (!id) return "-";
  return analysis.milestones.find((m) => m.id === id)?.name ?? id;
}

export function gateText(m: Milestone): string {
  return m.binaryGate ? "binary" : "vague";
}

/** "7 client changes: 4 weaken, 1 strengthens, 2 neutral". */
export function redlineSummary(redlines: Redline[]): string {
  const n = redlines.length;
  const count = (e: Redline["effect"]): number => redlines.filter((r) => r.effect === e).length;
  const parts: string[] = [];
  const weaken = count("weakens");
  const strengthen = count("strengthens");
  const neutral = count("neutral");
  if (weaken) parts.push(`${weaken} ${weaken === 1 ? "weakens" : "weaken"}`);
  if (strengthen) parts.push(`${strengthen} ${strengthen === 1 ? "strengthens" : "strengthen"}`);
  if (neutral) parts.push(`${neutral} neutral`);
  return `${n} client ${n === 1 ? "change" : "changes"}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

export function findingSummary(analysis: Analysis): string {
  const f = analysis.findings;
  const by = (s: string): number => f.filter((x) => x.severity === s).length;
  return `${f.length} ${f.length === 1 ? "finding" : "findings"} (${by("high")} high, ${by("medium")} medium, ${by("low")} low)`;
}

export function documentLine(analysis: Analysis): string {
  const d = analysis.document;
  return `${d.paragraphs.toLocaleString("en-US")} paragraphs, ${d.words.toLocaleString("en-US")} words, language ${analysis.language}`;
}
