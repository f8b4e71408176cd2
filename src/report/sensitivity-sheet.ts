/**
 * "KIK Følsomhed" (issue 12): how sure the gain is. Live formulas only (docs/report.md):
 * - the key assumptions with low / likely / high cells the user edits (likely refers to the
 *   case's own value on KIK Antagelser; low and high default from the assumptions catalogue);
 * - the case's years from KIK Økonomi, split into measured and projected savings;
 * - one assumption at a time at low and high (net gain, present value, a tornado chart) and
 *   each assumption's break-even in words;
 * - a scenario table the user edits;
 * - a fixed, visible table of stratified draws (a Latin hypercube written as values), mapped
 *   through each range's triangular inverse by formula, with the chance of a gain, percentiles
 *   and a histogram.
 * The engine (src/engine/sensitivity.ts) computes every cached value by the same expressions.
 */
import { UNCERTAINTY_RANGES } from "../assumptions/catalogue";
import {
  breakevens,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  drawNetGains,
  drawTable,
  DRAWN_KEYS,
  histogram,
  likelySums,
  netGainAt,
  presentValueAt,
  sortedRange,
  summariseDraws,
  tornado,
  triangularQuantile,
  UNCERTAIN_KEYS,
  yearFactor,
  yearParts,
  REFUND_STEPS,
  splitBenefitSaving,
  WEEKS_PER_YEAR,
  type CasePoint,
  type CaseYear,
  type SensitivityCase,
  type ThreePoint,
  type UncertainKey,
} from "../engine";
import type { Language } from "../i18n";
import type { BudgetInput, MoneyUnit } from "../input/model";
import { qualified } from "../sheet";
import { tableName } from "./assumptions-sheet";
import { ECONOMY_LAYOUT } from "./economy-sheet";
import {
  FORMATS,
  fixedText,
  percentFormula,
  percentText,
  textFormula,
  textLiteral,
  unitText,
} from "./format";
import { label, type LabelKey } from "./labels";
import type { KeyFigure, PageSetupPlan, SheetPlan } from "./plan";
import { sheetPage, usedBlock } from "./print";
import { LINE_HEIGHT, NOTE_PER_UNIT, SheetBuilder, wrappedLines } from "./sheet-builder";

/** A value on another sheet and its address. */
export interface Located {
  readonly value: number;
  readonly address: string;
}

/** What the sensitivity sheet reads. */
export interface SensitivityInput {
  readonly name: string;
  readonly unit: MoneyUnit;
  readonly budget: BudgetInput;
  /** The name of KIK Økonomi (its year, investment and budgeted columns are read). */
  readonly economySheet: string;
  readonly assumptionsSheet: string;
  /**
   * KIK Økonomi's investment total (per year, or by category). Without per-year investment the
   * total is spread evenly over the budget years (the sheet says so).
   */
  readonly investmentTotal: Located | null;
  /** The case's own values on KIK Antagelser (net cost null when the report has none). */
  readonly deadweight: Located;
  readonly netCost: Located | null;
  readonly discountRate: Located;
  readonly durability: Located;
  readonly optimismBias: Located;
  /** The month cell of the last caseload measurement (KIK Sagstal), or null without one. */
  readonly lastMeasured: {
    readonly address: string;
    readonly year: number;
    readonly month: number;
    readonly text: string;
    /** The month as text by formula (KIK Sagstal's latest measurement), so the note stays live. */
    readonly textFormula?: string;
  } | null;
  /** Weeks already on benefit (KIK Antagelser), for the kommune/stat split by the refund staircase. */
  readonly weeksOnBenefit: Located | null;
  /** True when the caseload's savings are measured against the comparison series' trend. */
  readonly comparisonTrend: boolean;
  /**
   * With the trend: KIK Sagstal's counterfactual over the credited months and the baseline, so
   * the sheet shows what the national trend alone would have saved (the budget guarantee's part).
   */
  readonly trend: {
    readonly counterfactualRange: string;
    readonly months: number;
    readonly counterfactualSum: number;
    readonly baseline: Located;
  } | null;
  /** Number of fixed draws (default {@link DEFAULT_DRAWS}). */
  readonly draws?: number;
}

/** A cell of KIK Følsomhed another sheet refers to: its sheet-qualified address and value. */
export interface LinkedCell<T> {
  readonly address: string;
  readonly value: T;
}

/** The cells KIK Overblik's uncertainty line refers to (live formulas over this sheet). */
export interface UncertaintyLinks {
  /** The chance of a gain over the draw table (0–1). */
  readonly chance: LinkedCell<number>;
  /** The break-even deadweight as the sentence the tornado table shows. */
  readonly breakevenSentence: LinkedCell<string>;
  /** The municipality's share of a benefit saving, or null without weeks on benefit. */
  readonly municipalShare: LinkedCell<number> | null;
}

/** The engine's view of the sheet, for tests and the task pane. */
export interface SensitivityFigures {
  readonly model: SensitivityCase;
  /** The low and high cells as written (the tornado's ends). */
  readonly low: CasePoint;
  readonly high: CasePoint;
  /** The ranges as the draws read them (sorted). */
  readonly ranges: Readonly<Record<UncertainKey, ThreePoint>>;
  /** The draw table's size and seed (`drawTable(draws, seed)`). */
  readonly draws: number;
  readonly seed: number;
  readonly chance: number;
  /** The municipality's share of a benefit saving by the refund staircase, or null. */
  readonly municipalShare: number | null;
}

const LABEL_OF: Readonly<Record<UncertainKey, LabelKey>> = {
  deadweight: "sensDeadweight",
  netCost: "sensNetCost",
  discountRate: "sensDiscountRate",
  durability: "sensDurability",
  effect: "sensEffect",
};

/** Pessimistic = the end that lowers the gain (high deadweight and rate, low for the rest). */
const PESSIMISTIC_IS_HIGH: Readonly<Record<UncertainKey, boolean>> = {
  deadweight: true,
  netCost: false,
  discountRate: true,
  durability: false,
  effect: false,
};

const BINS = 20;
/** The height of the tornado and the histogram, one above the other beside the tables (rows). */
const CHART_ROWS = 16;
const RANGES_HEADER = 4;
const C = {
  name: 1,
  low: 2,
  likely: 3,
  high: 4,
  unit: 5,
  source: 6,
  sLow: 7,
  sLikely: 8,
  sHigh: 9,
};
/** The width of the source column (characters): a source wraps in at most four lines. */
const SOURCE_WIDTH = 36;
/** Per-year block columns. */
const Y = {
  year: 1,
  investment: 2,
  savings: 3,
  measured: 4,
  measuredSavings: 5,
  projectedSavings: 6,
  t: 7,
} as const;
/**
 * Discount-factor block columns: below the year table, not right of it, so the printed page is
 * as wide as the ranges table (A–I) instead of 13 columns.
 */
