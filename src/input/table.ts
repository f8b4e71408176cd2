/**
 * The generic table reader: every input table is read by these steps, driven by its spec in
 * `tables.ts`, so the tables cannot drift apart.
 *
 * 1. {@link readHeader}: find the header row among the first rows of the block (titles may
 *    stand above it); report missing required columns (the table is then not read), and
 *    unknown, duplicate and unnamed columns (those are not read).
 * 2. {@link readRows}: walk the rows below the header to the block's end (a blank row ends a
 *    table on the input sheet, so blank rows inside a block are skipped); skip a totals row
 *    (its key cell says "I alt", "Total", "Sum" …) with a warning, and the template's example
 *    row (its key cell starts with "Eksempel"/"Example") silently; skip a note row in a table
 *    that allows notes; read every cell by its column's kind (`read-cell.ts`); refuse a row
 *    with values but no key, or with a key but a blank cell its table needs; hand every other
 *    row to the table's own code, which keeps only its cross-row rules (sorting, duplicates,
 *    sums).
 *
 * An Excel table's own totals row is cut off before reading (`read-case.ts`), so it is never
 * data. Rows below a table on the input sheet are found by `read-case.ts` (a blank row ends a
 * table; numbers after it are an error).
 */
import type { NumberNotation } from "../engine/number-text";
import { formatList, getLanguage, plural, quote, type Language } from "../i18n";
import { inferNotation } from "./notation";
import { CellBlock, isBlank } from "./cells";
import type { Grid, GridValue } from "./grid";
import {
  expectedHeaders,
  fieldName,
  isExampleLabel,
  isTotalLabel,
  matchField,
  normaliseHeader,
} from "./headers";
import type { MoneyUnit, RangeRef, Sourced } from "./model";
import { cellName, phrase, ProblemLog, shown, type InputProblem } from "./problems";
import { readCell, sourced, type CellContext, type ReadCell } from "./read-cell";
import {
  tableSpec,
  TABLES,
  type BlankCellMessage,
  type ColumnSpec,
  type FieldOf,
  type KeyFieldOf,
  type TableKind,
  type ValueOf,
} from "./tables";

/** How a reader is called: where problems go and what surrounds the table. */
export interface ReadContext extends CellContext {
  /** How many rows at the top of the block may be titles before the header row. */
  readonly maxHeaderRows: number;
  /** Title cells outside the block (e.g. the cell above an Excel table) that may state the unit. */
  readonly titles: readonly Sourced<GridValue>[];
}

/** Options of the public single-table readers (`readBudget(grid)` …). */
export interface ReaderOptions {
  /** Message language; default the language in force (Danish unless set). */
  readonly language?: Language;
  /** How many rows at the top of the grid may be titles before the header (default 5). */
  readonly maxHeaderRows?: number;
  /** The notation of numbers written as text; default: what the grid itself shows (`notation.ts`). */
  readonly notation?: NumberNotation;
}

/** What a single-table reader returns. */
export interface ReaderResult<T> {
  readonly value: T;
  readonly problems: InputProblem[];
}

/**
 * A single-table reader over a whole grid (tests, or a face that found the range itself) from
 * a reader of a block: the problems come back with the value, in the language asked for.
 */
export function standalone<T, O extends ReaderOptions = ReaderOptions>(
  read: (block: CellBlock, ctx: ReadContext, options: O) => T
): (grid: Grid, options?: O) => ReaderResult<T> {
  return (grid, options = {} as O) => {
    const block = CellBlock.of(grid);
    const notation = options.notation ?? inferNotation([block]);
    const ctx = { ...standaloneContext(options), ...(notation === undefined ? {} : { notation }) };
    const value = read(block, ctx, options);
    return { value, problems: ctx.log.finish() };
  };
}

/** A fresh context for reading one grid on its own. */
export function standaloneContext(options: ReaderOptions = {}): ReadContext {
  const language = options.language ?? getLanguage();
  return {
    log: new ProblemLog(language),
    language,
    maxHeaderRows: options.maxHeaderRows ?? 5,
    titles: [],
    reportedMerges: new Set(),
  };
}

