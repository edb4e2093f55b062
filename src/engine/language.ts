// Language detection between English and Brazilian Portuguese from function words and
// Portuguese-only letters: contracts in either language are dense with both, so even a short
// table row ("20% na assinatura, restante por marco") is enough.
import type { Language } from "./types";
import { foldText } from "./text/fold";

const EN = /\b(?:the|of|and|shall|will|to|be|with|by|for|any|this|is|are|upon|within|which|in|on|or|at|that|it|an|from|each|after|payment|days)\b/g;
const PT = /\b(?:de|da|do|das|dos|que|nao|sera|para|com|pela|pelo|em|os|uma|ao|aos|deste|desta|devera|sao|na|no|nas|nos|por|ou|e|mais|apos|ate|cada|sem|dias|pagamento|prazo)\b/g;
const PT_LETTERS = /[\u00e3\u00f5\u00e7\u00ea\u00e2\u00f4\u00e1\u00e9\u00ed\u00f3\u00fa\u00c3\u00d5\u00c7\u00c9\u00c1]/g;

/** "pt" when Portuguese evidence outweighs English evidence, "en" otherwise (and for empty text). */
export function detectLanguage(text: string): Language {
  // A sample is enough and keeps detection cheap on a whole document.
  const raw = text.length > 20000 ? text.slice(0, 20000) : text;
  const sample = foldText(raw);
  const en = sample.match(EN)?.length ?? 0;
  const pt = (sample.match(PT)?.length ?? 0) + 0.5 * (raw.match(PT_LETTERS)?.length ?? 0);
  return pt > en ? "pt" : "en";
}
