// One finding: the flagged words, why they are a commercial risk, up to three binary rewrites
// whose slots can be edited before Apply, and the ignore actions.
import { Badge, Button, Input, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding, Severity, Suggestion } from "../../engine/types";
import { fillSuggestion, slotLabel, templateParts } from "./model";
import { PANEL_SURFACE } from "../common/surfaces";

const useStyles = makeStyles({
  card: {
    ...PANEL_SURFACE,
    gap: tokens.spacingVerticalS,
    boxShadow: tokens.shadow2,
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  term: {
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    justifyContent: "flex-start",
    textAlign: "start",
    paddingLeft: 0,
    paddingRight: 0,
    flexGrow: 1,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  rewrites: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  rewrite: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  rewriteText: { lineHeight: tokens.lineHeightBase400 },
  slot: { width: "auto", minWidth: "4em", maxWidth: "100%", marginLeft: "2px", marginRight: "2px", verticalAlign: "baseline" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export const SEVERITY_BORDER: Record<Severity, string> = {
  high: tokens.colorPaletteRedBorderActive,
  medium: tokens.colorPaletteDarkOrangeBorderActive,
  low: tokens.colorPaletteYellowBorderActive,
};

const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  medium: "warning",
  low: "informative",
};

export interface FindingCardProps {
  finding: Finding;
  canApply: boolean;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onApply: (finding: Finding, text: string) => void;
  onIgnoreHere: (finding: Finding) => void;
  onIgnoreTerm: (term: string) => void;
}

export function FindingCard({ finding, canApply, busy, onSelect, onApply, onIgnoreHere, onIgnoreTerm }: FindingCardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const term = finding.anchor.text;
  return (
    <article
      className={styles.card}
      style={{ borderLeftColor: SEVERITY_BORDER[finding.severity] }}
      aria-label={`${term}: ${t(`findings.severity.${finding.severity}`)}`}
      data-finding={finding.id}
    >
      <div className={styles.head}>
        <Button appearance="transparent" className={styles.term} onClick={() => onSelect(finding)} aria-label={`${t("findings.select")}: ${term}`}>
          “{term}”
        </Button>
        <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]}>
          {t(`findings.severity.${finding.severity}`)}
        </Badge>
      </div>
      <Text size={200} className={styles.meta}>
        {t(`findings.category.${finding.category}`)} · {t("findings.paragraph", { n: finding.anchor.paragraph + 1 })}
      </Text>
      <Text size={300}>{finding.message}</Text>
      {finding.suggestions.length > 0 && (
        <ol className={styles.rewrites} aria-label={t("findings.rewrites")}>
          {finding.suggestions.slice(0, 3).map((s, i) => (
            <RewriteRow key={i} suggestion={s} n={i + 1} disabled={!canApply || busy} onApply={(text) => onApply(finding, text)} />
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onIgnoreHere(finding)}>
          {t("findings.ignoreHere")}
        </Button>
        <Button size="small" onClick={() => onIgnoreTerm(term)} aria-label={t("findings.ignoreTerm", { term })}>
          {t("findings.ignoreTermShort")}
        </Button>
      </div>
    </article>
  );
}

function RewriteRow({ suggestion, n, disabled, onApply }: { suggestion: Suggestion; n: number; disabled: boolean; onApply: (text: string) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(suggestion.slots.map((s) => [s.name, s.value])));
  const parts = templateParts(suggestion);
  const text = fillSuggestion(suggestion, values);
  const empty = text.trim() === "";
  return (
    <li className={styles.rewrite}>
      <div className={styles.rewriteText}>
        {parts.map((p, i) =>
          p.kind === "text" ? (
            <Text key={i} size={300}>
              {p.text}
            </Text>
          ) : (
            <Input
              key={i}
              size="small"
              className={styles.slot}
              value={values[p.name] ?? ""}
              aria-label={t("findings.slot", { name: slotLabel(p.name), n })}
              style={{ width: `${Math.max(4, (values[p.name] ?? "").length + 2)}ch` }}
              onChange={(_, d) => setValues((v) => ({ ...v, [p.name]: d.value }))}
            />
          ),
        )}
      </div>
      <div>
        <Button size="small" appearance="primary" disabled={disabled || empty} aria-label={t("findings.applyLabel", { n })} onClick={() => onApply(text)}>
          {t("findings.apply")}
        </Button>
      </div>
    </li>
  );
}
