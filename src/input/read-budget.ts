/**
 * The budget follow-up table, in either layout:
 *
 * - normal: one row per year under the headers År | Budgetteret | Faktisk [| Investering];
 * - transposed (as Aabenraa's follow-up note prints it): the years across the first row and the
 *   row labels Budgetteret, Faktisk [, Investering] in the first column.
 *
 * A "Forskel" column or row is not read (KIK computes Faktisk − Budgetteret itself); when it
 * disagrees with that, KIK warns. Totals ("I alt") are skipped with a warning. A blank Faktisk is
 * "not known yet" (null), never 0. Amounts stay in the table's unit (see {@link resolveUnit}).
 */
import { isCellDate, isCellError, type Grid, type GridValue } from "./grid";
import { CellBlock, isBlank } from "./cells";
import { fieldName, matchField, type FieldOf } from "./headers";
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
import { phrase, shown } from "./problems";
import {
  booleanText,
  cellText,
  checkMerge,
  dateText,
  findHeader,
  headerLabel,
  isTotalLabel,
  isWordsOnly,
  readNumber,
  textFlag,
  reportMissing,
  reportOtherColumns,
  resolveUnit,
  rowCells,
  standaloneContext,
  tableTitle,
  unitMentions,
  type Header,
  type ReadContext,
  type ReaderOptions,
  type ReaderResult,
  type UnitMention,
} from "./table";

type BudgetField = FieldOf["budget"];
type AmountField = Exclude<BudgetField, "year">;

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
export function readBudget(
  grid: Grid,
  options: ReaderOptions & BudgetExtras = {}
): ReaderResult<BudgetInput | null> {
  const ctx = standaloneContext(options);
  const value = readBudgetBlock(CellBlock.of(grid), ctx, options);
  return { value, problems: ctx.log.finish() };
}

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
  const names = layout.missing.map((f) => quote(fieldName("budget", f, language), language));
  const word = names.length === 1 ? phrase("row", language) : phrase("rows", language);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")} ${phrase("and", language)} ${names[names.length - 1]}`;
  const top = Math.min(...layout.rows.values());
  ctx.log.error(
    "missingRows",
    {
      table: tableTitle("budget", language),
      missing: `${word} ${list}`,
      expected:
        language === "da"
          ? "årstal i første række og rækkerne Budgetteret og Faktisk (valgfri: Investering, Forskel) i første kolonne"
          : "years across the first row and the rows Budgeted and Actual (optional: Investment, Difference) in the first column",
    },
    { sheet: block.sheet, top, left: block.left, bottom: top, right: block.left }
  );
}

