/**
 * The budget follow-up table, in either layout:
 *
 * - normal: one row per year under the headers År | Budgetteret | Faktisk [| Investering];
 * - transposed (as Aabenraa's follow-up note prints it): the years across the first row and the
 *   row labels Budgetteret, Faktisk [, Investering] in the first column.
 *
 * The normal layout's header, rows, cells, totals and notes are read by the generic reader
 * (`table.ts`, spec in `tables.ts`); this module keeps the transposed layout and the rules across
 * rows: a year twice is an error, years out of order are sorted and gaps noted with a warning,
 * the unit is resolved, and a "Forskel" (not read: KIK computes Faktisk − Budgetteret itself)
 * that disagrees is warned about. A blank Faktisk is "not known yet" (null), never 0. Amounts
 * stay in the table's unit (see {@link resolveUnit}).
 */
import { message } from "../i18n";
import type { GridValue } from "./grid";
import { CellBlock, isBlank } from "./cells";
import {
  fieldName,
  isTotalLabel,
  matchField,
  namesWithOptional,
  TABLE_FIELDS,
  type FieldOf,
} from "./headers";
import type {
  BudgetInput,
  BudgetRow,
  CellRef,
  InvestmentCategory,
  MoneyUnit,
  RangeRef,
  Sourced,
} from "./model";
import { parseYearCell } from "./months";
import { cellName, phrase, shown } from "./problems";
import { readCell, sourced } from "./read-cell";
import {
  findHeader,
  headerLabel,
  isWordsOnly,
  namedParts,
  readRows,
  reportMissing,
  reportOtherColumns,
  standalone,
  tableTitle,
  type Header,
  type ReadContext,
  type ReaderOptions,
} from "./table";
import { columnSpec } from "./tables";
import {
  resolveUnit,
  rowCells,
  rowsCells,
  unitMentions,
  type Amount,
  type UnitMention,
} from "./units";

type BudgetField = FieldOf["budget"];
type AmountField = Exclude<BudgetField, "year">;
const AMOUNT_FIELDS: readonly AmountField[] = ["budgeted", "actual", "investment", "difference"];

/** Where the budget table's parts are, in one of the two layouts. */
export type BudgetLayout =
  | { readonly layout: "normal"; readonly header: Header<BudgetField> }
  | {
      readonly layout: "transposed";
      /** The row holding the years. */
      readonly yearRow: number | null;
      /** The row of each labelled series (first column). */
      readonly rows: ReadonlyMap<AmountField, number>;
      readonly missing: readonly BudgetField[];
      readonly score: number;
    };

/** What the budget reader needs from the other tables. */
export interface BudgetExtras {
  /** Units stated elsewhere (a "Budgetenhed" assumption, the investment table's headers). */
  readonly unitMentions?: readonly UnitMention[];
  /** The investment split by category, already read. */
  readonly investmentByCategory?: readonly InvestmentCategory[];
}

/** True when the layout found has every required part. */
export function isCompleteBudget(l: BudgetLayout): boolean {
  return l.layout === "normal" ? l.header.missing.length === 0 : l.missing.length === 0;
}

/** A score for choosing between candidate tables (more recognised headers = higher). */
export function budgetScore(l: BudgetLayout): number {
  return l.layout === "normal" ? l.header.score : l.score;
}

/**
 * The budget layout of a block: a complete normal header wins, then a complete transposed
 * layout, then whichever partial match is better (for the "missing columns" message).
 */
export function detectBudget(block: CellBlock, maxHeaderRows: number): BudgetLayout | null {
  const header = findHeader(block, "budget", maxHeaderRows);
  const normal: BudgetLayout | null = header === null ? null : { layout: "normal", header };
  if (normal !== null && isCompleteBudget(normal)) return normal;
  const transposed = detectTransposed(block, maxHeaderRows);
  if (transposed !== null && isCompleteBudget(transposed)) return transposed;
  if (normal === null) return transposed;
  if (transposed === null) return normal;
  return budgetScore(transposed) > budgetScore(normal) ? transposed : normal;
}

