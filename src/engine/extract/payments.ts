// Payments from prose (one per instalment an amount or percentage states, or one per payment
// clause without figures, such as "invoiced monthly") and from schedule tables, linked to milestones.
import type { Anchor, DocModel, Paragraph } from "../model";
import type { PaymentTrigger } from "../types";
import { NON_INSTALMENT_CONTEXT, PAYMENT_CUE, RATE_AFTER, TOTAL_CONTEXT, TRIGGER_CUES } from "./cues";
import type { ClauseLookup, MilestoneDraft } from "./milestones";
import { findPercents, memoAmounts, memoCurrencyHint, parseAmountCell, type AmountMatch, type PercentMatch } from "./money";
import { findDayPeriods, findNetDays } from "./periods";
import { findLabelReferences, sentenceAround, sentenceReader } from "./phrases";
import { cellFor, type ScheduleTable } from "./tables";
import { MEMO, NO_MEMO, type Memo } from "./memo";
import { byStart, escapeRegExp, inOrder } from "../text";

export interface PaymentDraft {
  anchor: Anchor;
  trigger: PaymentTrigger | null;
  amount: number | null;
  currency: string | null;
  percent: number | null;
  milestoneId: string | null;
  netDays: number | null;
  /** A milestone label the text names that matches no milestone ("upon Milestone 7"). */
  unknownReference: Anchor | null;
  source: "prose" | "table";
}

/** A schedule table's "Total" row: the figures the instalments must add up to. */
export interface StatedTotal {
  anchor: Anchor;
  amount: number | null;
  percent: number | null;
  currency: string | null;
}

export interface PaymentExtraction {
  payments: PaymentDraft[];
  totals: StatedTotal[];
}

export interface PaymentOptions {
  /** Currency for bare amounts when neither cell nor header names one (the document's usual one). */
  defaultCurrency: string | null;
  /** The document's payment term, for payments whose own text states none. */
  defaultNetDays: number | null;
  /** Classifier's trigger for a paragraph. */
  triggerOf(paragraph: number): PaymentTrigger | null;
}

interface Figure {
  start: number;
  end: number;
  amount: AmountMatch | null;
  percent: PercentMatch | null;
}

/** What may join an amount and a percentage into one figure: "20% (USD 24,000)", "20% or USD 24,000". */
const FIGURE_JOIN = /^[\s(),=:–—-]*(?:or|ou|i\.e\.,?)?[\s(),=:–—-]*$/;

/** Amounts and percentages in order; "20% (USD 24,000)" and "USD 24,000 (20%)" are one figure. */
function figures(text: string, memo: Memo): Figure[] {
  // Amounts and percentages merged by offset; at one offset the amount comes first (what a stable
  // sort of the amounts followed by the percentages gives, without copying the list to sort it).
  const amounts = memoAmounts(memo, text);
  const percents = findPercents(text);
  const items: Figure[] = [];
  if (inOrder(amounts, byStart) && inOrder(percents, byStart)) {
    for (let ai = 0, pi = 0; ai < amounts.length || pi < percents.length; ) {
      const a = amounts[ai];
      const p = percents[pi];
      if (a && (!p || a.start <= p.start)) {
        items.push({ start: a.start, end: a.end, amount: a, percent: null });
        ai++;
      } else if (p) {
        items.push({ start: p.start, end: p.end, amount: null, percent: p });
        pi++;
      }
    }
  } else {
    // Each scan finds its figures in order; should one not, the stable sort decides.
    for (const a of amounts) items.push({ start: a.start, end: a.end, amount: a, percent: null });
    for (const p of percents) items.push({ start: p.start, end: p.end, amount: null, percent: p });
    items.sort(byStart);
  }
  const out: Figure[] = [];
  for (const f of items) {
    const prev = out[out.length - 1];
    if (prev && (prev.amount === null) !== (f.amount === null)) {
      const gap = text.slice(prev.end, f.start);
      if (gap.length <= 12 && FIGURE_JOIN.test(gap)) {
        prev.end = f.end;
        prev.amount ??= f.amount;
        prev.percent ??= f.percent;
        continue;
      }
    }
    // Items are this call's own objects: kept as they are, not copied.
    out.push(f);
  }
  return out;
}

