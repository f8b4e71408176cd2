/**
 * Cell-level rules of the Office.js face: how a planned cell becomes an entry of
 * `range.formulas`, how Office.js values become the readers' grid values, and column widths.
 * Addresses, sheet and table names: src/sheet.
 */
import type { CellDate, CellError, GridValue } from "../input/grid";
import type { PlannedCell } from "../report/plan";
import { EXCEL_ERROR_VALUES, MAX_TEXT, isDateFormat, writtenFormula } from "../sheet";

/**
 * Text that Excel would not keep as the same text when it is written through `range.values` or
 * `range.formulas`: Office.js parses what it is given as if typed (en-US): "=…", "+…", "-…"
 * and "@…" become formulas, "24.2", "1,008", "5%", "TRUE", "2015-06-01" become numbers,
 * booleans or dates, "#N/A" an error, and a leading apostrophe is taken as the text prefix.
 * Any text with a digit, a leading or trailing space, or one of those shapes is protected.
 */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  if (text.trim() !== text) return true;
  return /^(true|false)$/i.test(text);
}

/**
 * Text as it must be written so it stays that text: with Excel's text prefix, the apostrophe
 * a user types before "=HYPERLINK(…)". Excel stores the apostrophe as the cell's "quote
 * prefix", not in the value: `values` and `formulas` read back the text without it, and the
 * cell keeps its number format (a "@" format would also work but changes the cell's format
 * and makes a formula typed there later stay text).
 */
export function protectText(text: string): string {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return needsTextPrefix(s) ? `'${s}` : s;
}

/** The `range.formulas` entry of a planned cell (null: leave the cleared cell blank). */
export function formulaEntry(
  cell: PlannedCell,
  renames?: ReadonlyMap<string, string>
): string | number | boolean | null {
  if (cell.formula !== undefined && cell.formula !== "")
    return `=${writtenFormula(cell.formula, renames)}`;
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return v === "" ? null : protectText(v);
}

/**
 * The `range.formulas` entry that writes back a cell read with `formulas`, `values` and
 * `valueTypes`:
 * a formula is a text starting with "=" whose value differs from it (a text constant reads
 * back the same in both, its quote prefix dropped), everything else a constant.
 */
export function restoreEntry(
  formula: unknown,
  value: unknown,
  valueType?: unknown
): string | number | boolean | null {
  if (typeof formula === "string") {
    if (formula === "") return null;
    // An error constant (#N/A typed into the cell) is written as Excel parses it: the error.
    if (valueType === "Error" && !formula.startsWith("=")) return formula;
    if (formula.startsWith("=") && !(typeof value === "string" && value === formula))
      return formula;
    return protectText(formula);
  }
  if (typeof formula === "number" || typeof formula === "boolean") return formula;
  return null;
}

// The date-format rule is shared with the .xlsx reader (src/sheet/number-format.ts).
export { isDateFormat } from "../sheet";

/**
 * One Office.js cell as a grid value: blank "" is null, an error (`valueTypes` "Error") a
 * {@link CellError} with Excel's English error text, a number with a date format a
 * {@link CellDate}.
 */
export function gridValueOfOffice(value: unknown, valueType: unknown, format: unknown): GridValue {
  if (valueType === "Error") {
    const error: CellError = { error: typeof value === "string" ? value : "#VALUE!" };
    return error;
  }
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    if (isDateFormat(format)) {
      const date: CellDate = { date: value };
      return date;
    }
    return value;
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    // Without valueTypes an error can only be recognised by its text.
    if (valueType === undefined && EXCEL_ERROR_VALUES.has(value)) return { error: value };
    return value;
  }
  return null;
}

/**
 * A column width in characters (as the plan and ExcelJS give it) in points, as
 * `format.columnWidth` takes it: Excel shows n characters of Calibri 11 in n × 7 + 5 pixels,
 * and a pixel is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * UTF-8 bytes of a text, as the request carries it: Danish letters (æ, ø, å) take 2 bytes, "€"
 * and "−" 3, so a text's length in JavaScript's UTF-16 units undercounts them.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair's two units stand for 4 bytes.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** UTF-8 bytes of values as JSON: what a response carries for them. */
export function jsonBytes(...values: unknown[]): number {
  return utf8Length(JSON.stringify(values));
}
