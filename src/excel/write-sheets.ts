/**
 * A sheet's content as Office.js commands, cut into steps that the writer packs into syncs.
 *
 * Cells go in as rectangles through `range.formulas` (formulas with "=", numbers, booleans,
 * text with Excel's text prefix where it would otherwise be parsed, see `protectText`) and
 * `range.numberFormat`, null where a cell stays blank; then native tables over the plan's
 * blocks (header row and data rows; a totals row stays the plan's own cells just below the
 * table), styles, column widths, frozen panes and charts.
 *
 * Each cell step covers at most {@link WRITE_LIMITS}.rows rows and a share of the request
 * size Excel on the web accepts (5 MB), estimated as the UTF-8 bytes of its arrays as JSON.
 */
import type { Language } from "../i18n";
import type {
  ChartPlan,
  DataValidationPlan,
  PageSetupPlan,
  PlannedCell,
  SheetContent,
  TablePlan,
} from "../report/plan";
import { localAddress, tableHeaders, tableRenames } from "../sheet";
import { columnWidthPoints, formulaEntry, protectText, utf8Length } from "./cells";
import type { XlChartType, XlContext, XlRangeFormat, XlWorksheet } from "./office-api";
import { OFFICE_STYLES, TABLE_STYLE, type OfficeStyle } from "./styles";

/** Rows per write step at most, and bytes per sync (Excel on the web refuses over 5 MB). */
export const WRITE_LIMITS = { rows: 20_000, bytes: 4_000_000, stepBytes: 3_000_000 } as const;

export type { SheetContent } from "../report/plan";

/** Where the steps queue their commands. */
export interface Writer {
  readonly context: XlContext;
  /** The worksheet proxy of a sheet (made in this run, or looked up by name). */
  sheet(name: string): XlWorksheet;
}

/** A piece of work that goes into one sync. */
export interface Step {
  readonly sheet: string;
  /** Estimated request bytes. */
  readonly bytes: number;
  /** Rows of cells written (for progress). */
  readonly rows: number;
  /** What it does, for messages and tests ("cells", "tables", "charts", …). */
  readonly what: string;
  queue(writer: Writer): void;
}

type Entry = string | number | boolean | null;

function entryBytes(v: Entry | undefined): number {
  if (v === null || v === undefined) return 5;
  if (typeof v === "string") return utf8Length(v) + 3 + (v.match(/["\\]/g)?.length ?? 0);
  if (typeof v === "number") return String(v).length + 1;
  return v ? 5 : 6;
}

/** Tables Excel can make: at least one data row below the header. */
export function writableTables(content: SheetContent): TablePlan[] {
  return content.tables.filter(
    (t) => t.bottom - t.top - (t.totalsRow ? 1 : 0) >= 1 && t.right >= t.left
  );
}

/** Rectangles of cells with the same style: runs along rows, joined downwards. */
export function styleRectangles(
  cells: readonly PlannedCell[]
): { style: OfficeStyle; top: number; left: number; bottom: number; right: number }[] {
  const byStyle = new Map<OfficeStyle, Map<number, number[]>>();
  for (const c of cells) {
    if (c.style === undefined || c.row < 1 || c.column < 1) continue;
    const style = OFFICE_STYLES[c.style];
    if (style === undefined) continue;
    let rows = byStyle.get(style);
    if (rows === undefined) byStyle.set(style, (rows = new Map()));
    const list = rows.get(c.row);
    if (list === undefined) rows.set(c.row, [c.column]);
    else list.push(c.column);
  }
  const out: { style: OfficeStyle; top: number; left: number; bottom: number; right: number }[] =
    [];
  for (const [style, rows] of byStyle) {
    const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const columns = [...new Set(rows.get(row))].sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const c of columns) {
        const last = runs[runs.length - 1];
        if (last !== undefined && last[1] === c - 1) last[1] = c;
        else runs.push([c, c]);
      }
      const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
      for (const [left, right] of runs) {
        const key = `${left}:${right}`;
        const prev = open.get(key);
        if (prev !== undefined && prev.bottom === row - 1) {
          prev.bottom = row;
          next.set(key, prev);
          open.delete(key);
        } else next.set(key, { top: row, left, bottom: row, right });
      }
      for (const rect of open.values()) out.push({ style, ...rect });
      open.clear();
      for (const [k, v] of next) open.set(k, v);
    }
    for (const rect of open.values()) out.push({ style, ...rect });
  }
  return out;
}

function applyStyle(format: XlRangeFormat, style: OfficeStyle, rows: number): void {
  const font = style.font;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.color !== undefined) format.font.color = font.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  const line = (edge: "EdgeTop" | "EdgeBottom" | "InsideHorizontal", color: string) => {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = color;
  };
  if (style.borderTop !== undefined) line("EdgeTop", style.borderTop);
  if (style.borderBottom !== undefined) line("EdgeBottom", style.borderBottom);
  const inner = style.borderTop ?? style.borderBottom;
  if (inner !== undefined && rows > 1) line("InsideHorizontal", inner);
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
}