/** The header row of a table and the column of each field it has. */
export interface Header<F extends string> {
  readonly row: number;
  readonly columns: ReadonlyMap<F, number>;
  /** The user's own header text per field, for messages. */
  readonly text: ReadonlyMap<F, string>;
  /** Rightmost non-blank header cell. */
  readonly right: number;
  /** Matched fields weighted for choosing between candidate rows. */
  readonly score: number;
  readonly missing: readonly F[];
}

/**
 * The header of `kind` in `block`, with its problems reported: null (after an error naming
 * the missing columns) when there is none or it lacks a required column; unknown, duplicate
 * and unnamed columns are reported and not read.
 */
export function readHeader<K extends TableKind>(
  block: CellBlock,
  kind: K,
  ctx: ReadContext
): Header<FieldOf[K]> | null {
  ctx.log.scope = tableTitle(kind, ctx.language);
  const header = findHeader(block, kind, ctx.maxHeaderRows);
  if (header === null || header.missing.length > 0) {
    reportMissing(block, kind, header, ctx);
    return null;
  }
  reportOtherColumns(block, kind, header, ctx);
  return header;
}

/** The best header row of `kind` in the first `maxRows` rows of `block`, complete or not. */
export function findHeader<K extends TableKind>(
  block: CellBlock,
  kind: K,
  maxRows: number
): Header<FieldOf[K]> | null {
  let best: Header<FieldOf[K]> | null = null;
  const last = Math.min(block.bottom, block.top + maxRows - 1);
  for (let row = block.top; row <= last; row++) {
    const h = headerAt(block, kind, row);
    if (h === null) continue;
    // A complete header beats an incomplete one; then more (and exact) matches win; then the first.
    const better =
      best === null ||
      (h.missing.length === 0 && best.missing.length > 0) ||
      ((h.missing.length === 0) === (best.missing.length === 0) && h.score > best.score);
    if (better) best = h;
  }
  return best;
}

/** The header of `kind` read from `row`, or null when no cell of the row names a field. */
export function headerAt<K extends TableKind>(
  block: CellBlock,
  kind: K,
  row: number
): Header<FieldOf[K]> | null {
  const columns = new Map<FieldOf[K], number>();
  const text = new Map<FieldOf[K], string>();
  let score = 0;
  let right = block.left;
  for (let c = block.left; c <= block.right; c++) {
    const v = block.label(row, c);
    if (isBlank(v)) continue;
    right = c;
    const field = matchField(kind, v);
    if (field === null || columns.has(field)) continue;
    columns.set(field, c);
    text.set(field, headerLabel(String(v)));
    // An exact header ("Udfald") outweighs a prefix match in a title ("Udfald af sager 2016").
    score += SYNONYMS[kind].has(normaliseHeader(v as string)) ? 3 : 2;
  }
  if (columns.size === 0) return null;
  const missing = tableSpec(kind)
    .columns.filter((s) => s.required && !columns.has(s.field))
    .map((s) => s.field);
  return { row, columns, text, right, score, missing };
}

const SYNONYMS = Object.fromEntries(
  Object.entries(TABLES).map(([k, t]) => [
    k,
    new Set<string>(t.columns.flatMap((c) => c.synonyms as readonly string[])),
  ])
) as unknown as Record<TableKind, ReadonlySet<string>>;

/** A header as messages name its column: the user's words without a bracketed unit or remark. */
export function headerLabel(header: string): string {
  const bare = header.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim();
  return shown(bare === "" ? header : bare);
}

/** The table's name for messages. */
export function tableTitle(kind: TableKind, language: Language): string {
  return TABLES[kind].title[language];
}

/** "kolonnen »Faktisk«" / "kolonnerne »År« og »Faktisk«" (or rows): names for a message. */
export function namedParts(
  what: "column" | "row",
  names: readonly string[],
  language: Language
): string {
  const word = plural(
    names.length,
    {
      one: phrase(what, language),
      other: phrase(what === "column" ? "columns" : "rows", language),
    },
    language
  );
  return `${word} ${formatList(
    names.map((n) => quote(n, language)),
    language
  )}`;
}

