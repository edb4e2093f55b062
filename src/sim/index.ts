// Word host simulator: the subset of the Word JavaScript API Gatecheck uses, over a DocModel.
export { createSimulatedWord } from "./simulator";
export type { SimOptions, SimulatedWord, SimDocumentView, SimParagraphView, SimRunView, CapabilityLevel, SimQuirks } from "./simulator";
export type { WordHost } from "./host";
export { SimError, isSimError, type SimErrorCode } from "./errors";
export { compileSearch, MAX_SEARCH_LENGTH, type SearchOptionsLike } from "./search";
export { normalizeHighlight } from "./objects";
