/**
 * A host-neutral view of worksheet cells: what the readers read. The Office.js face fills it
 * from `range.values` (+ number formats for dates), the .xlsx face from ExcelJS.
 */

/** An error value in a cell, e.g. "#N/A". */
export interface CellError {
  readonly error: string;
}

/** A date cell, as an Excel serial number (days since 1899-12-30). */
export interface CellDate {
  readonly date: number;
}

/** One cell's value. Blank is null. Formulas are represented by their (cached) value. */
export type GridValue = number | string | boolean | null | CellError | CellDate;

/** A block of cells read from one sheet. */
export interface Grid {
  readonly sheet: string;
  /** 1-based row and column of values[0][0]. */
  readonly top: number;
  readonly left: number;
  /** Rows of cells; rows may be shorter than the widest row (missing = blank). */
  readonly values: readonly (readonly GridValue[])[];
  /** Merged areas inside the block, 1-based absolute addresses. */
  readonly merges?: readonly {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  }[];
}

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

/** True for an error cell. */
export function isCellError(v: GridValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** True for a date cell. */
export function isCellDate(v: GridValue): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v;
}

/** Column letters of a 1-based column index ("A", "AA" …). */
export function columnName(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based column index of column letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1"-style address of a cell (no sheet). */
export function a1(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** Sheet name quoted for a formula or range address when needed: 'KIK Input'. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Sheet-qualified address, e.g. 'KIK Input'!B4 (absolute with `$` when asked). */
export function qualified(sheet: string, row: number, column: number, absolute = false): string {
  const col = columnName(column);
  return `${quoteSheet(sheet)}!${absolute ? `$${col}$${row}` : `${col}${row}`}`;
}

/** Parses "Sheet!A1:C5" / "'KIK Input'!B2" into a range, or null. */
export function parseRangeAddress(
  address: string
): { sheet: string; top: number; left: number; bottom: number; right: number } | null {
  const m =
    /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
      address.trim()
    );
  if (m === null) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  const top = Number(m[4]);
  const left = columnIndex(m[3] as string);
  const bottom = m[6] !== undefined ? Number(m[6]) : top;
  const right = m[5] !== undefined ? columnIndex(m[5]) : left;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
