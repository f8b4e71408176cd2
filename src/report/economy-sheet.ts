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
import { FORMATS, unitText } from "./format";
import { label, type LabelKey } from "./labels";
import type { SheetPlan } from "./plan";
import { inputRef, SheetBuilder } from "./sheet-builder";
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
const COL = {
  year: 1,
  investment: 2,
  savings: 3,
  budgeted: 4,
  cumulative: 5,
  discounted: 6,
  actual: 7,
  variance: 8,
  lastNegative: 9,
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
  language: Language
): { sheet: SheetPlan; totals: EconomyTotals } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("economy", name);
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
    [COL.lastNegative, l("lastNegativeHelper")],
  ];
  for (const [c, h] of headers) s.value(HEADER, c, h, { style: "header" });

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
  rows.forEach((r, i) => {
    const row = first + i;
    const at = (c: number, abs = false) => s.local(row, c, abs);
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
  const presentValue = total(COL.discounted, sum(discounted));
  const actual = total(COL.actual, sum(actuals));
  const variance = total(COL.variance, sum(variances));
  s.table({
    name: tableName("Oekonomi", name),
    top: HEADER,
    left: 1,
    bottom: totalRow,
    right: COL.lastNegative,
    totalsRow: true,
  });
  s.value(totalRow + 2, 1, l("economyNote", { firstYear: String(firstYear), assumptionsSheet }), {
    style: "note",
  });

  let investmentTotalByCategory: { address: string; value: number } | null = null;
  if (budget.investmentByCategory.length > 0) {
    const top = totalRow + 4;
    s.value(top, 1, l("investmentByCategoryTitle"), { style: "subtitle" });
    s.value(top + 1, 1, l("category"), { style: "header" });
    s.value(top + 1, 2, `${l("investment")} (${unit})`, { style: "header" });
    budget.investmentByCategory.forEach((c, i) => {
      const row = top + 2 + i;
      s.value(row, 1, c.category.value, { style: "label" });
      if (c.amount.fromText === true) s.value(row, 2, c.amount.value, money);
      else s.formula(row, 2, inputRef(c.amount.ref), c.amount.value, money);
    });
    const end = top + 1 + budget.investmentByCategory.length;
    const value = sum(budget.investmentByCategory.map((c) => c.amount.value));
    s.value(end + 1, 1, l("total"), { style: "total" });
    s.formula(end + 1, 2, `SUM(${s.local(top + 2, 2)}:${s.local(end, 2)})`, value, {
      ...money,
      style: "total",
    });
    investmentTotalByCategory = { address: s.ref(end + 1, 2), value };
  }

  if (rows.length > 1) {
    s.chart({
      kind: "line",
      title: l("chartCumulative"),
      categories: { top: first, left: COL.year, bottom: last, right: COL.year },
      series: [
        {
          name: `${l("cumulative")} (${unit})`,
          values: { top: first, left: COL.cumulative, bottom: last, right: COL.cumulative },
          markers: true,
        },
      ],
      size: { rows: 18, columns: 8 },
    });
  }
  s.columnWidths([36, 18, 18, 20, 18, 18, 16, 16, 14]);
  s.freeze(HEADER, 1);
  return {
    sheet: s.build(),
    totals: {
      firstYear,
      lastYear,
      netFlows: net,
      investment: investmentTotalByCategory ?? investmentTotal,
      netGain,
      presentValue,
      actual: { ...actual, knownYears: actuals.length },
      variance,
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
