import { analyzeClause, classifyClause } from "../../../src/engine/classify";

describe("classifyClause: the two reference milestones", () => {
  it("a milestone that closes on a status label is not a binary gate", () => {
    const r = classifyClause("Phase 1: Discovery Complete", "en");
    expect(r.kinds).toContain("milestone");
    expect(r.binaryGate).toBe(false);
  });

  it("a milestone closing on a documented artifact and an executive sign-off is binary", () => {
    const r = classifyClause(
      "Phase 1: Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval",
      "en",
    );
    expect(r.kinds).toContain("milestone");
    expect(r.binaryGate).toBe(true);
  });
});

describe("classifyClause: kinds", () => {
  it.each([
    ["The Vendor will invoice the Client 30% of the fee upon signature of this SOW.", ["payment"]],
    ["Milestone 3 is due on 15 June and covers the data migration.", ["milestone"]],
    ["The Client may reject any deliverable that fails the acceptance tests.", ["acceptance"]],
    ["The Client shall provide access to its staging environment and test data.", ["dependency"]],
    ["This Agreement is governed by the laws of Ontario.", []],
  ])("%s", (text, kinds) => {
    expect(classifyClause(text, "en").kinds).toEqual(kinds);
  });

  it("an amount is payment evidence with its currency before or after the figure", () => {
    for (const amount of ["USD 12,500", "$12,500", "12,500 USD", "12.500,00 EUR", "1,000.50 dollars", "R$ 9.000", "9.000 reais"]) {
      expect({ amount, kinds: classifyClause(`The sum of ${amount} covers the works.`, "en").kinds }).toEqual({ amount, kinds: ["payment"] });
    }
    // A figure glued to a word ("A12 usd") is not an amount, nor is a code with no figure.
    expect(classifyClause("Ref A12 USD covers the works.", "en").kinds).toEqual([]);
    expect(classifyClause("Rates are quoted in USD and EUR.", "en").kinds).toEqual([]);
  });

  it("a deemed acceptance clause is also an acceptance clause", () => {
    const r = classifyClause(
      "If the Buyer gives no written rejection within 10 business days of delivery, the report is deemed accepted.",
      "en",
    );
    expect(r.kinds).toEqual(expect.arrayContaining(["acceptance", "deemed_acceptance"]));
    expect(r.binaryGate).toBe(true);
  });

  it("a heading adds weak evidence for the paragraph under it", () => {
    const text = "Each deliverable is reviewed within five business days.";
    expect(classifyClause(text, "en").kinds).not.toContain("acceptance");
    expect(classifyClause(text, "en", { heading: "Acceptance of Deliverables" }).kinds).toContain("acceptance");
  });

  it("a proposal being accepted is not an acceptance clause", () => {
    expect(classifyClause("If your bid is accepted, the agency will contact you.", "en").kinds).toEqual([]);
  });

  it("classifies Portuguese clauses", () => {
    const r = classifyClause(
      "A CONTRATANTE terá 5 (cinco) dias úteis para homologar cada entrega; o silêncio nesse prazo importa aceite tácito.",
      "pt",
    );
    expect(r.kinds).toEqual(expect.arrayContaining(["acceptance", "deemed_acceptance"]));
    expect(r.binaryGate).toBe(true);
  });
});

describe("classifyClause: payment trigger", () => {
  it.each([
    ["The Supplier is paid on a time and materials basis at the hourly rates in Schedule 2.", "usage"],
    ["Upon signing of this Agreement the Client shall pay a deposit of USD 5,000.", "upfront"],
    ["The Client pays a fixed fee of EUR 2,000 per calendar month.", "time"],
    ["Each payment is due upon acceptance of the corresponding milestone deliverable.", "milestone"],
    ["The retained amount is paid as a final payment at the conclusion of the entire project.", "completion"],
    ["Invoices are payable within 30 days of receipt.", null],
  ])("%s -> %s", (text, trigger) => {
    expect(classifyClause(text, "en").trigger).toBe(trigger);
  });

  it("is null when the clause is not about payment", () => {
    expect(classifyClause("Milestone 2 is due in week 6.", "en").trigger).toBeNull();
  });

  it("a staged schedule of instalments is paid by milestone", () => {
    expect(classifyClause("Fees: 20% on signing, 50% upon delivery of the design and 30% upon final acceptance.", "en").trigger).toBe(
      "milestone",
    );
  });

  it("release of a retention at the end is a completion payment", () => {
    expect(classifyClause("The 10% retention will be released upon final acceptance of the whole system.", "en").trigger).toBe(
      "completion",
    );
  });

  it.each([
    ["O pagamento de cada parcela ocorrerá após o aceite de cada marco.", "milestone"],
    ["A CONTRATANTE pagará mensalidade de R$ 900,00 por mês.", "time"],
    ["Horas adicionais serão cobradas por hora trabalhada.", "usage"],
  ])("pt: %s -> %s", (text, trigger) => {
    expect(classifyClause(text, "pt").trigger).toBe(trigger);
  });
});

