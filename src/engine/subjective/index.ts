// Subjective-wording detection: one combined scan per language over folded text, then each match
// is kept only when its sentence (or the passage around it) is a context where the rule matters.
// Offsets are into the original text: folding preserves length, so no mapping is needed.
import type { ClauseKind, Language, Severity, SubjectiveCategory } from "../types";
import { contextBit, contextMask, rulePack } from "../rules";
import type { ContextMask, SubjectiveRule, WindowCondition } from "../rules";
import { PLACEHOLDER, prepareText, scanHeading } from "../classify/scan";
import type { PreparedText, SentenceInfo } from "../classify/scan";
import { detectLanguage } from "../language";
import { AlternationScanner, foldText, foldTextKeepCase, inOrder, spanIndexAt } from "../text";

export interface SubjectiveMatch {
  start: number;
  end: number;
  text: string;
  rule: string;
  category: SubjectiveCategory;
  severity: Severity;
}

export interface SubjectiveOptions {
  disabledRules?: string[];
  disabledCategories?: SubjectiveCategory[];
  /** Extra literal phrases to flag anywhere (rule "custom.term"). */
  customTerms?: string[];
  /** Phrases never to flag: a match equal to or inside one of them is dropped. */
  allowList?: string[];
}

export interface SubjectiveContext {
  kinds: ClauseKind[];
  heading?: string;
}

interface CompiledRule {
  rule: SubjectiveRule;
  /** The rule's contexts, "general" aside. */
  contexts: ContextMask;
  /** The rule applies in any context. */
  general: boolean;
  near: CompiledWindow | null;
  unless: CompiledWindow | null;
}

interface CompiledWindow {
  regex: RegExp;
  before: number;
  after: number;
}

interface CompiledGroup {
  /** Built on first use: the cue scan finds the folded group's matches for most texts. */
  scanner: AlternationScanner | null;
  sources: string[];
  caseSensitive: boolean;
  /** Pattern index -> rule. */
  rules: CompiledRule[];
}

interface CompiledPack {
  folded: CompiledGroup | null;
  keepCase: CompiledGroup | null;
}

const compiled = new Map<Language, CompiledPack>();

function compileWindow(w: WindowCondition | undefined): CompiledWindow | null {
  if (!w) return null;
  return { regex: new RegExp(w.patterns.map((p) => `(?:${p})`).join("|")), before: w.before, after: w.after };
}

function compileGroup(rules: SubjectiveRule[], caseSensitive: boolean): CompiledGroup | null {
  if (rules.length === 0) return null;
  // One entry per pattern, in pack order, each mapped back to its rule.
  const owners: CompiledRule[] = [];
  const sources: string[] = [];
  for (const rule of rules) {
    const c: CompiledRule = {
      rule,
      contexts: contextMask(rule.contexts.filter((x) => x !== "general")),
      general: rule.contexts.includes("general"),
      near: compileWindow(rule.near),
      unless: compileWindow(rule.unless),
    };
    for (const p of rule.patterns) {
      owners.push(c);
      sources.push(p);
    }
  }
  return { scanner: null, sources, caseSensitive, rules: owners };
}

function compilePack(lang: Language): CompiledPack {
  let c = compiled.get(lang);
  if (!c) {
    const rules = rulePack(lang).subjective;
    c = {
      // Numbered as foldedSubjectivePatterns numbers them: the cue scan reports these for us.
      folded: compileGroup(rules.filter((r) => !r.caseSensitive), false),
      keepCase: compileGroup(rules.filter((r) => r.caseSensitive), true),
    };
    compiled.set(lang, c);
  }
  return c;
}

const GATE_CONTEXTS = contextMask(["milestone", "acceptance", "payment"]);
/** Contexts that lower a gate rule's severity to medium at most. */
const SECONDARY_CONTEXTS = contextMask(["dependency", "quality"]);

function lowerSeverity(base: Severity, cap: Severity): Severity {
  const order: Severity[] = ["low", "medium", "high"];
  return order[Math.min(order.indexOf(base), order.indexOf(cap))] as Severity;
}

function windowMatches(w: CompiledWindow, folded: string, start: number, end: number, sentence: SentenceInfo | undefined): boolean {
  const lo = Math.max(sentence ? sentence.start : 0, start - w.before);
  const hi = Math.min(sentence ? sentence.end : folded.length, end + w.after);
  // Before-only windows are tested on the text before the match, after-only ones on the text after,
  // so anchors (^, $) in their patterns refer to the match edge.
  const slice = w.after === 0 ? folded.slice(lo, start) : w.before === 0 ? folded.slice(end, hi) : folded.slice(lo, hi);
  return w.regex.test(slice);
}

/** Placeholder instructions in templates ("<describe the deliverable>") are not contract wording. */
function placeholderRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Per-call state of one matchSubjective run (module-level functions avoid a closure per call). */
interface MatchRun {
  prepared: PreparedText;
  passageContexts: ContextMask;
  disabledRules: ReadonlySet<string>;
  disabledCategories: ReadonlySet<SubjectiveCategory>;
  allow: readonly string[];
  placeholders: readonly [number, number][];
  found: SubjectiveMatch[];
  /** Pattern index -> rule, of the group being scanned. */
  rules: readonly CompiledRule[];
}

const EMPTY_SET: ReadonlySet<never> = new Set();
/** The empty list for a run's read-only lists: most paragraphs have no allow-list or placeholders. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The contexts that hold at a match ("general" aside, which always holds): in an excluded
 * sentence only its strong contexts; elsewhere the passage's and the sentence's.
 */
