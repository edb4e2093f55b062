// The engine as the worker runs it: a full analysis, or an incremental one when the caller says
// which paragraphs changed since the previous analysis with the same options.
import { analyze, analyzeIncremental, type AnalyzeOptions } from "../../engine/analyze";
import type { DocModel } from "../../engine/model";
import { reviewRedlines } from "../../engine/redlines";
import { renderReport as renderEngineReport } from "../../engine/report";
import type { Analysis } from "../../engine/types";
import type { ReportFormat } from "../service";
import type { EngineFunctions, EngineOptions } from "./protocol";

const authorKey = (name: string) => name.trim().toLowerCase();

/** The client's redlines: the engine's review, without the changes our own side made. */
export function clientRedlines(analysis: Analysis, doc: DocModel, ourAuthors: string[]): Analysis["redlines"] {
  const ours = new Set(ourAuthors.map(authorKey));
  const all = analysis.redlines.length > 0 || doc.revisions.length === 0 ? analysis.redlines : reviewRedlines(doc, { excludeAuthors: ourAuthors });
  return all.filter((r) => !ours.has(authorKey(r.author)));
}

export function engineOptions(options: EngineOptions): AnalyzeOptions {
  return {
    customTerms: options.customTerms,
    allowList: options.allowList,
    disabledRules: options.disabledRules,
    disabledCategories: options.disabledCategories,
    minSeverity: options.minSeverity,
  };
}

/** Keeps the previous analysis so an edit re-analyses only the paragraphs it touched. */
export function createEngine(): EngineFunctions {
  let last: { analysis: Analysis; key: string } | null = null;
  return {
    analyzeDocument(doc: DocModel, options: EngineOptions, changed?: number[]): Analysis {
      const key = JSON.stringify(engineOptions(options));
      const analysis =
        changed && last && last.key === key ? analyzeIncremental(last.analysis, doc, changed) : analyze(doc, engineOptions(options));
      last = { analysis, key };
      return { ...analysis, redlines: clientRedlines(analysis, doc, options.ourAuthors) };
    },
    renderReport(analysis: Analysis, format: ReportFormat): string {
      return renderEngineReport(analysis, format);
    },
  };
}
