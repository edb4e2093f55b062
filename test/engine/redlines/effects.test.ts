// Table-driven effects: each case is one paragraph (under an optional heading) with one client change;
// the change must be classified as expected and its reason must cite what moved.
import { reviewRedlines } from "../../../src/engine/redlines";
import type { Language, RedlineEffect } from "../../../src/engine/types";
import { buildDoc } from "./fixture";

interface Case {
  name: string;
  heading?: string;
  markup: string;
  effect: RedlineEffect;
  /** Fragments the reason must contain. */
  reason: string[];
  language?: Language;
}

function review(c: Case) {
  const specs = c.heading ? [{ markup: c.heading, headingLevel: 1 }, c.markup] : [c.markup];
  const redlines = reviewRedlines(buildDoc(specs), c.language ? { language: c.language } : {});
  expect(redlines).toHaveLength(1);
  return redlines[0]!;
}

const WEAKENING: Case[] = [
  {
    name: "a subjective standard added",
    markup:
      "Milestone 2 is complete upon the Client's written sign-off of the Solution Design Document[+ to the Client's satisfaction+].",
    effect: "weakens",
    reason: ["Adds “", "satisfaction", "acceptance now depends on the Client's opinion"],
  },
  {
    name: "a judgment phrase the rules do not list (sole satisfaction) added",
    markup:
      "Milestone 2 is complete upon the Client's written sign-off of the Solution Design Document[+ to the Client's sole satisfaction+].",
    effect: "weakens",
    reason: ["Adds “to the Client's sole satisfaction”", "opinion"],
  },
  {
    name: "a deemed-acceptance sentence deleted",
    heading: "Acceptance",
    markup:
      "The Client shall accept or reject each Deliverable in writing. [-If the Client gives no written notice within ten (10) business days of delivery, the Deliverable shall be deemed accepted.-]",
    effect: "weakens",
    reason: ["Deletes deemed acceptance", "deemed accepted"],
  },
  {
    name: "the review period lengthened",
    heading: "Acceptance",
    markup:
      "The Client shall review each Deliverable within [-five (5)-][+thirty (30)+] business days of delivery and shall accept it or list each non-conformity in writing.",
    effect: "weakens",
    reason: ["Review/acceptance period lengthened", "five (5) business days → thirty (30) business days"],
  },
  {
    name: "payment terms lengthened (Net)",
    heading: "Payment",
    markup: "Invoices are payable [-Net 30-][+Net 90+].",
    effect: "weakens",
    reason: ["Payment term lengthened", "Net 30 → Net 90"],
  },
  {
    name: "payment terms lengthened (days from invoice)",
    heading: "Payment",
    markup: "The Client shall pay each invoice within [-30-][+90+] days of receipt.",
    effect: "weakens",
    reason: ["Payment term lengthened", "30 days → 90 days"],
  },
  {
    name: "a milestone's sign-off removed",
    heading: "Milestones",
    markup:
      "Milestone 1 is complete upon delivery of the Solution Design Document[- and the Client's written sign-off of it-].",
    effect: "weakens",
    reason: ["Removes the sign-off", "binary gate true → false"],
  },
  {
    name: "milestone billing turned into time-based billing",
    heading: "Payment",
    markup: "The Client shall pay the Fees [-upon acceptance of each Milestone-][+monthly in arrears+].",
    effect: "weakens",
    reason: ["milestone → time"],
  },
  {
    name: "a client dependency removed",
    heading: "Client Responsibilities",
    markup:
      "The Vendor will deliver the design on schedule. [-The Client shall provide access to its test environment within five (5) business days of the Effective Date.-]",
    effect: "weakens",
    reason: ["Removes a client dependency", "The Client shall provide access"],
  },
  {
    name: "phase gating removed",
    heading: "Phases",
    markup:
      "The project runs in three phases. [-Work on each phase begins only after the written acceptance of the previous phase.-]",
    effect: "weakens",
    reason: ["Removes phase gating", "previous phase"],
  },
  {
    name: "revision rounds made unlimited",
    markup: "The Vendor will provide [-two (2) rounds of revisions-][+unlimited revisions+] for each Deliverable.",
    effect: "weakens",
    reason: ["two (2) rounds of revisions → unlimited revisions"],
  },
  {
    name: "a payment amount reduced",
    heading: "Payment",
    markup: "The Client shall pay [-USD 50,000-][+USD 40,000+] upon acceptance of Milestone 1.",
    effect: "weakens",
    reason: ["Payment amount reduced", "USD 50,000 → USD 40,000"],
  },
  {
    name: "a payment percentage reduced",
    heading: "Payment",
    markup: "The Client shall pay [-30%-][+20%+] of the Fees upon signature of this Agreement.",
    effect: "weakens",
    reason: ["Payment percentage reduced", "30% → 20%"],
  },
  {
    name: "a retention added",
    heading: "Payment",
    markup: "The Client shall pay each invoice within 30 days[+, less a retention of 10% held until final acceptance+].",
    effect: "weakens",
    reason: ["Adds a retention", "10%"],
  },
  {
    name: "a right to withhold payment added",
    heading: "Payment",
    markup: "The Client shall pay each invoice within 30 days of receipt.[+ The Client may withhold payment of any disputed invoice.+]",
    effect: "weakens",
    reason: ["Adds a right to withhold payment"],
  },
  {
    name: "the liability cap raised",
    markup: "The Vendor's aggregate liability shall not exceed [-USD 100,000-][+USD 1,000,000+].",
    effect: "weakens",
    reason: ["Liability cap increased", "USD 100,000 → USD 1,000,000"],
  },
  {
    name: "the liability cap deleted",
    markup: "Each party is liable for its own acts. [-The Vendor's total liability under this Agreement is limited to the fees paid.-]",
    effect: "weakens",
    reason: ["Removes the liability cap"],
  },
  {
    name: "the Vendor's time to correct shortened",
    heading: "Acceptance",
    markup: "The Vendor shall correct each listed non-conformity within [-ten (10)-][+two (2)+] business days.",
    effect: "weakens",
    reason: ["Time allowed to the Vendor shortened", "ten (10) business days → two (2) business days"],
  },
  {
    name: "the warranty period lengthened",
    markup: "Vendor warrants the Deliverables for [-90-][+180+] days after acceptance.",
    effect: "weakens",
    reason: ["Warranty period lengthened (90 days → 180 days)"],
  },
  {
    name: "late-payment interest reduced",
    heading: "Payment",
    markup: "Late payments bear interest at [-1.5%-][+0.5%+] per month.",
    effect: "weakens",
    reason: ["Late-payment interest reduced (1.5% → 0.5%)"],
  },
  {
    name: "service credits raised",
    markup: "Service credits are capped at [-5%-][+15%+] of the monthly fee.",
    effect: "weakens",
    reason: ["Penalty/credit increased (5% → 15%)"],
  },
  {
    name: "an effort standard on milestone dates",
    markup: "Vendor shall use [-commercially reasonable-][+best+] efforts to meet the milestone dates.",
    effect: "weakens",
    reason: ["Adds “best efforts”", "effort standard"],
  },
  {
    name: "an unmeasured quality bar added",
    heading: "Deliverables",
    markup: "All Deliverables must be of [+high +]quality.",
    effect: "weakens",
    reason: ["Adds “high quality”"],
  },
  {
    name: "the Client's duty to pay turned into an option",
    heading: "Payment",
    markup: "The Client [-shall-][+may+] pay each invoice within 30 days of receipt.",
    effect: "weakens",
    reason: ["Turns the Client's obligation into an option (“shall” → “may”)"],
  },
  {
    name: "the Client's duty to pay turned into an effort",
    heading: "Payment",
    markup: "The Client [-will-][+will endeavour to+] pay each invoice within 30 days of receipt.",
    effect: "weakens",
    reason: ["“will” → “will endeavour to”"],
  },
];

