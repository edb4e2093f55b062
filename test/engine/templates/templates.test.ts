import { analyze } from "../../../src/engine/analyze";
import { emptyDocModel, type DocModel } from "../../../src/engine/model";
import { clauseTemplate, clauseTemplates, prefillParams, renderTemplate, partyPhrase } from "../../../src/engine/templates";
import type { Facts } from "../../../src/engine/facts";
import type { TemplateContext } from "../../../src/engine/templates";

const noFacts: Facts = { client: null, vendor: null, reviewDays: null, netDays: null, currency: null, contractValue: null, clientTerm: null, vendorTerm: null, contractValueAnchor: null, approver: null };
const ctx = (facts: Partial<Facts> = {}, milestones: TemplateContext["milestones"] = []): TemplateContext => ({ facts: { ...noFacts, ...facts }, milestones });

test.each(["en", "pt"] as const)("%s: four templates, each renders complete paragraphs from its defaults", (lang) => {
  const templates = clauseTemplates(lang);
  expect(templates.map((t) => t.id)).toEqual(["deemed-acceptance", "acceptance-procedure", "milestone-payment-schedule", "client-dependencies"]);
  for (const t of templates) {
    expect(t.title).toBeTruthy();
    expect(t.description).toBeTruthy();
    const paragraphs = t.render(prefillParams(t, ctx()));
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const p of paragraphs) {
      expect(p).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    }
  }
});

test("deemed acceptance: silence after N business days, with Business Day defined, in the document's terms", () => {
  const text = renderTemplate("deemed-acceptance", ctx({ clientTerm: "Customer", vendorTerm: "Supplier", reviewDays: 7 })).join("\n");
  expect(text).toContain("If the Customer does not deliver a written notice of rejection within seven (7) Business Days after the Supplier submits");
  expect(text).toContain("deemed accepted");
  expect(text).toContain('"Business Day" means');
});

test("acceptance procedure lists the non-conformities", () => {
  const text = renderTemplate("acceptance-procedure", ctx()).join("\n");
  expect(text).toMatch(/written notice of rejection/);
  expect(text).toMatch(/list each non-conformity/);
});

test("payment schedule: the document's milestones, total and currency; shares sum to 100", () => {
  const c = ctx({ currency: "EUR", contractValue: 90000, netDays: 45 }, [
    { name: "Milestone 1: Design", artifact: "Solution Design Document", percent: null },
    { name: "Milestone 2: Build", artifact: null, percent: null },
    { name: "Milestone 3: Go-Live", artifact: "Release Notes", percent: null },
  ]);
  const params = prefillParams(clauseTemplate("milestone-payment-schedule"), c);
  const schedule = params.schedule as { percent: number }[];
  expect(schedule.map((s) => s.percent)).toEqual([33, 33, 34]);
  const text = renderTemplate("milestone-payment-schedule", c).join("\n");
  expect(text).toContain("the fixed fee of EUR 90,000");
  expect(text).toContain("(a) 33% (EUR 29,700) on acceptance of Milestone 1: Design, evidenced by Solution Design Document;");
  expect(text).toContain("within forty-five (45) days");
  const stated = prefillParams(clauseTemplate("milestone-payment-schedule"), ctx({}, [{ name: "A", artifact: null, percent: 40 }, { name: "B", artifact: null, percent: 60 }]));
  expect((stated.schedule as { percent: number }[]).map((s) => s.percent)).toEqual([40, 60]);
});

test("dependencies with phase gating; overrides win over pre-filled values", () => {
  const text = renderTemplate("client-dependencies", ctx({ clientTerm: "Client" }), "en", { dependencies: ["access to the staging environment"] }).join("\n");
  expect(text).toContain("(a) access to the staging environment;");
  expect(text).toContain("No phase starts before the previous phase's milestone has been accepted");
  expect(renderTemplate("client-dependencies", ctx({ clientTerm: "CONTRATANTE" }), "pt").join("\n")).toContain("A CONTRATANTE fornecerá:");
});

test("party phrases and unknown ids", () => {
  expect(partyPhrase("Client", "en", "client")).toBe("the Client");
  expect(partyPhrase("CONTRATADA", "pt", "vendor")).toBe("a CONTRATADA");
  expect(partyPhrase(null, "en", "client")).toBeNull();
  expect(() => clauseTemplate("nope" as never)).toThrow(/unknown clause template/);
});

test.each(["en", "pt"] as const)("%s: a document whose only acceptance clause is the inserted deemed-acceptance template passes risk mitigation", (lang) => {
  const before = lang === "en" ? ["The Vendor will deliver the Deliverables listed in Section 3."] : ["A CONTRATADA entregará os Entregáveis listados na Seção 3."];
  const inserted = renderTemplate("deemed-acceptance", ctx(), lang);
  const doc: DocModel = {
    ...emptyDocModel(),
    paragraphs: [...before, ...inserted].map((text, index) => ({ index, text })),
  };
  const withoutTemplate: DocModel = { ...emptyDocModel(), paragraphs: before.map((text, index) => ({ index, text })) };
  const risk = (d: DocModel) => analyze(d, { language: lang }).checklist.find((c) => c.id === "risk-mitigation")?.status;
  expect(risk(withoutTemplate)).toBe("fail");
  expect(risk(doc)).toBe("pass");
});