const DF = {
  year: 1,
  likely: 2,
  low: 3,
  high: 4,
  pessimistic: 5,
  expected: 6,
  optimistic: 7,
} as const;
/** Column widths (characters), index 0 = column A. */
const WIDTHS = [44, 16, 16, 16, 16, SOURCE_WIDTH, 16, 16, 16, 16, 16, 16, 16];
/** The last printed column: the ranges table's (its sorted high). */
const PRINT_RIGHT = 9;
/** The charts' first column: right of the chance and histogram tables (A–D). */
const CHART_LEFT = 6;
/** The width of columns `left`..`right` (1-based, inclusive). */
function widthOf(left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += WIDTHS[c - 1] ?? 8.43;
  return w;
}

/** Lays out KIK Følsomhed; returns it with its key figures (chance of gain, break-even deadweight). */
export function buildSensitivitySheet(
  input: SensitivityInput,
  language: Language
): {
  sheet: SheetPlan;
  keyFigures: KeyFigure[];
  figures: SensitivityFigures;
  overview: UncertaintyLinks;
} {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("sensitivity", input.name);
  const unit = unitText(input.unit, language);
  const money = { numberFormat: FORMATS.money };
  const percent = { numberFormat: FORMATS.percent };
  const n = input.draws ?? DEFAULT_DRAWS;
  const at = (row: number, column: number) => s.local(row, column, true);

  s.value(1, 1, l("sensitivityTitle"), { style: "title" });
  s.value(2, 1, l("sensNote", { unit, assumptionsSheet: input.assumptionsSheet }), {
    style: "note",
  });

  // --- The ranges: low / likely / high (editable), and the sorted triple the draws read. ---
  [
    [C.name, l("assumption")],
    [C.low, l("sensLow")],
    [C.likely, l("sensLikely")],
    [C.high, l("sensHigh")],
    [C.unit, l("unit")],
    [C.source, l("source")],
    [C.sLow, l("sensSortedLow")],
    [C.sLikely, l("sensSortedLikely")],
    [C.sHigh, l("sensSortedHigh")],
  ].forEach(([c, h]) => s.value(RANGES_HEADER, c as number, h as string, { style: "header" }));
  const likelyOf: Record<UncertainKey, Located | null> = {
    deadweight: input.deadweight,
    netCost: input.netCost,
    discountRate: input.discountRate,
    durability: input.durability,
    effect: null,
  };
  const rowOf = (k: UncertainKey) => RANGES_HEADER + 1 + UNCERTAIN_KEYS.indexOf(k);
  const cell = {
    low: (k: UncertainKey) => at(rowOf(k), C.low),
    likely: (k: UncertainKey) => at(rowOf(k), C.likely),
    high: (k: UncertainKey) => at(rowOf(k), C.high),
    sLow: (k: UncertainKey) => at(rowOf(k), C.sLow),
    sLikely: (k: UncertainKey) => at(rowOf(k), C.sLikely),
    sHigh: (k: UncertainKey) => at(rowOf(k), C.sHigh),
  };
  // A source wraps in its own column (the sorted low beside it would cut it on paper), its row
  // as tall as its lines need.
  const source = (row: number, text: string) => {
    s.value(row, C.source, text, { style: "wrapNote" });
    s.rowHeight(row, wrappedLines(text, SOURCE_WIDTH, NOTE_PER_UNIT) * LINE_HEIGHT);
  };
  const likely = {} as Record<UncertainKey, number>;
  const low = {} as Record<UncertainKey, number>;
  const high = {} as Record<UncertainKey, number>;
  const ranges = {} as Record<UncertainKey, ThreePoint>;
  for (const k of UNCERTAIN_KEYS) {
    const row = rowOf(k);
    // Top-aligned like the label and the source, whose wrapped lines make the row tall.
    const format = {
      ...(k === "netCost" ? { numberFormat: FORMATS.kroner } : percent),
      style: "value" as const,
    };
    s.value(row, C.name, l(LABEL_OF[k]), { style: "label" });
    const given = likelyOf[k];
    // The caseload effect's likely value is the expected effect itself: 100 %.
    const lk = k === "effect" ? 1 : (given?.value ?? 0);
    if (k === "effect") s.value(row, C.likely, 1, format);
    else if (given === null) s.value(row, C.likely, null, format);
    else s.formula(row, C.likely, given.address, given.value, format);
    likely[k] = lk;
    const range = UNCERTAINTY_RANGES[k];
    const end = (e: { readonly value: number; readonly relative?: boolean }, column: number) => {
      if (e.relative === true) {
        s.formula(row, column, `${s.local(row, C.likely)}*${e.value}`, lk * e.value, format);
        return lk * e.value;
      }
      s.value(row, column, e.value, format);
      return e.value;
    };
    low[k] = end(range.low, C.low);
    high[k] = end(range.high, C.high);
    s.value(row, C.unit, k === "netCost" ? l("unitKr") : l("unitPercent"), { style: "value" });
    source(row, l(range.source));
    const r = sortedRange(low[k], lk, high[k]);
    ranges[k] = r;
    const three = `${s.local(row, C.low)},${s.local(row, C.likely)},${s.local(row, C.high)}`;
    s.formula(row, C.sLow, `MIN(${three})`, r.low, format);
    s.formula(row, C.sLikely, `MEDIAN(${three})`, r.likely, format);
    s.formula(row, C.sHigh, `MAX(${three})`, r.high, format);
  }
  const obRow = RANGES_HEADER + 1 + UNCERTAIN_KEYS.length;
  s.value(obRow, C.name, l("sensOptimism"), { style: "label" });
  s.formula(obRow, C.likely, input.optimismBias.address, input.optimismBias.value, {
    ...percent,
    style: "value",
  });
  s.value(obRow, C.unit, l("unitPercent"), { style: "value" });
  source(obRow, l("srcOptimism"));
  const ob = at(obRow, C.likely);
  s.table({
    name: tableName("Spaend", input.name),
    top: RANGES_HEADER,
    left: 1,
    bottom: obRow,
    right: C.sHigh,
    totalsRow: false,
  });

  // --- The case's years, from KIK Økonomi. ---
  const rows = input.budget.rows;
  const hasInvestment = rows.some((r) => r.investment !== null && r.investment.value !== null);
  const yTitle = obRow + 2;
  const yHeader = yTitle + 1;
  const yFirst = yHeader + 1;
  const yLast = yHeader + rows.length;
  const yTotal = yLast + 1;
  s.value(yTitle, 1, l("sensYearsTitle"), { style: "subtitle" });
  [
    [Y.year, l("year")],
    [Y.investment, `${l("investment")} (${unit})`],
    [Y.savings, `${l("savings")} (${unit})`],
    [Y.measured, l("sensMeasuredShare")],
    [Y.measuredSavings, `${l("sensMeasuredSavings")} (${unit})`],
    [Y.projectedSavings, `${l("sensProjectedSavings")} (${unit})`],
    [Y.t, l("sensYearsFromStart")],
  ].forEach(([c, h]) => s.value(yHeader, c as number, h as string, { style: "header" }));

  // The discount factors of each year, one column per rate, in a table of their own below.
  const fTitle = yTotal + 3;
  const fHeader = fTitle + 1;
  const fFirst = fHeader + 1;
  const fLast = fHeader + rows.length;
  s.value(fTitle, 1, l("sensFactorsTitle"), { style: "subtitle" });
  [
    [DF.year, l("year")],
    [DF.likely, l("sensLikely")],
    [DF.low, l("sensLow")],
    [DF.high, l("sensHigh")],
    [DF.pessimistic, l("sensPessimistic")],
    [DF.expected, l("sensExpectedScenario")],
    [DF.optimistic, l("sensOptimistic")],
  ].forEach(([c, h]) => s.value(fHeader, c as number, h as string, { style: "header" }));
  s.table({
    name: tableName("Diskontering", input.name),
    top: fHeader,
    left: 1,
    bottom: fLast,
    right: DF.optimistic,
    totalsRow: false,
  });

  // Scenario rows (below) hold the scenario rates the discount-factor columns read.
  const tTitle = fLast + 2;
  const tHeader = tTitle + 1;
  const tExpected = tHeader + 1;
  const tFirst = tExpected + 1;
  const scTitle = tFirst + UNCERTAIN_KEYS.length + 1;
  const scHeader = scTitle + 1;
  const scFirst = scHeader + 1;
  const scRow = (k: UncertainKey) => scFirst + UNCERTAIN_KEYS.indexOf(k);
  const scNet = scFirst + UNCERTAIN_KEYS.length;
  const scPv = scNet + 1;
  const SC = { pessimistic: 2, expected: 3, optimistic: 4 } as const;

  const econ = input.economySheet;
  const ecol = ECONOMY_LAYOUT.columns;
  const firstYear = rows[0]?.year.value ?? 0;
  const years: CaseYear[] = [];
  const last = input.lastMeasured;
  const rate = {
    likely: input.discountRate.value,
    low: low.discountRate,
    high: high.discountRate,
    pessimistic: PESSIMISTIC_IS_HIGH.discountRate ? high.discountRate : low.discountRate,
    expected: input.discountRate.value,
    optimistic: PESSIMISTIC_IS_HIGH.discountRate ? low.discountRate : high.discountRate,
  };
  rows.forEach((r, i) => {
    const row = yFirst + i;
    const eRow = ECONOMY_LAYOUT.firstRow + i;
    const here = (c: number) => s.local(row, c);
    const yearRef = qualified(econ, eRow, ecol.year, true);
    s.formula(row, Y.year, yearRef, r.year.value, { numberFormat: FORMATS.year });
    const invRef = qualified(econ, eRow, ecol.investment, true);
    const budRef = qualified(econ, eRow, ecol.budgeted, true);
    const budgeted = r.budgeted.value ?? 0;
    // N(): a blank year ("" on KIK Økonomi) counts 0, as the economy sheet's sums do. Without
    // per-year investment, the total (by category) is spread evenly over the years.
    let investment = 0;
    if (hasInvestment) {
      investment = r.investment?.value ?? 0;
      s.formula(row, Y.investment, `N(${invRef})`, investment, money);
    } else if (input.investmentTotal !== null) {
      investment = input.investmentTotal.value / rows.length;
      s.formula(
        row,
        Y.investment,
        `${input.investmentTotal.address}/${rows.length}`,
        investment,
        money
      );
    } else s.value(row, Y.investment, 0, money);
    // The re-forecast (issue 11): the actual net result where the accounts know it, else the
    // budget, so the case is the one KIK Overblik expects for the whole period.
    const actualRef = qualified(econ, eRow, ecol.actual, true);
    const actual = r.actual?.value ?? null;
    const known = typeof actual === "number" && Number.isFinite(actual);
    const savings = (known ? actual : budgeted) + investment;
    s.formula(
      row,
      Y.savings,
      `IF(ISNUMBER(${actualRef}),${actualRef},N(${budRef}))+${here(Y.investment)}`,
      savings,
      money
    );
    // A year the accounts know is measured whole (people who returned are in it); otherwise the
    // months up to and including the last caseload measurement, as a share of 12.
    const caseloadShare =
      last === null
        ? 0
        : Math.min(12, Math.max(0, 12 * (last.year - r.year.value) + last.month)) / 12;
    const measured = known ? 1 : caseloadShare;
    s.formula(
      row,
      Y.measured,
      last === null
        ? `IF(ISNUMBER(${actualRef}),1,0)`
        : `IF(ISNUMBER(${actualRef}),1,` +
            `MIN(12,MAX(0,12*(YEAR(${last.address})-${here(Y.year)})+MONTH(${last.address})))/12)`,
      measured,
      percent
    );
    const t = r.year.value - firstYear;
    const year: CaseYear = { t, investment, savings, measured };
    years.push(year);
    const parts = yearParts(year);
    s.formula(
      row,
      Y.measuredSavings,
      `${here(Y.savings)}*${here(Y.measured)}`,
      parts.measured,
      money
    );
    s.formula(
      row,
      Y.projectedSavings,
      `${here(Y.savings)}-${here(Y.measuredSavings)}`,
      parts.projected,
      money
    );
    s.formula(row, Y.t, `${here(Y.year)}-${s.local(yFirst, Y.year, true)}`, t, {
      numberFormat: FORMATS.year,
    });
    const fRow = fFirst + i;
    s.formula(fRow, DF.year, here(Y.year), r.year.value, { numberFormat: FORMATS.year });
    const factor = (column: number, rateCell: string, value: number) =>
      s.formula(fRow, column, `1/(1+${rateCell})^${here(Y.t)}`, yearFactor(value, t), {
        numberFormat: "0.0000",
      });
    factor(DF.likely, cell.likely("discountRate"), rate.likely);
    factor(DF.low, cell.low("discountRate"), rate.low);
    factor(DF.high, cell.high("discountRate"), rate.high);
    factor(DF.pessimistic, at(scRow("discountRate"), SC.pessimistic), rate.pessimistic);
    factor(DF.expected, at(scRow("discountRate"), SC.expected), rate.expected);
    factor(DF.optimistic, at(scRow("discountRate"), SC.optimistic), rate.optimistic);
  });
  const range = (c: number) => `${at(yFirst, c)}:${at(yLast, c)}`;
  s.value(yTotal, 1, l("total"), { style: "total" });
  let sumInvestment = 0;
  let sumSavings = 0;
  let sumMeasured = 0;
  let sumProjected = 0;
  for (const y of years) {
    const p = yearParts(y);
    sumInvestment += y.investment;
    sumSavings += y.savings;
    sumMeasured += p.measured;
    sumProjected += p.projected;
  }
  const total = (c: number, value: number) =>
    s.formula(yTotal, c, `SUM(${range(c)})`, value, { ...money, style: "total" });
  total(Y.investment, sumInvestment);
  total(Y.savings, sumSavings);
  total(Y.measuredSavings, sumMeasured);
  total(Y.projectedSavings, sumProjected);
  s.table({
    name: tableName("Aar", input.name),
    top: yHeader,
    left: 1,
    bottom: yTotal,
    right: Y.t,
    totalsRow: true,
  });
  const spread =
    !hasInvestment && input.investmentTotal !== null ? ` ${l("sensInvestmentSpread")}` : "";
  const yearsNote =
    (last === null ? l("sensYearsNoteNoCaseload") : l("sensYearsNote", { month: last.text })) +
    spread;
  // The month of the latest measurement moves when one is added or cleared: by formula.
  if (last?.textFormula === undefined) s.value(yTotal + 1, 1, yearsNote, { style: "wrapNote" });
  else
    s.formula(
      yTotal + 1,
      1,
      textFormula((p) => l("sensYearsNote", p) + spread, { month: last.textFormula }),
      yearsNote,
      { style: "wrapNote" }
    );
  // Longer than the page is wide: wrapped over the printed columns, as tall as it needs.
  s.merge({ top: yTotal + 1, left: 1, bottom: yTotal + 1, right: PRINT_RIGHT });
  s.rowHeight(
    yTotal + 1,
    wrappedLines(yearsNote, widthOf(1, PRINT_RIGHT), NOTE_PER_UNIT) * LINE_HEIGHT
  );

  const model: SensitivityCase = {
    years,
    likely: likely as CasePoint,
    optimismBias: input.optimismBias.value,
  };
  const nominal = {
    measured: at(yTotal, Y.measuredSavings),
    projected: at(yTotal, Y.projectedSavings),
    investment: at(yTotal, Y.investment),
  };
  const factors = (c: number) => `${at(fFirst, c)}:${at(fLast, c)}`;
  const discounted = (dfColumn: number) => ({
    measured: `SUMPRODUCT(${range(Y.measuredSavings)},${factors(dfColumn)})`,
    projected: `SUMPRODUCT(${range(Y.projectedSavings)},${factors(dfColumn)})`,
    investment: `SUMPRODUCT(${range(Y.investment)},${factors(dfColumn)})`,
  });
  const ncLikely = cell.likely("netCost");
  /** The case's value at the cells `x` over the sums `sums` (the engine's `valueAt`). */
  const valueFormula = (
    x: Readonly<Record<UncertainKey, string>>,
    sums: { measured: string; projected: string; investment: string }
  ) =>
    `IF(N(${ncLikely})>0,${x.netCost}/${ncLikely},1)*(1-${x.deadweight})*${x.effect}` +
    `*(${sums.measured}+${x.durability}*(1-${ob})*${sums.projected})-${sums.investment}`;
  const likelyCells = Object.fromEntries(UNCERTAIN_KEYS.map((k) => [k, cell.likely(k)])) as Record<
    UncertainKey,
    string
  >;

  // --- One assumption at a time. ---
  s.value(tTitle, 1, l("sensTornadoTitle"), { style: "subtitle" });
  [
    l("assumption"),
    `${l("sensNetGainLow")} (${unit})`,
    `${l("sensNetGainHigh")} (${unit})`,
    `${l("sensPvLow")} (${unit})`,
    `${l("sensPvHigh")} (${unit})`,
    `${l("sensChangeLow")} (${unit})`,
    `${l("sensChangeHigh")} (${unit})`,
    l("sensBreakeven"),
  ].forEach((h, i) => s.value(tHeader, i + 1, h, { style: "header" }));
  const expectedNet = netGainAt(model, model.likely);
  const expectedPv = presentValueAt(model, model.likely);
  s.value(tExpected, 1, l("sensExpected"), { style: "label" });
  s.formula(tExpected, 2, valueFormula(likelyCells, nominal), expectedNet, money);
  s.formula(tExpected, 3, s.local(tExpected, 2), expectedNet, money);
  s.formula(tExpected, 4, valueFormula(likelyCells, discounted(DF.likely)), expectedPv, money);
  s.formula(tExpected, 5, s.local(tExpected, 4), expectedPv, money);
  s.value(tExpected, 6, 0, money);
  s.value(tExpected, 7, 0, money);
  const rowsT = tornado(model, low as CasePoint, high as CasePoint);
  const be = breakevens(model);
  const pvLikely = discounted(DF.likely);
  const likelySum = likelySums(model);
  const breakevenCells = breakevenFormulas(
    {
      ...likelyCells,
      ob,
      ncLikely,
      pv: pvLikely,
    },
    model,
    be,
    likelySum,
    l,
    language
  );
  // Top-aligned like the label, beside the breakeven sentence's wrapped lines.
  const moneyTop = { ...money, style: "value" as const };
  rowsT.forEach((t, i) => {
    const row = tFirst + i;
    const k = t.key;
    s.value(row, 1, l(LABEL_OF[k]), { style: "label" });
    const with_ = (v: string) => ({ ...likelyCells, [k]: v });
    s.formula(row, 2, valueFormula(with_(cell.low(k)), nominal), t.netGain.low, moneyTop);
    s.formula(row, 3, valueFormula(with_(cell.high(k)), nominal), t.netGain.high, moneyTop);
    const dfLow = k === "discountRate" ? DF.low : DF.likely;
    const dfHigh = k === "discountRate" ? DF.high : DF.likely;
    s.formula(
      row,
      4,
      valueFormula(with_(cell.low(k)), discounted(dfLow)),
      t.presentValue.low,
      moneyTop
    );
    s.formula(
      row,
      5,
      valueFormula(with_(cell.high(k)), discounted(dfHigh)),
      t.presentValue.high,
      moneyTop
    );
    const expectedCell = s.local(tExpected, 4, true);
    s.formula(
      row,
      6,
      `${s.local(row, 4)}-${expectedCell}`,
      t.presentValue.low - expectedPv,
      moneyTop
    );
    s.formula(
      row,
      7,
      `${s.local(row, 5)}-${expectedCell}`,
      t.presentValue.high - expectedPv,
      moneyTop
    );
    // The sentence wraps over H:I, the printed page's last columns, its row as tall as it needs.
    const b = breakevenCells[k];
    if (b.formula === undefined) s.value(row, 8, b.value, { style: "wrapNote" });
    else s.formula(row, 8, b.formula, b.value, { style: "wrapNote" });
    s.merge({ top: row, left: 8, bottom: row, right: PRINT_RIGHT });
    s.rowHeight(
      row,
      wrappedLines(String(b.value), widthOf(8, PRINT_RIGHT), NOTE_PER_UNIT) * LINE_HEIGHT
    );
  });
  const tLast = tFirst + UNCERTAIN_KEYS.length - 1;

  // --- Scenarios (editable; the defaults follow the ranges). ---
  s.value(scTitle, 1, l("sensScenarioTitle"), { style: "subtitle" });
  [l("assumption"), l("sensPessimistic"), l("sensExpectedScenario"), l("sensOptimistic")].forEach(
    (h, i) => s.value(scHeader, i + 1, h, { style: "header" })
  );
  const scenarioValues = {
    pessimistic: {} as Record<UncertainKey, number>,
    expected: {} as Record<UncertainKey, number>,
    optimistic: {} as Record<UncertainKey, number>,
  };
  const scenarioCells = {
    pessimistic: {} as Record<UncertainKey, string>,
    expected: {} as Record<UncertainKey, string>,
    optimistic: {} as Record<UncertainKey, string>,
  };
  for (const k of UNCERTAIN_KEYS) {
    const row = scRow(k);
    const format = k === "netCost" ? { numberFormat: FORMATS.kroner } : percent;
    s.value(row, 1, l(LABEL_OF[k]), { style: "label" });
    const pessimisticHigh = PESSIMISTIC_IS_HIGH[k];
    const put = (which: keyof typeof SC, ref: string, value: number) => {
      s.formula(row, SC[which], ref, value, format);
      scenarioValues[which][k] = value;
      scenarioCells[which][k] = at(row, SC[which]);
    };
    put(
      "pessimistic",
      pessimisticHigh ? cell.high(k) : cell.low(k),
      pessimisticHigh ? high[k] : low[k]
    );
    put("expected", cell.likely(k), likely[k]);
    put(
      "optimistic",
      pessimisticHigh ? cell.low(k) : cell.high(k),
      pessimisticHigh ? low[k] : high[k]
    );
  }
  s.value(scNet, 1, `${l("sensNetGain")} (${unit})`, { style: "total" });
  s.value(scPv, 1, `${l("sensPresentValue")} (${unit})`, { style: "total" });
  const dfOf = { pessimistic: DF.pessimistic, expected: DF.expected, optimistic: DF.optimistic };
  for (const which of ["pessimistic", "expected", "optimistic"] as const) {
    const x = scenarioValues[which] as CasePoint;
    s.formula(scNet, SC[which], valueFormula(scenarioCells[which], nominal), netGainAt(model, x), {
      ...money,
      style: "total",
    });
    s.formula(
      scPv,
      SC[which],
      valueFormula(scenarioCells[which], discounted(dfOf[which])),
      presentValueAt(model, x),
      { ...money, style: "total" }
    );
  }

  // --- Who gains: the municipality's savings and the state's share of the benefit. ---
  const who = whoGains(s, input, {
    top: scPv + 2,
    years,
    yearRow: (i) => yFirst + i,
    likely: likelyCells,
    ob,
    model,
    unit,
    l,
    language,
  });

  // --- The draws: fixed probabilities, live values. ---
  const chTitle = who.bottom + 2;
  const chFirst = chTitle + 1;
  const CH = { chance: 0, p10: 1, p50: 2, p90: 3, mean: 4, min: 5, max: 6 } as const;
  const chRow = (k: keyof typeof CH) => chFirst + CH[k];
  const chNote = chRow("max") + 1;
  const hTitle = chNote + 2;
  const hHeader = hTitle + 1;
  const hFirst = hHeader + 1;
  const hLast = hFirst + BINS - 1;
  // The two charts one above the other right of the chance and the histogram (columns F–I,
  // which those tables leave free), above the draw table: the printed page ends before the
  // draws (1.000 rows that no committee reads on paper), and is two pages, not three.
  const chartTop = chTitle;
  const chartBottom = chartTop + CHART_ROWS;
  const chart2Top = chartBottom + 1;
  const chart2Bottom = chart2Top + CHART_ROWS;
  const dTitle = Math.max(hLast, chart2Bottom) + 2;
  const dHeader = dTitle + 1;
  const dFirst = dHeader + 1;
  const dLast = dHeader + n;
  const D = { draw: 1, p: 2, x: 2 + DRAWN_KEYS.length, gain: 2 + 2 * DRAWN_KEYS.length } as const;

  const table = drawTable(n, DEFAULT_SEED);
  const gains = drawNetGains(model, ranges, table);
  const summary = summariseDraws(gains);
  const gainRange = `${at(dFirst, D.gain)}:${at(dLast, D.gain)}`;
  let min = Infinity;
  let max = -Infinity;
  for (const g of gains) {
    if (g < min) min = g;
    if (g > max) max = g;
  }

  s.value(chTitle, 1, l("sensChanceTitle", { n: fixedText(n, language, 0) }), {
    style: "subtitle",
  });
  s.value(chRow("chance"), 1, l("sensChance"), { style: "label" });
  s.formula(chRow("chance"), 2, `COUNTIF(${gainRange},">0")/${n}`, summary.probabilityPositive, {
    ...percent,
    style: "keyFigure",
  });
  const stat = (k: keyof typeof CH, name: string, formula: string, value: number) => {
    s.value(chRow(k), 1, name, { style: "label" });
    s.formula(chRow(k), 2, formula, value, money);
  };
  stat("p10", `${l("sensP10")} (${unit})`, `PERCENTILE(${gainRange},0.1)`, summary.p10);
  stat("p50", `${l("sensP50")} (${unit})`, `PERCENTILE(${gainRange},0.5)`, summary.p50);
  stat("p90", `${l("sensP90")} (${unit})`, `PERCENTILE(${gainRange},0.9)`, summary.p90);
  stat("mean", `${l("sensMean")} (${unit})`, `AVERAGE(${gainRange})`, summary.mean);
  stat("min", `${l("sensBinFrom")} (${unit})`, `MIN(${gainRange})`, min);
  stat("max", `${l("sensBinTo")} (${unit})`, `MAX(${gainRange})`, max);
  // Wrapped left of the charts (text running on under a chart is hidden by it).
  const drawsNote = l("sensDrawsNote", { seed: String(DEFAULT_SEED) });
  s.value(chNote, 1, drawsNote, { style: "wrapNote" });
  s.merge({ top: chNote, left: 1, bottom: chNote, right: CHART_LEFT - 1 });
  s.rowHeight(
    chNote,
    wrappedLines(drawsNote, widthOf(1, CHART_LEFT - 1), NOTE_PER_UNIT) * LINE_HEIGHT
  );

  // Histogram: SUMPRODUCT of comparisons, so the bin edges are never turned into text (a
  // COUNTIFS criterion ">="&edge would round the edge to 15 digits in Excel and LibreOffice).
  s.value(hTitle, 1, l("sensHistogramTitle"), { style: "subtitle" });
  [
    `${l("sensBinFrom")} (${unit})`,
    `${l("sensBinTo")} (${unit})`,
    `${l("sensBinMiddle")} (${unit})`,
    l("sensBinCount"),
  ].forEach((h, i) => s.value(hHeader, i + 1, h, { style: "header" }));
  const minCell = at(chRow("min"), 2);
  const maxCell = at(chRow("max"), 2);
  const bins = histogram(gains, BINS);
  bins.forEach((b, k) => {
    const row = hFirst + k;
    const lastBin = k === BINS - 1;
    s.formula(row, 1, `${minCell}+${k}*(${maxCell}-${minCell})/${BINS}`, b.from, money);
    if (lastBin) s.formula(row, 2, maxCell, b.to, money);
    else s.formula(row, 2, `${minCell}+${k + 1}*(${maxCell}-${minCell})/${BINS}`, b.to, money);
    s.formula(row, 3, `(${s.local(row, 1)}+${s.local(row, 2)})/2`, (b.from + b.to) / 2, money);
    const upper = lastBin ? "<=" : "<";
    s.formula(
      row,
      4,
      `SUMPRODUCT((${gainRange}>=${s.local(row, 1)})*(${gainRange}${upper}${s.local(row, 2)}))`,
      b.count,
      { numberFormat: FORMATS.count }
    );
  });
  s.chart({
    kind: "bar",
    title: l("sensChartTornado"),
    categories: { top: tFirst, left: 1, bottom: tLast, right: 1 },
    series: [
      { name: l("sensChangeLow"), values: { top: tFirst, left: 6, bottom: tLast, right: 6 } },
      { name: l("sensChangeHigh"), values: { top: tFirst, left: 7, bottom: tLast, right: 7 } },
    ],
    size: { rows: CHART_ROWS, columns: PRINT_RIGHT - CHART_LEFT + 1 },
    place: { top: chartTop, left: CHART_LEFT, bottom: chartBottom, right: PRINT_RIGHT },
  });
  s.chart({
    kind: "column",
    title: l("sensChartHistogram", { n: fixedText(n, language, 0) }),
    categories: { top: hFirst, left: 3, bottom: hLast, right: 3 },
    series: [
      { name: l("sensBinCount"), values: { top: hFirst, left: 4, bottom: hLast, right: 4 } },
    ],
    size: { rows: CHART_ROWS, columns: PRINT_RIGHT - CHART_LEFT + 1 },
    place: { top: chart2Top, left: CHART_LEFT, bottom: chart2Bottom, right: PRINT_RIGHT },
  });

  // The draw table.
  s.value(dTitle, 1, l("sensDrawsTitle", { seed: String(DEFAULT_SEED) }), { style: "subtitle" });
  s.value(dHeader, D.draw, l("sensDraw"), { style: "header" });
  DRAWN_KEYS.forEach((k, j) => {
    s.value(dHeader, D.p + j, l("sensProbabilityOf", { name: l(LABEL_OF[k]) }), {
      style: "header",
    });
    s.value(dHeader, D.x + j, l(LABEL_OF[k]), { style: "header" });
  });
  s.value(dHeader, D.gain, `${l("sensNetGain")} (${unit})`, { style: "header" });
  table.forEach((p, i) => {
    const row = dFirst + i;
    s.value(row, D.draw, i + 1, { numberFormat: FORMATS.count });
    const x: Record<UncertainKey, string> = { ...likelyCells };
    DRAWN_KEYS.forEach((k, j) => {
      const pCell = s.local(row, D.p + j);
      s.value(row, D.p + j, p[j] as number, { numberFormat: "0.0000" });
      const lo = cell.sLow(k);
      const li = cell.sLikely(k);
      const hi = cell.sHigh(k);
      const w = `(${hi}-${lo})`;
      s.formula(
        row,
        D.x + j,
        `IF(${hi}=${lo},${lo},IF(${pCell}<(${li}-${lo})/${w},${lo}+SQRT(${pCell}*${w}*(${li}-${lo})),` +
          `${hi}-SQRT((1-${pCell})*${w}*(${hi}-${li}))))`,
        triangularQuantile(p[j] as number, ranges[k]),
        k === "netCost" ? { numberFormat: FORMATS.kroner } : percent
      );
      x[k] = s.local(row, D.x + j);
    });
    s.formula(row, D.gain, valueFormula(x, nominal), gains[i] as number, money);
  });

  s.columnWidths([...WIDTHS]);
  s.freeze(RANGES_HEADER, 1);

  const keyFigures: KeyFigure[] = [
    {
      id: "municipalShare",
      label: l("kfMunicipalShare"),
      value: who.share,
      text: who.share === null ? l("missing") : percentText(who.share, language),
      explanation: l("kfMunicipalShareExplain"),
    },
    {
      id: "chanceOfGain",
      label: l("kfChance"),
      value: summary.probabilityPositive,
      text: percentText(summary.probabilityPositive, language),
      explanation: l("kfChanceExplain", { n: fixedText(n, language, 0) }),
    },
    {
      id: "breakevenDeadweight",
      label: l("kfBreakevenDeadweight"),
      value: be.deadweight,
      text: be.deadweight === null ? l("missing") : percentText(be.deadweight, language),
      explanation: l("kfBreakevenDeadweightExplain"),
    },
  ];
  const deadweightRow = tFirst + UNCERTAIN_KEYS.indexOf("deadweight");
  const overview: UncertaintyLinks = {
    chance: { address: s.ref(chRow("chance"), 2), value: summary.probabilityPositive },
    breakevenSentence: {
      address: s.ref(deadweightRow, 8),
      value: breakevenCells.deadweight.value,
    },
    municipalShare:
      who.share === null ? null : { address: s.ref(who.shareRow, 2), value: who.share },
  };
  // Printed: everything above the draw table (its 1.000 rows stay on screen only).
  const built = s.build();
  const printed = usedBlock({
    cells: built.cells.filter((c) => c.row < dTitle),
    charts: built.charts,
  });
  return {
    // Two landscape pages: the ranges, years and one-at-a-time tables, then the rest.
    sheet: {
      ...built,
      page: { ...withoutTitleRows(sheetPage(built, language, printed)), fitToHeight: 2 },
    },
    keyFigures,
    overview,
    figures: {
      model,
      low: low as CasePoint,
      high: high as CasePoint,
      ranges,
      draws: n,
      seed: DEFAULT_SEED,
      chance: summary.probabilityPositive,
      municipalShare: who.share,
    },
  };
}

