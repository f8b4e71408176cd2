/**
 * The report plan: a host-neutral description of the result sheets (cells, built-in
 * formulas with the engine's value cached, number formats, tables, frozen panes, charts).
 * The Office.js writer (task pane) and the .xlsx writer (command line) both apply it, so the
 * sheets are identical wherever they are made.
 */
import type { Language } from "../i18n";
import type { SensitivityFigures } from "./sensitivity-sheet";

/** The result sheets (issue 12 added "sensitivity": KIK Følsomhed). */
export type ReportSheetKind = "overview" | "economy" | "caseload" | "assumptions" | "sensitivity";

/** Report sheets in the order they are written. */
export const REPORT_SHEET_KINDS: readonly ReportSheetKind[] = [
  "overview",
  "economy",
  "caseload",
  "assumptions",
  "sensitivity",
];

/** How a cell looks; writers map these to fonts, fills and borders. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "value"
  | "total"
  | "note"
  | "keyFigure"
  /** A sentence of KIK Overblik's conclusion: wrapped, over merged cells (issue 11). */
  | "conclusion"
  /** A note that wraps within its cell (the headline figures' explanations). */
  | "wrapNote";

/** One cell to write. Rows and columns are 1-based. */
export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  /**
   * The cell's value. Without `formula`, text is written as text even when it starts with "="
   * (labels copied from the user's input are never turned into formulas). With `formula`, the
   * engine's value of that formula, written as the cached result.
   */
  readonly value: number | string | boolean | null;
  /** A built-in Excel formula in English syntax without the leading "=", e.g. `SUM(B2:B5)`. */
  readonly formula?: string;
  /** Excel number format code (English syntax, e.g. `#,##0.0`), shown in Danish by Danish Excel. */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A native Excel table over a block of the sheet; the first row is the header. */
export interface TablePlan {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The last row holds totals (SUM formulas planned as cells). */
  readonly totalsRow: boolean;
}

/** A block on the same sheet, 1-based inclusive. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * How a chart or one of its series is drawn. "bar" is horizontal bars (clustered, each series
 * over the same band: a tornado), for a chart whose series are all bars.
 */
export type ChartKind = "line" | "column" | "bar";

/** One series of a chart: its name and its values (one column of the same rows as the categories). */
export interface ChartSeriesPlan {
  readonly name: string;
  readonly values: Block;
  /**
   * How this series is drawn; default the chart's `kind`. A chart with series of both kinds is
   * a combined chart: columns behind lines, on one value axis.
   */
  readonly kind?: ChartKind;
  /**
   * Markers on the points of a line series; default false (Excel's plain "Line"). Needed for a
   * series with blank cells between its values, which are shown as gaps: a lone point has no
   * line to either side.
   */
  readonly markers?: boolean;
}

/**
 * A native chart over cells of the same sheet. Blank cells in a series are gaps (not zero), in
 * both writers (Excel's and the DrawingML default for new charts, written out explicitly).
 */
export interface ChartPlan {
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels (x axis): one column. */
  readonly categories: Block;
  readonly series: readonly ChartSeriesPlan[];
  /** Where the chart sits, in cells. */
  readonly anchor: Block;
}

/**
 * A data validation with an input message over a block (the input template, issue 11): what
 * may be typed, and the help Excel shows when a cell of the block is selected. A value outside
 * the rule gets a warning the user may overrule (the readers accept more notations than a rule
 * can say, e.g. "24,2 %" as text).
 */
export interface DataValidationPlan {
  readonly block: Block;
  readonly rule:
    | { readonly kind: "list"; readonly items: readonly string[] }
    | { readonly kind: "decimal" | "whole"; readonly min: number; readonly max?: number }
    /** Dates as Excel serial numbers (1900 system). */
    | { readonly kind: "date"; readonly min: number; readonly max: number }
    /** Anything: the input message only. */
    | { readonly kind: "any" };
  /** The input message: a title (at most 32 characters) and a text (at most 255). */
  readonly prompt: { readonly title: string; readonly text: string };
}

