// A small hand-written analysis and a fake service that records what the pane asked for.
import type { Anchor } from "../../src/engine/model";
import type { Analysis, Finding, Redline } from "../../src/engine/types";
import {
  DEFAULT_PREFS,
  DEFAULT_TEAM_RULES,
  type GatecheckService,
  type HostCapabilities,
  type MarkOutcome,
  type ScanProgress,
  type ScanRequest,
  type ScanResult,
  type Settings,
} from "../../src/taskpane/service";

export function anchor(paragraph: number, start: number, text: string): Anchor {
  return { paragraph, start, end: start + text.length, text };
}

export function finding(partial: Partial<Finding> & Pick<Finding, "id" | "anchor">): Finding {
  return {
    rule: "subjective-approval",
    category: "approval-standard",
    severity: "high",
    message: "The client can withhold acceptance indefinitely.",
    suggestions: [],
    clauseKinds: ["acceptance"],
    ...partial,
  };
}

export const approvalFinding = finding({
  id: "subjective-approval:4:30",
  anchor: anchor(4, 30, "to the Client's satisfaction"),
  suggestions: [
    {
      text: "when the Client signs the acceptance certificate within 5 business days",
      template: "when the {client} signs the acceptance certificate within {days} business days",
      slots: [
        { name: "client", value: "Client", fromDocument: true },
        { name: "days", value: "5", fromDocument: false },
      ],
    },
    { text: "upon delivery of the signed test report", template: "upon delivery of the signed test report", slots: [] },
  ],
});

export const timingFinding = finding({
  id: "soft-timing:7:12",
  rule: "soft-timing",
  category: "soft-timing",
  severity: "medium",
  anchor: anchor(7, 12, "promptly"),
  message: "No deadline: payment can slip without breach.",
  clauseKinds: ["payment"],
  suggestions: [{ text: "within 30 days", template: "within {days} days", slots: [{ name: "days", value: "30", fromDocument: true }] }],
});

export const lowFinding = finding({
  id: "effort:9:0",
  rule: "best-efforts",
  category: "effort-standard",
  severity: "low",
  anchor: anchor(9, 0, "best efforts"),
  message: "An effort standard is hard to measure.",
  clauseKinds: [],
});

export const weakRedline: Redline = {
  anchor: anchor(5, 0, "to the Client's sole satisfaction"),
  type: "insertion",
  author: "Client Legal",
  date: "2026-01-10T10:00:00Z",
  before: "",
  after: "to the Client's sole satisfaction",
  effect: "weakens",
  reason: "Adds a subjective approval standard.",
  revisionIds: ["r1"],
};

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    version: 1,
    language: "en",
    document: { name: "weak.docx", paragraphs: 12, words: 300 },
    score: 35,
    checklist: [
      { id: "binary-definition", status: "fail", message: "2 of 3 milestones close on a subjective standard.", evidence: [anchor(4, 30, "to the Client's satisfaction")] },
      { id: "financial-alignment", status: "warn", message: "Payments sum to 90%.", evidence: [] },
      { id: "risk-mitigation", status: "fail", message: "No deemed acceptance clause.", evidence: [] },
      { id: "dependency-mapping", status: "pass", message: "Client dependencies are listed.", evidence: [anchor(10, 0, "Client shall provide")] },
    ],
    milestones: [
      {
        id: "M1",
        name: "Discovery report",
        anchor: anchor(3, 0, "Milestone 1: Discovery report"),
        artifact: "Discovery report",
        acceptance: "written sign-off",
        due: "Week 4",
        payment: { amount: 20000, currency: "USD", percent: 40 },
        binaryGate: true,
      },
      {
        id: "M2",
        name: "Go-live",
        anchor: anchor(4, 0, "Milestone 2: Go-live"),
        artifact: null,
        acceptance: null,
        due: null,
        payment: { amount: 25000, currency: "USD", percent: 50 },
        binaryGate: false,
      },
    ],
    payments: [
      { anchor: anchor(7, 0, "40% on acceptance"), trigger: "milestone", amount: 20000, currency: "USD", percent: 40, milestoneId: "M1", netDays: 30 },
      { anchor: anchor(8, 0, "monthly in arrears"), trigger: "time", amount: null, currency: null, percent: null, milestoneId: null, netDays: null },
    ],
    findings: [approvalFinding, timingFinding, lowFinding],
    redlines: [],
    consistency: [{ kind: "percent-sum", message: "Milestone percentages sum to 90%, not 100%.", evidence: [] }],
    facts: { client: "Acme Corp.", vendor: "Northwind", reviewDays: 5, netDays: 30, currency: "USD", contractValue: 50000, clientTerm: "Client", vendorTerm: "Vendor", contractValueAnchor: null, approver: null },
    clauses: [],
    ...overrides,
  };
}

