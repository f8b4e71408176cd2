/**
 * The typed inputs of an investment case, as read from a workbook by `src/input/read-*.ts`
 * (host-neutral: the task pane and the command line both hand in a {@link Grid}).
 *
 * Every value keeps the cell it came from, so the result sheets can use built-in Excel
 * formulas over the user's own cells and messages can name the cell that is wrong.
 */

/** A cell address: sheet name and 1-based row and column. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A value and the cell it was read from. */
export interface Sourced<T> {
  readonly value: T;
  readonly ref: CellRef;
  /**
   * True when the cell held the value as text (e.g. "24,2" or "3,5 %"): a formula over that
   * cell would not see a number, so the report writes the value instead of a reference.
   */
  readonly fromText?: boolean;
  /**
   * With `fromText`: the cell held a number, but KIK read it rescaled (3,5 in a percentage
   * assumption is 3,5 %), so a formula over the cell would not see the value read either.
   */
  readonly rescaled?: boolean;
}

/** A rectangular block of cells: sheet plus 1-based top-left and bottom-right corners. */
export interface RangeRef {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Money units a budget table may state. Amounts are kept in that unit, never rescaled silently. */
export type MoneyUnit = "kr" | "t.kr" | "mio.kr";

/** A month, as the caseload table uses them. */
export interface YearMonth {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/** One year of the budget follow-up. Amounts are net results against the unchanged budget (positive = better). */
export interface BudgetRow {
  readonly year: Sourced<number>;
  readonly budgeted: Sourced<number | null>;
  /** null value = not known yet (blank), never 0. */
  readonly actual: Sourced<number | null>;
  /** Gross investment that year (positive), when the table has the column. */
  readonly investment: Sourced<number | null> | null;
}

/** An investment category and its amount (e.g. "Nye indsatser", 42.5). */
export interface InvestmentCategory {
  readonly category: Sourced<string>;
  readonly amount: Sourced<number>;
}

/** The budget follow-up table. */
export interface BudgetInput {
  readonly unit: MoneyUnit;
  readonly range: RangeRef;
  /** Sorted by year, no duplicates. */
  readonly rows: readonly BudgetRow[];
  /** Optional split of the total investment by category. */
  readonly investmentByCategory: readonly InvestmentCategory[];
}

/** One month of the caseload table. Optional columns are null when the table lacks them. */
export interface CaseloadRow {
  readonly month: Sourced<YearMonth>;
  /** People on benefit; null value = not measured that month. */
  readonly count: Sourced<number | null>;
  readonly target: Sourced<number | null> | null;
  readonly original: Sourced<number | null> | null;
  readonly newcomers: Sourced<number | null> | null;
  /** A comparison series (e.g. the national caseload or an index) for the deadweight trend. */
  readonly comparison: Sourced<number | null> | null;
}

/** The caseload table. */
export interface CaseloadInput {
  readonly range: RangeRef;
  /** Sorted by month, no duplicates. */
  readonly rows: readonly CaseloadRow[];
}

/** One row of closed-case outcomes: a label and how many cases (null count = one case per row). */
export interface OutcomeRow {
  readonly label: Sourced<string>;
  readonly count: Sourced<number> | null;
}

/** The closed-case outcome table. */
export interface OutcomesInput {
  readonly range: RangeRef;
  readonly rows: readonly OutcomeRow[];
}

/** Assumptions KIK knows by name (Danish or English name in the table; see docs/input.md). */
export type AssumptionKey =
  | "discountRate"
  | "horizonYears"
  | "fleksjobIsSelfSupporting"
  | "netCostPerPersonYear"
  | "monthlyBenefitRate"
  | "weeksOnBenefit"
  | "serviceCostPerYear"
  | "monthlyExitRate"
  | "monthlyInflow"
  | "selfSupportingGoal"
  | "deadweightShare"
  | "comparisonTrend"
  | "baseline"
  | "target"
  | "targetDate"
  // Issue 12: uncertainty (durable exits, optimism bias).
  | "durableExitShare"
  | "optimismBias"
  /** The municipality's name (issue 11: KIK Overblik's title and the printed header). */
  | "municipality";

/** One assumption row: value with unit and source. Unknown names are kept and shown, not used. */
export interface AssumptionRow {
  readonly key: AssumptionKey | null;
  readonly name: Sourced<string>;
  readonly value: Sourced<number | string | boolean>;
  readonly unit: string;
  readonly source: string;
}

/** Everything read from a workbook. Any table may be missing; the report says what it lacks. */
export interface CaseInput {
  readonly budget: BudgetInput | null;
  readonly caseload: CaseloadInput | null;
  readonly outcomes: OutcomesInput | null;
  readonly assumptions: readonly AssumptionRow[];
}
