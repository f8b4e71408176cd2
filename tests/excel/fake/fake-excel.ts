/**
 * The fake Excel: a workbook model, `run` (Excel.run), the document's settings, sync and
 * operation counters, failure injection, and direct access for setting up and inspecting
 * workbooks in tests (these helpers change the model at once, without syncs).
 */
import { a1 } from "../../../src/sheet";
import type { ExcelRun } from "../../../src/excel/office-api";
import { formatLocal, parseLocal, splitQualified, type Rect } from "./address";
import { CommandQueue, type FakeHost, type FakeOperation, type SyncRecord } from "./context";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import {
  excelNumberFormat,
  isErrorValue,
  TableModel,
  WorkbookModel,
  type CellFormat,
  type Constant,
  type SheetModel,
} from "./model";
import { FakeRequestContext } from "./proxies";
import { FakeSettings } from "./settings";

/** A cell to put into a workbook directly. */
export type SeedCell =
  | number
  | string
  | boolean
  | null
  | { readonly formula: string; readonly numberFormat?: string }
  | { readonly error: string }
  | {
      readonly value: number | string | boolean;
      readonly numberFormat?: string;
      readonly quotePrefix?: boolean;
    };

/** One cell as a test sees it. */
export interface CellView {
  /** The value (`range.values`): formulas computed, "" for blank, error text for errors. */
  readonly value: number | string | boolean;
  readonly type: "Empty" | "String" | "Double" | "Boolean" | "Error";
  /** The formula ("=…"), or null for a constant or blank cell. */
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
  readonly format: CellFormat;
}

/** The parts of a workbook a rollback must give back, for before/after comparisons. */
export interface WorkbookSnapshot {
  readonly sheets: readonly {
    readonly name: string;
    readonly cells: Readonly<Record<string, { f?: string; v?: unknown; nf?: string; q?: true }>>;
    readonly freeze: { readonly rows: number; readonly columns: number };
    readonly customProperties: Readonly<Record<string, string>>;
    readonly merges: readonly string[];
  }[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly tables: readonly {
    readonly name: string;
    readonly sheet: string;
    readonly range: string;
  }[];
  readonly charts: readonly { readonly sheet: string; readonly title: string }[];
}

export interface FakeExcelOptions {
  /** Request and response size limit per sync (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
}

/** One function of functions.json, as much as {@link FakeExcel.call} reads. */
export interface FunctionMetadata {
  readonly id: string;
  readonly options?: { readonly requiresParameterAddresses?: boolean };
  readonly result: { readonly dimensionality?: string };
  readonly parameters: readonly { readonly dimensionality?: string }[];
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly settings = new FakeSettings();
  /** `context.sync()` calls, `Excel.run` calls, write commands applied. */
  syncs = 0;
  runs = 0;
  writeOperations = 0;
  readonly syncLog: SyncRecord[] = [];
  /**
   * Times one `Excel.run` suspended screen updating in a second or later sync: Microsoft warns
   * that repeated calls make the Excel window flicker (performance.md).
   */
  screenFlickers = 0;
  readonly operations: FakeOperation[] = [];
  payloadLimit: number;
  /**
   * How a blank cell reaches a custom function ({@link functionArgument}): "null" as Excel on
   * the web passes it, "zero" as Excel for Windows does (office-js issues #4702, #5262).
   */
  blankArguments: "null" | "zero" = "null";
  /** Whether the task pane is shown ("Hidden": the shared runtime loaded the page without it). */
  visibility: "Hidden" | "Taskpane" = "Taskpane";
  private readonly visibilityListeners: ((mode: "Hidden" | "Taskpane") => void)[] = [];
  private failures: { match: (op: FakeOperation) => boolean; code: FakeErrorCode }[] = [];

  private readonly host: FakeHost;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    this.host = {
      model: this.model,
      get payloadLimit(): number {
        return fake.payloadLimit;
      },
      beforeWrite: (op) => fake.beforeWrite(op),
      recordSync: (record) => {
        fake.syncs++;
        fake.syncLog.push(record);
      },
      flicker: () => {
        fake.screenFlickers++;
      },
    };
  }

  /** `Excel.run`: a new request context over the workbook. */
  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    return batch(new FakeRequestContext(new CommandQueue(this.host)));
  };

