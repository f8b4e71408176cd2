/**
 * The Office.js objects of the fake: proxies that queue commands on a {@link CommandQueue} and
 * resolve to the model when the command runs (at `sync()`), like Office.js's object paths.
 * They implement the interfaces of src/excel/office-api.ts.
 */
import type {
  XlApplication,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlChartSeriesCollection,
  XlChartTitle,
  XlContext,
  XlNamedItem,
  XlNamedItemCollection,
  XlRange,
  XlRangeAreas,
  XlPageLayout,
  XlDataValidation,
  XlDataValidationRule,
  XlHeaderFooterGroup,
  XlHeaderFooter,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorkbookProtection,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetCustomProperty,
  XlWorksheetCustomPropertyCollection,
  XlWorksheetFreezePanes,
  XlWorksheetProtection,
} from "../../../src/excel/office-api";
import {
  columns,
  formatLocal,
  formatQualified,
  intersect,
  parseLocal,
  rows,
  splitQualified,
  WHOLE_SHEET,
  type Rect,
} from "./address";
import { CommandQueue, jsonBytes } from "./context";
import { FakeOfficeError } from "./errors";
import {
  ChartModel,
  isErrorValue,
  parseEntry,
  TableModel,
  type Border,
  type CellFormat,
  type NameModel,
  type ParsedEntry,
  type SheetModel,
  type WorkbookModel,
} from "./model";

/** Cells a single command may touch or return at most (a guard against whole-sheet loads). */
const MAX_CELLS = 5_000_000;

function names(propertyNames: string | string[] | undefined, all: readonly string[]): string[] {
  if (propertyNames === undefined) return [...all];
  const list = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",");
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

/** The base of every proxy: load/sync rules and lazy resolution. */
abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private memo: { value: T | null } | undefined;

  constructor(
    protected readonly q: CommandQueue,
    private readonly resolver: () => T | null,
    protected readonly orNull = false
  ) {
    q.objectPath();
  }

  /** The model object, resolved when a command first needs it (then fixed). */
  protected resolve(): T | null {
    if (this.memo === undefined) this.memo = { value: this.resolver() };
    return this.memo.value;
  }

  /** The model object, or ItemNotFound. */
  target(): T {
    const t = this.resolve();
    if (t === null)
      throw new FakeOfficeError("ItemNotFound", this.constructor.name.replace(/^Fake/, ""));
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
    return this.nullState;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw new FakeOfficeError("PropertyNotLoaded", name);
    return this.loaded.get(name) as V;
  }

  protected abstract readonly scalars: readonly string[];
  protected abstract readProperty(target: T, name: string): unknown;

  /** Values a load would give now (for collection items loaded through their collection). */
  snapshot(list: readonly string[]): Map<string, unknown> {
    const t = this.orNull ? this.resolve() : this.target();
    const values = new Map<string, unknown>();
    for (const n of list) {
      if (!this.scalars.includes(n)) throw new FakeOfficeError("InvalidArgument", `property ${n}`);
      values.set(n, t === null ? null : this.readProperty(t, n));
    }
    return values;
  }

  /** Takes loaded values (after a successful sync). */
  accept(values: Map<string, unknown>, isNull: boolean): void {
    this.nullState = isNull;
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  load(propertyNames?: string | string[]): this {
    const list = names(propertyNames, this.scalars);
    this.q.load(() => {
      const isNull = this.orNull && this.resolve() === null;
      const values = this.snapshot(list);
      return { bytes: jsonBytes([...values.values()]), commit: () => this.accept(values, isNull) };
    });
    return this;
  }
}

/** A collection: `items` after `load("items/…")`. */
abstract class FakeCollection<T, P extends FakeClientObject<unknown>> extends FakeClientObject<T> {
  private loadedItems: P[] | undefined;
  protected abstract list(target: T): P[];
  protected abstract readonly itemScalars: readonly string[];
  protected readonly scalars: readonly string[] = ["count"];

  protected readProperty(target: T, name: string): unknown {
    if (name === "count") return this.list(target).length;
    throw new FakeOfficeError("InvalidArgument", `property ${name}`);
  }

  get items(): P[] {
    if (this.loadedItems === undefined) throw new FakeOfficeError("PropertyNotLoaded", "items");
    return this.loadedItems;
  }

  load(propertyNames?: string | string[]): this {
    const list = names(propertyNames, ["items"]);
    const itemProps: string[] = [];
    let wantsItems = false;
    for (const n of list) {
      if (n === "items") {
        wantsItems = true;
        itemProps.push(...this.itemScalars);
      } else if (n.startsWith("items/")) {
        wantsItems = true;
        itemProps.push(n.slice("items/".length));
      }
    }
    const own = list.filter((n) => n !== "items" && !n.startsWith("items/"));
    this.q.load(() => {
      const t = this.target();
      const ownValues = this.snapshot(own);
      const items = wantsItems ? this.list(t) : [];
      const values = items.map((p) => p.snapshot(itemProps));
      return {
        bytes: jsonBytes(values.map((v) => [...v.values()])),
        commit: () => {
          this.accept(ownValues, false);
          if (!wantsItems) return;
          items.forEach((p, i) => p.accept(values[i] as Map<string, unknown>, false));
          this.loadedItems = items;
        },
      };
    });
    return this;
  }
}

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

function cellCount(rect: Rect): number {
  return rows(rect) * columns(rect);
}

function grid<V>(t: RangeTarget, fn: (row: number, column: number) => V): V[][] {
  if (cellCount(t.rect) > MAX_CELLS)
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "range too large to read");
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

