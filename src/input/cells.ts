/**
 * A rectangular block of a {@link Grid} that the readers walk: absolute (1-based) addresses,
 * blanks outside the grid, and merged cells.
 *
 * Merged cells: Excel keeps a merged area's value in its top-left cell. A *label* (a header,
 * a row label, an outcome or assumption name) that is merged downwards is read from the
 * top-left cell on every row it covers; a merged *data* cell (a number, a year, a month) is
 * ambiguous and the readers report it (see {@link CellBlock.mergeAt}).
 */
import type { Grid, GridValue } from "./grid";
import type { CellRef, RangeRef } from "./model";

/** A merged area, 1-based inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Columns are at most 16,384 in Excel, so row × 16,384 + column is a unique cell key. */
const COLUMNS = 16384;

/** A block of cells over a grid. */
export class CellBlock {
  private readonly merges: ReadonlyMap<number, MergeArea> | null;

  private constructor(
    readonly grid: Grid,
    readonly range: RangeRef,
    merges: ReadonlyMap<number, MergeArea> | null
  ) {
    this.merges = merges;
  }

  /** The whole grid as a block (its width is the widest row). */
  static of(grid: Grid): CellBlock {
    let width = 0;
    for (const row of grid.values) width = Math.max(width, row.length);
    const range: RangeRef = {
      sheet: grid.sheet,
      top: grid.top,
      left: grid.left,
      bottom: grid.top + Math.max(grid.values.length, 1) - 1,
      right: grid.left + Math.max(width, 1) - 1,
    };
    let merges: Map<number, MergeArea> | null = null;
    for (const m of grid.merges ?? []) {
      if (m.bottom === m.top && m.right === m.left) continue;
      merges ??= new Map();
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) merges.set(r * COLUMNS + c, m);
    }
    return new CellBlock(grid, range, merges);
  }

  /** A part of this block (clipped to it). */
  sub(range: Omit<RangeRef, "sheet">): CellBlock {
    return new CellBlock(
      this.grid,
      {
        sheet: this.range.sheet,
        top: Math.max(range.top, this.range.top),
        left: Math.max(range.left, this.range.left),
        bottom: Math.min(range.bottom, this.range.bottom),
        right: Math.min(range.right, this.range.right),
      },
      this.merges
    );
  }

  get sheet(): string {
    return this.range.sheet;
  }
  get top(): number {
    return this.range.top;
  }
  get left(): number {
    return this.range.left;
  }
  get bottom(): number {
    return this.range.bottom;
  }
  get right(): number {
    return this.range.right;
  }

  /** The value of a cell (absolute address); blank outside the grid. */
  value(row: number, column: number): GridValue {
    const line = this.grid.values[row - this.grid.top];
    if (line === undefined) return null;
    const v = line[column - this.grid.left];
    return v === undefined ? null : v;
  }

  /**
   * The value of a label cell: a cell inside an area merged downwards reads the area's
   * top-left value when it is in the area's first column (blank otherwise).
   */
  label(row: number, column: number): GridValue {
    const m = this.mergeAt(row, column);
    if (m === undefined) return this.value(row, column);
    return m.left === column ? this.value(m.top, m.left) : null;
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, column: number): MergeArea | undefined {
    return this.merges === null ? undefined : this.merges.get(row * COLUMNS + column);
  }

  /** True when the block has merged cells at all (lets hot loops skip the lookup). */
  get hasMerges(): boolean {
    return this.merges !== null;
  }

  /** The address of a cell. */
  ref(row: number, column: number): CellRef {
    return { sheet: this.range.sheet, row, column };
  }

  /** True when every cell of `row` between `left` and `right` (default: the block) is blank. */
  isBlankRow(row: number, left = this.range.left, right = this.range.right): boolean {
    const line = this.grid.values[row - this.grid.top];
    if (line === undefined) return true;
    const from = Math.max(left - this.grid.left, 0);
    const to = Math.min(right - this.grid.left, line.length - 1);
    for (let i = from; i <= to; i++) if (!isBlank(line[i] ?? null)) return false;
    return true;
  }

  /** True when every cell of `column` between `top` and `bottom` (default: the block) is blank. */
  isBlankColumn(column: number, top = this.range.top, bottom = this.range.bottom): boolean {
    for (let r = top; r <= bottom; r++) if (!isBlank(this.value(r, column))) return false;
    return true;
  }
}

/** Blank: null or text of spaces only. */
export function isBlank(v: GridValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** True when two ranges (on the same sheet) share a cell. */
export function overlaps(a: Omit<RangeRef, "sheet">, b: Omit<RangeRef, "sheet">): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
