// Portuguese (Brazil) clause templates, the same four clauses as the English pack.
import type { ClauseTemplate, ScheduleLine, TemplateParams } from "./types";

const text = (p: TemplateParams, name: string): string => String(p[name] ?? "");
const num = (p: TemplateParams, name: string): number => Number(p[name] ?? 0);
const list = (p: TemplateParams, name: string): string[] => (Array.isArray(p[name]) ? (p[name] as unknown[]).map(String) : []);
const schedule = (p: TemplateParams): ScheduleLine[] => (Array.isArray(p.schedule) ? (p.schedule as ScheduleLine[]) : []);
const units = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"];
const tens = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"];
function inWords(n: number): string {
  if (n < 20) return units[n]!;
  return `${tens[Math.floor(n / 10)]}${n % 10 ? ` e ${units[n % 10]}` : ""}`;
}
/** "5 (cinco)", "45 (quarenta e cinco)" as Brazilian contracts write numbers. */
export const spelledPt = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 100 ? `${n} (${inWords(n)})` : String(n));

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const money = (n: number): string => n.toLocaleString("pt-BR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const PT_TEMPLATES: ClauseTemplate[] = [
  {
    id: "deemed-acceptance",
    language: "pt",
    title: "Aceite tácito",
    description: "O silêncio após um número definido de dias úteis equivale ao aceite, e o cliente não pode reter o pagamento deixando de responder.",
    params: [
      { name: "client", label: "Contratante (termo definido)", type: "text", defaultValue: "a CONTRATANTE" },
      { name: "vendor", label: "Contratada (termo definido)", type: "text", defaultValue: "a CONTRATADA" },
      { name: "reviewDays", label: "Prazo de análise (dias úteis)", type: "number", defaultValue: 5 },
    ],
    render: (p) => [
      `Se ${text(p, "client")} não entregar notificação escrita de rejeição em até ${spelledPt(num(p, "reviewDays"))} dias úteis após ${text(p, "vendor")} submeter um Entregável para aceite, o Entregável será considerado aceito no último dia desse prazo, e o pagamento do marco correspondente se tornará devido.`,
      `A notificação de rejeição só produzirá efeito se relacionar cada não conformidade com os critérios de aceite definidos para o Entregável; ${text(p, "vendor")} corrigirá as não conformidades relacionadas e submeterá novamente o Entregável, aplicando-se o mesmo prazo à nova submissão.`,
      `O uso de um Entregável em produção, ou nas operações de ${text(p, "client")}, equivale ao seu aceite.`,
      `"Dia Útil" significa qualquer dia que não seja sábado, domingo ou feriado no local em que ${text(p, "vendor")} presta os Serviços.`,
    ],
  },
  {
    id: "acceptance-procedure",
    language: "pt",
    title: "Procedimento de aceite com rejeição por escrito",
    description: "Aceite contra critérios escritos; a rejeição deve ser por escrito e relacionar cada não conformidade, e só estas podem ser retestadas.",
    params: [
      { name: "client", label: "Contratante (termo definido)", type: "text", defaultValue: "a CONTRATANTE" },
      { name: "vendor", label: "Contratada (termo definido)", type: "text", defaultValue: "a CONTRATADA" },
      { name: "reviewDays", label: "Prazo de análise (dias úteis)", type: "number", defaultValue: 5 },
      { name: "fixDays", label: "Prazo de correção (dias úteis)", type: "number", defaultValue: 10 },
      { name: "approver", label: "Aprovador", type: "text", defaultValue: "o Gerente de Projeto da CONTRATANTE" },
    ],
    render: (p) => [
      `${cap(text(p, "client"))} analisará cada Entregável contra os critérios de aceite definidos nesta Proposta em até ${spelledPt(num(p, "reviewDays"))} dias úteis após sua submissão, e ${text(p, "approver")} assinará o Termo de Aceite ou entregará notificação escrita de rejeição.`,
      `A notificação de rejeição relacionará cada não conformidade com os critérios de aceite, com detalhe suficiente para reproduzi-la. ${cap(text(p, "client"))} não poderá rejeitar um Entregável por motivo não relacionado ou que não seja uma não conformidade com esses critérios.`,
      `${cap(text(p, "vendor"))} corrigirá as não conformidades relacionadas e submeterá novamente o Entregável em até ${spelledPt(num(p, "fixDays"))} dias úteis; a nova análise abrange apenas as não conformidades relacionadas e segue o mesmo procedimento.`,
    ],
  },
  {
    id: "milestone-payment-schedule",
    language: "pt",
    title: "Cronograma de pagamento por marcos",
    description: "Cada pagamento vence no aceite de um marco nomeado e de seu artefato; as parcelas somam 100% do preço fixo.",
    params: [
      { name: "client", label: "Contratante (termo definido)", type: "text", defaultValue: "a CONTRATANTE" },
      { name: "vendor", label: "Contratada (termo definido)", type: "text", defaultValue: "a CONTRATADA" },
      { name: "currency", label: "Moeda (código ISO)", type: "text", defaultValue: "BRL" },
      { name: "total", label: "Preço fixo", type: "number", defaultValue: 0 },
      { name: "netDays", label: "Prazo de pagamento (dias)", type: "number", defaultValue: 30 },
      {
        name: "schedule",
        label: "Marcos",
        type: "schedule",
        defaultValue: [
          { milestone: "Marco 1: Aprovação dos Requisitos", artifact: "a Especificação de Requisitos assinada", percent: 20 },
          { milestone: "Marco 2: Aprovação do Desenho", artifact: "o Documento de Arquitetura assinado", percent: 30 },
          { milestone: "Marco 3: Aceite Final", artifact: "o Termo de Aceite da versão assinado", percent: 50 },
        ],
      },
    ],
    render: (p) => {
      const total = num(p, "total");
      const currency = text(p, "currency");
      const symbol = currency === "BRL" ? "R$" : currency;
      const fee = total > 0 ? `o preço fixo de ${symbol} ${money(total)}` : "o preço fixo";
      return [
        `${cap(text(p, "client"))} pagará ${fee} nas seguintes parcelas, cada uma faturada por ${text(p, "vendor")} no aceite (inclusive tácito) do marco indicado:`,
        ...schedule(p).map((s, i) => `(${String.fromCharCode(97 + i)}) ${s.percent}%${total > 0 ? ` (${symbol} ${money((total * s.percent) / 100)})` : ""} no aceite do ${s.milestone}, comprovado por ${s.artifact};`),
        `Cada fatura será paga em até ${spelledPt(num(p, "netDays"))} dias da sua emissão. As parcelas somam 100% do preço fixo; nenhum pagamento depende apenas do decurso do tempo.`,
      ];
    },
  },
  {
    id: "client-dependencies",
    language: "pt",
    title: "Obrigações da contratante e sequência de fases",
    description: "Relaciona o que o cliente deve fornecer e quando, afasta a responsabilidade do fornecedor por atrasos do cliente e só inicia cada fase após o aceite da anterior.",
    params: [
      { name: "client", label: "Contratante (termo definido)", type: "text", defaultValue: "a CONTRATANTE" },
      { name: "vendor", label: "Contratada (termo definido)", type: "text", defaultValue: "a CONTRATADA" },
      {
        name: "dependencies",
        label: "Obrigações da contratante",
        type: "list",
        defaultValue: [
          "acesso aos sistemas, ambientes e dados de teste necessários, em até 5 (cinco) dias úteis do início",
          "um responsável de produto com poder de decisão, disponível ao menos 4 (quatro) horas por semana",
          "respostas a perguntas escritas em até 3 (três) dias úteis",
        ],
      },
    ],
    render: (p) => [
      `${cap(text(p, "client"))} fornecerá:`,
      ...list(p, "dependencies").map((d, i) => `(${String.fromCharCode(97 + i)}) ${d};`),
      `Se ${text(p, "client")} não cumprir uma obrigação no prazo, as datas afetadas serão prorrogadas pelo período do atraso, e ${text(p, "vendor")} poderá faturar o esforço adicional pelos valores desta Proposta.`,
      `Nenhuma fase será iniciada antes do aceite (inclusive tácito) do marco da fase anterior, salvo pedido por escrito de ${text(p, "client")}.`,
    ],
  },
];
