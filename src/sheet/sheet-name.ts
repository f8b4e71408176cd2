/**
 * Sheet names inside formulas and addresses: when Excel needs them in apostrophes, and the
 * comparison Excel uses for sheet, table and defined names.
 *
 * The rule is Excel's own (Microsoft has not published it; it is what Excel writes when it
 * formats a reference, as observed and documented by XlsxWriter's author, issue
 * jmcnamara/XlsxWriter#1078, and Apache POI's `SheetNameFormatter`). A name stays bare only
 * when all of these hold:
 * 1. it holds only letters (any script: "Økonomi" stays bare), digits, "_" and ".";
 * 2. it starts with a letter or "_" (not a digit or ".");
 * 3. it is not an A1 cell reference within the grid: 1–3 letters and a row, column ≤ XFD and
 *    row ≤ 1,048,576 ("Ark1", the Danish default sheet name, is the cell ARK1; "A1",
 *    "XFD1048576");
 * 4. it does not start with an R1C1 reference: "R" + a row, "C" or "RC" + a column ("R2",
 *    "C3", "R1C1", "RC12x"), and is not "R", "C" or "RC" alone;
 * 5. it is not the boolean TRUE or FALSE (any case).
 * Anything else is put in apostrophes, with an apostrophe inside doubled: 'Budget 2016',
 * 'Ø-tal', 'O''Brien', 'Ark1'. Without them Excel reads "Ark1!$A$9" as the cell ARK1 followed by
 * a stray "!" and refuses the formula (Office.js: InvalidArgument; a file with such a formula
 * opens only after Excel "repairs" it by dropping the formula). Quoting a name that does not
 * need it is always accepted, so the rule errs on the side of quoting.
 */
import { a1, columnIndex, localAddress, MAX_COLUMNS, MAX_ROWS, type SheetRange } from "./address";

/** Letters, digits, "_" and ".", starting with a letter or "_" (rules 1 and 2). */
const PLAIN = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

function within(n: number, max: number): boolean {
  return Number.isSafeInteger(n) && n >= 1 && n <= max;
}

/** True when Excel could read `name` as a cell reference or a boolean (rules 3–5). */
function readsAsReference(name: string): boolean {
  const cell = /^([a-z]{1,3})(\d+)$/i.exec(name);
  const inGrid =
    cell !== null &&
    within(columnIndex(cell[1] as string), MAX_COLUMNS) &&
    within(Number(cell[2]), MAX_ROWS);
  if (inGrid) return true;
  const row = /^r(\d+)/i.exec(name);
  if (row !== null && within(Number(row[1]), MAX_ROWS)) return true;
  const column = /^r?c(\d+)/i.exec(name);
  if (column !== null && within(Number(column[1]), MAX_COLUMNS)) return true;
  return /^(r|c|rc|true|false)$/i.test(name);
}

/** True when `sheet` must be put in apostrophes before "!" in a formula (see the module's rule). */
export function sheetNeedsQuotes(sheet: string): boolean {
  return !PLAIN.test(sheet) || readsAsReference(sheet);
}

/** A sheet name as it goes before "!" in a formula or an address: Budget, 'KIK Input', 'Ark1'. */
export function quoteSheet(sheet: string): string {
  return sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** Sheet-qualified address of one cell, e.g. 'KIK Input'!B4 or 'Ark1'!$B$4 (see {@link quoteSheet}). */
export function qualified(sheet: string, row: number, column: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${a1(row, column, absolute)}`;
}

/** Sheet-qualified address of a block, e.g. 'KIK Input'!$A$3:$D$7 (one cell: 'KIK Input'!$A$3). */
export function qualifiedRange(range: SheetRange, absolute = false): string {
  const { sheet, top, left, bottom, right } = range;
  return `${quoteSheet(sheet)}!${localAddress(top, left, bottom, right, absolute)}`;
}

/**
 * True when Excel takes `a` and `b` as the same sheet, table or defined name: Excel compares
 * them without case ("kik input" is "KIK Input"; "æ" is "Æ").
 */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("da-DK") === b.toLocaleLowerCase("da-DK");
}

/**
 * The reference of a generated-sheet marker name (`KIK_GENERATED_<KIND>`): cell A1 of the
 * sheet, absolute, e.g. 'KIK Overblik'!$A$1 (without "=").
 */
export function markerReference(sheet: string): string {
  return `${quoteSheet(sheet)}!$A$1`;
}
