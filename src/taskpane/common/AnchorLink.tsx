// A quoted piece of document text that selects itself in the document when activated.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Anchor } from "../../engine/model";

const useStyles = makeStyles({
  link: {
    minWidth: 0,
    maxWidth: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    overflow: "hidden",
  },
  text: { display: "block", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export function truncate(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export interface AnchorLinkProps {
  anchor: Anchor;
  label: string;
  onSelect: (anchor: Anchor) => void;
  max?: number;
}

export function AnchorLink({ anchor, label, onSelect, max }: AnchorLinkProps) {
  const styles = useStyles();
  return (
    <Button appearance="transparent" size="small" className={styles.link} aria-label={label} title={label} onClick={() => onSelect(anchor)}>
      <span className={styles.text}>“{truncate(anchor.text, max)}”</span>
    </Button>
  );
}