/** Reports a header that lacks required columns (or no header at all). */
export function reportMissing<K extends TableKind>(
  block: CellBlock,
  kind: K,
  header: Header<FieldOf[K]> | null,
  ctx: ReadContext
): void {
  const language = ctx.language;
  const expected = expectedHeaders(kind, language);
  const table = tableTitle(kind, language);
  if (header === null) {
    ctx.log.error("noHeader", { table, expected }, block.range);
    return;
  }
  const names = header.missing.map((f) => fieldName(kind, f, language));
  const range: RangeRef = {
    sheet: block.sheet,
    top: header.row,
    left: block.left,
    bottom: header.row,
    right: Math.max(header.right, block.left),
  };
  ctx.log.error(
    "missingColumns",
    { table, missing: namedParts("column", names, language), expected },
    range
  );
}

/**
 * Warns about header cells that name no known column, duplicate columns, and columns with
 * values but no header. The reader only reads the matched columns.
 */
export function reportOtherColumns<K extends TableKind>(
  block: CellBlock,
  kind: K,
  header: Header<FieldOf[K]>,
  ctx: ReadContext
): void {
  const table = tableTitle(kind, ctx.language);
  const used = new Set(header.columns.values());
  for (let c = block.left; c <= block.right; c++) {
    if (used.has(c)) continue;
    const v = block.label(header.row, c);
    const ref = block.ref(header.row, c);
    if (isBlank(v)) {
      if (!block.isBlankColumn(c, header.row + 1)) {
        const range = {
          sheet: block.sheet,
          top: header.row,
          left: c,
          bottom: block.bottom,
          right: c,
        };
        ctx.log.warning("unnamedColumn", {}, range);
      }
      continue;
    }
    const text = shown(String(v));
    const field = matchField(kind, v);
    if (field !== null) {
      const other = cellName(block.ref(header.row, header.columns.get(field) as number));
      ctx.log.error("duplicateColumn", { text, table, other }, ref);
    } else {
      const expected = expectedHeaders(kind, ctx.language);
      ctx.log.warning("unknownColumn", { text, table, expected }, ref);
    }
  }
}

/**
 * The range a table covers, from its header row to `bottom`; warns when it has headers but no
 * rows, so an empty table is said out loud rather than silently missing from the report.
 */
export function tableRange(
  block: CellBlock,
  header: { readonly row: number; readonly right: number },
  bottom: number,
  kind: TableKind,
  ctx: ReadContext
): RangeRef {
  const range: RangeRef = {
    sheet: block.sheet,
    top: header.row,
    left: block.left,
    bottom,
    right: Math.max(header.right, block.left),
  };
  if (bottom === header.row)
    ctx.log.warning("headerOnly", { table: tableTitle(kind, ctx.language) }, range);
  return range;
}

/**
 * One row handed to a table's own code: its key is read and valid, its cells read. The object
 * is reused for the next row (a 100,000-row table allocates one): keep its cells, not the row.
 */
export class TableRow<K extends TableKind> {
  /** The row's number on the sheet. */
  row = 0;
  cells: readonly ReadCell<unknown>[] = [];

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly keyAt: number
  ) {}

  /** The cell of `field` as read, or undefined when the table has no such column. */
  cell<F extends FieldOf[K]>(field: F): ReadCell<ValueOf<K, F>> | undefined {
    const i = this.index.get(field);
    return i === undefined ? undefined : (this.cells[i] as ReadCell<ValueOf<K, F>>);
  }

  /**
   * The cell of `field` as a sourced value (blank or wrong: null at its own address), or null
   * when the table has no such column.
   */
  sourced<F extends FieldOf[K]>(field: F): Sourced<ValueOf<K, F> | null> | null {
    const c = this.cell(field);
    return c === undefined ? null : sourced(c);
  }

  /** The row's key (year, month, label, name, category): always there and valid. */
  get key(): Sourced<ValueOf<K, KeyFieldOf<K>>> {
    return this.cells[this.keyAt] as Sourced<ValueOf<K, KeyFieldOf<K>>>;
  }
}

/** What {@link readRows} may be told about the table. */
export interface RowOptions {
  /** The money unit of amount cells, when known (a "kr." in a cell is refused unless "kr"). */
  readonly unit?: MoneyUnit | null;
}

