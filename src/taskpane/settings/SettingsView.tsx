// Settings: team rules (categories, single rules, minimum severity, custom terms, allow-list),
// saved with the document; personal preferences (mark style, automatic re-scan, language).
import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  shorthands,
  Switch,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SUBJECTIVE_CATEGORIES, type Severity } from "../../engine/types";
import { SEVERITIES } from "../findings/model";
import { DEFAULT_TEAM_RULES, MARK_STYLES, type HostCapabilities, type MarkStyle, type PersonalPrefs, type Settings, type TeamRules } from "../service";
import { PANEL_SURFACE } from "../common/surfaces";


const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  box: {
    ...PANEL_SURFACE,
    gap: tokens.spacingVerticalS,
    ...shorthands.border("0"),
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, ...shorthands.padding(0), marginBottom: tokens.spacingVerticalXS },
  checks: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One term per line, trimmed, empty lines and duplicates dropped. */
export function parseTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}

export interface SettingsViewProps {
  settings: Settings;
  capabilities: HostCapabilities | null;
  /** Rule ids seen in the last scan, to switch single rules off. */
  rules: string[];
  onTeam: (change: (team: TeamRules) => TeamRules) => void;
  onPersonal: (change: (p: PersonalPrefs) => PersonalPrefs) => void;
}

export function SettingsView({ settings, capabilities, rules, onTeam, onPersonal }: SettingsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const team = settings.team;
  const personal = settings.personal;
  const supported = new Set<MarkStyle>([...(capabilities?.markStyles ?? []), "none"]);
  const knownRules = [...new Set([...rules, ...team.disabledRules])].sort();

  return (
    <section className={styles.root} aria-labelledby="gc-settings-heading">
      <Text as="h2" id="gc-settings-heading" weight="semibold" size={400}>
        {t("settings.title")}
      </Text>

      <fieldset className={styles.box}>
        <legend className={styles.legend}>{capabilities?.documentSettings === false ? t("settings.teamLocal") : t("settings.team")}</legend>
        <div className={styles.checks} role="group" aria-labelledby="gc-set-categories">
          <Text id="gc-set-categories" weight="semibold" size={300}>
            {t("settings.categories")}
          </Text>
          {SUBJECTIVE_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              label={t(`findings.category.${c}`)}
              checked={!team.disabledCategories.includes(c)}
              onChange={(_, d) => onTeam((r) => ({ ...r, disabledCategories: toggle(r.disabledCategories, c, !d.checked) }))}
            />
          ))}
        </div>
        {knownRules.length > 0 && (
          <div className={styles.checks} role="group" aria-labelledby="gc-set-rules" aria-describedby="gc-set-rules-hint">
            <Text id="gc-set-rules" weight="semibold" size={300}>
              {t("settings.rules")}
            </Text>
            <Text id="gc-set-rules-hint" size={200} className={styles.muted}>
              {t("settings.rulesHint")}
            </Text>
            {knownRules.map((id) => (
              <Switch
                key={id}
                label={id}
                checked={!team.disabledRules.includes(id)}
                onChange={(_, d) => onTeam((r) => ({ ...r, disabledRules: toggle(r.disabledRules, id, !d.checked) }))}
              />
            ))}
          </div>
        )}
        <Field label={t("settings.minSeverity")}>
          <Select value={team.minSeverity} onChange={(_, d) => onTeam((r) => ({ ...r, minSeverity: d.value as Severity }))}>
            {[...SEVERITIES].reverse().map((s) => (
              <option key={s} value={s}>
                {t(`findings.severity.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <TermsField
          label={t("settings.customTerms")}
          hint={t("settings.customTermsHint")}
          terms={team.customTerms}
          onSave={(terms) => onTeam((r) => ({ ...r, customTerms: terms }))}
        />
        <TermsField
          label={t("settings.allowList")}
          hint={t("settings.customTermsHint")}
          terms={team.allowList}
          onSave={(terms) => onTeam((r) => ({ ...r, allowList: terms }))}
        />
        <TermsField
          label={t("settings.ourAuthors")}
          hint={t("settings.ourAuthorsHint")}
          terms={team.ourAuthors}
          onSave={(terms) => onTeam((r) => ({ ...r, ourAuthors: terms }))}
        />
        <div>
          <Button onClick={() => onTeam((r) => ({ ...DEFAULT_TEAM_RULES, ignoredFindings: r.ignoredFindings, ignoredTerms: r.ignoredTerms }))}>
            {t("settings.reset")}
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.box}>
        <legend className={styles.legend}>{t("settings.personal")}</legend>
        <Field label={t("settings.markStyle")} hint={personal.markStyle === "highlightColor" ? t("settings.highlightColorNote") : undefined}>
          <RadioGroup value={personal.markStyle} onChange={(_, d) => onPersonal((p) => ({ ...p, markStyle: d.value as MarkStyle }))}>
            {MARK_STYLES.map((m) => (
              <Radio
                key={m}
                value={m}
                disabled={!supported.has(m)}
                label={supported.has(m) ? t(`settings.markStyleName.${m}`) : `${t(`settings.markStyleName.${m}`)} (${t("settings.unsupported")})`}
              />
            ))}
          </RadioGroup>
        </Field>
        <Switch
          label={t("settings.autoRescan")}
          checked={personal.autoRescan}
          onChange={(_, d) => onPersonal((p) => ({ ...p, autoRescan: d.checked }))}
        />
        <Field label={t("settings.language")}>
          <Select value={personal.language} onChange={(_, d) => onPersonal((p) => ({ ...p, language: d.value as PersonalPrefs["language"] }))}>
            {(["auto", "en", "pt-BR"] as const).map((l) => (
              <option key={l} value={l}>
                {t(`settings.languageName.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
    </section>
  );
}

/** A one-term-per-line box that saves when it loses focus, not on every keystroke. */
function TermsField({ label, hint, terms, onSave }: { label: string; hint: string; terms: string[]; onSave: (terms: string[]) => void }) {
  const [text, setText] = useState(terms.join("\n"));
  return (
    <Field label={label} hint={hint}>
      <Textarea
        resize="vertical"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => {
          const next = parseTerms(text);
          if (next.join("\n") !== terms.join("\n")) onSave(next);
        }}
      />
    </Field>
  );
}
