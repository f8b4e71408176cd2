/**
 * A host-neutral view of worksheet cells: what the readers read. The Office.js face fills it
 * from `range.values` (+ number formats for dates), the .xlsx face from ExcelJS.
 */

// Addresses, sheet-name quoting and error values live in src/sheet; re-exported here for the
// readers that import them from this module.
export {
  EXCEL_ERROR_VALUES,
  a1,
  columnIndex,
  columnName,
  parseRangeAddress,
  qualified,
  quoteSheet,
} from "../sheet";

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

/** True for an error cell. */
export function isCellError(v: GridValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** True for a date cell. */
export function isCellDate(v: GridValue): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v;
}
