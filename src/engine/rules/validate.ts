// Load-time validation of a rule pack: a malformed pack fails loudly at start-up instead of
// silently mis-flagging text.
import type { RulePack, SubjectiveRule } from "./types";
import { SLOT_NAMES } from "./types";
import { SUBJECTIVE_CATEGORIES } from "../types";

const SEVERITIES = new Set(["high", "medium", "low"]);
const CATEGORIES: ReadonlySet<string> = new Set(SUBJECTIVE_CATEGORIES);
const CONTEXTS = new Set(["milestone", "payment", "acceptance", "dependency", "quality", "general"]);

/** Operative contract vocabulary that no subjective pattern may match on its own. */
export const OPERATIVE_PHRASES: Record<"en" | "pt", string[]> = {
  en: [
    "shall", "will", "may", "must", "deemed", "is deemed accepted", "shall be deemed to have been accepted",
    "notwithstanding", "not later than", "no later than", "business day", "business days", "within",
    "in writing", "herein", "hereunder", "provided that", "subject to", "accepted", "approved", "delivered",
  ],
  pt: [
    "devera", "podera", "sera", "considera-se", "considerado aceito", "nao obstante", "ate", "dias uteis",
    "dia util", "por escrito", "desde que", "mediante", "aceito", "aprovado", "entregue",
  ],
};

function hasCapturingGroup(source: string): boolean {
  // An unescaped "(" not followed by "?" (outside a character class) opens a capturing group.
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(" && source[i + 1] !== "?") return true;
  }
  return false;
}

/** A pattern whose last element is a space can never end on a word edge, so it never matches. */
function endsOnSpace(source: string): boolean {
  // Peel closing groups (with their quantifiers) off the end, then look at the last atom.
  const closer = /\)(?:[?*+]|\{\d*,?\d*\})?$/;
  let tail = source;
  while (closer.test(tail) && !/\\\)(?:[?*+]|\{\d*,?\d*\})?$/.test(tail)) tail = tail.replace(closer, "");
  return / $|\\s$/.test(tail);
}

function checkPattern(where: string, source: string, problems: string[], allowEmpty = false): RegExp | null {
  // "${NAME}" in a pattern is a fragment that was meant to be interpolated (a quoting slip).
  if (/\$\{[A-Z_]+\}/.test(source)) problems.push(`${where}: uninterpolated fragment in ${JSON.stringify(source.slice(0, 60))}`);
  if (hasCapturingGroup(source)) problems.push(`${where}: capturing group in ${JSON.stringify(source)}`);
  try {
    const re = new RegExp(source, "u");
    if (!allowEmpty && re.test("")) problems.push(`${where}: pattern matches the empty string: ${JSON.stringify(source)}`);
    return re;
  } catch (e) {
    problems.push(`${where}: invalid pattern ${JSON.stringify(source)}: ${(e as Error).message}`);
    return null;
  }
}

function checkRule(rule: SubjectiveRule, pack: RulePack, problems: string[]): void {
  const where = `rule ${rule.id}`;
  if (!/^[a-z]{2}\.[a-z-]+\.[a-z0-9-]+$/.test(rule.id)) problems.push(`${where}: id must look like "en.category.name"`);
  if (rule.language !== pack.language) problems.push(`${where}: language ${rule.language} in the ${pack.language} pack`);
  if (!CATEGORIES.has(rule.category)) problems.push(`${where}: unknown category ${rule.category}`);
  if (!SEVERITIES.has(rule.severity)) problems.push(`${where}: unknown severity ${rule.severity}`);
  if (rule.contexts.length === 0) problems.push(`${where}: no contexts`);
  for (const c of rule.contexts) if (!CONTEXTS.has(c)) problems.push(`${where}: unknown context ${c}`);
  if (rule.patterns.length === 0) problems.push(`${where}: no patterns`);
  if (rule.explanation.trim().length < 20) problems.push(`${where}: explanation too short`);
  if (rule.rewrites.length < 1 || rule.rewrites.length > 3) problems.push(`${where}: needs 1 to 3 rewrites`);
  for (const r of rule.rewrites) {
    for (const m of r.matchAll(/\{([^}]*)\}/g)) {
      if (!(SLOT_NAMES as readonly string[]).includes(m[1] as string)) {
        problems.push(`${where}: unknown slot {${m[1]}} in rewrite`);
      }
    }
    if (/[{}]/.test(r.replace(/\{[a-zA-Z]+\}/g, ""))) problems.push(`${where}: unbalanced braces in rewrite`);
  }
  const operative = OPERATIVE_PHRASES[pack.language];
  for (const p of rule.patterns) {
    const re = checkPattern(where, p, problems);
    if (!re) continue;
    if (endsOnSpace(p)) problems.push(`${where}: pattern ends on a space and can never match: ${JSON.stringify(p)}`);
    const whole = new RegExp(`^(?:${p})$`, rule.caseSensitive ? "u" : "iu");
    for (const phrase of operative) {
      if (whole.test(phrase)) problems.push(`${where}: pattern ${JSON.stringify(p)} flags operative wording "${phrase}"`);
    }
  }
  for (const w of [rule.near, rule.unless]) {
    if (!w) continue;
    if (w.before < 0 || w.after < 0) problems.push(`${where}: negative window`);
    for (const p of w.patterns) checkPattern(where, p, problems, true);
  }
}

/** Throws with every problem listed when the pack is malformed; returns the pack otherwise. */
export function validatePack(pack: RulePack): RulePack {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of pack.subjective) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    checkRule(rule, pack, problems);
  }
  pack.cues.forEach((cue, i) => {
    const where = `cue ${i} (${cue.pattern.slice(0, 40)})`;
    checkPattern(where, cue.pattern, problems);
    if (endsOnSpace(cue.pattern)) problems.push(`${where}: pattern ends on a space and can never match`);
  });
  if (problems.length > 0) {
    throw new Error(`invalid ${pack.language} rule pack:\n  ${problems.join("\n  ")}`);
  }
  return pack;
}
