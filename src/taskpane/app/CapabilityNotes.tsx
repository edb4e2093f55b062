// Says, in the pane, what this host cannot do, instead of failing when the user tries it.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HostCapabilities } from "../service";

export function capabilityNoteKeys(caps: HostCapabilities): string[] {
  const keys: string[] = [];
  if (!caps.inWord) keys.push("capabilities.playground");
  if (caps.inWord && !caps.markStyles.includes("annotations")) keys.push("capabilities.noAnnotations");
  if (!caps.trackedChanges) keys.push("capabilities.noTrackedChanges");
  if (!caps.trackEdits) keys.push("capabilities.noTrackEdits");
  if (!caps.documentSettings && caps.inWord) keys.push("capabilities.noDocumentSettings");
  return keys;
}

export function CapabilityNotes({ capabilities }: { capabilities: HostCapabilities }) {
  const { t } = useTranslation();
  const keys = capabilityNoteKeys(capabilities);
  if (keys.length === 0) return null;
  const onlyPlayground = keys.length === 1 && keys[0] === "capabilities.playground";
  return (
    <MessageBar intent="info" layout="multiline" aria-label={t("capabilities.title")}>
      <MessageBarBody>
        {!onlyPlayground && <MessageBarTitle>{t("capabilities.title")}</MessageBarTitle>}
        {keys.map((k) => (
          <div key={k}>{t(k)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
