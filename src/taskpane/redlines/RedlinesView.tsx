// Redlines: the client's tracked changes grouped by effect, each with author, before/after and the
// reason; Go to, Accept, Reject and Counter (reject and insert our wording as our own change).
import { Badge, Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Anchor } from "../../engine/model";
import type { Redline, RedlineEffect } from "../../engine/types";
import { counterDraft, effectCounts, groupByEffect, redlineKey } from "./model";
import { PANEL_SURFACE } from "../common/surfaces";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    ...PANEL_SURFACE,
    gap: tokens.spacingVerticalXS,
    boxShadow: tokens.shadow2,
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  author: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  diff: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  before: { margin: 0, textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  after: { margin: 0, textDecorationLine: "underline", color: tokens.colorPaletteGreenForeground1, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const EFFECT_BORDER: Record<RedlineEffect, string> = {
  weakens: tokens.colorPaletteRedBorderActive,
  strengthens: tokens.colorPaletteGreenBorderActive,
  neutral: tokens.colorNeutralStroke1,
};
const EFFECT_BADGE: Record<RedlineEffect, "danger" | "success" | "informative"> = { weakens: "danger", strengthens: "success", neutral: "informative" };

export interface RedlinesViewProps {
  redlines: Redline[];
  canDecide: boolean;
  busy: boolean;
  onSelect: (anchor: Anchor) => void;
  onAccept: (r: Redline) => void;
  onReject: (r: Redline) => void;
  onCounter: (r: Redline, text: string) => void;
}

export function RedlinesView(props: RedlinesViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const counts = effectCounts(props.redlines);
  const summary = t("redlines.summary", {
    changes: t("redlines.changes", { count: props.redlines.length }),
    weaken: t("redlines.weaken", { count: counts.weakens }),
    strengthen: t("redlines.strengthen", { count: counts.strengthens }),
  });
  return (
    <section className={styles.root} aria-labelledby="gc-redlines-heading">
      <Text as="h2" id="gc-redlines-heading" weight="semibold" size={400}>
        {t("redlines.title")}
      </Text>
      {props.redlines.length === 0 ? (
        <Text>{t("redlines.none")}</Text>
      ) : (
        <Text weight="semibold" role="status" data-summary>
          {summary}
        </Text>
      )}
      {!props.canDecide && props.redlines.length > 0 && <Text className={styles.muted}>{t("redlines.unavailable")}</Text>}
      {groupByEffect(props.redlines).map((g) => (
        <section key={g.effect} className={styles.group} aria-label={t(`redlines.effect.${g.effect}`)}>
          <Text as="h3" weight="semibold" size={300}>
            {t(`redlines.effect.${g.effect}`)} ({g.redlines.length})
          </Text>
          {g.redlines.map((r) => (
            <RedlineCard key={redlineKey(r)} redline={r} {...props} />
          ))}
        </section>
      ))}
    </section>
  );
}

function RedlineCard({ redline: r, canDecide, busy, onSelect, onAccept, onReject, onCounter }: { redline: Redline } & RedlinesViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [countering, setCountering] = useState(false);
  const [draft, setDraft] = useState(() => counterDraft(r));
  const disabled = !canDecide || busy;
  return (
    <article className={styles.card} style={{ borderLeftColor: EFFECT_BORDER[r.effect] }} aria-label={`${t(`redlines.type.${r.type}`)}: ${r.author}`} data-effect={r.effect}>
      <div className={styles.head}>
        <Text className={styles.author}>{r.author}</Text>
        <Badge appearance="tint" color={EFFECT_BADGE[r.effect]}>
          {t(`redlines.effect.${r.effect}`)}
        </Badge>
        <Badge appearance="outline">{t(`redlines.type.${r.type}`)}</Badge>
      </div>
      {r.date && (
        <Text size={200} className={styles.muted}>
          {r.date.slice(0, 10)}
        </Text>
      )}
      <dl className={styles.diff}>
        <dt className={styles.term}>{t("redlines.before")}</dt>
        <dd className={styles.before}>{r.before || t("redlines.emptyText")}</dd>
        <dt className={styles.term}>{t("redlines.after")}</dt>
        <dd className={styles.after}>{r.after || t("redlines.emptyText")}</dd>
      </dl>
      <Text size={300}>
        <strong>{t("redlines.reason")}:</strong> {r.reason}
      </Text>
      <div className={styles.actions}>
        <Button size="small" onClick={() => onSelect(r.anchor)} aria-label={t("redlines.jumpLabel", { author: r.author })}>
          {t("redlines.jump")}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => onAccept(r)}>
          {t("redlines.accept")}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => onReject(r)}>
          {t("redlines.reject")}
        </Button>
        <Button size="small" disabled={disabled} aria-expanded={countering} onClick={() => setCountering((c) => !c)}>
          {t("redlines.counter")}
        </Button>
      </div>
      {countering && (
        <>
          <Field label={t("redlines.counterLabel")}>
            <Textarea value={draft} resize="vertical" onChange={(_, d) => setDraft(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={disabled || draft.trim() === ""}
              onClick={() => {
                onCounter(r, draft.trim());
                setCountering(false);
              }}
            >
              {t("redlines.counterSubmit")}
            </Button>
            <Button size="small" onClick={() => setCountering(false)}>
              {t("redlines.counterCancel")}
            </Button>
          </div>
        </>
      )}
    </article>
  );
}
