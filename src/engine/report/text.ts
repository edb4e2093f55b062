// Plain-text report for a terminal: fits the given width (100 columns by default), ANSI colour
// only when asked (the CLI asks when stdout is a TTY).
import type { Analysis, CheckStatus, Severity } from "../types";
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

export interface TextReportOptions {
  width?: number;
  color?: boolean;
}

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m", bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m" };

/** Greedy word wrap; the first line has `first` columns, the rest `rest`, continuation indented. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const limit = width - (lines.length ? indent.length : 0);
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
    while (line.length > limit) {
      lines.push(line.slice(0, limit));
      line = line.slice(limit);
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

function fit(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length <= n ? flat.padEnd(n) : `${flat.slice(0, Math.max(0, n - 1))}…`;
}

/** A table whose last column takes what width is left and wraps. */
function table(headers: string[], rows: string[][], widths: number[], width: number): string[] {
  const fixed = widths.reduce((s, w) => s + w + 2, 0);
  const lastWidth = Math.max(12, width - 2 - fixed);
  const out: string[] = [];
  const line = (cells: string[]): string[] => {
    const head = cells.slice(0, -1).map((c, i) => fit(c, widths[i]!)).join("  ");
    const tail = wrap(cells[cells.length - 1] ?? "", lastWidth);
    return tail.length === 0 ? [`  ${head}`.trimEnd()] : tail.map((t, i) => (i === 0 ? `  ${head}  ${t}` : `  ${" ".repeat(head.length)}  ${t}`));
  };
  out.push(...line(headers));
  out.push(`  ${"-".repeat(Math.min(width - 2, fixed + lastWidth))}`);
  for (const r of rows) out.push(...line(r));
  return out;
}

export function renderText(analysis: Analysis, options: TextReportOptions = {}): string {
  const width = Math.max(60, options.width ?? 100);
  const c = (code: keyof typeof ANSI, s: string): string => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const statusColor: Record<CheckStatus, keyof typeof ANSI> = { pass: "green", warn: "yellow", fail: "red" };
  const severityColor: Record<Severity, keyof typeof ANSI> = { high: "red", medium: "yellow", low: "dim" };
  const out: string[] = [];
  const heading = (s: string): void => {
    out.push("", c("bold", s.toUpperCase()));
  };

  out.push(c("bold", `Gatecheck audit${analysis.document.name ? `: ${analysis.document.name}` : ""}`));
  out.push(`Score ${c("bold", `${analysis.score}/100`)}  (${documentLine(analysis)})`);

  heading("Commercial checklist");
  for (const item of analysis.checklist) {
    const label = `[${STATUS_LABEL[item.status]}]`;
    const title = CHECK_TITLES[item.id].padEnd(20);
    const prefix = `  ${label} ${title} `;
    const lines = wrap(item.message, width - prefix.length, " ".repeat(0));
    out.push(`  ${c(statusColor[item.status], label)} ${title} ${lines[0] ?? ""}`);
    for (const l of lines.slice(1)) out.push(" ".repeat(prefix.length) + l);
    if (item.evidence.length) {
      const refs = item.evidence.slice(0, 6).map(where).join(", ") + (item.evidence.length > 6 ? ", ..." : "");
      out.push(" ".repeat(prefix.length) + c("dim", `see ${refs}`));
    }
  }

  heading(`Milestones (${analysis.milestones.length})`);
  if (analysis.milestones.length === 0) out.push("  No milestones found.");
  else {
    const nameWidth = width - 2 - 5 - 8 - 22;
    out.push(`  ${"ID".padEnd(5)}${"Milestone".padEnd(nameWidth)}${"Gate".padEnd(8)}Payment`);
    out.push(`  ${"-".repeat(width - 2)}`);
    for (const m of analysis.milestones) {
      const gateLabel = gateText(m).padEnd(8);
      out.push(`  ${m.id.padEnd(5)}${fit(m.name, nameWidth - 1)} ${m.binaryGate ? c("green", gateLabel) : c("red", gateLabel)}${moneyText(m.payment)}`);
      const details = [`artifact: ${m.artifact ?? "-"}`, `acceptance: ${m.acceptance ?? "-"}`, `due: ${m.due ?? "-"}`].join("; ");
      out.push(...wrap(details, width - 7, "       ").map((l, i) => c("dim", i === 0 ? `       ${l}` : l)));
    }
  }

  heading(`Payments (${analysis.payments.length})`);
  if (analysis.payments.length === 0) out.push("  No payment terms found.");
  else {
    out.push(
      ...table(
        ["Where", "Trigger", "Amount", "Net", "Milestone"],
        analysis.payments.map((p) => [where(p.anchor), triggerText(p), moneyText(p), p.netDays !== null ? `${p.netDays}d` : "-", milestoneName(analysis, p.milestoneId)]),
        [6, 10, 24, 4],
        width,
      ),
    );
  }

  if (analysis.consistency.length) {
    heading(`Consistency (${analysis.consistency.length})`);
    for (const issue of analysis.consistency) {
      const refs = issue.evidence.slice(0, 4).map(where).join(", ");
      const lines = wrap(`${issue.message}${refs ? ` (${refs})` : ""}`, width - 4, "    ");
      out.push(`  - ${lines[0] ?? ""}`, ...lines.slice(1));
    }
  }

  heading(findingSummary(analysis));
  for (const f of analysis.findings) {
    const sev = c(severityColor[f.severity], `[${f.severity}]`);
    const tag = `${f.rule}, ${f.category}`;
    const room = Math.max(10, width - 2 - f.severity.length - 3 - where(f.anchor).length - 1 - 4 - tag.length);
    out.push(`  ${sev} ${where(f.anchor)} "${fit(f.anchor.text, Math.min(room, f.anchor.text.length)).trimEnd()}"  ${c("dim", tag)}`);
    for (const l of wrap(f.message, width - 6, "      ")) out.push(`      ${l.trimStart()}`);
    f.suggestions.forEach((s, i) => {
      const lines = wrap(s.text, width - 10, "          ");
      out.push(`    ${i === 0 ? "->" : "  "} ${c("green", lines[0] ?? "")}`, ...lines.slice(1).map((l) => c("green", l)));
    });
  }

  if (analysis.redlines.length) {
    heading("Redlines");
    out.push(`  ${redlineSummary(analysis.redlines)}`);
    for (const r of analysis.redlines) {
      const effect = r.effect === "weakens" ? c("red", r.effect) : r.effect === "strengthens" ? c("green", r.effect) : r.effect;
      out.push(`  ${where(r.anchor)} ${r.type} by ${r.author}${r.date ? ` (${r.date.slice(0, 10)})` : ""}: ${effect}`);
      if (r.before) out.push(...wrap(`before: ${r.before}`, width - 6, "        ").map((l) => `    ${l}`));
      if (r.after) out.push(...wrap(`after: ${r.after}`, width - 6, "        ").map((l) => `    ${l}`));
      out.push(...wrap(r.reason, width - 6, "    ").map((l, i) => (i === 0 ? `    ${l}` : l)));
    }
  }
  return out.map((l) => l.trimEnd()).join("\n") + "\n";
}
