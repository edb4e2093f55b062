// Facts the document already states, used to fill rewrites and templates with its own words:
// defined party names, the review period, the payment term, the currency, the contract value.
import type { Anchor, DocModel } from "./model";
import type { ClauseKind, DocumentFacts } from "./types";
import { CLIENT_ROLES, RATE_AFTER, TOTAL_CONTEXT, VENDOR_ROLES } from "./extract/cues";
import { memoAmounts, type AmountMatch } from "./extract/money";
import { findDayPeriods, findNetDays } from "./extract/periods";
import { MEMO, NO_MEMO, type Memo } from "./extract/memo";

const QUOTE = `["“”'‘’«»]`;
// What every DEFINITION_RE match holds: one of its words, or "(" then an article, a quote or the
// capital a role starts with (it is case-sensitive, and every role is capitalised).
const ROLE_HINT = /hereinafter|hereafter|doravante|\(\s*(?:the\s|a\s|o\s|["“”'‘’«»]|[A-Z])/;
const roleAlt = (roles: string[]): string => roles.map((r) => r.replace(/ /g, "\\s+")).join("|");
const ALL_ROLES = roleAlt([...CLIENT_ROLES, ...VENDOR_ROLES]);

// `Contoso Inc. ("Client")`, `(the "Vendor")`, `(hereinafter referred to as the "Supplier")`,
// `, hereinafter the Vendor`, `, doravante denominada CONTRATANTE`.
const DEFINITION_RE = new RegExp(
  String.raw`(?:\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|doravante\s+(?:denominad[ao]\s+|designad[ao]\s+|chamad[ao]\s+)?(?:simplesmente\s+)?)?(?:the\s+|a\s+|o\s+)?${QUOTE}?(?<role1>${ALL_ROLES})${QUOTE}?\s*\)` +
    String.raw`|,?\s*(?:hereinafter|hereafter|doravante)\s+(?:referred\s+to\s+as\s+|called\s+|denominad[ao]\s+|designad[ao]\s+|chamad[ao]\s+)?(?:simplesmente\s+)?(?:the\s+|a\s+|o\s+)?${QUOTE}?(?<role2>${ALL_ROLES})${QUOTE}?(?![\p{L}]))`,
  "gu",
);

// Where a party's name starts: after the last of these before the definition.
const NAME_BOUNDARY = /(?:[;:\n]|\b[Bb]etween\s+|\band\s+|\bby\s+|\bwith\s+|\b[Ee]ntre\s+|\be\s+|,\s+(?=[\p{Lu}])|^)/gu;
const NAME_TOKEN = /^(?:[\p{Lu}\d][\p{L}\d&'’.\-/]*|of|and|&|de|da|do|dos|das|e|S\.A\.|Ltda\.?|Inc\.?|LLC|Ltd\.?)$/u;

/** The party name just before a definition: "Contoso Inc." in "between Contoso Inc. ("Client")". */
export function partyNameBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at);
  let start = 0;
  NAME_BOUNDARY.lastIndex = 0;
  for (let m = NAME_BOUNDARY.exec(before); m; m = NAME_BOUNDARY.exec(before)) {
    // A boundary right at the end ("..., hereinafter") does not start a name.
    if (m.index + m[0].length < before.length - 1) start = m.index + m[0].length;
    if (m[0].length === 0) NAME_BOUNDARY.lastIndex++;
  }
  const segment = before.slice(start);
  // The name is the leading run of capitalised tokens; a descriptor follows after a comma
  // ("Contoso Inc., a Delaware corporation").
  const tokens = segment.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (const raw of tokens) {
    const token = raw.replace(/,$/, "");
    if (!NAME_TOKEN.test(token)) break;
    name.push(token);
    if (raw.endsWith(",") && !/^(?:Inc|Ltd|LLC|Ltda|S\.A)\.?$/.test(tokens[name.length] ?? "")) break;
  }
  while (name.length && /^(?:of|and|&|de|da|do|dos|das|e)$/.test(name[name.length - 1]!)) name.pop();
  const result = name.join(" ").replace(/,$/, "").trim();
  return result.length >= 2 && /[\p{Lu}]/u.test(result) ? result : null;
}

export interface PartyDefinition {
  side: "client" | "vendor";
  /** The defined term as written ("Client", "CONTRATANTE"). */
  term: string;
  /** The party's name, when the definition follows it. */
  name: string | null;
}

/** One frozen list for every paragraph that defines no party: the re-analysis memo keeps each paragraph's list. */
const NO_DEFINITIONS: readonly PartyDefinition[] = Object.freeze([]);

/** Every party definition in a paragraph. */
export function findPartyDefinitions(text: string): readonly PartyDefinition[] {
  // Cheap rejection: a definition names a role in brackets or after "hereinafter"/"doravante".
  if (!ROLE_HINT.test(text)) return NO_DEFINITIONS;
  const out: PartyDefinition[] = [];
  DEFINITION_RE.lastIndex = 0;
  for (let m = DEFINITION_RE.exec(text); m; m = DEFINITION_RE.exec(text)) {
    const term = (m.groups?.role1 ?? m.groups?.role2 ?? "").replace(/\s+/g, " ");
    const side = CLIENT_ROLES.some((r) => r.toLowerCase() === term.toLowerCase()) ? "client" : "vendor";
    out.push({ side, term, name: partyNameBefore(text, m.index) });
  }
  return out.length ? out : NO_DEFINITIONS;
}

const APPROVER = /\b(?:Client|Customer|Buyer|CONTRATANTE|Contratante)(?:'s|’s)?\s+(Executive Sponsor|Project Sponsor|Product Owner|Project Manager|Steering Committee|Authorized Representative|Representative|Gestor do Contrato|Gerente de Projeto)\b/;

const ACCEPTANCE_CONTEXT = /\b(?:review|reviews|accept\w*|reject\w*|approv\w*|sign-?off|object\w*|aceite|aceita\w*|rejei\w*|recus\w*|aprova\w*|analis\w*|valida\w*)/i;

function mostFrequent<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) [best, bestCount] = [v, c];
  }
  return best;
}

/** What the engine reads from the document to quote it (the report's `facts`). */
export type Facts = DocumentFacts;

interface ParagraphFacts {
  /** Review periods whose surroundings speak of review or acceptance. */
  review: { days: number; business: boolean }[];
  /** The paragraph itself uses acceptance vocabulary (only read, so only tested, when `review` has periods). */
  acceptanceWords: boolean;
  net: number | null;
  /** The paragraph's amounts: the memoised list itself, only read. */
  amounts: AmountMatch[];
}

/** The approver a paragraph names ("Project Sponsor" in "the Client's Project Sponsor"), or null. */
function approverIn(text: string): string | null {
  return APPROVER.exec(text)?.[1] ?? null;
}

/** Whether an amount is stated as the total: "total fee of ...", but not a rate ("... per month"). */
function isTotal(text: string, a: AmountMatch): boolean {
  return TOTAL_CONTEXT.test(text.slice(Math.max(0, a.start - 80), a.start)) && !RATE_AFTER.test(text.slice(a.end, a.end + 30));
}

/** What one paragraph's text contributes, independent of its classification (memoised by text). */
function paragraphFacts(text: string, memo: Memo): ParagraphFacts {
  const review: ParagraphFacts["review"] = [];
  const periods = memo.get(MEMO.periods, text, findDayPeriods);
  for (const period of periods) {
    // The day range first: it is free, and a period outside it is dropped whatever its window says.
    if (!(period.days > 0 && period.days <= 60)) continue;
    const around = text.slice(Math.max(0, period.start - 120), Math.min(text.length, period.end + 120));
    if (ACCEPTANCE_CONTEXT.test(around)) review.push({ days: period.days, business: period.unit === "business" });
  }
  // extractFacts reads the vocabulary flag only for a paragraph with review periods.
  const acceptanceWords = review.length > 0 && ACCEPTANCE_CONTEXT.test(text);
  return {
    review,
    acceptanceWords,
    // findNetDays asks for the periods of this same text: the list just read.
    net: memo.get(MEMO.net, text, (t) => findNetDays(t, () => periods))?.days ?? null,
    amounts: memoAmounts(memo, text),
  };
}

/**
 * Reads the facts. `kindsOf` (clause classification) says which paragraphs are acceptance
 * clauses; without it, paragraphs using acceptance vocabulary count. `memo` lets a re-analysis
 * reuse unchanged paragraphs' work.
 */
export function extractFacts(
  doc: DocModel,
  kindsOf: (paragraph: number) => readonly ClauseKind[] = () => [],
  memo: Memo = NO_MEMO,
): Facts {
  let client: string | null = null;
  let vendor: string | null = null;
  let clientTerm: string | null = null;
  let vendorTerm: string | null = null;
  const review: { days: number; business: boolean }[] = [];
  const net: number[] = [];
  const currencies: string[] = [];
  let contractValue: number | null = null;
  let contractValueAnchor: Anchor | null = null;
  let approver: string | null = null;
  for (const p of doc.paragraphs) {
    if (!p.text) continue;
    const f = memo.get(MEMO.facts, p.text, (t) => paragraphFacts(t, memo));
    // Only the first definition of each party counts, so paragraphs after both are not searched.
    if (client === null || vendor === null) {
      for (const d of memo.get(MEMO.definitions, p.text, findPartyDefinitions)) {
        if (d.side === "client" && client === null) [client, clientTerm] = [d.name, d.term];
        if (d.side === "vendor" && vendor === null) [vendor, vendorTerm] = [d.name, d.term];
      }
    }
    // Only the first approver counts, so paragraphs after it are not searched.
    approver ??= approverIn(p.text);
    if (f.review.length) {
      const kinds = kindsOf(p.index);
      if (f.acceptanceWords || kinds.includes("acceptance") || kinds.includes("deemed_acceptance")) review.push(...f.review);
    }
    if (f.net !== null) net.push(f.net);
    for (const a of f.amounts) {
      if (a.currency) currencies.push(a.currency);
      // Only the first total is the contract value, so its context is read until one is found.
      if (contractValue === null && isTotal(p.text, a)) {
        contractValue = a.amount;
        contractValueAnchor = { paragraph: p.index, start: a.start, end: a.end, text: a.text };
      }
    }
  }
  // Business-day periods are what the review clauses use; fall back to any acceptance period.
  const business = review.filter((r) => r.business).map((r) => r.days);
  const reviewDays = mostFrequent(business.length ? business : review.map((r) => r.days));
  return {
    client,
    vendor,
    reviewDays,
    netDays: mostFrequent(net),
    currency: mostFrequent(currencies),
    contractValue,
    clientTerm,
    vendorTerm,
    contractValueAnchor,
    approver,
  };
}