/** Text of a printed header or footer: Excel's codes (&A sheet, &D date, &P page, &N pages). */
export interface HeaderFooterPlan {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * How a sheet prints (issue 11): A4, orientation, fit to pages, repeated header rows, header
 * and footer, margins and the print area. Both writers apply it (src/xlsx: pageSetup,
 * pageMargins, headerFooter, the sheet's own _xlnm.Print_Titles/_xlnm.Print_Area names;
 * src/excel: worksheet.pageLayout, ExcelApi 1.9).
 */
export interface PageSetupPlan {
  readonly orientation: "portrait" | "landscape";
  /** Pages wide and tall the print is scaled to fit; 0 = as many as needed (no limit). */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** The part of the sheet that prints; the whole used range when absent. */
  readonly printArea?: Block;
  readonly header?: HeaderFooterPlan;
  readonly footer?: HeaderFooterPlan;
  /** Margins in inches (Excel's unit in the file format). */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
}

/** One result sheet. */
export interface SheetPlan {
  readonly kind: ReportSheetKind;
  readonly name: string;
  readonly cells: readonly PlannedCell[];
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Frozen rows/columns at the top/left (0 = none). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Blocks merged into one cell (the conclusion's sentences on KIK Overblik). */
  readonly merges?: readonly Block[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** How the sheet prints; absent = the host's defaults. */
  readonly page?: PageSetupPlan;
  /** Data validations with input messages (the input template). */
  readonly validations?: readonly DataValidationPlan[];
}

/** A sheet's content without its kind: a report sheet, or the input template. Both writers take it. */
export type SheetContent = Omit<SheetPlan, "kind">;

/** A key figure for the command line and the task pane's preview cards. */
export interface KeyFigure {
  readonly id: string;
  readonly label: string;
  /** null when there is no value (e.g. no payback within the horizon); `text` says why. */
  readonly value: number | null;
  /** The value formatted for people in the report's language (e.g. "-0,7 mio. kr."). */
  readonly text: string;
  readonly explanation: string;
  /**
   * What the figure is held against on KIK Overblik (the budget for the same years, the
   * target, the goal): its label, value and text as for the figure itself.
   */
  readonly comparison?: {
    readonly label: string;
    readonly value: number | null;
    readonly text: string;
  };
}

/**
 * The economy chart's data (KIK Økonomi and KIK Overblik), per budget year in the budget's
 * unit; null where the year has no value (a blank budget, an actual not yet known).
 */
export interface EconomyChartData {
  /** The budget's unit as the report writes it ("mio. kr."). */
  readonly unit: string;
  readonly years: readonly number[];
  readonly budget: readonly (number | null)[];
  readonly actual: readonly (number | null)[];
  readonly cumulativeBudget: readonly number[];
  /** Null from the first year without an actual figure on. */
  readonly cumulativeActual: readonly (number | null)[];
  /** Actual where known, else the budget: the re-forecast, cumulated. */
  readonly cumulativeForecast: readonly number[];
}

/**
 * The one-page business case as data, for the task pane's preview (issue 11): the same text
 * and figures KIK Overblik shows at the top.
 */
export interface ReportSummary {
  /** The conclusion's sentences: the cached texts of the sheet's live sentence formulas. */
  readonly conclusion: readonly string[];
  /** The headline figures in the order a decision needs them (ids stable; a subset of keyFigures' ids or new ones). */
  readonly headline: readonly KeyFigure[];
  /** The economy chart's data; null without a budget. */
  readonly economyChart: EconomyChartData | null;
}

/** The summary of a report without a business case (no budget, no caseload): for tests and stubs. */
export const EMPTY_SUMMARY: ReportSummary = { conclusion: [], headline: [], economyChart: null };

/** The whole report. */
export interface ReportPlan {
  readonly language: Language;
  readonly sheets: readonly SheetPlan[];
  /** Every key figure (the preview's "Alle nøgletal"). */
  readonly keyFigures: readonly KeyFigure[];
  /** The conclusion, the headline figures and the economy chart's data (issue 11). */
  readonly summary: ReportSummary;
  /** Things the user should know (a table missing, a default assumption used …), in `language`. */
  readonly notes: readonly string[];
  /**
   * The engine's model behind KIK Følsomhed (issue 12), when the report has one: the task pane
   * and the tests evaluate draws and break-even values with it.
   */
  readonly sensitivity?: SensitivityFigures;
}

/**
 * Workbook-level defined names that mark a sheet as generated by KIK: `KIK_GENERATED_<KIND>`
 * refers to A1 of the sheet. Excel moves the reference when the sheet is renamed and turns it
 * into #REF! when it is deleted, so a sheet the user made under the same name is never ours.
 */
export const GENERATED_NAME_PREFIX = "KIK_GENERATED_";

/** The defined name that marks the sheet of `kind`. */
export function generatedMarkerName(kind: ReportSheetKind): string {
  return `${GENERATED_NAME_PREFIX}${kind.toUpperCase()}`;
}
