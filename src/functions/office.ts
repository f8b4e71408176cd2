/* global CustomFunctions, Office */
/**
 * The only place the custom functions touch the Office runtime: the user's language at
 * start-up, and turning a {@link KikError} into a `CustomFunctions.Error` for the cell. (The
 * invocation Excel passes through `@requiresParameterAddresses` is itself a `CallContext`.)
 */
import { languageFromLocale, setLanguage } from "../i18n";
import { isKikError } from "./coerce";
import type { KikError } from "./excel-values";

/** Excel shows a custom message only for #VALUE! and #N/A; others must go without. */
const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** Builds the Office error object for `error` (CustomFunctions.ErrorCode values are the codes themselves). */
export function toOfficeError(error: KikError): CustomFunctions.Error {
  const code = error.code as CustomFunctions.ErrorCode;
  return CODES_WITH_MESSAGE.has(error.code)
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

/** Returns the value, or throws the Office error so Excel shows it in the cell. */
export function toCell<T>(result: T | KikError): T {
  if (isKikError(result)) throw toOfficeError(result);
  return result;
}

/** Picks the message language from Office's display language once Office is ready. */
export function initialiseLanguage(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  void Office.onReady(() => setLanguage(languageFromLocale(Office.context?.displayLanguage)));
}