/** A rectangle given as an address string or a range, on `sheet`. */
function rectOf(sheet: SheetModel, reference: XlRange | string): Rect {
  if (typeof reference !== "string") {
    const t = (reference as FakeRange).target();
    if (t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "range on another sheet");
    return t.rect;
  }
  const { sheet: named, local } = splitQualified(reference);
  if (named !== null && sheet.workbook.sheet(named) !== sheet)
    throw new FakeOfficeError("InvalidArgument", reference);
  const rect = parseLocal(local);
  if (rect === null) throw new FakeOfficeError("InvalidArgument", reference);
  return rect;
}

// Formats are shared, immutable objects (a million cells with the same look share one).
const formatCache = new WeakMap<CellFormat, Map<string, CellFormat>>();
const EMPTY_FORMAT: CellFormat = {};

function withFormat(
  base: CellFormat | undefined,
  key: keyof CellFormat,
  value: unknown
): CellFormat {
  const from = base ?? EMPTY_FORMAT;
  let byChange = formatCache.get(from);
  if (byChange === undefined) formatCache.set(from, (byChange = new Map()));
  const id = `${key}\u0000${JSON.stringify(value)}`;
  let next = byChange.get(id);
  if (next === undefined) {
    next = { ...from, [key]: value };
    byChange.set(id, next);
  }
  return next;
}

export class FakeRange extends FakeClientObject<RangeTarget> implements XlRange {
  protected readonly scalars = [
    "address",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "text",
  ] as const;
  private formatProxy: FakeRangeFormat | undefined;

