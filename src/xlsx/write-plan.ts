/**
 * Applies a {@link ReportPlan} to an ExcelJS workbook: the command line's counterpart of the
 * task pane's Office.js writer.
 *
 * Rules:
 * - A sheet is KIK's when the workbook-level defined name `KIK_GENERATED_<KIND>` refers to a
 *   cell on it ({@link existingSheets}). Only such sheets are ever rewritten; a user's sheet
 *   with a report sheet's name is never touched (the caller resolves names with
 *   `resolveSheetNames`, and {@link writePlan} refuses a plan that would overwrite one).
 * - KIK's own sheets are cleared and rewritten in place (same sheet, same position), so
 *   formulas on the user's sheets that point at them keep working.
 * - Text is written as text (never a formula), formulas with the plan's value as the cached
 *   result, and the workbook recalculates fully when Excel opens it.
 * - Native tables overlay the cells already written; the cells are then written once more, so
 *   they equal the plan's cells whatever ExcelJS's table code put there.
 * - Charts: see README (ExcelJS cannot write charts); they are returned as skipped.
 */
import type ExcelJS from "exceljs";
import type { Language } from "../i18n";
import type {
  PlannedCell,
  ReportPlan,
  ReportSheetKind,
  SheetContent,
  TablePlan,
} from "../report/plan";
import { REPORT_SHEET_KINDS, generatedMarkerName } from "../report/plan";
import type { ExistingSheet } from "../report/sheet-names";
import {
  EXCEL_ERROR_VALUES,
  MAX_TEXT,
  a1,
  assignTableNames,
  markerReference,
  parseRangeAddress,
  tableHeaders,
  tableRenames,
  takenNames,
  writtenFormula,
} from "../sheet";
import { DEFAULT_XLSX_STYLE, TABLE_THEME, XLSX_STYLES, type XlsxStyle } from "./styles";
import { worksheetByName } from "./workbook-view";

export type { SheetContent } from "../report/plan";

/** Something in the plan the writer could not write, for the caller to tell the user. */
export interface SkippedItem {
  readonly sheet: string;
  readonly kind: "chart" | "table";
  /** The chart's title or the table's name. */
  readonly title: string;
  readonly reason: "chartsNotSupported" | "tableWithoutDataRows";
}

/** What {@link writePlan} did. */
export interface WriteResult {
  readonly sheets: readonly {
    readonly kind: ReportSheetKind;
    readonly name: string;
    readonly reused: boolean;
  }[];
  readonly skipped: readonly SkippedItem[];
  /** Tables that got another name because the workbook already used the planned one. */
  readonly renamedTables: readonly { readonly from: string; readonly to: string }[];
}

/** Thrown when a plan would overwrite a sheet KIK did not make. */
export class NotGeneratedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" was not made by KIK and is not overwritten`);
    this.name = "NotGeneratedSheetError";
  }
}

/** The ExcelJS internals this module touches (ExcelJS 4.4 has no public API for them). */
interface WorksheetInternals {
  _rows: unknown[];
  _merges: Record<string, unknown>;
  _columns: unknown;
  _keys: Record<string, unknown>;
  _media: unknown[];
  rowBreaks: unknown[];
  tables: Record<string, unknown>;
  conditionalFormattings: unknown[];
  dataValidations: { model: Record<string, unknown> };
  autoFilter: unknown;
  sheetProtection: unknown;
}

interface DefinedNamesInternals {
  matrixMap?: Record<string, unknown>;
}

/** Sheets of the workbook and which report sheet each is, if KIK made it (by the marker names). */
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

/** Marks `sheet` as KIK's sheet of `kind`: `KIK_GENERATED_<KIND>` = `'<sheet>'!$A$1`. */
export function markGenerated(
  workbook: ExcelJS.Workbook,
  kind: ReportSheetKind,
  sheet: string
): void {
  const marker = generatedMarkerName(kind);
  removeDefinedName(workbook, marker);
  workbook.definedNames.add(markerReference(sheet), marker);
}

function removeDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  const internals = workbook.definedNames as unknown as DefinedNamesInternals;
  if (internals.matrixMap !== undefined) {
    delete internals.matrixMap[name];
    return;
  }
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  workbook.definedNames.model = model.filter((n) => n.name !== name);
}

/** Empties a worksheet in place: cells, styles, merges, columns, tables, views, formats. */
export function clearWorksheet(ws: ExcelJS.Worksheet): void {
  const w = ws as unknown as WorksheetInternals;
  w._rows = [];
  w._merges = {};
  w._columns = null;
  w._keys = {};
  w._media = [];
  w.rowBreaks = [];
  w.tables = {};
  w.conditionalFormattings = [];
  w.dataValidations.model = {};
  w.autoFilter = null;
  w.sheetProtection = null;
  ws.views = [];
}

/** Table names must be unique in a workbook, together with defined names (case-insensitive). */
function reservedNames(workbook: ExcelJS.Workbook, rewritten: ReadonlySet<string>): Set<string> {
  const tables: string[] = [];
  for (const ws of workbook.worksheets) {
    if (rewritten.has(ws.name)) continue;
    for (const table of ws.getTables()) {
      const name = (table as unknown as { table?: { name?: string } }).table?.name;
      if (name !== undefined) tables.push(name);
    }
  }
  const names = (workbook.definedNames.model as { name: string }[]).map((n) => n.name);
  return takenNames(tables, names);
}

function resultValue(value: PlannedCell["value"]): ExcelJS.CellValue | undefined {
  if (value === null) return undefined;
  if (typeof value === "string" && EXCEL_ERROR_VALUES.has(value))
    return { error: value } as ExcelJS.CellErrorValue;
  if (typeof value === "number" && !Number.isFinite(value))
    return { error: "#NUM!" } as ExcelJS.CellErrorValue;
  return value;
}

/** The ExcelJS value of a planned cell: text stays text, formulas carry their cached result. */
export function cellValueOf(
  cell: PlannedCell,
  renames?: ReadonlyMap<string, string>
): ExcelJS.CellValue {
  if (cell.formula !== undefined && cell.formula !== "") {
    const formula = writtenFormula(cell.formula, renames);
    const result = resultValue(cell.value);
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  }
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
  return v;
}

/**
 * One shared style object per (style, number format). ExcelJS recognises a style object it has
 * seen before by identity when it writes the file; a fresh object per cell costs it a lookup by
 * content each time. The cache lives for one sheet's write only, so no object is shared with
 * another sheet or workbook that could change it later.
 */
type StyleCache = Map<string, Partial<ExcelJS.Style>>;

function sharedStyle(
  cache: StyleCache,
  name: string,
  style: XlsxStyle,
  numberFormat: string | undefined
): Partial<ExcelJS.Style> {
  const cacheKey = `${name}\u0000${numberFormat ?? ""}`;
  let shared = cache.get(cacheKey);
  if (shared === undefined) {
    shared = {
      font: style.font,
      ...(style.fill === undefined ? {} : { fill: style.fill }),
      ...(style.border === undefined ? {} : { border: style.border }),
      ...(style.alignment === undefined ? {} : { alignment: style.alignment }),
      ...(numberFormat === undefined || numberFormat === "" ? {} : { numFmt: numberFormat }),
    };
    cache.set(cacheKey, shared);
  }
  return shared;
}

function applyStyle(
  cache: StyleCache,
  cell: ExcelJS.Cell,
  name: string,
  style: XlsxStyle,
  numberFormat: string | undefined
): void {
  // Assigned whole and never mutated afterwards: the object is shared between cells.
  cell.style = sharedStyle(cache, name, style, numberFormat);
}

const key = (row: number, column: number): number => row * 16_384 + column;

