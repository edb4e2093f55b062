// Messages between the pane and the engine worker. Plain JSON-cloneable data only.
import type { DocModel } from "../../engine/model";
import type { Analysis } from "../../engine/types";
import type { ReportFormat } from "../service";

import type { Severity, SubjectiveCategory } from "../../engine/types";

/** The team rules the engine applies itself (they change the score and the exported report). */
export interface EngineOptions {
  customTerms: string[];
  allowList: string[];
  disabledRules: string[];
  disabledCategories: SubjectiveCategory[];
  minSeverity: Severity;
  /** Authors whose tracked changes are ours, not the client's. */
  ourAuthors: string[];
}

export type EngineRequestBody =
  | { kind: "analyze"; doc: DocModel; options: EngineOptions; changed?: number[] }
  | { kind: "render"; analysis: Analysis; format: ReportFormat };

export type EngineRequest = EngineRequestBody & { id: number };

/** What the worker runs: the engine's entry points as the pane uses them. */
export interface EngineFunctions {
  /** `changed`: paragraphs edited in place since the previous call, for an incremental run. */
  analyzeDocument(doc: DocModel, options: EngineOptions, changed?: number[]): Analysis;
  renderReport(analysis: Analysis, format: ReportFormat): string;
}

export type EngineResponse =
  | { id: number; ok: true; analysis?: Analysis; text?: string }
  | { id: number; ok: false; error: { name: string; message: string } };