  constructor(q: CommandQueue, resolver: () => RangeTarget | null, orNull = false) {
    super(q, resolver, orNull);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const model = t.sheet.workbook;
    switch (name) {
      case "address":
        return formatQualified(t.sheet.name, t.rect);
      case "rowCount":
        return rows(t.rect);
      case "columnCount":
        return columns(t.rect);
      case "values":
        return grid(t, (r, c) => {
          const v = model.valueOf(t.sheet, r, c);
          return v === null ? "" : isErrorValue(v) ? v.error : v;
        });
      case "text":
        return grid(t, (r, c) => {
          const v = model.valueOf(t.sheet, r, c);
          return v === null ? "" : isErrorValue(v) ? v.error : String(v);
        });
      case "formulas":
        return grid(t, (r, c) => {
          const cell = t.sheet.get(r, c);
          if (cell?.formula !== undefined) return cell.formula;
          const v = cell?.value;
          return v === undefined ? "" : isErrorValue(v) ? v.error : v;
        });
      case "numberFormat":
        return grid(t, (r, c) =>
          model.readNumberFormat(t.sheet.get(r, c)?.numberFormat ?? "General")
        );
      case "valueTypes":
        return grid(t, (r, c) => {
          const v = model.valueOf(t.sheet, r, c);
          if (v === null) return "Empty";
          if (isErrorValue(v)) return "Error";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return v === "" ? "Empty" : "String";
        });
      default:
        throw new FakeOfficeError("InvalidArgument", `property ${name}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.setCells("Range.values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setCells("Range.formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.q.write("Range.numberFormat", v, () => {
      const t = this.target();
      this.checkShape(t, v);
      t.sheet.assertWritable();
      return {
        sheet: t.sheet.name,
        rows: rows(t.rect),
        apply: () =>
          v.forEach((line, i) =>
            line.forEach((entry, j) =>
              t.sheet.workbook.writeNumberFormat(t.sheet, t.rect.top + i, t.rect.left + j, entry)
            )
          ),
      };
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  private checkShape(t: RangeTarget, v: unknown): void {
    if (
      !Array.isArray(v) ||
      v.length !== rows(t.rect) ||
      v.some((line) => !Array.isArray(line) || line.length !== columns(t.rect))
    )
      throw new FakeOfficeError(
        "InvalidArgument",
        `the array does not match the size of ${formatLocal(t.rect)}`
      );
  }

  private setCells(type: string, v: unknown[][]): void {
    this.q.write(type, v, () => {
      const t = this.target();
      this.checkShape(t, v);
      t.sheet.assertWritable();
      const model = t.sheet.workbook;
      // Parsed and checked before anything changes: a refused entry fails the whole command.
      const parsed: ParsedEntry[][] = v.map((line, i) =>
        line.map((entry, j) => {
          const p = parseEntry(entry, t.sheet.get(t.rect.top + i, t.rect.left + j)?.numberFormat);
          if (p.kind === "formula") model.checkFormula(p.formula);
          return p;
        })
      );
      return {
        sheet: t.sheet.name,
        rows: rows(t.rect),
        apply: () =>
          parsed.forEach((line, i) =>
            line.forEach((p, j) => {
              if (p.kind === "unchanged") return;
              model.writeEntry(t.sheet, t.rect.top + i, t.rect.left + j, v[i]?.[j]);
            })
          ),
      };
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.q, this);
    return this.formatProxy;
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.q.write("Range.clear", applyTo, () => {
      const t = this.target();
      t.sheet.assertWritable();
      return { sheet: t.sheet.name, apply: () => t.sheet.clear(t.rect, applyTo) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.q, () => {
      const t = this.target();
      const top = t.rect.top + row;
      const left = t.rect.left + column;
      return { sheet: t.sheet, rect: { top, left, bottom: top, right: left } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.q, () => {
      const t = this.target();
      const rect = {
        ...t.rect,
        bottom: t.rect.bottom + deltaRows,
        right: t.rect.right + deltaColumns,
      };
      if (rect.bottom < rect.top || rect.right < rect.left)
        throw new FakeOfficeError("InvalidArgument", "getResizedRange");
      return { sheet: t.sheet, rect };
    });
  }

  getIntersectionOrNullObject(anotherRange: XlRange | string): FakeRange {
    return new FakeRange(
      this.q,
      () => {
        const t = this.target();
        const rect = intersect(t.rect, rectOf(t.sheet, anotherRange));
        return rect === null ? null : { sheet: t.sheet, rect };
      },
      true
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.q, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => intersect(m, t.rect) !== null);
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  /** `range.dataValidation`: each setting is recorded in the sheet's `validations`. */
  get dataValidation(): XlDataValidation {
    const set = (key: "rule" | "prompt" | "errorAlert", value: unknown) =>
      this.q.write(`DataValidation.${key}`, value, () => {
        const t = this.target();
        t.sheet.assertWritable();
        const address = formatLocal(t.rect);
        return {
          sheet: t.sheet.name,
          apply: () => {
            let entry = t.sheet.validations.find((v) => v.address === address);
            if (entry === undefined) t.sheet.validations.push((entry = { address }));
            entry[key] = value;
          },
        };
      });
    const unread = (key: string): never => {
      throw new FakeOfficeError("PropertyNotLoaded", key);
    };
    return {
      set rule(v: XlDataValidationRule) {
        set("rule", v);
      },
      get rule(): XlDataValidationRule {
        return unread("rule");
      },
      set prompt(v: XlDataValidation["prompt"]) {
        set("prompt", v);
      },
      get prompt(): XlDataValidation["prompt"] {
        return unread("prompt");
      },
      set errorAlert(v: XlDataValidation["errorAlert"]) {
        set("errorAlert", v);
      },
      get errorAlert(): XlDataValidation["errorAlert"] {
        return unread("errorAlert");
      },
    };
  }

  /** `range.merge()`: the top-left value stays, the other cells are emptied. */
  merge(): void {
    this.q.write("Range.merge", null, () => {
      const t = this.target();
      t.sheet.assertWritable();
      return {
        sheet: t.sheet.name,
        apply: () => {
          t.sheet.merges = t.sheet.merges.filter((m) => intersect(m, t.rect) === null);
          for (let r = t.rect.top; r <= t.rect.bottom; r++)
            for (let c = t.rect.left; c <= t.rect.right; c++)
              if (r !== t.rect.top || c !== t.rect.left)
                t.sheet.workbook.writeEntry(t.sheet, r, c, "");
          t.sheet.merges.push(t.rect);
        },
      };
    });
  }
}

export class FakeRangeAreas
  extends FakeClientObject<{ sheet: SheetModel; areas: Rect[] }>
  implements XlRangeAreas
{
  protected readonly scalars = ["address", "areaCount"] as const;
  constructor(q: CommandQueue, resolver: () => { sheet: SheetModel; areas: Rect[] } | null) {
    super(q, resolver, true);
  }
  protected readProperty(t: { sheet: SheetModel; areas: Rect[] }, name: string): unknown {
    if (name === "areaCount") return t.areas.length;
    return t.areas.map((a) => formatQualified(t.sheet.name, a)).join(",");
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** Writes a format property to every cell of the range. */
function formatWrite(
  q: CommandQueue,
  range: FakeRange,
  type: string,
  value: unknown,
  change: (t: RangeTarget) => void
): void {
  q.write(type, value, () => {
    const t = range.target();
    t.sheet.assertWritable();
    if (cellCount(t.rect) > MAX_CELLS)
      throw new FakeOfficeError("InvalidArgument", "range too large");
    return { sheet: t.sheet.name, apply: () => change(t) };
  });
}

function eachCell(t: RangeTarget, fn: (row: number, column: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) fn(r, c);
}

function setCellFormat(t: RangeTarget, key: keyof CellFormat, value: unknown): void {
  eachCell(t, (r, c) => {
    const cell = t.sheet.ensure(r, c);
    cell.format = withFormat(cell.format, key, value);
  });
}

export class FakeRangeFormat implements XlRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorderCollection;

  constructor(
    private readonly q: CommandQueue,
    private readonly range: FakeRange
  ) {
    this.font = new FakeRangeFont(q, range);
    this.fill = new FakeRangeFill(q, range);
    this.borders = new FakeBorderCollection(q, range);
  }

  set wrapText(v: boolean) {
    formatWrite(this.q, this.range, "RangeFormat.wrapText", v, (t) =>
      setCellFormat(t, "wrapText", v)
    );
  }
  get wrapText(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "wrapText");
  }
  set verticalAlignment(v: string) {
    formatWrite(this.q, this.range, "RangeFormat.verticalAlignment", v, (t) =>
      setCellFormat(t, "verticalAlignment", v)
    );
  }
  get verticalAlignment(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "verticalAlignment");
  }
  set columnWidth(v: number) {
    this.q.write("RangeFormat.columnWidth", v, () => {
      const t = this.range.target();
      t.sheet.assertWritable();
      return {
        sheet: t.sheet.name,
        apply: () => {
          for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
        },
      };
    });
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "columnWidth");
  }
  set rowHeight(v: number) {
    this.q.write("RangeFormat.rowHeight", v, () => {
      const t = this.range.target();
      t.sheet.assertWritable();
      return {
        sheet: t.sheet.name,
        apply: () => {
          for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
        },
      };
    });
  }
  get rowHeight(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "rowHeight");
  }
}

/** `worksheet.pageLayout`: each setting is recorded in the sheet's `page`. */
export class FakePageLayout implements XlPageLayout {
  readonly headersFooters: XlHeaderFooterGroup;
  constructor(
    private readonly q: CommandQueue,
    private readonly sheet: () => SheetModel
  ) {
    const footer = {} as XlHeaderFooter;
    for (const key of [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ] as const)
      Object.defineProperty(footer, key, {
        set: (v: string) => this.set(`headerFooter.${key}`, v),
        get: () => {
          throw new FakeOfficeError("PropertyNotLoaded", key);
        },
      });
    this.headersFooters = { defaultForAllPages: footer };
  }
  private set(key: string, value: unknown): void {
    this.q.write(`PageLayout.${key}`, value, () => {
      const s = this.sheet();
      return { sheet: s.name, apply: () => (s.page[key] = value) };
    });
  }
  private unread(key: string): never {
    throw new FakeOfficeError("PropertyNotLoaded", key);
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  get orientation(): string {
    return this.unread("orientation");
  }
  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  get paperSize(): string {
    return this.unread("paperSize");
  }
  set zoom(v: XlPageLayout["zoom"]) {
    this.set("zoom", v);
  }
  get zoom(): XlPageLayout["zoom"] {
    return this.unread("zoom");
  }
  set leftMargin(v: number) {
    this.set("leftMargin", v);
  }
  get leftMargin(): number {
    return this.unread("leftMargin");
  }
  set rightMargin(v: number) {
    this.set("rightMargin", v);
  }
  get rightMargin(): number {
    return this.unread("rightMargin");
  }
  set topMargin(v: number) {
    this.set("topMargin", v);
  }
  get topMargin(): number {
    return this.unread("topMargin");
  }
  set bottomMargin(v: number) {
    this.set("bottomMargin", v);
  }
  get bottomMargin(): number {
    return this.unread("bottomMargin");
  }
  set headerMargin(v: number) {
    this.set("headerMargin", v);
  }
  get headerMargin(): number {
    return this.unread("headerMargin");
  }
  set footerMargin(v: number) {
    this.set("footerMargin", v);
  }
  get footerMargin(): number {
    return this.unread("footerMargin");
  }
  setPrintTitleRows(rows: XlRange | string): void {
    this.set("printTitleRows", typeof rows === "string" ? rows : "range");
  }
  setPrintArea(area: XlRange | XlRangeAreas | string): void {
    this.set("printArea", typeof area === "string" ? area : "range");
  }
}

export class FakeRangeFont implements XlRangeFont {
  constructor(
    private readonly q: CommandQueue,
    private readonly range: FakeRange
  ) {}
  private set(key: "bold" | "italic" | "size" | "color" | "fontName", v: unknown): void {
    formatWrite(this.q, this.range, `RangeFont.${key === "fontName" ? "name" : key}`, v, (t) =>
      setCellFormat(t, key, v)
    );
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get bold(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "bold");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  get italic(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "italic");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get size(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "size");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "color");
  }
  set name(v: string) {
    this.set("fontName", v);
  }
  get name(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "name");
  }
}

export class FakeRangeFill implements XlRangeFill {
  constructor(
    private readonly q: CommandQueue,
    private readonly range: FakeRange
  ) {}
  set color(v: string) {
    formatWrite(this.q, this.range, "RangeFill.color", v, (t) => setCellFormat(t, "fill", v));
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "color");
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export class FakeBorderCollection implements XlRangeBorderCollection {
  constructor(
    private readonly q: CommandQueue,
    private readonly range: FakeRange
  ) {}
  getItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.q, this.range, index);
  }
}

export class FakeRangeBorder implements XlRangeBorder {
  constructor(
    private readonly q: CommandQueue,
    private readonly range: FakeRange,
    private readonly index: BorderIndex
  ) {}

  private set(field: keyof Border, value: string): void {
    formatWrite(this.q, this.range, `RangeBorder.${field}`, value, (t) => {
      const { top, left, bottom, right } = t.rect;
      const edges: [number, number, "borderTop" | "borderBottom" | "borderLeft" | "borderRight"][] =
        [];
      const each = (r1: number, r2: number, c1: number, c2: number, key: (typeof edges)[0][2]) => {
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) edges.push([r, c, key]);
      };
      switch (this.index) {
        case "EdgeTop":
          each(top, top, left, right, "borderTop");
          break;
        case "EdgeBottom":
          each(bottom, bottom, left, right, "borderBottom");
          break;
        case "EdgeLeft":
          each(top, bottom, left, left, "borderLeft");
          break;
        case "EdgeRight":
          each(top, bottom, right, right, "borderRight");
          break;
        case "InsideHorizontal":
          each(top, bottom - 1, left, right, "borderBottom");
          each(top + 1, bottom, left, right, "borderTop");
          break;
        case "InsideVertical":
          each(top, bottom, left, right - 1, "borderRight");
          each(top, bottom, left + 1, right, "borderLeft");
          break;
      }
      for (const [r, c, key] of edges) {
        const cell = t.sheet.ensure(r, c);
        const old: Border = cell.format?.[key] ?? {
          style: "None",
          color: "#000000",
          weight: "Thin",
        };
        cell.format = withFormat(cell.format, key, { ...old, [field]: value });
      }
    });
  }
  set style(v: string) {
    this.set("style", v);
  }
  get style(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "style");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "color");
  }
  set weight(v: string) {
    this.set("weight", v);
  }
  get weight(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "weight");
  }
}

export class FakeWorksheetProtection
  extends FakeClientObject<SheetModel>
  implements XlWorksheetProtection
{
  protected readonly scalars = ["protected"] as const;
  protected readProperty(t: SheetModel): unknown {
    return t.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeCustomProperty
  extends FakeClientObject<{ sheet: SheetModel; key: string }>
  implements XlWorksheetCustomProperty
{
  protected readonly scalars = ["key", "value"] as const;
  protected readProperty(t: { sheet: SheetModel; key: string }, name: string): unknown {
    return name === "key" ? t.key : (t.sheet.customProperties.get(t.key) ?? null);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): string {
    return this.get("value");
  }
  set value(v: string) {
    this.q.write("WorksheetCustomProperty.value", v, () => {
      const t = this.target();
      return { sheet: t.sheet.name, apply: () => t.sheet.customProperties.set(t.key, String(v)) };
    });
  }
  delete(): void {
    this.q.write("WorksheetCustomProperty.delete", null, () => {
      const t = this.target();
      return { sheet: t.sheet.name, apply: () => t.sheet.customProperties.delete(t.key) };
    });
  }
}

export class FakeCustomPropertyCollection
  extends FakeCollection<SheetModel, FakeCustomProperty>
  implements XlWorksheetCustomPropertyCollection
{
  protected readonly itemScalars = ["key", "value"];
  protected list(sheet: SheetModel): FakeCustomProperty[] {
    return [...sheet.customProperties.keys()].map(
      (key) => new FakeCustomProperty(this.q, () => ({ sheet, key }))
    );
  }
  private find(sheet: SheetModel, key: string): string | undefined {
    return [...sheet.customProperties.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
  }
  add(key: string, value: string): FakeCustomProperty {
    this.q.write("WorksheetCustomPropertyCollection.add", [key, value], () => {
      const sheet = this.target();
      if (key === "" || key.length > 255) throw new FakeOfficeError("InvalidArgument", "key");
      return {
        sheet: sheet.name,
        apply: () => {
          const existing = this.find(sheet, key);
          if (existing !== undefined) sheet.customProperties.delete(existing);
          sheet.customProperties.set(key, String(value));
        },
      };
    });
    return new FakeCustomProperty(this.q, () => {
      const sheet = this.target();
      const k = this.find(sheet, key);
      return k === undefined ? null : { sheet, key: k };
    });
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.q,
      () => {
        const sheet = this.target();
        const k = this.find(sheet, key);
        return k === undefined ? null : { sheet, key: k };
      },
      true
    );
  }
}

export class FakeFreezePanes implements XlWorksheetFreezePanes {
  constructor(
    private readonly q: CommandQueue,
    private readonly sheet: FakeWorksheet
  ) {}
  private set(
    type: string,
    payload: unknown,
    frozen: (s: SheetModel) => { rows: number; columns: number }
  ): void {
    this.q.write(`WorksheetFreezePanes.${type}`, payload, () => {
      const s = this.sheet.target();
      return { sheet: s.name, apply: () => (s.freeze = frozen(s)) };
    });
  }
  freezeAt(frozenRange: XlRange | string): void {
    this.set("freezeAt", typeof frozenRange === "string" ? frozenRange : "range", (s) => {
      const rect = rectOf(s, frozenRange);
      return { rows: rect.bottom, columns: rect.right };
    });
  }
  freezeRows(count = 1): void {
    this.set("freezeRows", count, () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.set("freezeColumns", count, () => ({ rows: 0, columns: count }));
  }
  unfreeze(): void {
    this.set("unfreeze", null, () => ({ rows: 0, columns: 0 }));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.q,
      () => {
        const s = this.sheet.target();
        const { rows: r, columns: c } = s.freeze;
        if (r === 0 && c === 0) return null;
        const rect =
          c === 0
            ? { ...WHOLE_SHEET, bottom: r }
            : r === 0
              ? { ...WHOLE_SHEET, right: c }
              : { top: 1, left: 1, bottom: r, right: c };
        return { sheet: s, rect };
      },
      true
    );
  }
}

export class FakeTable extends FakeClientObject<TableModel> implements XlTable {
  protected readonly scalars = [
    "name",
    "style",
    "showBandedRows",
    "showHeaders",
    "showTotals",
    "id",
  ];
  protected readProperty(t: TableModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "style":
        return t.style;
      case "showBandedRows":
        return t.showBandedRows;
      case "showHeaders":
        return true;
      case "showTotals":
        return t.showTotals;
      default:
        return String(t.id);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.q.write("Table.name", v, () => {
      const t = this.target();
      t.sheet.workbook.assertFreeName(v, t);
      return { sheet: t.sheet.name, apply: () => (t.name = v) };
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.q.write("Table.style", v, () => {
      const t = this.target();
      return { sheet: t.sheet.name, apply: () => (t.style = v) };
    });
  }
  get showBandedRows(): boolean {
    return this.get("showBandedRows");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set showBandedRows(v: boolean) {
    this.q.write("Table.showBandedRows", v, () => {
      const t = this.target();
      return { sheet: t.sheet.name, apply: () => (t.showBandedRows = v) };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.q, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: t.rect };
    });
  }
  delete(): void {
    this.q.write("Table.delete", null, () => {
      const t = this.target();
      t.sheet.assertWritable();
      return {
        sheet: t.sheet.name,
        apply: () => {
          const list = t.sheet.workbook.tables;
          list.splice(list.indexOf(t), 1);
          t.sheet.clear(t.rect, "All");
        },
      };
    });
  }
}

export class FakeTableCollection
  extends FakeCollection<WorkbookModel | SheetModel, FakeTable>
  implements XlTableCollection
{
  protected readonly itemScalars = [
    "name",
    "style",
    "showBandedRows",
    "showHeaders",
    "showTotals",
    "id",
  ];

  private tablesOf(t: WorkbookModel | SheetModel): TableModel[] {
    return "sheets" in t ? t.tables : t.workbook.tables.filter((x) => x.sheet === t);
  }
  protected list(t: WorkbookModel | SheetModel): FakeTable[] {
    return this.tablesOf(t).map((model) => new FakeTable(this.q, () => model));
  }
  add(address: XlRange | string, hasHeaders: boolean): FakeTable {
    let made: TableModel | null = null;
    this.q.write("TableCollection.add", typeof address === "string" ? address : "range", () => {
      const scope = this.target();
      let sheet: SheetModel | undefined;
      let rect: Rect;
      if (typeof address !== "string") {
        const t = (address as FakeRange).target();
        sheet = t.sheet;
        rect = t.rect;
      } else {
        const { sheet: named, local } = splitQualified(address);
        sheet = "sheets" in scope ? (named === null ? undefined : scope.sheet(named)) : scope;
        if (sheet === undefined) throw new FakeOfficeError("InvalidArgument", address);
        rect = rectOf(sheet, named === null ? local : address);
      }
      const target = sheet;
      target.assertWritable();
      if (hasHeaders && rows(rect) < 2) throw new FakeOfficeError("InvalidArgument", "table rows");
      const model = target.workbook;
      if (model.tables.some((t) => t.sheet === target && intersect(t.rect, rect) !== null))
        throw new FakeOfficeError("InvalidOperation", "tables cannot overlap");
      return {
        sheet: target.name,
        apply: () => {
          const used = new Set<string>();
          for (let c = rect.left; c <= rect.right; c++) {
            if (!hasHeaders) break;
            const v = model.valueOf(target, rect.top, c);
            let header = v === null || isErrorValue(v) ? "" : String(v);
            if (header === "") header = `Column${c - rect.left + 1}`;
            let unique = header;
            for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${header}${n}`;
            used.add(unique.toLowerCase());
            const cell = target.get(rect.top, c);
            if (cell?.formula !== undefined || cell?.value !== unique)
              model.writeEntry(target, rect.top, c, `'${unique}`);
          }
          let n = model.tables.length + 1;
          while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
          made = new TableModel(model.id(), `Table${n}`, target, rect);
          model.tables.push(made);
        },
      };
    });
    return new FakeTable(this.q, () => made);
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.q, () => {
      const scope = this.target();
      return this.tablesOf(scope).find((t) => t.name.toLowerCase() === key.toLowerCase()) ?? null;
    });
  }
}