function quote(s: string, language: "da" | "en"): string {
  return language === "da" ? `»${s}«` : `'${s}'`;
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
  private readonly amounts: number[] = [];
  private unit: MoneyUnit | null = null;
  /** True once a row (normal) or column (transposed) below the header held anything. */
  private sawData = false;

  constructor(
    private readonly block: CellBlock,
    private readonly ctx: ReadContext,
    private readonly extras: BudgetExtras
  ) {}

  readNormal(header: Header<BudgetField>): BudgetInput | null {
    const { block, ctx } = this;
    const titles: Sourced<GridValue>[] = [];
    for (let r = block.top; r < header.row; r++) titles.push(...rowCells(block, r));
    const mentions = [
      ...unitMentions(rowCells(block, header.row)),
      ...unitMentions(titles),
      ...unitMentions(ctx.titles),
      ...(this.extras.unitMentions ?? []),
    ];
    this.unit = mentions[0]?.unit ?? null;
    reportOtherColumns(block, "budget", header, ctx);
    const col = header.columns;
    const label = (f: BudgetField): string =>
      header.text.get(f) ?? fieldName("budget", f, ctx.language);
    const yearCol = col.get("year") as number;
    let bottom = header.row;
    for (let r = header.row + 1; r <= block.bottom; r++) {
      if (block.isBlankRow(r)) continue;
      bottom = r;
      this.sawData = true;
      const yv = block.value(r, yearCol);
      if (isTotalLabel(yv)) {
        ctx.log.warning("totalIgnored", { text: shown(String(yv)) }, block.ref(r, yearCol));
        continue;
      }
      // A wrong cell (already reported) is kept as unknown (null) at its own address.
      const cells = new Map<AmountField, Sourced<number | null>>();
      let anyValue = false;
      for (const f of ["budgeted", "actual", "investment", "difference"] as const) {
        const c = col.get(f);
        if (c === undefined) continue;
        const n = this.amount(r, c, f, label(f));
        if (n !== null) anyValue = true;
        cells.set(f, { value: n ?? null, ref: block.ref(r, c), ...textFlag(block, r, c) });
      }
      const year = this.year(r, yearCol, label("year"), anyValue);
      if (year === null) continue;
      this.push(year, cells, col.has("investment"), col.has("difference"));
    }
    const range: RangeRef = {
      sheet: block.sheet,
      top: header.row,
      left: block.left,
      bottom,
      right: Math.max(header.right, block.left),
    };
    const unitWhere: RangeRef = { ...range, bottom: header.row };
    return this.finish(range, unitWhere, mentions);
  }

  readTransposed(yearRow: number, labelRows: ReadonlyMap<AmountField, number>): BudgetInput | null {
    const { block, ctx } = this;
    const left = block.left;
    const titles: Sourced<GridValue>[] = [];
    for (let r = block.top; r < yearRow; r++) titles.push(...rowCells(block, r));
    const labelCells: Sourced<GridValue>[] = [...labelRows.values()].map((r) => ({
      value: block.label(r, left),
      ref: block.ref(r, left),
    }));
    const mentions = [
      ...unitMentions([{ value: block.label(yearRow, left), ref: block.ref(yearRow, left) }]),
      ...unitMentions(labelCells),
      ...unitMentions(titles),
      ...unitMentions(ctx.titles),
      ...(this.extras.unitMentions ?? []),
    ];
    this.unit = mentions[0]?.unit ?? null;
    const label = (f: AmountField): string => {
      const r = labelRows.get(f);
      const v = r === undefined ? null : block.label(r, left);
      return typeof v === "string" ? headerLabel(v) : fieldName("budget", f, ctx.language);
    };
    // Rows that are neither the years nor a known series.
    const known = new Set(labelRows.values());
    for (let r = yearRow + 1; r <= block.bottom; r++) {
      if (known.has(r) || block.isBlankRow(r)) continue;
      const v = block.label(r, left);
      if (isTotalLabel(v)) continue;
      ctx.log.warning(
        "unknownRow",
        {
          text: isBlank(v) ? "" : shown(String(v)),
          table: tableTitle("budget", ctx.language),
          expected:
            ctx.language === "da"
              ? "Budgetteret, Faktisk, Investering, Forskel"
              : "Budgeted, Actual, Investment, Difference",
        },
        block.ref(r, left)
      );
    }
    let right = left;
    const yearLabel = fieldName("budget", "year", ctx.language);
    for (let c = left + 1; c <= block.right; c++) {
      const yv = block.value(yearRow, c);
      const columnBlank = [...labelRows.values()].every((r) => isBlank(block.value(r, c)));
      if (!columnBlank || !isBlank(yv)) this.sawData = true;
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
        else
          ctx.log.warning(
            "unnamedColumn",
            {},
            {
              sheet: block.sheet,
              top: yearRow,
              left: c,
              bottom: Math.max(...labelRows.values()),
              right: c,
            }
          );
        continue;
      }
      if (isWordsOnly(yv) && parseYearCell(yv).kind !== "year") {
        ctx.log.warning(
          "unknownColumn",
          {
            text: shown(String(yv)),
            table: tableTitle("budget", ctx.language),
            expected: ctx.language === "da" ? "årstal, fx 2016" : "years, e.g. 2016",
          },
          block.ref(yearRow, c)
        );
        continue;
      }
      right = c;
      const cells = new Map<AmountField, Sourced<number | null>>();
      for (const [f, r] of labelRows) {
        const n = this.amount(r, c, f, label(f));
        cells.set(f, { value: n ?? null, ref: block.ref(r, c), ...textFlag(block, r, c) });
      }
      const year = this.year(yearRow, c, yearLabel, true);
      if (year === null) continue;
      this.push(year, cells, labelRows.has("investment"), labelRows.has("difference"));
    }
    const range: RangeRef = {
      sheet: block.sheet,
      top: yearRow,
      left,
      bottom: Math.max(...labelRows.values()),
      right,
    };
    const unitWhere: RangeRef = { ...range, bottom: yearRow };
    return this.finish(range, unitWhere, mentions);
  }

  /** An amount cell; negative investments are refused. undefined after an error. */
  private amount(
    row: number,
    column: number,
    f: AmountField,
    label: string
  ): number | null | undefined {
    const n = readNumber(this.block, row, column, label, "amount", this.ctx, this.unit);
    if (n === undefined || n === null) return n;
    if (f === "investment" && n < 0) {
      this.ctx.log.error(
        "negativeInvestment",
        { value: n, field: label },
        this.block.ref(row, column)
      );
      return undefined;
    }
    if (f !== "difference") this.amounts.push(n);
    return n;
  }

  /**
   * The year of a row or column, or null (after a problem) when there is none. A text note
   * with no digits and no amounts beside it is skipped with a warning.
   */
  private year(
    row: number,
    column: number,
    label: string,
    hasValues: boolean
  ): Sourced<number> | null {
    const { block, ctx } = this;
    const ref = block.ref(row, column);
    if (block.hasMerges && !checkMerge(block, row, column, label, ctx)) return null;
    const v = block.value(row, column);
    const parsed = parseYearCell(v);
    if (parsed.kind === "year") {
      const other = this.seen.get(parsed.value);
      if (other !== undefined) {
        ctx.log.error("duplicateYear", { year: String(parsed.value), other: cellText(other) }, ref);
        return null;
      }
      this.seen.set(parsed.value, ref);
      return { value: parsed.value, ref, ...textFlag(block, row, column) };
    }
    if (parsed.kind === "blank") {
      if (hasValues) ctx.log.error("valueWithoutYear", { field: label }, ref);
      return null;
    }
    if (parsed.kind === "notWhole") {
      const value =
        ctx.language === "da" ? String(parsed.value).replace(".", ",") : String(parsed.value);
      ctx.log.error("notWholeYear", { value, field: label }, ref);
      return null;
    }
    if (isCellError(v)) {
      ctx.log.error(
        "errorCell",
        {
          error: v.error,
          field: label,
          expected: ctx.language === "da" ? "et årstal, fx 2016" : "a year, e.g. 2016",
        },
        ref
      );
      return null;
    }
    if (isWordsOnly(v) && !hasValues) {
      ctx.log.warning(
        "unknownRow",
        {
          text: shown(String(v)),
          table: tableTitle("budget", ctx.language),
          expected: ctx.language === "da" ? "årstal, fx 2016" : "years, e.g. 2016",
        },
        ref
      );
      return null;
    }
    const text = isCellDate(v)
      ? dateText(v.date, ctx.language)
      : typeof v === "boolean"
        ? booleanText(v, ctx.language)
        : shown(String(v));
    ctx.log.error("notYear", { text, field: label }, ref);
    return null;
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
    if (rows.length === 0) {
      if (!this.sawData)
        ctx.log.warning("headerOnly", { table: tableTitle("budget", ctx.language) }, unitWhere);
      return null;
    }
    const categories = this.extras.investmentByCategory ?? [];
    const unit = resolveUnit(
      mentions,
      [...this.amounts, ...categories.map((c) => c.amount.value)],
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
