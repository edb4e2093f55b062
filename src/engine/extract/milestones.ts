// Milestones from prose (labelled headings and list items, items under a "Milestones" heading)
// and from schedule tables, merged when they share a label ("Milestone 2" in both).
import type { DocModel, Paragraph } from "../model";
import type { Anchor } from "../model";
import type { ClauseKind } from "../types";
import { MILESTONE_LABEL, MILESTONE_SECTION } from "./cues";
import { findAcceptance, findArtifact, findDue, findLabelReferences, labelKey } from "./phrases";
import { cellFor, type ScheduleTable } from "./tables";

/** What the extractors need from clause classification, injected so they can be tested alone. */
export interface ClauseLookup {
  kindsOf(paragraph: number): readonly ClauseKind[];
  /** Whether a milestone/acceptance text is a binary gate; null when the text is neither. */
  gateOf(text: string, heading?: string): boolean | null;
  /** Whether a span of a paragraph holds subjective wording (a finding). */
  hasFindingIn(paragraph: number, start: number, end: number): boolean;
}

export interface MilestoneDraft {
  id: string;
  /** Label keys this milestone answers to ("milestone:2", "phase:1"). */
  keys: string[];
  name: string;
  anchor: Anchor;
  artifact: string | null;
  acceptance: string | null;
  due: string | null;
  binaryGate: boolean;
  /** Paragraphs whose text describes this milestone (for linking and evidence). */
  paragraphs: number[];
  /** Where a schedule table row defines it. */
  tableRow: { table: number; row: number } | null;
  /** Subjective wording sits in its text: never a binary gate, whatever else it states. */
  subjective: boolean;
}

// A name ends at punctuation, a dash, a bracket, or where the gate's description starts
// ("Discovery Sign-off via the signed RTM").
const NAME_END = /[.;:,](?:\s|$)|\s[–—-]\s|\s\(|\s(?=(?:via|upon|when|through|after|once|following|on delivery|signed|evidenced|confirmed|mediante|após|quando|com a)\s)/g;

/** The milestone's name: the label and the words after it, up to the first stop. */
function nameOf(text: string, labelEnd: number): string {
  NAME_END.lastIndex = labelEnd + 1;
  // Skip the separator straight after the label ("Phase 1: Discovery").
  const afterLabel = /^\s*[:.\-–—)]\s*/.exec(text.slice(labelEnd));
  NAME_END.lastIndex = labelEnd + (afterLabel ? afterLabel[0].length : 0);
  const stop = NAME_END.exec(text);
  const end = Math.min(stop ? stop.index : text.length, 100);
  return text.slice(0, end).trim();
}

function wholeAnchor(p: Paragraph): Anchor {
  return { paragraph: p.index, start: 0, end: p.text.length, text: p.text };
}

function nameAnchor(p: Paragraph, name: string): Anchor {
  const start = p.text.indexOf(name);
  if (start < 0 || name.length === 0) return wholeAnchor(p);
  return { paragraph: p.index, start, end: start + name.length, text: name };
}

/** The body paragraphs of a heading's section, stopping at the next heading of the same or higher level. */
function sectionBody(doc: DocModel, heading: Paragraph, limit = 8): Paragraph[] {
  const out: Paragraph[] = [];
  const level = heading.headingLevel ?? 9;
  for (let i = heading.index + 1; i < doc.paragraphs.length && out.length < limit; i++) {
    const p = doc.paragraphs[i]!;
    if (p.headingLevel !== undefined && p.headingLevel <= level) break;
    if (p.table) break;
    if (p.headingLevel === undefined && isDefinition(p)) break;
    out.push(p);
  }
  return out;
}

/**
 * A label opens a definition only when set apart: a heading, a list item, a short line, or a
 * separator after it ("Phase 2 will start..." is a sentence about Phase 2, not its definition).
 */
function isDefinition(p: Paragraph): boolean {
  const text = p.text.trim();
  const label = MILESTONE_LABEL.exec(text);
  if (!label) return false;
  const labelEnd = label[0].length;
  const separated = /^\s*[:.\-–—)]/.test(text.slice(labelEnd)) || labelEnd === text.length;
  return p.headingLevel !== undefined || p.listLabel !== undefined || separated || text.length <= 80;
}

function gate(lookup: ClauseLookup, text: string, artifact: string | null, acceptance: string | null, subjective: boolean, heading?: string): boolean {
  if (subjective) return false;
  const classified = lookup.gateOf(text, heading);
  if (classified !== null) return classified;
  return artifact !== null && acceptance !== null;
}

function proseMilestones(doc: DocModel, lookup: ClauseLookup): Omit<MilestoneDraft, "id">[] {
  const out: Omit<MilestoneDraft, "id">[] = [];
  let section: string | undefined;
  let sectionIsMilestones = false;
  for (const p of doc.paragraphs) {
    if (p.table) continue;
    const text = p.text.trim();
    if (!text) continue;
    const label = MILESTONE_LABEL.exec(text);
    const isHeading = p.headingLevel !== undefined;
    if (isHeading && !label) {
      section = text;
      sectionIsMilestones = MILESTONE_SECTION.test(text);
      continue;
    }
    const kinds = lookup.kindsOf(p.index);
    let keys: string[] = [];
    let name: string;
    if (label) {
      // A label opens a definition only when set apart: a heading, a list item, a short line, or
      // followed by a separator ("Phase 2 will start..." is a sentence about Phase 2).
      if (!isDefinition(p)) continue;
      const labelEnd = label[0].length;
      keys = [labelKey(label[1] ?? label[3] ?? "", label[2] ?? label[4] ?? "")];
      name = nameOf(text, labelEnd);
    } else if (sectionIsMilestones && p.listLabel !== undefined && kinds.includes("milestone")) {
      name = nameOf(text, 0);
    } else {
      continue;
    }
    const body = isHeading ? sectionBody(doc, p) : [];
    const detail = [text, ...body.map((b) => b.text)].join("\n");
    for (const ref of findLabelReferences(name)) if (!keys.includes(ref.key)) keys.push(ref.key);
    const artifact = findArtifact(detail);
    const acceptance = findAcceptance(detail);
    const subjective = [p, ...body].some((q) => lookup.hasFindingIn(q.index, 0, q.text.length));
    out.push({
      keys,
      name,
      anchor: nameAnchor(p, name),
      artifact,
      acceptance,
      due: findDue(detail),
      binaryGate: gate(lookup, detail, artifact, acceptance, subjective, section),
      paragraphs: [p.index, ...body.map((b) => b.index)],
      tableRow: null,
      subjective,
    });
  }
  return out;
}