export class FakeChartTitle implements XlChartTitle {
  constructor(
    private readonly q: CommandQueue,
    private readonly chart: FakeChart
  ) {}
  set text(v: string) {
    this.q.write("ChartTitle.text", v, () => {
      const c = this.chart.target();
      return { sheet: c.sheet.name, apply: () => (c.title = v) };
    });
  }
  get text(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "text");
  }
}

export class FakeSeries
  extends FakeClientObject<{ chart: ChartModel; index: number }>
  implements XlChartSeries
{
  protected readonly scalars = ["name"] as const;
  protected readProperty(t: { chart: ChartModel; index: number }): unknown {
    return t.chart.series[t.index]?.name ?? null;
  }
  private series(): { chart: ChartModel; series: ChartModel["series"][number] } {
    const t = this.target();
    const series = t.chart.series[t.index];
    if (series === undefined) throw new FakeOfficeError("ItemNotFound", "series");
    return { chart: t.chart, series };
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.q.write("ChartSeries.name", v, () => {
      const { chart, series } = this.series();
      return { sheet: chart.sheet.name, apply: () => (series.name = v) };
    });
  }
  get chartType(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "chartType");
  }
  set chartType(v: string) {
    this.q.write("ChartSeries.chartType", v, () => {
      const { chart, series } = this.series();
      return { sheet: chart.sheet.name, apply: () => (series.chartType = v) };
    });
  }
  private setRange(type: string, range: XlRange, key: "values" | "xValues"): void {
    this.q.write(type, "range", () => {
      const { chart, series } = this.series();
      const t = (range as FakeRange).target();
      return { sheet: chart.sheet.name, apply: () => (series[key] = t.rect) };
    });
  }
  setValues(sourceData: XlRange): void {
    this.setRange("ChartSeries.setValues", sourceData, "values");
  }
  setXAxisValues(sourceData: XlRange): void {
    this.setRange("ChartSeries.setXAxisValues", sourceData, "xValues");
  }
  delete(): void {
    this.q.write("ChartSeries.delete", null, () => {
      const { chart, series } = this.series();
      return {
        sheet: chart.sheet.name,
        apply: () => chart.series.splice(chart.series.indexOf(series), 1),
      };
    });
  }
}

