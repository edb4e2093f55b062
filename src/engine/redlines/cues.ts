// Vocabulary the redline review reads, per language, as regular-expression sources over folded text
// (lower case, accents stripped; see text/fold.ts). The clause classifier's own cues (kinds,
// triggers, deemed acceptance, dependencies) come from the rule packs; these cover what only a
// before/after comparison needs: whose clock a period runs on, what an amount pays for, revision
// rounds, phase gating, withholding rights and liability caps.
import type { Language } from "../types";

export interface RedlineCues {
  /** Whose action a period measures; checked on the clause text around the period. */
  period: {
    payment: string;
    review: string;
    /** The vendor's own work: correcting, re-delivering. More time is better for the vendor. */
    vendorWork: string;
    /** An action either party may take; the nearest party before it decides whose clock it is. */
    act: string;
    warranty: string;
    /** Clauses whose periods carry no commercial gate (confidentiality, term, termination). */
    unrelated: string;
  };
  client: string;
  vendor: string;
  /** What an amount or percentage is for; checked on the text just before it. */
  money: {
    liabilitySentence: string;
    retention: string;
    penalty: string;
    interest: string;
    fee: string;
  };
  /** Deemed acceptance, read here too so a shadowing cue elsewhere in the packs cannot hide it. */
  deemed: string;
  /** Billing tied to delivered work, when no other billing cue is present. */
  milestoneBilling: string;
  /** Modal verbs: a binding obligation, and the permissive or effort wording that softens it. */
  obligation: string;
  permission: string;
  /** Cheap keyword tests: a phrase family is matched only where its keyword occurs. */
  keywords: { rounds: string; phaseGate: string; withhold: string; liability: string };
  /** "two (2) rounds of revisions" (group `n`) and "unlimited revisions". */
  rounds: string;
  unlimitedRounds: string;
  phaseGate: string;
  withhold: string;
  liabilityCap: string;
  unlimitedLiability: string;
}

