// The pane's shell: header with Scan, progress and Cancel, notices, what the host cannot do, the
// views as tabs, and the statement that everything runs locally. Views get plain data and
// callbacks; only the hooks here talk to the injected service.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  shorthands,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { ShieldCheckmarkRegular } from "@fluentui/react-icons/svg/shield-checkmark";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Anchor } from "../../engine/model";
import type { Finding } from "../../engine/types";
import { FindingsView } from "../findings/FindingsView";
import { applyTeamRules, termKey } from "../findings/model";
import { MilestonesView } from "../milestones/MilestonesView";
import { Overview } from "../overview/Overview";
import type { GatecheckService, HostCapabilities, TeamRules } from "../service";
import { CapabilityNotes } from "./CapabilityNotes";
import { errorText } from "./errors";
import { useScan } from "./useScan";
import { useSettings } from "./useSettings";
import { downloadText, EXTENSIONS, reportFileName } from "../export/download";
import { LazyClausesView, LazyExportView, LazyRedlinesView, LazySettingsView, preloadViews } from "./lazyViews";
import type { ReportFormat } from "../service";

export const PANE_VIEWS = ["overview", "findings", "milestones", "clauses", "redlines", "settings", "export"] as const;
export type PaneView = (typeof PANE_VIEWS)[number];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ...shorthands.padding(tokens.spacingVerticalM, tokens.spacingHorizontalM, tokens.spacingVerticalS),
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  title: { flexGrow: 1, minWidth: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  progressRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap", rowGap: 0 },
  body: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    ...shorthands.padding(tokens.spacingVerticalM, tokens.spacingHorizontalM),
  },
  footer: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
    color: tokens.colorNeutralForeground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Notice = { intent: "success" | "error" | "info" | "warning"; text: string };

export interface PaneProps {
  service: GatecheckService;
  /** The UI language tag, for number and date formatting. */
  locale: string;
  /** Called when the user picks another language in Settings. */
  onLanguageChange?: (language: "auto" | "en" | "pt-BR") => void;
  /** Inside another page: render the body as a plain region instead of the page's <main>. */
  embedded?: boolean;
}