export class FakeSeriesCollection
  extends FakeCollection<ChartModel, FakeSeries>
  implements XlChartSeriesCollection
{
  protected readonly itemScalars = ["name"];
  protected list(chart: ChartModel): FakeSeries[] {
    return chart.series.map((_s, index) => new FakeSeries(this.q, () => ({ chart, index })));
  }
  add(name?: string): FakeSeries {
    let index = -1;
    this.q.write("ChartSeriesCollection.add", name ?? null, () => {
      const chart = this.target();
      return {
        sheet: chart.sheet.name,
        apply: () => {
          index = chart.series.length;
          chart.series.push({ name: name ?? `Series${index + 1}`, values: null, xValues: null });
        },
      };
    });
    return new FakeSeries(this.q, () => (index < 0 ? null : { chart: this.target(), index }));
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.q, () => ({ chart: this.target(), index }));
  }
}

export class FakeChart extends FakeClientObject<ChartModel> implements XlChart {
  protected readonly scalars = ["name", "chartType", "id"] as const;
  readonly title: FakeChartTitle;
  readonly series: FakeSeriesCollection;
  constructor(q: CommandQueue, resolver: () => ChartModel | null) {
    super(q, resolver);
    this.title = new FakeChartTitle(q, this);
    this.series = new FakeSeriesCollection(q, () => this.target());
  }
  protected readProperty(c: ChartModel, name: string): unknown {
    return name === "name" ? c.name : name === "chartType" ? c.type : String(c.id);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.q.write("Chart.name", v, () => {
      const c = this.target();
      return { sheet: c.sheet.name, apply: () => (c.name = v) };
    });
  }
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void {
    this.q.write("Chart.setPosition", [startCell, endCell ?? null].map(String), () => {
      const c = this.target();
      const start = formatLocal(rectOf(c.sheet, startCell));
      const end = endCell === undefined ? start : formatLocal(rectOf(c.sheet, endCell));
      return { sheet: c.sheet.name, apply: () => (c.position = { start, end }) };
    });
  }
  delete(): void {
    this.q.write("Chart.delete", null, () => {
      const c = this.target();
      c.sheet.assertWritable();
      return {
        sheet: c.sheet.name,
        apply: () => c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1),
      };
    });
  }
}