const EN: RedlineCues = {
  period: {
    payment: "pa(?:y|ys|id|yable|yment|yments)|invoic\\w*|net|due",
    review:
      "accept\\w*|review\\w*|approv\\w*|reject\\w*|inspect\\w*|test(?:s|ing)?|sign-?off|notif\\w*|notice|object\\w*|respond\\w*|response|feedback|comments?",
    vendorWork: "correct\\w*|remed\\w*|cure|cured|fix|fixe[sd]|re-?submit\\w*|re-?deliver\\w*|rework\\w*|re-?perform\\w*",
    act: "provid(?:e|es|ed|ing)|suppl(?:y|ies|ied)|furnish(?:es|ed)?|deliver(?:s|ed|ing)?|complet(?:e|es|ed)|perform(?:s|ed|ing)?|submit(?:s|ted)?",
    warranty: "warrant\\w*|guarantee\\w*",
    unrelated: "confidential\\w*|non-?disclosure|terminat\\w*|renew\\w*|the term of|governing law|surviv\\w*|retain (?:records|copies)|insurance",
  },
  client: "client|customer|buyer|purchaser|company|owner|licensee|employer",
  vendor: "vendor|supplier|contractor|consultant|service provider|provider|agency|developer|seller|licensor",
  money: {
    liabilitySentence: "liabilit\\w*",
    retention: "retain\\w*|retention|retainage|withh[oe]ld\\w*|holdback|held back",
    penalty: "penalt\\w*|liquidated damages|service credits?|credits?|discounts?|rebates?|deduct\\w*",
    interest: "interest|late (?:fee|charge|payment charge)s?",
    fee: "pa(?:y|ys|id|yable|yment|yments)|fees?|invoic\\w*|price|instal?l?ments?|amount|sum|compensation|charges?|costs?|rate",
  },
  deemed:
    "(?:deemed|considered|treated as|taken to be) (?:to (?:have been|be) )?(?:accepted|approved)|deemed acceptance|acceptance (?:shall|will) be deemed|constitutes? (?:final )?acceptance|silence (?:is|shall be|will be|constitutes) acceptance",
  milestoneBilling: "milestones?|acceptance of|accepted|sign-?off|deliverables?|phases?|sprints?",
  obligation: "shall|must|will|agrees? to|is required to|undertakes? to|is obliged to",
  permission: "may|can|might|should|could|(?:will |shall )?(?:endeavou?r|try|attempt|seek)s? to|is entitled to|at its option",
  keywords: {
    rounds: "round|cycle|iteration|revision|review|change|amendment|correction|comment|feedback|edit|unlimited|until",
    phaseGate: "commenc|begin|start|proceed|previous|prior|preceding|earlier|conditional|contingent|gat",
    withhold: "withh|retain|set.?off|offset|suspend|defer|delay|holdback",
    liability: "liabilit|uncapped",
  },
  rounds:
    "(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?: \\(\\d{1,2}\\))? (?:(?:additional|further|consecutive|complete|full) )?(?:rounds?|cycles?|iterations?|sets?)(?: of)? (?:[a-z]+ )?(?:revisions?|review|changes?|amendments?|corrections?|comments?|feedback|edits?)|(?<n2>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?: \\(\\d{1,2}\\))? (?:revision|review|feedback|change|correction) (?:rounds?|cycles?|iterations?)",
  unlimitedRounds:
    "unlimited (?:number of )?(?:rounds?|cycles?|iterations?|revisions?|changes|amendments|corrections|edits|review)|(?:as many|any number of) (?:rounds?|cycles?|revisions?|changes|iterations?)|(?:rounds?|cycles?|revisions?|changes) (?:shall|will) (?:be|remain) unlimited|until (?:the )?(?:client|customer) is satisfied",
  phaseGate:
    "(?:shall|will|may|does|do) not (?:commence|begin|start|proceed)[^.;]{0,80}(?:until|unless|before)|(?:commenc|begin|start|proceed)\\w* only (?:upon|after|following|once|when)|(?:upon|after|following|once) (?:the )?(?:written )?(?:acceptance|approval|sign-?off|completion) of (?:the )?(?:previous|prior|preceding|earlier) (?:phase|milestone|stage|sprint|deliverable)|conditional (?:up)?on (?:the )?(?:written )?(?:acceptance|approval|completion|sign-?off)|(?:is|are) contingent (?:up)?on (?:the )?(?:acceptance|approval|completion|sign-?off)|(?:phase|stage)[- ]gat\\w*",
  withhold:
    "(?:may|shall be entitled to|is entitled to|reserves the right to|has the right to|can) (?:withhold|retain|set[- ]?off|offset|suspend|defer|delay) (?:\\w+ ){0,3}(?:payments?|fees?|amounts?|sums?|invoices?)|withh[oe]ld(?:ing)? (?:of )?(?:any |all )?payments?|right (?:of|to) set[- ]?off|holdback",
  liabilityCap:
    "liabilit\\w*[^.;]{0,160}(?:shall not exceed|will not exceed|not to exceed|not exceed|limited to|capped at|maximum|in no event (?:exceed|be greater))|(?:cap|limit|limitation) (?:on|of) (?:the )?(?:[a-z']+ )?liabilit\\w*|(?:aggregate|total) liabilit\\w*",
  unlimitedLiability:
    "unlimited liabilit\\w*|liabilit\\w* (?:shall|will) be unlimited|uncapped|(?:shall|will) not be (?:subject to|limited by) (?:any|the) (?:cap|limit|limitation)",
};

