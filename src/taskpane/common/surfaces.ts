// The panel surface the views' cards and boxes share, spread into each view's makeStyles.
import { shorthands, tokens, type GriffelStyle } from "@fluentui/react-components";

/** A column of content on the panel background, with the standard inner spacing and corners. */
export const PANEL_SURFACE: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
};