/**
 * The steps that write `content` into its (new or cleared) worksheet: cells in chunks, then
 * tables, styles, widths, frozen panes and charts. `tableNames` maps planned table names to
 * the names they get; `renames` the same for table references in formulas.
 */
export function sheetSteps(
  content: SheetContent,
  tableNames: ReadonlyMap<string, string>,
  language: Language
): Step[] {
  const name = content.name;
  const renames = tableRenames(tableNames);

  const byKey = new Map<number, PlannedCell>();
  const key = (row: number, column: number) => row * 16_384 + column;
  for (const c of content.cells)
    if (c.row >= 1 && c.column >= 1) byKey.set(key(c.row, c.column), c);
  const cellAt = (row: number, column: number) => byKey.get(key(row, column));

  const tables = writableTables(content);
  const entries = new Map<number, { entry: Entry; format: string | null }>();
  for (const [k, c] of byKey) {
    const format = c.numberFormat === undefined || c.numberFormat === "" ? null : c.numberFormat;
    entries.set(k, { entry: formulaEntry(c, renames), format });
  }
  for (const t of tables) {
    const texts: string[] = [];
    for (let c = t.left; c <= t.right; c++) texts.push(String(cellAt(t.top, c)?.value ?? ""));
    tableHeaders(texts, language).forEach((text, i) => {
      const k = key(t.top, t.left + i);
      entries.set(k, { entry: protectText(text), format: entries.get(k)?.format ?? null });
    });
  }

  // Rows with their columns, in order.
  const rows = new Map<number, number[]>();
  for (const k of entries.keys()) {
    const row = Math.floor(k / 16_384);
    const list = rows.get(row);
    if (list === undefined) rows.set(row, [k % 16_384]);
    else list.push(k % 16_384);
  }
  const order = [...rows.keys()].sort((a, b) => a - b);

  const steps: Step[] = [];
  let i = 0;
  while (i < order.length) {
    const top = order[i] as number;
    let bottom = top;
    let left = Infinity;
    let right = -Infinity;
    let bytes = 0;
    let j = i;
    while (j < order.length) {
      const row = order[j] as number;
      if (row - top + 1 > WRITE_LIMITS.rows) break;
      const columns = rows.get(row) as number[];
      let rowBytes = 0;
      let l = left;
      let r = right;
      for (const c of columns) {
        const e = entries.get(key(row, c));
        rowBytes += entryBytes(e?.entry) + entryBytes(e?.format ?? null);
        l = Math.min(l, c);
        r = Math.max(r, c);
      }
      const gapBytes = (row - bottom) * (r - l + 1) * 10;
      if (j > i && bytes + rowBytes + gapBytes > WRITE_LIMITS.stepBytes) break;
      bytes += rowBytes + gapBytes;
      left = l;
      right = r;
      bottom = row;
      j++;
    }
    const chunkTop = top;
    const chunkBottom = bottom;
    const chunkLeft = left;
    const chunkRight = right;
    steps.push({
      sheet: name,
      bytes: bytes + 200,
      rows: chunkBottom - chunkTop + 1,
      what: "cells",
      queue: (w) => {
        const formulas: Entry[][] = [];
        const formats: (string | null)[][] = [];
        let anyFormat = false;
        for (let r = chunkTop; r <= chunkBottom; r++) {
          const f: Entry[] = [];
          const n: (string | null)[] = [];
          for (let c = chunkLeft; c <= chunkRight; c++) {
            const e = entries.get(key(r, c));
            f.push(e === undefined ? null : e.entry);
            n.push(e === undefined ? null : e.format);
            if (e !== undefined && e.format !== null) anyFormat = true;
          }
          formulas.push(f);
          formats.push(n);
        }
        const range = w
          .sheet(name)
          .getRange(localAddress(chunkTop, chunkLeft, chunkBottom, chunkRight));
        // Number formats first: a date format must be there when the serial number arrives.
        if (anyFormat) range.numberFormat = formats;
        range.formulas = formulas;
      },
    });
    i = j;
  }

  // A step that only queues commands on the sheet (no cells).
  const sheetStep = (what: string, bytes: number, queue: (ws: XlWorksheet) => void): void => {
    steps.push({ sheet: name, bytes, rows: 0, what, queue: (w) => queue(w.sheet(name)) });
  };
  if (tables.length > 0) {
    sheetStep("tables", 800 * tables.length, (ws) => {
      for (const t of tables) {
        const lastDataRow = t.totalsRow ? t.bottom - 1 : t.bottom;
        const table = ws.tables.add(localAddress(t.top, t.left, lastDataRow, t.right), true);
        table.name = tableNames.get(t.name) ?? t.name;
        table.style = TABLE_STYLE;
        table.showBandedRows = true;
      }
    });
  }

  const rects = styleRectangles(content.cells);
  const widths: { left: number; right: number; width: number }[] = [];
  content.columnWidths.forEach((width, i) => {
    if (!Number.isFinite(width) || width <= 0) return;
    const last = widths[widths.length - 1];
    if (last !== undefined && last.right === i && last.width === width) last.right = i + 1;
    else widths.push({ left: i + 1, right: i + 1, width });
  });
  // Each rectangle is several object paths (range, format, font, fill, borders) and actions.
  sheetStep("styles", 1_200 * rects.length + 300 * widths.length + 300, (ws) => {
    for (const r of rects)
      applyStyle(
        ws.getRange(localAddress(r.top, r.left, r.bottom, r.right)).format,
        r.style,
        r.bottom - r.top + 1
      );
    for (const c of widths)
      ws.getRange(localAddress(1, c.left, 1, c.right)).format.columnWidth = columnWidthPoints(
        c.width
      );
    const { rows: frozenRows, columns: frozenColumns } = content.freeze;
    if (frozenRows > 0 && frozenColumns > 0)
      ws.freezePanes.freezeAt(localAddress(1, 1, frozenRows, frozenColumns));
    else if (frozenRows > 0) ws.freezePanes.freezeRows(frozenRows);
    else if (frozenColumns > 0) ws.freezePanes.freezeColumns(frozenColumns);
  });

  // Issue 11: merged blocks, row heights and the page setup, as the .xlsx writer writes them.
  const merges = content.merges ?? [];
  const heights = content.rowHeights ?? [];
  if (merges.length > 0 || heights.length > 0)
    sheetStep("layout", 300 * (merges.length + heights.length), (ws) => {
      for (const m of merges) ws.getRange(localAddress(m.top, m.left, m.bottom, m.right)).merge();
      for (const h of heights)
        ws.getRange(localAddress(h.row, 1, h.row, 1)).format.rowHeight = h.height;
    });
  const page = content.page;
  if (page !== undefined) sheetStep("page", 1_000, (ws) => applyPage(ws, page));
  const validations = content.validations ?? [];
  if (validations.length > 0)
    sheetStep("validations", 600 * validations.length, (ws) => {
      for (const v of validations) applyValidation(ws, v);
    });

  const charts = content.charts.filter(
    (c) =>
      c.series.length > 0 &&
      c.series.every((s) => s.values.bottom >= s.values.top) &&
      c.categories.bottom >= c.categories.top
  );
  if (charts.length > 0)
    sheetStep("charts", 2_000 * charts.length, (ws) => {
      for (const plan of charts) addChart(ws, plan);
    });
  return steps;
}

