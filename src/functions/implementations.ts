/**
 * The KIK functions as plain TypeScript: Excel arguments in, a value or a {@link KikError} out.
 * Each body receives its arguments already read and typed by the catalogue (`catalogue.ts`,
 * through `kikFunction` in `coerce.ts`) and only calls the engine; `functions.ts` adds the
 * TSDoc the metadata is generated from and the Office error type.
 */
import {
  OUTCOME_GROUPS,
  OutcomeTally,
  benefitRate,
  breakevenShare,
  caseloadReduction,
  fail,
  impliedExitRate,
  netCostOfSpell,
  netGain,
  netPresentValue,
  ok,
  payback,
  periodVariance,
  probabilityOfGain,
  projectCaseload,
  refundRate,
  returnOnInvestment,
  savingsNetOfDeadweight,
  splitBenefitSaving,
  targetProgress,
  threePointOf,
  type OutcomeShares,
  type Result,
  type Timing,
} from "../engine";
import { t, type Language, type MessageKey } from "../i18n";
import { kikFunction, type NumberCells, type TextCells } from "./coerce";

export type { CallContext } from "./coerce";

/** A spilled result: rows of cells; "" is an empty cell. */
export type Spill = (number | string)[][];

/** The value of a result, mapped; a failure passes through. */
function map<T, U>(result: Result<T>, f: (value: T) => U): Result<U> {
  return result.ok ? ok(f(result.value)) : result;
}

/** Rate and timing as the flow functions of the engine take them. */
function discounting(rate: number | undefined, timing: Timing): { rate?: number; timing: Timing } {
  return rate === undefined ? { timing } : { rate, timing };
}

/**
 * Streams outcome labels (and counts) into the engine's tally in one pass: the common shape is
 * a million-row column, read in place. Failures name the 1-based row.
 */
function tallyOutcomes(a: {
  readonly outcomes: TextCells;
  readonly counts: NumberCells | undefined;
  readonly fleksjobIsSelfSupporting: boolean;
}): Result<OutcomeShares> {
  const { outcomes, counts } = a;
  const tally = new OutcomeTally({ fleksjobIsSelfSupporting: a.fleksjobIsSelfSupporting });
  const n = outcomes.length;
  for (let i = 0; i < n; i++) {
    const label = outcomes.text(i);
    const count = counts === undefined ? 1 : counts.number(i);
    if (label !== null) {
      if (count === null) continue;
      const failed = tally.add(label, count);
      if (failed === null) continue;
      // Whitespace-only labels are empty rows; checked only on failure to keep the loop lean.
      const blank = !failed.ok && failed.failure.reason === "unknownOutcome" && label.trim() === "";
      if (!blank && !failed.ok)
        return fail(failed.failure.kind, failed.failure.reason, {
          ...failed.failure.detail,
          row: i + 1,
        });
    }
    if (counts !== undefined && count !== null && count !== 0)
      return fail("invalid", "countWithoutLabel", { row: i + 1 });
  }
  return tally.result();
}

/** KIK.SELFSUFFICIENCY: share of closed cases that ended self-supporting. */
export const selfSufficiency = kikFunction("SELFSUFFICIENCY", (a) =>
  map(tallyOutcomes(a), (r) => r.shares.selfSupporting)
);

const GROUP_LABELS: Readonly<Record<(typeof OUTCOME_GROUPS)[number], MessageKey>> = {
  selfSupporting: "groupSelfSupporting",
  ready: "groupReady",
  otherSupport: "groupOtherSupport",
};

/** The 4 × 3 table of group, count and share (last row: total), in `language`. */
function sharesTable(result: OutcomeShares, language: Language): Spill {
  const rows: Spill = OUTCOME_GROUPS.map((g) => [
    t(GROUP_LABELS[g], {}, language),
    result.counts[g],
    result.shares[g],
  ]);
  rows.push([t("groupTotal", {}, language), result.total, 1]);
  return rows;
}

/** KIK.OUTCOMESHARES: 4 × 3 table of group, count and share (last row: total). */
export const outcomeSharesTable = kikFunction("OUTCOMESHARES", (a, language) =>
  map(tallyOutcomes(a), (r) => sharesTable(r, language))
);

/** KIK.ROI: (savings − investment) / investment, discounted when a rate is given. */
export const roi = kikFunction("ROI", (a) => returnOnInvestment(a, discounting(a.rate, a.timing)));

/** KIK.NETGAIN: savings − investment, discounted when a rate is given. */
export const netGainFn = kikFunction("NETGAIN", (a) => netGain(a, discounting(a.rate, a.timing)));

/** KIK.NPV: present value of yearly flows; first year undiscounted unless timing = 1. */
export const npv = kikFunction("NPV", (a) => netPresentValue(a.rate, a.flows, a.timing));

