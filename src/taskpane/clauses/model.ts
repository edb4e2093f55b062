// The template gallery as the pane shows it: the document's language, its facts pre-filled, and
// the best place to insert each clause (after the last paragraph of the kind it belongs with).
import type { Facts } from "../../engine/facts";
import { clauseTemplates, prefillParams, type ClauseTemplate, type TemplateContext, type TemplateId, type TemplateParams } from "../../engine/templates";
import type { Analysis, ClauseKind } from "../../engine/types";

/** Deemed acceptance first: it is the clause that turns risk mitigation to pass. */
export function galleryOf(analysis: Analysis): ClauseTemplate[] {
  const all = clauseTemplates(analysis.language);
  return [...all].sort((a, b) => Number(b.id === "deemed-acceptance") - Number(a.id === "deemed-acceptance"));
}

export function factsOf(analysis: Analysis): Facts {
  return analysis.facts;
}

export function templateContext(analysis: Analysis): TemplateContext {
  return {
    facts: factsOf(analysis),
    milestones: analysis.milestones.map((m) => ({ name: m.name, artifact: m.artifact, percent: m.payment?.percent ?? null })),
  };
}

export function initialParams(template: ClauseTemplate, analysis: Analysis): TemplateParams {
  return prefillParams(template, templateContext(analysis));
}

/** Parameters whose pre-filled value came from the document rather than the template default. */
export function paramsFromDocument(template: ClauseTemplate, params: TemplateParams): Set<string> {
  return new Set(template.params.filter((p) => JSON.stringify(p.defaultValue) !== JSON.stringify(params[p.name])).map((p) => p.name));
}

const PLACE_KINDS: Record<TemplateId, ClauseKind[]> = {
  "deemed-acceptance": ["deemed_acceptance", "acceptance"],
  "acceptance-procedure": ["acceptance", "milestone"],
  "milestone-payment-schedule": ["payment", "milestone"],
  "client-dependencies": ["dependency", "milestone"],
};

/** The paragraph to insert after: the last clause of the most fitting kind, else the last paragraph. */
export function bestPlace(id: TemplateId, analysis: Analysis): number | undefined {
  for (const kind of PLACE_KINDS[id]) {
    const matches = analysis.clauses.filter((c) => c.kinds.includes(kind));
    if (matches.length > 0) return matches[matches.length - 1]!.paragraph;
  }
  return analysis.document.paragraphs > 0 ? analysis.document.paragraphs - 1 : undefined;
}
