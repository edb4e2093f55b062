// Compares a paragraph before a change with the same paragraph after only that change, and says
// what moved against the vendor (weakens) or in its favour (strengthens), citing the figures.
import type { PaymentTrigger, RedlineEffect } from "../types";
import { findAcceptance, findArtifact } from "../extract/phrases";
import { foldText } from "../text";
import type { Span } from "../text";
import type { Figure, FigureKind, PhraseHits } from "./figures";
import { fill, roleLabel } from "./messages";
import type { FigureRole, RedlineMessages } from "./messages";
import type { Profile } from "./profile";
import { sentenceAt, subjectiveKey } from "./profile";

export interface Signal {
  effect: Exclude<RedlineEffect, "neutral">;
  reason: string;
  /** What moved ("deemed", "withhold", "figure:retention", ...), for de-duplication and tests. */
  code: string;
}

/** Where the change sits: [start, end) in the before text and in the after text. */
export interface ChangeRegion {
  before: Span;
  after: Span;
}

type Effect = Signal["effect"] | null;

/** How each figure role reads: is a larger value worse for the vendor, and what do removing or
 * adding the figure mean. `null`: no conclusion from that alone. */
const ROLE_EFFECTS: Record<FigureRole, { higherIsWorse: boolean; removed: Effect; added: Effect }> = {
  payment: { higherIsWorse: true, removed: "weakens", added: null },
  review: { higherIsWorse: true, removed: "weakens", added: "strengthens" },
  client: { higherIsWorse: true, removed: "weakens", added: "strengthens" },
  vendor: { higherIsWorse: false, removed: "strengthens", added: "weakens" },
  warranty: { higherIsWorse: true, removed: "strengthens", added: "weakens" },
  fee: { higherIsWorse: false, removed: "weakens", added: "strengthens" },
  retention: { higherIsWorse: true, removed: "strengthens", added: "weakens" },
  penalty: { higherIsWorse: true, removed: "strengthens", added: "weakens" },
  interest: { higherIsWorse: false, removed: "weakens", added: "strengthens" },
  cap: { higherIsWorse: true, removed: null, added: null },
  rounds: { higherIsWorse: true, removed: "weakens", added: "strengthens" },
};

/** Payment-trigger changes with a clear direction: pay tied to accepted work or paid earlier is
 * stronger; pay decoupled from milestones or deferred to the end is weaker. */
const TRIGGER_EFFECTS: Partial<Record<`${PaymentTrigger}>${PaymentTrigger}`, Signal["effect"]>> = {
  "milestone>time": "weakens",
  "milestone>completion": "weakens",
  "time>completion": "weakens",
  "upfront>milestone": "weakens",
  "upfront>time": "weakens",
  "upfront>completion": "weakens",
  "upfront>usage": "weakens",
  "time>milestone": "strengthens",
  "completion>milestone": "strengthens",
  "completion>time": "strengthens",
  "milestone>upfront": "strengthens",
  "time>upfront": "strengthens",
  "completion>upfront": "strengthens",
  "usage>upfront": "strengthens",
};

const QUOTE_MAX = 120;

/** A quotable excerpt: whitespace collapsed, long text cut at a word boundary. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= QUOTE_MAX) return t;
  const cut = t.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > QUOTE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end || (a.start === a.end && a.start >= b.start && a.start <= b.end);

/** The occurrence the change touched (else the first), quoted as its sentence; a long sentence is
 * cut around the occurrence so the quote always shows it. */
