// Report renderers: one Analysis, four formats.
import type { Analysis } from "../types";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { renderText, type TextReportOptions } from "./text";

export { renderHtml, escapeHtml } from "./html";
export { renderMarkdown, mdEscape } from "./markdown";
export { renderText, wrap } from "./text";
export type { TextReportOptions } from "./text";
export { redlineSummary } from "./common";

export type ReportFormat = "text" | "json" | "markdown" | "html";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "markdown", "html"];

/** The JSON report (DESIGN.md): the Analysis itself, indented. */
export function renderJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

export function renderReport(analysis: Analysis, format: ReportFormat, options: TextReportOptions = {}): string {
  switch (format) {
    case "json":
      return renderJson(analysis);
    case "markdown":
      return renderMarkdown(analysis);
    case "html":
      return renderHtml(analysis);
    case "text":
      return renderText(analysis, options);
  }
}
