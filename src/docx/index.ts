// Public surface of the .docx layer: read a .docx into a DocModel, write one from a spec.
export { readDocx } from "./reader";
export { writeDocx } from "./writer";
export type { DocxSpec, DocxBlock, DocxParagraph, DocxTable, DocxInline, DocxRun, DocxChange, DocxComment } from "./writer";
export { DocxError, isDocxError, type DocxErrorCode } from "./errors";
export { MAX_INFLATED_BYTES } from "./package";
