// The engine's one entry: a DocModel in, the Analysis (the JSON report) out. Per paragraph it
// classifies the clause and finds subjective wording; per document it reads facts, milestones and
// payments, cross-checks them, scores the checklist and fills every rewrite from the document.
import type { DocModel, Paragraph } from "./model";
import type {
  Analysis,
  Slot,
  ClauseInfo,
  ClauseKind,
  Finding,
  Language,
  Milestone,
  Money,
  Payment,
  PaymentTrigger,
  Severity,
  SubjectiveCategory,
} from "./types";
import { analyzeClause, classifyClause, scanHeading, type HeadingScan } from "./classify";
import { detectLanguage } from "./language";
import { rulePack, type SubjectiveRule } from "./rules";
import type { SubjectiveMatch, SubjectiveOptions } from "./subjective";
import { countAsciiWords, countWords, findDurations, foldText, isAscii } from "./text";
import { extractFacts, type Facts } from "./facts";
import { extractMilestones, type ClauseLookup, type MilestoneDraft } from "./extract/milestones";
import { extractPayments, type PaymentDraft } from "./extract/payments";
import { readScheduleTables } from "./extract/tables";
import { findArtifact, sentenceReader } from "./extract/phrases";
import { FIXED_SCOPE, MILESTONE_LABEL } from "./extract/cues";
import { MEMO, TextMemo } from "./extract/memo";
import { checkConsistency } from "./consistency";
import { runChecklist, scoreOf } from "./checklist";
import { slotValues, suggestionsFor, type RewriteContext } from "./rewrite";
import { reviewRedlines } from "./redlines";

export interface AnalyzeOptions {
  /** Analyse as this language instead of detecting it. */
  language?: Language;
  disabledRules?: string[];
  disabledCategories?: SubjectiveCategory[];
  /** Drop findings below this severity. */
  minSeverity?: Severity;
  /** Extra phrases to flag anywhere. */
  customTerms?: string[];
  /** Phrases never to flag. */
  allowList?: string[];
  /** Finding ids the user dismissed. */
  ignoredFindings?: string[];
  /** Matched texts the user dismissed (case-insensitive). */
  ignoredTerms?: string[];
  /** Authors of tracked changes who are on our side: their changes are not client redlines. */
  excludeAuthors?: string[];
}

/** What one paragraph contributes, cached so an edit re-analyses only what changed. */
interface ParagraphResult {
  text: string;
  heading: string | undefined;
  kinds: ClauseKind[];
  trigger: PaymentTrigger | null;
  binaryGate: boolean | null;
  matches: SubjectiveMatch[];
  words: number;
}

interface State {
  options: AnalyzeOptions;
  language: Language;
  results: ParagraphResult[];
  /** Text-keyed work of the document-level steps, reused by analyzeIncremental. */
  memo: TextMemo;
  /** Each paragraph's findings, valid while its result object and rewrite context are the same. */
  findings: ({ result: ParagraphResult; context: string; findings: Finding[] } | undefined)[];
}

const states = new WeakMap<Analysis, State>();
const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const ruleIndex = new Map<Language, Map<string, SubjectiveRule>>();

function rulesOf(lang: Language): Map<string, SubjectiveRule> {
  let index = ruleIndex.get(lang);
  if (!index) {
    index = new Map(rulePack(lang).subjective.map((r) => [r.id, r]));
    ruleIndex.set(lang, index);
  }
  return index;
}

/** The language of the document, from a sample of its text. */
function documentLanguage(doc: DocModel): Language {
  let sample = "";
  for (const p of doc.paragraphs) {
    if (sample.length > 20000) break;
    if (p.text) sample += `${p.text}\n`;
  }
  return detectLanguage(sample);
}

/** Heading text above each paragraph (a table's cells take the heading above the table). */
function headingsOf(doc: DocModel): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let current: string | undefined;
  for (const p of doc.paragraphs) {
    if (p.headingLevel !== undefined && !p.table) {
      out.push(current);
      current = p.text.trim() || current;
      continue;
    }
    out.push(current);
  }
  return out;
}

/** The subjective-matching part of the options (each analysis builds it once, for all its paragraphs). */
function subjectiveOptions(options: AnalyzeOptions): SubjectiveOptions {
  return {
    disabledRules: options.disabledRules,
    disabledCategories: options.disabledCategories,
    customTerms: options.customTerms,
    allowList: options.allowList,
  };
}

