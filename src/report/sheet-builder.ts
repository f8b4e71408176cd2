/** Collects the cells of one result sheet while its builder lays them out. */
import type { Language } from "../i18n";
import type { CellRef } from "../input/model";
import { label } from "./labels";
import { a1, qualified } from "../sheet";
import type {
  Block,
  CellStyle,
  PageSetupPlan,
  ChartPlan,
  PlannedCell,
  ReportSheetKind,
  SheetPlan,
  TablePlan,
} from "./plan";

/**
 * A chart before it is placed: its size in cells. The builder anchors it right of every column
 * the sheet uses (cells and tables), one column apart, so it never covers data.
 */
export type ChartRequest = Omit<ChartPlan, "anchor"> & {
  readonly size: { readonly rows: number; readonly columns: number };
  /**
   * Where the chart goes: right of the used columns (default), below every used row from
   * column A, or at a fixed block the caller keeps free of cells (KIK Overblik's page layout).
   */
  readonly place?: "right" | "below" | Block;
};

/** The row a chart's top edge sits on (below the sheet's title). */
const CHART_TOP = 2;

/** Options for one cell. */
export interface CellOptions {
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** Excel's default column width (characters) and a header line's height (points, 11 pt bold). */
const DEFAULT_WIDTH = 8.43;
/** The height of one line of wrapped text (points): 11 pt bold, and enough for 10 pt notes. */
export const LINE_HEIGHT = 15;
const HEADER_LINE = LINE_HEIGHT;

/** Characters of a 10 pt italic note per unit of column width (a header's bold 11 pt: 0,9). */
export const NOTE_PER_UNIT = 1.05;

/**
 * How many lines `text` takes when wrapped at word boundaries, `capacity` characters a line (at
 * least 1). A word longer than a line breaks over as many lines as it needs, and the next word
 * continues after its last piece. The one estimate every result sheet's row heights use (Excel
 * does not fit the rows of a written file to wrapped text by itself).
 */
export function lineCount(text: string, capacity: number): number {
  const cap = Math.max(1, Math.floor(capacity));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= cap) {
      used = need;
      continue;
    }
    // On a fresh line (or the first): the word's pieces fill lines; the last piece stays open.
    if (used > 0) lines++;
    lines += Math.ceil(word.length / cap) - 1;
    used = word.length % cap || cap;
  }
  return lines;
}

/**
 * How many lines `text` takes when wrapped at word boundaries in a column `width` characters
 * wide (bold 11 pt: about 0,9 character per unit of width; `perUnit` for another font, e.g.
 * {@link NOTE_PER_UNIT}). A word longer than a line breaks.
 */
export function wrappedLines(text: string, width: number, perUnit = 0.9): number {
  return lineCount(text, Math.floor(width * perUnit) - 1);
}

/**
 * Row heights (points) with each header row at least as tall as its wrapped titles need when
 * they take more than one line ({@link wrappedLines} in each title's column); `set` are heights
 * already chosen, kept, and raised where a header row needs more (the taller wins).
 */
export function headerRowHeights(
  cells: readonly PlannedCell[],
  widths: readonly number[],
  set: readonly { readonly row: number; readonly height: number }[] = []
): { row: number; height: number }[] {
  const lines = new Map<number, number>();
  for (const c of cells) {
    if (c.style !== "header" || typeof c.value !== "string") continue;
    const n = wrappedLines(c.value, widths[c.column - 1] ?? DEFAULT_WIDTH);
    lines.set(c.row, Math.max(lines.get(c.row) ?? 1, n));
  }
  const heights = new Map(set.map((h) => [h.row, h.height]));
  for (const [row, n] of lines)
    if (n > 1) heights.set(row, Math.max(heights.get(row) ?? 0, n * HEADER_LINE));
  return [...heights].map(([row, height]) => ({ row, height }));
}

