// Brazilian Portuguese rule pack. Patterns run on folded text: lower case and no accents
// ("nao", "aceitacao", "uteis"), so unaccented source text ("homologacao") matches too.
import type { Cue, RulePack, SubjectiveRule } from "./types";
import { MONEY, NUMBER_PT, WORD } from "./fragments";

const GATE = ["milestone", "acceptance", "payment"] as const;

/** Client-side roles in Brazilian contracts. */
const CLIENT =
  "(?:contratante|cliente|administracao|orgao|entidade|municipio|instituto|comprador|tomador(?:a)?|licenciad[oa])";

const QUALITY_NOUN_PT =
  "(?:qualidade|condicoes|condicao|funcionamento|desempenho|execucao|resultados?|praticas|padroes|padrao|documentacao|codigo|testes|seguranca|entrega|servicos?|atendimento|acabamento|apresentacao|operacao)";

const SUBJECTIVE: SubjectiveRule[] = [
  {
    id: "pt.approval.discretion",
    category: "approval-standard",
    language: "pt",
    patterns: [
      "a (?:seu|sua|exclusivo|livre|unico|inteiro)(?: (?:exclusivo|livre|unico|inteiro))? (?:e (?:exclusivo|livre) )?criterio(?: d[oa] [a-z]+)?",
      "(?:por|segundo|conforme) (?:o )?(?:seu )?(?:exclusivo |livre |unico )?criterio(?: (?:exclusivo|proprio))?(?: d[oa] [a-z]+)?",
      "criterio exclusivo(?: d[oa] [a-z]+)?",
      `a criterio d[oa] ${CLIENT}`,
      `conforme (?:o )?entendimento d[oa] ${CLIENT}`,
      "a juizo (?:exclusivo )?d[oa] [a-z]+",
      `(?:na|segundo a|conforme a|de acordo com a) (?:opiniao|avaliacao subjetiva|percepcao) d[oa] ${CLIENT}`,
      "(?:decisao|avaliacao|determinacao) (?:sera|e) (?:final|definitiva|irrecorrivel|soberana)",
    ],
    contexts: [...GATE],
    severity: "high",
    explanation:
      "O resultado depende do juízo unilateral de uma das partes: não há teste objetivo a cumprir nem fundamento para contestar a recusa de aceite ou de pagamento.",
    rewrites: [
      "se o {artifact} atender aos critérios de aceite do {milestone}, comprovado por {tests}",
      "a {client} somente poderá recusar o aceite por escrito, em até {reviewDays} dias úteis, indicando cada desconformidade com as especificações",
    ],
  },
  {
    id: "pt.approval.satisfaction",
    category: "approval-standard",
    language: "pt",
    patterns: [
      `(?:a|para|com a) (?:inteira |plena |total )?satisfacao d[oa] ${CLIENT}`,
      "a contento(?: d[oa] [a-z]+)?",
      `(?:desde que|quando|se|caso) (?:o |a )?${CLIENT} (?:esteja|estiver|fique|ficar|se der por) (?:satisfeit[oa]|de acordo)`,
      "(?:de forma|de modo|em nivel) satisfatori[oa]",
      `(?:melhores|maiores) resultados(?: (?:possiveis|para (?:a |o )?${CLIENT}))?`,
      `de modo a assegurar (?:os )?melhores resultados(?: para (?:a |o )?${CLIENT})?`,
    ],
    contexts: [...GATE],
    unless: { patterns: ["proposta|licitante"], before: 120, after: 60 },
    severity: "high",
    explanation:
      "O aceite ou o pagamento depende da satisfação do cliente, que não tem medida: ele pode reter a aprovação e o pagamento sem motivo que possa ser corrigido.",
    rewrites: [
      "mediante confirmação por escrito de {approver} de que o {artifact} atende aos critérios de aceite do {milestone}",
      "em até {reviewDays} dias úteis da comunicação de entrega do {artifact}, a {client} aceitará ou apontará por escrito cada desconformidade; sem manifestação, o {artifact} considera-se aceito",
    ],
  },
  {
    id: "pt.completion.vague",
    category: "vague-completion",
    language: "pt",
    patterns: [
      "(?:operacao|funcionamento) estavel(?: em producao)?",
      `avanco (?:real|efetivo|significativo|satisfatorio)(?: d[aoe] (?:${WORD} ){0,2}${WORD})?`,
      "substancialmente (?:concluid[oa]s?|complet[oa]s?|pront[oa]s?)",
      "(?:praticamente|essencialmente) (?:concluid[oa]s?|complet[oa]s?|pront[oa]s?)",
      "pronto para (?:producao|uso|lancamento)",
      "alteracoes substanciais(?: de escopo)?",
    ],
    contexts: [...GATE],
    severity: "high",
    explanation:
      "A conclusão é descrita por um grau, não por um evento: se o marco está concluído (e pode ser faturado) vira questão de opinião.",
    rewrites: [
      "na entrega do {artifact} com {tests} aprovados, confirmada por aceite escrito de {approver} em até {reviewDays} dias úteis",
      "quando o {artifact} for entregue e {event}",
    ],
  },
  {
    id: "pt.completion.title-status",
    category: "vague-completion",
    language: "pt",
    caseSensitive: true,
    patterns: [
      "(?!(?:Fase|Etapa|Marco|Status|Entrega)\\b)(?:[A-Z][a-z]+ ){1,3}(?:(?:de|da|do|dos|das|e) (?:[A-Z][a-z]+ )?)?(?:Concluid[oa]s?|Finalizad[oa]s?|Entregues?|Pront[oa]s?|Complet[oa]s?|Encerrad[oa]s?)",
    ],
    contexts: ["milestone"],
    near: {
      patterns: ["(?:^|[:|\\-]\\s*|\\b(?:fase|etapa|marco|sprint|entrega)\\s+[\\w.]{1,4}\\s*[:\\-]?\\s*)$"],
      before: 24,
      after: 0,
    },
    severity: "high",
    explanation:
      "Um marco que se encerra com um rótulo de status como \"Concluído\" não tem artefato nem evento objetivo: o cliente decide quando está concluído e quando é pago.",
    rewrites: [
      "{milestone}: aceite escrito de {approver} sobre o {artifact}, ou aceite tácito {reviewDays} dias úteis após a entrega sem rejeição escrita",
      "{milestone} concluído com a entrega do {artifact} e {tests} aprovados",
    ],
  },
  {
    id: "pt.quality.vague-bar",
    category: "unmeasured-quality",
    language: "pt",
    patterns: [
      `(?:em|nas|com) (?:perfeitas|plenas|boas|adequadas|otimas) condicoes(?: de ${WORD})?`,
      `(?:em|nas) condicoes (?:adequadas|satisfatorias|ideais|apropriadas)`,
      `(?:com|de|garantindo a|assegurando a) (?:alta |boa |elevada |maxima |excelente )?qualidade(?:, ${WORD}(?: e ${WORD}(?: ${WORD})?)?| e ${WORD}(?: ${WORD})?| d[aoe] ${WORD})?`,
      `(?:melhores|boas) praticas(?: d[eo] (?:${WORD} ?){1,2})?`,
      "padr(?:ao|oes) (?:de|do) mercado",
      `(?:de forma|de maneira|de modo) (?:adequada|apropriada|satisfatoria|eficiente|eficaz|profissional|diligente)`,
      `(?:adequad[oa]s?|apropriad[oa]s?|satisfatori[oa]s?|suficientes?|perfeit[oa]s?|excelentes?|robust[oa]s?|intuitiv[oa]s?|amigave(?:l|is)) ${QUALITY_NOUN_PT}`,
      `${QUALITY_NOUN_PT} (?:adequad[oa]s?|satisfatori[oa]s?|excelentes?|superiores?)`,
      "eficiencia tecnica",
    ],
    contexts: [...GATE, "quality", "dependency"],
    unless: { patterns: ["padroes de qualidade", "tratamento adequado"], before: 10, after: 20 },
    severity: "medium",
    explanation:
      "Um adjetivo de qualidade sem medida não pode ser verificado: o cliente pode dizer que o trabalho é deficiente e reter o aceite ou o pagamento.",
    rewrites: ["atendendo a {tests}", "conforme as especificações do {artifact}, verificadas por {tests}"],
  },
  {
    id: "pt.quality.vague-goal",
    category: "unmeasured-quality",
    language: "pt",
    patterns: [
      `(?:melhorar|aprimorar|otimizar|maximizar|aumentar|elevar)(?: (?:a|o|as|os))? (?:${WORD} ){0,2}(?:eficiencia|desempenho|experiencia|qualidade|visibilidade|usabilidade|engajamento|produtividade|confiabilidade|estabilidade|satisfacao)`,
      "participa(?:r|cao) ativa(?:mente)?",
      "ativamente",
    ],
    contexts: ["milestone", "acceptance"],
    severity: "medium",
    explanation:
      "Um objetivo como \"melhorar a eficiência\" não tem meta numérica: um marco ou aceite baseado nele não pode ser comprovado.",
    rewrites: ["{tests} demonstram melhoria de {count}% em relação à linha de base do {milestone}", "entregar o {artifact} listado no {milestone}"],
  },
  {
    id: "pt.effort.diligence",
    category: "effort-standard",
    language: "pt",
    patterns: [
      "(?:empenho|esforco|dedicacao) (?:continuo|constante|maximo|integral)(?: e diligente)?",
      `diligencia (?:compativel|adequada|razoavel|necessaria)(?: com (?:a )?(?:${WORD} ?){1,3})?`,
      "(?:melhores|maximos) esforcos",
    ],
    contexts: [...GATE, "quality"],
    unless: { patterns: ["nao garante|sem garantia"], before: 0, after: 120 },
    severity: "low",
    explanation:
      "Um padrão de esforço ligado a prazo ou entrega troca o resultado verificável por uma discussão sobre se o esforço foi suficiente.",
    rewrites: ["entregar o {artifact} até {event}", "em até {days} dias úteis de {event}"],
  },
  {
    id: "pt.timing.soon",
    category: "soft-timing",
    language: "pt",
    patterns: [
      "o mais (?:breve|rapido|cedo) possivel",
      "(?:com a )?maior brevidade(?: possivel)?",
      "assim que (?:possivel|puder)",
      "tempestiv(?:o|a|os|as|amente)",
      "em tempo (?:habil|oportuno)",
      "oportunamente",
      "(?:em |dentro de |com )?(?:prazo|tempo|antecedencia) razoave(?:l|is)(?:, desde que possivel)?",
      "desde que possivel",
      "sem demora(?: injustificada)?",
      "prontamente",
    ],
    contexts: [...GATE, "dependency"],
    near: {
      patterns: [
        "aprova|aceit|homologa|revis|valida|entreg|pag|fatur|fornec|acess|materia|informa|credencia|insumo|cronograma|respost|retorno|ajuste|diverg|retifica|correc",
      ],
      before: 100,
      after: 60,
    },
    severity: "medium",
    explanation:
      "Prazo vago não é prazo: nem a revisão atrasada nem o pagamento atrasado podem ser caracterizados como atraso.",
    rewrites: ["em até {days} dias úteis de {event}", "no prazo de {reviewDays} dias úteis contados de {event}"],
  },
  {
    id: "pt.timing.approximate",
    category: "soft-timing",
    language: "pt",
    patterns: [
      `(?:habitualmente|normalmente|geralmente|usualmente|tipicamente|em regra|via de regra)(?: ${WORD}){0,2} (?:em (?:ate )?|dentro de |apos )?${NUMBER_PT} (?:dias?|semanas?|meses|horas?)(?: (?:uteis|corridos))?(?: conforme (?:a )?(?:complexidade|demanda|disponibilidade))?`,
      `(?:aproximadamente|cerca de|por volta de|em torno de) ${NUMBER_PT} (?:dias?|semanas?|meses|horas?)(?: (?:uteis|corridos))?`,
      "conforme (?:a )?(?:complexidade|disponibilidade)",
      "periodicamente",
      "regularmente",
      "(?:de tempos em tempos|de forma periodica|em intervalos regulares)",
    ],
    contexts: [...GATE, "dependency", "quality", "general"],
    severity: "medium",
    explanation:
      "Um prazo aproximado ou habitual não é exigível: a outra parte sempre pode dizer que o tempo ainda não correu.",
    rewrites: ["em até {days} dias úteis de {event}"],
  },
  {
    id: "pt.scope.open",
    category: "open-scope",
    language: "pt",
    patterns: [
      "conforme (?:solicitado|necessario|demanda)",
      "quando (?:solicitado|necessario)",
      "sempre que (?:solicitado|necessario)",
      "(?:incluindo|inclusive),? (?:mas |porem )?(?:nao|sem) se limitar a",
      "entre outr[oa]s",
      "dentre outr[oa]s",
      "\\betc\\.?",
      "(?:revisoes|ajustes|alteracoes|rodadas) ilimitad[oa]s",
      "sem limite de (?:revisoes|ajustes|alteracoes|rodadas)",
      "(?:cooperar|colaborar|apoiar) (?:conforme|quando|sempre que) (?:solicitado|necessario)",
    ],
    contexts: [...GATE, "dependency"],
    severity: "medium",
    explanation:
      "Trabalho definido \"conforme solicitado\" não tem quantidade fixa: o cliente pode pedir mais pelo mesmo preço e segurar o aceite até ser atendido.",
    rewrites: ["limitado aos itens listados no {milestone}", "até {count} vezes por {milestone}"],
  },
  {
    id: "pt.agree.later",
    category: "agreement-to-agree",
    language: "pt",
    patterns: [
      "a (?:combinar|definir|ser(?:em)? (?:definid|acordad|combinad)[oa]s?)",
      "(?:de )?comum acordo(?: entre as partes)?",
      "(?:mutuamente|oportunamente) (?:acordad|definid|ajustad)[oa]s?",
      "\\ba (?:negociar|estabelecer)\\b",
    ],
    contexts: [...GATE, "dependency"],
    unless: { patterns: ["salvo|exceto|ressalvad|por escrito"], before: 30, after: 20 },
    severity: "high",
    explanation:
      "Um termo deixado para acordo futuro ainda não é termo: até as partes concordarem, o marco, o preço ou o critério não é exigível.",
    rewrites: ["{milestone}: {artifact}, com entrega em até {days} dias úteis após {event}"],
  },
];