/** KIK.PAYBACK: years until cumulative net flow is non-negative for good; #N/A if never. */
export const paybackFn = kikFunction("PAYBACK", (a) =>
  payback(a.flows, discounting(a.rate, a.timing))
);

/** KIK.VARIANCE: actual − budgeted per cell, spilled in the shape of `budgeted`; "" where unknown. */
export const variance = kikFunction("VARIANCE", ({ budgeted, actual }) => {
  // One pass, straight from Excel's arrays into the spill: this runs on a million rows.
  const n = actual.length;
  if (budgeted.orientation === "row") {
    const values = new Array<number | string>(n);
    for (let i = 0; i < n; i++)
      values[i] = periodVariance(budgeted.number(i), actual.number(i)) ?? "";
    return ok<Spill>([values]);
  }
  const out: Spill = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = periodVariance(budgeted.number(i), actual.number(i));
    // Two literals on purpose: the [v] site then only ever holds numbers and stays unboxed.
    out[i] = v === null ? [""] : [v];
  }
  return ok(out);
});

/** KIK.TARGETPROGRESS: (baseline − current) / (baseline − target). */
export const targetProgressFn = kikFunction("TARGETPROGRESS", (a) =>
  targetProgress(a.baseline, a.current, a.target)
);

/** KIK.REDUCTION: (baseline − current) / baseline. */
export const reductionFn = kikFunction("REDUCTION", (a) =>
  caseloadReduction(a.baseline, a.current)
);

/** KIK.PROJECTCASELOAD: months 1..n, one column (total) or three (original, newcomers, total). */
export const projectCaseloadFn = kikFunction("PROJECTCASELOAD", (a) =>
  map(
    projectCaseload({
      start: a.start,
      monthlyInflow: a.inflow,
      monthlyExitRate: a.exitRate,
      months: a.months,
    }),
    (projection) =>
      projection.slice(1).map((m) => (a.detail ? [m.original, m.newcomers, m.total] : [m.total]))
  )
);

/** KIK.EXITRATE: monthly exit rate implied by start → remaining over months. */
export const exitRateFn = kikFunction("EXITRATE", (a) =>
  impliedExitRate(a.start, a.remaining, a.months)
);

/** KIK.REFUNDRATE: refund (or co-financing) share in a cumulative week on benefit. */
export const refundRateFn = kikFunction("REFUNDRATE", (a) => refundRate(a.week, a.scheme));

/** KIK.NETCOST: municipal net cost of a spell on benefit after refund, plus service cost. */
export const netCostFn = kikFunction("NETCOST", (a) =>
  netCostOfSpell({
    monthlyRate: a.monthlyRate,
    weeksAlreadyOnBenefit: a.weeksOnBenefit,
    weeks: a.weeks,
    serviceCostPerYear: a.serviceCost,
  })
);

/** KIK.BENEFITRATE: KIK's default gross monthly rate for a year and group; #N/A if none. */
export const benefitRateFn = kikFunction("BENEFITRATE", (a) => benefitRate(a.year, a.group));

/** KIK.SAVINGS: person-years avoided against the (trend-adjusted) baseline × net cost. */
export const savingsFn = kikFunction("SAVINGS", (a) =>
  map(
    savingsNetOfDeadweight({
      actual: a.actual,
      baseline: a.baseline.length === 1 ? (a.baseline[0] as number) : a.baseline,
      ...(a.comparison === undefined ? {} : { comparison: a.comparison }),
      periodsPerYear: a.periodsPerYear,
      netCostPerPersonYear: a.netCost,
      deadweightShare: a.deadweight,
    }),
    (r) => r.savings
  )
);

/** KIK.BREAKEVEN: share of the savings that may fall away before the net gain is 0. */
export const breakevenFn = kikFunction("BREAKEVEN", (a) =>
  breakevenShare(a, discounting(a.rate, a.timing))
);

/** KIK.PROBABILITY: chance that savings exceed investment, each one value or low/likely/high. */
export const probabilityFn = kikFunction("PROBABILITY", (a) => {
  const investment = threePointOf(a.investment, "investment");
  if (!investment.ok) return investment;
  const savings = threePointOf(a.savings, "savings");
  if (!savings.ok) return savings;
  return map(
    probabilityOfGain(investment.value, savings.value, a.draws),
    (r) => r.probabilityPositive
  );
});

/** KIK.MUNICIPALSHARE: the municipality's share of the benefit a spell costs, after refund. */
export const municipalShareFn = kikFunction("MUNICIPALSHARE", (a) =>
  // The share does not depend on the rate: any positive monthly rate gives it.
  map(
    splitBenefitSaving({ monthlyRate: 1, weeksAlreadyOnBenefit: a.weeksOnBenefit, weeks: a.weeks }),
    (split) => split.municipal / split.gross
  )
);
