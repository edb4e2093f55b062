// The figures a redline can move, each with the role that decides which direction hurts the vendor:
// periods (whose clock), amounts and percentages (what they pay for), revision rounds, and the
// protective phrases (phase gating, withholding rights, liability caps). Offsets are into the text.
import type { Language } from "../types";
import { findAmounts, findPercents } from "../extract/money";
import { findDurations } from "../text";
import type { Duration, Span } from "../text";
import { REDLINE_CUES } from "./cues";

export type PeriodRole = "payment" | "review" | "client" | "vendor" | "warranty";
export type MoneyRole = "fee" | "retention" | "penalty" | "interest" | "cap";
export type FigureKind = "period" | "amount" | "percent" | "rounds";

export interface Figure {
  kind: FigureKind;
  role: PeriodRole | MoneyRole | "rounds";
  /** Comparable magnitude: calendar days for periods, units for money, Infinity for unlimited rounds. */
  value: number;
  /** ISO currency for amounts, the unit for periods: figures compare only within one of these. */
  unit: string;
  text: string;
  start: number;
  end: number;
  /** An amount whose role comes from no cue of its own: a fee only when the clause is about payment. */
  implicit?: true;
}

export interface PhraseHits {
  phaseGate: Span[];
  withhold: Span[];
  liabilityCap: Span[];
  unlimitedLiability: Span[];
}

interface Compiled {
  periodCue: RegExp;
  party: RegExp;
  unrelated: RegExp;
  liabilitySentence: RegExp;
  moneyCue: RegExp;
  rounds: RegExp;
  unlimitedRounds: RegExp;
  deemed: RegExp;
  milestoneBilling: RegExp;
  keywords: { rounds: RegExp; phaseGate: RegExp; withhold: RegExp; liability: RegExp };
  modal: RegExp;
  phrases: Record<keyof PhraseHits, RegExp>;
}

const word = (src: string): string => `(?<![a-z0-9])(?:${src})(?![a-z0-9])`;
const compiled = new Map<Language, Compiled>();

function compile(lang: Language): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const q = REDLINE_CUES[lang];
  const p = q.period;
  const m = q.money;
  c = {
    periodCue: new RegExp(
      `(?<![a-z0-9])(?:(?<payment>${p.payment})|(?<review>${p.review})|(?<vendorWork>${p.vendorWork})|(?<warranty>${p.warranty})|(?<act>${p.act}))(?![a-z0-9])`,
      "g",
    ),
    party: new RegExp(`(?<![a-z0-9])(?:(?<client>${q.client})|(?<vendor>${q.vendor}))(?![a-z0-9])`, "g"),
    unrelated: new RegExp(word(p.unrelated)),
    liabilitySentence: new RegExp(word(m.liabilitySentence)),
    moneyCue: new RegExp(
      `(?<![a-z0-9])(?:(?<retention>${m.retention})|(?<penalty>${m.penalty})|(?<interest>${m.interest})|(?<fee>${m.fee}))(?![a-z0-9])`,
      "g",
    ),
    rounds: new RegExp(word(q.rounds), "g"),
    deemed: new RegExp(word(q.deemed), "g"),
    milestoneBilling: new RegExp(word(q.milestoneBilling)),
    // Permission first: "will endeavour to" is an effort, not an obligation.
    modal: new RegExp(`(?<![a-z0-9])(?:(?<permission>${q.permission})|(?<obligation>${q.obligation}))(?![a-z0-9])`, "g"),
    keywords: {
      rounds: new RegExp(q.keywords.rounds),
      phaseGate: new RegExp(q.keywords.phaseGate),
      withhold: new RegExp(q.keywords.withhold),
      liability: new RegExp(q.keywords.liability),
    },
    unlimitedRounds: new RegExp(word(q.unlimitedRounds), "g"),
    phrases: {
      phaseGate: new RegExp(word(q.phaseGate), "g"),
      withhold: new RegExp(word(q.withhold), "g"),
      liabilityCap: new RegExp(word(q.liabilityCap), "g"),
      unlimitedLiability: new RegExp(word(q.unlimitedLiability), "g"),
    },
  };
  compiled.set(lang, c);
  return c;
}

