import { createSimulatedWord, type CapabilityLevel } from "../../src/sim";
import { clearMarks, markFindings, OfficeActionError, type MarkStrategy } from "../../src/office";
import { docOf, findingAt, findingsFor, longDoc, redlinedDoc } from "./fixtures";
import { charColours, openRead, reloadedPane, temporary, texts } from "./helpers";
import type { DocModel } from "../../src/engine/model";


const open = (source: DocModel, capabilities: CapabilityLevel, extra: { protected?: boolean; changeTrackingMode?: "Off" | "TrackAll" } = {}) =>
  openRead(source, { capabilities, ...extra });

const base = docOf([
  "Acceptance",
  "The deliverable is accepted when it is to the Client's satisfaction.",
  "Review takes a reasonable time, a reasonable effort and a reasonable cost.",
]);

describe("annotations (Microsoft 365)", () => {
  test("one read and one write sync; critiques with offsets, colour and at most 3 suggestions", async () => {
    const { sim, doc } = await open(base, "1.8");
    const before = texts(sim.snapshot());
    const findings = [findingAt(doc, 1, "to the Client's satisfaction", "high"), findingAt(doc, 2, "reasonable", "low", 1)];
    const result = await markFindings(sim.host, doc, findings, "annotations");
    expect(sim.syncCount).toBe(2);
    expect(result).toMatchObject({ strategy: "annotations", requested: "annotations", marked: findings.map((f) => f.id), skipped: [] });
    const view = sim.snapshot();
    expect(texts(view)).toEqual(before);
    const annotations = view.annotations.map((a) => ({ p: a.paragraph, text: view.paragraphs[a.paragraph]!.text.slice(a.start, a.end), colour: a.colorScheme, n: a.suggestions.length, title: a.titleResourceId }));
    expect(annotations).toEqual([
      { p: 1, text: "to the Client's satisfaction", colour: "Red", n: 3, title: "Critique.Title" },
      { p: 2, text: "reasonable", colour: "Blue", n: 3, title: "Critique.Title" },
    ]);
    expect(view.annotations[1]!.start).toBe(doc.paragraphs[2]!.text.indexOf("reasonable", 20));
    expect(Object.values(result.annotations).sort()).toEqual(findings.map((f) => f.id).sort());
    await clearMarks(sim.host, "annotations");
    expect(sim.snapshot().annotations).toEqual([]);
  });

  test("overlapping findings in one paragraph: the first wins, the other is reported", async () => {
    const { sim, doc } = await open(base, "1.8");
    const a = findingAt(doc, 1, "to the Client's satisfaction");
    const b = findingAt(doc, 1, "Client's satisfaction");
    const result = await markFindings(sim.host, doc, [a, b], "annotations");
    expect(result.marked).toEqual([a.id]);
    expect(result.skipped).toEqual([{ findingId: b.id, reason: "overlap" }]);
  });

  test("annotations that fail at run time fall back to the temporary highlight", async () => {
    const { sim, doc } = await open(base, "1.8-annotations-broken");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    const result = await markFindings(sim.host, doc, [f], "annotations");
    expect(result).toMatchObject({ strategy: "highlight", requested: "annotations", fallbackReason: "capability.annotationsFailed", marked: [f.id] });
    expect(sim.snapshot().annotations).toEqual([]);
    expect(temporary(sim.snapshot())).toEqual({ 1: "to the Client's satisfaction" });
  });

  test("without fallback the failure is reported", async () => {
    const { sim, doc } = await open(base, "1.8-annotations-broken");
    await expect(markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction")], "annotations", { fallback: false })).rejects.toBeInstanceOf(OfficeActionError);
  });
});

describe("temporary highlight (WordApi 1.8)", () => {
  test("marks the k-th occurrence, changes no text or colour, clears in one sync", async () => {
    const { sim, doc } = await open(base, "1.8");
    const before = sim.snapshot();
    await markFindings(sim.host, doc, [findingAt(doc, 2, "reasonable", "medium", 2)], "highlight");
    expect(sim.syncCount).toBe(2);
    const view = sim.snapshot();
    expect(temporary(view)).toEqual({ 2: "reasonable" });
    const p = view.paragraphs[2]!;
    const lit = p.runs.findIndex((r) => r.temporaryHighlight);
    expect(p.runs.slice(0, lit).map((r) => r.text).join("")).toBe("Review takes a reasonable time, a reasonable effort and a ");
    expect(texts(view)).toEqual(texts(before));
    expect(charColours(view)).toEqual(charColours(before));
    sim.resetSyncCount();
    await clearMarks(sim.host, "highlight");
    expect(sim.syncCount).toBe(1);
    expect(temporary(sim.snapshot())).toEqual({});
  });

  test("is refused where the host lacks it", async () => {
    const { sim, doc } = await open(base, "1.6");
    await expect(markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction")], "highlight")).rejects.toMatchObject({ key: "error.unsupported" });
  });
});

describe("highlight colour (every host)", () => {
  async function paint(sim: ReturnType<typeof createSimulatedWord>, paragraph: number, from: number, to: number, colour: string) {
    await sim.host.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("text");
      await context.sync();
      const r = ps.items[paragraph]!.search(ps.items[paragraph]!.text.slice(from, to), { matchCase: true }).getFirst();
      r.font.highlightColor = colour;
      await context.sync();
    });
  }

  test("restores each range's own colour exactly", async () => {
    const { sim, doc } = await open(base, "1.3");
    await paint(sim, 2, 15, 25, "Green"); // the first "reasonable" already carries the user's colour
    const before = sim.snapshot();
    const findings = [findingAt(doc, 1, "to the Client's satisfaction"), findingAt(doc, 2, "reasonable", "medium", 0), findingAt(doc, 2, "reasonable", "low", 1)];
    sim.resetSyncCount();
    const result = await markFindings(sim.host, doc, findings, "highlightColor");
    expect(sim.syncCount).toBe(2);
    expect(result.marked).toEqual(findings.map((f) => f.id));
    const marked = charColours(sim.snapshot());
    expect(marked[1]!.slice(39, 67).every((c) => c !== null)).toBe(true);
    expect(marked[2]![15]).not.toBe(before.paragraphs[2]!.runs.find((r) => r.text.includes("reasonable"))?.highlightColor ?? null);
    sim.resetSyncCount();
    const cleared = await clearMarks(sim.host, "highlightColor");
    expect(sim.syncCount).toBe(2);
    expect(cleared).toEqual({ strategy: "highlightColor", cleared: 3, kept: 0 });
    expect(charColours(sim.snapshot())).toEqual(charColours(before));
  });

  test("a reloaded pane finds the record in the document settings", async () => {
    const { sim, doc } = await open(base, "1.4");
    await paint(sim, 1, 0, 3, "Yellow");
    const before = sim.snapshot();
    await markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction"), findingAt(doc, 1, "The deliverable")], "highlightColor");
    const pane = reloadedPane(sim);
    const cleared = await clearMarks(pane, "highlightColor");
    expect(cleared.cleared).toBe(1); // "The" was mixed (Yellow + none): skipped at marking, never touched
    expect(charColours(sim.snapshot())).toEqual(charColours(before));
  });

  test("a range of mixed colours is skipped, so nothing is lost", async () => {
    const { sim, doc } = await open(base, "1.3");
    await paint(sim, 1, 39, 48, "Green");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    const result = await markFindings(sim.host, doc, [f], "highlightColor");
    expect(result.skipped).toEqual([{ findingId: f.id, reason: "mixedHighlight" }]);
  });

  test("a colour the user changed after marking is left alone", async () => {
    const { sim, doc } = await open(base, "1.3");
    await markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction")], "highlightColor");
    await paint(sim, 1, 39, 67, "Green");
    expect(await clearMarks(sim.host, "highlightColor")).toEqual({ strategy: "highlightColor", cleared: 0, kept: 1 });
    expect(charColours(sim.snapshot())[1]!.slice(39, 67).every((c) => c !== null)).toBe(true);
  });

  test("under tracking the result says the colour shows as a formatting revision", async () => {
    const { sim, doc } = await open(base, "1.6", { changeTrackingMode: "TrackAll" });
    const result = await markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction")], "highlightColor");
    expect(result.formattingRevisions).toBe(true);
  });
});

