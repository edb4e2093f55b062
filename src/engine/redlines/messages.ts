// Reason texts for the redline review, per language. Templates use {placeholders}; figures and
// quotes are inserted as the document writes them.
import type { Language, PaymentTrigger, SubjectiveCategory } from "../types";
import type { FigureKind, MoneyRole, PeriodRole } from "./figures";

export type FigureRole = PeriodRole | MoneyRole | "rounds";

export interface RoleLabel {
  /** Capitalised name: "Payment term". */
  name: string;
  /** With the definite article, in running text: "the payment term". */
  the: string;
  /** With the indefinite article: "a payment term". */
  a: string;
}

export interface RedlineMessages {
  neutral: { none: string; formatting: string; moved: string; paragraphMark: string };
  subjectiveAdded: string;
  subjectiveRemoved: string;
  /** What a subjective phrase of each category does to the gate. */
  subjectiveEffect: Record<SubjectiveCategory, string>;
  deemedRemoved: string;
  deemedAdded: string;
  gateRemoved: string;
  gateNotBinary: string;
  gateBinary: string;
  signoffRemoved: string;
  signoffAdded: string;
  artifactRemoved: string;
  artifactAdded: string;
  trigger: string;
  triggers: Record<PaymentTrigger, string>;
  dependencyRemoved: string;
  dependencyAdded: string;
  phaseGateRemoved: string;
  phaseGateAdded: string;
  withholdAdded: string;
  withholdRemoved: string;
  capRemoved: string;
  capAdded: string;
  unlimitedAdded: string;
  unlimitedRemoved: string;
  /** A modal changed: {from}/{to} as written. */
  clientObligationSoftened: string;
  clientObligationMade: string;
  vendorObligationSoftened: string;
  vendorObligationMade: string;
  /** Figure changes: {name}/{the}/{a} from the role label, {from}/{to} as written. */
  longer: string;
  shorter: string;
  increased: string;
  decreased: string;
  removed: string;
  added: string;
  unlimitedRounds: string;
  roles: Record<FigureRole, RoleLabel>;
  /** Labels for a percentage figure where it differs from the amount's ("Payment percentage"). */
  percentRoles: Partial<Record<FigureRole, RoleLabel>>;
}

