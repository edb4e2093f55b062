import { fillRewrite, slotValues, suggestionsFor } from "../../src/engine/rewrite";
import type { Facts } from "../../src/engine/facts";
import { rulePack } from "../../src/engine/rules";

const noFacts: Facts = { client: null, vendor: null, reviewDays: null, netDays: null, currency: null, contractValue: null, clientTerm: null, vendorTerm: null, contractValueAnchor: null, approver: null };
const facts: Facts = { ...noFacts, client: "Contoso Inc.", clientTerm: "Customer", vendorTerm: "Supplier", reviewDays: 7, netDays: 45, approver: "Project Sponsor" };

test("slots come from the document when it states them, marked fromDocument", () => {
  const [s] = suggestionsFor(["within {reviewDays} business days, {client} accepts the {artifact} of {milestone} via {approver}, paid net {netDays}"], {
    facts,
    language: "en",
    milestone: { name: "Phase 1", artifact: "Requirements Traceability Matrix (RTM)" },
  });
  expect(s!.text).toBe("within 7 business days, the Customer accepts the Requirements Traceability Matrix (RTM) of Phase 1 via the Customer's Project Sponsor, paid net 45");
  expect(s!.slots.every((x) => x.fromDocument)).toBe(true);
  expect(s!.template).toContain("{reviewDays}");
});

test("defaults fill what the document does not state, marked as not from the document", () => {
  const [s] = suggestionsFor(["{client} shall accept the {artifact} within {reviewDays} business days of {event}"], { facts: noFacts, language: "en", atSentenceStart: true });
  expect(s!.text).toBe("The Client shall accept the Deliverable within 5 business days of the Vendor's written notice of delivery");
  expect(s!.slots.map((x) => [x.name, x.fromDocument])).toEqual([["client", false], ["artifact", false], ["reviewDays", false], ["event", false]]);
});

test("Portuguese templates write the article themselves", () => {
  const pt: Facts = { ...noFacts, clientTerm: "CONTRATANTE", reviewDays: 10 };
  const [s] = suggestionsFor(["a {client} aceitará o {artifact} em até {reviewDays} dias úteis"], { facts: pt, language: "pt", artifact: "o Relatório Final" });
  expect(s!.text).toBe("a CONTRATANTE aceitará o Relatório Final em até 10 dias úteis");
});

test("at most three suggestions; unknown placeholders stay as written", () => {
  expect(suggestionsFor(["a", "b", "c", "d"], { facts, language: "en" })).toHaveLength(3);
  expect(fillRewrite("keep {unknown}", slotValues({ facts, language: "en" })).text).toBe("keep {unknown}");
});

test("the default event names the document's own vendor", () => {
  const [s] = suggestionsFor(["within {days} business days of {event}"], { facts, language: "en" });
  expect(s!.text).toBe("within 7 business days of the Supplier's written notice of delivery");
});

describe("every English rewrite reads as contract English once filled", () => {
  const contexts = [
    { name: "defaults", ctx: { facts: noFacts, language: "en" as const } },
    { name: "document terms and a milestone", ctx: { facts, language: "en" as const, milestone: { name: "Phase 2", artifact: "Test Summary Report" } } },
  ];
  const rules = rulePack("en").subjective;
  it.each(contexts)("$name", ({ ctx }) => {
    for (const rule of rules) {
      for (const s of suggestionsFor(rule.rewrites, ctx)) {
        const where = `${rule.id}: ${s.text}`;
        expect({ where, unfilled: /[{}]/.test(s.text) }).toEqual({ where, unfilled: false });
        // Slot values that cannot stand where they were put: a bare count, a milestone used as a
        // unit, tests nested in tests, an event joined to an act, a doubled article.
        expect({ where, bad: /^\d|per the (?:Milestone|Statement)|listed in the acceptance tests|is delivered and the|\bthe the\b|'s [A-Z][a-z]+ [A-Z][a-z]+'s /.test(s.text) }).toEqual({ where, bad: false });
      }
    }
  });
});
