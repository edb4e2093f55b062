// Self-contained HTML report: inline styles, no scripts, no external resources; every document
// string is escaped.
import type { Analysis, CheckStatus } from "../types";
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

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.pass{color:#0b6a0b;font-weight:600}.warn{color:#8a5a00;font-weight:600}.fail{color:#b10e1c;font-weight:600}
.high{color:#b10e1c}.medium{color:#8a5a00}.low{color:#555}.score{font-size:1.25rem;font-weight:600}
.finding{margin:.75rem 0}.rewrite{color:#0b6a0b}.muted{color:#555}q{font-style:italic}
`;

function table(headers: string[], rows: { cells: string[]; classes?: (string | undefined)[] }[]): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows
    .map((r) => `<tr>${r.cells.map((c, i) => `<td${r.classes?.[i] ? ` class="${r.classes[i]}"` : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function renderHtml(analysis: Analysis): string {
  const title = `Gatecheck audit${analysis.document.name ? `: ${analysis.document.name}` : ""}`;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(title)}</h1>`);
  parts.push(`<p><span class="score">Score ${analysis.score}/100</span> <span class="muted">(${escapeHtml(documentLine(analysis))})</span></p>`);
  parts.push(`<h2>Commercial checklist</h2>`);
  parts.push(
    table(
      ["Check", "Status", "Finding", "Evidence"],
      analysis.checklist.map((c) => ({ cells: [CHECK_TITLES[c.id], STATUS_LABEL[c.status], c.message, c.evidence.map(where).join(", ") || "-"], classes: [undefined, c.status as CheckStatus] })),
    ),
  );
  parts.push(`<h2>Milestones (${analysis.milestones.length})</h2>`);
  parts.push(
    analysis.milestones.length
      ? table(
          ["ID", "Milestone", "Gate", "Artifact", "Acceptance", "Due", "Payment", "Where"],
          analysis.milestones.map((m) => ({
            cells: [m.id, m.name, gateText(m), m.artifact ?? "-", m.acceptance ?? "-", m.due ?? "-", moneyText(m.payment), where(m.anchor)],
            classes: [undefined, undefined, m.binaryGate ? "pass" : "fail"],
          })),
        )
      : "<p>No milestones found.</p>",
  );
  parts.push(`<h2>Payments (${analysis.payments.length})</h2>`);
  parts.push(
    analysis.payments.length
      ? table(
          ["Where", "Trigger", "Amount", "Net days", "Milestone", "Text"],
          analysis.payments.map((p) => ({ cells: [where(p.anchor), triggerText(p), moneyText(p), p.netDays !== null ? String(p.netDays) : "-", milestoneName(analysis, p.milestoneId), p.anchor.text] })),
        )
      : "<p>No payment terms found.</p>",
  );
  if (analysis.consistency.length) {
    parts.push(`<h2>Consistency (${analysis.consistency.length})</h2>`);
    parts.push(`<ul>${analysis.consistency.map((c) => `<li>${escapeHtml(c.message)} <span class="muted">(${escapeHtml(c.evidence.map(where).join(", "))})</span></li>`).join("")}</ul>`);
  }
  parts.push(`<h2>${escapeHtml(findingSummary(analysis))}</h2>`);
  for (const f of analysis.findings) {
    parts.push(
      `<div class="finding"><span class="${f.severity}">${f.severity}</span> ${escapeHtml(where(f.anchor))} <q>${escapeHtml(f.anchor.text)}</q> <span class="muted">${escapeHtml(f.rule)} (${escapeHtml(f.category)})</span>` +
        `<div>${escapeHtml(f.message)}</div>` +
        (f.suggestions.length ? `<ul>${f.suggestions.map((s) => `<li class="rewrite">${escapeHtml(s.text)}</li>`).join("")}</ul>` : "") +
        `</div>`,
    );
  }
  if (analysis.redlines.length) {
    parts.push(`<h2>Redlines: ${escapeHtml(redlineSummary(analysis.redlines))}</h2>`);
    parts.push(
      table(
        ["Where", "Type", "Author", "Before", "After", "Effect", "Reason"],
        analysis.redlines.map((r) => ({ cells: [where(r.anchor), r.type, r.author, r.before || "-", r.after || "-", r.effect, r.reason], classes: [undefined, undefined, undefined, undefined, undefined, r.effect === "weakens" ? "fail" : r.effect === "strengthens" ? "pass" : undefined] })),
      ),
    );
  }
  return `<!DOCTYPE html>
<html lang="${analysis.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join("\n")}
</body>
</html>
`;
}