const SAMPLE_SHAPES: Case[] = [
  {
    name: "a deemed-acceptance sentence deleted before another deemed sentence",
    heading: "Acceptance",
    markup:
      "[-If Client does not deliver a written rejection within five (5) Business Days after submission, the Deliverable is deemed accepted. -]Use of a Deliverable in production also constitutes acceptance.",
    effect: "weakens",
    reason: ["Deletes deemed acceptance", "is deemed accepted"],
  },
  {
    name: "one of two statements of the payment term lengthened",
    heading: "Payment",
    markup: "Client will pay each undisputed invoice within [-thirty (30)-][+ninety (90)+] days of the invoice date (Net 30).",
    effect: "weakens",
    reason: ["Payment term lengthened (thirty (30) days → ninety (90) days)"],
  },
  {
    name: "instalments on acceptance turned into monthly instalments",
    heading: "Payment",
    markup: "Each instalment will be invoiced [-on Acceptance of its milestone-][+monthly in equal amounts over the duration of its phase+].",
    effect: "weakens",
    reason: ["trigger milestone → time"],
  },
];

const STRENGTHENING: Case[] = [
  {
    name: "a subjective standard removed",
    markup:
      "Milestone 2 is complete upon the Client's written sign-off of the Solution Design Document[- to the Client's satisfaction-].",
    effect: "strengthens",
    reason: ["Removes “", "satisfaction"],
  },
  {
    name: "deemed acceptance added",
    heading: "Acceptance",
    markup:
      "The Client shall accept or reject each Deliverable in writing.[+ If the Client gives no written notice within ten (10) business days of delivery, the Deliverable shall be deemed accepted.+]",
    effect: "strengthens",
    reason: ["Adds deemed acceptance"],
  },
  {
    name: "the review period shortened",
    heading: "Acceptance",
    markup:
      "The Client shall review each Deliverable within [-thirty (30)-][+ten (10)+] business days of delivery and shall accept it or list each non-conformity in writing.",
    effect: "strengthens",
    reason: ["Review/acceptance period shortened", "thirty (30) business days → ten (10) business days"],
  },
  {
    name: "payment terms shortened",
    heading: "Payment",
    markup: "Invoices are payable [-Net 60-][+Net 30+].",
    effect: "strengthens",
    reason: ["Payment term shortened", "Net 60 → Net 30"],
  },
  {
    name: "a sign-off added makes the gate binary",
    heading: "Milestones",
    markup:
      "Milestone 1 is complete upon delivery of the Solution Design Document[+ and the Client's written sign-off of it+].",
    effect: "strengthens",
    reason: ["binary gate false → true"],
  },
  {
    name: "time-based billing turned into milestone billing",
    heading: "Payment",
    markup: "The Client shall pay the Fees [-monthly in arrears-][+upon acceptance of each Milestone+].",
    effect: "strengthens",
    reason: ["time → milestone"],
  },
  {
    name: "a client dependency added",
    heading: "Client Responsibilities",
    markup:
      "The Vendor will deliver the design on schedule.[+ The Client shall provide access to its test environment within five (5) business days of the Effective Date.+]",
    effect: "strengthens",
    reason: ["Adds a client dependency"],
  },
  {
    name: "phase gating added",
    heading: "Phases",
    markup:
      "The project runs in three phases.[+ Work on each phase begins only after the written acceptance of the previous phase.+]",
    effect: "strengthens",
    reason: ["Adds phase gating"],
  },
  {
    name: "unlimited revisions limited",
    markup: "The Vendor will provide [-unlimited revisions-][+two (2) rounds of revisions+] for each Deliverable.",
    effect: "strengthens",
    reason: ["unlimited revisions → two (2) rounds of revisions"],
  },
  {
    name: "a payment amount increased",
    heading: "Payment",
    markup: "The Client shall pay [-USD 40,000-][+USD 50,000+] upon acceptance of Milestone 1.",
    effect: "strengthens",
    reason: ["Payment amount increased", "USD 40,000 → USD 50,000"],
  },
  {
    name: "a retention removed",
    heading: "Payment",
    markup: "The Client shall pay each invoice within 30 days[-, less a retention of 10% held until final acceptance-].",
    effect: "strengthens",
    reason: ["Removes the retention", "10%"],
  },
  {
    name: "the liability cap lowered",
    markup: "The Vendor's aggregate liability shall not exceed [-USD 1,000,000-][+USD 100,000+].",
    effect: "strengthens",
    reason: ["Liability cap reduced", "USD 1,000,000 → USD 100,000"],
  },
  {
    name: "the Vendor's time to correct lengthened",
    heading: "Acceptance",
    markup: "The Vendor shall correct each listed non-conformity within [-two (2)-][+ten (10)+] business days.",
    effect: "strengthens",
    reason: ["Time allowed to the Vendor lengthened"],
  },
  {
    name: "an option of the Client made an obligation",
    heading: "Payment",
    markup: "The Client [-may-][+shall+] pay each invoice within 30 days of receipt.",
    effect: "strengthens",
    reason: ["Makes it an obligation of the Client (“may” → “shall”)"],
  },
];

