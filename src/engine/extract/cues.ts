// Vocabulary the extractors look for, English and Portuguese together (a bilingual contract is
// common in Brazil). Kept as data so a new language or term is a one-line change.

/** A milestone label at the start of a line: "Milestone 2", "M2", "Phase 1", "Fase II", "Sprint 3". */
export const MILESTONE_LABEL = /^(?:(milestone|phase|stage|sprint|release|iteration|increment|marco|fase|etapa|entrega)\s+(\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}|[A-H])|(M)(\d{1,3}(?:\.\d{1,2})?))(?![\p{L}\d])/iu;

/** The same labels anywhere in text, for references ("upon acceptance of Milestone 3"). */
export const MILESTONE_REFERENCE = /(?<![\p{L}\d])(?:(milestone|phase|stage|sprint|release|iteration|increment|marco|fase|etapa)\s+(\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}(?![\p{L}]))|(M)(\d{1,3}(?:\.\d{1,2})?))(?![\p{L}\d])/giu;

/** Label word -> the family its numbering belongs to ("Fase 2" and "Phase 2" are the same thing). */
export const LABEL_FAMILY: Record<string, string> = {
  milestone: "milestone", m: "milestone", marco: "milestone", entrega: "milestone",
  phase: "phase", fase: "phase", etapa: "phase", stage: "phase",
  sprint: "sprint", iteration: "sprint", increment: "sprint", release: "release",
};

/** Section headings under which list items are milestones or deliverables. */
export const MILESTONE_SECTION = /\b(?:milestones?|deliverables?|payment schedule|project schedule|schedule of deliverables|marcos|entreg[áa]veis|entregas|cronograma)\b/i;

/** Nouns that close a tangible artifact ("Solution Design Document", "Requirements Traceability Matrix"). */
export const ARTIFACT_NOUNS = [
  "document", "documents", "specification", "specifications", "report", "plan", "matrix", "design",
  "code", "build", "release", "prototype", "certificate", "form", "manual", "guide", "backlog",
  "blueprint", "architecture", "model", "dashboard", "package", "deliverable", "deliverables",
  "inventory", "roadmap", "assessment", "analysis", "schedule", "runbook", "playbook", "charter",
  "brief", "wireframes", "mockups", "repository", "environment", "deployment", "application",
  "system", "module", "rtm", "sdd", "brd", "srs", "uat", "log", "minutes", "handover", "training",
  "documento", "relatório", "relatorio", "plano", "especificação", "especificacao", "matriz",
  "código", "codigo", "protótipo", "prototipo", "termo", "manual", "ata", "cronograma",
];