interface CueMatch {
  name: string;
  start: number;
  end: number;
}

function cueMatches(re: RegExp, text: string, offset: number): CueMatch[] {
  const out: CueMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let name = "";
    const groups = m.groups;
    if (groups) {
      for (const key in groups) {
        if (groups[key] !== undefined) {
          name = key;
          break;
        }
      }
    }
    out.push({ name, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

function sentenceOf(sentences: readonly Span[], pos: number, length: number): Span {
  for (const s of sentences) if (pos >= s.start && pos < s.end) return s;
  return { start: 0, end: length };
}

/** The party named last before `pos` in the sentence: whose action the verb after it is. */
function partyBefore(c: Compiled, folded: string, from: number, pos: number): "client" | "vendor" | null {
  const found = cueMatches(c.party, folded.slice(from, pos), from);
  const last = found[found.length - 1];
  return last ? (last.name as "client" | "vendor") : null;
}

function roleOfCue(c: Compiled, cue: CueMatch, folded: string, partyFrom: number): PeriodRole | null {
  switch (cue.name) {
    case "payment":
      return "payment";
    case "review":
      return "review";
    case "vendorWork":
      return "vendor";
    case "warranty":
      return "warranty";
    default:
      return partyBefore(c, folded, partyFrom, cue.start);
  }
}

/** Whose clock a period runs on: the last cue before it in its sentence, else the first after it. */
function periodRole(c: Compiled, folded: string, sentence: Span, start: number, end: number): PeriodRole | null {
  const before = cueMatches(c.periodCue, folded.slice(sentence.start, start), sentence.start);
  let role: PeriodRole | null = null;
  for (let i = before.length - 1; i >= 0 && role === null; i--) role = roleOfCue(c, before[i] as CueMatch, folded, sentence.start);
  if (role === null) {
    // After the period, a bare verb ("after delivery") is the reference point, not the actor's
    // action: it counts only with its own subject ("..., the Vendor shall deliver").
    for (const cue of cueMatches(c.periodCue, folded.slice(end, sentence.end), end)) {
      role = roleOfCue(c, cue, folded, end);
      if (role !== null) break;
    }
  }
  if (role !== "payment" && c.unrelated.test(folded.slice(sentence.start, sentence.end))) return null;
  return role;
}

const DAYS_PER_UNIT: Record<Duration["unit"], number> = { "business-day": 7 / 5, day: 1, week: 7, month: 30, hour: 1 / 24 };
const NET = /(?<![a-z0-9])net[\s-]?(\d{1,3})(?:\s+days?)?(?![a-z0-9])/g;

/** Stated periods with the role that tells whether longer is worse for the vendor. */
export function findPeriods(text: string, folded: string, sentences: readonly Span[], lang: Language): Figure[] {
  if (!/\d|[a-z]/.test(folded)) return [];
  const c = compile(lang);
  const out: Figure[] = [];
  const nets: Span[] = [];
  NET.lastIndex = 0;
  for (let m = NET.exec(folded); m; m = NET.exec(folded)) {
    nets.push({ start: m.index, end: m.index + m[0].length });
    const days = Number(m[1]);
    out.push({ kind: "period", role: "payment", value: days, unit: "days", text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  for (const d of findDurations(text)) {
    if (nets.some((n) => d.start < n.end && n.start < d.end)) continue;
    const sentence = sentenceOf(sentences, d.start, text.length);
    const role = periodRole(c, folded, sentence, d.start, d.end);
    if (role === null) continue;
    out.push({ kind: "period", role, value: d.value * DAYS_PER_UNIT[d.unit], unit: "days", text: text.slice(d.start, d.end).trim(), start: d.start, end: d.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What an amount is for: the liability sentence it sits in, else the nearest cue before it (then after it). */
function moneyRole(c: Compiled, folded: string, sentence: Span, start: number, end: number): MoneyRole | null {
  const whole = folded.slice(sentence.start, sentence.end);
  if (c.liabilitySentence.test(whole)) return "cap";
  const before = cueMatches(c.moneyCue, folded.slice(sentence.start, start), sentence.start);
  const cue = before[before.length - 1] ?? cueMatches(c.moneyCue, folded.slice(end, sentence.end), end)[0];
  return cue ? (cue.name as MoneyRole) : null;
}

/** Amounts and percentages with what they are for; one with no cue is an implicit fee. */
export function findMoney(text: string, folded: string, sentences: readonly Span[], lang: Language): Figure[] {
  if (!/\d/.test(text)) return [];
  const c = compile(lang);
  const out: Figure[] = [];
  const push = (kind: "amount" | "percent", start: number, end: number, value: number, unit: string, raw: string): void => {
    const role = moneyRole(c, folded, sentenceOf(sentences, start, text.length), start, end);
    const figure: Figure = { kind, role: role ?? "fee", value, unit, text: raw.trim(), start, end };
    if (!role) figure.implicit = true;
    out.push(figure);
  };
  for (const a of findAmounts(text)) push("amount", a.start, a.end, a.amount, a.currency ?? "", a.text);
  for (const p of findPercents(text)) push("percent", p.start, p.end, p.percent, "%", p.text);
  return out.sort((a, b) => a.start - b.start);
}

const ROUND_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  uma: 1, duas: 2, dois: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
};

/** Revision-round limits: a count, or Infinity for "unlimited revisions". */
export function findRounds(text: string, folded: string, lang: Language): Figure[] {
  const c = compile(lang);
  const out: Figure[] = [];
  if (!c.keywords.rounds.test(folded)) return out;
  c.rounds.lastIndex = 0;
  for (let m = c.rounds.exec(folded); m; m = c.rounds.exec(folded)) {
    const raw = m.groups?.n ?? m.groups?.n2 ?? "";
    const paren = /\((\d{1,2})\)/.exec(m[0]);
    const value = paren ? Number(paren[1]) : /^\d+$/.test(raw) ? Number(raw) : (ROUND_WORDS[raw] ?? NaN);
    if (!Number.isFinite(value)) continue;
    out.push({ kind: "rounds", role: "rounds", value, unit: "rounds", text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  c.unlimitedRounds.lastIndex = 0;
  for (let m = c.unlimitedRounds.exec(folded); m; m = c.unlimitedRounds.exec(folded)) {
    out.push({ kind: "rounds", role: "rounds", value: Infinity, unit: "rounds", text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Modal extends Span {
  kind: "obligation" | "permission";
  /** Whose duty: the party named last before the modal in its sentence. */
  party: "client" | "vendor" | null;
  text: string;
}

/** Obligation and permission modals with the party they bind. */
export function findModals(text: string, folded: string, sentences: readonly Span[], lang: Language): Modal[] {
  const c = compile(lang);
  return cueMatches(c.modal, folded, 0).map((m) => {
    const sentence = sentenceOf(sentences, m.start, folded.length);
    return {
      start: m.start,
      end: m.end,
      kind: m.name as Modal["kind"],
      party: partyBefore(c, folded, sentence.start, m.start),
      text: text.slice(m.start, m.end),
    };
  });
}

/** Deemed-acceptance wording, each occurrence with its span. */
export function findDeemed(folded: string, lang: Language): Span[] {
  const re = compile(lang).deemed;
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The sentences name billing tied to delivered work (milestones, acceptance, phases). */
export function mentionsMilestoneBilling(folded: string, lang: Language): boolean {
  return compile(lang).milestoneBilling.test(folded);
}

/** Protective (or exposing) phrases, each occurrence with its span. */
export function findPhrases(folded: string, lang: Language): PhraseHits {
  const { phrases, keywords } = compile(lang);
  const spans = (re: RegExp, keyword: RegExp): Span[] => {
    const out: Span[] = [];
    if (!keyword.test(folded)) return out;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };
  return {
    phaseGate: spans(phrases.phaseGate, keywords.phaseGate),
    withhold: spans(phrases.withhold, keywords.withhold),
    liabilityCap: spans(phrases.liabilityCap, keywords.liability),
    unlimitedLiability: spans(phrases.unlimitedLiability, keywords.liability),
  };
}
