/**
 * A planned sheet as a worksheet part (ECMA-376 Part 1 §18.3): cells with KIK's formats, formulas
 * with the engine's value as cached result, column widths, frozen panes, and the references to
 * the sheet's tables and drawing.
 *
 * How cells are written:
 * - text as an inline string (`t="inlineStr"`), so the package's shared-string table is never
 *   touched; text that looks like a formula ("=HYPERLINK(…)") stays text;
 * - a formula as `<f>` (English syntax, as the plan has it; functions newer than Excel 2007
 *   with the `_xlfn.` prefix the file format requires) with its cached result: a number, text
 *   (`t="str"`), TRUE/FALSE (`t="b"`) or an error (`t="e"`); without a value, no result;
 * - a date (a number with a date format) moved to the 1904 date system when the workbook uses
 *   it, so 1 June 2015 stays 1 June 2015;
 * - text longer than a cell holds (32,767 characters) cut to fit.
 */
import { Buffer } from "node:buffer";
import {
  isDateFormat,
  a1,
  localAddress,
  EXCEL_ERROR_VALUES,
  MAX_TEXT,
  writtenFormula,
} from "../sheet";
import type {
  DataValidationPlan,
  HeaderFooterPlan,
  PageSetupPlan,
  PlannedCell,
  SheetContent,
} from "../report/plan";
import { XML_DECLARATION, type Conformance } from "./opc";
import { DATE1904_OFFSET } from "./sheet-data";
import { DEFAULT_XLSX_STYLE, XLSX_STYLES, type StylesEditor } from "./styles";
import { escapeXml, escapeXstring } from "./xml";

/**
 * Functions added to Excel after 2007, which the file format stores with the `_xlfn.` prefix
 * ([MS-XLSX] §2.2.2 "Formulas", future functions); without it Excel shows #NAME?.
 */
const FUTURE_FUNCTIONS = [
  "AGGREGATE",
  "CEILING.MATH",
  "CONCAT",
  "DAYS",
  "FILTER",
  "FLOOR.MATH",
  "FORMULATEXT",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "NORM.DIST",
  "NORM.INV",
  "NUMBERVALUE",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "RANK.EQ",
  "RRI",
  "SEQUENCE",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "XLOOKUP",
  "XMATCH",
];
const FUTURE = new RegExp(
  `(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(/\./g, "\\.")).join("|")})\\(`,
  "gi"
);

/** A formula as the file stores it: future functions prefixed, text in quotes left alone. */
export function storedFormula(formula: string): string {
  // Split into quoted parts ("text", 'sheet') and the rest; only the rest holds function names.
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g,
    (whole, quoted: string | undefined) =>
      quoted !== undefined
        ? whole
        : whole.replace(
            FUTURE,
            (_m, before: string, name: string) => `${before}_xlfn.${name.toUpperCase()}(`
          )
  );
}

/** What {@link worksheetXml} needs besides the sheet's content. */
export interface WorksheetContext {
  readonly conformance: Conformance;
  readonly styles: StylesEditor;
  readonly date1904: boolean;
  /** Planned table name → name written, for formulas that refer to tables. */
  readonly renames?: ReadonlyMap<string, string>;
  /** Relationship ids of the sheet's table parts, in order. */
  readonly tableIds: readonly string[];
  /** Relationship id of the sheet's drawing, if it has charts. */
  readonly drawingId?: string;
  /** The sheet is the one selected when the workbook opens. */
  readonly selected: boolean;
}

/** A number as the workbook stores it (a date moved to the 1904 system when the workbook uses it). */
export function storedNumber(
  value: number,
  numberFormat: string | undefined,
  date1904: boolean
): number {
  return date1904 && isDateFormat(numberFormat) ? value - DATE1904_OFFSET : value;
}

/** The value a cell shows as the file stores it (for the chart caches). */
export function storedValue(
  cell: PlannedCell,
  date1904: boolean
): number | string | boolean | null {
  const v = cell.value;
  if (typeof v === "number")
    return Number.isFinite(v) ? storedNumber(v, cell.numberFormat, date1904) : null;
  return v;
}

function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