  private beforeWrite(op: Omit<FakeOperation, "index">): FakeOperation {
    const full: FakeOperation = { ...op, index: this.writeOperations + 1 };
    const hit = this.failures.findIndex((f) => f.match(full));
    if (hit >= 0) {
      const failure = this.failures[hit] as { code: FakeErrorCode };
      this.failures.splice(hit, 1);
      throw new FakeOfficeError(failure.code, `injected failure at ${op.type}`, op.type);
    }
    this.writeOperations++;
    this.operations.push(full);
    return full;
  }

  /** Shows or hides the task pane, as Office.addin.onVisibilityModeChanged reports it. */
  setVisibility(mode: "Hidden" | "Taskpane"): void {
    this.visibility = mode;
    for (const l of this.visibilityListeners) l(mode);
  }

  /** Calls `listener` on each {@link setVisibility}. */
  onVisibility(listener: (mode: "Hidden" | "Taskpane") => void): void {
    this.visibilityListeners.push(listener);
  }

  /** Makes the `n`-th write command from now (1 = the next one) fail. */
  failAtOperation(n: number, code: FakeErrorCode = "GeneralException"): void {
    const index = this.writeOperations + n;
    this.failures.push({ match: (op) => op.index === index, code });
  }

  /** Makes the first write command that matches fail. */
  failWhen(match: (op: FakeOperation) => boolean, code: FakeErrorCode = "GeneralException"): void {
    this.failures.push({ match, code });
  }

  clearFailures(): void {
    this.failures = [];
  }

  // --- Setting up a workbook (directly, no syncs) ---

  private sheetModel(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (s === undefined) throw new Error(`no sheet ${name}`);
    return s;
  }

  private rect(address: string): Rect {
    const r = parseLocal(address);
    if (r === null) throw new Error(`bad address ${address}`);
    return r;
  }

  addSheet(name: string): this {
    const protectedBefore = this.model.protected;
    this.model.protected = false;
    this.model.addSheet(name);
    this.model.protected = protectedBefore;
    this.model.activeSheet ??= this.sheetModel(name);
    return this;
  }

  /** Puts one cell (constants as they are: text stays text). */
  setCell(sheet: string, address: string, cell: SeedCell): this {
    const s = this.sheetModel(sheet);
    const { top: row, left: column } = this.rect(address);
    if (cell === null) {
      const c = s.get(row, column);
      if (c !== undefined) {
        delete c.value;
        delete c.formula;
        s.tidy(row, column);
      }
      return this;
    }
    const c = s.ensure(row, column);
    delete c.value;
    delete c.formula;
    delete c.quotePrefix;
    if (typeof cell !== "object") c.value = cell;
    else if ("formula" in cell) {
      c.formula = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
      if (cell.numberFormat !== undefined) c.numberFormat = cell.numberFormat;
    } else if ("error" in cell) c.value = { error: cell.error };
    else {
      c.value = cell.value;
      if (cell.numberFormat !== undefined) c.numberFormat = cell.numberFormat;
      if (cell.quotePrefix === true) c.quotePrefix = true;
    }
    this.model.touch();
    return this;
  }