const NEUTRAL: Case[] = [
  {
    name: "a confidentiality term lengthened",
    heading: "Confidentiality",
    markup: "Confidentiality obligations survive for [-three (3)-][+five (5)+] years after termination of this Agreement.",
    effect: "neutral",
    reason: ["No effect on acceptance, payment or dependencies"],
  },
  {
    name: "a typo fixed",
    markup: "The Vendor shall [-recieve-][+receive+] the materials at its office.",
    effect: "neutral",
    reason: ["No effect"],
  },
  {
    name: "punctuation only",
    heading: "Acceptance",
    markup: "The Client shall accept the Deliverable within five (5) business days[-,-][+;+] and shall say so in writing.",
    effect: "neutral",
    reason: ["No effect"],
  },
  {
    name: "a confidentiality duty softened",
    heading: "Confidentiality",
    markup: "Each party [-shall-][+may+] keep the other's information confidential.",
    effect: "neutral",
    reason: ["No effect"],
  },
  {
    name: "a governing-law change",
    markup: "This Agreement is governed by the laws of [-New York-][+Delaware+].",
    effect: "neutral",
    reason: ["No effect"],
  },
  {
    name: "a formatting-only change",
    heading: "Payment",
    markup: "[~Invoices are payable Net 30.~]",
    effect: "neutral",
    reason: ["Formatting only"],
  },
];