/** Options for {@link writeSheetContent}. */
export interface WriteSheetOptions {
  readonly language: Language;
  /** Lower-case names tables must not take; names given out are added. */
  readonly takenNames: Set<string>;
  /** Planned table name -> name written (when the planned one was taken). */
  readonly tableNames?: ReadonlyMap<string, string>;
}

/** Writes one sheet's content into an empty worksheet. Returns what it skipped. */
export function writeSheetContent(
  ws: ExcelJS.Worksheet,
  content: SheetContent,
  options: WriteSheetOptions
): { skipped: SkippedItem[]; renamedTables: { from: string; to: string }[] } {
  const skipped: SkippedItem[] = [];
  const renamedTables: { from: string; to: string }[] = [];
  const tableNames = options.tableNames ?? assignTableNames(content.tables, options.takenNames);
  const renames = tableRenames(tableNames);

  // Values first, so tables can be built over exactly the planned values.
  const values = new Map<number, ExcelJS.CellValue>();
  const planned = new Map<number, PlannedCell>();
  for (const cell of content.cells) {
    if (cell.row < 1 || cell.column < 1) continue;
    values.set(key(cell.row, cell.column), cellValueOf(cell, renames));
    planned.set(key(cell.row, cell.column), cell);
  }

  for (const table of content.tables) {
    const name = tableNames.get(table.name) ?? table.name;
    if (name !== table.name) renamedTables.push({ from: table.name, to: name });
    const dataRows = table.bottom - table.top - (table.totalsRow ? 1 : 0);
    if (dataRows < 1 || table.right < table.left) {
      skipped.push({
        sheet: content.name,
        kind: "table",
        title: table.name,
        reason: "tableWithoutDataRows",
      });
      continue;
    }
    addTable(ws, table, name, values, options.language);
  }

  // Then every cell (again): values, formulas with cached results, styles, number formats.
  const styles: StyleCache = new Map();
  for (const [k, cellPlan] of planned) {
    const cell = ws.getCell(cellPlan.row, cellPlan.column);
    cell.value = values.get(k) ?? null;
    const style = cellPlan.style !== undefined ? XLSX_STYLES[cellPlan.style] : DEFAULT_XLSX_STYLE;
    applyStyle(styles, cell, cellPlan.style ?? "default", style, cellPlan.numberFormat);
  }

  content.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });

  const { rows, columns } = content.freeze;
  ws.views =
    rows > 0 || columns > 0
      ? [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(rows + 1, columns + 1) }]
      : [{ state: "normal" }];

  // charts: see README (ExcelJS 4.4 cannot write charts; the task pane's Office.js writer can).
  for (const chart of content.charts) {
    skipped.push({
      sheet: content.name,
      kind: "chart",
      title: chart.title,
      reason: "chartsNotSupported",
    });
  }
  return { skipped, renamedTables };
}

function headerText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "result" in value)
    return headerText(value.result as ExcelJS.CellValue);
  if (typeof value === "object") return "";
  return String(value).trim();
}