function detectTransposed(block: CellBlock, maxHeaderRows: number): BudgetLayout | null {
  const rows = new Map<AmountField, number>();
  const last = Math.min(block.bottom, block.top + maxHeaderRows + 6);
  for (let r = block.top; r <= last; r++) {
    const f = matchField("budget", block.label(r, block.left));
    if (f !== null && f !== "year" && !rows.has(f)) rows.set(f, r);
  }
  if (rows.size === 0) return null;
  const firstLabel = Math.min(...rows.values());
  let yearRow: number | null = null;
  for (let r = firstLabel - 1; r >= block.top && yearRow === null; r--) {
    for (let c = block.left + 1; c <= block.right; c++) {
      if (parseYearCell(block.value(r, c)).kind === "year") {
        yearRow = r;
        break;
      }
    }
  }
  const missing: BudgetField[] = [];
  if (yearRow === null) missing.push("year");
  if (!rows.has("budgeted")) missing.push("budgeted");
  if (!rows.has("actual")) missing.push("actual");
  const score = rows.size * 3 + (yearRow === null ? 0 : 3);
  return { layout: "transposed", yearRow, rows, missing, score };
}

/** Reads a budget table from a grid on its own (tests, or a face that found the range itself). */
export const readBudget = standalone<BudgetInput | null, ReaderOptions & BudgetExtras>(
  readBudgetBlock
);

/** Reads the budget table in `block`; null (with problems logged) when it cannot be read. */
export function readBudgetBlock(
  block: CellBlock,
  ctx: ReadContext,
  extras: BudgetExtras = {}
): BudgetInput | null {
  ctx.log.scope = tableTitle("budget", ctx.language);
  const layout = detectBudget(block, ctx.maxHeaderRows);
  if (layout === null || !isCompleteBudget(layout)) {
    reportBudgetMissing(block, layout, ctx);
    return null;
  }
  const reader = new BudgetReader(block, ctx, extras);
  return layout.layout === "normal"
    ? reader.readNormal(layout.header)
    : reader.readTransposed(layout.yearRow as number, layout.rows);
}

function reportBudgetMissing(
  block: CellBlock,
  layout: BudgetLayout | null,
  ctx: ReadContext
): void {
  if (layout === null || layout.layout === "normal") {
    reportMissing(block, "budget", layout === null ? null : layout.header, ctx);
    return;
  }
  // Transposed: name the missing rows (or the row of years).
  const language = ctx.language;
  const names = layout.missing.map((f) => fieldName("budget", f, language));
  const amounts = TABLE_FIELDS.budget.filter((f) => f.field !== "year");
  const expected = message(
    "inputPhrases",
    "transposedBudget",
    { rows: namesWithOptional(amounts, "list", language) },
    language
  );
  const top = Math.min(...layout.rows.values());
  ctx.log.error(
    "missingRows",
    {
      table: tableTitle("budget", language),
      missing: namedParts("row", names, language),
      expected,
    },
    { sheet: block.sheet, top, left: block.left, bottom: top, right: block.left }
  );
}

/** Decimal places of a number as written (at most 6). */
function decimals(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 || s.includes("e") ? 0 : Math.min(s.length - i - 1, 6);
}

interface PendingRow {
  year: Sourced<number>;
  budgeted: Sourced<number | null>;
  actual: Sourced<number | null>;
  investment: Sourced<number | null> | null;
  difference: Sourced<number | null> | null;
}

class BudgetReader {
  private readonly rows: PendingRow[] = [];
  private readonly seen = new Map<number, CellRef>();
  private readonly amounts: Amount[] = [];
  private unit: MoneyUnit | null = null;

  constructor(
    private readonly block: CellBlock,
    private readonly ctx: ReadContext,
    private readonly extras: BudgetExtras
  ) {}

  readNormal(header: Header<BudgetField>): BudgetInput | null {
    const { block, ctx } = this;
    const mentions = [
      ...unitMentions(rowCells(block, header.row)),
      ...unitMentions(rowsCells(block, block.top, header.row - 1)),
      ...unitMentions(ctx.titles),
      ...(this.extras.unitMentions ?? []),
    ];
    this.unit = mentions[0]?.unit ?? null;
    reportOtherColumns(block, "budget", header, ctx);
    const hasInvestment = header.columns.has("investment");
    const hasDifference = header.columns.has("difference");
    const range = readRows(
      block,
      "budget",
      header,
      ctx,
      (row) => {
        const cells = new Map<AmountField, Sourced<number | null>>();
        for (const f of AMOUNT_FIELDS) {
          const cell = row.sourced(f);
          if (cell === null) continue;
          cells.set(f, cell);
          if (f !== "difference" && cell.value !== null) this.note(cell.value, cell.ref, f);
        }
        if (this.claim(row.key)) this.push(row.key, cells, hasInvestment, hasDifference);
      },
      { unit: this.unit }
    );
    return this.finish(range, { ...range, bottom: header.row }, mentions);
  }

