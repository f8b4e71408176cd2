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

/**
 * A cell value as Excel passes it for an `any` parameter while the metadata's
 * `allowCustomDataForDataTypeAny` is on (custom-functions-metadata always sets it): a formatted
 * number, an entity, a web image … as `{ type, basicValue, basicType }` (Excel.CellValue,
 * ExcelApi 1.16; see docs/functions.md#argumenter).
 */
export interface ExcelCellValueLike {
  readonly type: string;
  readonly basicValue?: unknown;
  readonly basicType?: string;
}

/** One cell value as received: number, text, boolean, blank (null/undefined/""), an error or a data type. */
export type ExcelScalar =
  number | string | boolean | null | undefined | ExcelErrorLike | ExcelCellValueLike;

/** A range argument: rows of cells. */
export type ExcelMatrix = readonly (readonly ExcelScalar[])[];

/** Any argument: a single value or a range. */
export type ExcelArg = ExcelScalar | ExcelMatrix;

/** An error result: code plus a message in the user's language. */
export interface KikError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

/** True for a data-type value (`{ type, basicValue }`) rather than an error or a plain value. */
export function isCellValueObject(v: unknown): v is ExcelCellValueLike {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { type?: unknown }).type === "string"
  );
}

/**
 * The plain value behind a data-type value: its `basicValue` (the value `Range.values` shows,
 * e.g. the number of a formatted number); an error, or a value whose basic type is an error
 * (an entity's basic value is #VALUE!), as an error value; "Empty" as null. Anything else is
 * returned as it is.
 */
export function basicValueOf(v: ExcelScalar): ExcelScalar {
  if (!isCellValueObject(v)) return v;
  const basic = v.basicValue;
  if (v.type === "Error" || v.basicType === "Error")
    return { code: typeof basic === "string" && basic.startsWith("#") ? basic : "#VALUE!" };
  if (v.type === "Empty" || basic === undefined || basic === null || basic === "") return null;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean")
    return basic;
  return { code: "#VALUE!" };
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
