// Milestones & payments: the table of gates (artifact, acceptance event, date, percent, amount),
// totals, the payments list, and the mismatches the engine found. Plain data in.
import { Badge, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Anchor } from "../../engine/model";
import type { ConsistencyIssue, Milestone, Payment } from "../../engine/types";
import { AnchorLink } from "../common/AnchorLink";
import { formatMoney, formatPercent, milestoneTotals } from "./model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroll: { overflowX: "auto" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalXS),
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    "& tfoot td": { fontWeight: tokens.fontWeightSemibold, borderBottomStyle: "none" },
  },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  missing: { color: tokens.colorPaletteRedForeground1 },
  issues: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  issue: {
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorNeutralForeground1,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
});

export interface MilestonesViewProps {
  milestones: Milestone[];
  payments: Payment[];
  consistency: ConsistencyIssue[];
  locale: string;
  onSelectAnchor: (anchor: Anchor) => void;
}

export function MilestonesView({ milestones, payments, consistency, locale, onSelectAnchor }: MilestonesViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const totals = milestoneTotals(milestones);
  const missing = <span className={styles.missing}>{t("milestones.missing")}</span>;
  return (
    <section className={styles.root} aria-labelledby="gc-milestones-heading">
      <Text as="h2" id="gc-milestones-heading" weight="semibold" size={400}>
        {t("milestones.title")}
      </Text>
      {milestones.length === 0 ? (
        <Text>{t("milestones.none")}</Text>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label={t("milestones.tableLabel")}>
            <thead>
              <tr>
                <th scope="col">{t("milestones.name")}</th>
                <th scope="col" className={styles.num}>
                  {t("milestones.percent")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("milestones.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.id} data-milestone={m.id}>
                  <td>
                    <AnchorLink anchor={m.anchor} label={t("milestones.goTo", { text: m.name })} onSelect={onSelectAnchor} max={40} />
                    <div>
                      <Badge size="small" appearance="tint" color={m.binaryGate ? "success" : "danger"}>
                        {m.binaryGate ? t("milestones.binary") : t("milestones.notBinary")}
                      </Badge>
                    </div>
                    {/* The pane is narrow: artifact, acceptance event and date sit under the name. */}
                    <dl className={styles.facts}>
                      <dt>{t("milestones.artifact")}</dt>
                      <dd>{m.artifact ?? missing}</dd>
                      <dt>{t("milestones.acceptance")}</dt>
                      <dd>{m.acceptance ?? missing}</dd>
                      <dt>{t("milestones.due")}</dt>
                      <dd>{m.due ?? "—"}</dd>
                    </dl>
                  </td>
                  <td className={styles.num}>{formatPercent(m.payment?.percent ?? null, locale) ?? "—"}</td>
                  <td className={styles.num}>{formatMoney(m.payment?.amount ?? null, m.payment?.currency ?? null, locale) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{t("milestones.total")}</td>
                <td className={styles.num}>{formatPercent(totals.percent, locale) ?? "—"}</td>
                <td className={styles.num}>{formatMoney(totals.amount, totals.currency, locale) ?? "—"}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <Text as="h3" weight="semibold" size={300}>
        {t("milestones.issues")}
      </Text>
      {consistency.length === 0 ? (
        <Text>{t("milestones.noIssues")}</Text>
      ) : (
        <ul className={styles.issues}>
          {consistency.map((issue, i) => (
            <li key={i} className={styles.issue} data-issue={issue.kind}>
              <Text block weight={issue.kind === "time-based-billing" ? "semibold" : "regular"}>
                {issue.kind === "time-based-billing" ? `${t("milestones.timeBased")} ` : ""}
                {issue.message}
              </Text>
              {issue.evidence.slice(0, 3).map((a) => (
                <AnchorLink key={`${a.paragraph}:${a.start}`} anchor={a} label={t("milestones.goTo", { text: a.text })} onSelect={onSelectAnchor} max={50} />
              ))}
            </li>
          ))}
        </ul>
      )}
      {payments.length > 0 && (
        <>
          <Text as="h3" weight="semibold" size={300}>
            {t("milestones.payments")}
          </Text>
          <div className={styles.scroll}>
            <table className={styles.table} aria-label={t("milestones.paymentsLabel")}>
              <thead>
                <tr>
                  <th scope="col">{t("milestones.trigger")}</th>
                  <th scope="col" className={styles.num}>
                    {t("milestones.percent")}
                  </th>
                  <th scope="col" className={styles.num}>
                    {t("milestones.amount")}
                  </th>
                  <th scope="col">{t("milestones.terms")}</th>
                </tr>
              </thead>
              <tbody>
                {payments.map((p, i) => (
                  <tr key={i} data-trigger={p.trigger ?? "unknown"}>
                    <td>
                      <AnchorLink
                        anchor={p.anchor}
                        label={t("milestones.goTo", { text: p.anchor.text })}
                        onSelect={onSelectAnchor}
                        max={24}
                      />
                      <div>
                        <Badge size="small" appearance="tint" color={p.trigger === "time" ? "danger" : p.trigger === "milestone" ? "success" : "informative"}>
                          {t(`milestones.triggerName.${p.trigger ?? "unknown"}`)}
                        </Badge>
                      </div>
                      {p.milestoneId && <Text size={200}>{milestones.find((m) => m.id === p.milestoneId)?.name ?? p.milestoneId}</Text>}
                    </td>
                    <td className={styles.num}>{formatPercent(p.percent, locale) ?? "—"}</td>
                    <td className={styles.num}>{formatMoney(p.amount, p.currency, locale) ?? "—"}</td>
                    <td>{p.netDays !== null ? t("milestones.netDays", { days: p.netDays }) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
