/**
 * The caseload table: one row per month, Måned | Sagstal [| Mål | Oprindelig gruppe | Nytilgang |
 * Sammenligning]. Cells are read by the generic reader (`table.ts`, spec in `tables.ts`);
 * this module keeps the rules across rows and columns: months out of order are sorted with a
 * warning naming the first cell out of place; a month twice is an error; Oprindelig gruppe +
 * Nytilgang that is not Sagstal is a warning. A blank count is "not measured that month"
 * (null), never 0.
 *
 * Linear in the number of rows: a 100,000-row table reads in well under a second.
 */
import type { CellBlock } from "./cells";
import type { CaseloadInput, CaseloadRow, CellRef, Sourced } from "./model";
import { formatMonth, monthNumber } from "./months";
import { cellName } from "./problems";
import { readHeader, readRows, standalone, type ReadContext } from "./table";

/** Reads a caseload table from a grid on its own. */
export const readCaseload = standalone(readCaseloadBlock);

interface Row {
  readonly key: number;
  readonly row: CaseloadRow;
}

/** The first year of Excel's 1900 date system. */
const EXCEL_FIRST_YEAR = 1900;

/** Reads the caseload table in `block`; null (with problems logged) when it cannot be read. */
export function readCaseloadBlock(block: CellBlock, ctx: ReadContext): CaseloadInput | null {
  const header = readHeader(block, "caseload", ctx);
  if (header === null) return null;
  const rows: Row[] = [];
  const seen = new Map<number, CellRef>();
  let sorted = true;
  let early = false;
  let lastKey = -Infinity;
  const range = readRows(block, "caseload", header, ctx, (row) => {
    const month = row.key;
    const key = monthNumber(month.value);
    const other = seen.get(key);
    if (other !== undefined) {
      const params = { month: formatMonth(month.value), other: cellName(other) };
      ctx.log.error("duplicateMonth", params, month.ref);
      return;
    }
    seen.set(key, month.ref);
    // Excel's dates begin in 1900 (DATE() reads an earlier year as year + 1900): a month before
    // it cannot be computed with on the result sheets, and is most often a typo (1017 for 2017).
    if (month.value.year < EXCEL_FIRST_YEAR && !early) {
      early = true;
      ctx.log.warning("monthBefore1900", { month: formatMonth(month.value) }, month.ref);
    }
    if (key < lastKey && sorted) {
      sorted = false;
      const previous = (rows[rows.length - 1] as Row).row.month.value;
      const params = { month: formatMonth(month.value), previous: formatMonth(previous) };
      ctx.log.warning("monthsSorted", params, month.ref);
    }
    lastKey = Math.max(lastKey, key);
    const count = row.sourced("count") as Sourced<number | null>;
    const original = row.sourced("original");
    const newcomers = row.sourced("newcomers");
    checkSum(original, newcomers, count, ctx);
    rows.push({
      key,
      row: {
        month,
        count,
        target: row.sourced("target"),
        original,
        newcomers,
        comparison: row.sourced("comparison"),
      },
    });
  });
  if (rows.length === 0) return null;
  if (!sorted) rows.sort((a, b) => a.key - b.key);
  return { range, rows: rows.map((r) => r.row) };
}

/** Warns when Oprindelig gruppe + Nytilgang differs from Sagstal on the same row. */
function checkSum(
  original: Sourced<number | null> | null,
  newcomers: Sourced<number | null> | null,
  count: Sourced<number | null>,
  ctx: ReadContext
): void {
  const o = original?.value ?? null;
  const n = newcomers?.value ?? null;
  if (o === null || n === null || count.value === null) return;
  if (Math.abs(o + n - count.value) > 1e-9 * Math.max(1, Math.abs(count.value)))
    ctx.log.warning("sumMismatch", { sum: o + n, count: count.value }, count.ref);
}