const EN: RedlineMessages = {
  neutral: {
    none: "No effect on acceptance, payment or dependencies",
    formatting: "Formatting only",
    moved: "Moved",
    paragraphMark: "Paragraph break only",
  },
  subjectiveAdded: "Adds “{phrase}”: {effect}",
  subjectiveRemoved: "Removes “{phrase}”: the standard becomes objective",
  subjectiveEffect: {
    "approval-standard": "acceptance now depends on the Client's opinion",
    "vague-completion": "completion is no longer a checkable event",
    "unmeasured-quality": "the quality bar has no measurable test",
    "soft-timing": "the deadline is no longer fixed",
    "open-scope": "the scope becomes open-ended",
    "agreement-to-agree": "the term is left to a future agreement",
    "effort-standard": "an effort standard replaces a deliverable result",
  },
  deemedRemoved: "Deletes deemed acceptance (“{quote}”): silence no longer counts as acceptance, so payment can wait indefinitely",
  deemedAdded: "Adds deemed acceptance (“{quote}”): silence counts as acceptance",
  gateRemoved: "Deletes the acceptance gate (“{quote}”)",
  gateNotBinary: "The gate is no longer binary (binary gate true → false)",
  gateBinary: "The gate becomes binary (binary gate false → true)",
  signoffRemoved: "Removes the sign-off “{phrase}” from the gate (binary gate true → false)",
  signoffAdded: "Adds the sign-off “{phrase}” to the gate (binary gate false → true)",
  artifactRemoved: "Removes the artifact “{phrase}” from the gate (binary gate true → false)",
  artifactAdded: "Adds the artifact “{phrase}” to the gate (binary gate false → true)",
  trigger: "Billing changes from {fromLabel} to {toLabel} (trigger {from} → {to})",
  triggers: {
    milestone: "milestone-based",
    time: "time-based",
    upfront: "upfront",
    completion: "payment on completion",
    usage: "usage-based",
  },
  dependencyRemoved: "Removes a client dependency (“{quote}”): delays caused by the Client no longer protect the schedule",
  dependencyAdded: "Adds a client dependency (“{quote}”)",
  phaseGateRemoved: "Removes phase gating (“{quote}”): later work no longer waits for earlier acceptance",
  phaseGateAdded: "Adds phase gating (“{quote}”)",
  withholdAdded: "Adds a right to withhold payment (“{quote}”)",
  withholdRemoved: "Removes a right to withhold payment (“{quote}”)",
  capRemoved: "Removes the liability cap (“{quote}”)",
  capAdded: "Adds a liability cap (“{quote}”)",
  unlimitedAdded: "Makes liability unlimited (“{quote}”)",
  unlimitedRemoved: "Removes unlimited liability (“{quote}”)",
  clientObligationSoftened: "Turns the Client's obligation into an option (“{from}” → “{to}”)",
  clientObligationMade: "Makes it an obligation of the Client (“{from}” → “{to}”)",
  vendorObligationSoftened: "Softens the Vendor's obligation (“{from}” → “{to}”)",
  vendorObligationMade: "Turns an option into an obligation of the Vendor (“{from}” → “{to}”)",
  longer: "{name} lengthened ({from} → {to})",
  shorter: "{name} shortened ({from} → {to})",
  increased: "{name} increased ({from} → {to})",
  decreased: "{name} reduced ({from} → {to})",
  removed: "Removes {the} ({from})",
  added: "Adds {a} ({to})",
  unlimitedRounds: "Revision rounds made unlimited ({from} → {to})",
  roles: {
    payment: { name: "Payment term", the: "the payment term", a: "a payment term" },
    review: { name: "Review/acceptance period", the: "the review/acceptance period", a: "a review/acceptance period" },
    client: { name: "Time allowed to the Client", the: "the Client's deadline", a: "a deadline for the Client" },
    vendor: { name: "Time allowed to the Vendor", the: "the Vendor's deadline", a: "a deadline for the Vendor" },
    warranty: { name: "Warranty period", the: "the warranty period", a: "a warranty period" },
    fee: { name: "Payment amount", the: "the payment", a: "a payment" },
    retention: { name: "Retention", the: "the retention", a: "a retention" },
    penalty: { name: "Penalty/credit", the: "the penalty/credit", a: "a penalty/credit" },
    interest: { name: "Late-payment interest", the: "the late-payment interest", a: "late-payment interest" },
    cap: { name: "Liability cap", the: "the liability cap figure", a: "a liability cap figure" },
    rounds: { name: "Revision rounds", the: "the revision-round limit", a: "a revision-round limit" },
  },
  percentRoles: {
    fee: { name: "Payment percentage", the: "the payment percentage", a: "a payment percentage" },
  },
};