function localTrigger(segment: string): Exclude<PaymentTrigger, "milestone"> | null {
  for (const cue of TRIGGER_CUES) if (cue.re.test(segment)) return cue.trigger;
  return null;
}

const MILESTONE_WORDS = /\b(?:milestones?|phases?|deliverables?|sprints?|stages?|acceptance|accepted|sign-?off|go-?live|marcos?|fases?|etapas?|entreg[áa]veis|aceite)\b/i;

/** Words that say money changes hands (a clause about fees in general does not). */
const PAYMENT_VERB = /\b(?:pa(?:y|ys|id|yable)|invoic\w*|billed|bill|due|faturad\w*|fatura\w*|pag[oa]s?|pagamentos?|pagar\w*)\b/i;
/** "upon acceptance of each Milestone": a milestone trigger without a named milestone. */
const MILESTONE_EVENT = /\b(?:upon|on|after|following|ap[óo]s|mediante)\s+(?:the\s+|o\s+|a\s+)?(?:written\s+)?(?:acceptance|completion|sign-?off|approval|aceite|aprova[çc][ãa]o|conclus[ãa]o)\s+(?:of|d[oa])\s+(?:each|the|a|every|cada)?\s*(?:milestones?|deliverables?|phases?|sprints?|marcos?|entreg[áa]veis|fases?|etapas?)\b/i;

interface Link {
  milestoneId: string | null;
  unknown: { start: number; end: number; text: string } | null;
}

/** What a payment's text may name a milestone by, computed once per extraction. */
interface MilestoneIndex {
  /** Changes whenever anything a link depends on changes. */
  signature: string;
  byKey: Map<string, string>;
  /** [lower-case name without its label, id], then [lower-case artifact, id]. */
  names: [string, string][];
  artifacts: [string, string][];
  /** Any of the names and artifacts as literal text (null when there are none). */
  anyName: RegExp | null;
}

function indexMilestones(milestones: MilestoneDraft[]): MilestoneIndex {
  const byKey = new Map<string, string>();
  for (const m of milestones) for (const k of m.keys) if (!byKey.has(k)) byKey.set(k, m.id);
  const names: [string, string][] = [];
  const artifacts: [string, string][] = [];
  for (const m of milestones) {
    const bare = m.name.replace(/^(?:milestone|phase|stage|sprint|marco|fase|etapa|m)\s*[\dIVX.]*\s*[:.\-–—)]?\s*/i, "").trim().toLowerCase();
    if (bare.length >= 6) names.push([bare, m.id]);
    if (m.artifact && m.artifact.length >= 8) artifacts.push([m.artifact.toLowerCase(), m.id]);
  }
  const all = [...names, ...artifacts].map(([text]) => escapeRegExp(text));
  const anyName = all.length ? new RegExp(all.join("|")) : null;
  return { signature: JSON.stringify([[...byKey], names, artifacts]), byKey, names, artifacts, anyName };
}

/** Which milestone a payment's text refers to: by label, then by name, then by artifact. */
function linkMilestone(segment: string, index: MilestoneIndex): Link {
  const refs = findLabelReferences(segment);
  for (const ref of refs) {
    const id = index.byKey.get(ref.key);
    if (id) return { milestoneId: id, unknown: null };
  }
  if (index.anyName) {
    const lower = segment.toLowerCase();
    // One scan answers "none of them", the usual answer; the first in order is looked for only
    // when the text holds one (the expression matches exactly when some name occurs).
    if (index.anyName.test(lower)) {
      for (const [name, id] of index.names) if (lower.includes(name)) return { milestoneId: id, unknown: null };
      for (const [artifact, id] of index.artifacts) if (lower.includes(artifact)) return { milestoneId: id, unknown: null };
    }
  }
  const first = refs[0];
  return { milestoneId: null, unknown: first ? { start: first.start, end: first.end, text: first.text } : null };
}

function sliceAnchor(p: Paragraph, start: number, end: number): Anchor {
  return { paragraph: p.index, start, end, text: p.text.slice(start, end) };
}

