/**
 * The fake workbook's content: sheets of cells (constants, formulas, number formats, formats,
 * the text prefix), tables, charts, defined names, custom properties, frozen panes, protection.
 * Formulas are computed with HyperFormula when a value is read.
 *
 * Writing a cell follows Office.js (which parses like typing, en-US): see {@link parseEntry}.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { quoteSheet } from "../../../src/sheet";
import { FakeOfficeError } from "./errors";
import { registerFixed } from "../../report/hyperformula-fixed";

// The result sheets' explanations use FIXED, which HyperFormula lacks (Danish separators).
registerFixed();
import {
  contains,
  formatQualified,
  intersect,
  parseLocal,
  splitQualified,
  type Rect,
} from "./address";
import { sheetNameRefusal, sheetReferences } from "./sheet-references";

export type ErrorValue = { readonly error: string };
export type Constant = number | string | boolean | ErrorValue;

export interface Border {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fontName?: string;
  readonly fill?: string;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: string;
  readonly borderTop?: Border;
  readonly borderBottom?: Border;
  readonly borderLeft?: Border;
  readonly borderRight?: Border;
}

export interface CellModel {
  value?: Constant;
  /** "=…", English syntax. */
  formula?: string;
  numberFormat?: string;
  /** The cell was written with a leading apostrophe (Excel's text prefix). */
  quotePrefix?: boolean;
  format?: CellFormat;
}

export const HF_CONFIG = {
  licenseKey: "gpl-v3",
  smartRounding: false,
  useArrayArithmetic: true,
  maxRows: 1_048_576,
  maxColumns: 16_384,
} as const;

const ERROR_LITERALS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
]);

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Excel's serial of a date (1900 system, days since 1899-12-30). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1) return null;
  return t / 86_400_000 + 25_569;
}

/** What writing one entry through `values` / `formulas` does to a cell. */
export type ParsedEntry =
  | { readonly kind: "unchanged" }
  | { readonly kind: "clear" }
  | { readonly kind: "formula"; readonly formula: string }
  | {
      readonly kind: "constant";
      readonly value: Constant;
      readonly quotePrefix?: boolean;
      readonly numberFormat?: string;
    };

/**
 * How Excel takes a value written through `range.values` or `range.formulas` (as if typed,
 * en-US): null leaves the cell; "" empties it; in a cell formatted as text ("@") any text
 * stays text; a leading apostrophe is the text prefix (kept out of the value); "=…" is a
 * formula, and so are "+…", "-…" and "@…" that are not plain numbers; numbers ("24.2",
 * "1,008", "5%"), TRUE/FALSE, error literals and dates ("2015-06-01", "6/1/2015") become
 * what they look like; anything else is text.
 */
