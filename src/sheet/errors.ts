/**
 * Excel's error values: the ones a cell can hold, the ones a custom function may return, and
 * the names Office.js gives them (`CustomFunctions.ErrorCode`).
 */

/** Excel's error values as text (English; the same in every file format and in Office.js). */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** The errors KIK's custom functions return to a cell. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A" | "#NULL!";

const RETURNABLE: ReadonlySet<string> = new Set<ExcelErrorCode>([
  "#VALUE!",
  "#NUM!",
  "#DIV/0!",
  "#N/A",
  "#NULL!",
]);

/** Office.js's names of error values (`CustomFunctions.ErrorCode`) and the values they stand for. */
const OFFICE_ERROR_NAMES: ReadonlyMap<string, string> = new Map([
  ["invalidValue", "#VALUE!"],
  ["invalidNumber", "#NUM!"],
  ["divisionByZero", "#DIV/0!"],
  ["notAvailable", "#N/A"],
  ["nullReference", "#NULL!"],
  ["invalidName", "#NAME?"],
  ["invalidReference", "#REF!"],
]);

/** The error value an incoming code stands for: "invalidName" → "#NAME?"; "#REF!" stays. */
export function displayErrorCode(code: string): string {
  return OFFICE_ERROR_NAMES.get(code) ?? code;
}

/**
 * The error a custom function returns for an incoming error code (value or Office.js name), or
 * null when a function may not return it (#REF!, #NAME? …: the caller picks another).
 */
export function outputErrorCode(code: string): ExcelErrorCode | null {
  const value = displayErrorCode(code);
  return RETURNABLE.has(value) ? (value as ExcelErrorCode) : null;
}