export class FakeChartCollection
  extends FakeCollection<SheetModel, FakeChart>
  implements XlChartCollection
{
  protected readonly itemScalars = ["name", "chartType", "id"];
  protected list(sheet: SheetModel): FakeChart[] {
    return sheet.charts.map((c) => new FakeChart(this.q, () => c));
  }
  add(
    type: "Line" | "ColumnClustered",
    sourceData: XlRange,
    seriesBy: "Auto" | "Columns" | "Rows" = "Auto"
  ): FakeChart {
    let made: ChartModel | null = null;
    this.q.write("ChartCollection.add", [type, seriesBy], () => {
      const sheet = this.target();
      sheet.assertWritable();
      const source = (sourceData as FakeRange).target();
      return {
        sheet: sheet.name,
        apply: () => {
          let n = sheet.charts.length + 1;
          while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
          made = new ChartModel(sheet.workbook.id(), `Chart ${n}`, sheet, type);
          const byRows = seriesBy === "Rows";
          const count = byRows ? rows(source.rect) : columns(source.rect);
          for (let i = 0; i < count; i++) {
            const r = source.rect;
            const values = byRows
              ? { top: r.top + i, left: r.left, bottom: r.top + i, right: r.right }
              : { top: r.top, left: r.left + i, bottom: r.bottom, right: r.left + i };
            made.series.push({ name: `Series${i + 1}`, values, xValues: null });
          }
          sheet.charts.push(made);
        },
      };
    });
    return new FakeChart(this.q, () => made);
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> implements XlWorksheet {
  protected readonly scalars = ["name", "position", "visibility", "id"] as const;
  private cached: {
    protection?: FakeWorksheetProtection;
    customProperties?: FakeCustomPropertyCollection;
    tables?: FakeTableCollection;
    charts?: FakeChartCollection;
    freezePanes?: FakeFreezePanes;
    pageLayout?: FakePageLayout;
  } = {};

  protected readProperty(s: SheetModel, name: string): unknown {
    switch (name) {
      case "name":
        return s.name;
      case "position":
        return s.workbook.sheets.indexOf(s);
      case "visibility":
        return "Visible";
      default:
        return `{${s.id}}`;
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.q.write("Worksheet.name", v, () => {
      const s = this.target();
      return { sheet: s.name, apply: () => s.workbook.renameSheet(s, v) };
    });
  }
  get position(): number {
    return this.get("position");
  }
  get protection(): FakeWorksheetProtection {
    return (this.cached.protection ??= new FakeWorksheetProtection(this.q, () => this.target()));
  }
  get customProperties(): FakeCustomPropertyCollection {
    return (this.cached.customProperties ??= new FakeCustomPropertyCollection(this.q, () =>
      this.target()
    ));
  }
  get tables(): FakeTableCollection {
    return (this.cached.tables ??= new FakeTableCollection(this.q, () => this.target()));
  }
  get charts(): FakeChartCollection {
    return (this.cached.charts ??= new FakeChartCollection(this.q, () => this.target()));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.cached.freezePanes ??= new FakeFreezePanes(this.q, this));
  }
  get pageLayout(): FakePageLayout {
    return (this.cached.pageLayout ??= new FakePageLayout(this.q, () => this.target()));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.q, () => {
      const sheet = this.target();
      return { sheet, rect: address === undefined ? WHOLE_SHEET : rectOf(sheet, address) };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.q, () => {
      const sheet = this.target();
      return {
        sheet,
        rect: sheet.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.q,
      () => {
        const sheet = this.target();
        const rect = sheet.usedRect(valuesOnly);
        return rect === null ? null : { sheet, rect };
      },
      true
    );
  }
  /** `worksheet.calculate(markAllDirty)` (ExcelApi 1.6): the sheet's stale formulas are calculated. */
  calculate(markAllDirty: boolean): void {
    this.q.write("Worksheet.calculate", markAllDirty, () => {
      const s = this.target();
      return { sheet: s.name, apply: () => s.stale.clear() };
    });
  }
  activate(): void {
    this.q.write("Worksheet.activate", null, () => {
      const s = this.target();
      return { sheet: s.name, apply: () => (s.workbook.activeSheet = s) };
    });
  }
  delete(): void {
    this.q.write("Worksheet.delete", null, () => {
      const s = this.target();
      s.workbook.assertStructureWritable();
      return { sheet: s.name, apply: () => s.workbook.deleteSheet(s) };
    });
  }
}

export class FakeWorksheetCollection
  extends FakeCollection<WorkbookModel, FakeWorksheet>
  implements XlWorksheetCollection
{
  protected readonly itemScalars = ["name", "position", "visibility", "id"];
  protected list(model: WorkbookModel): FakeWorksheet[] {
    return model.sheets.map((s) => new FakeWorksheet(this.q, () => s));
  }
  add(name?: string): FakeWorksheet {
    let made: SheetModel | null = null;
    this.q.write("WorksheetCollection.add", name ?? null, () => {
      const model = this.target();
      model.assertStructureWritable();
      if (name !== undefined) model.validSheetName(name);
      return { sheet: name ?? null, apply: () => (made = model.addSheet(name)) };
    });
    return new FakeWorksheet(this.q, () => made);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.q, () => this.target().sheet(key) ?? null);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.q, () => this.target().sheet(key) ?? null, true);
  }
}

export class FakeNamedItem extends FakeClientObject<NameModel> implements XlNamedItem {
  protected readonly scalars = ["name", "type", "value", "formula", "comment", "visible", "scope"];
  constructor(
    q: CommandQueue,
    private readonly model: WorkbookModel,
    resolver: () => NameModel | null,
    orNull = false
  ) {
    super(q, resolver, orNull);
  }
  protected readProperty(n: NameModel, name: string): unknown {
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return this.model.nameInfo(n).type;
      case "value":
        return this.model.nameInfo(n).value;
      case "formula":
        return n.formula;
      case "comment":
        return n.comment;
      case "visible":
        return true;
      default:
        return "Workbook";
    }
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): unknown {
    return this.get("formula");
  }
  set formula(v: unknown) {
    this.q.write("NamedItem.formula", v, () => {
      const n = this.target();
      const text = String(v);
      this.model.checkSheetNames(text);
      return { sheet: null, apply: () => (n.formula = text.startsWith("=") ? text : `=${text}`) };
    });
  }
  delete(): void {
    this.q.write("NamedItem.delete", null, () => {
      const n = this.target();
      return { sheet: null, apply: () => this.model.names.splice(this.model.names.indexOf(n), 1) };
    });
  }
}

export class FakeNamedItemCollection
  extends FakeCollection<WorkbookModel, FakeNamedItem>
  implements XlNamedItemCollection
{
  protected readonly itemScalars = [
    "name",
    "type",
    "value",
    "formula",
    "comment",
    "visible",
    "scope",
  ];
  constructor(
    q: CommandQueue,
    private readonly model: WorkbookModel
  ) {
    super(q, () => model);
  }
  protected list(model: WorkbookModel): FakeNamedItem[] {
    return model.names.map((n) => new FakeNamedItem(this.q, model, () => n));
  }
  add(name: string, reference: XlRange | string, comment = ""): FakeNamedItem {
    let made: NameModel | null = null;
    const model = this.model;
    const shown = typeof reference === "string" ? reference : "range";
    this.q.write("NamedItemCollection.add", [name, shown], () => {
      model.assertFreeName(name);
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        model.checkSheetNames(formula);
      } else {
        const t = (reference as FakeRange).target();
        formula = `=${formatQualified(t.sheet.name, t.rect, true)}`;
      }
      return {
        sheet: null,
        apply: () => {
          made = { name, formula, comment };
          model.names.push(made);
        },
      };
    });
    return new FakeNamedItem(this.q, model, () => made);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.q, this.model, () => this.model.name(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.q, this.model, () => this.model.name(name) ?? null, true);
  }
}