/** An Excel serial date (1900 system) as the ISO date Office.js reads in a date rule. */
function isoDate(serial: number): string {
  return new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
}

/** Sets a block's data validation and input message, as the .xlsx writer writes them. */
function applyValidation(ws: XlWorksheet, v: DataValidationPlan): void {
  const b = v.block;
  const dv = ws.getRange(localAddress(b.top, b.left, b.bottom, b.right)).dataValidation;
  const r = v.rule;
  const basic = (min: number, max: number | undefined) =>
    max === undefined
      ? { formula1: min, operator: "GreaterThanOrEqualTo" }
      : { formula1: min, formula2: max, operator: "Between" };
  if (r.kind === "list") dv.rule = { list: { inCellDropDown: true, source: r.items.join(",") } };
  else if (r.kind === "decimal") dv.rule = { decimal: basic(r.min, r.max) };
  else if (r.kind === "whole") dv.rule = { wholeNumber: basic(r.min, r.max) };
  else if (r.kind === "date")
    dv.rule = {
      date: { formula1: isoDate(r.min), formula2: isoDate(r.max), operator: "Between" },
    };
  // The same limits as the file format's (title 32, text 255 characters).
  dv.prompt = {
    showPrompt: true,
    title: v.prompt.title.slice(0, 32),
    message: v.prompt.text.slice(0, 255),
  };
  if (r.kind !== "any")
    dv.errorAlert = {
      showAlert: true,
      style: "Warning",
      title: v.prompt.title.slice(0, 32),
      message: v.prompt.text.slice(0, 255),
    };
}