/**
 * Reads the rows below `header` to the block's end by the spec of `kind`, handing each row
 * with a valid key (and every cell its table needs) to `visit`, in sheet order. Returns the
 * range the table covers (header row to its last non-blank row; see {@link tableRange}).
 */
export function readRows<K extends TableKind>(
  block: CellBlock,
  kind: K,
  header: Header<FieldOf[K]>,
  ctx: ReadContext,
  visit: (row: TableRow<K>) => void,
  options: RowOptions = {}
): RangeRef {
  const spec = tableSpec(kind);
  const columns = spec.columns
    .flatMap((s) => {
      const column = header.columns.get(s.field);
      const label = header.text.get(s.field) ?? s.names[ctx.language];
      return column === undefined ? [] : [{ spec: s, column, label }];
    })
    .sort((a, b) => a.column - b.column);
  const index = new Map<string, number>(columns.map((c, i) => [c.spec.field, i]));
  const keyAt = index.get(spec.key) as number;
  const key = columns[keyAt] as (typeof columns)[number];
  // Cells that make a row "have values": all but the key and remarks (a unit, a source).
  const valued = columns.filter((c) => c !== key && c.spec.cell !== "text").map((c) => c.column);
  const needed = columns.flatMap((c, i) => (c.spec.blank === undefined ? [] : [i]));
  const unit = options.unit ?? null;
  const current = new TableRow<K>(index, keyAt);
  let bottom = header.row;
  for (let r = header.row + 1; r <= block.bottom; r++) {
    if (block.isBlankRow(r)) continue;
    bottom = r;
    const keyValue = block.label(r, key.column);
    // The template's example row (issue 11) shows what to fill in; it is never data.
    if (isExampleLabel(keyValue)) continue;
    if (isTotalLabel(keyValue)) {
      ctx.log.warning("totalIgnored", { text: shown(String(keyValue)) }, block.ref(r, key.column));
      continue;
    }
    // hasValues is asked only of rows whose key is a note or blank (rare ones).
    if (spec.notes !== undefined && isNote(block, r, key.column) && !hasValues(block, r, valued)) {
      const expected = phrase(spec.notes, ctx.language);
      const text = shown(String(keyValue));
      ctx.log.warning(
        "unknownRow",
        { text, table: tableTitle(kind, ctx.language), expected },
        block.ref(r, key.column)
      );
      continue;
    }
    const cells: ReadCell<unknown>[] = [];
    for (const c of columns) cells.push(readCell(block, r, c.column, c.spec, c.label, ctx, unit));
    const keyCell = cells[keyAt] as ReadCell<unknown>;
    if (keyCell.value === null) {
      if (hasValues(block, r, valued))
        ctx.log.error(spec.withoutKey, { field: key.label }, keyCell.ref);
      continue;
    }
    if (
      keyCell.value === undefined ||
      !complete(cells, needed, columns, String(keyCell.value), ctx)
    )
      continue;
    current.row = r;
    current.cells = cells;
    visit(current);
  }
  return tableRange(block, header, bottom, kind, ctx);
}

/** False (after an error for a blank one) when a cell the table needs is blank or wrong. */
function complete(
  cells: readonly ReadCell<unknown>[],
  needed: readonly number[],
  columns: readonly { readonly spec: ColumnSpec; readonly label: string }[],
  key: string,
  ctx: ReadContext
): boolean {
  for (const i of needed) {
    const cell = cells[i] as ReadCell<unknown>;
    if (cell.value === undefined) return false;
    if (cell.value !== null) continue;
    const c = columns[i] as (typeof columns)[number];
    ctx.log.error(c.spec.blank as BlankCellMessage, { label: key, field: c.label }, cell.ref);
    return false;
  }
  return true;
}

/** True when a cell of the row in one of `columns` is not blank. */
function hasValues(block: CellBlock, row: number, columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(block.value(row, c))) return true;
  return false;
}

/** A key cell of words only (no digits), not merged: a note, not a mistyped key. */
function isNote(block: CellBlock, row: number, column: number): boolean {
  return isWordsOnly(block.value(row, column)) && block.mergeAt(row, column) === undefined;
}

/** True for a text cell with no digits (a note, not a mistyped value). */
export function isWordsOnly(v: GridValue): boolean {
  return typeof v === "string" && !/\d/.test(v);
}
