/**
 * A second reader for the tests: an ExcelJS workbook as the host-neutral view the input readers
 * read. The command line reads packages directly (src/xlsx/workbook.ts); this view, over an
 * independent library, reads what it writes back in tests, and turns ExcelJS-built fixtures
 * into grids for the fake Excel.
 *
 * Cells become {@link GridValue}s the way Office.js hands them over: numbers, text and
 * booleans as they are; blank cells null; rich text and hyperlinks their plain text; formulas
 * their cached result; error values `{ error: "#N/A" }`; date cells `{ date: serial }` (days
 * since 1899-12-30, whatever date system the file uses); a merged area its top-left value
 * (the other cells blank) plus the area in `merges`.
 */
import type ExcelJS from "exceljs";
import type { CellDate, Grid, GridValue } from "../../src/input/grid";
import type { RangeRef } from "../../src/input/model";
import type { ViewTable, WorkbookView } from "../../src/input/read-case";
import { generatedMarkerName, REPORT_SHEET_KINDS, type ReportSheetKind } from "../../src/report/plan";
import type { ExistingSheet } from "../../src/report/sheet-names";
import { parseLocalAddress, parseRangeAddress } from "../../src/sheet";

/** What the input readers read (`WorkbookView` of src/input/read-case.ts). */
export type XlsxWorkbookView = WorkbookView;

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's serial 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** ExcelJS `ValueType.Merge` (a cell inside a merged area other than its top-left). */
const MERGE_TYPE = 1;

/** Excel serial number (days since 1899-12-30, fractions = time of day) of a JS Date. */
export function dateToSerial(date: Date): number {
  // ExcelJS builds dates from serials in UTC, so the UTC time is the cell's wall-clock time.
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The JS Date (UTC) of an Excel serial number: the inverse of {@link dateToSerial}. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function dateValue(date: Date): CellDate | null {
  const t = date.getTime();
  return Number.isNaN(t) ? null : { date: dateToSerial(date) };
}

function richTextOf(value: { richText: readonly { text: string }[] }): string {
  let s = "";
  for (const run of value.richText) s += run.text;
  return s;
}

/** One ExcelJS cell value as a grid value. */
export function gridValueOf(value: ExcelJS.CellValue | undefined): GridValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : { error: "#NUM!" };
    case "string":
    case "boolean":
      return value;
    default:
      break;
  }
  if (value instanceof Date) return dateValue(value);
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText))
    return richTextOf(v as unknown as { richText: { text: string }[] });
  if ("formula" in v || "sharedFormula" in v) {
    return gridValueOf(v.result as ExcelJS.CellValue | undefined);
  }
  if ("hyperlink" in v || "text" in v) {
    const text = v.text;
    if (typeof text === "string") return text;
    if (
      text !== null &&
      typeof text === "object" &&
      Array.isArray((text as Record<string, unknown>).richText)
    ) {
      return richTextOf(text as { richText: { text: string }[] });
    }
    return null;
  }
  return null;
}

interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merged areas in a private map keyed by the top-left address. */
function mergesOf(ws: ExcelJS.Worksheet): Block[] {
  const raw = (ws as unknown as { _merges?: Record<string, { model?: Block } | undefined> })
    ._merges;
  const result: Block[] = [];
  if (raw === undefined) return result;
  for (const key of Object.keys(raw)) {
    const m = raw[key]?.model;
    if (m !== undefined)
      result.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return result;
}

function rangeOfRef(sheet: string, ref: string | undefined): RangeRef | null {
  if (ref === undefined || ref === "") return null;
  const block = parseLocalAddress(ref.trim());
  return block === null ? null : { sheet, ...block };
}

/** The ranges of a table as ExcelJS holds it (read from a file: `tableRef`; added in memory: also `ref`). */
function tableRange(sheet: string, model: Record<string, unknown>): RangeRef | null {
  const tableRef = typeof model.tableRef === "string" ? model.tableRef : undefined;
  return rangeOfRef(sheet, tableRef ?? (typeof model.ref === "string" ? model.ref : undefined));
}

function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = workbook.worksheets.find((ws) => ws.name === name);
  if (exact !== undefined) return exact;
  const lower = name.toLocaleLowerCase("da-DK");
  return workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase("da-DK") === lower);
}

/** The worksheet named `name` (case-insensitively, as Excel compares sheet names). */
export function worksheetByName(
  workbook: ExcelJS.Workbook,
  name: string
): ExcelJS.Worksheet | undefined {
  return findWorksheet(workbook, name);
}

interface RowLike {
  findCell(column: number): ExcelJS.Cell | undefined;
}

function cellGridValue(cell: ExcelJS.Cell | undefined): GridValue {
  if (cell === undefined) return null;
  // A cell inside a merged area reports the top-left value; Office.js gives it blank.
  if ((cell.type as number) === MERGE_TYPE) return null;
  return gridValueOf(cell.value);
}

