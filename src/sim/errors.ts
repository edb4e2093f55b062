// Errors shaped like OfficeExtension.Error: the adapter reads `code`, never the message.

export type SimErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "AccessDenied"
  | "GeneralException"
  | "NotAllowed"
  | "ApiNotFound"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidRequestContext";

export class SimError extends Error implements Pick<OfficeExtension.Error, "code" | "name" | "message" | "traceMessages"> {
  readonly code: SimErrorCode;
  readonly traceMessages: string[] = [];
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function isSimError(value: unknown): value is SimError {
  return value instanceof SimError;
}