function prosePayments(doc: DocModel, lookup: ClauseLookup, milestones: MilestoneIndex, opts: PaymentOptions, memo: Memo): PaymentDraft[] {
  const out: PaymentDraft[] = [];
  // The drafts of a paragraph depend on its text, its labels and the milestones: memoised by text
  // under a key for the rest, with paragraph 0 in the anchors, then placed.
  const context = `${milestones.signature}|${opts.defaultCurrency}|${opts.defaultNetDays}`;
  // One key string per (labelled, trigger) pair, built once: long keys hash once, not per paragraph.
  const keys = new Map<string, string>();
  const keyFor = (isPayment: boolean, trigger: PaymentTrigger | null): string => {
    const short = `${isPayment}|${trigger}`;
    let key = keys.get(short);
    if (key === undefined) keys.set(short, (key = `payments|${context}|${short}`));
    return key;
  };
  for (const p of doc.paragraphs) {
    if (p.table || p.headingLevel !== undefined) continue;
    const isPayment = lookup.kindsOf(p.index).includes("payment");
    // Unlabelled text without a currency yields nothing (paragraphPayments' first test): no memo entry.
    if (!isPayment && !memoCurrencyHint(memo, p.text)) continue;
    const trigger = isPayment ? opts.triggerOf(p.index) : null;
    const drafts = memo.keyed(keyFor(isPayment, trigger), p.text, (text) =>
      paragraphPayments({ index: 0, text }, isPayment, trigger, milestones, opts, memo),
    );
    for (const d of drafts) {
      out.push({
        ...d,
        anchor: { ...d.anchor, paragraph: p.index },
        unknownReference: d.unknownReference ? { ...d.unknownReference, paragraph: p.index } : null,
      });
    }
  }
  return out;
}

