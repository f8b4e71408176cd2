/* global Excel, Office */

/**
 * The part of the Office.js Excel API that KIK uses, as small structural interfaces.
 *
 * `OfficeWorkbookHost` is written against these, not against the `Excel` namespace, so the
 * tests (and a headless browser run of the task pane) can hand in a fake. The real objects
 * satisfy them: the type assertions at the end of this file fail to compile if a member here
 * drifts from @types/office-js. Nothing here exists at runtime.
 *
 * Enum-typed members use Office.js's string values ("Line", "Columns", "EdgeTop" …), which
 * Office.js accepts everywhere an enum is expected, so no code touches the global `Excel`.
 */

/** A proxy object: its properties are readable after `load` and `context.sync()`. */
export interface XlObject {
  /** True when an `…OrNullObject` call found nothing (readable after a sync). */
  readonly isNullObject: boolean;
}

/** `Excel.RequestContext`: queues commands; `sync()` sends them in one round trip. */
export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

/** `Excel.run`. */
export type ExcelRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface XlApplication extends XlObject {
  /** "Automatic", "AutomaticExceptTables" or "Manual" (readable after `load`). */
  readonly calculationMode: string;
  load(propertyNames?: string | string[]): XlApplication;
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly names: XlNamedItemCollection;
  readonly protection: XlWorkbookProtection;
  getSelectedRange(): XlRange;
  /** Every area of the selection (ExcelApi 1.9); `getSelectedRange` throws on more than one. */
  getSelectedRanges(): XlRangeAreas;
}

export interface XlWorkbookProtection extends XlObject {
  readonly protected: boolean;
  load(propertyNames?: string | string[]): XlWorkbookProtection;
}