describe("classifyClause: binary gate", () => {
  it("is true for a completion certificate signed by a named role", () => {
    expect(
      classifyClause("Each milestone closes when the Customer's Project Manager signs the Milestone Completion Certificate.", "en").binaryGate,
    ).toBe(true);
  });

  it("is false for a schedule with no acceptance event", () => {
    expect(classifyClause("Milestone 1 - Data model. Deliver by 30 April 2026.", "en").binaryGate).toBe(false);
  });

  it("is null outside milestone and acceptance clauses", () => {
    expect(classifyClause("Invoices are payable within 30 days of receipt.", "en").binaryGate).toBeNull();
  });

  it("is false when acceptance rests on an opinion", () => {
    expect(
      classifyClause("The Buyer accepts the goods if, in the Buyer's opinion, they meet the acceptance criteria.", "en").binaryGate,
    ).toBe(false);
  });

  it("is true for a merged pull request that accepts the delivery", () => {
    expect(classifyClause("The reviewers accept the milestone by merging the pull request.", "en").binaryGate).toBe(true);
  });

  it("is false for a deemed acceptance with no stated period", () => {
    expect(classifyClause("Itens não apontados serão considerados aprovados tacitamente.", "pt").binaryGate).toBe(false);
  });
});

describe("analyzeClause: overlapping wording stays visible", () => {
  it("a possessive party with a qualifier still names a satisfaction standard", () => {
    for (const text of [
      "Each report shall be revised to the Buyer's complete satisfaction before it is signed off.",
      "Acceptance requires that the Software perform to the Customer's absolute satisfaction.",
    ]) {
      expect(analyzeClause(text, "en").subjective.map((m) => m.rule)).toContain("en.approval.satisfaction");
    }
    expect(analyzeClause("Payment is due when the milestone is accepted at the Buyer's sole discretion.", "en").subjective.map((m) => m.rule)).toContain(
      "en.approval.discretion",
    );
  });

  it("deemed acceptance after the word 'submission' is still deemed acceptance", () => {
    const r = classifyClause("If no objection is raised within five days of submission, the Report is deemed approved by the Buyer.", "en");
    expect(r.kinds).toContain("deemed_acceptance");
  });

  it("a proposal that is accepted or rejected is still not an acceptance clause", () => {
    expect(classifyClause("Tenders received after the closing date may be rejected without evaluation.", "en").kinds).toEqual([]);
  });

  it("an instalment paid on a milestone's acceptance is a milestone trigger, a monthly one is time", () => {
    expect(classifyClause("The second instalment shall be paid upon approval by the Buyer of each phase.", "en").trigger).toBe("milestone");
    expect(classifyClause("The fee is payable in four equal quarterly instalments.", "en").trigger).toBe("time");
  });

  it("a percentage of the fees before an acceptance event leaves the event to the other cues", () => {
    const r = classifyClause("The Buyer will pay 40% of the Price upon acceptance.", "en");
    expect(r.kinds).toEqual(expect.arrayContaining(["payment", "acceptance"]));
    expect(r.trigger).toBe("milestone");
    expect(classifyClause("15% of the Price is payable on signature of the Order.", "en").trigger).toBe("upfront");
  });

  it("an effort standard in a milestone clause is at least medium severity", () => {
    const m = analyzeClause("The Supplier will use its utmost endeavours to reach each milestone on schedule.", "en").subjective;
    expect(m.map((x) => [x.rule, x.severity])).toContainEqual(["en.effort.best-efforts", "medium"]);
  });
});