  /** Puts rows of cells starting at `topLeft`. */
  setCells(sheet: string, topLeft: string, rows: readonly (readonly SeedCell[])[]): this {
    const { top, left } = this.rect(topLeft);
    rows.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (cell !== null) this.setCell(sheet, a1(top + i, left + j), cell);
      })
    );
    return this;
  }

  setNumberFormat(sheet: string, address: string, format: string): this {
    const s = this.sheetModel(sheet);
    const r = this.rect(address);
    for (let row = r.top; row <= r.bottom; row++)
      for (let column = r.left; column <= r.right; column++)
        s.ensure(row, column).numberFormat = format;
    this.model.touch();
    return this;
  }

  addTable(
    sheet: string,
    address: string,
    name: string,
    options: { readonly totalsRow?: boolean } = {}
  ): this {
    const s = this.sheetModel(sheet);
    this.model.assertFreeName(name);
    const table = new TableModel(this.model.id(), name, s, this.rect(address));
    table.showTotals = options.totalsRow === true;
    this.model.tables.push(table);
    this.model.touch();
    return this;
  }

  /** A workbook-level defined name, e.g. ("KIK_Udfald", "='KIK Input'!$P$8:$Q$11"). */
  addName(name: string, formula: string): this {
    this.model.names.push({
      name,
      formula: formula.startsWith("=") ? formula : `=${formula}`,
      comment: "",
    });
    this.model.touch();
    return this;
  }

  /**
   * `numberFormat` reads back as Excel normalises it ({@link excelNumberFormat}): the built-in
   * short date as "m/d/yyyy", "hh:mm" as "h:mm" (Mac), "general" as "General".
   */
  normaliseNumberFormats(on = true): this {
    this.model.readNumberFormat = on ? excelNumberFormat : (format) => format;
    return this;
  }

  /** `application.calculationMode`: "Manual" keeps written formulas at 0 until calculated. */
  setCalculationMode(mode: "Automatic" | "AutomaticExceptTables" | "Manual"): this {
    this.model.calculationMode = mode;
    return this;
  }

  protectSheet(sheet: string, on = true): this {
    this.sheetModel(sheet).protected = on;
    return this;
  }

  protectWorkbook(on = true): this {
    this.model.protected = on;
    return this;
  }

  setCustomProperty(sheet: string, key: string, value: string): this {
    this.sheetModel(sheet).customProperties.set(key, value);
    return this;
  }

  merge(sheet: string, address: string): this {
    this.sheetModel(sheet).merges.push(this.rect(address));
    return this;
  }

  select(sheet: string, address: string, ...more: string[]): this {
    this.model.selection = {
      sheet: this.sheetModel(sheet),
      rect: this.rect(address),
      more: more.map((a) => this.rect(a)),
    };
    return this;
  }

  // --- Inspecting ---

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.model.sheet(name) !== undefined;
  }

  cell(sheet: string, address: string): CellView {
    const s = this.sheetModel(sheet);
    const { top, left } = this.rect(address);
    const c = s.get(top, left);
    const v = this.model.valueOf(s, top, left);
    const type: CellView["type"] =
      v === null
        ? "Empty"
        : isErrorValue(v)
          ? "Error"
          : typeof v === "number"
            ? "Double"
            : typeof v === "boolean"
              ? "Boolean"
              : "String";
    return {
      value: v === null ? "" : isErrorValue(v) ? v.error : v,
      type,
      formula: c?.formula ?? null,
      numberFormat: c?.numberFormat ?? "General",
      quotePrefix: c?.quotePrefix === true,
      format: c?.format ?? {},
    };
  }

  /** The formula of a cell ("=…") or null, without computing anything. */
  formulaAt(sheet: string, address: string): string | null {
    const { top, left } = this.rect(address);
    return this.sheetModel(sheet).get(top, left)?.formula ?? null;
  }

  /** Computed values of a range ("" for blank). */
  values(sheet: string, address: string): (number | string | boolean)[][] {
    const r = this.rect(address);
    const out: (number | string | boolean)[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: (number | string | boolean)[] = [];
      for (let column = r.left; column <= r.right; column++)
        line.push(this.cell(sheet, a1(row, column)).value);
      out.push(line);
    }
    return out;
  }

  /**
   * A range as Excel hands it to a custom function's `any[][]` parameter: computed values,
   * errors as `{ code }`, blank cells as null or 0 ({@link blankArguments}).
   */
  functionArgument(sheet: string, address: string): unknown[][] {
    const blank = this.blankArguments === "zero" ? 0 : null;
    const s = this.sheetModel(sheet);
    const r = this.rect(address);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let column = r.left; column <= r.right; column++) {
        const v = this.model.valueOf(s, row, column);
        line.push(v === null ? blank : isErrorValue(v) ? { code: v.error } : v);
      }
      out.push(line);
    }
    return out;
  }

  /**
   * Calls a custom function as Excel does for a formula over cells (`refs`: "Sheet!A1:B4" per
   * parameter, null for an omitted one): each argument's computed value (a matrix where the
   * parameter's dimensionality is "matrix", else the single value; blanks per
   * {@link blankArguments}), then the invocation, with `parameterAddresses` only when the
   * metadata sets `requiresParameterAddresses` on a function with a matrix result (Microsoft:
   * "Manually create JSON metadata for custom functions", options).
   * @returns the function's result, or what it threw
   */
  call(
    metadata: FunctionMetadata,
    fn: (...args: never[]) => unknown,
    ...refs: (string | null)[]
  ): { result?: unknown; thrown?: unknown; invocation: { parameterAddresses?: string[] } } {
    const args = metadata.parameters.map((p, i) => {
      const ref = refs[i] ?? null;
      if (ref === null) return null;
      const bang = ref.lastIndexOf("!");
      const sheet = ref
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const value = this.functionArgument(sheet, ref.slice(bang + 1));
      return p.dimensionality === "matrix" ? value : (value[0]?.[0] ?? null);
    });
    const asks =
      metadata.options?.requiresParameterAddresses === true &&
      metadata.result.dimensionality === "matrix";
    const invocation = asks
      ? { parameterAddresses: metadata.parameters.map((_p, i) => refs[i] ?? "") }
      : {};
    try {
      return { result: fn(...([...args, invocation] as never[])), invocation };
    } catch (thrown) {
      return { thrown, invocation };
    }
  }

  /** Every non-empty cell of a sheet: address -> cell. */
  cells(sheet: string): Map<
    string,
    {
      row: number;
      column: number;
      value?: Constant;
      formula?: string;
      numberFormat?: string;
      quotePrefix?: boolean;
      format?: CellFormat;
    }
  > {
    const s = this.sheetModel(sheet);
    const out = new Map<
      string,
      {
        row: number;
        column: number;
        value?: Constant;
        formula?: string;
        numberFormat?: string;
        quotePrefix?: boolean;
        format?: CellFormat;
      }
    >();
    s.forEach((row, column, c) => out.set(a1(row, column), { row, column, ...c }));
    return out;
  }

  tables(): { name: string; sheet: string; range: string; style: string }[] {
    return this.model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      range: formatLocal(t.rect),
      style: t.style,
    }));
  }

  charts(sheet: string): {
    name: string;
    type: string;
    title: string;
    series: { name: string; values: string | null; xValues: string | null }[];
    position: { start: string; end: string } | null;
  }[] {
    return this.sheetModel(sheet).charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      series: c.series.map((s) => ({
        name: s.name,
        values: s.values === null ? null : formatLocal(s.values),
        xValues: s.xValues === null ? null : formatLocal(s.xValues),
      })),
      position: c.position,
    }));
  }

  names(): { name: string; formula: string; type: string }[] {
    return this.model.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      type: this.model.nameInfo(n).type,
    }));
  }

  customProperties(sheet: string): Record<string, string> {
    return Object.fromEntries(this.sheetModel(sheet).customProperties);
  }

  /** What `worksheet.pageLayout` set on `sheet`, property by property. */
  page(sheet: string): Record<string, unknown> {
    return { ...this.sheetModel(sheet).page };
  }

  /** Data validations set through `range.dataValidation`. */
  validations(sheet: string): { address: string; rule?: unknown; prompt?: unknown }[] {
    return this.sheetModel(sheet).validations.map((v) => ({ ...v }));
  }

  /** Row heights set through `format.rowHeight` (row → points). */
  rowHeights(sheet: string): Map<number, number> {
    return new Map(this.sheetModel(sheet).rowHeights);
  }

  freeze(sheet: string): { rows: number; columns: number } {
    return { ...this.sheetModel(sheet).freeze };
  }

  /** Width of a column in points, or undefined when never set. */
  columnWidth(sheet: string, column: number): number | undefined {
    return this.sheetModel(sheet).columnWidths.get(column);
  }

  activeSheet(): string | null {
    return this.model.activeSheet?.name ?? null;
  }

  /** Values, formulas, number formats, text prefixes, frozen panes, custom properties,
   * merges, names, tables and charts of the whole workbook. */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.model.sheets.map((s) => {
        const cells: Record<string, { f?: string; v?: unknown; nf?: string; q?: true }> = {};
        s.forEach((row, column, c) => {
          const entry: { f?: string; v?: unknown; nf?: string; q?: true } = {};
          if (c.formula !== undefined) entry.f = c.formula;
          else if (c.value !== undefined) entry.v = c.value;
          if (c.numberFormat !== undefined) entry.nf = c.numberFormat;
          if (c.quotePrefix === true) entry.q = true;
          if (Object.keys(entry).length > 0) cells[a1(row, column)] = entry;
        });
        return {
          name: s.name,
          cells,
          freeze: { ...s.freeze },
          customProperties: Object.fromEntries(s.customProperties),
          merges: s.merges.map((m) => formatLocal(m)),
        };
      }),
      names: this.model.names.map((n) => ({ name: n.name, formula: n.formula })),
      tables: this.tables().map(({ name, sheet, range }) => ({ name, sheet, range })),
      charts: this.model.sheets.flatMap((s) =>
        s.charts.map((c) => ({ sheet: s.name, title: c.title }))
      ),
    };
  }

  /** Parses "'Sheet'!A1:B2" into sheet and rectangle (for tests). */
  static split(address: string): { sheet: string | null; rect: Rect | null } {
    const { sheet, local } = splitQualified(address);
    return { sheet, rect: parseLocal(local) };
  }
}
