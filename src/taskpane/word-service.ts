// GatecheckService over a WordHost: the Office adapter reads, marks and edits; the engine runs in
// a worker; settings go to the given store. The same code serves real Word (createOfficeHost) and
// the playground (the simulator's host).
import type { Anchor, DocModel } from "../engine/model";
import type { Finding, Redline } from "../engine/types";
import {
  acceptChange,
  applyRewrite,
  clearMarks,
  counterChange,
  detectCapabilities,
  insertTemplate,
  markFindings,
  navigateTo,
  onAnnotationAction,
  probeAnnotations,
  readDocument,
  rejectChange,
  watchChanges,
  withAnnotationsProbe,
  type Capabilities,
  type CritiqueResources,
  type MarkStrategy,
  type WordHost,
} from "../office";
import type { EngineRunner } from "./engine/runner";
import { abortError } from "./engine/runner";
import { applyTeamRules } from "./findings/model";
import type { GatecheckService, HostCapabilities, MarkOutcome, MarkStyle, ScanResult } from "./service";
import type { SettingsStore } from "./settings-store";

export interface WordServiceOptions {
  /** Running inside Word (false in the playground). */
  inWord: boolean;
  runner: EngineRunner;
  settings: SettingsStore;
  /** Document name for reports. */
  documentName?: string;
  critiqueResources?: CritiqueResources;
  /** Quiet time before an edit is reported (the adapter's debounce). */
  changeDebounceMs?: number;
  now?: () => number;
}

const STRATEGIES: MarkStrategy[] = ["annotations", "highlight", "highlightColor", "comments"];

/** The strategies the host supports, best first. */
export function supportedStrategies(caps: Capabilities): MarkStrategy[] {
  return STRATEGIES.filter((s) => caps.features[s].available);
}

/** The preferred style when supported; otherwise the best non-destructive one the host has. */
export function chooseStrategy(caps: Capabilities, preferred: MarkStyle): MarkStrategy | null {
  if (preferred === "none") return null;
  const supported = supportedStrategies(caps);
  if (supported.includes(preferred)) return preferred;
  return supported.find((s) => s !== "comments") ?? null;
}

