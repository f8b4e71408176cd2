/**
 * What Excel hands a custom function, and the errors it can hand back, as plain data.
 * Kept free of the Office runtime so every adapter is testable in Node.
 */
import type { ExcelErrorCode } from "../sheet";

// Error codes and cell addresses live in src/sheet; re-exported for the functions' modules.
export { cellAddress, displayErrorCode, outputErrorCode, type ExcelErrorCode } from "../sheet";

/** An error value as Excel passes it in (a `CustomFunctions.Error` or anything with an error code). */
export interface ExcelErrorLike {
  readonly code: string;
  readonly message?: string;
}

/** One cell value as received: number, text, boolean, blank (null/undefined/""), or an error. */
export type ExcelScalar = number | string | boolean | null | undefined | ExcelErrorLike;

/** A range argument: rows of cells. */
export type ExcelMatrix = readonly (readonly ExcelScalar[])[];

/** Any argument: a single value or a range. */
export type ExcelArg = ExcelScalar | ExcelMatrix;

/** An error result: code plus a message in the user's language. */
export interface KikError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

/** True for an error value passed in by Excel. */
export function isExcelError(v: unknown): v is ExcelErrorLike {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { code?: unknown }).code === "string"
  );
}

/** True for a range argument. */
export function isMatrix(v: ExcelArg): v is ExcelMatrix {
  return Array.isArray(v);
}
