/**
 * A1 addresses: column letters, cells, ranges, and reading the addresses Excel, Office.js and
 * ExcelJS hand back ("Budget!A1:C5", "'KIK Input'!$B$2", "B2:D5"). Rows and columns are 1-based.
 * Sheet-qualified addresses are made in `sheet-name.ts`, next to the quoting rule.
 */
/** Rows of a worksheet (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
/** Columns of a worksheet: A … XFD. */
export const MAX_COLUMNS = 16_384;
/** Characters of text a cell holds at most. */
export const MAX_TEXT = 32_767;

/** A block of cells without its sheet; 1-based, inclusive. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A block of cells on a named sheet. */
export interface SheetRange extends CellBlock {
  readonly sheet: string;
}

/** Column letters of a 1-based column index: 1 → "A", 27 → "AA", 16384 → "XFD". */
export function columnName(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based column index of column letters, either case: "A" → 1, "aa" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Address of one cell without its sheet: "B4", or "$B$4" when `absolute`. */
export function a1(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(column)}${d}${row}`;
}

/** Address of a block without its sheet: "B2:D5", or "B2" for one cell; `$` when `absolute`. */
export function localAddress(
  top: number,
  left: number,
  bottom = top,
  right = left,
  absolute = false
): string {
  const start = a1(top, left, absolute);
  return bottom === top && right === left ? start : `${start}:${a1(bottom, right, absolute)}`;
}

const LOCAL = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Reads "A1", "$B$2", "A1:C5" (corners in any order) into a block, or null. */
export function parseLocalAddress(address: string): CellBlock | null {
  const m = LOCAL.exec(address);
  if (m === null) return null;
  const top = Number(m[2]);
  const left = columnIndex(m[1] as string);
  const bottom = m[4] !== undefined ? Number(m[4]) : top;
  const right = m[3] !== undefined ? columnIndex(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * Reads a sheet-qualified address, "Sheet!A1:C5" or "'KIK Input'!$B$2" (quotes doubled inside
 * a quoted name), into a range; null without a sheet or for anything else.
 */
export function parseRangeAddress(address: string): SheetRange | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address.trim());
  if (m === null) return null;
  const block = parseLocalAddress(m[3] as string);
  if (block === null) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, ...block };
}

/**
 * The address of one cell inside a range address, keeping the range's sheet prefix as given:
 * ("Budget!B2:E3", 1, 2) → "Budget!D3". Null when there is no address (Excel gave none) or it
 * cannot be read.
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
  return `${sheet}${a1(Number(match[2]) + rowOffset, columnIndex(match[1] as string) + columnOffset)}`;
}