export function hostCapabilities(caps: Capabilities, inWord: boolean, documentSettings: boolean): HostCapabilities {
  return {
    inWord,
    markStyles: supportedStrategies(caps),
    trackedChanges: caps.features.trackedChanges.available,
    trackEdits: caps.features.trackingMode.available,
    contentControls: true,
    documentSettings,
  };
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

export function createWordService(host: WordHost, options: WordServiceOptions): GatecheckService {
  const now = options.now ?? (() => Date.now());
  let capsPromise: Promise<Capabilities> | null = null;
  let lastDoc: DocModel | null = null;
  let lastStrategy: MarkStrategy | null = null;
  let annotationFindings: Record<string, string> = {};
  // Paragraphs edited since the last analysis; "all" after our own edits or structural changes.
  let changedSince: Set<number> | "all" = "all";
  const noteChange = (changed: number[] | "all") => {
    if (changed === "all" || changedSince === "all") changedSince = "all";
    else changed.forEach((i) => (changedSince as Set<number>).add(i));
  };

  // Requirement sets once; the annotations probe once (perpetual Word claims 1.8 and then fails).
  const caps = (): Promise<Capabilities> => {
    capsPromise ??= (async () => {
      const detected = detectCapabilities(host);
      if (!detected.features.annotations.available) return detected;
      return withAnnotationsProbe(detected, await probeAnnotations(host));
    })();
    return capsPromise;
  };

  const read = async (): Promise<DocModel> => {
    lastDoc = await readDocument(host, await caps(), options.documentName ? { name: options.documentName } : {});
    return lastDoc;
  };
  const current = async (): Promise<DocModel> => lastDoc ?? read();

  const mark = async (findings: Finding[], style: MarkStyle): Promise<MarkOutcome> => {
    const c = await caps();
    const strategy = chooseStrategy(c, style);
    if (lastStrategy && lastStrategy !== strategy) {
      await clearMarks(host, lastStrategy);
      lastStrategy = null;
    }
    if (!strategy) return { marked: "none", markedCount: 0 };
    const doc = await current();
    const result = await markFindings(host, doc, findings, strategy, options.critiqueResources ? { resources: options.critiqueResources } : {});
    lastStrategy = result.strategy;
    annotationFindings = result.annotations;
    return { marked: result.strategy, markedCount: result.marked.length };
  };

  return {
    capabilities: async () => hostCapabilities(await caps(), options.inWord, options.settings.documentScoped),

    scan: async (request, progress, signal): Promise<ScanResult> => {
      const started = now();
      throwIfAborted(signal);
      progress({ phase: "reading", fraction: 0.05 });
      const previousCount = lastDoc?.paragraphs.length ?? -1;
      const doc = await read();
      throwIfAborted(signal);
      progress({ phase: "analyzing", fraction: 0.3 });
      const changed = changedSince !== "all" && doc.paragraphs.length === previousCount ? [...changedSince] : undefined;
      changedSince = new Set();
      const team = request.team;
      const analysis = await options.runner.analyze(
        doc,
        {
          customTerms: team.customTerms,
          allowList: team.allowList,
          disabledRules: team.disabledRules,
          disabledCategories: team.disabledCategories,
          minSeverity: team.minSeverity,
          ourAuthors: team.ourAuthors,
        },
        signal,
        changed,
      ).catch((error: unknown) => {
        changedSince = "all";
        throw error;
      });
      throwIfAborted(signal);
      progress({ phase: "marking", fraction: 0.85 });
      const outcome = await mark(applyTeamRules(analysis.findings, request.team), request.markStyle);
      progress({ phase: "marking", fraction: 1 });
      return { analysis, ...outcome, ms: now() - started };
    },

    navigate: async (anchor: Anchor) => navigateTo(host, await current(), anchor),

    mark,

    clearMarks: async () => {
      if (lastStrategy) await clearMarks(host, lastStrategy);
      lastStrategy = null;
      annotationFindings = {};
    },

    applyRewrite: async (finding, text) => {
      await applyRewrite(host, await current(), finding, text);
      noteChange([finding.anchor.paragraph]);
    },

    insertTemplate: async (insert) => {
      const doc = await current();
      await insertTemplate(host, insert.paragraphs, {
        tag: insert.tag,
        title: insert.title,
        where: insert.where,
        ...(insert.after !== undefined ? { bestAfterParagraph: insert.after } : {}),
        doc,
      });
      noteChange("all");
    },

    acceptRedline: async (redline: Redline) => {
      await acceptChange(host, await current(), redline);
      noteChange("all");
    },
    rejectRedline: async (redline: Redline) => {
      await rejectChange(host, await current(), redline);
      noteChange("all");
    },
    counterRedline: async (redline: Redline, text: string) => {
      await counterChange(host, await current(), redline, text);
      noteChange("all");
    },

    exportReport: (analysis, format) => options.runner.render(analysis, format),

    loadSettings: () => options.settings.load(),
    saveSettings: (settings) => options.settings.save(settings),

    onDocumentChanged: (listener) => {
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      void caps()
        .then((c) =>
          watchChanges(
            host,
            c,
            (changed) => {
              noteChange(changed);
              listener();
            },
            { debounceMs: options.changeDebounceMs ?? 500 },
          ),
        )
        .then((unsubscribe) => {
          if (stopped) void unsubscribe();
          else stop = unsubscribe;
        })
        .catch(() => undefined); // a host without change events: the user re-scans by hand
      return () => {
        stopped = true;
        void stop?.().catch(() => undefined);
      };
    },

    onMarkAction: (listener) => {
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      void caps()
        .then((c) => (c.features.annotations.available ? onAnnotationAction(host, (a) => {
          const findingId = annotationFindings[a.annotationId];
          const index = Number(/(\d+)$/.exec(a.action)?.[1] ?? -1);
          if (findingId) listener(findingId, index);
        }) : null))
        .then((unsubscribe) => {
          if (!unsubscribe) return;
          if (stopped) void unsubscribe();
          else stop = unsubscribe;
        })
        .catch(() => undefined);
      return () => {
        stopped = true;
        void stop?.().catch(() => undefined);
      };
    },
  };
}
