// The Office adapter: the only code that talks to Word. Everything takes a WordHost (real Word via
// createOfficeHost, or the simulator).
export type { WordHost } from "./host";
export { createOfficeHost } from "./office-host";
export { OfficeActionError, toActionError, type OfficeMessageKey } from "./errors";
export { detectCapabilities, probeAnnotations, withAnnotationsProbe, type Capabilities, type Feature, type FeatureState } from "./capabilities";
export { readDocument, type ReadOptions } from "./read";
export {
  markFindings,
  clearMarks,
  defaultCommentText,
  DEFAULT_CRITIQUE_RESOURCES,
  COMMENT_PREFIX,
  SETTINGS_KEY,
  type MarkStrategy,
  type MarkOptions,
  type MarkResult,
  type MarkSkipReason,
  type ClearResult,
  type CritiqueResources,
} from "./marks";
export {
  navigateTo,
  applyRewrite,
  insertTemplate,
  acceptChange,
  rejectChange,
  counterChange,
  TAG_PREFIX,
  type EditOptions,
  type EditResult,
  type RewriteResult,
  type TemplateOptions,
  type TemplateResult,
} from "./edits";
export { watchChanges, hashText, type WatchOptions, type ChangedParagraphs, type Unsubscribe } from "./watch";
export { onAnnotationAction, type AnnotationAction } from "./annotation-actions";
