import fc from "fast-check";
import { analyze, analyzeIncremental } from "../../src/engine/analyze";
import type { DocModel } from "../../src/engine/model";
import { buildDoc } from "./support/build";
import { strongSow, weakSow } from "./support/sows";

const statusOf = (doc: DocModel) => Object.fromEntries(analyze(doc).checklist.map((c) => [c.id, c.status]));

describe("weak SOW", () => {
  const a = analyze(weakSow());
  test("fails or warns all four checks and scores low", () => {
    expect(Object.values(statusOf(weakSow())).every((s) => s === "fail" || s === "warn")).toBe(true);
    expect(a.checklist).toHaveLength(4);
    expect(a.score).toBeLessThan(30);
  });
  test("its vague milestones are found and are not binary gates", () => {
    expect(a.milestones.map((m) => [m.name, m.binaryGate])).toEqual([
      ["Phase 1: Discovery Complete", false],
      ["Phase 2: Build substantially complete", false],
      ["Phase 3: Final delivery to the satisfaction of the Client", false],
    ]);
  });
  test('"Phase 1: Discovery Complete" is flagged with a rewrite', () => {
    const f = a.findings.find((x) => x.anchor.text === "Discovery Complete");
    expect(f).toBeDefined();
    expect(f!.severity).toBe("high");
    expect(f!.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(f!.suggestions[0]!.text).toContain("Phase 1");
    expect(f!.clauseKinds).toContain("milestone");
  });
  test("monthly billing in a fixed-scope SOW is a consistency issue", () => {
    expect(a.payments.map((p) => p.trigger)).toEqual(["time"]);
    expect(a.consistency.map((c) => c.kind)).toContain("time-based-billing");
  });
  test("facts: parties as defined and the payment term", () => {
    expect(a.facts).toMatchObject({ client: "Contoso Inc.", vendor: "Northwind Consulting LLC", netDays: 60, currency: "USD" });
  });
});

describe("strong SOW", () => {
  const a = analyze(strongSow());
  test("passes all four checks", () => {
    expect(statusOf(strongSow())).toEqual({
      "binary-definition": "pass",
      "financial-alignment": "pass",
      "risk-mitigation": "pass",
      "dependency-mapping": "pass",
    });
    expect(a.score).toBeGreaterThanOrEqual(90);
  });
  test("its payment table is read: amounts, percents, currency, milestone links", () => {
    expect(a.payments.map((p) => [p.amount, p.percent, p.currency, p.trigger, p.milestoneId, p.netDays])).toEqual([
      [24000, 20, "USD", "milestone", "m1", 30],
      [36000, 30, "USD", "milestone", "m2", 30],
      [60000, 50, "USD", "milestone", "m3", 30],
    ]);
    expect(a.milestones.map((m) => m.payment)).toEqual([
      { amount: 24000, currency: "USD", percent: 20 },
      { amount: 36000, currency: "USD", percent: 30 },
      { amount: 60000, currency: "USD", percent: 50 },
    ]);
    expect(a.consistency).toEqual([]);
  });
  test("the RTM discovery milestone is a binary gate and not flagged", () => {
    const m1 = a.milestones[0]!;
    expect(m1.binaryGate).toBe(true);
    expect(m1.artifact).toBe("Requirements Traceability Matrix (RTM)");
    expect(a.findings.filter((f) => f.anchor.paragraph === m1.anchor.paragraph)).toEqual([]);
  });
  test("facts: review period in business days, contract value", () => {
    expect(a.facts).toMatchObject({ reviewDays: 5, netDays: 30, currency: "USD", contractValue: 120000, clientTerm: "Client", vendorTerm: "Vendor" });
  });
});

test("the report shape: version, document counts, clauses in order, no redlines yet", () => {
  const a = analyze(strongSow());
  expect(a.version).toBe(1);
  expect(a.language).toBe("en");
  expect(a.document).toMatchObject({ name: "strong-sow.docx", paragraphs: strongSow().paragraphs.length });
  expect(a.document.words).toBeGreaterThan(200);
  expect(a.redlines).toEqual([]);
  const indices = a.clauses.map((c) => c.paragraph);
  expect(indices).toEqual([...indices].sort((x, y) => x - y));
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
});

test("a Portuguese SOW: language, parties, R$ schedule table", () => {
  const doc = buildDoc([
    "ACME LTDA., doravante denominada CONTRATANTE, e BETA SISTEMAS S.A., doravante denominada CONTRATADA, celebram esta Proposta.",
    { h: "Cronograma de pagamento" },
    { table: [["Marco", "Entregável", "Percentual", "Valor (R$)"], ["Marco 1", "Documento de Requisitos", "40%", "R$ 40.000,00"], ["Marco 2", "Relatório de Testes", "60%", "R$ 60.000,00"], ["Total", "", "100%", "R$ 100.000,00"]] },
    "A CONTRATANTE analisará cada entregável em até 5 (cinco) dias úteis; as faturas serão pagas em até 30 (trinta) dias da emissão da nota fiscal.",
  ]);
  const a = analyze(doc);
  expect(a.language).toBe("pt");
  expect(a.facts).toMatchObject({ client: "ACME LTDA.", vendor: "BETA SISTEMAS S.A.", clientTerm: "CONTRATANTE", currency: "BRL", reviewDays: 5 });
  expect(a.payments.map((p) => [p.amount, p.currency, p.percent, p.milestoneId])).toEqual([
    [40000, "BRL", 40, "m1"],
    [60000, "BRL", 60, "m2"],
  ]);
});

describe("options", () => {
  test("language override, minimum severity, ignored findings and terms, disabled rules", () => {
    const base = analyze(weakSow());
    const first = base.findings[0]!;
    expect(analyze(weakSow(), { ignoredFindings: [first.id] }).findings.map((f) => f.id)).not.toContain(first.id);
    expect(analyze(weakSow(), { ignoredTerms: [first.anchor.text.toUpperCase()] }).findings.some((f) => f.anchor.text === first.anchor.text)).toBe(false);
    expect(analyze(weakSow(), { disabledRules: [first.rule] }).findings.some((f) => f.rule === first.rule)).toBe(false);
    expect(analyze(weakSow(), { minSeverity: "high" }).findings.every((f) => f.severity === "high")).toBe(true);
    expect(analyze(weakSow(), { language: "pt" }).language).toBe("pt");
  });
});

test("finding anchors: text equals the paragraph slice, on any document", () => {
  const sentence = fc.constantFrom(
    "Phase 1: Discovery Complete",
    "The Vendor shall deliver the report promptly and to the satisfaction of the Client.",
    "Payment of 20% is due upon acceptance of Milestone 2, as mutually agreed.",
    "The Client will review deliverables in its sole discretion, etc.",
    "Acceptance shall occur within approximately 5 days, using best efforts and industry standard practices.",
    "Invoices are payable within thirty (30) days; R$ 1.234,56 per month, TBD.",
    "Ação: entrega do relatório a critério exclusivo da CONTRATANTE, conforme acordado entre as partes.",
    "😀 emoji, “quotes” and — dashes keep UTF-16 offsets honest.",
  );
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (texts) => {
      const doc = buildDoc(texts);
      const a = analyze(doc);
      const anchors = [
        ...a.findings.map((f) => f.anchor),
        ...a.milestones.map((m) => m.anchor),
        ...a.payments.map((p) => p.anchor),
        ...a.checklist.flatMap((c) => c.evidence),
        ...a.consistency.flatMap((c) => c.evidence),
      ];
      for (const an of anchors) {
        expect(an.start).toBeGreaterThanOrEqual(0);
        expect(an.end).toBeGreaterThanOrEqual(an.start);
        expect(doc.paragraphs[an.paragraph]!.text.slice(an.start, an.end)).toBe(an.text);
      }
    }),
    { numRuns: 60 },
  );
});

