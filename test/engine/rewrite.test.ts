import { fillRewrite, slotValues, suggestionsFor } from "../../src/engine/rewrite";
import type { Facts } from "../../src/engine/facts";

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