describe("comments (shared findings)", () => {
  test("one comment per finding with the message and rewrites; clearing removes only ours", async () => {
    const source = docOf(base.paragraphs.map((p) => p.text), {
      comments: [{ id: "c0", author: "Ana", date: null, text: "Keep this", paragraph: 0, start: 0, end: 4 }],
    });
    const { sim, doc } = await open(source, "1.4");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    await markFindings(sim.host, doc, [f], "comments");
    expect(sim.syncCount).toBe(2);
    const ours = sim.snapshot().comments.filter((c) => c.content.startsWith("Gatecheck: "));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.content).toContain(f.message);
    expect(ours[0]!.content).toContain("upon written sign-off within 5 business days");
    expect(ours[0]).toMatchObject({ paragraph: 1, start: f.anchor.start, end: f.anchor.end });
    await clearMarks(sim.host, "comments");
    expect(sim.snapshot().comments.map((c) => c.content)).toEqual(["Keep this"]);
  });
});

describe("anchors Word search finds only with care", () => {
  const special = docOf([
    "Costs ^ fees? All * items \"as agreed\" and \u201cas agreed\u201d.",
    "Tab\there, 50% ^^ done \u2018quoted\u2019 'quoted'.",
  ]);

  test.each([
    [0, "^ fees?", 0],
    [0, "All * items", 0],
    [0, "\u201cas agreed\u201d", 0],
    [0, "\"as agreed\"", 0],
    [1, "Tab\there", 0],
    [1, "^^ done", 0],
    [1, "'quoted'", 0],
    [1, "\u2018quoted\u2019", 0],
  ])("paragraph %i: %j", async (paragraph, phrase, nth) => {
    const { sim, doc } = await open(special, "1.8");
    const result = await markFindings(sim.host, doc, [findingAt(doc, paragraph, phrase, "high", nth)], "highlight");
    expect(result.skipped).toEqual([]);
    expect(temporary(sim.snapshot())).toEqual({ [paragraph]: phrase });
  });

  test("a span over 255 characters is found by its ends and expanded", async () => {
    const long = "The Vendor shall " + "perform the services diligently and ".repeat(9) + "to the Client's reasonable satisfaction.";
    const { sim, doc } = await open(docOf(["Intro.", long]), "1.8");
    const phrase = long.slice(5, 5 + 300);
    expect(phrase.length).toBeGreaterThan(255);
    const result = await markFindings(sim.host, doc, [findingAt(doc, 1, phrase)], "highlight");
    expect(sim.syncCount).toBe(2);
    expect(result.marked).toHaveLength(1);
    expect(temporary(sim.snapshot())[1]!.replace(/\|/g, "")).toBe(phrase);
  });

  test("an anchor split by a tracked deletion is still marked (the deleted text is inside the range)", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.8");
    const result = await markFindings(sim.host, doc, [findingAt(doc, 1, "within 30 days")], "highlight");
    expect(result.marked).toHaveLength(1);
    const lit = sim.snapshot().paragraphs[1]!.runs.filter((r) => r.temporaryHighlight && !r.deletion).map((r) => r.text).join("");
    expect(lit).toBe("within 30 days");
  });

  test("a stale anchor (the user edited the paragraph) is skipped, the rest are marked", async () => {
    const { sim, doc } = await open(base, "1.8");
    const stale = findingAt(doc, 1, "to the Client's satisfaction");
    const fine = findingAt(doc, 2, "reasonable");
    sim.userEdit(1, 39, 67, "on written sign-off");
    const result = await markFindings(sim.host, doc, [stale, fine], "highlight");
    expect(result.skipped).toEqual([{ findingId: stale.id, reason: "staleAnchor" }]);
    expect(result.marked).toEqual([fine.id]);
  });

  test("an anchor whose text does not match the document model is stale", async () => {
    const { sim, doc } = await open(base, "1.8");
    const f = findingAt(doc, 1, "to the Client's satisfaction");
    const result = await markFindings(sim.host, doc, [{ ...f, anchor: { ...f.anchor, text: "something else" } }], "highlight");
    expect(result.skipped).toEqual([{ findingId: f.id, reason: "staleAnchor" }]);
  });
});

