// The one error type the .docx reader throws. `code` lets the CLI map it to exit code 2 and the
// playground to a message; `message` is a single line a user can act on.

export type DocxErrorCode = "not-found" | "not-zip" | "not-docx" | "corrupt" | "encrypted" | "too-large";

export class DocxError extends Error {
  readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, message: string) {
    // One line, whatever the file's part names or a library's message contain.
    super(message.replace(/\s*[\r\n]+\s*/g, " ").trim());
    this.name = "DocxError";
    this.code = code;
    // Keep `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DocxError.prototype);
  }
}

export function isDocxError(value: unknown): value is DocxError {
  return value instanceof DocxError;
}
