// Findings: filter, group by check or severity, cards, and the list of ignored items to restore.
import { Button, Field, makeStyles, SearchBox, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding, Severity } from "../../engine/types";
import type { IgnoredFinding } from "../service";
import { FindingCard, type FindingCardProps } from "./FindingCard";
import { applyFilter, groupByCheck, groupBySeverity, SEVERITIES, type FindingFilter } from "./model";

const PAGE = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  search: { flexGrow: 1, minWidth: "140px" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupHead: { display: "flex", justifyContent: "space-between", alignItems: "baseline" },
  muted: { color: tokens.colorNeutralForeground3 },
  ignored: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  ignoredRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface IgnoredItems {
  findings: IgnoredFinding[];
  terms: string[];
}

/** Each card's actions pass straight through from the view. */
export interface FindingsViewProps extends Omit<FindingCardProps, "finding"> {
  findings: Finding[];
  ignored: IgnoredItems;
  onRestoreFinding: (finding: IgnoredFinding) => void;
  onRestoreTerm: (term: string) => void;
}

export function FindingsView(props: FindingsViewProps) {
  const { findings, ignored } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FindingFilter>({ text: "", severity: "all" });
  const [grouping, setGrouping] = useState<"check" | "severity">("check");
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => applyFilter(findings, filter), [findings, filter]);
  const groups = useMemo(
    () =>
      grouping === "check"
        ? groupByCheck(shown).map((g) => ({ key: g.id, title: t(`findings.group.${g.id}`), findings: g.findings }))
        : groupBySeverity(shown).map((g) => ({ key: g.id, title: t(`findings.severity.${g.id}`), findings: g.findings })),
    [shown, grouping, t],
  );
  let budget = limit;
  const ignoredCount = ignored.findings.length + ignored.terms.length;

  return (
    <section className={styles.root} aria-labelledby="gc-findings-heading">
      <Text as="h2" id="gc-findings-heading" weight="semibold" size={400}>
        {t("findings.title")} ({shown.length})
      </Text>
      <div className={styles.toolbar} role="search">
        <SearchBox
          className={styles.search}
          aria-label={t("findings.filterLabel")}
          placeholder={t("findings.filterPlaceholder")}
          value={filter.text}
          onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
        />
        <Field label={t("findings.severityFilter")} size="small">
          <Select size="small" value={filter.severity} onChange={(_, d) => setFilter((f) => ({ ...f, severity: d.value as Severity | "all" }))}>
            <option value="all">{t("findings.allSeverities")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`findings.severity.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("findings.groupBy")} size="small">
          <Select size="small" value={grouping} onChange={(_, d) => setGrouping(d.value === "severity" ? "severity" : "check")}>
            <option value="check">{t("findings.groupCheck")}</option>
            <option value="severity">{t("findings.groupSeverity")}</option>
          </Select>
        </Field>
      </div>
      {findings.length === 0 && <Text>{t("findings.none")}</Text>}
      {findings.length > 0 && shown.length === 0 && <Text>{t("findings.noneFiltered")}</Text>}
      {groups.map((g) => {
        if (budget <= 0) return null;
        const visible = g.findings.slice(0, budget);
        budget -= visible.length;
        return (
          <section key={g.key} className={styles.group} aria-label={g.title}>
            <div className={styles.groupHead}>
              <Text as="h3" weight="semibold" size={300}>
                {g.title}
              </Text>
              <Text size={200} className={styles.muted}>
                {g.findings.length}
              </Text>
            </div>
            {visible.map((f) => (
              <FindingCard
                key={f.id}
                finding={f}
                canApply={props.canApply}
                busy={props.busy}
                onSelect={props.onSelect}
                onApply={props.onApply}
                onIgnoreHere={props.onIgnoreHere}
                onIgnoreTerm={props.onIgnoreTerm}
              />
            ))}
          </section>
        );
      })}
      {shown.length > limit && (
        <Button onClick={() => setLimit((l) => l + PAGE)}>{t("findings.more", { count: Math.min(PAGE, shown.length - limit) })}</Button>
      )}
      {ignoredCount > 0 && (
        <details>
          <summary>{t("findings.ignored", { count: ignoredCount })}</summary>
          <ul className={styles.ignored} aria-label={t("findings.ignoredTitle")}>
            {ignored.terms.map((term) => (
              <li key={`t:${term}`} className={styles.ignoredRow}>
                <Text>“{term}”</Text>
                <Button size="small" onClick={() => props.onRestoreTerm(term)} aria-label={t("findings.restoreTerm", { term })}>
                  {t("findings.restore")}
                </Button>
              </li>
            ))}
            {ignored.findings.map((f) => (
              <li key={`f:${f.id}`} className={styles.ignoredRow}>
                <Text>
                  “{f.text}” · {t("findings.paragraph", { n: f.paragraph + 1 })}
                </Text>
                <Button
                  size="small"
                  onClick={() => props.onRestoreFinding(f)}
                  aria-label={t("findings.restoreFinding", { term: f.text, paragraph: f.paragraph + 1 })}
                >
                  {t("findings.restore")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