describe("analyzeIncremental", () => {
  test("equals a full analysis after one paragraph changes", () => {
    const doc = weakSow();
    const prev = analyze(doc);
    const changed = { ...doc, paragraphs: doc.paragraphs.map((p) => (p.index === 12 ? { ...p, text: "The Client will accept deliverables promptly and in its sole discretion." } : p)) };
    expect(analyzeIncremental(prev, changed, [12])).toEqual(analyze(changed));
  });
  test("falls back to a full analysis when the paragraph count changes or the result is foreign", () => {
    const doc = strongSow();
    const prev = analyze(doc);
    const longer = buildDoc([...doc.paragraphs.filter((p) => !p.table).map((p) => p.text), "Extra."]);
    expect(analyzeIncremental(prev, longer, [0])).toEqual(analyze(longer));
    const foreign = JSON.parse(JSON.stringify(prev));
    expect(analyzeIncremental(foreign, doc, [0])).toEqual(prev);
  });
});

test("analyzeIncremental re-runs everything when a heading changes", () => {
  const doc = strongSow();
  const prev = analyze(doc);
  const heading = doc.paragraphs.findIndex((p) => p.text === "Acceptance");
  const changed = { ...doc, paragraphs: doc.paragraphs.map((p) => (p.index === heading ? { ...p, text: "Payment Terms" } : p)) };
  expect(analyzeIncremental(prev, changed, [heading])).toEqual(analyze(changed));
});

describe("rewrites keep the figure a hedged period states", () => {
  test("'approximately eight months' is rewritten to 'no more than eight months'", () => {
    const doc = buildDoc(["Acceptance of each Milestone takes place approximately eight months after kick-off."]);
    const f = analyze(doc).findings.find((x) => x.rule === "en.timing.approximate");
    expect(f?.suggestions[0]?.text).toBe("no more than eight months");
    expect(f?.suggestions[0]?.slots.find((s) => s.name === "period")?.fromDocument).toBe(true);
  });
});