/**
 * A {@link XlsxWorkbookView} over an ExcelJS workbook. Reading is lazy: a grid is built when
 * asked for, and used ranges are computed once per sheet.
 */
export function workbookView(workbook: ExcelJS.Workbook): XlsxWorkbookView {
  const worksheets = workbook.worksheets;
  const sheetNames = worksheets.map((ws) => ws.name);

  const tables: ViewTable[] = [];
  for (const ws of worksheets) {
    for (const table of ws.getTables()) {
      const model = ((table as unknown as { table?: Record<string, unknown> }).table ??
        {}) as Record<string, unknown>;
      const name = typeof model.name === "string" ? model.name : undefined;
      const range = tableRange(ws.name, model);
      // Read from a file, ExcelJS sets `totalsRow` from the table part's totalsRowCount="1".
      const totalsRow = model.totalsRow === true;
      if (name !== undefined && range !== null) tables.push({ name, range, totalsRow });
    }
  }

  const names: { name: string; range: RangeRef }[] = [];
  for (const definedName of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (definedName.ranges.length !== 1) continue;
    const range = parseRangeAddress(definedName.ranges[0] as string);
    if (range !== null) names.push({ name: definedName.name, range });
  }

  const usedRanges = new Map<string, RangeRef | null>();

  function usedRange(sheet: string): RangeRef | null {
    const ws = findWorksheet(workbook, sheet);
    if (ws === undefined) return null;
    const cached = usedRanges.get(ws.name);
    if (cached !== undefined) return cached;
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    const rows = (
      ws as unknown as { _rows?: ({ _cells?: (ExcelJS.Cell | undefined)[] } | undefined)[] }
    )._rows;
    if (rows !== undefined) {
      for (let r = 0; r < rows.length; r++) {
        const cells = rows[r]?._cells;
        if (cells === undefined) continue;
        for (let c = 0; c < cells.length; c++) {
          const cell = cells[c];
          if (cell === undefined) continue;
          const type = cell.type as number;
          if (type === 0) continue; // ValueType.Null: styled but empty
          if (type !== MERGE_TYPE && gridValueOf(cell.value) === null) continue;
          if (r + 1 < top) top = r + 1;
          if (r + 1 > bottom) bottom = r + 1;
          if (c + 1 < left) left = c + 1;
          if (c + 1 > right) right = c + 1;
        }
      }
    } else {
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          if (cellGridValue(cell) === null && (cell.type as number) !== MERGE_TYPE) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        });
      });
    }
    const result = top === Infinity ? null : { sheet: ws.name, top, left, bottom, right };
    usedRanges.set(ws.name, result);
    return result;
  }

  function grid(range: RangeRef): Grid {
    const ws = findWorksheet(workbook, range.sheet);
    if (ws === undefined)
      return { sheet: range.sheet, top: range.top, left: range.left, values: [] };
    const used = usedRange(ws.name);
    // Rows below the last used row are blank; they are left out ("missing = blank").
    const lastRow = used === null ? range.top - 1 : Math.min(range.bottom, used.bottom);
    const lastColumn = used === null ? range.left - 1 : Math.min(range.right, used.right);
    const values: GridValue[][] = [];
    for (let r = range.top; r <= lastRow; r++) {
      const row = ws.findRow(r) as RowLike | undefined;
      const out: GridValue[] = [];
      if (row !== undefined) {
        let width = 0;
        for (let c = range.left; c <= lastColumn; c++) {
          const v = cellGridValue(row.findCell(c));
          out.push(v);
          if (v !== null) width = out.length;
        }
        out.length = width;
      }
      values.push(out);
    }
    const merges = mergesOf(ws).filter(
      (m) =>
        m.top <= range.bottom &&
        m.bottom >= range.top &&
        m.left <= range.right &&
        m.right >= range.left
    );
    const result: Grid = { sheet: ws.name, top: range.top, left: range.left, values };
    return merges.length > 0 ? { ...result, merges } : result;
  }

  return { sheetNames, tables, names, grid, usedRange };
}

/** Sheets of an ExcelJS workbook and which report sheet each is, by KIK's marker names. */
export function existingSheets(workbook: ExcelJS.Workbook): ExistingSheet[] {
  const kindBySheet = new Map<string, ReportSheetKind>();
  for (const kind of REPORT_SHEET_KINDS) {
    const { ranges } = workbook.definedNames.getRanges(generatedMarkerName(kind)) as {
      ranges: string[];
    };
    if (ranges.length !== 1) continue;
    const parsed = parseRangeAddress(ranges[0] as string);
    if (parsed === null) continue;
    const ws = worksheetByName(workbook, parsed.sheet);
    if (ws === undefined || kindBySheet.has(ws.name)) continue;
    kindBySheet.set(ws.name, kind);
  }
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    generatedKind: kindBySheet.get(ws.name) ?? null,
  }));
}
