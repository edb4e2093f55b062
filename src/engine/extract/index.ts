// Document-level extraction: figures, periods, milestones and payments.
export { findAmounts, findPercents, parseAmountCell, currencyIn, ISO_CODES } from "./money";
export type { AmountMatch, PercentMatch } from "./money";
export { parseNumeral, parseNumberWords, multiplierOf } from "./numbers";
export type { DecimalStyle } from "./numbers";
export { findDayPeriods, findNetDays } from "./periods";
export type { DayPeriod, DayUnit } from "./periods";
export { findArtifact, findAcceptance, findDue, findLabelReferences, labelKey } from "./phrases";
export { readScheduleTables, columnRole } from "./tables";
export type { ScheduleTable, ScheduleRow, ColumnRole } from "./tables";
export { extractMilestones } from "./milestones";
export type { ClauseLookup, MilestoneDraft } from "./milestones";
export { extractPayments } from "./payments";
export type { PaymentDraft, PaymentExtraction, StatedTotal } from "./payments";