/**
 * A page setup without repeated title rows: KIK Følsomhed's sections each have their own
 * header, so repeating the first one (the ranges') would label another table's rows wrongly.
 */
function withoutTitleRows(page: PageSetupPlan): PageSetupPlan {
  return Object.fromEntries(
    Object.entries(page).filter(([key]) => key !== "titleRows")
  ) as PageSetupPlan;
}

/**
 * Each assumption's break-even as a sentence built by formula (FIXED, never TEXT), at the
 * likely discount rate with the others at likely (the engine's `breakevens`).
 */
function breakevenFormulas(
  c: Readonly<Record<UncertainKey, string>> & {
    readonly ob: string;
    readonly ncLikely: string;
    readonly pv: { measured: string; projected: string; investment: string };
  },
  model: SensitivityCase,
  be: ReturnType<typeof breakevens>,
  sums: ReturnType<typeof likelySums>,
  l: (k: LabelKey, p?: Record<string, string | number>) => string,
  language: Language
): Record<UncertainKey, { formula?: string; value: string }> {
  const lit = (k: LabelKey) => textLiteral(l(k));
  const x = model.likely;
  const kept = `(${c.pv.measured}+${c.durability}*(1-${c.ob})*${c.pv.projected})`;
  const gross = `${c.effect}*${kept}`;
  const saved = `(1-${c.deadweight})*${c.effect}*${kept}`;
  const keptValue = sums.measured + x.durability * (1 - model.optimismBias) * sums.projected;
  const grossValue = x.effect * keptValue;
  const savedValue = (1 - x.deadweight) * x.effect * keptValue;

  // Deadweight: 1 − PV(investment) / PV(savings without deadweight).
  const dw = `(1-${c.pv.investment}/(${gross}))`;
  const dwValue =
    be.deadweight === null
      ? l("beNoSavings")
      : be.deadweight <= 0
        ? l("beDeadweightNever")
        : be.deadweight >= 1
          ? l("beDeadweightAlways")
          : l("beDeadweight", { value: percentText(be.deadweight, language) });
  const deadweight = {
    formula:
      `IF(${gross}<=0,${lit("beNoSavings")},IF(${dw}<=0,${lit("beDeadweightNever")},` +
      `IF(${dw}>=1,${lit("beDeadweightAlways")},` +
      `${textFormula((p) => l("beDeadweight", p), { value: percentFormula(dw, language) })})))`,
    value: dwValue,
  };

  // Net cost: likely × PV(investment) / PV(savings).
  const nc = `(${c.ncLikely}*${c.pv.investment}/(${saved}))`;
  const netCost = {
    formula:
      `IF(OR(N(${c.ncLikely})<=0,${saved}<=0),${lit("beNoSavings")},` +
      `${textFormula((p) => l("beNetCost", p), { value: `FIXED(${nc},0)` })})`,
    value:
      be.netCost === null
        ? l("beNoSavings")
        : l("beNetCost", { value: fixedText(be.netCost, language, 0) }),
  };

  // Effect: likely × PV(investment) / PV(savings).
  const eff = `(${c.effect}*${c.pv.investment}/(${saved}))`;
  const effect = {
    formula:
      `IF(${saved}<=0,${lit("beNoSavings")},` +
      `${textFormula((p) => l("beEffect", p), { value: percentFormula(eff, language) })})`,
    value:
      be.effect === null
        ? l("beNoSavings")
        : l("beEffect", { value: percentText(be.effect, language) }),
  };

  // Durability: (PV(investment) / scale − PV(measured)) / ((1 − optimism) × PV(projected)).
  const scale = `(1-${c.deadweight})*${c.effect}`;
  const base = `(1-${c.ob})*${c.pv.projected}`;
  const d = `((${c.pv.investment}/(${scale})-${c.pv.measured})/(${base}))`;
  const baseValue = (1 - model.optimismBias) * sums.projected;
  const scaleValue = (1 - x.deadweight) * x.effect;
  const durabilityValue =
    baseValue <= 0
      ? l("beDurabilityNone")
      : scaleValue <= 0
        ? l("beNoSavings")
        : (be.durability as number) <= 0
          ? l("beDurabilityAlways")
          : (be.durability as number) > 1
            ? l("beDurabilityNever")
            : l("beDurability", { value: percentText(be.durability as number, language) });
  const durability = {
    formula:
      `IF(${base}<=0,${lit("beDurabilityNone")},IF(${scale}<=0,${lit("beNoSavings")},` +
      `IF(${d}<=0,${lit("beDurabilityAlways")},IF(${d}>1,${lit("beDurabilityNever")},` +
      `${textFormula((p) => l("beDurability", p), { value: percentFormula(d, language) })}))))`,
    value: durabilityValue,
  };
  void grossValue;
  void savedValue;
  return {
    deadweight,
    netCost,
    discountRate: { value: l("beDiscountRate") },
    durability,
    effect,
  };
}

