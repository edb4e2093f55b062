// The simulated Word document, rendered from the simulator's snapshot: headings, lists, tables,
// tracked insertions and deletions, highlights, inline marks with their suggestion pop-ups,
// comments in the margin, tagged clauses, and the selection. Clicking text moves Word's cursor.
import { Button, makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { SimDocumentView, SimParagraphView, SimulatedWord } from "../sim";
import { blocks, headingLevel, paragraphSegments, type Segment } from "./segments";

const SCHEME_COLOR: Record<string, string> = {
  Red: "#d13438",
  Berry: "#c239b3",
  Blue: "#0f6cbd",
  Green: "#107c10",
  Lavender: "#7160e8",
};

const useStyles = makeStyles({
  page: {
    maxWidth: "820px",
    marginLeft: "auto",
    marginRight: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    ...shorthands.padding("48px", "56px"),
    fontFamily: "Calibri, 'Segoe UI', Carlito, Arial, sans-serif",
    fontSize: "15px",
    lineHeight: "1.55",
    boxSizing: "border-box",
    minHeight: "100%",
  },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)" },
  rowWithMargin: { gridTemplateColumns: "minmax(0, 1fr) 190px", columnGap: "20px" },
  para: { marginTop: 0, marginBottom: "10px", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  control: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: "8px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  controlLabel: { display: "block", fontSize: "11px", color: tokens.colorBrandForeground1, fontFamily: "'Segoe UI', sans-serif" },
  h1: { fontSize: "24px", fontWeight: 600, marginTop: "8px", color: tokens.colorBrandForeground1 },
  h2: { fontSize: "19px", fontWeight: 600, marginTop: "14px", color: tokens.colorBrandForeground1 },
  h3: { fontSize: "16px", fontWeight: 600, marginTop: "10px" },
  label: { display: "inline-block", minWidth: "2em", paddingRight: "6px" },
  ins: { color: "#0b6a0b", textDecorationLine: "underline", textDecorationColor: "#0b6a0b" },
  insDark: { color: "#6ccb5f", textDecorationColor: "#6ccb5f" },
  del: { color: "#c50f1f", textDecorationLine: "line-through" },
  delDark: { color: "#ff99a4" },
  // Light enough that tracked-change colours keep their contrast inside a selection.
  selected: { backgroundColor: "rgba(15, 108, 189, 0.16)", outline: "1px solid rgba(15, 108, 189, 0.7)" },
  caret: {
    display: "inline-block",
    width: "2px",
    height: "1.1em",
    marginLeft: "-1px",
    marginRight: "-1px",
    verticalAlign: "text-bottom",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  mark: {
    cursor: "pointer",
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationThickness: "1.5px",
    textUnderlineOffset: "3px",
    background: "none",
    color: "inherit",
    font: "inherit",
    ...shorthands.border("0"),
    ...shorthands.padding("0"),
    whiteSpace: "pre-wrap",
    textAlign: "start",
  },
  commented: { backgroundColor: "rgba(255, 185, 0, 0.25)" },
  temp: { backgroundColor: "rgba(255, 214, 0, 0.55)", color: "#1b1b1b" },
  margin: { display: "flex", flexDirection: "column", gap: "6px", fontFamily: "'Segoe UI', sans-serif" },
  comment: {
    fontSize: "12px",
    lineHeight: "1.35",
    ...shorthands.padding("6px", "8px"),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    whiteSpace: "pre-wrap",
  },
  commentAuthor: { fontWeight: 600, display: "block" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    marginBottom: "14px",
    "& td": { border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: "top", ...shorthands.padding("4px", "8px") },
  },
  cellPara: { marginTop: 0, marginBottom: "2px", whiteSpace: "pre-wrap" },
  popup: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    marginBottom: "12px",
    ...shorthands.padding("10px", "12px"),
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: "'Segoe UI', sans-serif",
  },
  popupActions: { display: "flex", flexWrap: "wrap", gap: "6px" },
  suggestion: { justifyContent: "flex-start", textAlign: "start", height: "auto", minHeight: "32px", whiteSpace: "normal" },
});

/** The browser's text selection (not Word's): where the user clicked or dragged in the page. */
function browserSelection(): { anchorNode: Node | null; anchorOffset: number; focusNode: Node | null; focusOffset: number; clear(): void } | null {
  const native: Selection | null = Reflect.apply(window.getSelection, window, []) as Selection | null;
  if (!native || native.rangeCount === 0) return null;
  return {
    anchorNode: native.anchorNode,
    anchorOffset: native.anchorOffset,
    focusNode: native.focusNode,
    focusOffset: native.focusOffset,
    clear: () => native.removeAllRanges(),
  };
}

function annotationOf(view: SimDocumentView, ids: string[]) {
  return view.annotations.find((a) => ids.includes(a.id) && a.state === "Created") ?? null;
}

export interface DocumentViewProps {
  sim: SimulatedWord;
  dark: boolean;
}

export function DocumentView({ sim, dark }: DocumentViewProps) {
  const styles = useStyles();
  const [view, setView] = useState<SimDocumentView>(() => sim.snapshot());
  const [popup, setPopup] = useState<string | null>(null);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setView(sim.snapshot());
    return sim.subscribe(() => setView(sim.snapshot()));
  }, [sim]);

  // Scroll the selection into view when it moves (Word does the same on range.select()).
  const selectionKey = view.selection ? `${view.selection.paragraph}:${view.selection.start}:${view.selection.end}` : "";
  useEffect(() => {
    const el = pageRef.current?.querySelector("[data-selected], [data-caret]");
    if (el && "scrollIntoView" in el) el.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selectionKey]);

  const onMouseUp = () => {
    const selection = browserSelection();
    if (!selection) return;
    const at = (node: Node | null, offset: number): { p: number; off: number } | null => {
      const el = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-seg]");
      if (!el) return null;
      const within = node?.nodeType === Node.TEXT_NODE ? offset : 0;
      return { p: Number(el.dataset.p), off: Number(el.dataset.start) + within };
    };
    const a = at(selection.anchorNode, selection.anchorOffset);
    const b = at(selection.focusNode, selection.focusOffset);
    if (!a) return;
    const end = b && b.p === a.p ? b : a;
    try {
      sim.userSelect(a.p, Math.min(a.off, end.off), Math.max(a.off, end.off));
      selection.clear();
    } catch {
      // a click outside any text run: leave Word's selection where it was
    }
  };

  // A minimal editor, enough to try re-scan on edit: typing replaces Word's selection (as the
  // document's user, tracked when tracking is on), Backspace and Delete remove a character.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const s = view.selection;
    if (!s || s.paragraph !== s.endParagraph || event.ctrlKey || event.metaKey || event.altKey) return;
    const length = view.paragraphs[s.paragraph]?.text.length ?? 0;
    let start = s.start;
    let end = s.end;
    let text: string;
    if (event.key.length === 1) text = event.key;
    else if (event.key === "Backspace") [start, text] = [start === end ? Math.max(0, start - 1) : start, ""];
    else if (event.key === "Delete") [end, text] = [start === end ? Math.min(length, end + 1) : end, ""];
    else return;
    event.preventDefault();
    if (start === end && text === "") return;
    try {
      sim.userEdit(s.paragraph, start, end, text);
    } catch {
      // a protected document or a stale caret: nothing changes, as in Word
    }
  };

  const segmentNode = (p: SimParagraphView, seg: Segment, key: number): ReactNode => {
    const r = seg.run;
    const classes = [
      r.insertion && styles.ins,
      r.insertion && dark && styles.insDark,
      r.deletion && styles.del,
      r.deletion && dark && styles.delDark,
      r.commentIds.length > 0 && styles.commented,
      r.temporaryHighlight && styles.temp,
      seg.selected && styles.selected,
    ];
    const style = r.highlightColor ? { backgroundColor: r.highlightColor, color: "#1b1b1b" } : undefined;
    const title = r.insertion ? `Inserted by ${r.insertion.author}` : r.deletion ? `Deleted by ${r.deletion.author}` : undefined;
    const annotation = annotationOf(view, r.annotationIds);
    const data = { "data-seg": "", "data-p": p.index, "data-start": seg.start, ...(seg.selected ? { "data-selected": "" } : {}) };
    let node: ReactNode = (
      <span key={key} {...data} className={mergeClasses(...classes)} style={style} title={title}>
        {seg.text}
      </span>
    );
    if (r.insertion) node = <ins key={key} data-author={r.insertion.author} style={{ textDecoration: "inherit" }}>{node}</ins>;
    if (r.deletion) node = <del key={key} data-author={r.deletion.author} style={{ textDecoration: "inherit" }}>{node}</del>;
    if (annotation) {
      node = (
        <button
          key={key}
          type="button"
          className={styles.mark}
          style={{ textDecorationColor: SCHEME_COLOR[annotation.colorScheme] ?? "#d13438" }}
          data-annotation={annotation.id}
          aria-expanded={popup === annotation.id}
          aria-label={`Gatecheck suggestion for “${seg.text}”`}
          onClick={() => {
            sim.clickAnnotation(annotation.id);
            setPopup((open) => (open === annotation.id ? null : annotation.id));
          }}
        >
          {node}
        </button>
      );
    }
    return node;
  };

  const paragraphBody = (p: SimParagraphView, className: string): ReactNode => {
    const { segments, caret } = paragraphSegments(view, p);
    const parts: ReactNode[] = [];
    segments.forEach((seg, i) => {
      if (caret !== null && caret === seg.start) parts.push(<span key={`c${i}`} className={styles.caret} data-caret aria-hidden />);
      parts.push(segmentNode(p, seg, i));
    });
    if (caret !== null && (segments.length === 0 || caret >= p.text.length)) {
      parts.push(<span key="c-end" className={styles.caret} data-caret aria-hidden />);
    }
    const level = headingLevel(p);
    const control = view.contentControls.find((c) => p.index >= c.paragraph && p.index <= c.endParagraph);
    const classes = mergeClasses(
      className,
      level === 1 && styles.h1,
      level === 2 && styles.h2,
      level >= 3 && styles.h3,
      control && styles.control,
    );
    const content = (
      <>
        {control && control.paragraph === p.index && <span className={styles.controlLabel}>{control.title || control.tag}</span>}
        {p.listLabel && <span className={styles.label}>{p.listLabel}</span>}
        {parts.length > 0 ? parts : <span data-seg="" data-p={p.index} data-start={0}>{"\u200b"}</span>}
      </>
    );
    const attrs = { className: classes, "data-paragraph": p.index };
    if (level === 1) return <h2 {...attrs}>{content}</h2>;
    if (level === 2) return <h3 {...attrs}>{content}</h3>;
    if (level >= 3) return <h4 {...attrs}>{content}</h4>;
    return <p {...attrs}>{content}</p>;
  };

  const popupFor = (p: SimParagraphView): ReactNode => {
    const a = view.annotations.find((x) => x.id === popup && x.paragraph === p.index && x.state === "Created");
    if (!a) return null;
    return (
      <div className={styles.popup} role="dialog" aria-label="Gatecheck suggestions">
        <Text weight="semibold" size={200}>
          Gatecheck · {a.suggestions.length > 0 ? "replace with a binary wording" : "subjective wording"}
        </Text>
        <div className={styles.popupActions}>
          {a.suggestions.map((s, i) => (
            <Button
              key={i}
              size="small"
              className={styles.suggestion}
              onClick={() => {
                sim.triggerAnnotationPopupAction(a.id, i);
                setPopup(null);
              }}
            >
              {s}
            </Button>
          ))}
          <Button size="small" appearance="subtle" onClick={() => setPopup(null)}>
            Close
          </Button>
        </div>
      </div>
    );
  };

  const commentsFor = (indices: number[]): ReactNode => {
    const list = view.comments.filter((c) => indices.includes(c.paragraph));
    if (list.length === 0) return null;
    return list.map((c) => (
      <div key={c.id} className={styles.comment} data-comment={c.id}>
        <span className={styles.commentAuthor}>{c.author}</span>
        {c.content}
      </div>
    ));
  };

  const rowClass = mergeClasses(styles.row, view.comments.length > 0 && styles.rowWithMargin);
  const margin = (indices: number[]) => (view.comments.length > 0 ? <aside className={styles.margin}>{commentsFor(indices)}</aside> : null);
  return (
    <div
      ref={pageRef}
      className={styles.page}
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
      tabIndex={0}
      aria-label="Document"
      role="document"
      data-tracking={view.changeTrackingMode}
    >
      {blocks(view).map((block) => {
        if (block.kind === "paragraph") {
          const p = block.paragraph;
          return (
            <div key={p.uniqueLocalId} className={rowClass}>
              <div>
                {paragraphBody(p, styles.para)}
                {popupFor(p)}
              </div>
              {margin([p.index])}
            </div>
          );
        }
        const indices = block.rows.flat(2).map((p) => p.index);
        return (
          <div key={`t${block.table}:${indices[0]}`} className={rowClass}>
            <div>
              <table className={styles.table}>
                <tbody>
                  {block.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>
                          {cell.map((p) => (
                            <div key={p.uniqueLocalId}>
                              {paragraphBody(p, styles.cellPara)}
                              {popupFor(p)}
                            </div>
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {margin(indices)}
          </div>
        );
      })}
    </div>
  );
}
