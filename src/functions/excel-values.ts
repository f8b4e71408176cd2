/**
 * What Excel hands a custom function, and the errors it can hand back, as plain data.
 * Kept free of the Office runtime so every adapter is testable in Node.
 */

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

/** The errors KIK returns to a cell. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A" | "#NULL!";

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

const OUTPUT_CODES: ReadonlySet<string> = new Set([
  "#VALUE!",
  "#NUM!",
  "#DIV/0!",
  "#N/A",
  "#NULL!",
]);

/** Maps an incoming error code (also Office's enum names) to one a custom function may return. */
export function outputErrorCode(code: string): ExcelErrorCode | null {
  const byName: Record<string, ExcelErrorCode> = {
    invalidValue: "#VALUE!",
    invalidNumber: "#NUM!",
    divisionByZero: "#DIV/0!",
    notAvailable: "#N/A",
    nullReference: "#NULL!",
  };
  if (OUTPUT_CODES.has(code)) return code as ExcelErrorCode;
  return byName[code] ?? null;
}

/** Display form of an incoming error code ("#REF!", "#N/A" …). */
export function displayErrorCode(code: string): string {
  const names: Record<string, string> = {
    invalidValue: "#VALUE!",
    invalidNumber: "#NUM!",
    divisionByZero: "#DIV/0!",
    notAvailable: "#N/A",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  return names[code] ?? code;
}

/** Column letters → 1-based index ("A" = 1, "AA" = 27). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based index → column letters. */
function columnLetters(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The address of one cell inside a range address, e.g. ("Budget!B2:E3", 1, 2) → "Budget!D3".
 * Returns null when the address cannot be read (Excel did not provide one).
 */
export function cellAddress(
  rangeAddress: string | undefined,
  rowOffset: number,
  columnOffset: number
): string | null {
  if (rangeAddress === undefined || rangeAddress === "") return null;
  const bang = rangeAddress.lastIndexOf("!");
  const sheet = bang >= 0 ? rangeAddress.slice(0, bang + 1) : "";
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(rangeAddress.slice(bang + 1));
  if (match === null) return null;
  const column = columnLetters(columnIndex(match[1] as string) + columnOffset);
  const row = Number(match[2]) + rowOffset;
  return `${sheet}${column}${row}`;
}
