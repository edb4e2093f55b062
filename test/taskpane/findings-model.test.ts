import fc from "fast-check";
import {
  applyFilter,
  applyTeamRules,
  fillSuggestion,
  groupByCheck,
  groupBySeverity,
  slotLabel,
  templateParts,
  termKey,
} from "../../src/taskpane/findings/model";
import { DEFAULT_TEAM_RULES } from "../../src/taskpane/service";
import { approvalFinding, lowFinding, timingFinding } from "./fixtures";

const all = [lowFinding, timingFinding, approvalFinding];

describe("applyTeamRules", () => {
  test("defaults let everything through", () => {
    expect(applyTeamRules(all, DEFAULT_TEAM_RULES)).toHaveLength(3);
  });
  test.each([
    [{ minSeverity: "medium" as const }, [timingFinding.id, approvalFinding.id]],
    [{ minSeverity: "high" as const }, [approvalFinding.id]],
    [{ disabledRules: ["soft-timing"] }, [lowFinding.id, approvalFinding.id]],
    [{ disabledCategories: ["effort-standard" as const] }, [timingFinding.id, approvalFinding.id]],
    [{ allowList: ["  PROMPTLY "] }, [lowFinding.id, approvalFinding.id]],
    [{ ignoredTerms: ["best efforts"] }, [timingFinding.id, approvalFinding.id]],
    [{ ignoredFindings: [{ id: approvalFinding.id, text: "x", paragraph: 4 }] }, [lowFinding.id, timingFinding.id]],
  ])("%j", (rules, ids) => {
    expect(applyTeamRules(all, { ...DEFAULT_TEAM_RULES, ...rules }).map((f) => f.id)).toEqual(ids);
  });
});

test("applyFilter matches words, rules and severity", () => {
  expect(applyFilter(all, { text: "Promptly", severity: "all" }).map((f) => f.id)).toEqual([timingFinding.id]);
  expect(applyFilter(all, { text: "best-eff", severity: "all" }).map((f) => f.id)).toEqual([lowFinding.id]);
  expect(applyFilter(all, { text: "", severity: "high" }).map((f) => f.id)).toEqual([approvalFinding.id]);
});

test("groups follow the checklist order and the clause each finding sits in", () => {
  expect(groupByCheck(all).map((g) => [g.id, g.findings.map((f) => f.id)])).toEqual([
    ["binary-definition", [approvalFinding.id]],
    ["financial-alignment", [timingFinding.id]],
    ["general", [lowFinding.id]],
  ]);
  expect(groupBySeverity(all).map((g) => g.id)).toEqual(["high", "medium", "low"]);
});

test("templateParts and fillSuggestion rebuild the rewrite with edited slots", () => {
  const s = approvalFinding.suggestions[0]!;
  expect(templateParts(s).map((p) => (p.kind === "slot" ? `[${p.name}]` : p.text)).join("")).toBe(
    "when the [client] signs the acceptance certificate within [days] business days",
  );
  expect(fillSuggestion(s, {})).toBe(s.text);
  expect(fillSuggestion(s, { days: "10" })).toBe("when the Client signs the acceptance certificate within 10 business days");
  expect(fillSuggestion(approvalFinding.suggestions[1]!, { days: "9" })).toBe("upon delivery of the signed test report");
});

test("fillSuggestion with the engine's own values reproduces the template for any slot values", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.string({ maxLength: 5 }), (a, b, lit) => {
      const clean = lit.replace(/[{}]/g, "");
      const s = { text: `${a}${clean}${b}`, template: `{a}${clean}{b}`, slots: [
        { name: "a", value: a, fromDocument: false },
        { name: "b", value: b, fromDocument: false },
      ] };
      return fillSuggestion(s, {}) === s.text;
    }),
  );
});

test("termKey folds case and spaces; slotLabel splits names", () => {
  expect(termKey("  Sole   Satisfaction ")).toBe("sole satisfaction");
  expect(slotLabel("reviewDays")).toBe("review days");
  expect(slotLabel("client_name")).toBe("client name");
});