/**
 * "Who gains" (issue 12, item 3): per budget year the municipality's expected savings (the
 * sheet's savings at likely) and the state's share of the same benefit, by the refund
 * staircase: the municipality keeps share m of a benefit not paid (its own part after refund,
 * or its co-financing), so the state's part is savings × (1 − m) / m. m by formula over the
 * weeks on benefit on KIK Antagelser: Σ over the steps of weeks of the year in the step ×
 * the municipal share, / 52 (the steps from src/engine/refund.ts, as `splitBenefitSaving`).
 */
function whoGains(
  s: SheetBuilder,
  input: SensitivityInput,
  o: {
    readonly top: number;
    readonly years: readonly CaseYear[];
    readonly yearRow: (i: number) => number;
    readonly likely: Readonly<Record<UncertainKey, string>>;
    readonly ob: string;
    readonly model: SensitivityCase;
    readonly unit: string;
    readonly l: (k: LabelKey, p?: Record<string, string | number>) => string;
    readonly language: Language;
  }
): { share: number | null; shareRow: number; bottom: number } {
  const { l, unit } = o;
  const money = { numberFormat: FORMATS.money };
  s.value(o.top, 1, l("whoTitle"), { style: "subtitle" });
  const shareRow = o.top + 1;
  s.value(shareRow, 1, l("whoShare"), { style: "label" });
  let share: number | null = null;
  const weeks = input.weeksOnBenefit;
  if (weeks === null) s.value(shareRow, 2, l("missing"));
  else {
    const split = splitBenefitSaving({ monthlyRate: 1, weeksAlreadyOnBenefit: weeks.value });
    share = split.ok && split.value.gross > 0 ? split.value.municipal / split.value.gross : null;
    const w = weeks.address;
    const terms = REFUND_STEPS.map((step, i) => {
      const from = i === 0 ? 0 : (REFUND_STEPS[i - 1] as (typeof REFUND_STEPS)[number]).lastWeek;
      const upper = Number.isFinite(step.lastWeek)
        ? `MIN(${w}+${WEEKS_PER_YEAR},${step.lastWeek})`
        : `${w}+${WEEKS_PER_YEAR}`;
      return `MAX(0,${upper}-MAX(${w},${from}))*${step.municipal}`;
    }).join("+");
    s.formula(shareRow, 2, `(${terms})/${WEEKS_PER_YEAR}`, share ?? "", {
      numberFormat: FORMATS.percent,
      style: "keyFigure",
    });
  }
  // Wrapped over the rest of the printed width (C–I), its row as tall as it needs.
  const shareNote = l("whoShareNote");
  s.value(shareRow, 3, shareNote, { style: "wrapNote" });
  s.merge({ top: shareRow, left: 3, bottom: shareRow, right: PRINT_RIGHT });
  s.rowHeight(
    shareRow,
    wrappedLines(shareNote, widthOf(3, PRINT_RIGHT), NOTE_PER_UNIT) * LINE_HEIGHT
  );
  const m = s.local(shareRow, 2, true);
  const header = shareRow + 2;
  [
    l("year"),
    `${l("whoMunicipal")} (${unit})`,
    `${l("whoState")} (${unit})`,
    `${l("whoTotal")} (${unit})`,
  ].forEach((h, i) => s.value(header, i + 1, h, { style: "header" }));
  const x = o.model.likely;
  const first = header + 1;
  let municipalSum = 0;
  let stateSum = 0;
  o.years.forEach((y, i) => {
    const row = first + i;
    const yr = o.yearRow(i);
    s.formula(row, 1, s.local(yr, 1, true), y.t + (input.budget.rows[0]?.year.value ?? 0), {
      numberFormat: FORMATS.year,
    });
    const parts = yearParts(y);
    const municipal =
      (1 - x.deadweight) *
      x.effect *
      (parts.measured + x.durability * (1 - o.model.optimismBias) * parts.projected);
    s.formula(
      row,
      2,
      `(1-${o.likely.deadweight})*${o.likely.effect}*(${s.local(yr, Y.measuredSavings, true)}+${o.likely.durability}*(1-${o.ob})*${s.local(yr, Y.projectedSavings, true)})`,
      municipal,
      money
    );
    const state = share !== null && share > 0 ? (municipal * (1 - share)) / share : "";
    s.formula(row, 3, `IF(N(${m})>0,${s.local(row, 2)}*(1-${m})/${m},"")`, state, money);
    s.formula(
      row,
      4,
      `N(${s.local(row, 2)})+N(${s.local(row, 3)})`,
      municipal + (state === "" ? 0 : state),
      money
    );
    municipalSum += municipal;
    if (state !== "") stateSum += state;
  });
  const last = first + o.years.length - 1;
  const total = last + 1;
  s.value(total, 1, l("total"), { style: "total" });
  for (const [c, v] of [
    [2, municipalSum],
    [3, stateSum],
    [4, municipalSum + stateSum],
  ] as const)
    s.formula(total, c, `SUM(${s.local(first, c)}:${s.local(last, c)})`, v, {
      ...money,
      style: "total",
    });
  let row = total + 1;
  const trend = input.trend;
  if (trend !== null) {
    // What the national trend alone would have taken off the caseload over the credited
    // months, in person-years × the net cost: the budget guarantee's part, already left out of
    // KIK's savings (they are measured against the trend).
    const nc = input.netCost;
    const value =
      ((trend.months * trend.baseline.value - trend.counterfactualSum) / 12) * (nc?.value ?? 0);
    s.value(row, 1, l("whoGuaranteePart"), { style: "label" });
    s.formula(
      row,
      2,
      `(${trend.months}*${trend.baseline.address}-SUM(${trend.counterfactualRange}))/12*N(${o.likely.netCost})`,
      value,
      { numberFormat: FORMATS.kroner }
    );
    row++;
  }
  s.value(row, 1, input.comparisonTrend ? l("whoGuaranteeTrend") : l("whoGuaranteeNoTrend"), {
    style: "note",
  });
  s.value(row + 1, 1, l("whoTaxNotShown"), { style: "note" });
  return { share, shareRow, bottom: row + 1 };
}