const PORTUGUESE: Case[] = [
  {
    name: "pt: review period lengthened",
    heading: "Aceite",
    markup: "O Contratante terá [-5 (cinco)-][+30 (trinta)+] dias úteis para análise e aceite de cada entrega.",
    effect: "weakens",
    reason: ["Prazo de análise/aceite aumentado", "5 (cinco) dias úteis → 30 (trinta) dias úteis"],
    language: "pt",
  },
  {
    name: "pt: deemed acceptance deleted",
    heading: "Aceite",
    markup:
      "O Contratante deverá aprovar ou recusar cada entrega por escrito. [-Decorrido o prazo de 10 (dez) dias úteis sem manifestação do Contratante, a entrega será considerada aceita.-]",
    effect: "weakens",
    reason: ["Remove o aceite tácito", "considerada aceita"],
    language: "pt",
  },
  {
    name: "pt: payment term lengthened",
    heading: "Pagamento",
    markup: "O pagamento será efetuado em até [-30 (trinta)-][+90 (noventa)+] dias após a emissão da nota fiscal.",
    effect: "weakens",
    reason: ["Prazo de pagamento aumentado", "30 (trinta) dias → 90 (noventa) dias"],
    language: "pt",
  },
  {
    name: "pt: subjective standard added",
    heading: "Aceite",
    markup: "A entrega do Marco 2 será aceita mediante aprovação por escrito do relatório técnico[+ a critério exclusivo do Contratante+].",
    effect: "weakens",
    reason: ["Acrescenta “", "critério exclusivo"],
    language: "pt",
  },
  {
    name: "pt: revision rounds made unlimited",
    markup: "A Contratada realizará até [-duas (2) rodadas de revisão-][+revisões ilimitadas+] em cada entregável.",
    effect: "weakens",
    reason: ["ilimitadas"],
    language: "pt",
  },
  {
    name: "pt: the Client's duty to pay turned into an option",
    heading: "Pagamento",
    markup: "O Contratante [-deverá-][+poderá+] efetuar o pagamento em até 30 dias após a emissão da nota fiscal.",
    effect: "weakens",
    reason: ["Transforma a obrigação do Contratante em faculdade (“deverá” → “poderá”)"],
    language: "pt",
  },
  {
    name: "pt: review period shortened",
    heading: "Aceite",
    markup: "O Contratante terá [-30 (trinta)-][+5 (cinco)+] dias úteis para análise e aceite de cada entrega.",
    effect: "strengthens",
    reason: ["Prazo de análise/aceite reduzido"],
    language: "pt",
  },
  {
    name: "pt: confidentiality term is neutral",
    heading: "Confidencialidade",
    markup: "As obrigações de sigilo perdurarão por [-3 (três)-][+5 (cinco)+] anos após o término deste contrato.",
    effect: "neutral",
    reason: ["Sem efeito sobre aceite, pagamento ou dependências"],
    language: "pt",
  },
];

describe.each([
  ["weakening", WEAKENING],
  ["sample-shaped", SAMPLE_SHAPES],
  ["strengthening", STRENGTHENING],
  ["neutral", NEUTRAL],
  ["Portuguese", PORTUGUESE],
])("%s changes", (_group, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const redline = review(c);
    expect({ effect: redline.effect, reason: redline.reason }).toEqual({ effect: c.effect, reason: expect.any(String) });
    for (const fragment of c.reason) expect(redline.reason).toContain(fragment);
  });
});

test("Portuguese is detected from the text when no language is given", () => {
  const doc = buildDoc([
    "O pagamento será efetuado em até [-30 (trinta)-][+90 (noventa)+] dias após a emissão da nota fiscal pela Contratada.",
  ]);
  const [redline] = reviewRedlines(doc);
  expect(redline?.effect).toBe("weakens");
  expect(redline?.reason).toContain("Prazo de pagamento");
});