const PT: RedlineMessages = {
  neutral: {
    none: "Sem efeito sobre aceite, pagamento ou dependências",
    formatting: "Somente formatação",
    moved: "Movido",
    paragraphMark: "Somente quebra de parágrafo",
  },
  subjectiveAdded: "Acrescenta “{phrase}”: {effect}",
  subjectiveRemoved: "Remove “{phrase}”: o critério passa a ser objetivo",
  subjectiveEffect: {
    "approval-standard": "o aceite passa a depender da opinião do Contratante",
    "vague-completion": "a conclusão deixa de ser um evento verificável",
    "unmeasured-quality": "o padrão de qualidade não tem teste mensurável",
    "soft-timing": "o prazo deixa de ser definido",
    "open-scope": "o escopo fica em aberto",
    "agreement-to-agree": "o termo fica para acordo futuro",
    "effort-standard": "um padrão de esforço substitui o resultado entregue",
  },
  deemedRemoved: "Remove o aceite tácito (“{quote}”): o silêncio deixa de valer como aceite e o pagamento pode esperar indefinidamente",
  deemedAdded: "Acrescenta aceite tácito (“{quote}”): o silêncio vale como aceite",
  gateRemoved: "Remove a condição de aceite (“{quote}”)",
  gateNotBinary: "A condição deixa de ser binária (binary gate true → false)",
  gateBinary: "A condição passa a ser binária (binary gate false → true)",
  signoffRemoved: "Remove o aceite formal “{phrase}” da condição (binary gate true → false)",
  signoffAdded: "Acrescenta o aceite formal “{phrase}” à condição (binary gate false → true)",
  artifactRemoved: "Remove o artefato “{phrase}” da condição (binary gate true → false)",
  artifactAdded: "Acrescenta o artefato “{phrase}” à condição (binary gate false → true)",
  trigger: "O faturamento passa de {fromLabel} para {toLabel} (trigger {from} → {to})",
  triggers: {
    milestone: "por marco",
    time: "por período",
    upfront: "antecipado",
    completion: "na conclusão",
    usage: "por uso",
  },
  dependencyRemoved: "Remove uma dependência do Contratante (“{quote}”): atrasos do Contratante deixam de proteger o cronograma",
  dependencyAdded: "Acrescenta uma dependência do Contratante (“{quote}”)",
  phaseGateRemoved: "Remove o encadeamento de fases (“{quote}”): as etapas seguintes deixam de aguardar o aceite das anteriores",
  phaseGateAdded: "Acrescenta encadeamento de fases (“{quote}”)",
  withholdAdded: "Acrescenta o direito de reter pagamentos (“{quote}”)",
  withholdRemoved: "Remove o direito de reter pagamentos (“{quote}”)",
  capRemoved: "Remove o limite de responsabilidade (“{quote}”)",
  capAdded: "Acrescenta um limite de responsabilidade (“{quote}”)",
  unlimitedAdded: "Torna a responsabilidade ilimitada (“{quote}”)",
  unlimitedRemoved: "Remove a responsabilidade ilimitada (“{quote}”)",
  clientObligationSoftened: "Transforma a obrigação do Contratante em faculdade (“{from}” → “{to}”)",
  clientObligationMade: "Torna obrigação do Contratante (“{from}” → “{to}”)",
  vendorObligationSoftened: "Atenua a obrigação da Contratada (“{from}” → “{to}”)",
  vendorObligationMade: "Transforma uma faculdade em obrigação da Contratada (“{from}” → “{to}”)",
  longer: "{name} aumentado ({from} → {to})",
  shorter: "{name} reduzido ({from} → {to})",
  increased: "{name} aumentado ({from} → {to})",
  decreased: "{name} reduzido ({from} → {to})",
  removed: "Remove {the} ({from})",
  added: "Acrescenta {a} ({to})",
  unlimitedRounds: "Rodadas de revisão passam a ser ilimitadas ({from} → {to})",
  roles: {
    payment: { name: "Prazo de pagamento", the: "o prazo de pagamento", a: "um prazo de pagamento" },
    review: { name: "Prazo de análise/aceite", the: "o prazo de análise/aceite", a: "um prazo de análise/aceite" },
    client: { name: "Prazo do Contratante", the: "o prazo do Contratante", a: "um prazo para o Contratante" },
    vendor: { name: "Prazo da Contratada", the: "o prazo da Contratada", a: "um prazo para a Contratada" },
    warranty: { name: "Prazo de garantia", the: "o prazo de garantia", a: "um prazo de garantia" },
    fee: { name: "Valor do pagamento", the: "o pagamento", a: "um pagamento" },
    retention: { name: "Valor retido", the: "a retenção", a: "uma retenção" },
    penalty: { name: "Valor da multa/desconto", the: "a multa/desconto", a: "uma multa/desconto" },
    interest: { name: "Juros de mora", the: "os juros de mora", a: "juros de mora" },
    cap: { name: "Limite de responsabilidade", the: "o valor do limite de responsabilidade", a: "um valor de limite de responsabilidade" },
    rounds: { name: "Número de rodadas de revisão", the: "o limite de rodadas de revisão", a: "um limite de rodadas de revisão" },
  },
  percentRoles: {
    fee: { name: "Percentual do pagamento", the: "o percentual do pagamento", a: "um percentual de pagamento" },
  },
};

export const REDLINE_MESSAGES: Record<Language, RedlineMessages> = { en: EN, pt: PT };

/** Fills {placeholders}; unknown ones are left as written so a missing value is visible in tests. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function roleLabel(messages: RedlineMessages, role: FigureRole, kind: FigureKind): RoleLabel {
  return (kind === "percent" ? messages.percentRoles[role] : undefined) ?? messages.roles[role];
}
