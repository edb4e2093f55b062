// Export: the report in the CLI's formats, rendered by the engine on this computer and saved
// through the browser's download (Blob), never uploaded.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons/svg/arrow-download";
import { useTranslation } from "react-i18next";
import type { ReportFormat } from "../service";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export const FORMATS: ReportFormat[] = ["markdown", "html", "json"];

export interface ExportViewProps {
  ready: boolean;
  busy: boolean;
  onExport: (format: ReportFormat) => void;
}

export function ExportView({ ready, busy, onExport }: ExportViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <section className={styles.root} aria-labelledby="gc-export-heading">
      <Text as="h2" id="gc-export-heading" weight="semibold" size={400}>
        {t("export.title")}
      </Text>
      <Text className={styles.muted}>{ready ? t("export.intro") : t("export.needScan")}</Text>
      <div className={styles.buttons}>
        {FORMATS.map((f) => (
          <Button key={f} icon={<ArrowDownloadRegular />} disabled={!ready || busy} onClick={() => onExport(f)}>
            {t(`export.${f}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
