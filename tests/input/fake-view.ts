/**
 * An in-memory workbook as a {@link WorkbookView}, for the input readers' tests and the
 * bad-input corpus. Sheets are row-major arrays starting at A1; tables, defined names and
 * merged areas are given as A1 addresses. The ExcelJS face can build the same workbooks as
 * .xlsx files from this description and compare.
 */
import { parseRangeAddress, type Grid, type GridValue } from "../../src/input/grid";
import type { RangeRef } from "../../src/input/model";
import type { WorkbookView } from "../../src/input/read-case";

/** A workbook described as data. */
export interface FakeWorkbook {
  /** Cells per sheet, row-major from A1; rows may differ in length (missing = blank). */
  readonly sheets: Readonly<Record<string, readonly (readonly GridValue[])[]>>;
  /**
   * Excel tables: name and sheet-qualified range ("KIK Input!A1:C5"), header row first; with
   * `totalsRow`, the range's last row is the table's totals row.
   */
  readonly tables?: readonly {
    readonly name: string;
    readonly ref: string;
    readonly totalsRow?: boolean;
  }[];
  /** Workbook defined names that refer to one range. */
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
  /** Merged areas per sheet, as "A1:C1". */
  readonly merges?: Readonly<Record<string, readonly string[]>>;
}

/** A view that also counts how many cells the readers asked for (to check they read lazily). */
export interface FakeView extends WorkbookView {
  readonly cellsRead: number;
}

/** Parses "Sheet!A1:C5" (or "A1:C5" with a default sheet) into a range; throws if malformed. */
export function rangeOf(ref: string, sheet?: string): RangeRef {
  const r = parseRangeAddress(ref.includes("!") ? ref : `'${sheet ?? "Sheet1"}'!${ref}`);
  if (r === null) throw new Error(`bad range ${ref}`);
  return r;
}

/** The view over a fake workbook. */
export function fakeView(workbook: FakeWorkbook): FakeView {
  const sheetNames = Object.keys(workbook.sheets);
  const sheetOf = (name: string): string => {
    const hit = sheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
    if (hit === undefined) throw new Error(`no sheet ${name}`);
    return hit;
  };
  let cellsRead = 0;
  const used = new Map<string, RangeRef | null>();
  const view: FakeView = {
    sheetNames,
    tables: (workbook.tables ?? []).map((t) => ({
      name: t.name,
      range: rangeOf(t.ref),
      totalsRow: t.totalsRow === true,
    })),
    names: (workbook.names ?? []).map((n) => ({ name: n.name, range: rangeOf(n.ref) })),
    get cellsRead() {
      return cellsRead;
    },
    grid(range: RangeRef): Grid {
      const sheet = sheetOf(range.sheet);
      const rows = workbook.sheets[sheet] ?? [];
      const values: GridValue[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        // Rows may be shorter than the range: the readers treat missing cells as blank.
        const line = (rows[r - 1] ?? []).slice(range.left - 1, range.right);
        values.push(line);
        cellsRead += range.right - range.left + 1;
      }
      const merges = (workbook.merges?.[sheet] ?? [])
        .map((m) => rangeOf(m, sheet))
        .filter(
          (m) =>
            m.top <= range.bottom &&
            range.top <= m.bottom &&
            m.left <= range.right &&
            range.left <= m.right
        )
        .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
      return { sheet, top: range.top, left: range.left, values, merges };
    },
    usedRange(name: string): RangeRef | null {
      const sheet = sheetOf(name);
      const cached = used.get(sheet);
      if (cached !== undefined) return cached;
      const rows = workbook.sheets[sheet] ?? [];
      let top = Infinity;
      let left = Infinity;
      let bottom = 0;
      let right = 0;
      rows.forEach((row, i) => {
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          top = Math.min(top, i + 1);
          bottom = Math.max(bottom, i + 1);
          left = Math.min(left, j + 1);
          right = Math.max(right, j + 1);
        });
      });
      const result = bottom === 0 ? null : { sheet, top, left, bottom, right };
      used.set(sheet, result);
      return result;
    },
  };
  return view;
}

/** A grid for the single-table readers: rows from `top`/`left` (default A1) on `sheet`. */
export function gridOf(
  values: readonly (readonly GridValue[])[],
  options: { sheet?: string; top?: number; left?: number; merges?: readonly string[] } = {}
): Grid {
  const sheet = options.sheet ?? "KIK Input";
  return {
    sheet,
    top: options.top ?? 1,
    left: options.left ?? 1,
    values,
    merges: (options.merges ?? []).map((m) => {
      const { top, left, bottom, right } = rangeOf(m, sheet);
      return { top, left, bottom, right };
    }),
  };
}