function analyzeParagraph(p: Paragraph, heading: string | undefined, headingScan: HeadingScan, lang: Language, options: SubjectiveOptions): ParagraphResult {
  if (!p.text.trim()) return { text: p.text, heading, words: countWords(p.text), kinds: [], trigger: null, binaryGate: null, matches: [] };
  const a = analyzeClause(p.text, lang, { heading, headingScan }, options);
  // An ASCII text's words are its folded copy's (only letter case differs), and that copy is one
  // flat string, where a text built by concatenation (as a .docx reader builds it from runs) is
  // a chain of pieces that reads each character more slowly.
  const words = isAscii(p.text) ? countAsciiWords(a.prepared.folded) : countWords(p.text);
  return { text: p.text, heading, words, kinds: a.kinds, trigger: a.trigger, binaryGate: a.binaryGate, matches: a.subjective };
}

function sumMoney(payments: PaymentDraft[]): Money | null {
  if (payments.length === 0) return null;
  const amounts = payments.filter((p) => p.amount !== null);
  const percents = payments.filter((p) => p.percent !== null);
  return {
    amount: amounts.length ? Math.round(amounts.reduce((s, p) => s + (p.amount ?? 0), 0) * 100) / 100 : null,
    currency: amounts.find((p) => p.currency)?.currency ?? null,
    percent: percents.length ? percents.reduce((s, p) => s + (p.percent ?? 0), 0) : null,
  };
}

function toMilestone(m: MilestoneDraft, payments: PaymentDraft[]): Milestone {
  return {
    id: m.id,
    name: m.name,
    anchor: m.anchor,
    artifact: m.artifact,
    acceptance: m.acceptance,
    due: m.due,
    payment: sumMoney(payments.filter((p) => p.milestoneId === m.id)),
    binaryGate: m.binaryGate,
  };
}

function toPayment(p: PaymentDraft): Payment {
  return {
    anchor: p.anchor,
    trigger: p.trigger,
    amount: p.amount,
    currency: p.currency,
    percent: p.percent,
    milestoneId: p.milestoneId,
    netDays: p.netDays,
  };
}

function buildFindings(
  doc: DocModel,
  state: State,
  facts: Facts,
  milestoneOf: (paragraph: number) => MilestoneDraft | undefined,
): Finding[] {
  const { results, language: lang, options } = state;
  const rules = rulesOf(lang);
  const ignoredIds = new Set(options.ignoredFindings ?? []);
  const ignoredTerms = new Set((options.ignoredTerms ?? []).map((t) => t.toLowerCase()));
  const minRank = SEVERITY_RANK[options.minSeverity ?? "low"];
  const factsKey = JSON.stringify(facts);
  const findings: Finding[] = [];
  const cache = state.findings;
  // What a milestone gives its paragraphs' rewrites, built once per milestone: the cache context
  // and the milestone as rewrites quote it. Paragraphs of one milestone naming the same artifact
  // then read the same slot values and rewrites: filled once per (milestone, artifact), then per
  // rule. `filled`: rule id -> (stated period and sentence position) -> suggestions, lookups by
  // values already at hand rather than by a key string joined for every paragraph or finding.
  const perMilestone = new Map<MilestoneDraft | undefined, MilestoneRewrites>();
  results.forEach((r, paragraph) => {
    if (r.matches.length === 0) {
      cache[paragraph] = undefined;
      return;
    }
    const milestone = milestoneOf(paragraph);
    let ofMilestone = perMilestone.get(milestone);
    if (!ofMilestone) {
      ofMilestone = {
        // Rewrites use the facts and the milestone: a finding is reused only when both are unchanged.
        context: `${factsKey}|${milestone?.name ?? ""}|${milestone?.artifact ?? ""}`,
        // "Phase 1" reads better in a rewrite than the vague name being rewritten.
        quoted: milestone ? { name: MILESTONE_LABEL.exec(milestone.name)?.[0] ?? milestone.name, artifact: milestone.artifact } : null,
        byArtifact: new Map(),
      };
      perMilestone.set(milestone, ofMilestone);
    }
    const { context } = ofMilestone;
    const cached = cache[paragraph];
    if (cached && cached.result === r && cached.context === context) {
      for (const f of cached.findings) findings.push(f);
      return;
    }
    const own: Finding[] = [];
    const text = doc.paragraphs[paragraph]!.text;
    const rewriteContext: RewriteContext = {
      facts,
      language: lang,
      milestone: ofMilestone.quoted,
      // The paragraph's own artifact is read only where its milestone names none (slotValues).
      artifact: milestone?.artifact != null ? null : findArtifact(text),
      approver: facts.approver,
    };
    const artifactKey = rewriteContext.artifact ?? null;
    let shared = ofMilestone.byArtifact.get(artifactKey);
    if (!shared) ofMilestone.byArtifact.set(artifactKey, (shared = { values: slotValues(rewriteContext), filled: new Map() }));
    const { values, filled } = shared;
    const sentenceAt = sentenceReader(text);
    for (const m of r.matches) {
      if (SEVERITY_RANK[m.severity] < minRank || (ignoredTerms.size > 0 && ignoredTerms.has(m.text.toLowerCase()))) continue;
      const id = `${m.rule}@${paragraph}:${m.start}`;
      if (ignoredIds.size > 0 && ignoredIds.has(id)) continue;
      const rule = rules.get(m.rule);
      const atSentenceStart = sentenceAt(m.start).start === m.start;
      const period = rule && usesPeriod(rule) ? statedPeriod(m.text) : null;
      // Filled once per rule, stated period and sentence position within one rewrite context.
      let byRule = filled.get(m.rule);
      if (!byRule) filled.set(m.rule, (byRule = new Map()));
      const key = period === null ? (atSentenceStart ? "|true" : "|false") : `${period}|${atSentenceStart}`;
      let suggestions = byRule.get(key);
      if (!suggestions) {
        suggestions = suggestionsFor(
          rule?.rewrites ?? [],
          { ...rewriteContext, atSentenceStart },
          period ? new Map(values).set("period", { name: "period", value: period, fromDocument: true }) : values,
        );
        byRule.set(key, suggestions);
      }
      own.push({
        id,
        rule: m.rule,
        category: m.category,
        severity: m.severity,
        // The match's text is the paragraph's text at its offsets.
        anchor: { paragraph, start: m.start, end: m.end, text: m.text },
        message: rule?.explanation ?? (lang === "pt" ? "Termo marcado pelas suas configurações." : "A term your settings flag."),
        suggestions: ownCopies(suggestions),
        clauseKinds: r.kinds,
      });
    }
    cache[paragraph] = { result: r, context, findings: own };
    for (const f of own) findings.push(f);
  });
  return findings;
}

