// Every failure of a Word call becomes an OfficeActionError carrying a message KEY the pane
// translates, plus the raw detail for diagnostics.

export type OfficeMessageKey =
  | "error.protected"
  | "error.staleAnchor"
  | "error.searchTooLong"
  | "error.unsupported"
  | "error.notFound"
  | "error.notAllowed"
  | "error.untracked"
  | "error.invalidArgument"
  | "error.generic";

export class OfficeActionError extends Error {
  readonly key: OfficeMessageKey;
  /** The Office error code when the failure came from Word ("AccessDenied", ...). */
  readonly code: string | null;
  readonly detail: string;

  constructor(key: OfficeMessageKey, detail: string, code: string | null = null) {
    super(`${key}: ${detail}`);
    this.name = "OfficeActionError";
    this.key = key;
    this.code = code;
    this.detail = detail;
  }
}

const KEY_BY_CODE: Record<string, OfficeMessageKey> = {
  AccessDenied: "error.protected",
  InvalidArgument: "error.invalidArgument",
  ItemNotFound: "error.notFound",
  NotAllowed: "error.notAllowed",
  ApiNotFound: "error.unsupported",
  NotImplemented: "error.unsupported",
  GeneralException: "error.generic",
  PropertyNotLoaded: "error.generic",
};

function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** Maps any thrown value to an OfficeActionError (an OfficeActionError passes through unchanged). */
export function toActionError(error: unknown): OfficeActionError {
  if (error instanceof OfficeActionError) return error;
  const code = codeOf(error);
  const message = messageOf(error);
  let key: OfficeMessageKey = (code && KEY_BY_CODE[code]) || "error.generic";
  // Word reports an over-long search string as a plain InvalidArgument.
  if (code === "InvalidArgument" && /255|too long|search/i.test(message)) key = "error.searchTooLong";
  return new OfficeActionError(key, message, code);
}

/** Runs a Word batch and rethrows any failure as an OfficeActionError. */
export async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toActionError(error);
  }
}