function addTable(
  ws: ExcelJS.Worksheet,
  table: TablePlan,
  name: string,
  values: Map<number, ExcelJS.CellValue>,
  language: Language
): void {
  // Header cells of a table are text, unique (case-insensitive) and not empty, as Excel requires.
  const texts: string[] = [];
  for (let c = table.left; c <= table.right; c++)
    texts.push(headerText(values.get(key(table.top, c))));
  const columns: ExcelJS.TableColumnProperties[] = tableHeaders(texts, language).map(
    (header, i) => {
      values.set(key(table.top, table.left + i), header);
      return { name: header, filterButton: true };
    }
  );
  const lastDataRow = table.totalsRow ? table.bottom - 1 : table.bottom;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = table.top + 1; r <= lastDataRow; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = table.left; c <= table.right; c++) row.push(values.get(key(r, c)) ?? null);
    rows.push(row);
  }
  if (table.totalsRow) {
    // The totals row's cells are the plan's own cells (written afterwards); the column
    // metadata only says "none", which Excel accepts for any content.
    const label = values.get(key(table.bottom, table.left));
    const first = columns[0];
    if (first !== undefined) first.totalsRowLabel = typeof label === "string" ? label : "";
    for (let i = 1; i < columns.length; i++)
      (columns[i] as ExcelJS.TableColumnProperties).totalsRowFunction = "none";
  }
  ws.addTable({
    name,
    displayName: name,
    ref: a1(table.top, table.left),
    headerRow: true,
    totalsRow: table.totalsRow,
    style: { theme: TABLE_THEME as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

/**
 * Writes the report into `workbook`: each planned sheet into KIK's existing sheet of that kind
 * (cleared in place) or a new sheet at the end, marked as generated. Other sheets, cells,
 * names and tables are left as they are. Throws {@link NotGeneratedSheetError} (before
 * changing anything) if a planned sheet name belongs to a sheet KIK did not make.
 */
export function writePlan(workbook: ExcelJS.Workbook, plan: ReportPlan): WriteResult {
  const existing = existingSheets(workbook);
  const targets = plan.sheets.map((sheet) => {
    const ws = worksheetByName(workbook, sheet.name);
    if (ws === undefined) return { sheet, ws: undefined };
    const known = existing.find((e) => e.name === ws.name);
    if (known === undefined || known.generatedKind !== sheet.kind)
      throw new NotGeneratedSheetError(ws.name);
    return { sheet, ws };
  });

  const rewritten = new Set(targets.flatMap((t) => (t.ws !== undefined ? [t.ws.name] : [])));
  const taken = reservedNames(workbook, rewritten);
  const tableNames = assignTableNames(
    plan.sheets.flatMap((s) => s.tables),
    taken
  );

  const sheets: { kind: ReportSheetKind; name: string; reused: boolean }[] = [];
  const skipped: SkippedItem[] = [];
  const renamedTables: { from: string; to: string }[] = [];
  for (const { sheet, ws: found } of targets) {
    let ws = found;
    if (ws !== undefined) clearWorksheet(ws);
    else ws = workbook.addWorksheet(sheet.name);
    const result = writeSheetContent(ws, sheet, {
      language: plan.language,
      takenNames: taken,
      tableNames,
    });
    skipped.push(...result.skipped);
    renamedTables.push(...result.renamedTables);
    markGenerated(workbook, sheet.kind, ws.name);
    sheets.push({ kind: sheet.kind, name: ws.name, reused: found !== undefined });
  }

  const first = sheets[0];
  if (first !== undefined) activateSheet(workbook, first.name);
  requestFullCalculation(workbook);
  return { sheets, skipped, renamedTables };
}

/** Excel recalculates every formula when it opens the file. */
export function requestFullCalculation(workbook: ExcelJS.Workbook): void {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

/** Opens the workbook on `sheet` (and only that sheet selected, so no sheets are grouped). */
export function activateSheet(workbook: ExcelJS.Workbook, sheet: string): void {
  const index = workbook.worksheets.findIndex((ws) => ws.name === sheet);
  if (index < 0) return;
  for (const ws of workbook.worksheets) {
    const selected = ws.name === sheet;
    const views = (ws.views as ExcelJS.WorksheetView[] | null | undefined) ?? [];
    if (views.length === 0) {
      if (selected)
        ws.views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
      continue;
    }
    ws.views = views.map((v, i) =>
      i === 0 ? ({ ...v, tabSelected: selected } as unknown as ExcelJS.WorksheetView) : v
    );
  }
  const bookViews = (workbook.views as ExcelJS.WorkbookView[] | null | undefined) ?? [];
  const view = bookViews[0] ?? {
    x: 0,
    y: 0,
    width: 12000,
    height: 24000,
    visibility: "visible",
  };
  workbook.views = [
    { ...view, activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView,
    ...bookViews.slice(1),
  ];
}
