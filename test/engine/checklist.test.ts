import { runChecklist, scoreOf, type ChecklistInput } from "../../src/engine/checklist";
import type { ChecklistItem, Finding, Milestone, Payment } from "../../src/engine/types";
import { buildDoc, type Item } from "./support/build";

const anchor = (paragraph: number) => ({ paragraph, start: 0, end: 1, text: "x" });
const ms = (binaryGate: boolean, id = "m1"): Milestone => ({ id, name: id, anchor: anchor(0), artifact: null, acceptance: null, due: null, payment: null, binaryGate });
const pay = (over: Partial<Payment>): Payment => ({ anchor: anchor(1), trigger: "milestone", amount: null, currency: null, percent: null, milestoneId: "m1", netDays: null, ...over });

function check(items: Item[], over: Partial<ChecklistInput> = {}) {
  const doc = buildDoc(items);
  const list = runChecklist({ doc, kindsOf: () => [], milestones: [], payments: [], consistency: [], ...over });
  return Object.fromEntries(list.map((c) => [c.id, c])) as Record<ChecklistItem["id"], ChecklistItem>;
}

describe("binary-definition", () => {
  test("fails without milestones or with only vague ones, warns on a mix, passes when all are binary", () => {
    expect(check([])["binary-definition"].status).toBe("fail");
    expect(check([], { milestones: [ms(false)] })["binary-definition"].status).toBe("fail");
    expect(check([], { milestones: [ms(false), ms(true, "m2")] })["binary-definition"].status).toBe("warn");
    const pass = check([], { milestones: [ms(true), ms(true, "m2")] })["binary-definition"];
    expect(pass.status).toBe("pass");
    expect(pass.evidence).toHaveLength(2);
  });
});

describe("financial-alignment", () => {
  test("fail without payments or without milestone payments; warn on calendar billing; pass when tied", () => {
    expect(check([])["financial-alignment"].status).toBe("fail");
    expect(check([], { payments: [pay({ trigger: "time", milestoneId: null })] })["financial-alignment"].status).toBe("fail");
    expect(check([], { payments: [pay({}), pay({ trigger: "time", milestoneId: null })] })["financial-alignment"].status).toBe("warn");
    expect(check([], { payments: [pay({})], consistency: [{ kind: "percent-sum", message: "m", evidence: [] }] })["financial-alignment"].status).toBe("warn");
    expect(check([], { payments: [pay({})] })["financial-alignment"].status).toBe("pass");
  });
});

describe("risk-mitigation", () => {
  const deemed = "If the Client gives no written notice within five (5) Business Days, the Deliverable is deemed accepted.";
  const rejection = "Any rejection shall be by written notice listing each non-conformity with the acceptance criteria.";
  test("pass needs deemed acceptance in business days and a written rejection listing non-conformities", () => {
    const item = check([deemed, rejection])["risk-mitigation"];
    expect(item.status).toBe("pass");
    expect(item.evidence.map((e) => e.text)).toEqual(["five (5) Business Days", rejection]);
  });
  test("calendar days, or one half only, warn", () => {
    expect(check(["The Deliverable is deemed accepted 10 days after delivery.", rejection])["risk-mitigation"].status).toBe("warn");
    expect(check([deemed])["risk-mitigation"].status).toBe("warn");
    expect(check([rejection])["risk-mitigation"].status).toBe("warn");
  });
  test("a rejection that need not state its reasons does not count", () => {
    expect(check(["The Client may reject any Deliverable by written notice."])["risk-mitigation"].status).toBe("fail");
  });
  test("the classifier's deemed_acceptance kind counts too", () => {
    const item = check(["Silence for 5 business days is acceptance.", rejection], { kindsOf: (i) => (i === 0 ? ["deemed_acceptance"] : []) })["risk-mitigation"];
    expect(item.status).toBe("pass");
  });
});

describe("dependency-mapping", () => {
  const dep = "The Client shall provide access to the test environment within 5 Business Days of kick-off.";
  const gate = "No phase shall commence before the written sign-off of the previous milestone.";
  test("dependencies and gating pass; one of them warns; neither fails", () => {
    expect(check([dep, gate])["dependency-mapping"].status).toBe("pass");
    expect(check([dep])["dependency-mapping"].status).toBe("warn");
    expect(check([gate])["dependency-mapping"].status).toBe("warn");
    expect(check(["The Vendor shall perform the Services."])["dependency-mapping"].status).toBe("fail");
  });
  test("gating worded as approval of the previous phase counts, in any letter case", () => {
    expect(check([dep, "Approval of the previous milestone is required before any further work."])["dependency-mapping"].status).toBe("pass");
    expect(check([dep, "NO PHASE SHALL COMMENCE BEFORE WRITTEN SIGN-OFF OF THE PREVIOUS MILESTONE."])["dependency-mapping"].status).toBe("pass");
    expect(check([dep, "No  phase shall commence\u00a0until the Acceptance of the prior phase."])["dependency-mapping"].status).toBe("pass");
  });
  test("items under a Client Responsibilities heading are dependencies", () => {
    expect(check([{ h: "Client Responsibilities" }, { li: "Access to production logs" }, "Phase 2 begins only after acceptance of Phase 1."])["dependency-mapping"].status).toBe("pass");
  });
  test("every dependency is counted, the first five quoted, and the first gating kept", () => {
    const deps = [1, 2, 3, 4, 5, 6, 7].map((n) => `The Client shall provide dataset ${n} to the Vendor.`);
    const later = "Phase 3 starts only after written sign-off of Phase 2.";
    const item = check([...deps, gate, later])["dependency-mapping"];
    expect(item.message).toMatch(/^7 client dependencies are named/);
    expect(item.evidence.map((e) => e.text)).toEqual([...deps.slice(0, 5), gate]);
  });
});

describe("acceptance and gating evidence", () => {
  test("the first rejection clause is quoted, and a business-day deemed acceptance is not replaced by a later one", () => {
    const first = "If no written notice arrives within five (5) Business Days, the Deliverable is deemed accepted.";
    const second = "Any Deliverable is deemed accepted after ten (10) Business Days.";
    const rejection = "Any rejection shall be by written notice listing each non-conformity.";
    const item = check([first, rejection, second, "A rejection must be in writing and state the reasons for it."])["risk-mitigation"];
    expect(item.evidence.map((e) => e.text)).toEqual(["five (5) Business Days", rejection]);
  });
});

test("score: 25 per pass, 12.5 per warn, less 2 per high finding in a gating clause (at most 10)", () => {
  const items = (statuses: ChecklistItem["status"][]): ChecklistItem[] => statuses.map((status, i) => ({ id: (["binary-definition", "financial-alignment", "risk-mitigation", "dependency-mapping"] as const)[i]!, status, message: "", evidence: [] }));
  const finding = (severity: Finding["severity"], kinds: Finding["clauseKinds"]): Finding => ({ id: "f", rule: "r", category: "soft-timing", severity, anchor: anchor(0), message: "", suggestions: [], clauseKinds: kinds });
  expect(scoreOf(items(["pass", "pass", "pass", "pass"]), [])).toBe(100);
  expect(scoreOf(items(["fail", "fail", "fail", "fail"]), [])).toBe(0);
  expect(scoreOf(items(["pass", "warn", "fail", "pass"]), [])).toBe(63);
  expect(scoreOf(items(["pass", "pass", "pass", "pass"]), [finding("high", ["milestone"]), finding("high", [])])).toBe(98);
  expect(scoreOf(items(["pass", "pass", "pass", "pass"]), Array.from({ length: 9 }, () => finding("high", ["payment"])))).toBe(90);
});