/** Points per inch: the plan's margins are in inches (the file format's unit), Office.js's in points. */
const POINTS_PER_INCH = 72;

/** Applies a sheet's page setup through `worksheet.pageLayout` (ExcelApi 1.9). */
function applyPage(ws: XlWorksheet, page: PageSetupPlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = page.orientation === "portrait" ? "Portrait" : "Landscape";
  // 0 = as many pages as needed: left out, as Excel's "Automatic".
  layout.zoom = {
    ...(page.fitToWidth > 0 ? { horizontalFitToPages: page.fitToWidth } : {}),
    ...(page.fitToHeight > 0 ? { verticalFitToPages: page.fitToHeight } : {}),
  };
  const m = page.margins;
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  if (page.titleRows !== undefined)
    layout.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  if (page.printArea !== undefined) {
    const a = page.printArea;
    layout.setPrintArea(localAddress(a.top, a.left, a.bottom, a.right));
  }
  const hf = layout.headersFooters.defaultForAllPages;
  hf.leftHeader = page.header?.left ?? "";
  hf.centerHeader = page.header?.center ?? "";
  hf.rightHeader = page.header?.right ?? "";
  hf.leftFooter = page.footer?.left ?? "";
  hf.centerFooter = page.footer?.center ?? "";
  hf.rightFooter = page.footer?.right ?? "";
}

function addChart(ws: XlWorksheet, plan: ChartPlan): void {
  const block = (b: ChartPlan["categories"]) =>
    ws.getRange(localAddress(b.top, b.left, b.bottom, b.right));
  const first = plan.series[0];
  if (first === undefined) return;
  const chart = ws.charts.add(chartType(plan.kind, false), block(first.values), "Columns");
  chart.title.text = plan.title;
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(block(s.values));
    series.setXAxisValues(block(plan.categories));
    // A series drawn otherwise than the chart (a combined chart) or with markers.
    const kind = s.kind ?? plan.kind;
    const markers = kind === "line" && s.markers === true;
    if (kind !== plan.kind || markers) series.chartType = chartType(kind, markers);
  });
  chart.setPosition(
    localAddress(plan.anchor.top, plan.anchor.left),
    localAddress(plan.anchor.bottom, plan.anchor.right)
  );
}

/** Excel's chart type for a plan's kind (blank cells are gaps: Excel's default for new charts). */
function chartType(kind: ChartPlan["kind"], markers: boolean): XlChartType {
  if (kind === "column") return "ColumnClustered";
  // Issue 12: horizontal bars (the tornado on KIK Følsomhed).
  if (kind === "bar") return "BarClustered";
  return markers ? "LineMarkers" : "Line";
}

/** Steps packed into syncs: all in one when they fit one request, else by size and rows. */
export function packSteps(steps: readonly Step[]): Step[][] {
  const total = steps.reduce((s, x) => s + x.bytes, 0);
  if (total <= WRITE_LIMITS.bytes) return steps.length === 0 ? [] : [[...steps]];
  const batches: Step[][] = [];
  let batch: Step[] = [];
  let bytes = 0;
  let rows = 0;
  for (const step of steps) {
    const over = bytes + step.bytes > WRITE_LIMITS.bytes || rows + step.rows > WRITE_LIMITS.rows;
    if (batch.length > 0 && over) {
      batches.push(batch);
      batch = [];
      bytes = 0;
      rows = 0;
    }
    batch.push(step);
    bytes += step.bytes;
    rows += step.rows;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
