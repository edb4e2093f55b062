import { findAcceptance, findArtifact, findDue, findLabelReferences, labelKey, sentenceAround } from "../../../src/engine/extract/phrases";

test("artifacts: capitalised names with acronyms, and lower-case fallbacks", () => {
  expect(findArtifact("Discovery Sign-off via documented Requirements Traceability Matrix (RTM) and Client Executive Approval")).toBe("Requirements Traceability Matrix (RTM)");
  expect(findArtifact("The Vendor delivers the Solution Design Document.")).toBe("Solution Design Document");
  expect(findArtifact("The Vendor will send the signed test report.")).toBe("signed test report");
  expect(findArtifact("Phase 1: Discovery Complete")).toBeNull();
});

test("acceptance events", () => {
  expect(findAcceptance("achieved when the Client signs the Acceptance Certificate")).toBe("signs the Acceptance Certificate");
  expect(findAcceptance("on written sign-off by the Client Sponsor")).toMatch(/^written sign-off by the Client Sponsor/);
  expect(findAcceptance("Deliverables are deemed accepted after five (5) Business Days")).toMatch(/^deemed accepted/);
  expect(findAcceptance("Discovery Complete")).toBeNull();
});

test("due dates and durations", () => {
  expect(findDue("Due Week 6.")).toBe("Week 6");
  expect(findDue("by 31 March 2026")).toBe("31 March 2026");
  expect(findDue("on 2026-03-31")).toBe("2026-03-31");
  expect(findDue("within 30 days after kick-off")).toBe("within 30 days after kick-off");
  expect(findDue("no date")).toBeNull();
});

test("label keys unify spellings and numbering", () => {
  expect(labelKey("Milestone", "2")).toBe("milestone:2");
  expect(labelKey("M", "2")).toBe("milestone:2");
  expect(labelKey("Marco", "2")).toBe("milestone:2");
  expect(labelKey("Phase", "II")).toBe("phase:2");
  expect(labelKey("Fase", "2")).toBe("phase:2");
  expect(findLabelReferences("30% upon Milestone 2, then Phase III and M4").map((r) => r.key)).toEqual(["milestone:2", "phase:3", "milestone:4"]);
});

test("sentence bounds skip abbreviations", () => {
  const text = "Contoso Inc. pays. Then the Vendor delivers.";
  const s = sentenceAround(text, 2);
  expect(text.slice(s.start, s.end)).toBe("Contoso Inc. pays.");
  const t = sentenceAround(text, 25);
  expect(text.slice(t.start, t.end)).toBe("Then the Vendor delivers.");
});