export function parseEntry(entry: unknown, numberFormat: string | undefined): ParsedEntry {
  if (entry === null || entry === undefined) return { kind: "unchanged" };
  if (typeof entry === "number") {
    if (!Number.isFinite(entry)) throw new FakeOfficeError("InvalidArgument", String(entry));
    return { kind: "constant", value: entry };
  }
  if (typeof entry === "boolean") return { kind: "constant", value: entry };
  if (typeof entry !== "string") throw new FakeOfficeError("InvalidArgument", typeof entry);
  const s = entry;
  if (s === "") return { kind: "clear" };
  if (s.startsWith("'")) return { kind: "constant", value: s.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { kind: "constant", value: s };
  if (s.startsWith("=") && s.length > 1) return { kind: "formula", formula: s };
  const t = s.trim();
  const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.exec(t);
  if (plain !== null) return { kind: "constant", value: Number(t) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { kind: "constant", value: Number(t.replace(/,/g, "")) };
  const percent = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (percent !== null) return { kind: "constant", value: Number(percent[1]) / 100 };
  if (/^true$/i.test(t)) return { kind: "constant", value: true };
  if (/^false$/i.test(t)) return { kind: "constant", value: false };
  if (ERROR_LITERALS.has(t.toUpperCase()))
    return { kind: "constant", value: { error: t.toUpperCase() } };
  const general = numberFormat === undefined || numberFormat === "General";
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso !== null) {
    const v = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (v !== null)
      return { kind: "constant", value: v, ...(general ? { numberFormat: "yyyy-mm-dd" } : {}) };
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us !== null) {
    const v = serial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (v !== null)
      return { kind: "constant", value: v, ...(general ? { numberFormat: "m/d/yyyy" } : {}) };
  }
  if (/^[+\-@]/.test(s) && s.length > 1) return { kind: "formula", formula: `=${s}` };
  return { kind: "constant", value: s };
}

/** Replaces references to sheet `from` by `to` (a new name) or by #REF! (`to` null). */
export function replaceSheetReferences(formula: string, from: string, to: string | null): string {
  const refs = sheetReferences(formula).filter(
    (r) => r.name.toLocaleLowerCase("da-DK") === from.toLocaleLowerCase("da-DK")
  );
  let out = formula;
  for (const r of refs.reverse())
    out = out.slice(0, r.start) + (to === null ? "#REF!" : `${quoteSheet(to)}!`) + out.slice(r.end);
  return out;
}

export class TableModel {
  style = "TableStyleMedium2";
  showBandedRows = true;
  /** The last row of `rect` is the table's totals row. */
  showTotals = false;
  constructor(
    readonly id: number,
    public name: string,
    public sheet: SheetModel,
    public rect: Rect
  ) {}
}

export interface SeriesModel {
  name: string;
  values: Rect | null;
  xValues: Rect | null;
  /** The series' own chart type, when set (a combined chart, markers). */
  chartType?: string;
}

export class ChartModel {
  title = "";
  series: SeriesModel[] = [];
  position: { start: string; end: string } | null = null;
  constructor(
    readonly id: number,
    public name: string,
    public sheet: SheetModel,
    readonly type: string
  ) {}
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

export class SheetModel {
  readonly cells = new Map<number, Map<number, CellModel>>();
  readonly columnWidths = new Map<number, number>();
  readonly customProperties = new Map<string, string>();
  freeze = { rows: 0, columns: 0 };
  protected = false;
  merges: Rect[] = [];
  /** Data validations set through `range.dataValidation`, by the range's address. */
  readonly validations: {
    address: string;
    rule?: unknown;
    prompt?: unknown;
    errorAlert?: unknown;
  }[] = [];
  /** Row heights in points (`format.rowHeight`). */
  readonly rowHeights = new Map<number, number>();
  /** The page setup written through `worksheet.pageLayout`, property by property. */
  readonly page: Record<string, unknown> = {};
  /**
   * Formula cells written while the workbook calculates manually and not calculated since
   * (row * 16,384 + column): they show 0 until `calculate`, as Excel keeps them until F9.
   */
  readonly stale = new Set<number>();
  charts: ChartModel[] = [];

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: number,
    public name: string
  ) {}

  get(row: number, column: number): CellModel | undefined {
    return this.cells.get(row)?.get(column);
  }

  ensure(row: number, column: number): CellModel {
    let line = this.cells.get(row);
    if (line === undefined) this.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (cell === undefined) line.set(column, (cell = {}));
    return cell;
  }

  /** Drops a cell that holds nothing any more. */
  tidy(row: number, column: number): void {
    const line = this.cells.get(row);
    const cell = line?.get(column);
    if (line === undefined || cell === undefined) return;
    if (
      cell.value === undefined &&
      cell.formula === undefined &&
      cell.numberFormat === undefined &&
      cell.format === undefined
    ) {
      line.delete(column);
      if (line.size === 0) this.cells.delete(row);
    }
  }

  forEach(fn: (row: number, column: number, cell: CellModel) => void): void {
    for (const [row, line] of this.cells) for (const [column, cell] of line) fn(row, column, cell);
  }

  /** Cells with content (`valuesOnly`) or with content or formats. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    this.forEach((row, column, cell) => {
      const has = cell.value !== undefined || cell.formula !== undefined;
      if (!has && (valuesOnly || (cell.numberFormat === undefined && cell.format === undefined)))
        return;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
    return top === Infinity ? null : { top, left, bottom, right };
  }

  /** `range.clear(applyTo)`. */
  clear(rect: Rect, what: "All" | "Contents" | "Formats"): void {
    const doomed: [number, number][] = [];
    for (const [row, line] of this.cells) {
      if (row < rect.top || row > rect.bottom) continue;
      for (const column of line.keys())
        if (column >= rect.left && column <= rect.right) doomed.push([row, column]);
    }
    for (const [row, column] of doomed) {
      const cell = this.get(row, column) as CellModel;
      if (what !== "Formats") {
        delete cell.value;
        delete cell.formula;
        delete cell.quotePrefix;
      }
      if (what !== "Contents") {
        delete cell.numberFormat;
        delete cell.format;
      }
      this.tidy(row, column);
    }
    if (what !== "Contents") this.merges = this.merges.filter((m) => intersect(m, rect) === null);
  }

  assertWritable(): void {
    if (this.protected)
      throw new FakeOfficeError("AccessDenied", `the sheet "${this.name}" is protected`);
  }
}

/** The whole workbook. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  protected = false;
  activeSheet: SheetModel | null = null;
  /** The selection; `more` holds further areas of a selection of several (Ctrl+click). */
  selection: { sheet: SheetModel; rect: Rect; more?: Rect[] } | null = null;
  /** `application.calculationMode`: in "Manual", written formulas wait for `calculate`. */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** How `numberFormat` reads back a stored format (exact unless {@link excelNumberFormat}). */
  readNumberFormat: (format: string) => string = (format) => format;
  /** Bumped on every change (the HyperFormula engine is rebuilt when it moved). */
  version = 0;
  private nextId = 1;
  private engine: { version: number; hf: HyperFormula; ids: Map<SheetModel, number> } | null = null;
  private checker: HyperFormula | null = null;
  private readonly formulaShapes = new Map<string, boolean>();

  id(): number {
    return this.nextId++;
  }

  touch(): void {
    this.version++;
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLocaleLowerCase("da-DK");
    return this.sheets.find((s) => s.name.toLocaleLowerCase("da-DK") === key);
  }

  assertStructureWritable(): void {
    if (this.protected)
      throw new FakeOfficeError("AccessDenied", "the workbook's structure is protected");
  }

  validSheetName(name: string, except?: SheetModel): void {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    )
      throw new FakeOfficeError("InvalidArgument", `sheet name "${name}"`);
    const other = this.sheet(name);
    if (other !== undefined && other !== except)
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}"`);
  }

  addSheet(name?: string): SheetModel {
    this.assertStructureWritable();
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet(`Sheet${i}`) !== undefined) i++;
      n = `Sheet${i}`;
    }
    this.validSheetName(n);
    const sheet = new SheetModel(this, this.id(), n);
    this.sheets.push(sheet);
    this.touch();
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertStructureWritable();
    if (this.sheets.length === 1)
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new FakeOfficeError("ItemNotFound", sheet.name);
    this.sheets.splice(i, 1);
    for (let t = this.tables.length - 1; t >= 0; t--)
      if (this.tables[t]?.sheet === sheet) this.tables.splice(t, 1);
    for (const n of this.names) n.formula = replaceSheetReferences(n.formula, sheet.name, null);
    for (const other of this.sheets)
      other.forEach((_r, _c, cell) => {
        if (cell.formula !== undefined)
          cell.formula = replaceSheetReferences(cell.formula, sheet.name, null);
      });
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
    this.touch();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.assertStructureWritable();
    this.validSheetName(name, sheet);
    const old = sheet.name;
    for (const n of this.names) n.formula = replaceSheetReferences(n.formula, old, name);
    for (const s of this.sheets)
      s.forEach((_r, _c, cell) => {
        if (cell.formula !== undefined)
          cell.formula = replaceSheetReferences(cell.formula, old, name);
      });
    sheet.name = name;
    this.touch();
  }

  /**
   * Throws InvalidArgument for a reference Excel would refuse: a bare sheet name Excel reads
   * as a cell, an R1C1 reference or a boolean (see sheet-references.ts).
   */
  checkSheetNames(formula: string): void {
    const refusal = sheetNameRefusal(formula);
    if (refusal !== null) throw new FakeOfficeError("InvalidArgument", `${formula}: ${refusal}`);
  }

  /** Throws InvalidArgument for a formula Excel would refuse (syntax, sheet names, unknown sheet). */
  checkFormula(formula: string): void {
    this.checkSheetNames(formula);
    for (const ref of sheetReferences(formula))
      if (this.sheet(ref.name) === undefined)
        throw new FakeOfficeError("InvalidArgument", `${formula}: no sheet "${ref.name}"`);
    const shape = formula.replace(/\$?[A-Z]{1,3}\$?\d+/g, "R");
    let ok = this.formulaShapes.get(shape);
    if (ok === undefined) {
      this.checker ??= HyperFormula.buildEmpty({ ...HF_CONFIG });
      ok = this.checker.validateFormula(formula);
      this.formulaShapes.set(shape, ok);
    }
    if (!ok) throw new FakeOfficeError("InvalidArgument", `formula ${formula}`);
  }

  /** Writes one `values` / `formulas` entry into a cell. */
  writeEntry(sheet: SheetModel, row: number, column: number, entry: unknown): void {
    const existing = sheet.get(row, column);
    const parsed = parseEntry(entry, existing?.numberFormat);
    if (parsed.kind === "unchanged") return;
    if (parsed.kind === "formula") this.checkFormula(parsed.formula);
    const cell = sheet.ensure(row, column);
    delete cell.value;
    delete cell.formula;
    delete cell.quotePrefix;
    const key = row * 16_384 + column;
    sheet.stale.delete(key);
    if (parsed.kind === "formula") {
      cell.formula = parsed.formula;
      if (this.calculationMode === "Manual") sheet.stale.add(key);
    } else if (parsed.kind === "constant") {
      cell.value = parsed.value;
      if (parsed.quotePrefix === true) cell.quotePrefix = true;
      if (parsed.numberFormat !== undefined) cell.numberFormat = parsed.numberFormat;
    }
    sheet.tidy(row, column);
  }

  /** Writes one `numberFormat` entry: null leaves it, "" resets it to General. */
  writeNumberFormat(sheet: SheetModel, row: number, column: number, entry: unknown): void {
    if (entry === null || entry === undefined) return;
    if (typeof entry !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat");
    const cell = sheet.ensure(row, column);
    if (entry === "" || entry === "General") delete cell.numberFormat;
    else cell.numberFormat = entry;
    sheet.tidy(row, column);
  }

  /** A name's type and value as Office.js reports them. */
  nameInfo(n: NameModel): {
    type: string;
    value: unknown;
    range: { sheet: SheetModel; rect: Rect } | null;
  } {
    const text = n.formula.replace(/^=/, "");
    if (text.includes("#REF!")) return { type: "Error", value: "#REF!", range: null };
    const { sheet, local } = splitQualified(text);
    const rect = parseLocal(local);
    const model = sheet === null ? undefined : this.sheet(sheet);
    if (model !== undefined && rect !== null)
      return {
        type: "Range",
        value: formatQualified(model.name, rect, true),
        range: { sheet: model, rect },
      };
    const number = Number(text);
    if (text !== "" && Number.isFinite(number))
      return { type: "Double", value: number, range: null };
    return { type: "String", value: text.replace(/^"|"$/g, ""), range: null };
  }

  name(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }

  /** Table and defined names share one namespace. */
  assertFreeName(name: string, except?: TableModel): void {
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    )
      throw new FakeOfficeError("InvalidArgument", `name "${name}"`);
    const key = name.toLowerCase();
    if (
      this.tables.some((t) => t !== except && t.name.toLowerCase() === key) ||
      this.name(name) !== undefined
    )
      throw new FakeOfficeError("ItemAlreadyExists", `the name "${name}"`);
  }

  /** The value of a cell as `range.values` reports it (formulas computed). */
  valueOf(sheet: SheetModel, row: number, column: number): Constant | null {
    const cell = sheet.get(row, column);
    if (cell === undefined) return null;
    if (cell.formula !== undefined)
      return sheet.stale.has(row * 16_384 + column) ? 0 : this.compute(sheet, row, column);
    return cell.value ?? null;
  }

  private compute(sheet: SheetModel, row: number, column: number): Constant {
    if (this.engine === null || this.engine.version !== this.version) this.engine = this.build();
    const id = this.engine.ids.get(sheet);
    if (id === undefined) return { error: "#REF!" };
    const v = this.engine.hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) {
      const text = v.value === "#ERROR!" ? "#NAME?" : v.value === "#CYCLE!" ? "#NUM!" : v.value;
      return { error: text };
    }
    if (v === null) return 0;
    return v;
  }

  private build(): { version: number; hf: HyperFormula; ids: Map<SheetModel, number> } {
    const data: Record<string, (string | number | boolean | null)[][]> = {};
    for (const s of this.sheets) {
      const used = s.usedRect(true);
      const grid: (string | number | boolean | null)[][] = [];
      if (used !== null)
        for (let r = 0; r < used.bottom; r++) grid.push(new Array<null>(used.right).fill(null));
      s.forEach((row, column, cell) => {
        const line = grid[row - 1];
        if (line === undefined || column > line.length) return;
        if (cell.formula !== undefined) line[column - 1] = cell.formula;
        else if (cell.value === undefined) line[column - 1] = null;
        else if (isErrorValue(cell.value)) line[column - 1] = cell.value.error;
        else if (typeof cell.value === "string") line[column - 1] = `'${cell.value}`;
        else line[column - 1] = cell.value;
      });
      data[s.name] = grid;
    }
    const hf = HyperFormula.buildFromSheets(data, { ...HF_CONFIG });
    const ids = new Map<SheetModel, number>();
    for (const s of this.sheets) ids.set(s, hf.getSheetId(s.name) as number);
    return { version: this.version, hf, ids };
  }

  /** The cells of `rect` in the sheet of the address (for checks in tests). */
  static inRect(rect: Rect, row: number, column: number): boolean {
    return contains(rect, row, column);
  }
}

/**
 * A stored number format as Excel's `Range.numberFormat` reads it back: "General" in any case as
 * "General"; the short date a Danish user picks (built-in format 14, shown "dd-mm-yyyy") in its
 * en-US form "m/d/yyyy" whatever the locale (office-js #229); "hh:mm" as "h:mm", as Excel for Mac
 * does (office-js #2107, #4310).
 */
export function excelNumberFormat(format: string): string {
  if (format.toLowerCase() === "general") return "General";
  if (format === "dd-mm-yyyy" || format === "dd-mm-åååå") return "m/d/yyyy";
  if (format === "hh:mm") return "h:mm";
  return format;
}