function text(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

function cellXml(cell: PlannedCell, style: number, ctx: WorksheetContext): string {
  const r = a1(cell.row, cell.column);
  const head = `<c r="${r}" s="${style}"`;
  const v = cell.value;
  if (cell.formula !== undefined && cell.formula !== "") {
    const f = `<f>${escapeXstring(storedFormula(writtenFormula(cell.formula, ctx.renames)))}</f>`;
    if (v === null) return `${head}>${f}</c>`;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return `${head} t="e">${f}<v>#NUM!</v></c>`;
      return `${head}>${f}<v>${numberText(storedNumber(v, cell.numberFormat, ctx.date1904))}</v></c>`;
    }
    if (typeof v === "boolean") return `${head} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (EXCEL_ERROR_VALUES.has(v)) return `${head} t="e">${f}<v>${escapeXml(v)}</v></c>`;
    return `${head} t="str">${f}<v>${escapeXstring(text(v))}</v></c>`;
  }
  if (v === null || v === "") return `${head}/>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `${head}/>`;
    return `${head}><v>${numberText(storedNumber(v, cell.numberFormat, ctx.date1904))}</v></c>`;
  }
  if (typeof v === "boolean") return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  const t = text(v);
  const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
  return `${head} t="inlineStr"><is><t${space}>${escapeXstring(t)}</t></is></c>`;
}

function sheetViewXml(content: SheetContent, selected: boolean): string {
  const { rows, columns } = content.freeze;
  const open = `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}`;
  if (rows <= 0 && columns <= 0) return `<sheetViews>${open}/></sheetViews>`;
  const topLeft = a1(rows + 1, columns + 1);
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<sheetViews>${open}><pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}` +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`
        : ""
    )
    .join("");
  return cols === "" ? "" : `<cols>${cols}</cols>`;
}

/** Excel's limits on an input message (§18.3.1.32): title 32, text 255 characters. */
const PROMPT_TITLE = 32;
const PROMPT_TEXT = 255;

/** The data validations with their input messages (§18.3.1.32); a breach is a warning. */
function validationsXml(list: readonly DataValidationPlan[]): string {
  if (list.length === 0) return "";
  const one = (v: DataValidationPlan): string => {
    const b = v.block;
    const sqref = localAddress(b.top, b.left, b.bottom, b.right);
    const r = v.rule;
    let type = "";
    let formulas = "";
    if (r.kind === "list") {
      type = ' type="list"';
      formulas = `<formula1>${escapeXml(`"${r.items.join(",")}"`)}</formula1>`;
    } else if (r.kind !== "any") {
      const max = r.max;
      type = ` type="${r.kind}"${max === undefined ? ' operator="greaterThanOrEqual"' : ""}`;
      formulas =
        `<formula1>${r.min}</formula1>` + (max === undefined ? "" : `<formula2>${max}</formula2>`);
    }
    const title = v.prompt.title.slice(0, PROMPT_TITLE);
    const text = v.prompt.text.slice(0, PROMPT_TEXT);
    return (
      `<dataValidation${type} errorStyle="warning" allowBlank="1" showInputMessage="1"` +
      // The warning on a value outside the rule repeats the input message, as the task pane's
      // writer does (errorAlert), instead of Excel's generic text.
      `${r.kind === "any" ? "" : ` showErrorMessage="1" errorTitle="${escapeXml(title)}" error="${escapeXml(text)}"`}` +
      ` promptTitle="${escapeXml(title)}"` +
      ` prompt="${escapeXml(text)}" sqref="${sqref}">${formulas}</dataValidation>`
    );
  };
  return `<dataValidations count="${list.length}">${list.map(one).join("")}</dataValidations>`;
}

/** A header or footer as the file stores it: "&L…&C…&R…" (Excel's codes kept). */
function headerFooterText(part: HeaderFooterPlan | undefined): string {
  if (part === undefined) return "";
  return (
    (part.left === undefined ? "" : `&L${part.left}`) +
    (part.center === undefined ? "" : `&C${part.center}`) +
    (part.right === undefined ? "" : `&R${part.right}`)
  );
}

/**
 * How the sheet prints: margins, A4 with orientation and fit to pages (§18.3.1.63, with
 * `pageSetUpPr fitToPage` in sheetPr), header and footer; Excel's defaults without a plan.
 */