/** Builds a {@link SheetPlan}; rows and columns are 1-based. */
export class SheetBuilder {
  private readonly cells: PlannedCell[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly charts: ChartRequest[] = [];
  private widths: number[] = [];
  private frozen = { rows: 0, columns: 0 };
  private readonly merged: Block[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private pageSetup: PageSetupPlan | undefined;

  constructor(
    readonly kind: ReportSheetKind,
    readonly name: string
  ) {}

  /** A literal value (text stays text, whatever it starts with). */
  value(
    row: number,
    column: number,
    value: number | string | boolean | null,
    options: CellOptions = {}
  ): void {
    this.cells.push({ row, column, value, ...options });
  }

  /** A built-in formula with the engine's value as its cached result. */
  formula(
    row: number,
    column: number,
    formula: string,
    value: number | string | boolean | null,
    options: CellOptions = {}
  ): void {
    this.cells.push({ row, column, value, formula, ...options });
  }

  /** The value planned for a cell so far (the last one planned wins), undefined when none. */
  valueAt(row: number, column: number): PlannedCell["value"] | undefined {
    for (let i = this.cells.length - 1; i >= 0; i--) {
      const c = this.cells[i] as PlannedCell;
      if (c.row === row && c.column === column) return c.value;
    }
    return undefined;
  }

  /** Address of a cell on this sheet, for formulas elsewhere ('KIK Økonomi'!$D$9). */
  ref(row: number, column: number, absolute = true): string {
    return qualified(this.name, row, column, absolute);
  }

  /** Address on this sheet for formulas on this sheet (D9 or $D$9). */
  local(row: number, column: number, absolute = false): string {
    return a1(row, column, absolute);
  }

  table(table: TablePlan): void {
    this.tables.push(table);
  }

  /** A chart, placed by {@link build} where it covers no cell and no table; stacked when more. */
  chart(chart: ChartRequest): void {
    this.charts.push(chart);
  }

  /** The last column with a cell or a table on the sheet. */
  private lastUsedColumn(): number {
    let right = 0;
    for (const c of this.cells) right = Math.max(right, c.column);
    for (const t of this.tables) right = Math.max(right, t.right);
    return right;
  }

  /** Merges a block into one cell (its top-left cell holds the value). */
  merge(block: Block): void {
    this.merged.push(block);
  }

  /** A row's height in points. */
  rowHeight(row: number, height: number): void {
    this.heights.push({ row, height });
  }

  /** How the sheet prints. */
  page(page: PageSetupPlan): void {
    this.pageSetup = page;
  }

  /** The last row with a cell or a table on the sheet. */
  lastUsedRow(): number {
    let bottom = 0;
    for (const c of this.cells) bottom = Math.max(bottom, c.row);
    for (const t of this.tables) bottom = Math.max(bottom, t.bottom);
    return bottom;
  }

  columnWidths(widths: number[]): void {
    this.widths = widths;
  }

  freeze(rows: number, columns: number): void {
    this.frozen = { rows, columns };
  }

  /** The charts with their anchors: right of the used columns, one below the other. */
  private placedCharts(): ChartPlan[] {
    const left = this.lastUsedColumn() + 2;
    let top = CHART_TOP;
    let below = this.lastUsedRow() + 2;
    return this.charts.map(({ size, place, ...chart }) => {
      if (typeof place === "object") return { ...chart, anchor: place };
      if (place === "below") {
        const anchor = { top: below, left: 1, bottom: below + size.rows, right: size.columns };
        below = anchor.bottom + 2;
        return { ...chart, anchor };
      }
      const anchor = { top, left, bottom: top + size.rows, right: left + size.columns - 1 };
      top = anchor.bottom + 2;
      return { ...chart, anchor };
    });
  }

  /**
   * The heights set, with each header row at least as tall as its wrapped titles need when
   * they take more than one line: neither Excel nor LibreOffice fits a written file's rows to wrapped
   * text reliably, and a cut header (»besparelser (mio. kr.)« for »Målte besparelser …«) misleads.
   */
  private rowHeights(): { row: number; height: number }[] {
    return headerRowHeights(this.cells, this.widths, this.heights);
  }

  build(): SheetPlan {
    return {
      kind: this.kind,
      name: this.name,
      cells: this.cells,
      columnWidths: this.widths,
      freeze: this.frozen,
      tables: this.tables,
      charts: this.placedCharts(),
      ...(this.merged.length === 0 ? {} : { merges: this.merged }),
      ...(this.rowHeights().length === 0 ? {} : { rowHeights: this.rowHeights() }),
      ...(this.pageSetup === undefined ? {} : { page: this.pageSetup }),
    };
  }
}

/** A sheet-qualified reference to an input cell, for formulas over the user's data. */
export function inputRef(ref: CellRef, absolute = true): string {
  return qualified(ref.sheet, ref.row, ref.column, absolute);
}

/**
 * The visible mark of a cell that cannot be a formula (issue 10, docs/report.md): "Fast værdi fra
 * kørslen 2026-11-30: <reason>". Written beside the cell; the living test counts these marks.
 */
export function fixedAtRunText(date: Date, reason: string, language: Language): string {
  return label("fixedAtRun", { date: date.toISOString().slice(0, 10), reason }, language);
}

/**
 * A formula whose value is #NUM! in Excel, LibreOffice and HyperFormula alike: ACOS of a value
 * outside −1..1. (SQRT(-1) is #NUM! in Excel but LibreOffice writes it as #VALUE! to .xlsx, so a
 * recalculated workbook would disagree.) Used for absurd inputs (docs/conventions.md).
 */
export const NUM_ERROR = "ACOS(2)";
