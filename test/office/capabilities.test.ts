import { createSimulatedWord, type CapabilityLevel } from "../../src/sim";
import { detectCapabilities, probeAnnotations, withAnnotationsProbe } from "../../src/office";
import { docOf } from "./fixtures";

const doc = docOf(["", "Deliverables are accepted on written sign-off."]);

describe("detectCapabilities", () => {
  const cases: Array<[CapabilityLevel, Record<string, boolean>]> = [
    ["1.3", { annotations: false, highlight: false, highlightColor: true, comments: false, trackingMode: false, trackedChanges: false, reviewedText: false, paragraphChangedEvent: false, uniqueLocalId: false }],
    ["1.4", { annotations: false, highlight: false, highlightColor: true, comments: true, trackingMode: true, trackedChanges: false, reviewedText: true, paragraphChangedEvent: false, uniqueLocalId: false }],
    ["1.6", { annotations: false, highlight: false, highlightColor: true, comments: true, trackingMode: true, trackedChanges: true, reviewedText: true, paragraphChangedEvent: true, uniqueLocalId: true }],
    ["1.8", { annotations: true, highlight: true, highlightColor: true, comments: true, trackingMode: true, trackedChanges: true, reviewedText: true, paragraphChangedEvent: true, uniqueLocalId: true }],
  ];
  test.each(cases)("level %s", (level, expected) => {
    const caps = detectCapabilities(createSimulatedWord(doc, { capabilities: level }).host);
    const available = Object.fromEntries(Object.entries(expected).map(([k]) => [k, caps.features[k as keyof typeof caps.features].available]));
    expect(available).toEqual(expected);
    expect(caps.sets[`WordApi ${level}`]).toBe(true);
  });

  test("says why a feature is missing", () => {
    const caps = detectCapabilities(createSimulatedWord(doc, { capabilities: "1.3" }).host);
    expect(caps.features.trackedChanges).toEqual({ available: false, requires: "WordApi 1.6", reason: "capability.missingSet" });
  });

  test("a host whose isSetSupported throws reports nothing available", () => {
    const caps = detectCapabilities({ run: () => Promise.reject(new Error("no")), isSetSupported: () => { throw new Error("boom"); } });
    expect(caps.features.highlightColor.available).toBe(false);
  });
});

describe("probeAnnotations", () => {
  test("works on Microsoft 365 and leaves no annotation behind", async () => {
    const sim = createSimulatedWord(doc, { capabilities: "1.8" });
    await expect(probeAnnotations(sim.host)).resolves.toBe(true);
    expect(sim.snapshot().annotations).toEqual([]);
  });

  test("fails where the set is reported but annotations break at run time", async () => {
    const sim = createSimulatedWord(doc, { capabilities: "1.8-annotations-broken" });
    expect(detectCapabilities(sim.host).features.annotations.available).toBe(true);
    const works = await probeAnnotations(sim.host);
    expect(works).toBe(false);
    const caps = withAnnotationsProbe(detectCapabilities(sim.host), works);
    expect(caps.features.annotations).toEqual({ available: false, requires: "WordApi 1.8", reason: "capability.annotationsFailed" });
  });

  test("is false without the set", async () => {
    await expect(probeAnnotations(createSimulatedWord(doc, { capabilities: "1.6" }).host)).resolves.toBe(false);
  });
});