function pageXml(page: PageSetupPlan | undefined): string {
  if (page === undefined)
    return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = page.margins;
  const header = headerFooterText(page.header);
  const footer = headerFooterText(page.footer);
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>` +
    (header === "" && footer === ""
      ? ""
      : `<headerFooter>${header === "" ? "" : `<oddHeader>${escapeXstring(header)}</oddHeader>`}${footer === "" ? "" : `<oddFooter>${escapeXstring(footer)}</oddFooter>`}</headerFooter>`)
  );
}

/** Rows encoded together: one string of a few hundred KB at a time, never the whole sheet's. */
const ROWS_PER_CHUNK = 2_000;

/**
 * The worksheet part of a planned sheet, as UTF-8 bytes. `cells` are the cells to write (the
 * plan's, with table headers already made unique): one per address, the last one given winning.
 * The rows are encoded a chunk at a time, so a sheet of millions of cells never exists as one
 * string beside its bytes (`npm run bench`, 100,000 caseload months).
 */
export function worksheetXml(
  content: SheetContent,
  cells: readonly PlannedCell[],
  ctx: WorksheetContext
): Uint8Array {
  // One pass over the cells in row, then column order (a plan lists them so already; sorted
  // only when not), without a map per row: KIK Sagstal can hold millions of cells.
  const valid = cells.filter((c) => c.row >= 1 && c.column >= 1);
  const inOrder = (a: PlannedCell, b: PlannedCell) => a.row - b.row || a.column - b.column;
  let sorted = true;
  for (let i = 1; i < valid.length && sorted; i++)
    sorted = inOrder(valid[i - 1] as PlannedCell, valid[i] as PlannedCell) < 0;
  if (!sorted) valid.sort(inOrder);
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const cell of valid) {
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.column);
    right = Math.max(right, cell.column);
  }
  const heights = new Map((content.rowHeights ?? []).map((h) => [h.row, h.height]));
  const rowStart = (r: number) => {
    const height = heights.get(r);
    return height === undefined
      ? `<row r="${r}">`
      : `<row r="${r}" ht="${height}" customHeight="1">`;
  };
  // Rows with a height but no cell are written too, in their place.
  const bare = [...heights.keys()].filter((r) => r >= 1).sort((a, b) => a - b);
  let nextBare = 0;
  let rows: string[] = [];
  const chunks: Buffer[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    chunks.push(Buffer.from(rows.join(""), "utf8"));
    rows = [];
  };
  const bareUpTo = (r: number) => {
    for (; nextBare < bare.length && (bare[nextBare] as number) < r; nextBare++)
      rows.push(`${rowStart(bare[nextBare] as number)}</row>`);
    if (bare[nextBare] === r) nextBare++;
  };
  let i = 0;
  while (i < valid.length) {
    const r = (valid[i] as PlannedCell).row;
    bareUpTo(r);
    let out = rowStart(r);
    let lastColumn = 0;
    for (; i < valid.length && (valid[i] as PlannedCell).row === r; i++) {
      const cell = valid[i] as PlannedCell;
      // The last cell planned at an address wins, as it did when cells were keyed by address.
      const next = valid[i + 1];
      if (next !== undefined && next.row === r && next.column === cell.column) continue;
      if (cell.column === lastColumn) continue;
      lastColumn = cell.column;
      const look = cell.style === undefined ? DEFAULT_XLSX_STYLE : XLSX_STYLES[cell.style];
      out += cellXml(cell, ctx.styles.cellFormat(look, cell.numberFormat), ctx);
    }
    rows.push(`${out}</row>`);
    if (rows.length >= ROWS_PER_CHUNK) flush();
  }
  bareUpTo(Infinity);
  const dimension = top === Infinity ? "A1" : localAddress(top, left, bottom, right);
  const tables =
    ctx.tableIds.length === 0
      ? ""
      : `<tableParts count="${ctx.tableIds.length}">${ctx.tableIds
          .map((id) => `<tablePart r:id="${id}"/>`)
          .join("")}</tableParts>`;
  const merges = content.merges ?? [];
  const mergeCells =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges
          .map((m) => `<mergeCell ref="${localAddress(m.top, m.left, m.bottom, m.right)}"/>`)
          .join("")}</mergeCells>`;
  const fit = content.page !== undefined ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  flush();
  const head =
    `${XML_DECLARATION}<worksheet xmlns="${ctx.conformance.main}" xmlns:r="${ctx.conformance.r}">` +
    `${fit}<dimension ref="${dimension}"/>${sheetViewXml(content, ctx.selected)}` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `${colsXml(content.columnWidths)}<sheetData>`;
  const tail =
    `</sheetData>${mergeCells}` +
    validationsXml(content.validations ?? []) +
    pageXml(content.page) +
    (ctx.drawingId === undefined ? "" : `<drawing r:id="${ctx.drawingId}"/>`) +
    `${tables}</worksheet>`;
  return Buffer.concat([Buffer.from(head, "utf8"), ...chunks, Buffer.from(tail, "utf8")]);
}