function quoteHit(profile: Profile, hits: readonly Span[], region: Span): string {
  const hit = hits.find((h) => overlaps(region, h)) ?? hits[0];
  if (!hit) return quote(profile.text);
  const s = profile.sentences.find((x) => hit.start >= x.start && hit.start < x.end) ?? { start: 0, end: profile.text.length };
  if (s.end - s.start <= QUOTE_MAX) return quote(profile.text.slice(s.start, s.end));
  let from = Math.max(s.start, hit.start - 70);
  let to = Math.min(s.end, Math.max(hit.end + 30, from + QUOTE_MAX - 10));
  // Cut at word boundaries.
  while (from > s.start && /\S/.test(profile.text[from - 1] ?? "")) from--;
  while (to < s.end && /\S/.test(profile.text[to] ?? "")) to++;
  const body = profile.text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > s.start ? "…" : ""}${body}${to < s.end ? "…" : ""}`;
}

function countSignal(
  before: Profile,
  after: Profile,
  b: readonly Span[],
  a: readonly Span[],
  region: ChangeRegion,
  onLoss: { effect: Signal["effect"]; template: string },
  onGain: { effect: Signal["effect"]; template: string },
  code: string,
): Signal | null {
  if (a.length < b.length) return { code, effect: onLoss.effect, reason: fill(onLoss.template, { quote: quoteHit(before, b, region.before) }) };
  if (a.length > b.length) return { code, effect: onGain.effect, reason: fill(onGain.template, { quote: quoteHit(after, a, region.after) }) };
  return null;
}


/** The change deleted the whole sentence around `pos`: what was in it is reported by other means. */
function sentenceDeleted(profile: Profile, pos: number, region: Span): boolean {
  const s = profile.sentences.find((x) => pos >= x.start && pos < x.end);
  return s !== undefined && region.start <= s.start && region.end >= s.end;
}

function subjectiveSignals(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages): Signal[] {
  const count = new Map<string, number>();
  for (const m of before.subjective) count.set(subjectiveKey(m), (count.get(subjectiveKey(m)) ?? 0) + 1);
  const out: Signal[] = [];
  for (const m of after.subjective) {
    const k = subjectiveKey(m);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push({ code: "subjective", effect: "weakens", reason: fill(msg.subjectiveAdded, { phrase: m.text, effect: msg.subjectiveEffect[m.category] }) });
  }
  for (const m of before.subjective) {
    const k = subjectiveKey(m);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      if (sentenceDeleted(before, m.start, region.before)) continue;
      out.push({ code: "subjective", effect: "strengthens", reason: fill(msg.subjectiveRemoved, { phrase: m.text }) });
    }
  }
  return out;
}

const GATE_KINDS = ["milestone", "acceptance", "deemed_acceptance"] as const;

/** Deemed acceptance is reported as such, not as a removed sign-off. */
const DEEMED_WORDING = /deemed|considered|tacit|considerad|considera-se/;

function gateSignals(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages, specificSoFar: boolean): Signal[] {
  const b = before.binaryGate;
  const a = after.binaryGate;
  if (b === a) return [];
  if (b === true && a === null) {
    const hadGate = before.kinds.some((k) => (GATE_KINDS as readonly string[]).includes(k));
    if (!hadGate || specificSoFar) return [];
    return [{ code: "gate", effect: "weakens", reason: fill(msg.gateRemoved, { quote: quote(sentenceAt(before, region.before.start)) }) }];
  }
  if (a === null || b === null) return [];
  const weaker = b === true;
  const [from, to] = weaker ? [before.text, after.text] : [after.text, before.text];
  const out: Signal[] = [];
  const effect: Signal["effect"] = weaker ? "weakens" : "strengthens";
  // A bare "Acceptance" names no event; a sign-off is a phrase ("written sign-off by the Sponsor").
  const signoff = findAcceptance(from);
  if (signoff && /\s/.test(signoff.trim()) && !DEEMED_WORDING.test(foldText(signoff)) && !foldText(to).includes(foldText(signoff))) {
    out.push({ code: "signoff", effect, reason: fill(weaker ? msg.signoffRemoved : msg.signoffAdded, { phrase: quote(signoff) }) });
  }
  const artifact = findArtifact(from);
  if (artifact && !foldText(to).includes(foldText(artifact))) {
    out.push({ code: "artifact", effect, reason: fill(weaker ? msg.artifactRemoved : msg.artifactAdded, { phrase: quote(artifact) }) });
  }
  if (out.length > 0 || specificSoFar) return out;
  return [{ code: "gate", effect, reason: weaker ? msg.gateNotBinary : msg.gateBinary }];
}

/** What the change inserted, when it is short enough to quote whole; else the sentence at `pos`. */
function insertedPhrase(profile: Profile, region: Span, pos: number): string {
  const inserted = profile.text.slice(region.start, region.end).trim();
  return quote(inserted.length > 0 && inserted.length <= 60 ? inserted.replace(/[.;,]+$/, "") : sentenceAt(profile, pos));
}

/**
 * Judgment wording the subjective rules do not list ("at the Client's sole discretion" phrased
 * some other way) still shows as a gate cue (opinion, satisfaction, discretion) in a gate or
 * payment clause: reported when no subjective rule already explained the change.
 */
function judgmentSignal(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages): Signal | null {
  const gated = (p: Profile): boolean => p.kinds.some((k) => k !== "dependency");
  if (after.judgment.length > before.judgment.length && gated(after)) {
    const hit = after.judgment.find((h) => overlaps(region.after, h)) ?? after.judgment[0]!;
    return { code: "subjective", effect: "weakens", reason: fill(msg.subjectiveAdded, { phrase: insertedPhrase(after, region.after, hit.start), effect: msg.subjectiveEffect["approval-standard"] }) };
  }
  if (after.judgment.length < before.judgment.length && gated(before)) {
    const hit = before.judgment.find((h) => overlaps(region.before, h)) ?? before.judgment[0]!;
    if (sentenceDeleted(before, hit.start, region.before)) return null;
    return { code: "subjective", effect: "strengthens", reason: fill(msg.subjectiveRemoved, { phrase: insertedPhrase(before, region.before, hit.start) }) };
  }
  return null;
}

function triggerSignal(before: Profile, after: Profile, msg: RedlineMessages): Signal | null {
  if (!before.kinds.includes("payment") && !after.kinds.includes("payment")) return null;
  // How the touched sentences bill, read locally; the clause's dominant trigger when they say nothing.
  const b = before.billing ?? before.trigger;
  let a = after.billing ?? after.trigger;
  if (!b || !a) return null;
  if (a === b) {
    // The billing cue held, but the change added another way of billing ("..., invoiced
    // monthly"): the clause now pays on that too.
    const gained = [...after.triggers].find((t) => !before.triggers.has(t) && TRIGGER_EFFECTS[`${b}>${t}`]);
    if (!gained) return null;
    a = gained;
  }
  const effect = TRIGGER_EFFECTS[`${b}>${a}`];
  if (!effect) return null;
  return { code: "trigger", effect, reason: fill(msg.trigger, { from: b, to: a, fromLabel: msg.triggers[b], toLabel: msg.triggers[a] }) };
}

const figureKey = (f: Figure): string => `${f.kind}\u0000${f.role}\u0000${f.unit}`;

/** Figures that did not move pair up (same wording first, then same value); the rest moved. */
function unmatched(b: readonly Figure[], a: readonly Figure[]): { removed: Figure[]; added: Figure[] } {
  const left = [...b];
  const right = [...a];
  for (const same of [(x: Figure, y: Figure) => x.value === y.value && foldText(x.text) === foldText(y.text), (x: Figure, y: Figure) => x.value === y.value]) {
    for (let i = left.length - 1; i >= 0; i--) {
      const j = right.findIndex((y) => same(left[i] as Figure, y));
      if (j >= 0) {
        left.splice(i, 1);
        right.splice(j, 1);
      }
    }
  }
  return { removed: left, added: right };
}

function figureSignals(before: Profile, after: Profile, msg: RedlineMessages): Signal[] {
  const groups = new Map<string, { b: Figure[]; a: Figure[] }>();
  const put = (f: Figure, side: "b" | "a"): void => {
    const k = figureKey(f);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { b: [], a: [] }));
    g[side].push(f);
  };
  before.figures.forEach((f) => put(f, "b"));
  after.figures.forEach((f) => put(f, "a"));
  const out: Signal[] = [];
  for (const { b, a } of groups.values()) {
    const { removed, added } = unmatched(b, a);
    if (removed.length === 0 && added.length === 0) continue;
    const sample = (removed[0] ?? added[0]) as Figure;
    const role = sample.role as FigureRole;
    const rule = ROLE_EFFECTS[role];
    const label = roleLabel(msg, role, sample.kind as FigureKind);
    const names = { name: label.name, the: label.the, a: label.a };
    if (removed.length === 1 && added.length === 1) {
      const from = removed[0] as Figure;
      const to = added[0] as Figure;
      const higher = to.value > from.value;
      const effect: Signal["effect"] = higher === rule.higherIsWorse ? "weakens" : "strengthens";
      const template =
        role === "rounds" && to.value === Infinity
          ? msg.unlimitedRounds
          : sample.kind === "period"
            ? higher ? msg.longer : msg.shorter
            : higher ? msg.increased : msg.decreased;
      out.push({ code: `figure:${role}`, effect, reason: fill(template, { ...names, from: from.text, to: to.text }) });
      continue;
    }
    for (const f of removed) {
      if (rule.removed) out.push({ code: `figure:${role}`, effect: rule.removed, reason: fill(msg.removed, { ...names, from: f.text }) });
    }
    for (const f of added) {
      const effect = role === "rounds" && f.value === Infinity ? "weakens" : rule.added;
      if (effect) out.push({ code: `figure:${role}`, effect, reason: fill(f.value === Infinity ? msg.unlimitedRounds : msg.added, { ...names, from: "—", to: f.text }) });
    }
  }
  return out;
}

function phraseSignals(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages): Signal[] {
  const specs: [keyof PhraseHits, Signal["effect"], string, string][] = [
    ["phaseGate", "weakens", msg.phaseGateRemoved, msg.phaseGateAdded],
    ["withhold", "strengthens", msg.withholdRemoved, msg.withholdAdded],
    ["liabilityCap", "weakens", msg.capRemoved, msg.capAdded],
    ["unlimitedLiability", "strengthens", msg.unlimitedRemoved, msg.unlimitedAdded],
  ];
  const out: Signal[] = [];
  for (const [key, lossEffect, lossText, gainText] of specs) {
    const gainEffect = lossEffect === "weakens" ? "strengthens" : "weakens";
    const s = countSignal(
      before,
      after,
      before.phrases[key],
      after.phrases[key],
      region,
      { effect: lossEffect, template: lossText },
      { effect: gainEffect, template: gainText },
      key,
    );
    if (s) out.push(s);
  }
  return out;
}

/**
 * A binding "shall" turned into "may" (or an effort) where the change sits, in a clause that gates
 * work or money: the Client's duty softened weakens; the Vendor's softened strengthens.
 */
function modalSignal(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages): Signal | null {
  if (before.kinds.length === 0 && after.kinds.length === 0) return null;
  const near = (p: Profile, r: Span): Profile["modals"] => p.modals.filter((m) => m.start <= r.end && m.end >= r.start && (m.start < r.end || r.start === r.end));
  const b = near(before, region.before);
  const a = near(after, region.after);
  const from = b[0];
  const to = a[0];
  if (!from || !to || from.kind === to.kind) return null;
  const party = from.party ?? to.party;
  if (!party) return null;
  const softened = from.kind === "obligation";
  const client = party === "client";
  const template = client ? (softened ? msg.clientObligationSoftened : msg.clientObligationMade) : softened ? msg.vendorObligationSoftened : msg.vendorObligationMade;
  const effect: Signal["effect"] = softened === client ? "weakens" : "strengthens";
  return { code: "modal", effect, reason: fill(template, { from: from.text, to: to.text }) };
}

/** Every effect of one change, the specific ones first. Empty when the change is neutral. */
export function compareProfiles(before: Profile, after: Profile, region: ChangeRegion, msg: RedlineMessages): Signal[] {
  const head: Signal[] = [...subjectiveSignals(before, after, region, msg)];
  const judgment = head.length === 0 ? judgmentSignal(before, after, region, msg) : null;
  if (judgment) head.push(judgment);
  const deemed = countSignal(before, after, before.deemed, after.deemed, region, { effect: "weakens", template: msg.deemedRemoved }, { effect: "strengthens", template: msg.deemedAdded }, "deemed");
  if (deemed) head.push(deemed);
  const rest: Signal[] = [];
  const modal = modalSignal(before, after, region, msg);
  if (modal) head.push(modal);
  const trigger = triggerSignal(before, after, msg);
  if (trigger) rest.push(trigger);
  const dependency = countSignal(
    before,
    after,
    before.dependency,
    after.dependency,
    region,
    { effect: "weakens", template: msg.dependencyRemoved },
    { effect: "strengthens", template: msg.dependencyAdded },
    "dependency",
  );
  if (dependency) rest.push(dependency);
  rest.push(...phraseSignals(before, after, region, msg));
  const figures = figureSignals(before, after, msg);
  // A withholding right stated with its figure ("may retain 10%") is reported once, by the figure.
  const retention = figures.some((f) => f.code === "figure:retention");
  rest.push(...figures);
  // The gate's own change is explained by the specific signals when there are any.
  const gate = gateSignals(before, after, region, msg, head.length + rest.length > 0);
  return [...head, ...gate, ...rest].filter((s) => !(retention && s.code === "withhold"));
}

/** One effect for a change: any weakening wins (the vendor must look at it), then strengthening. */
export function decide(signals: readonly Signal[]): RedlineEffect {
  if (signals.some((s) => s.effect === "weakens")) return "weakens";
  if (signals.some((s) => s.effect === "strengthens")) return "strengthens";
  return "neutral";
}
