/**
 * How Excel reads sheet names in a formula, for the fake: where the sheet prefixes are, and
 * which bare (unquoted) prefixes Excel cannot read as a sheet name.
 *
 * Excel's formula parser takes a bare prefix before "!" as a sheet name only when nothing else
 * fits it. A prefix that is a cell reference ("Ark1" is the cell ARK1, "A1", "XFD1048576"),
 * starts with an R1C1 reference ("R1C1", "R2", "C3", "RC", "R", "C"), is a boolean, starts with
 * a digit or ".", or holds anything but letters, digits, "_" and "." is read as something else,
 * and the "!" after it is a syntax error. Excel never writes such a name bare: it puts it in
 * apostrophes (observed by XlsxWriter's author, jmcnamara/XlsxWriter#1078; Apache POI's
 * `SheetNameFormatter`; Microsoft KB Q60547 for "R" + digit). Excel refuses a formula it
 * cannot parse, and Office.js reports that as `InvalidArgument` (the fake's answer, as for any
 * other malformed formula); in a file, Excel drops such formulas when it repairs the workbook
 * (apache/poi#545). The fake therefore refuses the formula rather than computing #REF! or
 * #NAME?, which Excel gives only for well-formed references to a missing sheet or name.
 *
 * Written apart from src/sheet on purpose: the fake is the test's idea of Excel, not a copy
 * of the code under test.
 */

/** A sheet prefix in a formula: the name, where "name!" (or "'name'!") starts and ends. */
export interface SheetReference {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** Characters that end a bare name in a formula: operators, separators, brackets, quotes. */
const BOUNDARY = /[\s+\-*/^&=<>,;:(){}[\]"'!%@]/;

/** The sheet prefixes of a formula ("'KIK Input'!B4", "Data!A1:B2"), text constants skipped. */
export function sheetReferences(formula: string): SheetReference[] {
  const out: SheetReference[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      i = close < 0 ? formula.length : close + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      if (formula[j + 1] === "!") {
        const name = formula.slice(i + 1, j).replace(/''/g, "'");
        out.push({ name, start: i, end: j + 2, quoted: true });
        i = j + 2;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (ch === "!") {
      let j = i;
      while (j > 0 && !BOUNDARY.test(formula[j - 1] as string)) j--;
      const name = formula.slice(j, i);
      // "#REF!" is an error value, not a sheet.
      if (name !== "" && !name.startsWith("#"))
        out.push({ name, start: j, end: i + 1, quoted: false });
    }
    i++;
  }
  return out;
}

const GRID = { rows: 1_048_576, columns: 16_384 };

/** A column's number from its letters (A = 1), computed here rather than borrowed from src. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** What Excel reads a bare sheet name as instead, or null when it reads it as a sheet name. */
export function bareNameProblem(name: string): string | null {
  if (name === "") return "an empty name";
  if (/^[\p{N}.]/u.test(name)) return "a name starting with a digit or '.'";
  if (/[^\p{L}\p{N}_.]/u.test(name))
    return "a name with characters other than letters, digits, _ and .";
  const upper = name.toUpperCase();
  const cell = /^([A-Z]{1,3})([0-9]+)$/.exec(upper);
  if (cell !== null) {
    const column = columnNumber(cell[1] as string);
    const row = Number(cell[2]);
    if (column <= GRID.columns && row >= 1 && row <= GRID.rows) return `the cell ${upper}`;
  }
  if (upper === "R" || upper === "C" || upper === "RC") return `the R1C1 reference ${upper}`;
  const row = /^R([0-9]+)/.exec(upper);
  if (row !== null && Number(row[1]) >= 1 && Number(row[1]) <= GRID.rows)
    return `the R1C1 reference ${row[0]}`;
  const column = /^R?C([0-9]+)/.exec(upper);
  if (column !== null && Number(column[1]) >= 1 && Number(column[1]) <= GRID.columns)
    return `the R1C1 reference ${column[0]}`;
  if (upper === "TRUE" || upper === "FALSE") return `the boolean ${upper}`;
  return null;
}

/**
 * Why Excel would refuse `formula` for a bare sheet name it reads as something else, or null.
 * "=Ark1!$A$9" → "Excel reads Ark1 as the cell ARK1; the sheet needs quotes: 'Ark1'!".
 */
export function sheetNameRefusal(formula: string): string | null {
  for (const ref of sheetReferences(formula)) {
    if (ref.quoted) continue;
    const problem = bareNameProblem(ref.name);
    if (problem !== null)
      return `Excel reads ${ref.name} as ${problem}; the sheet needs quotes: '${ref.name.replace(/'/g, "''")}'!`;
  }
  return null;
}