/** The rewrite inputs the paragraphs of one milestone (or of none) share within one analysis. */
interface MilestoneRewrites {
  context: string;
  quoted: RewriteContext["milestone"];
  /** The paragraph's own artifact (null: none, or the milestone's is used) -> slot values and filled rewrites. */
  byArtifact: Map<string | null, { values: Map<string, Slot>; filled: Map<string, Map<string, Finding["suggestions"]>> }>;
}

const PERIOD_SLOT = "{period}";

const periodRules = new WeakMap<SubjectiveRule, boolean>();

/** Whether a rule's rewrites quote the stated period (read once per rule). */
function usesPeriod(rule: SubjectiveRule): boolean {
  let uses = periodRules.get(rule);
  if (uses === undefined) periodRules.set(rule, (uses = rule.rewrites.some((t) => t.includes(PERIOD_SLOT))));
  return uses;
}

/** The period a hedged phrase states ("approximately eight months" -> "eight months"). */
function statedPeriod(matched: string): string | null {
  const d = findDurations(foldText(matched))[0];
  return d ? matched.slice(d.start, d.end) : null;
}

/**
 * Each finding owns its suggestion objects (consumers may annotate them); slot records are shared.
 * Every finding keeps its copies, so they are kept small.
 */
function ownCopies(list: Finding["suggestions"]): Finding["suggestions"] {
  // map() sizes the array to the list; push() would reserve room for 17.
  return list.map((x) => ({ text: x.text, template: x.template, slots: x.slots }));
}

