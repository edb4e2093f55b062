// The passage interface (`gatecheck passages`): one passage of contract text in, its clause kinds,
// payment trigger, subjective spans and binary-gate verdict out.
import type { Language, PassageResult } from "./types";
import { analyzeClause } from "./classify";
import { detectLanguage } from "./language";

export function classifyPassage(text: string, options: { language?: Language } = {}): PassageResult {
  const lang = options.language ?? detectLanguage(text);
  const a = analyzeClause(text, lang);
  return {
    kinds: a.kinds,
    payment_trigger: a.trigger,
    subjective: a.subjective.map((s) => ({ start: s.start, end: s.end, text: s.text, rule: s.rule })),
    binary_gate: a.binaryGate,
  };
}
