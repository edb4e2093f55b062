// The service over the simulator with the real engine, on the bundled weak sample: scan, marks,
// navigation, rewrite as a tracked change, template insert, and the mark-style fallback.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../src/docx";
import { createSimulatedWord, type SimulatedWord } from "../../src/sim";
import { createInlineRunner } from "../../src/taskpane/engine/runner";
import { createEngine } from "../../src/taskpane/engine/run";
import { DEFAULT_TEAM_RULES, type GatecheckService, type ScanProgress } from "../../src/taskpane/service";
import { localSettingsStore } from "../../src/taskpane/settings-store";
import { chooseStrategy, createWordService } from "../../src/taskpane/word-service";
import { detectCapabilities } from "../../src/office";

const WEAK = join(__dirname, "..", "..", "assets", "samples", "weak-sow.docx");

function setup(capabilities?: "1.3" | "1.4" | "1.6" | "1.8"): { sim: SimulatedWord; service: GatecheckService } {
  const doc = readDocx(new Uint8Array(readFileSync(WEAK)), "weak-sow.docx");
  const sim = createSimulatedWord(doc, capabilities ? { capabilities } : {});
  const service = createWordService(sim.host, {
    inWord: false,
    runner: createInlineRunner(createEngine()),
    settings: localSettingsStore(null, "weak"),
    documentName: "weak-sow.docx",
  });
  return { sim, service };
}

const request = { team: DEFAULT_TEAM_RULES, markStyle: "annotations" as const };

test("a scan reads, analyses and marks with inline annotations, reporting progress in order", async () => {
  const { sim, service } = setup();
  const phases: ScanProgress[] = [];
  const result = await service.scan(request, (p) => phases.push(p), new AbortController().signal);
  expect(result.analysis.checklist).toHaveLength(4);
  expect(result.analysis.findings.length).toBeGreaterThan(0);
  expect(result.marked).toBe("annotations");
  expect(result.markedCount).toBeGreaterThan(0);
  expect(sim.snapshot().annotations.filter((a) => a.state === "Created")).toHaveLength(result.markedCount);
  expect(phases.map((p) => p.phase)).toEqual(["reading", "analyzing", "marking", "marking"]);
  expect(phases.map((p) => p.fraction)).toEqual([...phases.map((p) => p.fraction)].sort((a, b) => a - b));
});

test("an aborted scan rejects with AbortError and marks nothing", async () => {
  const { sim, service } = setup();
  const ac = new AbortController();
  ac.abort();
  await expect(service.scan(request, () => undefined, ac.signal)).rejects.toMatchObject({ name: "AbortError" });
  expect(sim.snapshot().annotations).toHaveLength(0);
});

test("navigate selects the finding; a rewrite lands as a tracked change", async () => {
  const { sim, service } = setup();
  const { analysis } = await service.scan(request, () => undefined, new AbortController().signal);
  const finding = analysis.findings.find((f) => f.suggestions.length > 0)!;
  await service.navigate(finding.anchor);
  const sel = sim.snapshot().selection!;
  expect(sel.paragraph).toBe(finding.anchor.paragraph);
  const para = sim.snapshot().paragraphs[sel.paragraph]!;
  expect(para.text.slice(sel.start, sel.end)).toBe(finding.anchor.text);
  await service.applyRewrite(finding, finding.suggestions[0]!.text);
  const runs = sim.snapshot().paragraphs[finding.anchor.paragraph]!.runs;
  expect(runs.some((r) => r.insertion && r.text.includes(finding.suggestions[0]!.text.slice(0, 10)))).toBe(true);
  expect(runs.some((r) => r.deletion)).toBe(true);
});

test("on a WordApi 1.3 host annotations fall back to a highlight colour and edits are refused", async () => {
  const { service, sim } = setup("1.3");
  const caps = await service.capabilities();
  expect(caps.markStyles).toEqual(["highlightColor"]);
  expect(caps.trackEdits).toBe(false);
  expect(caps.trackedChanges).toBe(false);
  const result = await service.scan(request, () => undefined, new AbortController().signal);
  expect(result.marked).toBe("highlightColor");
  await expect(service.applyRewrite(result.analysis.findings[0]!, "x")).rejects.toMatchObject({ key: "error.untracked" });
  expect(detectCapabilities(sim.host).features.annotations.available).toBe(false);
});

test("chooseStrategy keeps a supported preference and never falls back to comments", () => {
  const { sim } = setup("1.4");
  const caps = detectCapabilities(sim.host);
  expect(chooseStrategy(caps, "comments")).toBe("comments");
  expect(chooseStrategy(caps, "annotations")).toBe("highlightColor");
  expect(chooseStrategy(caps, "none")).toBeNull();
});

test("exported JSON is the engine's report", async () => {
  const { service } = setup();
  const { analysis } = await service.scan(request, () => undefined, new AbortController().signal);
  const json = JSON.parse(await service.exportReport(analysis, "json")) as { version: number; checklist: unknown[] };
  expect(json.version).toBe(1);
  expect(json.checklist).toHaveLength(4);
});

test("client redlines come from the review engine, without our own side's changes", async () => {
  const doc = readDocx(new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "samples", "redlined-sow.docx"))), "redlined-sow.docx");
  const engine = createEngine();
  const options = { customTerms: [], allowList: [], disabledRules: [], disabledCategories: [], minSeverity: "low" as const, ourAuthors: [] };
  const all = engine.analyzeDocument(doc, options).redlines;
  expect(all.length).toBeGreaterThan(0);
  expect(all.some((r) => r.effect === "weakens")).toBe(true);
  const author = all[0]!.author;
  const without = engine.analyzeDocument(doc, { ...options, ourAuthors: [` ${author.toUpperCase()} `] }).redlines;
  expect(without.every((r) => r.author !== author)).toBe(true);
});
