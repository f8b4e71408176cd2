/**
 * "KIK Økonomi": per budget year the investment, savings, budgeted net, cumulative, present
 * value, actual and variance, as built-in formulas over the input cells with the engine's
 * values cached; plus the investment by category.
 */
import {
  BREAK_EVEN_TOLERANCE,
  breakEvenTolerance,
  cumulative,
  discountFactor,
  periodVariance,
  settled,
  sum,
} from "../engine";
import type { Language } from "../i18n";
import type { BudgetInput, Sourced } from "../input/model";
import { FORMATS, textLiteral, unitText } from "./format";
import { label, type LabelKey } from "./labels";
import type { SheetPlan } from "./plan";
import { sheetPage, usedBlock } from "./print";
import { fixedAtRunText, inputRef, SheetBuilder } from "./sheet-builder";
import { tableName } from "./assumptions-sheet";

/** What the overview needs from the economy sheet: addresses and values of the totals. */
export interface EconomyTotals {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Budgeted net per year (blank = 0), for payback. */
  readonly netFlows: readonly number[];
  readonly investment: { readonly address: string; readonly value: number } | null;
  readonly netGain: { readonly address: string; readonly value: number };
  readonly presentValue: { readonly address: string; readonly value: number };
  readonly actual: {
    readonly address: string;
    readonly value: number;
    readonly knownYears: number;
  };
  readonly variance: { readonly address: string; readonly value: number };
  /**
   * The re-forecast for the whole period (issue 11): the sum of the actual where known, else
   * the budget, per year.
   */
  readonly forecast: { readonly address: string; readonly value: number };
  /** Budgeted net per year (null = blank), actual per year (null = not known yet). */
  readonly budgeted: readonly (number | null)[];
  readonly actuals: readonly (number | null)[];
  /** The last year with a known actual: its cell (the helper column's last cell) and value. */
  readonly lastActualYear: { readonly address: string; readonly value: number | null };
  /** Per budget year: the cells of the year, the cumulative budget and the cumulative re-forecast. */
  readonly rows: readonly {
    readonly year: { readonly address: string; readonly value: number };
    readonly cumulative: { readonly address: string; readonly value: number };
    readonly forecastCumulative: { readonly address: string; readonly value: number };
  }[];
  /** The investment per year where the input gives it (else null), for the reconciliation. */
  readonly investmentPerYear: {
    /** Σ investment over the years with a known actual (the helper column's total). */
    readonly toDate: { readonly address: string; readonly value: number };
  } | null;
  /** The actual column (absolute, sheet-qualified), for COUNT of the years known. */
  readonly actualRange: string;
  /** The payback cells of the re-forecast (actual, else budget), as `payback` for the budget. */
  readonly forecastPayback: EconomyTotals["payback"];
  /** Cells the payback formulas read (absolute, sheet-qualified). */
  readonly payback: {
    /** The year column's first and last cells. */
    readonly firstYear: string;
    readonly lastYear: string;
    /** The budgeted (net) and cumulative columns. */
    readonly budgetedRange: string;
    readonly cumulativeRange: string;
    /** The cumulative at the end of the last year. */
    readonly finalCumulative: string;
    /** The helper's last cell: the last year (1-based) ending below −tolerance, 0 if none. */
    readonly lastNegative: string;
    /** The number of budget years. */
    readonly years: number;
  };
}

const HEADER = 4;
/** The investment by category: the name spans the year column and this many more; the amount after it. */
const CATEGORY_SPAN = 2;
const AMOUNT = 2 + CATEGORY_SPAN;
const COL = {
  year: 1,
  investment: 2,
  savings: 3,
  budgeted: 4,
  cumulative: 5,
  discounted: 6,
  actual: 7,
  variance: 8,
  direction: 9,
  forecast: 10,
  forecastCumulative: 11,
  lastNegative: 12,
  forecastLastNegative: 13,
  lastActualYear: 14,
  investmentToDate: 15,
} as const;
/** KIK Økonomi's first year row and columns, for the per-year block of KIK Følsomhed (issue 12). */
export const ECONOMY_LAYOUT = { firstRow: HEADER + 1, columns: COL } as const;

/** A formula over an input cell that may be blank, or the literal value when it was text. */
function maybeRef(s: Sourced<number | null>): { formula?: string; value: number | string } {
  const value = s.value ?? "";
  if (s.fromText === true) return { value };
  const ref = inputRef(s.ref);
  return { formula: `IF(${ref}="","",${ref})`, value };
}

/**
 * Lays out the economy sheet.
 * @param discountRate - value and address of the discount-rate assumption
 */