  readTransposed(yearRow: number, labelRows: ReadonlyMap<AmountField, number>): BudgetInput | null {
    const { block, ctx } = this;
    const left = block.left;
    const labelCells: Sourced<GridValue>[] = [...labelRows.values()].map((r) => ({
      value: block.label(r, left),
      ref: block.ref(r, left),
    }));
    const mentions = [
      ...unitMentions([{ value: block.label(yearRow, left), ref: block.ref(yearRow, left) }]),
      ...unitMentions(labelCells),
      ...unitMentions(rowsCells(block, block.top, yearRow - 1)),
      ...unitMentions(ctx.titles),
      ...(this.extras.unitMentions ?? []),
    ];
    this.unit = mentions[0]?.unit ?? null;
    const label = (f: AmountField): string => {
      const r = labelRows.get(f);
      const v = r === undefined ? null : block.label(r, left);
      return typeof v === "string" ? headerLabel(v) : fieldName("budget", f, ctx.language);
    };
    const table = tableTitle("budget", ctx.language);
    // Rows that are neither the years nor a known series.
    const known = new Set(labelRows.values());
    const series = AMOUNT_FIELDS.map((f) => fieldName("budget", f, ctx.language)).join(", ");
    for (let r = yearRow + 1; r <= block.bottom; r++) {
      if (known.has(r) || block.isBlankRow(r)) continue;
      const v = block.label(r, left);
      if (isTotalLabel(v)) continue;
      const text = isBlank(v) ? "" : shown(String(v));
      ctx.log.warning("unknownRow", { text, table, expected: series }, block.ref(r, left));
    }
    let right = left;
    let sawData = false;
    const yearLabel = fieldName("budget", "year", ctx.language);
    const years = phrase("years", ctx.language);
    for (let c = left + 1; c <= block.right; c++) {
      const yv = block.value(yearRow, c);
      const columnBlank = [...labelRows.values()].every((r) => isBlank(block.value(r, c)));
      if (!columnBlank || !isBlank(yv)) sawData = true;
      if (isTotalLabel(yv)) {
        ctx.log.warning("totalIgnored", { text: shown(String(yv)) }, block.ref(yearRow, c));
        continue;
      }
      if (isBlank(yv)) {
        if (columnBlank) continue;
        const numeric = [...labelRows.values()].find(
          (r) => !isBlank(block.value(r, c)) && !isWordsOnly(block.value(r, c))
        );
        if (numeric !== undefined)
          ctx.log.error("valueWithoutYear", { field: yearLabel }, block.ref(numeric, c));
        else {
          const bottom = Math.max(...labelRows.values());
          const range = { sheet: block.sheet, top: yearRow, left: c, bottom, right: c };
          ctx.log.warning("unnamedColumn", {}, range);
        }
        continue;
      }
      if (isWordsOnly(yv) && parseYearCell(yv).kind !== "year") {
        const text = shown(String(yv));
        ctx.log.warning("unknownColumn", { text, table, expected: years }, block.ref(yearRow, c));
        continue;
      }
      right = c;
      const cells = new Map<AmountField, Sourced<number | null>>();
      for (const [f, r] of labelRows) cells.set(f, this.amount(r, c, f, label(f)));
      const year = readCell(block, yearRow, c, columnSpec("budget", "year"), yearLabel, ctx);
      if (year.value === null || year.value === undefined) continue;
      const claimed = year as Sourced<number>;
      if (this.claim(claimed))
        this.push(claimed, cells, labelRows.has("investment"), labelRows.has("difference"));
    }
    const range: RangeRef = {
      sheet: block.sheet,
      top: yearRow,
      left,
      bottom: Math.max(...labelRows.values()),
      right,
    };
    const unitWhere: RangeRef = { ...range, bottom: yearRow };
    if (!sawData) ctx.log.warning("headerOnly", { table }, unitWhere);
    return this.finish(range, unitWhere, mentions);
  }

