export { foldText, foldTextKeepCase } from "./fold";
export { splitSentences, splitClauses, spanIndexAt } from "./sentences";
export type { Span } from "./sentences";
export { tokenize, countWords } from "./tokens";
export type { Token } from "./tokens";
export { parseNumberWords, findDurations } from "./numbers";
export type { Duration, DurationUnit } from "./numbers";
export { AlternationScanner } from "./alternation";
export type { AlternationMatch } from "./alternation";
