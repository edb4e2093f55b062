// One icon and colour per checklist status, shared by Overview and the findings groups.
import { tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled } from "@fluentui/react-icons/svg/checkmark-circle";
import { ErrorCircleFilled } from "@fluentui/react-icons/svg/error-circle";
import { WarningFilled } from "@fluentui/react-icons/svg/warning";
import type { CheckStatus } from "../../engine/types";

export const STATUS_COLOR: Record<CheckStatus, string> = {
  pass: tokens.colorPaletteGreenForeground1,
  warn: tokens.colorPaletteDarkOrangeForeground1,
  fail: tokens.colorPaletteRedForeground1,
};

export function StatusIcon({ status }: { status: CheckStatus }) {
  const style = { color: STATUS_COLOR[status], fontSize: 20, flexShrink: 0 };
  if (status === "pass") return <CheckmarkCircleFilled style={style} aria-hidden />;
  if (status === "warn") return <WarningFilled style={style} aria-hidden />;
  return <ErrorCircleFilled style={style} aria-hidden />;
}

export const BADGE_COLOR: Record<CheckStatus, "success" | "warning" | "danger"> = {
  pass: "success",
  warn: "warning",
  fail: "danger",
};
