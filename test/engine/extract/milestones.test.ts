import { extractMilestones } from "../../../src/engine/extract/milestones";
import { readScheduleTables } from "../../../src/engine/extract/tables";
import { buildDoc } from "../support/build";
import { fakeLookup } from "../support/lookup";

test("labelled list items and headings are milestones; sentences about a phase are not", () => {
  const doc = buildDoc([
    { h: "Milestones" },
    { li: "Milestone 1: Design Sign-off. The Vendor delivers the Solution Design Document and the Client signs the Acceptance Certificate. Due Week 6." },
    { h: "Phase 2: Build", level: 2 },
    "The Vendor delivers the Release Package; acceptance tests pass and the Client signs the Acceptance Certificate.",
    "Phase 2 will start after the design is approved by the Client and both parties have reviewed the plan in detail together.",
  ]);
  const ms = extractMilestones(doc, [], fakeLookup());
  expect(ms.map((m) => m.name)).toEqual(["Milestone 1: Design Sign-off", "Phase 2: Build"]);
  expect(ms[0]).toMatchObject({ id: "m1", artifact: "Solution Design Document", acceptance: "signs the Acceptance Certificate", due: "Week 6", binaryGate: true, keys: ["milestone:1"] });
  expect(ms[1]).toMatchObject({ id: "m2", artifact: "Release Package", binaryGate: true, keys: ["phase:2"] });
  expect(ms[1]!.paragraphs).toEqual([2, 3, 4]);
  for (const m of ms) expect(doc.paragraphs[m.anchor.paragraph]!.text.slice(m.anchor.start, m.anchor.end)).toBe(m.anchor.text);
});

test("a vague milestone is not a binary gate, and subjective wording in it vetoes one", () => {
  const doc = buildDoc([
    { li: "Phase 1: Discovery Complete" },
    { li: "Phase 2: Design Document delivered and signed to the satisfaction of the Client" },
  ]);
  const ms = extractMilestones(doc, [], fakeLookup({}, { 1: [[43, 78]] }));
  expect(ms.map((m) => m.binaryGate)).toEqual([false, false]);
  expect(ms[0]!.artifact).toBeNull();
});

test("the classifier's gate verdict wins over the artifact heuristic", () => {
  const doc = buildDoc([{ li: "Milestone 1: Solution Design Document signed by the Client" }]);
  const lookup = { ...fakeLookup(), gateOf: () => false };
  expect(extractMilestones(doc, [], lookup)[0]!.binaryGate).toBe(false);
});

test("table rows are milestones and merge with prose milestones of the same label", () => {
  const doc = buildDoc([
    { li: "Milestone 1: Requirements Sign-off. The Client signs the Requirements Specification." },
    {
      table: [
        ["Milestone", "Deliverable", "Acceptance", "Due"],
        ["Milestone 1: Requirements Sign-off", "Requirements Specification", "Written sign-off", "Week 2"],
        ["Milestone 2: Go-Live", "Production Release", "Acceptance tests pass", "Week 10"],
      ],
    },
  ]);
  const ms = extractMilestones(doc, readScheduleTables(doc), fakeLookup());
  expect(ms).toHaveLength(2);
  expect(ms[0]).toMatchObject({ name: "Milestone 1: Requirements Sign-off", due: "Week 2", tableRow: { table: 0, row: 1 } });
  expect(ms[0]!.anchor.paragraph).toBe(0);
  expect(ms[1]).toMatchObject({ name: "Milestone 2: Go-Live", artifact: "Production Release", acceptance: "Acceptance tests pass", due: "Week 10", binaryGate: true });
});

test("list items under a Milestones heading count when classified as milestones", () => {
  const doc = buildDoc([{ h: "Deliverables and Milestones" }, { li: "Architecture Blueprint approved in writing by the Client (Week 3)" }, { li: "Weekly status calls" }]);
  const ms = extractMilestones(doc, [], fakeLookup({ 1: ["milestone"] }));
  expect(ms.map((m) => m.name)).toEqual(["Architecture Blueprint approved in writing by the Client"]);
});
