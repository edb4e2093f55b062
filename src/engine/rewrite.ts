// Fills a rule's rewrite templates ("within {reviewDays} business days of {event}") with what the
// document states (its party terms, review period, payment term, the milestone's artifact), and
// neutral defaults elsewhere. Slot.fromDocument tells the pane which values came from the document.
import type { Facts } from "./facts";
import type { Language, Slot, Suggestion } from "./types";
import { partyPhrase } from "./templates";

export interface RewriteContext {
  facts: Facts;
  language: Language;
  /** The milestone the finding sits in, when there is one. */
  milestone?: { name: string; artifact: string | null } | null;
  /** An artifact the finding's own paragraph names. */
  artifact?: string | null;
  /** A named approver role found in the document ("Project Sponsor"). */
  approver?: string | null;
  /** The replaced text starts a sentence, so the rewrite starts with a capital. */
  atSentenceStart?: boolean;
}

const DEFAULTS: Record<Language, Record<string, string>> = {
  en: {
    client: "the Client",
    vendor: "the Vendor",
    reviewDays: "5",
    artifact: "the Deliverable",
    approver: "the Client's Project Manager",
    milestone: "the Milestone",
    tests: "the acceptance tests listed in the Statement of Work",
    netDays: "30",
    days: "5",
    count: "2",
    event: "written notice",
  },
  pt: {
    client: "a CONTRATANTE",
    vendor: "a CONTRATADA",
    reviewDays: "5",
    artifact: "o Entregável",
    approver: "o Gerente de Projeto da CONTRATANTE",
    milestone: "o Marco",
    tests: "os testes de aceite previstos na Proposta",
    netDays: "30",
    days: "5",
    count: "2",
    event: "notificação por escrito",
  },
};

/** Every slot's value for this context, marked with whether the document supplied it. */
export function slotValues(ctx: RewriteContext): Map<string, Slot> {
  const d = DEFAULTS[ctx.language];
  const slots = new Map<string, Slot>();
  const put = (name: string, value: string | null | undefined): void => {
    slots.set(name, value ? { name, value, fromDocument: true } : { name, value: d[name] ?? name, fromDocument: false });
  };
  const { facts } = ctx;
  const client = partyPhrase(facts.clientTerm, ctx.language, "client");
  put("client", client);
  put("vendor", partyPhrase(facts.vendorTerm, ctx.language, "vendor"));
  put("reviewDays", facts.reviewDays !== null ? String(facts.reviewDays) : null);
  put("days", facts.reviewDays !== null ? String(facts.reviewDays) : null);
  put("netDays", facts.netDays !== null ? String(facts.netDays) : null);
  const artifact = ctx.milestone?.artifact ?? ctx.artifact ?? null;
  put("artifact", artifact ? withArticle(artifact, ctx.language) : null);
  put("milestone", ctx.milestone?.name ?? null);
  put("approver", ctx.approver ? (ctx.language === "pt" ? `o ${ctx.approver}` : client ? `${client}'s ${ctx.approver}` : `the ${ctx.approver}`) : null);
  for (const name of ["tests", "count", "event"]) put(name, null);
  return slots;
}

function withArticle(phrase: string, language: Language): string {
  if (/^(?:the|a|an|o|a|os|as)\s/i.test(phrase)) return phrase;
  return language === "pt" ? `o ${phrase}` : `the ${phrase}`;
}

const SLOT = /\{(\w+)\}/g;

/** One rewrite with its slots filled. Unknown placeholders are left as written. */
export function fillRewrite(template: string, values: Map<string, Slot>, capitalize = false): Suggestion {
  const used: Slot[] = [];
  const text = template.replace(SLOT, (whole, name: string) => {
    const slot = values.get(name);
    if (!slot) return whole;
    if (!used.some((s) => s.name === name)) used.push(slot);
    return slot.value;
  });
  return { text: capitalize && text ? text[0]!.toUpperCase() + text.slice(1) : text, template, slots: used };
}

/** Up to three filled rewrites for a rule's templates. */
export function suggestionsFor(templates: readonly string[], ctx: RewriteContext): Suggestion[] {
  const values = slotValues(ctx);
  return templates.slice(0, 3).map((t) => fillRewrite(t, values, ctx.atSentenceStart ?? false));
}