export interface FakeCalls {
  scans: ScanRequest[];
  navigated: Anchor[];
  applied: { id: string; text: string }[];
  marked: { ids: string[]; style: string }[];
  saved: Settings[];
  inserted: unknown[];
  redlineActions: { action: string; text?: string }[];
}

export const fullCapabilities: HostCapabilities = {
  inWord: true,
  markStyles: ["annotations", "highlight", "highlightColor", "comments"],
  trackedChanges: true,
  trackEdits: true,
  contentControls: true,
  documentSettings: true,
};

export function fakeService(options: { analysis?: Analysis; capabilities?: HostCapabilities; settings?: Settings } = {}) {
  const calls: FakeCalls = { scans: [], navigated: [], applied: [], marked: [], saved: [], inserted: [], redlineActions: [] };
  const listeners = new Set<() => void>();
  const markListeners = new Set<(id: string, i: number) => void>();
  let pendingScan: { resolve: (r: ScanResult) => void; reject: (e: unknown) => void; progress: (p: ScanProgress) => void } | null = null;
  let manual = false;
  const service: GatecheckService = {
    capabilities: async () => options.capabilities ?? fullCapabilities,
    scan: (request, progress, signal) => {
      calls.scans.push(request);
      return new Promise<ScanResult>((resolve, reject) => {
        signal.addEventListener("abort", () => {
          const e = new Error("aborted");
          e.name = "AbortError";
          reject(e);
        });
        progress({ phase: "reading", fraction: 0.1 });
        const result: ScanResult = { analysis: options.analysis ?? sampleAnalysis(), marked: "annotations", markedCount: 3, ms: 5 };
        if (manual) pendingScan = { resolve, reject, progress };
        else resolve(result);
      });
    },
    navigate: async (a) => {
      calls.navigated.push(a);
    },
    mark: async (findings, style): Promise<MarkOutcome> => {
      calls.marked.push({ ids: findings.map((f) => f.id), style });
      return { marked: "annotations", markedCount: findings.length };
    },
    clearMarks: async () => undefined,
    applyRewrite: async (f, text) => {
      calls.applied.push({ id: f.id, text });
    },
    insertTemplate: async (insert) => {
      calls.inserted.push(insert);
    },
    acceptRedline: async () => {
      calls.redlineActions.push({ action: "accept" });
    },
    rejectRedline: async () => {
      calls.redlineActions.push({ action: "reject" });
    },
    counterRedline: async (_r, text) => {
      calls.redlineActions.push({ action: "counter", text });
    },
    exportReport: async (a, format) => (format === "json" ? JSON.stringify(a) : `# ${a.document.name}`),
    loadSettings: async () => options.settings ?? { team: DEFAULT_TEAM_RULES, personal: DEFAULT_PREFS },
    saveSettings: async (s) => {
      calls.saved.push(s);
    },
    onDocumentChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onMarkAction: (l) => {
      markListeners.add(l);
      return () => markListeners.delete(l);
    },
  };
  return {
    service,
    calls,
    /** Makes scans wait for `finishScan`. */
    holdScans: () => {
      manual = true;
    },
    finishScan: () => pendingScan?.resolve({ analysis: options.analysis ?? sampleAnalysis(), marked: "annotations", markedCount: 3, ms: 5 }),
    progress: (p: ScanProgress) => pendingScan?.progress(p),
    emitChange: () => listeners.forEach((l) => l()),
    emitMarkAction: (id: string, i: number) => markListeners.forEach((l) => l(id, i)),
  };
}