  /** An amount cell of the transposed layout (a wrong one is null at its own address). */
  private amount(
    row: number,
    column: number,
    f: AmountField,
    label: string
  ): Sourced<number | null> {
    const spec = columnSpec("budget", f);
    const cell = readCell(this.block, row, column, spec, label, this.ctx, this.unit);
    if (typeof cell.value === "number" && f !== "difference") this.note(cell.value, cell.ref, f);
    return sourced(cell) as Sourced<number | null>;
  }

  /** An amount the unit must fit (the difference column is derived from the others). */
  private note(value: number, ref: CellRef, f: AmountField): void {
    this.amounts.push({ value, ref, field: fieldName("budget", f, this.ctx.language) });
  }

  /** False (after an error naming the other cell) when the year was read before. */
  private claim(year: Sourced<number>): boolean {
    const other = this.seen.get(year.value);
    if (other !== undefined) {
      const params = { year: String(year.value), other: cellName(other) };
      this.ctx.log.error("duplicateYear", params, year.ref);
      return false;
    }
    this.seen.set(year.value, year.ref);
    return true;
  }

  private push(
    year: Sourced<number>,
    cells: ReadonlyMap<AmountField, Sourced<number | null>>,
    hasInvestment: boolean,
    hasDifference: boolean
  ): void {
    const get = (f: AmountField): Sourced<number | null> =>
      cells.get(f) ?? { value: null, ref: year.ref };
    this.rows.push({
      year,
      budgeted: get("budgeted"),
      actual: get("actual"),
      investment: hasInvestment ? get("investment") : null,
      difference: hasDifference ? get("difference") : null,
    });
  }

  private finish(
    range: RangeRef,
    unitWhere: RangeRef,
    mentions: readonly UnitMention[]
  ): BudgetInput | null {
    const { ctx } = this;
    const rows = this.rows;
    if (rows.length === 0) return null;
    const categories = this.extras.investmentByCategory ?? [];
    const unit = resolveUnit(
      mentions,
      [
        ...this.amounts,
        ...categories.map((c) => ({
          value: c.amount.value,
          ref: c.amount.ref,
          field: tableTitle("investment", ctx.language),
        })),
      ],
      unitWhere,
      ctx
    );
    this.checkDifferences();
    // Sort by year, warning at the first cell out of order.
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1] as PendingRow;
      const cur = rows[i] as PendingRow;
      if (cur.year.value < prev.year.value) {
        ctx.log.warning(
          "yearsSorted",
          { year: String(cur.year.value), previous: String(prev.year.value) },
          cur.year.ref
        );
        rows.sort((a, b) => a.year.value - b.year.value);
        break;
      }
    }
    const missing: string[] = [];
    for (let i = 1; i < rows.length; i++) {
      const a = (rows[i - 1] as PendingRow).year.value;
      const b = (rows[i] as PendingRow).year.value;
      for (let y = a + 1; y < b && missing.length < 10; y++) missing.push(String(y));
    }
    if (missing.length > 0)
      ctx.log.warning(
        "yearGap",
        { table: tableTitle("budget", ctx.language), missing: missing.join(", ") },
        range
      );
    const out: BudgetRow[] = rows.map((r) => ({
      year: r.year,
      budgeted: r.budgeted,
      actual: r.actual,
      investment: r.investment,
    }));
    return { unit, range, rows: out, investmentByCategory: categories };
  }

  /** Warns where a given Forskel differs from Faktisk − Budgetteret beyond rounding. */
  private checkDifferences(): void {
    for (const r of this.rows) {
      const d = r.difference;
      const b = r.budgeted.value;
      const a = r.actual.value;
      if (d === null || d.value === null || b === null || a === null) continue;
      const places = Math.max(decimals(d.value), decimals(a), decimals(b));
      const computed = a - b;
      if (Math.abs(computed - d.value) > Math.pow(10, -places) + 1e-9) {
        this.ctx.log.warning(
          "differenceMismatch",
          { given: d.value, computed: Number(computed.toFixed(places)) },
          d.ref
        );
      }
    }
  }
}