function contextsAt(passage: ContextMask, sentence: SentenceInfo | undefined): ContextMask {
  if (sentence && sentence.excluded) return sentence.strong;
  return sentence ? passage | sentence.contexts : passage;
}

function acceptMatch(run: MatchRun, c: CompiledRule, start: number, end: number): void {
  const rule = c.rule;
  if (run.disabledRules.has(rule.id) || run.disabledCategories.has(rule.category)) return;
  if (run.placeholders.length && run.placeholders.some(([a, b]) => start >= a && end <= b)) return;
  const { text, folded, sentences } = run.prepared;
  const sentence = sentences[spanIndexAt(sentences, start)];
  const holding = contextsAt(run.passageContexts, sentence);
  if (!c.general && (c.contexts & holding) === 0) return;
  if (c.near && !windowMatches(c.near, folded, start, end, sentence)) return;
  if (c.unless && windowMatches(c.unless, folded, start, end, sentence)) return;
  if (run.allow.length) {
    const piece = folded.slice(start, end);
    if (run.allow.some((a) => a.includes(piece) || piece === a)) return;
  }
  const severity = (holding & GATE_CONTEXTS) !== 0
    ? rule.severity
    : (holding & SECONDARY_CONTEXTS) !== 0
      ? lowerSeverity(rule.severity, "medium")
      : "low";
  run.found.push({ start, end, text: text.slice(start, end), rule: rule.id, category: rule.category, severity });
}

function acceptPattern(run: MatchRun, pattern: number, start: number, end: number): void {
  acceptMatch(run, run.rules[pattern] as CompiledRule, start, end);
}

function runGroup(run: MatchRun, group: CompiledGroup | null, haystack: string): void {
  if (!group) return;
  run.rules = group.rules;
  group.scanner ??= new AlternationScanner(group.sources, group.caseSensitive);
  group.scanner.each(haystack, run, acceptPattern);
}

/** Subjective matches in a prepared text, given the contexts that hold for the whole passage. */
export function matchSubjective(
  prepared: PreparedText,
  passageContexts: ContextMask,
  options: SubjectiveOptions = {},
): SubjectiveMatch[] {
  const { text, folded, lang } = prepared;
  const pack = compilePack(lang);
  const run: MatchRun = {
    prepared,
    passageContexts,
    disabledRules: options.disabledRules?.length ? new Set(options.disabledRules) : EMPTY_SET,
    disabledCategories: options.disabledCategories?.length ? new Set(options.disabledCategories) : EMPTY_SET,
    allow: options.allowList?.length ? options.allowList.map((a) => foldText(a).trim()).filter((a) => a.length > 0) : NONE,
    placeholders: text.includes("<") ? placeholderRanges(text) : NONE,
    found: [],
    rules: NONE,
  };
  const found = prepared.foldedSubjective;
  if (found && pack.folded) {
    // The cue scan already found them (its numbering is this group's: foldedSubjectivePatterns).
    run.rules = pack.folded.rules;
    for (let i = 0; i < found.length; i += 3) acceptPattern(run, found[i] as number, found[i + 1] as number, found[i + 2] as number);
  } else runGroup(run, pack.folded, folded);
  if (pack.keepCase) runGroup(run, pack.keepCase, foldTextKeepCase(text));
  if (options.customTerms) for (const term of options.customTerms) addCustom(term, prepared, run.found, run.disabledRules);
  return resolveOverlaps(run.found);
}

const WORD_CHAR = /[a-z0-9]/;

function addCustom(term: string, prepared: PreparedText, found: SubjectiveMatch[], disabled: ReadonlySet<string>): void {
  const needle = foldText(term).trim();
  if (needle.length === 0 || disabled.has("custom.term")) return;
  const { folded, text } = prepared;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const before = folded[at - 1] ?? " ";
    const after = folded[at + needle.length] ?? " ";
    if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
    found.push({
      start: at,
      end: at + needle.length,
      text: text.slice(at, at + needle.length),
      rule: "custom.term",
      category: "unmeasured-quality",
      severity: "medium",
    });
  }
}

const byStartThenLonger = (a: SubjectiveMatch, b: SubjectiveMatch): number => a.start - b.start || b.end - a.end;

/** Sorted by start; where spans overlap, the earlier (then longer) one is kept. */
function resolveOverlaps(matches: SubjectiveMatch[]): SubjectiveMatch[] {
  if (matches.length < 2) return matches;
  // One scan's matches come in order: sorting (which copies the list) is needed only past that.
  if (!inOrder(matches, byStartThenLonger)) matches.sort(byStartThenLonger);
  const out: SubjectiveMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Passage-level contexts from the clause kinds and the heading. */
export function passageContexts(kinds: readonly ClauseKind[], heading: string | undefined, lang: Language): ContextMask {
  return passageContextsOf(kinds, scanHeading(heading, lang).contexts);
}

/** Passage-level contexts from the clause kinds and the contexts the heading already evidenced. */
export function passageContextsOf(kinds: readonly ClauseKind[], headingContexts: ContextMask): ContextMask {
  let out = headingContexts;
  for (const k of kinds) out |= contextBit(k === "deemed_acceptance" ? "acceptance" : k);
  return out;
}

/**
 * Subjective wording in `text` (one paragraph or passage). `context.kinds` are the clause kinds of
 * the passage (from classifyClause); the heading above it adds context ("Acceptance", "Payment").
 */
export function findSubjective(
  text: string,
  context: SubjectiveContext,
  lang?: Language,
  options?: SubjectiveOptions,
): SubjectiveMatch[] {
  const language = lang ?? detectLanguage(text);
  const prepared = prepareText(text, language);
  return matchSubjective(prepared, passageContexts(context.kinds, context.heading, language), options);
}
