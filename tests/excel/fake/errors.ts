/** Errors as Office.js reports them (`OfficeExtension.Error`: code, message, debugInfo). */

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "AccessDenied"
  | "InvalidOperation"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference isn't valid for the current operation.",
  AccessDenied: "You can't perform the requested operation.",
  InvalidOperation: "The operation is invalid on the object.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "There was an internal error while processing the request.",
};

/** An Office.js error: `code`, a message, and where it happened. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, detail?: string, location?: string) {
    const base = MESSAGES[code].replace("{0}", detail ?? "");
    const message =
      code === "PropertyNotLoaded" || detail === undefined ? base : `${base} (${detail})`;
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message,
      ...(location === undefined ? {} : { errorLocation: location }),
    };
  }
}
