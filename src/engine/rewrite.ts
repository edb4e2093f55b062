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

// Shapes follow the packs' templates: English writes "{client} shall" (article in the value) and
// "the {artifact}" (no article); Portuguese writes "a {client}" and "o {artifact}".
const DEFAULTS: Record<Language, Record<string, string>> = {
  en: {
    client: "the Client",
    vendor: "the Vendor",
    reviewDays: "5",
    artifact: "Deliverable",
    approver: "the Client's Project Manager",
    // Read as "listed in {milestone}": the document that lists milestones when none is named.
    milestone: "the Statement of Work",
    tests: "the acceptance tests listed in the Statement of Work",
    netDays: "30",
    days: "5",
    count: "2",
    event: "the Vendor's written notice of delivery",
    period: "5 business days",
  },
  pt: {
    client: "CONTRATANTE",
    vendor: "CONTRATADA",
    reviewDays: "5",
    artifact: "Entregável",
    approver: "Gerente de Projeto da CONTRATANTE",
    milestone: "Marco correspondente",
    tests: "os testes de aceite previstos na Proposta",
    netDays: "30",
    days: "5",
    count: "2",
    event: "notificação escrita de entrega",
    period: "5 dias úteis",
  },
};

/** Every slot's value for this context, marked with whether the document supplied it. */
export function slotValues(ctx: RewriteContext): Map<string, Slot> {
  const lang = ctx.language;
  const d = DEFAULTS[lang];
  const slots = new Map<string, Slot>();
  const put = (name: string, value: string | null | undefined): void => {
    slots.set(name, value ? { name, value, fromDocument: true } : { name, value: d[name] ?? name, fromDocument: false });
  };
  const { facts } = ctx;
  const party = (term: string | null, side: "client" | "vendor"): string | null =>
    lang === "pt" ? term : partyPhrase(term, lang, side);
  const client = party(facts.clientTerm, "client");
  put("client", client);
  put("vendor", party(facts.vendorTerm, "vendor"));
  put("reviewDays", facts.reviewDays !== null ? String(facts.reviewDays) : null);
  put("days", facts.reviewDays !== null ? String(facts.reviewDays) : null);
  put("netDays", facts.netDays !== null ? String(facts.netDays) : null);
  const artifact = ctx.milestone?.artifact ?? ctx.artifact ?? null;
  put("artifact", artifact ? artifact.replace(/^(?:the|a|an|o|a|os|as)\s+/i, "") : null);
  put("milestone", ctx.milestone?.name ?? null);
  const role = ctx.approver ?? facts.approver;
  const clientName = lang === "pt" ? partyPhrase(facts.clientTerm ?? "CONTRATANTE", "pt", "client") : client ?? "the Client";
  const approverOf = (r: string): string => (lang === "pt" ? `${r} d${clientName}` : `${clientName}'s ${r}`);
  put("approver", role ? approverOf(role) : null);
  // Without a named role, the default still uses the document's party term.
  if (!role && facts.clientTerm) slots.set("approver", { name: "approver", value: approverOf(lang === "pt" ? "Gerente de Projeto" : "Project Manager"), fromDocument: false });
  for (const name of ["tests", "count", "period"]) put(name, null);
  // The default event names the document's own vendor ("Acme's written notice of delivery").
  const vendor = slots.get("vendor");
  slots.set(
    "event",
    lang === "en" && vendor?.fromDocument
      ? { name: "event", value: `${vendor.value}'s written notice of delivery`, fromDocument: false }
      : { name: "event", value: d.event ?? "event", fromDocument: false },
  );
  return slots;
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

/** Up to three filled rewrites for a rule's templates. `values` may be passed in when many
 * findings share one context (one paragraph), so the slots are computed once. */
export function suggestionsFor(templates: readonly string[], ctx: RewriteContext, values: Map<string, Slot> = slotValues(ctx)): Suggestion[] {
  return templates.slice(0, 3).map((t) => fillRewrite(t, values, ctx.atSentenceStart ?? false));
}
