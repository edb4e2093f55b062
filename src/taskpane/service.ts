// What the pane needs from its host, as one injected interface. The pane's hooks talk only to
// this; `word-service.ts` implements it over a WordHost (real Word or the simulator), and the
// unit tests use a fake. Nothing here touches Office or Word globals.
import type { Anchor } from "../engine/model";
import type { Analysis, Finding, Redline, Severity, SubjectiveCategory } from "../engine/types";

export const MARK_STYLES = ["annotations", "highlight", "highlightColor", "comments", "none"] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];
export type ReportFormat = "markdown" | "html" | "json";
export type ScanPhase = "reading" | "analyzing" | "marking";

export interface ScanProgress {
  phase: ScanPhase;
  /** 0..1 over the whole scan. */
  fraction: number;
}

/** What the current host can do; the pane explains whatever is false. */
export interface HostCapabilities {
  /** Inside Word (false in the playground, which runs the simulator). */
  inWord: boolean;
  /** Mark styles this host supports, best first. */
  markStyles: MarkStyle[];
  /** Tracked changes can be listed, accepted and rejected (WordApi 1.6). */
  trackedChanges: boolean;
  /** Edits can be recorded as tracked changes (WordApi 1.4 changeTrackingMode). */
  trackEdits: boolean;
  /** Templates can be wrapped in tagged content controls. */
  contentControls: boolean;
  /** Team rules can be stored in the document (Office document settings). */
  documentSettings: boolean;
}

export interface IgnoredFinding {
  id: string;
  text: string;
  paragraph: number;
}

/** Rule settings that travel with the document (the team's rules for this contract). */
export interface TeamRules {
  disabledCategories: SubjectiveCategory[];
  disabledRules: string[];
  minSeverity: Severity;
  /** Extra subjective terms to flag, as typed by the user. */
  customTerms: string[];
  /** Terms never to flag in this document. */
  allowList: string[];
  /** Authors on our side: their tracked changes are not client redlines. */
  ourAuthors: string[];
  /** Terms ignored with "Ignore this term in this document" (lower-cased). */
  ignoredTerms: string[];
  /** Findings ignored with "Ignore here": the id plus what the restore list shows. */
  ignoredFindings: IgnoredFinding[];
}

/** Personal preferences (roaming settings in Word, localStorage in the playground). */
export interface PersonalPrefs {
  markStyle: MarkStyle;
  /** Re-scan a short while after the document changes. */
  autoRescan: boolean;
  /** "auto" follows Office's display language. */
  language: "auto" | "en" | "pt-BR";
}

export interface Settings {
  team: TeamRules;
  personal: PersonalPrefs;
}

export const DEFAULT_TEAM_RULES: TeamRules = {
  disabledCategories: [],
  disabledRules: [],
  minSeverity: "low",
  customTerms: [],
  allowList: [],
  ourAuthors: [],
  ignoredTerms: [],
  ignoredFindings: [],
};

export const DEFAULT_PREFS: PersonalPrefs = { markStyle: "annotations", autoRescan: true, language: "auto" };

export interface MarkOutcome {
  /** The mark style actually used (may fall back from the preferred one), or "none". */
  marked: MarkStyle;
  /** How many findings were marked in the document. */
  markedCount: number;
}

export interface ScanResult extends MarkOutcome {
  analysis: Analysis;
  /** Milliseconds the whole scan took (read + analyse + mark). */
  ms: number;
}

export interface ScanRequest {
  team: TeamRules;
  markStyle: MarkStyle;
}

export type TemplatePlacement = "cursor" | "best";

export interface TemplateInsert {
  /** The paragraphs to insert, slots filled. */
  paragraphs: string[];
  /** Content-control tag so a later scan recognises the clause. */
  tag: string;
  title: string;
  where: TemplatePlacement;
  /** The paragraph the engine proposes for "best" placement (insert after it). */
  after?: number;
}

/** Raised by the service with a translation key ("error.protected"...); never a raw host error. */
export class ServiceError extends Error {
  constructor(
    readonly key: string,
    message?: string,
  ) {
    super(message ?? key);
    this.name = "ServiceError";
  }
}

export interface GatecheckService {
  capabilities(): Promise<HostCapabilities>;
  /** Read the document, analyse it off the UI thread, mark the findings. Rejects with an
   * AbortError when the signal aborts; the document is left unmarked then. */
  scan(request: ScanRequest, progress: (p: ScanProgress) => void, signal: AbortSignal): Promise<ScanResult>;
  /** Select the anchored text in the document and scroll to it. */
  navigate(anchor: Anchor): Promise<void>;
  /** Mark these findings in the document (replacing earlier marks), falling back from `style`
   * to what the host supports. */
  mark(findings: Finding[], style: MarkStyle): Promise<MarkOutcome>;
  clearMarks(): Promise<void>;
  /** Replace the finding's text with `text` as a tracked change, after checking it is still there. */
  applyRewrite(finding: Finding, text: string): Promise<void>;
  insertTemplate(insert: TemplateInsert): Promise<void>;
  acceptRedline(redline: Redline): Promise<void>;
  rejectRedline(redline: Redline): Promise<void>;
  /** Reject the client's change and insert our wording as our own tracked change. */
  counterRedline(redline: Redline, text: string): Promise<void>;
  /** The report in one of the CLI's formats, rendered by the engine's renderers. */
  exportReport(analysis: Analysis, format: ReportFormat): Promise<string>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls back (not debounced) whenever the user edits the document. Returns an unsubscribe. */
  onDocumentChanged(listener: () => void): () => void;
  /** Calls back when the user picks a suggestion in an inline mark's popup. */
  onMarkAction?(listener: (findingId: string, suggestionIndex: number) => void): () => void;
}
