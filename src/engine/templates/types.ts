// Clause templates: typed data with parameters, rendered to paragraphs the pane inserts as
// tracked changes. Parameters default to neutral values and are pre-filled from the document.
import type { Language } from "../types";
import type { Facts } from "../facts";

export type TemplateId = "deemed-acceptance" | "acceptance-procedure" | "milestone-payment-schedule" | "client-dependencies";

export type ParamType = "text" | "number" | "list" | "schedule";

export interface TemplateParam {
  name: string;
  label: string;
  type: ParamType;
  /** A default that makes the clause complete and binary on its own. */
  defaultValue: ParamValue;
}

/** A row of a payment schedule: the milestone, its artifact, its share of the price. */
export interface ScheduleLine {
  milestone: string;
  artifact: string;
  percent: number;
}

export type ParamValue = string | number | string[] | ScheduleLine[];
export type TemplateParams = Record<string, ParamValue>;

export interface ClauseTemplate {
  id: TemplateId;
  language: Language;
  title: string;
  description: string;
  params: TemplateParam[];
  /** The clause as paragraphs, every parameter filled. */
  render(params: TemplateParams): string[];
}

/** What the document tells the templates: its facts, and its milestones for the schedule. */
export interface TemplateContext {
  facts: Facts;
  milestones: { name: string; artifact: string | null; percent: number | null }[];
}
