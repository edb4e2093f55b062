// Clause templates by language, and their parameters pre-filled from the document.
import type { Language } from "../types";
import { EN_TEMPLATES } from "./en";
import { PT_TEMPLATES } from "./pt";
import type { ClauseTemplate, ScheduleLine, TemplateContext, TemplateId, TemplateParams } from "./types";

export type { ClauseTemplate, ParamType, ParamValue, ScheduleLine, TemplateContext, TemplateId, TemplateParam, TemplateParams } from "./types";

export function clauseTemplates(language: Language): ClauseTemplate[] {
  return language === "pt" ? PT_TEMPLATES : EN_TEMPLATES;
}

export function clauseTemplate(id: TemplateId, language: Language = "en"): ClauseTemplate {
  const t = clauseTemplates(language).find((x) => x.id === id);
  if (!t) throw new Error(`unknown clause template: ${id}`);
  return t;
}

/** The defined term with the article the language needs ("the Client", "a CONTRATANTE"). */
export function partyPhrase(term: string | null, language: Language, side: "client" | "vendor"): string | null {
  if (!term) return null;
  if (language === "pt") {
    const feminine = /^(?:contratante|contratada|empresa|compradora|fornecedora|prestadora|tomadora)$/i.test(term);
    return `${feminine || side === "client" && /e$/i.test(term) ? "a" : "o"} ${term}`;
  }
  return `the ${term}`;
}

/**
 * Defaults overridden by what the document states: party terms, review period, payment term,
 * currency, total, and its own milestones (with their shares, or equal shares when it states none).
 */
export function prefillParams(template: ClauseTemplate, ctx: TemplateContext): TemplateParams {
  const params: TemplateParams = Object.fromEntries(template.params.map((p) => [p.name, p.defaultValue]));
  const lang = template.language;
  const { facts } = ctx;
  const client = partyPhrase(facts.clientTerm, lang, "client");
  const vendor = partyPhrase(facts.vendorTerm, lang, "vendor");
  const set = (name: string, value: TemplateParams[string] | null): void => {
    if (value !== null && name in params) params[name] = value;
  };
  set("client", client);
  set("vendor", vendor);
  set("reviewDays", facts.reviewDays);
  set("netDays", facts.netDays);
  set("currency", facts.currency);
  set("total", facts.contractValue);
  if (client && "approver" in params) params.approver = lang === "pt" ? `o Gerente de Projeto d${client}` : `${client}'s Project Manager`;
  if ("schedule" in params && ctx.milestones.length > 0) {
    const stated = ctx.milestones.every((m) => m.percent !== null);
    const share = Math.floor(100 / ctx.milestones.length);
    params.schedule = ctx.milestones.map<ScheduleLine>((m, i) => ({
      milestone: m.name,
      artifact: m.artifact ?? (lang === "pt" ? "o Termo de Aceite assinado" : "the signed Acceptance Certificate"),
      // Equal shares with the remainder on the last milestone, so the schedule sums to 100%.
      percent: stated ? (m.percent as number) : i === ctx.milestones.length - 1 ? 100 - share * (ctx.milestones.length - 1) : share,
    }));
  }
  return params;
}

/** Renders a template with the document's own facts. */
export function renderTemplate(id: TemplateId, ctx: TemplateContext, language: Language = "en", overrides: TemplateParams = {}): string[] {
  const template = clauseTemplate(id, language);
  return template.render({ ...prefillParams(template, ctx), ...overrides });
}