export function buildEconomySheet(
  name: string,
  budget: BudgetInput,
  discountRate: { readonly value: number; readonly address: string },
  assumptionsSheet: string,
  language: Language,
  runDate: Date = new Date()
): { sheet: SheetPlan; totals: EconomyTotals } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("economy", name);
  // Numbers stored as text are written as the value read, not a formula (Excel reads such
  // text differently by locale): each row says so visibly beside it (issue 10).
  const fixed = new Map<number, string[]>();
  const markFixed = (row: number, sourced: Sourced<unknown> | null) => {
    if (sourced?.fromText !== true) return;
    fixed.set(row, [...(fixed.get(row) ?? []), inputRef(sourced.ref, false)]);
  };
  const unit = unitText(budget.unit, language);
  const money = { numberFormat: FORMATS.money };
  const rows = budget.rows;
  const firstYear = rows[0]?.year.value ?? 0;
  const lastYear = rows[rows.length - 1]?.year.value ?? 0;
  // A column of blanks is no investment data: its totals would claim 0.
  const hasInvestment = rows.some((r) => r.investment !== null && r.investment.value !== null);

  s.value(1, 1, l("economyTitle"), { style: "title" });
  s.value(2, 1, l("amountsIn", { unit }), { style: "note" });
  const headers: [number, string][] = [
    [COL.year, l("year")],
    [COL.investment, `${l("investment")} (${unit})`],
    [COL.savings, `${l("savings")} (${unit})`],
    [COL.budgeted, `${l("budgeted")} (${unit})`],
    [COL.cumulative, `${l("cumulative")} (${unit})`],
    [COL.discounted, `${l("discounted")} (${unit})`],
    [COL.actual, `${l("actual")} (${unit})`],
    [COL.variance, `${l("variance")} (${unit})`],
    [COL.direction, l("direction")],
    [COL.forecast, `${l("forecast")} (${unit})`],
    [COL.forecastCumulative, `${l("forecastCumulative")} (${unit})`],
    [COL.lastNegative, l("lastNegativeHelper")],
    [COL.forecastLastNegative, l("forecastLastNegativeHelper")],
    [COL.lastActualYear, l("lastActualYearHelper")],
    [COL.investmentToDate, l("investmentToDateHelper")],
  ];
  for (const [c, h] of headers) s.value(HEADER, c, h, { style: "header" });
  // Three lines of header text (a row with wrapped text does not grow by itself in every reader).
  s.rowHeight(HEADER, 45);

  const net = rows.map((r) => r.budgeted.value ?? 0);
  const running = cumulative(net);
  const first = HEADER + 1;
  const last = first + rows.length - 1;
  const budgetedRange = `${s.local(first, COL.budgeted, true)}:${s.local(last, COL.budgeted, true)}`;
  // Break-even within 1e-9 × Σ|flow| (docs/conventions.md): SUMIF skips the blank ("") years.
  const toleranceFormula = `${BREAK_EVEN_TOLERANCE}*(SUMIF(${budgetedRange},">0")-SUMIF(${budgetedRange},"<0"))`;
  const tolerance = breakEvenTolerance(net);
  let lastNegative = 0;
  const discounted: number[] = [];
  const investments: number[] = [];
  const savings: number[] = [];
  const actuals: number[] = [];
  const variances: number[] = [];
  // The re-forecast (issue 11): the actual where known, else the budget; its cumulative and
  // payback helper as the budget's.
  const forecastNet = rows.map((r) => r.actual.value ?? r.budgeted.value ?? 0);
  const forecastRunning = cumulative(forecastNet);
  const forecastRange = `${s.local(first, COL.forecast, true)}:${s.local(last, COL.forecast, true)}`;
  const forecastToleranceFormula = `${BREAK_EVEN_TOLERANCE}*(SUMIF(${forecastRange},">0")-SUMIF(${forecastRange},"<0"))`;
  const forecastTolerance = breakEvenTolerance(forecastNet);
  let forecastLastNegative = 0;
  let lastActualYear: number | null = null;
  const investmentsToDate: number[] = [];
  const rowCells: {
    year: { address: string; value: number };
    cumulative: { address: string; value: number };
    forecastCumulative: { address: string; value: number };
  }[] = [];
  rows.forEach((r, i) => {
    const row = first + i;
    const at = (c: number, abs = false) => s.local(row, c, abs);
    markFixed(row, r.year);
    if (hasInvestment) markFixed(row, r.investment);
    markFixed(row, r.budgeted);
    markFixed(row, r.actual);
    if (r.year.fromText === true)
      s.value(row, COL.year, r.year.value, { numberFormat: FORMATS.year });
    else
      s.formula(row, COL.year, inputRef(r.year.ref), r.year.value, { numberFormat: FORMATS.year });

    const inv = r.investment === null || !hasInvestment ? null : maybeRef(r.investment);
    if (inv === null) s.value(row, COL.investment, null, money);
    else if (inv.formula === undefined) s.value(row, COL.investment, inv.value, money);
    else s.formula(row, COL.investment, inv.formula, inv.value, money);
    if (typeof inv?.value === "number") investments.push(inv.value);

    const b = maybeRef(r.budgeted);
    if (b.formula === undefined) s.value(row, COL.budgeted, b.value, money);
    else s.formula(row, COL.budgeted, b.formula, b.value, money);

    const saving =
      typeof inv?.value === "number" && typeof b.value === "number" ? b.value + inv.value : "";
    if (typeof saving === "number") savings.push(saving);
    s.formula(
      row,
      COL.savings,
      `IF(OR(${at(COL.investment)}="",${at(COL.budgeted)}=""),"",${at(COL.budgeted)}+${at(COL.investment)})`,
      saving,
      money
    );

    // Within the break-even tolerance of 0 the cumulative is 0: spreadsheets add in other orders
    // (LibreOffice compensates rounding) and must not disagree on the sign of a remainder.
    const runningSum = `SUM(${s.local(first, COL.budgeted, true)}:${at(COL.budgeted)})`;
    s.formula(
      row,
      COL.cumulative,
      `IF(ABS(${runningSum})<=${toleranceFormula},0,${runningSum})`,
      settled(running[i] as number, tolerance),
      money
    );

    // The last year so far whose cumulative ends below −tolerance (forward fill), for payback.
    if ((running[i] as number) < -tolerance) lastNegative = i + 1;
    s.formula(
      row,
      COL.lastNegative,
      `IF(${at(COL.cumulative)}<-${toleranceFormula},${i + 1},${i === 0 ? 0 : s.local(row - 1, COL.lastNegative)})`,
      lastNegative,
      { numberFormat: FORMATS.year }
    );

    const pv =
      typeof b.value === "number"
        ? b.value * discountFactor(discountRate.value, r.year.value - firstYear)
        : "";
    if (typeof pv === "number") discounted.push(pv);
    s.formula(
      row,
      COL.discounted,
      `IF(${at(COL.budgeted)}="","",${at(COL.budgeted)}/(1+${discountRate.address})^(${at(COL.year)}-${s.local(first, COL.year, true)}))`,
      pv,
      money
    );

    const a = maybeRef(r.actual);
    if (a.formula === undefined) s.value(row, COL.actual, a.value === "" ? null : a.value, money);
    else s.formula(row, COL.actual, a.formula, a.value, money);
    if (typeof a.value === "number") actuals.push(a.value);

    const v = periodVariance(r.budgeted.value, r.actual.value);
    if (v !== null) variances.push(v);
    s.formula(
      row,
      COL.variance,
      `IF(OR(${at(COL.actual)}="",${at(COL.budgeted)}=""),"",${at(COL.actual)}-${at(COL.budgeted)})`,
      v ?? "",
      money
    );

    // Issue 11: the budget's error per year and its direction, the re-forecast and helpers.
    s.formula(
      row,
      COL.direction,
      `IF(${at(COL.variance)}="","",IF(${at(COL.variance)}>0,${textLiteral(l("directionBetter"))},IF(${at(COL.variance)}<0,${textLiteral(l("directionWorse"))},${textLiteral(l("directionSame"))})))`,
      v === null ? "" : l(v > 0 ? "directionBetter" : v < 0 ? "directionWorse" : "directionSame"),
      { style: "note" }
    );
    const forecastValue = a.value !== "" ? a.value : b.value;
    s.formula(
      row,
      COL.forecast,
      `IF(${at(COL.actual)}="",${at(COL.budgeted)},${at(COL.actual)})`,
      forecastValue,
      money
    );
    const forecastSum = `SUM(${s.local(first, COL.forecast, true)}:${at(COL.forecast)})`;
    const fc = settled(forecastRunning[i] as number, forecastTolerance);
    s.formula(
      row,
      COL.forecastCumulative,
      `IF(ABS(${forecastSum})<=${forecastToleranceFormula},0,${forecastSum})`,
      fc,
      money
    );
    if ((forecastRunning[i] as number) < -forecastTolerance) forecastLastNegative = i + 1;
    s.formula(
      row,
      COL.forecastLastNegative,
      `IF(${at(COL.forecastCumulative)}<-${forecastToleranceFormula},${i + 1},${i === 0 ? 0 : s.local(row - 1, COL.forecastLastNegative)})`,
      forecastLastNegative,
      { numberFormat: FORMATS.year }
    );
    if (typeof a.value === "number") lastActualYear = r.year.value;
    s.formula(
      row,
      COL.lastActualYear,
      `IF(${at(COL.actual)}="",${i === 0 ? '""' : s.local(row - 1, COL.lastActualYear)},${at(COL.year)})`,
      lastActualYear ?? "",
      { numberFormat: FORMATS.year }
    );
    const invToDate =
      typeof a.value === "number" && typeof inv?.value === "number" ? inv.value : "";
    if (typeof invToDate === "number") investmentsToDate.push(invToDate);
    s.formula(
      row,
      COL.investmentToDate,
      `IF(OR(${at(COL.actual)}="",${at(COL.investment)}=""),"",${at(COL.investment)})`,
      invToDate,
      money
    );
    rowCells.push({
      year: { address: s.ref(row, COL.year), value: r.year.value },
      cumulative: {
        address: s.ref(row, COL.cumulative),
        value: settled(running[i] as number, tolerance),
      },
      forecastCumulative: { address: s.ref(row, COL.forecastCumulative), value: fc },
    });
  });

  const totalRow = last + 1;
  const total = (c: number, value: number) => {
    s.formula(totalRow, c, `SUM(${s.local(first, c)}:${s.local(last, c)})`, value, {
      ...money,
      style: "total",
    });
    return { address: s.ref(totalRow, c), value };
  };
  s.value(totalRow, COL.year, l("total"), { style: "total" });
  const investmentTotal = hasInvestment ? total(COL.investment, sum(investments)) : null;
  if (!hasInvestment) s.value(totalRow, COL.investment, null, { style: "total" });
  if (hasInvestment) total(COL.savings, sum(savings));
  else s.value(totalRow, COL.savings, null, { style: "total" });
  // An exact break-even in decimals shows as 0,0, not −0,0 (the engine's `netGain` too).
  const netValue = settled(sum(net), tolerance);
  const netSum = `SUM(${s.local(first, COL.budgeted)}:${s.local(last, COL.budgeted)})`;
  s.formula(
    totalRow,
    COL.budgeted,
    `IF(ABS(${netSum})<=${toleranceFormula},0,${netSum})`,
    netValue,
    { ...money, style: "total" }
  );
  const netGain = { address: s.ref(totalRow, COL.budgeted), value: netValue };
  s.value(totalRow, COL.cumulative, null, { style: "total" });
  s.value(totalRow, COL.lastNegative, null, { style: "total" });
  s.value(totalRow, COL.direction, null, { style: "total" });
  s.value(totalRow, COL.forecastCumulative, null, { style: "total" });
  s.value(totalRow, COL.forecastLastNegative, null, { style: "total" });
  s.value(totalRow, COL.lastActualYear, null, { style: "total" });
  const forecast = total(COL.forecast, sum(forecastNet));
  const investmentToDate = total(COL.investmentToDate, sum(investmentsToDate));
  const presentValue = total(COL.discounted, sum(discounted));
  const actual = total(COL.actual, sum(actuals));
  const variance = total(COL.variance, sum(variances));
  s.table({
    name: tableName("Oekonomi", name),
    top: HEADER,
    left: 1,
    bottom: totalRow,
    right: COL.investmentToDate,
    totalsRow: true,
  });
  s.value(totalRow + 2, 1, l("economyNote", { firstYear: String(firstYear), assumptionsSheet }), {
    style: "note",
  });
  // Issue 11: an empty Investering/Besparelse column says why (the input gives no per-year investment).
  if (!hasInvestment)
    s.value(
      totalRow + 3,
      1,
      l(
        budget.investmentByCategory.length > 0
          ? "investmentPerYearByCategoryOnly"
          : "investmentPerYearMissing"
      ),
      { style: "note" }
    );

  let investmentTotalByCategory: { address: string; value: number } | null = null;
  if (budget.investmentByCategory.length > 0) {
    const top = totalRow + 5;
    s.value(top, 1, l("investmentByCategoryTitle"), { style: "subtitle" });
    s.value(top + 1, 1, l("category"), { style: "header" });
    s.merge({ top: top + 1, left: 1, bottom: top + 1, right: 1 + CATEGORY_SPAN });
    s.value(top + 1, AMOUNT, `${l("investment")} (${unit})`, { style: "header" });
    budget.investmentByCategory.forEach((c, i) => {
      const row = top + 2 + i;
      s.value(row, 1, c.category.value, { style: "label" });
      // The year column is narrow: a category's name spans it and the next column.
      s.merge({ top: row, left: 1, bottom: row, right: 1 + CATEGORY_SPAN });
      markFixed(row, c.amount);
      if (c.amount.fromText === true) s.value(row, AMOUNT, c.amount.value, money);
      else s.formula(row, AMOUNT, inputRef(c.amount.ref), c.amount.value, money);
    });
    const end = top + 1 + budget.investmentByCategory.length;
    const value = sum(budget.investmentByCategory.map((c) => c.amount.value));
    s.value(end + 1, 1, l("total"), { style: "total" });
    s.formula(end + 1, AMOUNT, `SUM(${s.local(top + 2, AMOUNT)}:${s.local(end, AMOUNT)})`, value, {
      ...money,
      style: "total",
    });
    investmentTotalByCategory = { address: s.ref(end + 1, AMOUNT), value };
  }

  // Issue 11: budget and actual per year as columns, the cumulative budget and re-forecast as lines.
  const column = (c: number) => ({ top: first, left: c, bottom: last, right: c });
  if (rows.length > 1)
    s.chart({
      kind: "column",
      title: l("chartEconomy", { unit }),
      categories: column(COL.year),
      series: [
        { name: `${l("budgeted")} (${unit})`, values: column(COL.budgeted) },
        { name: `${l("actual")} (${unit})`, values: column(COL.actual) },
        {
          name: `${l("cumulative")} (${unit})`,
          values: column(COL.cumulative),
          kind: "line",
          markers: true,
        },
        {
          name: `${l("forecastCumulative")} (${unit})`,
          values: column(COL.forecastCumulative),
          kind: "line",
          markers: true,
        },
      ],
      size: { rows: 18, columns: 8 },
      // Below the tables, so the printed page holds table and chart at a readable size.
      place: "below",
    });
  for (const [row, cells] of fixed)
    s.value(
      row,
      COL.investmentToDate + 2,
      fixedAtRunText(runDate, l("fixedReasonText", { cell: cells.join(", ") }), language),
      { style: "note" }
    );
  s.columnWidths([8, 14, 14, 15, 14, 14, 12, 12, 18, 18, 16, 14, 14, 14, 14]);
  s.freeze(HEADER, 1);
  // The helper columns (payback, re-forecast, years known) do not print.
  const built = s.build();
  const sheet = {
    ...built,
    page: sheetPage(built, language, {
      ...usedBlock(built),
      right: Math.max(COL.forecastCumulative, ...built.charts.map((c) => c.anchor.right)),
    }),
  };
  return {
    sheet,
    totals: {
      firstYear,
      lastYear,
      netFlows: net,
      investment: investmentTotalByCategory ?? investmentTotal,
      netGain,
      presentValue,
      actual: { ...actual, knownYears: actuals.length },
      variance,
      forecast,
      budgeted: rows.map((r) => r.budgeted.value),
      actuals: rows.map((r) => r.actual.value),
      lastActualYear: { address: s.ref(last, COL.lastActualYear), value: lastActualYear },
      rows: rowCells,
      investmentPerYear: hasInvestment ? { toDate: investmentToDate } : null,
      actualRange: `${s.ref(first, COL.actual)}:${s.local(last, COL.actual, true)}`,
      forecastPayback: {
        firstYear: s.ref(first, COL.year),
        lastYear: s.ref(last, COL.year),
        budgetedRange: `${s.ref(first, COL.forecast)}:${s.local(last, COL.forecast, true)}`,
        cumulativeRange: `${s.ref(first, COL.forecastCumulative)}:${s.local(last, COL.forecastCumulative, true)}`,
        finalCumulative: s.ref(last, COL.forecastCumulative),
        lastNegative: s.ref(last, COL.forecastLastNegative),
        years: rows.length,
      },
      payback: {
        firstYear: s.ref(first, COL.year),
        lastYear: s.ref(last, COL.year),
        budgetedRange: `${s.ref(first, COL.budgeted)}:${s.local(last, COL.budgeted, true)}`,
        cumulativeRange: `${s.ref(first, COL.cumulative)}:${s.local(last, COL.cumulative, true)}`,
        finalCumulative: s.ref(last, COL.cumulative),
        lastNegative: s.ref(last, COL.lastNegative),
        years: rows.length,
      },
    },
  };
}
