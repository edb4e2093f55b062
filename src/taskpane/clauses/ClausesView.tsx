// Clauses: the template gallery, a parameter form pre-filled from the document, a live preview,
// and Insert (at the cursor or in the best place) as a tracked change.
import { Badge, Button, Field, Input, makeStyles, Radio, RadioGroup, shorthands, Text, Textarea, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClauseTemplate, ScheduleLine, TemplateParam, TemplateParams } from "../../engine/templates";
import type { Analysis } from "../../engine/types";
import type { TemplateInsert } from "../service";
import { bestPlace, galleryOf, initialParams, paramsFromDocument } from "./model";
import { PANEL_SURFACE } from "../common/surfaces";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  gallery: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  option: {
    display: "flex",
    flexDirection: "column",
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  description: { color: tokens.colorNeutralForeground3, paddingLeft: "32px" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  schedule: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 2fr) 4.5em", gap: tokens.spacingHorizontalXS },
  preview: {
    ...PANEL_SURFACE,
    gap: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontFamily: "Calibri, 'Segoe UI', sans-serif",
  },
  previewPara: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ClausesViewProps {
  analysis: Analysis;
  canInsert: boolean;
  busy: boolean;
  onInsert: (insert: TemplateInsert) => void;
}

export function ClausesView({ analysis, canInsert, busy, onInsert }: ClausesViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const gallery = useMemo(() => galleryOf(analysis), [analysis]);
  const [selectedId, setSelectedId] = useState(gallery[0]?.id ?? "deemed-acceptance");
  const template = gallery.find((g) => g.id === selectedId) ?? gallery[0];
  if (!template) return null;
  return (
    <section className={styles.root} aria-labelledby="gc-clauses-heading">
      <Text as="h2" id="gc-clauses-heading" weight="semibold" size={400}>
        {t("clauses.title")}
      </Text>
      <RadioGroup
        aria-label={t("clauses.gallery")}
        value={template.id}
        onChange={(_, d) => setSelectedId(d.value as typeof selectedId)}
        className={styles.gallery}
      >
        {gallery.map((g, i) => (
          <div key={g.id} className={styles.option}>
            <Radio
              value={g.id}
              label={
                <>
                  {g.title}{" "}
                  {i === 0 && (
                    <Badge appearance="tint" color="brand" size="small">
                      {t("clauses.recommended")}
                    </Badge>
                  )}
                </>
              }
            />
            <Text size={200} className={styles.description}>
              {g.description}
            </Text>
          </div>
        ))}
      </RadioGroup>
      <TemplateForm
        key={`${template.id}:${analysis.document.paragraphs}`}
        template={template}
        analysis={analysis}
        canInsert={canInsert}
        busy={busy}
        onInsert={onInsert}
      />
    </section>
  );
}

function TemplateForm({ template, analysis, canInsert, busy, onInsert }: { template: ClauseTemplate } & ClausesViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const prefilled = useMemo(() => initialParams(template, analysis), [template, analysis]);
  const fromDoc = useMemo(() => paramsFromDocument(template, prefilled), [template, prefilled]);
  const [params, setParams] = useState<TemplateParams>(prefilled);
  const paragraphs = useMemo(() => template.render(params), [template, params]);
  const best = bestPlace(template.id, analysis);
  const set = (name: string, value: TemplateParams[string]) => setParams((p) => ({ ...p, [name]: value }));
  const insert = (where: "cursor" | "best") =>
    onInsert({ paragraphs, tag: template.id, title: template.title, where, ...(where === "best" && best !== undefined ? { after: best } : {}) });

  return (
    <>
      <Text as="h3" weight="semibold" size={300}>
        {t("clauses.parameters")}
      </Text>
      <div className={styles.form}>
        {template.params.map((param) => (
          <ParamField
            key={param.name}
            param={param}
            value={params[param.name]}
            fromDocument={fromDoc.has(param.name)}
            onChange={(v) => set(param.name, v)}
          />
        ))}
      </div>
      <Text as="h3" weight="semibold" size={300}>
        {t("clauses.preview")}
      </Text>
      <div className={styles.preview} aria-label={t("clauses.preview")} data-preview={template.id}>
        {paragraphs.map((p, i) => (
          <p key={i} className={styles.previewPara}>
            {p}
          </p>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canInsert || busy || best === undefined} onClick={() => insert("best")}>
          {t("clauses.insertBest")}
        </Button>
        <Button disabled={!canInsert || busy} onClick={() => insert("cursor")}>
          {t("clauses.insertCursor")}
        </Button>
      </div>
      {best !== undefined && (
        <Text size={200} className={styles.muted}>
          {t("clauses.bestPlace", { n: best + 1 })}
        </Text>
      )}
    </>
  );
}

function ParamField({
  param,
  value,
  fromDocument,
  onChange,
}: {
  param: TemplateParam;
  value: TemplateParams[string] | undefined;
  fromDocument: boolean;
  onChange: (v: TemplateParams[string]) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const hint = fromDocument ? t("clauses.fromDocument") : undefined;
  if (param.type === "schedule") {
    const rows = Array.isArray(value) ? (value as ScheduleLine[]) : [];
    const update = (i: number, patch: Partial<ScheduleLine>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    return (
      <div role="group" aria-label={param.label}>
        <Text block weight="semibold" size={300}>
          {param.label}
        </Text>
        {hint && (
          <Text block size={200}>
            {hint}
          </Text>
        )}
        <div className={styles.schedule}>
          {rows.map((row, i) => (
            <ScheduleRow key={i} row={row} n={i + 1} onChange={(patch) => update(i, patch)} />
          ))}
        </div>
      </div>
    );
  }
  if (param.type === "list") {
    const lines = Array.isArray(value) ? (value as string[]) : [];
    return (
      <Field label={param.label} hint={hint}>
        <Textarea resize="vertical" value={lines.join("\n")} onChange={(_, d) => onChange(d.value.split("\n"))} />
      </Field>
    );
  }
  if (param.type === "number") {
    return (
      <Field label={param.label} hint={hint}>
        <Input type="number" min={0} value={String(value ?? "")} onChange={(_, d) => onChange(d.value === "" ? 0 : Number(d.value))} />
      </Field>
    );
  }
  return (
    <Field label={param.label} hint={hint}>
      <Input value={String(value ?? "")} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

function ScheduleRow({ row, n, onChange }: { row: ScheduleLine; n: number; onChange: (patch: Partial<ScheduleLine>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Input size="small" aria-label={`${t("milestones.name")} ${n}`} value={row.milestone} onChange={(_, d) => onChange({ milestone: d.value })} />
      <Input size="small" aria-label={`${t("milestones.artifact")} ${n}`} value={row.artifact} onChange={(_, d) => onChange({ artifact: d.value })} />
      <Input
        size="small"
        type="number"
        aria-label={`${t("milestones.percent")} ${n}`}
        value={String(row.percent)}
        onChange={(_, d) => onChange({ percent: Number(d.value) || 0 })}
      />
    </>
  );
}
