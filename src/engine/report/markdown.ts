// Markdown report (GitHub-flavoured tables), for pasting into a ticket or a pull request.
import type { Analysis } from "../types";
import {
  CHECK_TITLES,
  STATUS_LABEL,
  documentLine,
  findingSummary,
  gateText,
  milestoneName,
  moneyText,
  redlineSummary,
  triggerText,
  where,
} from "./common";

/** Escapes text for a Markdown table cell or inline run. */
export function mdEscape(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/([\\`*_{}[\]<>()#+!|~])/g, "\\$1");
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(mdEscape).join(" | ")} |`),
  ];
}

export function renderMarkdown(analysis: Analysis): string {
  const out: string[] = [];
  out.push(`# Gatecheck audit${analysis.document.name ? `: ${mdEscape(analysis.document.name)}` : ""}`, "");
  out.push(`**Score ${analysis.score}/100** (${documentLine(analysis)})`, "");
  out.push("## Commercial checklist", "");
  out.push(...table(["Check", "Status", "Finding", "Evidence"], analysis.checklist.map((c) => [CHECK_TITLES[c.id], STATUS_LABEL[c.status], c.message, c.evidence.map(where).join(", ") || "-"])), "");

  out.push(`## Milestones (${analysis.milestones.length})`, "");
  if (analysis.milestones.length === 0) out.push("No milestones found.", "");
  else
    out.push(
      ...table(
        ["ID", "Milestone", "Gate", "Artifact", "Acceptance", "Due", "Payment", "Where"],
        analysis.milestones.map((m) => [m.id, m.name, gateText(m), m.artifact ?? "-", m.acceptance ?? "-", m.due ?? "-", moneyText(m.payment), where(m.anchor)]),
      ),
      "",
    );

  out.push(`## Payments (${analysis.payments.length})`, "");
  if (analysis.payments.length === 0) out.push("No payment terms found.", "");
  else
    out.push(
      ...table(
        ["Where", "Trigger", "Amount", "Net days", "Milestone", "Text"],
        analysis.payments.map((p) => [where(p.anchor), triggerText(p), moneyText(p), p.netDays !== null ? String(p.netDays) : "-", milestoneName(analysis, p.milestoneId), p.anchor.text]),
      ),
      "",
    );

  if (analysis.consistency.length) {
    out.push(`## Consistency (${analysis.consistency.length})`, "");
    for (const c of analysis.consistency) out.push(`- ${mdEscape(c.message)} (${c.evidence.map(where).join(", ")})`);
    out.push("");
  }

  out.push(`## ${findingSummary(analysis)}`, "");
  for (const f of analysis.findings) {
    out.push(`- **${f.severity}** ${where(f.anchor)} “${mdEscape(f.anchor.text)}” — \`${f.rule}\` (${f.category})`);
    out.push(`  ${mdEscape(f.message)}`);
    for (const s of f.suggestions) out.push(`  - Rewrite: ${mdEscape(s.text)}`);
  }
  out.push("");

  if (analysis.redlines.length) {
    out.push(`## Redlines: ${redlineSummary(analysis.redlines)}`, "");
    out.push(
      ...table(
        ["Where", "Type", "Author", "Before", "After", "Effect", "Reason"],
        analysis.redlines.map((r) => [where(r.anchor), r.type, r.author, r.before || "-", r.after || "-", r.effect, r.reason]),
      ),
      "",
    );
  }
  return out.join("\n");
}