function paragraphPayments(
  p: Paragraph,
  isPayment: boolean,
  classifiedTrigger: PaymentTrigger | null,
  milestones: MilestoneIndex,
  opts: PaymentOptions,
  memo: Memo,
): PaymentDraft[] {
  const out: PaymentDraft[] = [];
  {
    const text = p.text;
    // Unlabelled text counts only when it states a figure in payment words (cheap test first).
    if (!isPayment && !(memoCurrencyHint(memo, text) && PAYMENT_CUE.test(text))) return out;
    // Amounts and the payment term are shared with the facts pass through the memo.
    const net = memo.get(MEMO.net, text, (t) => findNetDays(t, (x) => memo.get(MEMO.periods, x, findDayPeriods)));
    const netDays = net ? net.days : opts.defaultNetDays;
    const figs = figures(text, memo);
    let emitted = 0;
    // Figures come in order, so one lookup serves the figures of a sentence.
    const sentenceAt = sentenceReader(text);
    for (let i = 0; i < figs.length; i++) {
      const f = figs[i]!;
      const sentence = sentenceAt(f.start);
      const prevEnd = Math.max(sentence.start, i > 0 ? figs[i - 1]!.end : 0);
      const nextStart = Math.min(sentence.end, i + 1 < figs.length ? figs[i + 1]!.start : text.length);
      let forward = text.slice(f.end, nextStart);
      const semi = forward.indexOf(";");
      if (semi >= 0) forward = forward.slice(0, semi);
      const backward = text.slice(prevEnd, f.start);
      const near = text.slice(Math.max(sentence.start, f.start - 40), f.start) + " " + forward.slice(0, 40);
      if (NON_INSTALMENT_CONTEXT.test(near)) continue;
      // A stated total is the contract value, not an instalment (facts reads it).
      const isRate = RATE_AFTER.test(text.slice(f.end, f.end + 30));
      if (f.amount && !f.percent && !isRate && TOTAL_CONTEXT.test(text.slice(Math.max(sentence.start, f.start - 60), f.start))) continue;
      // A bare amount in a payment clause that names no event is a figure, not an instalment, unless
      // the paragraph is one instalment ("Fee for Phase 1: USD 20,000").
      const forwardLink = linkMilestone(forward, milestones);
      const forwardCue = localTrigger(forward);
      const useForward = forwardCue || MILESTONE_WORDS.test(forward) || forwardLink.milestoneId || forwardLink.unknown;
      const segment = useForward ? forward : backward;
      const link = useForward ? forwardLink : linkMilestone(backward, milestones);
      const cue = useForward ? forwardCue : localTrigger(backward);
      let trigger: PaymentTrigger | null;
      if (cue === "usage" || cue === "time" || cue === "upfront") trigger = cue;
      else if (link.milestoneId) trigger = "milestone";
      else if (cue === "completion") trigger = "completion";
      else if (MILESTONE_WORDS.test(segment) || link.unknown) trigger = "milestone";
      else trigger = classifiedTrigger;
      if (trigger === null && !isPayment) continue;
      const segStart = segment === forward ? f.end : prevEnd;
      out.push({
        anchor: sliceAnchor(p, f.start, f.end),
        trigger,
        amount: f.amount?.amount ?? null,
        currency: f.amount?.currency ?? (f.amount ? opts.defaultCurrency : null),
        percent: f.percent?.percent ?? null,
        milestoneId: link.milestoneId,
        netDays,
        unknownReference: link.unknown ? sliceAnchor(p, segStart + link.unknown.start, segStart + link.unknown.end) : null,
        source: "prose",
      });
      emitted++;
    }
    if (emitted === 0 && figs.length === 0 && isPayment) {
      // A payment clause without figures still says how the vendor is paid ("invoiced monthly"),
      // when its own words name the trigger; a bare "payable within 30 days" names none.
      if (!PAYMENT_VERB.test(text)) return out;
      const cue = localTrigger(text);
      const link = cue === null ? linkMilestone(text, milestones) : { milestoneId: null, unknown: null };
      const trigger = cue ?? (link.milestoneId || link.unknown || MILESTONE_EVENT.test(text) ? "milestone" : null);
      if (trigger === null) return out;
      const s = sentenceAround(text, Math.max(0, text.search(PAYMENT_CUE)));
      out.push({
        anchor: sliceAnchor(p, s.start, s.end),
        trigger,
        amount: null,
        currency: null,
        percent: null,
        milestoneId: link.milestoneId,
        netDays,
        unknownReference: link.unknown ? sliceAnchor(p, link.unknown.start, link.unknown.end) : null,
        source: "prose",
      });
    }
  }
  return out;
}

function cellAnchor(doc: DocModel, paragraphs: number[], needle: string | null): Anchor | null {
  for (const i of paragraphs) {
    const p = doc.paragraphs[i];
    if (!p || !p.text.trim()) continue;
    const at = needle ? p.text.indexOf(needle) : -1;
    if (at >= 0 && needle) return sliceAnchor(p, at, at + needle.length);
    return sliceAnchor(p, 0, p.text.length);
  }
  return null;
}

