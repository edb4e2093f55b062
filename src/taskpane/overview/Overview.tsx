// Overview: the 0-100 score and the four commercial checks with reason and evidence. Plain data in.
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Anchor } from "../../engine/model";
import type { Analysis, ChecklistItem } from "../../engine/types";
import { AnchorLink } from "../common/AnchorLink";
import { BADGE_COLOR, StatusIcon } from "../common/statusVisuals";
import { PANEL_SURFACE } from "../common/surfaces";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scoreRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL },
  gauge: {
    width: "72px",
    height: "72px",
    borderRadius: "50%",
    display: "grid",
    placeItems: "center",
    flexShrink: 0,
  },
  gaugeInner: {
    width: "58px",
    height: "58px",
    borderRadius: "50%",
    backgroundColor: tokens.colorNeutralBackground1,
    display: "grid",
    placeItems: "center",
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  check: {
    ...PANEL_SURFACE,
    gap: tokens.spacingVerticalXS,
    boxShadow: tokens.shadow2,
  },
  checkHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  checkTitle: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  evidence: { display: "flex", flexDirection: "column", alignItems: "flex-start", margin: 0, paddingLeft: 0, listStyleType: "none", minWidth: 0 },
  evidenceItem: { maxWidth: "100%", minWidth: 0, display: "flex" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
});

function scoreColor(score: number): string {
  if (score >= 80) return tokens.colorPaletteGreenBorderActive;
  if (score >= 50) return tokens.colorPaletteDarkOrangeBorderActive;
  return tokens.colorPaletteRedBorderActive;
}

export interface OverviewProps {
  analysis: Analysis;
  visibleFindings: number;
  onSelectAnchor: (anchor: Anchor) => void;
}

export function Overview({ analysis, visibleFindings, onSelectAnchor }: OverviewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const pct = Math.max(0, Math.min(100, Math.round(analysis.score)));
  const ring = `conic-gradient(${scoreColor(pct)} ${pct * 3.6}deg, ${tokens.colorNeutralStroke2} 0deg)`;
  return (
    <section className={styles.root} aria-labelledby="gc-overview-heading">
      <div className={styles.scoreRow}>
        <div className={styles.gauge} style={{ background: ring }} role="img" aria-label={`${t("overview.score")}: ${t("overview.scoreOf", { score: pct })}`}>
          <div className={styles.gaugeInner} aria-hidden>
            {pct}
          </div>
        </div>
        <div>
          <Text as="h2" id="gc-overview-heading" weight="semibold" size={400} block>
            {t("overview.score")}
          </Text>
          <Text className={styles.muted} size={200} block>
            {t("overview.counts", {
              milestones: analysis.milestones.length,
              payments: analysis.payments.length,
              findings: visibleFindings,
            })}
          </Text>
        </div>
      </div>
      <Text as="h3" weight="semibold" size={300}>
        {t("overview.checks")}
      </Text>
      <ul className={styles.list}>
        {analysis.checklist.map((item) => (
          <CheckRow key={item.id} item={item} onSelectAnchor={onSelectAnchor} />
        ))}
      </ul>
    </section>
  );
}

function CheckRow({ item, onSelectAnchor }: { item: ChecklistItem; onSelectAnchor: (a: Anchor) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const title = t(`overview.check.${item.id}`);
  return (
    <li className={styles.check} data-check={item.id} data-status={item.status} aria-label={`${title}: ${t(`overview.status.${item.status}`)}`}>
      <div className={styles.checkHead}>
        <StatusIcon status={item.status} />
        <Text className={styles.checkTitle}>{title}</Text>
        <Badge appearance="tint" color={BADGE_COLOR[item.status]}>
          {t(`overview.status.${item.status}`)}
        </Badge>
      </div>
      <Text size={200}>{item.message}</Text>
      {item.evidence.length > 0 && (
        <ul className={styles.evidence} aria-label={`${t("overview.evidence")}: ${title}`}>
          {item.evidence.slice(0, 5).map((a) => (
            <li key={`${a.paragraph}:${a.start}:${a.end}`} className={styles.evidenceItem}>
              <AnchorLink anchor={a} label={t("overview.goToEvidence", { text: a.text })} onSelect={onSelectAnchor} max={60} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
