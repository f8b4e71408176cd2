/**
 * The caseload table: one row per month, Måned | Sagstal [| Mål | Oprindelig gruppe | Nytilgang |
 * Sammenligning]. Months may be dates or text (see `months.ts`); months out of order are sorted
 * with a warning naming the first cell out of place; a month twice is an error. A blank count
 * is "not measured that month" (null), never 0; a negative count is an error.
 *
 * Linear in the number of rows: a 100,000-row table reads in well under a second.
 */
import { CellBlock } from "./cells";
import { isCellError, type Grid } from "./grid";
import { fieldName, type FieldOf } from "./headers";
import type { CaseloadInput, CaseloadRow, CellRef, Sourced, YearMonth } from "./model";
import { formatMonth, monthNumber, parseMonthCell } from "./months";
import { shown } from "./problems";
import {
  booleanText,
  cellText,
  checkMerge,
  dateText,
  findHeader,
  readNumber,
  textFlag,
  reportMissing,
  reportOtherColumns,
  standaloneContext,
  tableRange,
  tableTitle,
  type Header,
  type ReadContext,
  type ReaderOptions,
  type ReaderResult,
} from "./table";

type CaseloadField = FieldOf["caseload"];
type ValueField = Exclude<CaseloadField, "month">;
const VALUE_FIELDS: readonly ValueField[] = [
  "count",
  "target",
  "original",
  "newcomers",
  "comparison",
];

/** Reads a caseload table from a grid on its own. */
export function readCaseload(
  grid: Grid,
  options: ReaderOptions = {}
): ReaderResult<CaseloadInput | null> {
  const ctx = standaloneContext(options);
  const value = readCaseloadBlock(CellBlock.of(grid), ctx);
  return { value, problems: ctx.log.finish() };
}

/** Reads the caseload table in `block`; null (with problems logged) when it cannot be read. */
export function readCaseloadBlock(block: CellBlock, ctx: ReadContext): CaseloadInput | null {
  ctx.log.scope = tableTitle("caseload", ctx.language);
  const header = findHeader(block, "caseload", ctx.maxHeaderRows);
  if (header === null || header.missing.length > 0) {
    reportMissing(block, "caseload", header, ctx);
    return null;
  }
  reportOtherColumns(block, "caseload", header, ctx);
  return readRows(block, header, ctx);
}

interface Row {
  readonly key: number;
  readonly row: CaseloadRow;
}

function readRows(
  block: CellBlock,
  header: Header<CaseloadField>,
  ctx: ReadContext
): CaseloadInput | null {
  const language = ctx.language;
  const label = (f: CaseloadField): string =>
    header.text.get(f) ?? fieldName("caseload", f, language);
  const monthCol = header.columns.get("month") as number;
  const monthLabel = label("month");
  const columns = VALUE_FIELDS.map((f) => ({
    field: f,
    column: header.columns.get(f),
    label: label(f),
    rule: f === "comparison" ? ("number" as const) : ("count" as const),
  }));
  const rows: Row[] = [];
  const seen = new Map<number, CellRef>();
  let sorted = true;
  let lastKey = -Infinity;
  let bottom = header.row;
  for (let r = header.row + 1; r <= block.bottom; r++) {
    if (block.isBlankRow(r)) continue;
    bottom = r;
    const values: Partial<Record<ValueField, Sourced<number | null>>> = {};
    let anyValue = false;
    for (const { field, column, label: fl, rule } of columns) {
      if (column === undefined) continue;
      let n = readNumber(block, r, column, fl, rule, ctx);
      if (n !== undefined && n !== null && n < 0 && rule === "count") {
        ctx.log.error("negative", { value: n, field: fl }, block.ref(r, column));
        n = undefined;
      }
      if (n !== null) anyValue = true;
      values[field] = {
        value: n ?? null,
        ref: block.ref(r, column),
        ...textFlag(block, r, column),
      };
    }
    const month = readMonth(block, r, monthCol, monthLabel, anyValue, ctx);
    if (month === null) continue;
    const key = monthNumber(month.value);
    const other = seen.get(key);
    if (other !== undefined) {
      ctx.log.error(
        "duplicateMonth",
        { month: formatMonth(month.value), other: cellText(other) },
        month.ref
      );
      continue;
    }
    seen.set(key, month.ref);
    if (key < lastKey && sorted) {
      sorted = false;
      const previous = rows[rows.length - 1] as Row;
      ctx.log.warning(
        "monthsSorted",
        { month: formatMonth(month.value), previous: formatMonth(previous.row.month.value) },
        month.ref
      );
    }
    lastKey = Math.max(lastKey, key);
    const count = values.count as Sourced<number | null>;
    checkSum(values, count, ctx);
    rows.push({
      key,
      row: {
        month,
        count,
        target: values.target ?? null,
        original: values.original ?? null,
        newcomers: values.newcomers ?? null,
        comparison: values.comparison ?? null,
      },
    });
  }
  const range = tableRange(block, header, bottom, "caseload", ctx);
  if (rows.length === 0) return null;
  if (!sorted) rows.sort((a, b) => a.key - b.key);
  return { range, rows: rows.map((r) => r.row) };
}

/** Warns when Oprindelig gruppe + Nytilgang differs from Sagstal on the same row. */
function checkSum(
  values: Partial<Record<ValueField, Sourced<number | null>>>,
  count: Sourced<number | null>,
  ctx: ReadContext
): void {
  const o = values.original?.value;
  const n = values.newcomers?.value;
  if (o === undefined || o === null || n === undefined || n === null || count.value === null)
    return;
  if (Math.abs(o + n - count.value) > 1e-9 * Math.max(1, Math.abs(count.value)))
    ctx.log.warning("sumMismatch", { sum: o + n, count: count.value }, count.ref);
}

/** The month of a row, or null (after a problem when the row has values) when there is none. */
function readMonth(
  block: CellBlock,
  row: number,
  column: number,
  label: string,
  hasValues: boolean,
  ctx: ReadContext
): Sourced<YearMonth> | null {
  if (block.hasMerges && !checkMerge(block, row, column, label, ctx)) return null;
  const v = block.value(row, column);
  const ref = block.ref(row, column);
  const parsed = parseMonthCell(v);
  if (parsed.kind === "month") return { value: parsed.value, ref, ...textFlag(block, row, column) };
  if (parsed.kind === "blank") {
    if (hasValues) ctx.log.error("valueWithoutMonth", { field: label }, ref);
    return null;
  }
  if (isCellError(v)) {
    ctx.log.error(
      "errorCell",
      {
        error: v.error,
        field: label,
        expected: ctx.language === "da" ? "en måned, fx 2015-06" : "a month, e.g. 2015-06",
      },
      ref
    );
    return null;
  }
  const text =
    typeof v === "object" && v !== null && "date" in v
      ? dateText(v.date, ctx.language)
      : typeof v === "boolean"
        ? booleanText(v, ctx.language)
        : shown(String(v));
  ctx.log.error("notMonth", { text, field: label }, ref);
  return null;
}