describe("a protected document", () => {
  test.each(["highlightColor", "comments"] as const)("%s: AccessDenied becomes error.protected and nothing changes", async (strategy) => {
    const { sim, doc } = await open(base, "1.6", { protected: true });
    const before = sim.snapshot();
    const failure = markFindings(sim.host, doc, [findingAt(doc, 1, "to the Client's satisfaction")], strategy);
    await expect(failure).rejects.toMatchObject({ key: "error.protected", code: "AccessDenied" });
    expect(sim.snapshot()).toEqual(before);
  });
});

describe("sync counts do not grow with the document", () => {
  const strategies: Array<[MarkStrategy, CapabilityLevel]> = [
    ["annotations", "1.8"],
    ["highlight", "1.8"],
    ["highlightColor", "1.6"],
    ["comments", "1.6"],
  ];
  for (const size of [10, 1000]) {
    test.each(strategies)(`%s on ${size} paragraphs: mark in 2 syncs, clear in at most 2`, async (strategy, level) => {
      const { sim, doc } = await open(longDoc(size), level);
      const findings = findingsFor(doc);
      expect(findings.length).toBeGreaterThanOrEqual(size * 0.6);
      const result = await markFindings(sim.host, doc, findings, strategy);
      expect(sim.syncCount).toBe(2);
      expect(result.skipped).toEqual([]);
      expect(result.marked).toHaveLength(findings.length);
      sim.resetSyncCount();
      await clearMarks(sim.host, strategy);
      expect(sim.syncCount).toBeLessThanOrEqual(2);
    });
  }
});

describe("marks on a redlined paragraph", () => {
  test("a critique covers the current text even with a tracked deletion inside the paragraph", async () => {
    const { sim, doc } = await open(redlinedDoc(), "1.8");
    const f = findingAt(doc, 1, "to its sole satisfaction");
    const result = await markFindings(sim.host, doc, [f], "annotations");
    expect(result.marked).toEqual([f.id]);
    const view = sim.snapshot();
    const a = view.annotations[0]!;
    expect(view.paragraphs[1]!.text.slice(a.start, a.end)).toBe("to its sole satisfaction");
  });
});