export class FakeWorkbookProtection
  extends FakeClientObject<WorkbookModel>
  implements XlWorkbookProtection
{
  protected readonly scalars = ["protected"] as const;
  protected readProperty(m: WorkbookModel): unknown {
    return m.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(
    private readonly q: CommandQueue,
    private readonly model: WorkbookModel
  ) {
    this.worksheets = new FakeWorksheetCollection(q, () => model);
    this.tables = new FakeTableCollection(q, () => model);
    this.names = new FakeNamedItemCollection(q, model);
    this.protection = new FakeWorkbookProtection(q, () => model);
  }

  /** The selection's areas (A1 of the active sheet when nothing is selected). */
  private selectionAreas(): { sheet: SheetModel; areas: Rect[] } | null {
    const m = this.model;
    if (m.selection !== null)
      return { sheet: m.selection.sheet, areas: [m.selection.rect, ...(m.selection.more ?? [])] };
    const sheet = m.activeSheet ?? m.sheets[0];
    if (sheet === undefined) return null;
    return { sheet, areas: [{ top: 1, left: 1, bottom: 1, right: 1 }] };
  }

  /** Throws on a selection of several areas, as Excel does ("Workbook.getSelectedRange"). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.q, () => {
      const s = this.selectionAreas();
      if (s === null) return null;
      if (s.areas.length > 1)
        throw new FakeOfficeError("InvalidOperation", "the selection has several areas");
      return { sheet: s.sheet, rect: s.areas[0] as Rect };
    });
  }

  /** `getSelectedRanges()` (ExcelApi 1.9): every area of the selection. */
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.q, () => this.selectionAreas());
  }
}

export class FakeApplication extends FakeClientObject<WorkbookModel> implements XlApplication {
  protected readonly scalars = ["calculationMode"] as const;
  protected readProperty(m: WorkbookModel): unknown {
    return m.calculationMode;
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  /** `application.calculate(type)`: every stale formula is calculated. */
  calculate(calculationType: string): void {
    this.q.write("Application.calculate", calculationType, () => {
      const m = this.target();
      return { sheet: null, apply: () => m.sheets.forEach((s) => s.stale.clear()) };
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.q.call("Application.suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.q.call("Application.suspendScreenUpdatingUntilNextSync");
  }
}

/** `Excel.RequestContext`. */
export class FakeRequestContext implements XlContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private readonly queue: CommandQueue;

  constructor(queue: CommandQueue) {
    this.queue = queue;
    this.workbook = new FakeWorkbook(queue, queue.host.model);
    this.application = new FakeApplication(queue, () => queue.host.model);
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}