const CUES: Cue[] = [
  // Shadows.
  { pattern: "(?:sua |da |na )?proposta(?: [a-z]+){0,3} (?:aceita|aprovada)|licitante", tags: ["ctx:excluded"] },
  { pattern: "(?:\\d{1,2}|primeiro) de marco", tags: [] },
  {
    pattern: "(?:entrega|etapa|fase|marco|projeto|servico)s? (?:sera|serao|e|sao|estara|estarao) (?:considerad[oa]s? )?(?:concluid|complet|finalizad|encerrad)[oa]s?",
    tags: ["kind:milestone", "kind:acceptance"],
  },
  { pattern: "(?:conclusao|entrega) e (?:d?a )?(?:aprovacao|aceitacao|validacao)", tags: ["kind:acceptance", "weak:milestone"] },
  // Deemed acceptance.
  {
    pattern:
      "tacit(?:o|a|os|as|amente)|aceitacao automatica|deemed acceptance|considerad[oa]s? (?:(?:plenamente|automaticamente|tacitamente) )?(?:aceit|aprovad|validad|homologad|recebid)[oa]s?|considera-se (?:aceit|aprovad|homologad|recebid)[oa]|considera-se aceite|silencio (?:[a-z]+ ){0,4}(?:importa|implica|configura|caracteriza) (?:aceite|aceitacao|aprovacao)",
    tags: ["kind:deemed_acceptance", "kind:acceptance"],
  },
  { pattern: "uso publico|inicio (?:do )?uso (?:publico|em producao)|entrada em producao", tags: ["gate:deemed-event"] },
  // Payment triggers.
  {
    pattern: "preco unitario|valor ?/ ?hora|valor por hora|por hora|horas (?:trabalhadas|adicionais|excedentes)|reembols\\w*|por unidade|por usuario|por licenca",
    tags: ["trigger:usage"],
  },
  {
    pattern:
      "na (?:hora|data|ocasiao) da entrega|(?:parcela|pagamento|saldo) final|pagamento integral (?:na|apos|contra)|liberacao (?:da|do) (?:retencao|caucao|garantia)|(?:saldo|restante|parcela|pagamento)(?: [a-z]+){0,4} (?:na|apos a|contra a?) ?entrega final|(?:saldo|restante|pagamento)(?: [a-z]+){0,4} ao (?:final|termino) do (?:projeto|contrato)",
    tags: ["trigger:completion"],
  },
  {
    pattern:
      "(?:por|de cada|cada|vinculad[oa]s? a|respectiv[oa]s?|conforme) (?:os |o )?(?:marcos?|milestones?|etapas?|fases?)(?: de (?:entrega|pagamento))?|pagamento por (?:marcos|etapas|fases|entregas)|(?:parcela|pagamento)s? vinculad[oa]s? (?:a|ao|a cada) (?:fase|marco|etapa|entrega)|(?:aceite|homologacao|aprovacao|conclusao) d[eoa] (?:cada |respectiv[oa] )?(?:marco|fase|etapa)|cronograma fisico-financeiro|marco de tap|\\d{1,3} ?% (?:na|apos a|apos o|contra a|no|ao) (?:entrega|aceite|aprovacao|homologacao|conclusao) d[oa]",
    tags: ["trigger:milestone"],
  },
  {
    pattern: "pagamento antecipado|antecipacao (?:de|do) pagamento|na assinatura|(?:de|como) entrada|\\bentrada\\b|sinal de|adiantamento",
    tags: ["trigger:upfront"],
  },
  {
    pattern: "por mes|mensa(?:l|is|lidades?)|mensalmente|parcelas (?:mensais|iguais|sucessivas)|trimestra(?:l|is|lmente)|anuidade|(?:quantia|valor) recorrente|fechamento mensal",
    tags: ["trigger:time"],
  },
  // Payment.
  {
    pattern:
      "pag(?:amento|amentos|ar|ara|arao|o|os|a|as|avel|aveis)|fatura\\w*|faturamento|nota fiscal|notas fiscais|remunera\\w*|honorarios|reembols\\w*|valores? (?:total|contratad[oa]s?|devid[oa]s?|vencid[oa]s?|pag[oa]s?)|liquidacao|nota de empenho|multas?|ressarc\\w*|estorno|cobrad[oa]s?|cobranca|(?:dever|pagamento) pela administracao",
    tags: ["kind:payment"],
  },
  { pattern: MONEY, tags: ["kind:payment"] },
  {
    pattern:
      "\\d{1,3}(?:[.,]\\d+)? ?%,? (?:(?:do valor|do preco)(?: total)? )?(?:de |na |no |apos |contra |ao |a |por )?(?:entrada|assinatura|entrega|aceite|conclusao|marco|fase|etapa|homologacao)|preco (?:unitario|global|certo)|pagamento antecipado|antecipacao (?:de|do) pagamento",
    tags: ["kind:payment"],
  },
  { pattern: "parcelas?|precos?|valor(?:es)?|reajust\\w*|retencao|retera|orcamento|custos?", tags: ["weak:payment"] },
  // Milestones.
  {
    pattern:
      "marcos?|milestones?|(?:fase|etapa)s? (?:\\d+|[ivx]+)\\b|(?:primeira|segunda|terceira|quarta|ultima|proxima|cada) (?:fase|etapa)|cronograma|prazo (?:de|da|para) (?:entrega|implantacao|execucao|conclusao)|data (?:de|da) entrega|kick-?off|sprints?|(?:efetuar|realizar) a entrega|data (?:assinalada|prevista|acordada|marcada|estipulada)(?: para a entrega)?|entrega na data|disponibilizara|parcelas? de entrega",
    tags: ["kind:milestone"],
  },
  { pattern: "fases?|etapas?|entregas?|entregave(?:l|is)|prazos?|conclusao|prorrogacao de prazo|ordem de servico", tags: ["weak:milestone"] },
  // Acceptance.
  {
    pattern:
      "criterios? (?:objetivos|de aceite|de aceitacao)|termo de aceite|\\btap\\b|\\btad\\b|em desacordo com (?:o contrato|as especificacoes)|(?:objecao|objecoes|rejeicoes?) (?:escrita|especifica|fundamentad)\\w*|(?:lista|relacao) (?:objetiva|unica)|fundamentad[oa]s e especific[oa]s|(?:termo|documento|relatorio|ata|formulario|aceite)(?: [a-z]+){0,3} assinad[oa]|assinad[oa] pel[oa]",
    tags: ["kind:acceptance", "gate:objective"],
  },
  {
    pattern:
      "aceit(?:e|o|a|os|as|acao|ar)|homologa\\w*|recebimento (?:provisorio|definitivo|do objeto)|rejeit\\w*|rejeic\\w*|recus\\w*|rodadas? de (?:ajustes|revis\\w*)|controversia sobre a execucao|aferic\\w*|fiscal (?:tecnico )?do contrato",
    tags: ["kind:acceptance"],
  },
  { pattern: "ajustes|revisoes|rodadas|aprova\\w*|valida\\w*|testes|ensaios|verifica\\w*|atesta\\w*|conferencia", tags: ["weak:acceptance"] },
  { pattern: "satisf\\w*|opiniao|a contento", tags: ["gate:subjective"] },
  // Dependencies.
  {
    pattern: `${CLIENT} (?:devera|deve|obriga-se a|se obriga a|compromete-se a|fica obrigad[oa] a|fornece|fornecera|tera (?:[^.]{0,40})para (?:fornecer|enviar))|${CLIENT}\\s*[:-](?=\\s*(?:[a-z,]+ ){0,8}?(?:fornecer|disponibilizar|enviar|cooperar))|dependa(?:m)? de (?:aprovacao|aceite|validacao|retorno|autorizacao)|ausencia de (?:retorno|aprovacao|resposta|manifestacao)|obrigacoes d[oa] ${CLIENT}|(?:atraso|demora|inercia|ausencia de (?:retorno|aprovacao|resposta)) d[oa] ${CLIENT}|pausa por inercia|retardar imotivadamente|(?:fornecimento|envio|disponibilizacao|entrega)(?: [a-z,]+){0,4} pel[oa] ${CLIENT}|atraso (?:[a-z]+ ){0,3}(?:fornecimento|envio|entrega|aprovac|disponibilizacao|retorno|resposta)\\w* (?:[a-z,]+ ){0,4}(?:d[oa]|pel[oa]) ${CLIENT}|suspende (?:a contagem|automaticamente)|suspensao automatica|prorroga\\w* automaticamente|tempo de resposta para aprovac\\w*|ponto (?:unico )?de contato`,
    tags: ["kind:dependency"],
  },
  {
    pattern: "acessos|credenciais|insumos|materiais|impedimento|paralisacao|pendencias|liberacao de areas|interlocucao|inercia",
    tags: ["weak:dependency"],
  },
  // Contexts.
  {
    pattern: "qualidade|codigo|documentacao|seguranca|especificac\\w*|garantia|funcionamento|equipamentos|execucao do objeto|servicos",
    tags: ["ctx:quality"],
  },
  {
    pattern: "licitante|licitacao|proposta|confidencia\\w*|foro|rescis\\w*|propriedade intelectual|dados pessoais|lgpd|denuncias",
    tags: ["ctx:excluded"],
  },
];

export const PT_PACK: RulePack = { language: "pt", subjective: SUBJECTIVE, cues: CUES };