function tablePayments(doc: DocModel, tables: ScheduleTable[], milestones: MilestoneDraft[], index: MilestoneIndex, opts: PaymentOptions): PaymentExtraction {
  const payments: PaymentDraft[] = [];
  const totals: StatedTotal[] = [];
  // The first milestone defined by each table row (what a find() over the milestones returns).
  const byRow = new Map<string, MilestoneDraft>();
  for (const m of milestones) {
    const key = m.tableRow ? `${m.tableRow.table}:${m.tableRow.row}` : null;
    if (key !== null && !byRow.has(key)) byRow.set(key, m);
  }
  for (const t of tables) {
    if (!t.columns.includes("amount") && !t.columns.includes("percent")) continue;
    for (const row of t.rows) {
      const amountCell = cellFor(t, row, "amount");
      const percentCell = cellFor(t, row, "percent");
      const amount = amountCell ? parseAmountCell(amountCell.text) : null;
      const pctInCell = percentCell ? findPercents(percentCell.text)[0] ?? null : null;
      const bareNumber = percentCell && !pctInCell ? /^\s*(\d{1,3}(?:[.,]\d+)?)\s*$/.exec(percentCell.text) : null;
      const percent = pctInCell ? pctInCell.percent : bareNumber ? Number((bareNumber[1] ?? "").replace(",", ".")) : null;
      // An amount column whose cells carry percentages ("Payment: 20%").
      const pctInAmount = !percent && amountCell && !amount ? findPercents(amountCell.text)[0] ?? null : null;
      const finalPercent = percent ?? pctInAmount?.percent ?? null;
      if (!amount && finalPercent === null) continue;
      const currency = amount ? (amount.currency ?? t.currency ?? opts.defaultCurrency) : null;
      const anchor =
        (amount && amountCell ? cellAnchor(doc, amountCell.paragraphs, amount.text) : null) ??
        (percentCell ? cellAnchor(doc, percentCell.paragraphs, pctInCell?.text ?? null) : null) ??
        (amountCell ? cellAnchor(doc, amountCell.paragraphs, pctInAmount?.text ?? null) : null);
      if (!anchor) continue;
      if (row.isTotal) {
        totals.push({ anchor, amount: amount?.amount ?? null, percent: finalPercent, currency });
        continue;
      }
      const own = byRow.get(`${t.table}:${row.row}`);
      const rowText = row.cells.map((c) => c.text).join(" ; ");
      const eventText = cellFor(t, row, "trigger")?.text ?? rowText;
      const link = own ? { milestoneId: own.id, unknown: null } : linkMilestone(eventText, index);
      const cue = localTrigger(eventText);
      const trigger: PaymentTrigger = cue === "upfront" || cue === "time" || cue === "usage" ? cue : cue === "completion" && !link.milestoneId ? "completion" : "milestone";
      const unknownPara = link.unknown ? row.cells.flatMap((c) => c.paragraphs).map((i) => doc.paragraphs[i]).find((p) => p?.text.includes(link.unknown!.text)) : undefined;
      payments.push({
        anchor,
        trigger,
        amount: amount?.amount ?? null,
        currency,
        percent: finalPercent,
        milestoneId: link.milestoneId,
        netDays: opts.defaultNetDays,
        unknownReference: unknownPara && link.unknown ? sliceAnchor(unknownPara, unknownPara.text.indexOf(link.unknown.text), unknownPara.text.indexOf(link.unknown.text) + link.unknown.text.length) : null,
        source: "table",
      });
    }
  }
  return { payments, totals };
}

/**
 * Whether a prose payment restates a table row: a row with its percent (=== equal) and, when the
 * prose states an amount, that amount too; a payment with neither figure restates nothing. The
 * rows are indexed by percent: Map and Set compare as === does but for NaN, which equals nothing
 * under === and so is left out of the index.
 */
function restatesRow(rows: PaymentDraft[]): (p: PaymentDraft) => boolean {
  const amountsByPercent = new Map<number | null, Set<number | null>>();
  for (const t of rows) {
    if (Number.isNaN(t.percent)) continue;
    let amounts = amountsByPercent.get(t.percent);
    if (!amounts) amountsByPercent.set(t.percent, (amounts = new Set()));
    if (!Number.isNaN(t.amount)) amounts.add(t.amount);
  }
  return (p) => {
    if (p.percent === null && p.amount === null) return false;
    const amounts = amountsByPercent.get(p.percent);
    return amounts !== undefined && (p.amount === null || amounts.has(p.amount));
  };
}

/**
 * Payments from tables and prose. A prose instalment restating a table row (same percent and
 * amount) is dropped so the schedule is not counted twice.
 */
export function extractPayments(
  doc: DocModel,
  tables: ScheduleTable[],
  milestones: MilestoneDraft[],
  lookup: ClauseLookup,
  opts: PaymentOptions,
  memo: Memo = NO_MEMO,
): PaymentExtraction {
  const index = indexMilestones(milestones);
  const fromTables = tablePayments(doc, tables, milestones, index, opts);
  const restates = restatesRow(fromTables.payments);
  const prose = prosePayments(doc, lookup, index, opts, memo).filter((p) => !restates(p));
  const payments = [...fromTables.payments, ...prose].sort(
    (a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start,
  );
  return { payments, totals: fromTables.totals };
}