export interface XlWorksheetCollection extends XlObject {
  readonly items: XlWorksheet[];
  load(propertyNames?: string | string[]): XlWorksheetCollection;
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export interface XlWorksheet extends XlObject {
  name: string;
  readonly position: number;
  readonly protection: XlWorksheetProtection;
  readonly customProperties: XlWorksheetCustomPropertyCollection;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlWorksheetFreezePanes;
  /** How the sheet prints (ExcelApi 1.9). */
  readonly pageLayout: XlPageLayout;
  load(propertyNames?: string | string[]): XlWorksheet;
  getRange(address?: string): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** Calculates the sheet (ExcelApi 1.6); `markAllDirty` also recalculates what did not change. */
  calculate(markAllDirty: boolean): void;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetProtection extends XlObject {
  readonly protected: boolean;
  load(propertyNames?: string | string[]): XlWorksheetProtection;
}

export interface XlWorksheetCustomPropertyCollection extends XlObject {
  readonly items: XlWorksheetCustomProperty[];
  load(propertyNames?: string | string[]): XlWorksheetCustomPropertyCollection;
  add(key: string, value: string): XlWorksheetCustomProperty;
  getItemOrNullObject(key: string): XlWorksheetCustomProperty;
}

export interface XlWorksheetCustomProperty extends XlObject {
  readonly key: string;
  value: string;
  load(propertyNames?: string | string[]): XlWorksheetCustomProperty;
  delete(): void;
}

/** `Excel.PageLayout`: paper, orientation, fit, margins (points), titles, area, header/footer. */
export interface XlPageLayout {
  /** "Portrait" or "Landscape". */
  orientation: string;
  /** "A4" … */
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  readonly headersFooters: XlHeaderFooterGroup;
  setPrintTitleRows(printTitleRows: XlRange | string): void;
  setPrintArea(printArea: XlRange | XlRangeAreas | string): void;
}

export interface XlHeaderFooterGroup {
  readonly defaultForAllPages: XlHeaderFooter;
}

/** Header and footer texts with Excel's codes (&P page, &N pages, &D date, &A sheet). */
export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface XlWorksheetFreezePanes {
  freezeAt(frozenRange: XlRange | string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  unfreeze(): void;
  getLocationOrNullObject(): XlRange;
}

export interface XlRange extends XlObject {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][];
  formulas: any[][];
  numberFormat: any[][];
  readonly valueTypes: string[][];
  readonly format: XlRangeFormat;
  load(propertyNames?: string | string[]): XlRange;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  getCell(row: number, column: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  getIntersectionOrNullObject(anotherRange: XlRange | string): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** Merges the range into one cell (ExcelApi 1.2). */
  merge(across?: boolean): void;
  /** The range's data validation (ExcelApi 1.8). */
  readonly dataValidation: XlDataValidation;
}

/** `Excel.DataValidation`: the rule, the input message and the alert on a breach. */
export interface XlDataValidation {
  rule: XlDataValidationRule;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

/** The kinds of rule KIK sets (Office.js's `DataValidationRule` has more). */
export interface XlDataValidationRule {
  list?: { inCellDropDown: boolean; source: string | XlRange };
  decimal?: XlBasicValidation;
  wholeNumber?: XlBasicValidation;
  date?: {
    formula1: string | Date | XlRange;
    formula2?: string | Date | XlRange;
    operator: string;
  };
}

/** A number rule: "Between" formula1 and formula2, or e.g. "GreaterThanOrEqualTo" formula1. */
export interface XlBasicValidation {
  formula1: string | number | XlRange;
  formula2?: string | number | XlRange;
  operator: string;
}

export interface XlRangeAreas extends XlObject {
  readonly address: string;
  readonly areaCount: number;
  load(propertyNames?: string | string[]): XlRangeAreas;
}

export interface XlRangeFormat {
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  wrapText: boolean;
  /** "Top", "Center", "Bottom" … */
  verticalAlignment: string;
  columnWidth: number;
  /** Points (ExcelApi 1.2). */
  rowHeight: number;
}

export interface XlRangeFont {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  name: string;
}

export interface XlRangeFill {
  color: string;
}

export type XlBorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeBorder {
  /** "None", "Continuous" … */
  style: string;
  color: string;
  /** "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
}

export interface XlTableCollection extends XlObject {
  readonly items: XlTable[];
  load(propertyNames?: string | string[]): XlTableCollection;
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
}

export interface XlTable extends XlObject {
  name: string;
  style: string;
  showBandedRows: boolean;
  /** The table's last row is a totals row (read only here: KIK never adds one this way). */
  readonly showTotals: boolean;
  load(propertyNames?: string | string[]): XlTable;
  getRange(): XlRange;
  delete(): void;
}

export interface XlChartCollection extends XlObject {
  readonly items: XlChart[];
  load(propertyNames?: string | string[]): XlChartCollection;
  add(type: XlChartType, sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart;
}

export interface XlChart extends XlObject {
  name: string;
  readonly title: XlChartTitle;
  readonly series: XlChartSeriesCollection;
  load(propertyNames?: string | string[]): XlChart;
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  delete(): void;
}

export interface XlChartTitle {
  text: string;
}

export interface XlChartSeriesCollection extends XlObject {
  readonly items: XlChartSeries[];
  load(propertyNames?: string | string[]): XlChartSeriesCollection;
  add(name?: string): XlChartSeries;
  getItemAt(index: number): XlChartSeries;
}

/** Chart types KIK draws (Excel.ChartType values). */
export type XlChartType = "Line" | "LineMarkers" | "ColumnClustered" | "BarClustered";

export interface XlChartSeries extends XlObject {
  name: string;
  /**
   * The series' own chart type, for a combined chart or markers (ExcelApi 1.7). KIK sets one of
   * {@link XlChartType}; Excel reads back any of its chart types.
   */
  chartType: string;
  load(propertyNames?: string | string[]): XlChartSeries;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
  delete(): void;
}

export interface XlNamedItemCollection extends XlObject {
  readonly items: XlNamedItem[];
  load(propertyNames?: string | string[]): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem extends XlObject {
  readonly name: string;
  /** "Range", "Error", "String" … */
  readonly type: string;
  readonly value: any;
  formula: any;
  load(propertyNames?: string | string[]): XlNamedItem;
  delete(): void;
}

/** The result `Office.context.document.settings.saveAsync` reports. */
export interface XlAsyncResult {
  /** `Office.AsyncResultStatus`: "succeeded" or "failed" at runtime (typed as an enum). */
  readonly status: unknown;
  readonly error?: { readonly message: string } | null;
}

/** `Office.context.document.settings`: the workbook's add-in settings. */
export interface XlSettings {
  get(name: string): any;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: XlAsyncResult) => void): void;
}

// Compile-time proof that the real Office.js objects fit these interfaces (each must be `true`).
type Fits<Real, Ours> = [Real] extends [Ours] ? true : false;
type Assert<T extends true> = T;
export type RealContextFits = Assert<Fits<Excel.RequestContext, XlContext>>;
export type RealRunFits = Assert<Fits<typeof Excel.run, ExcelRun>>;
export type RealSettingsFit = Assert<Fits<Office.Settings, XlSettings>>;