function tableMilestones(doc: DocModel, tables: ScheduleTable[], lookup: ClauseLookup): Omit<MilestoneDraft, "id">[] {
  const out: Omit<MilestoneDraft, "id">[] = [];
  for (const t of tables) {
    const nameRole = t.columns.includes("milestone") ? "milestone" : t.columns.includes("deliverable") ? "deliverable" : null;
    if (!nameRole) continue;
    for (const row of t.rows) {
      if (row.isTotal) continue;
      const nameCell = cellFor(t, row, nameRole);
      const para = nameCell?.paragraphs.map((i) => doc.paragraphs[i]).find((p) => p && p.text.trim());
      if (!nameCell || !para) continue;
      const rowText = row.cells.map((c) => c.text).join(" \u2013 ");
      const deliverableCell = nameRole === "milestone" ? cellFor(t, row, "deliverable") : nameCell;
      const acceptanceCell = cellFor(t, row, "acceptance");
      const dueCell = cellFor(t, row, "due");
      const name = para.text.trim();
      const keys: string[] = [];
      for (const ref of findLabelReferences(name)) if (!keys.includes(ref.key)) keys.push(ref.key);
      const label = MILESTONE_LABEL.exec(name);
      if (label) {
        const key = labelKey(label[1] ?? label[3] ?? "", label[2] ?? label[4] ?? "");
        if (!keys.includes(key)) keys.unshift(key);
      }
      const artifact = deliverableCell?.text.trim() ? findArtifact(deliverableCell.text) ?? deliverableCell.text.trim() : findArtifact(rowText);
      const acceptance = acceptanceCell?.text.trim() ? acceptanceCell.text.trim() : findAcceptance(rowText);
      const cellParagraphs = row.cells.flatMap((c) => c.paragraphs);
      const subjective = cellParagraphs.some((i) => lookup.hasFindingIn(i, 0, doc.paragraphs[i]?.text.length ?? 0));
      out.push({
        keys,
        name: nameOf(name, label ? label[0].length : 0) || name,
        anchor: nameAnchor(para, nameOf(name, label ? label[0].length : 0) || name),
        artifact,
        acceptance,
        due: dueCell?.text.trim() ? dueCell.text.trim() : findDue(rowText),
        binaryGate: gate(lookup, rowText, artifact, acceptance, subjective),
        paragraphs: cellParagraphs,
        tableRow: { table: t.table, row: row.row },
        subjective,
      });
    }
  }
  return out;
}

/** Prose and table milestones, merged by shared label key, in document order, with ids m1, m2, ... */
export function extractMilestones(doc: DocModel, tables: ScheduleTable[], lookup: ClauseLookup): MilestoneDraft[] {
  const merged: Omit<MilestoneDraft, "id">[] = [];
  const byKey = new Map<string, Omit<MilestoneDraft, "id">>();
  const byName = new Map<string, Omit<MilestoneDraft, "id">>();
  for (const m of [...proseMilestones(doc, lookup), ...tableMilestones(doc, tables, lookup)]) {
    const name = normalizeName(m.name);
    const twin = m.keys.map((k) => byKey.get(k)).find((x) => x !== undefined) ?? (name.length >= 4 ? byName.get(name) : undefined);
    if (twin) {
      // Prose usually says more about the gate; the table row carries the schedule.
      twin.artifact ??= m.artifact;
      twin.acceptance ??= m.acceptance;
      twin.due ??= m.due;
      twin.tableRow ??= m.tableRow;
      twin.subjective ||= m.subjective;
      twin.binaryGate = !twin.subjective && (twin.binaryGate || (m.binaryGate && twin.acceptance !== null));
      for (const k of m.keys) if (!twin.keys.includes(k)) twin.keys.push(k);
      for (const i of m.paragraphs) if (!twin.paragraphs.includes(i)) twin.paragraphs.push(i);
      for (const k of m.keys) if (!byKey.has(k)) byKey.set(k, twin);
      continue;
    }
    merged.push(m);
    for (const k of m.keys) if (!byKey.has(k)) byKey.set(k, m);
    if (name.length >= 4 && !byName.has(name)) byName.set(name, m);
  }
  merged.sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
  return merged.map((m, i) => ({ id: `m${i + 1}`, ...m }));
}

function normalizeName(s: string): string {
  return s.toLowerCase().replace(/^(?:milestone|phase|stage|sprint|marco|fase|etapa|m)\s*[\divx.]*\s*[:.\-–—)]?\s*/i, "").replace(/[^\p{L}\d]+/gu, " ").trim();
}