const PT: RedlineCues = {
  period: {
    payment: "pag(?:o|a|os|as|ar|ara|amento|amentos|avel|aveis)|fatura\\w*|nota fiscal|notas fiscais|boleto|vencimento|vencer",
    review:
      "aceit\\w*|revis\\w*|aprov\\w*|rejei\\w*|recus\\w*|homolog\\w*|valid\\w*|test\\w*|manifest\\w*|notific\\w*|apontamentos?|impugn\\w*|analis\\w*|analise",
    vendorWork: "corrig\\w*|correc\\w*|sana\\w*|sanea\\w*|reapresent\\w*|refaz\\w*|refazer|reexecut\\w*|ajust\\w*",
    act: "fornec\\w*|disponibiliz\\w*|entreg\\w*|conclu\\w*|execut\\w*|envi\\w*|apresent\\w*",
    warranty: "garantia",
    unrelated: "confidencia\\w*|sigilo|rescis\\w*|rescind\\w*|vigencia|renova\\w*|foro|seguro",
  },
  client: "contratante|cliente|compradora?|tomadora?",
  vendor: "contratada|fornecedora?|prestadora?|consultoria|desenvolvedora?",
  money: {
    liabilitySentence: "responsabilidade",
    retention: "ret(?:er|era|ido|ida|encao|encoes)|reten\\w*",
    penalty: "multas?|penalidades?|penalizac\\w*|desconto\\w*|abatimento\\w*|glosa\\w*|creditos?",
    interest: "juros|correcao monetaria|mora",
    fee: "pag(?:o|a|os|as|ar|ara|amento|amentos|avel|aveis)|valor(?:es)?|parcelas?|precos?|honorarios|remuneracao|fatura\\w*|preco|quantia|importancia",
  },
  deemed:
    "considerad[oa]s? (?:(?:plenamente|automaticamente|tacitamente) )?(?:aceit|aprovad|homologad|recebid)[oa]s?|considera-se (?:aceit|aprovad|homologad|recebid)[oa]|aceite tacito|aceitacao (?:tacita|automatica)|tacitamente (?:aceit|aprovad)[oa]s?",
  milestoneBilling: "marcos?|aceite|aceitacao|entregave(?:l|is)|fases?|etapas?",
  obligation: "devera|deverao|deve|devem|obriga-se a|se obriga a|compromete-se a|fica obrigad[ao] a",
  permission: "podera|poderao|pode|podem|buscara|envidara esforcos|procurara|tentara|a seu criterio|facultad[ao]",
  keywords: {
    rounds: "rodada|ciclo|iterac|revis|ajuste|alterac|correc|ilimitad|quantas|tantas|satisfacao",
    phaseGate: "inici|comec|condicionad|anterior|precedente",
    withhold: "reter|retenc|suspender|compensa|glosar|sustar|postergar|adiar",
    liability: "responsabilidade",
  },
  rounds:
    "(?<n>\\d{1,2}|uma|duas|dois|tres|quatro|cinco|seis|sete|oito|nove|dez)(?: \\([a-z0-9 ]{1,12}\\))? (?:rodadas?|ciclos?|iteracoes|iteracao)(?: (?:de|para) (?:[a-z]+ )?(?:revis\\w*|ajustes?|alterac\\w*|correc\\w*|comentarios?|apontamentos?))?|(?<n2>\\d{1,2}|uma|duas|dois|tres|quatro|cinco|seis|sete|oito|nove|dez)(?: \\([a-z0-9 ]{1,12}\\))? (?:revisoes|revisao|ajustes|alteracoes)",
  unlimitedRounds:
    "(?:revisoes|rodadas|ciclos|ajustes|alteracoes|correcoes)(?: [a-z]+){0,3} ilimitad[ao]s|ilimitad[ao]s (?:revisoes|rodadas|ciclos|ajustes|alteracoes)|(?:quantas|tantas) (?:revisoes|rodadas|vezes) (?:forem|quantas|sejam)|ate (?:a|o) (?:satisfacao|plena satisfacao) d[ao] (?:contratante|cliente)",
  phaseGate:
    "(?:somente|apenas|so) (?:sera|serao|podera|poderao|terao?|ira|irao)? ?(?:iniciad[ao]s?|iniciar|comecar|comecara|ter inicio|tera inicio)[^.;]{0,80}(?:apos|depois|mediante)|(?:nao|nenhuma) (?:sera|serao|podera|poderao) (?:ser )?(?:iniciad[ao]s?|iniciar|comecar)[^.;]{0,80}(?:antes|sem)|condicionad[ao]s? (?:ao|a|aos|as) (?:aceite|aprovacao|conclusao|homologacao)|(?:apos|depois d[oa]) (?:o |a )?(?:aceite|aprovacao|conclusao|homologacao) d[ao] (?:fase|etapa|marco|entrega) (?:anterior|precedente)",
  withhold:
    "(?:podera|poderao|pode|tera o direito de|fica autorizad[ao] a|reserva-se o direito de) (?:reter|suspender|compensar|glosar|sustar|postergar|adiar) (?:\\w+ ){0,3}(?:pagamentos?|valores|parcelas?|faturas?|notas fiscais)|retencao (?:de|dos?|das?) (?:pagamentos?|valores|parcelas?)|direito de compensacao",
  liabilityCap:
    "responsabilidade[^.;]{0,160}(?:limitada a|nao excedera|nao podera exceder|nao ultrapassara|fica limitada|limite de|teto|maximo)|(?:limite|teto|limitacao) (?:de|da|para a) responsabilidade",
  unlimitedLiability: "responsabilidade (?:\\w+ ){0,3}ilimitada|sem (?:qualquer )?(?:limite|limitacao|teto) de responsabilidade",
};

export const REDLINE_CUES: Record<Language, RedlineCues> = { en: EN, pt: PT };