/** Everything after the per-paragraph pass: facts, extraction, checks, findings. */
function assemble(doc: DocModel, state: State): Analysis {
  const { results, language: lang } = state;
  const kindsOf = (i: number): ClauseKind[] => results[i]?.kinds ?? [];
  const facts = extractFacts(doc, kindsOf, state.memo);
  const findingParagraphs = new Map<number, SubjectiveMatch[]>();
  results.forEach((r, i) => {
    if (r.matches.length) findingParagraphs.set(i, r.matches);
  });
  const lookup: ClauseLookup = {
    kindsOf,
    gateOf: (text, heading) =>
      state.memo.keyed(`gate|${heading ?? ""}`, text, (t) => classifyClause(t, lang, heading ? { heading } : {}).binaryGate),
    hasFindingIn: (paragraph, start, end) =>
      (findingParagraphs.get(paragraph) ?? []).some((m) => m.start < end && m.end > start && m.severity !== "low"),
  };
  const tables = readScheduleTables(doc);
  const drafts = extractMilestones(doc, tables, lookup);
  const { payments: paymentDrafts, totals } = extractPayments(doc, tables, drafts, lookup, {
    defaultCurrency: facts.currency,
    defaultNetDays: facts.netDays,
    triggerOf: (i) => results[i]?.trigger ?? null,
  }, state.memo);
  const milestones = drafts.map((m) => toMilestone(m, paymentDrafts));
  const payments = paymentDrafts.map(toPayment);
  const fixedPriceStated = doc.paragraphs.some((p) => state.memo.get(MEMO.fixedScope, p.text, (t) => FIXED_SCOPE.test(t)));
  const consistency = checkConsistency({
    milestones,
    payments: paymentDrafts,
    totals,
    contractValue: facts.contractValue,
    contractValueAnchor: facts.contractValueAnchor,
    fixedPriceStated,
  });
  const byParagraph = new Map<number, MilestoneDraft>();
  for (const m of drafts) for (const i of m.paragraphs) if (!byParagraph.has(i)) byParagraph.set(i, m);
  const findings = buildFindings(doc, state, facts, (i) => byParagraph.get(i));
  const checklist = runChecklist({ doc, kindsOf, milestones, payments, consistency, memo: state.memo });
  const clauses: ClauseInfo[] = [];
  results.forEach((r, paragraph) => {
    if (r.kinds.length) clauses.push({ paragraph, kinds: r.kinds, trigger: r.trigger, binaryGate: r.binaryGate });
  });
  const analysis: Analysis = {
    version: 1,
    language: lang,
    document: { ...(doc.name ? { name: doc.name } : {}), paragraphs: doc.paragraphs.length, words: results.reduce((s, r) => s + r.words, 0) },
    score: scoreOf(checklist, findings),
    checklist,
    milestones,
    payments,
    findings,
    // Client redlines: every tracked change not made by our own authors, judged for the vendor.
    redlines: reviewRedlines(doc, { excludeAuthors: state.options.excludeAuthors ?? [], language: lang }),
    consistency,
    facts,
    clauses,
  };
  states.set(analysis, state);
  return analysis;
}

export function analyze(doc: DocModel, options: AnalyzeOptions = {}): Analysis {
  const language = options.language ?? documentLanguage(doc);
  const headings = headingsOf(doc);
  // Many paragraphs sit under one heading: each heading is scanned once, and a run of paragraphs
  // under the same heading reuses the last scan without a lookup.
  const scans = new Map<string | undefined, HeadingScan>();
  let lastHeading: string | undefined;
  let lastScan: HeadingScan | null = null;
  const scanOf = (heading: string | undefined): HeadingScan => {
    if (lastScan && heading === lastHeading) return lastScan;
    let scan = scans.get(heading);
    if (!scan) scans.set(heading, (scan = scanHeading(heading, language)));
    lastHeading = heading;
    lastScan = scan;
    return scan;
  };
  const subjective = subjectiveOptions(options);
  const results = doc.paragraphs.map((p, i) => analyzeParagraph(p, headings[i], scanOf(headings[i]), language, subjective));
  return assemble(doc, { options, language, results, memo: new TextMemo(), findings: [] });
}

/**
 * Re-analysis after the paragraphs in `changed` were edited in place (same paragraph count): only
 * those are classified again; the document-level steps run on cached results. Falls back to a
 * full analysis when `prev` did not come from this engine instance, the paragraph count changed,
 * or a heading changed (it sets the context of the paragraphs below it).
 */
export function analyzeIncremental(prev: Analysis, doc: DocModel, changed: readonly number[]): Analysis {
  const state = states.get(prev);
  if (!state || state.results.length !== doc.paragraphs.length) return analyze(doc, state?.options);
  const results = state.results.slice();
  const subjective = subjectiveOptions(state.options);
  for (const i of changed) {
    const p = doc.paragraphs[i];
    const old = results[i];
    if (!p || !old) return analyze(doc, state.options);
    if (p.headingLevel !== undefined && p.text !== old.text) return analyze(doc, state.options);
    results[i] = analyzeParagraph(p, old.heading, scanHeading(old.heading, state.language), state.language, subjective);
  }
  // The memo and findings cache carry over: unchanged paragraphs are looked up, not recomputed.
  return assemble(doc, { ...state, results });
}