const ARTIFACT_ALT = ARTIFACT_NOUNS.join("|");
const ACRONYMS = new Set(["rtm", "sdd", "brd", "srs", "uat"]);
const ARTIFACT_HEADS = ARTIFACT_NOUNS.map((n) => (ACRONYMS.has(n) ? n.toUpperCase() : n[0]!.toUpperCase() + n.slice(1)));
/** Capitalised phrase ending in an artifact noun, with an optional acronym: "Requirements Traceability Matrix (RTM)". */
export const ARTIFACT_CAPITALISED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[\p{Lu}][\p{L}\d'’&/-]*|of|and|for|de|da|do|dos|das|e)\s+){0,5}(?:${ARTIFACT_HEADS.join("|")})(?![\p{L}])(?:\s*\([A-Z]{2,6}\))?`,
  "gu",
);
/** Any capitalised artifact head as plain text (no Unicode classes): every ARTIFACT_CAPITALISED match holds one. */
export const ARTIFACT_HEAD_TEXT = new RegExp(ARTIFACT_HEADS.join("|"), "g");
/** Any artifact noun as plain text: every ARTIFACT_LOWER match holds one. */
export const ARTIFACT_NOUN_TEXT = new RegExp(ARTIFACT_ALT, "g");
/** Lower-case fallback: "the signed design document", "a test report". */
export const ARTIFACT_LOWER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|an?|os?|as?)\s+((?:[\p{Ll}-]+\s+){0,3}(?:${ARTIFACT_ALT}))(?![\p{L}])`,
  "gu",
);

/** Text right after an amount that makes it a rate, not a total ("USD 40,000 per month"). */
export const RATE_AFTER = /^\s*(?:per|a|an|each|every|\/|por|ao)\s*(?:calendar\s+)?(?:month|hour|day|week|year|quarter|person|m[êe]s|hora|dia|semana|ano)\b|^\s*(?:monthly|hourly|daily|weekly|annually|mensais|mensal)\b/i;

/** Objective acceptance events, most specific first. */
export const ACCEPTANCE_EVENTS: RegExp[] = [
  /\bdeemed\s+(?:to\s+(?:have\s+been|be)\s+)?accepted\b[^.;]{0,60}/i,
  /\b(?:signs|signed|countersigns|countersigned|signature\s+of|executes|executed)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Acceptance|Sign-?off|Completion|Milestone)\s+(?:Certificate|Form|Note)\b/iu,
  /\b(?:written|signed|documented|formal)\s+(?:sign-?off|approval|acceptance)(?:\s+(?:by|from|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s*){1,4})?/u,
  /\b(?:Client|Customer|Buyer|Sponsor)(?:'s|’s)?\s+(?:Executive\s+|Project\s+)?(?:sign-?off|approval|acceptance)\b/iu,
  /\b(?:sign-?off|signature|countersignature)\b(?:\s+(?:by|of|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s*){1,4})?/iu,
  /\b(?:all\s+)?(?:acceptance|unit|integration|regression|performance|UAT)\s+tests?\s+(?:pass|passing|passed|executed)\b[^.;]{0,40}/i,
  /\bpull request\s+(?:is\s+)?merged\b|\bmerge(?:s|d)?\s+(?:the|your)\s+pull request\b/i,
  /\b(?:aceite|aprovação|aprovacao)\s+(?:formal|por escrito|escrit[ao])\b[^.;]{0,40}|\bassinatura\s+d[oa]\s+[^.;]{0,40}|\btermo de aceite\b/i,
  /\bacceptance\b(?:\s+(?:by|of)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*)?/iu,
];

/** Due date or duration as written. */
export const DUE_PATTERNS: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?:,?\s+\d{4})?\b/i,
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b/,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b(?:week|month|day|semana|mês|mes|dia)\s+\d{1,3}\b/i,
  /\b(?:T|D)\s?\+\s?\d{1,3}\b/,
  /\bwithin\s+[^.;,]{1,40}?\b(?:days?|weeks?|months?)\s+(?:of|after|from|following)\s+[^.;,]{1,40}/i,
  /\b[^.;,\s]+(?:\s+\([^)]*\))?\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\s+(?:after|from|following)\s+[^.;,]{1,40}/i,
  /\b(?:em até|no prazo de)\s+[^.;,]{1,40}?\b(?:dias|semanas|meses)\b[^.;,]{0,40}/i,
];

/** Payment trigger cues in the text around an amount, checked in this order. */
export const TRIGGER_CUES: { trigger: "usage" | "time" | "upfront" | "completion"; re: RegExp }[] = [
  {
    trigger: "usage",
    re: /\b(?:per|an|each|a|por)\s+(?:billable\s+)?(?:hour|person[- ]day|man[- ]day|day|unit|user|seat|license|hora|dia)\b|\bhourly\b|\b(?:daily|day)\s+rate\b|\btime[- ](?:and|&)[- ]materials?\b|\bT&M\b|\brate card\b|\bhours?\s+(?:worked|incurred|expended|actually)\b|\bhomem[- ]hora\b|\breimburs|\bexpenses\s+(?:actually\s+)?incurred\b|\btravel\b|\bper diem\b|\bdespesas de viagem\b/i,
  },
  {
    trigger: "time",
    re: /\b(?:per|each|every|a|por)\s+(?:calendar\s+)?(?:month|quarter|week|year|mês|trimestre)\b|\b(?:monthly|quarterly|weekly|bi-?weekly|semi-?monthly|annually|yearly|mensal|mensalmente|trimestral|trimestralmente|ao mês)\b|\bin arrears\b|\bretainer\b/i,
  },
  {
    trigger: "upfront",
    re: /\b(?:upon|on|at)\s+(?:the\s+)?(?:sign(?:ing|ature)|execution|effective date|commencement|kick-?off)\b|\b(?:up-?front|in advance|advance payment|mobili[sz]ation (?:fee|payment)|commencement payment|down payment)\b|\b(?:na|após a|mediante a)\s+assinatura\b|\badiantamento\b|\bsinal\b/i,
  },
  {
    trigger: "completion",
    re: /\bfinal payment\b|\b(?:upon|on|at)\s+(?:the\s+)?(?:final\s+)?completion of the (?:project|services|engagement|work)\b|\bat the end of the (?:project|engagement|contract)\b|\bpagamento final\b|\bconclusão do projeto\b/i,
  },
];

/** Amounts in these contexts are not instalments (caps, interest, penalties, insurance, taxes). */
export const NON_INSTALMENT_CONTEXT = /\b(?:interest|late|penalt|liquidated|retain|retention|withh[eo]ld|holdback|discount|tax(?:es)?|VAT|cap(?:ped)?|liabilit|insurance|insured|not to exceed|exceed|maximum|up to|limit|multa|juros|reten[çc][ãa]o|imposto|limite|seguro|credit)\b/i;

/** Amounts in these contexts state the total contract value. */
export const TOTAL_CONTEXT = /\b(?:total|aggregate|contract (?:price|value|sum|amount)|fixed (?:fee|price)|lump sum|valor (?:total|global)|pre[çc]o (?:total|global)|not to exceed)\b/i;

/** Words that mark a document or a payment as fixed-scope (a price for defined deliverables). */
export const FIXED_SCOPE = /\b(?:fixed[- ](?:fee|price|scope|cost)|lump[- ]sum|firm[- ]fixed|pre[çc]o (?:fixo|global)|valor fixo|escopo fechado)\b/i;

/** Payment vocabulary, to notice payment text the classifier did not label. */
export const PAYMENT_CUE = /\b(?:pa(?:y|id|yable|yment|yments)|invoic\w*|instal?l?ments?|fees?|pagamentos?|pag[oa]s?|faturamento|fatura\w*|parcelas?)\b/i;

/** Client parties (left) and vendor parties (right) as defined roles, English and Portuguese. */
export const CLIENT_ROLES = ["Client", "Customer", "Buyer", "Purchaser", "Company", "Owner", "Licensee", "Cliente", "Contratante", "CONTRATANTE", "CLIENTE", "Compradora", "Tomadora"];
export const VENDOR_ROLES = ["Vendor", "Supplier", "Contractor", "Consultant", "Service Provider", "Provider", "Agency", "Developer", "Seller", "Licensor", "Contratada", "CONTRATADA", "Fornecedor", "Fornecedora", "Prestadora", "Prestador", "FORNECEDORA", "PRESTADORA"];
