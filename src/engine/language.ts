// Language detection between English and Brazilian Portuguese from function words: contracts in
// either language are dense with them, so a short passage is enough.
import type { Language } from "./types";
import { foldText } from "./text/fold";

const EN = /\b(?:the|of|and|shall|will|to|be|with|by|for|any|this|is|are|upon|within|which)\b/g;
const PT = /\b(?:de|da|do|das|dos|que|nao|sera|para|com|pela|pelo|em|os|as|uma|ao|deste|desta|devera|sao)\b/g;

/** "pt" when Portuguese function words clearly outnumber English ones, "en" otherwise. */
export function detectLanguage(text: string): Language {
  // A sample is enough and keeps detection cheap on a whole document.
  const sample = foldText(text.length > 20000 ? text.slice(0, 20000) : text);
  const en = sample.match(EN)?.length ?? 0;
  const pt = sample.match(PT)?.length ?? 0;
  return pt > en * 1.2 && pt >= 2 ? "pt" : "en";
}