export function Pane({ service, locale, onLanguageChange, embedded = false }: PaneProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [caps, setCaps] = useState<HostCapabilities | null>(null);
  const { settings, update } = useSettings(service);
  const request = useMemo(() => ({ team: settings.team, markStyle: settings.personal.markStyle }), [settings]);
  const { state, scan, cancel } = useScan(service, request, settings.personal.autoRescan);
  const autoRescan = settings.personal.autoRescan;
  const [view, setView] = useState<PaneView>("overview");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    service.capabilities().then(
      (c) => live && setCaps(c),
      () => live && setCaps(null),
    );
    return () => {
      live = false;
    };
  }, [service]);

  // A suggestion picked in an inline mark's pop-up is applied by Word itself; confirm and re-scan.
  useEffect(() => {
    if (!service.onMarkAction) return;
    return service.onMarkAction(() => {
      setNotice({ intent: "success", text: t("findings.applied") });
      if (autoRescan) void scan(true);
    });
  }, [service, t, autoRescan, scan]);

  useEffect(() => {
    const idle = setTimeout(preloadViews, 500);
    return () => clearTimeout(idle);
  }, []);

  useEffect(() => {
    onLanguageChange?.(settings.personal.language);
  }, [settings.personal.language, onLanguageChange]);

  const analysis = state.result?.analysis ?? null;
  const visible = useMemo(() => (analysis ? applyTeamRules(analysis.findings, settings.team) : []), [analysis, settings.team]);

  /** Runs a document action; after an edit (rescan) the document is scanned again by itself. */
  const run = useCallback(
    async (action: () => Promise<void>, success?: string, rescan = false) => {
      setBusy(true);
      try {
        await action();
        if (success) setNotice({ intent: "success", text: success });
        if (rescan && autoRescan) void scan(true);
      } catch (error) {
        setNotice({ intent: "error", text: errorText(t, error) });
      } finally {
        setBusy(false);
      }
    },
    [t, autoRescan, scan],
  );

  const select = useCallback((anchor: Anchor) => void run(() => service.navigate(anchor)), [run, service]);

  // Ignoring re-marks the document so the ignored words lose their mark at once.
  const remark = useCallback(
    (team: TeamRules) => {
      if (!analysis || state.result?.marked === "none" || state.result?.marked === "comments") return;
      void service.mark(applyTeamRules(analysis.findings, team), settings.personal.markStyle).catch(() => undefined);
    },
    [analysis, service, settings.personal.markStyle, state.result?.marked],
  );

  const changeTeam = useCallback(
    (change: (team: TeamRules) => TeamRules) => {
      update((s) => {
        const team = change(s.team);
        remark(team);
        return { ...s, team };
      });
    },
    [update, remark],
  );

  const findingsProps = {
    findings: visible,
    ignored: { findings: settings.team.ignoredFindings, terms: settings.team.ignoredTerms },
    canApply: caps?.trackEdits ?? false,
    busy,
    onSelect: (f: Finding) => select(f.anchor),
    onApply: (f: Finding, text: string) => void run(() => service.applyRewrite(f, text), t("findings.applied"), true),
    onIgnoreHere: (f: Finding) =>
      changeTeam((team) => ({
        ...team,
        ignoredFindings: [...team.ignoredFindings, { id: f.id, text: f.anchor.text, paragraph: f.anchor.paragraph }],
      })),
    onIgnoreTerm: (term: string) =>
      changeTeam((team) => (team.ignoredTerms.includes(termKey(term)) ? team : { ...team, ignoredTerms: [...team.ignoredTerms, termKey(term)] })),
    onRestoreFinding: (f: { id: string }) => changeTeam((team) => ({ ...team, ignoredFindings: team.ignoredFindings.filter((i) => i.id !== f.id) })),
    onRestoreTerm: (term: string) => changeTeam((team) => ({ ...team, ignoredTerms: team.ignoredTerms.filter((x) => x !== term) })),
  };

  const exportReport = (format: ReportFormat) => {
    if (!analysis) return;
    const file = reportFileName(analysis.document.name, format);
    void run(async () => downloadText(await service.exportReport(analysis, format), file, EXTENSIONS[format].mime), t("export.done", { file }));
  };
  const rules = useMemo(() => [...new Set(analysis?.findings.map((f) => f.rule) ?? [])], [analysis]);
  const never = <Text>{t("scan.never")}</Text>;
  const Body = embedded ? "div" : "main";
  const scanning = state.status === "scanning";
  const progress = state.progress;

  return (
    <div className={styles.root} data-scan-status={state.status} data-scans={state.completed}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <div className={styles.title}>
            <Text as="h1" weight="semibold" size={500} block>
              {t("app.title")}
            </Text>
            <Text size={200} className={styles.tagline} block>
              {t("app.tagline")}
            </Text>
          </div>
          <Button appearance="primary" onClick={() => void scan(false)} disabled={scanning} aria-label={t("scan.button")}>
            {t("scan.button")}
          </Button>
        </div>
        {scanning && progress && (
          <div className={styles.progress} role="status" aria-live="polite">
            <div className={styles.progressRow}>
              <Text size={200}>{state.automatic ? t("scan.autoRescan") : t(`scan.phase.${progress.phase}`)}</Text>
              <Button size="small" onClick={cancel}>
                {t("scan.cancel")}
              </Button>
            </div>
            <ProgressBar value={progress.fraction} max={1} aria-label={t("scan.progressLabel")} thickness="large" />
          </div>
        )}
        {!scanning && state.result && (
          <Text size={200} className={styles.muted} role="status">
            {t("scan.summary", { findings: visible.length, paragraphs: state.result.analysis.document.paragraphs })}
            {" · "}
            {t(`scan.marked_${state.result.marked}`)}
            {state.stale ? ` · ${t("scan.stale")}` : ""}
          </Text>
        )}
      </header>
      <Body className={styles.body}>
        {caps && <CapabilityNotes capabilities={caps} />}
        {state.problem && (
          <MessageBar intent={state.problem.kind === "cancelled" ? "info" : "error"}>
            <MessageBarBody>
              {state.problem.kind === "cancelled"
                ? t("scan.cancelled")
                : t("scan.failed", {
                    message: errorText(
                      t,
                      state.problem.key ? { key: state.problem.key, message: state.problem.message } : new Error(state.problem.message),
                    ),
                  })}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={t("app.dismiss")} icon={<DismissRegular />} onClick={() => setNotice(null)} />
              }
            />
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, d) => setView(d.value as PaneView)}
          aria-label={t("app.tabsLabel")}
        >
          {PANE_VIEWS.map((v) => (
            <Tab key={v} value={v} id={`gc-tab-${v}`} aria-controls="gc-view">
              {t(`app.tabs.${v}`)}
              {v === "findings" && analysis ? ` (${visible.length})` : ""}
            </Tab>
          ))}
        </TabList>
        <div id="gc-view" role="tabpanel" aria-labelledby={`gc-tab-${view}`} data-view={view}>
          {view === "overview" && (analysis ? <Overview analysis={analysis} visibleFindings={visible.length} onSelectAnchor={select} /> : never)}
          {view === "findings" && (analysis ? <FindingsView {...findingsProps} /> : never)}
          {view === "milestones" &&
            (analysis ? (
              <MilestonesView
                milestones={analysis.milestones}
                payments={analysis.payments}
                consistency={analysis.consistency}
                locale={locale}
                onSelectAnchor={select}
              />
            ) : (
              never
            ))}
          <Suspense fallback={<Spinner size="small" label={t("app.loadingView")} />}>
            {view === "clauses" &&
              (analysis ? (
                <LazyClausesView
                  analysis={analysis}
                  canInsert={caps?.trackEdits ?? false}
                  busy={busy}
                  onInsert={(insert) => void run(() => service.insertTemplate(insert), t("clauses.inserted"), true)}
                />
              ) : (
                never
              ))}
            {view === "redlines" &&
              (analysis ? (
                <LazyRedlinesView
                  redlines={analysis.redlines}
                  canDecide={caps?.trackedChanges ?? false}
                  busy={busy}
                  onSelect={select}
                  onAccept={(r) => void run(() => service.acceptRedline(r), t("redlines.done"), true)}
                  onReject={(r) => void run(() => service.rejectRedline(r), t("redlines.done"), true)}
                  onCounter={(r, text) => void run(() => service.counterRedline(r, text), t("redlines.done"), true)}
                />
              ) : (
                never
              ))}
            {view === "settings" && (
              <LazySettingsView
                settings={settings}
                capabilities={caps}
                rules={rules}
                onTeam={changeTeam}
                onPersonal={(change) => update((s) => ({ ...s, personal: change(s.personal) }))}
              />
            )}
            {view === "export" && <LazyExportView ready={analysis !== null} busy={busy} onExport={exportReport} />}
          </Suspense>
        </div>
      </Body>
      <footer className={styles.footer}>
        <ShieldCheckmarkRegular aria-hidden style={{ fontSize: 20, flexShrink: 0 }} />
        <Text size={200}>{t("app.local")}</Text>
      </footer>
    </div>
  );
}
