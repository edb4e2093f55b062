// Rule packs by language, validated once at first use.
import type { Language } from "../types";
import { EN_PACK } from "./en";
import { PT_PACK } from "./pt";
import type { RulePack } from "./types";
import { validatePack } from "./validate";

export type { Cue, CueTag, RuleContext, RulePack, SlotName, SubjectiveRule, WindowCondition } from "./types";
export { SLOT_NAMES } from "./types";
export { NO_CONTEXTS, contextBit, contextMask, hasContext } from "./contexts";
export type { ContextMask } from "./contexts";
export { validatePack, OPERATIVE_PHRASES } from "./validate";

const SOURCES: Record<Language, RulePack> = { en: EN_PACK, pt: PT_PACK };
const validated = new Map<Language, RulePack>();

/**
 * The patterns of a pack's subjective rules that read folded text (not case-sensitive), rule by
 * rule in pack order: the numbering every scan of them shares.
 */
export function foldedSubjectivePatterns(pack: RulePack): string[] {
  return pack.subjective.filter((r) => !r.caseSensitive).flatMap((r) => r.patterns);
}

/** The validated rule pack for a language (throws if the bundled pack is malformed). */
export function rulePack(lang: Language): RulePack {
  let pack = validated.get(lang);
  if (!pack) {
    pack = validatePack(SOURCES[lang]);
    validated.set(lang, pack);
  }
  return pack;
}
