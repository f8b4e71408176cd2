/**
 * Savings net of deadweight (dødvægt): person-years on benefit avoided against what would
 * have happened anyway, times the municipality's net cost of one person-year.
 *
 * The counterfactual is the baseline path (a flat level or a series). With a comparison
 * series (e.g. the national caseload, or similar municipalities) the baseline is moved with
 * that trend: counterfactual(t) = baseline(t) × comparison(t) / comparison(first). This is
 * what the budget guarantee (budgetgarantien) does to the block grant, so only the change
 * beyond the trend is credited to the strategy.
 *
 * Savings are credited from the strategy's start (`from`): a fall in the caseload before the
 * strategy began is not the strategy's doing, even when the baseline was measured earlier.
 */
import { fail, ok, type Result } from "./result";
import { MAX_KRONER } from "./limits";
import type { Maybe } from "./budget";

/** Inputs of a savings calculation. Series are per period (month by default). */
export interface SavingsInput {
  /** Actual caseload per period; null = not known yet (skipped). */
  readonly actual: readonly Maybe[];
  /** The baseline: one level for all periods, or a series as long as `actual`. */
  readonly baseline: number | readonly number[];
  /** Optional comparison index per period, same length as `actual`; its first value is the reference. */
  readonly comparison?: readonly number[];
  /** Periods per year: 12 for monthly counts (default), 1 for yearly averages. */
  readonly periodsPerYear?: number;
  /** Municipal net cost of one person-year on benefit, kr. */
  readonly netCostPerPersonYear: number;
  /** An extra share credited to deadweight on top of the comparison trend (0–1, default 0). */
  readonly deadweightShare?: number;
  /**
   * The first period credited: the strategy's start (0-based index into `actual`, default 0).
   * Earlier periods still set the comparison's reference but save nothing.
   */
  readonly from?: number;
}

/** The savings and how they came about. */
export interface SavingsResult {
  readonly personYearsAvoided: number;
  readonly savings: number;
  readonly counterfactual: readonly number[];
}

/**
 * Savings = Σ (counterfactual − actual) / periodsPerYear × net cost × (1 − deadweight share).
 * Periods whose actual is blank, and periods before `from`, are skipped. Negative savings
 * (more people than the counterfactual) are reported as they are. Fails `impossible` for a
 * net cost above {@link MAX_KRONER} and when the result overflows.
 */
export function savingsNetOfDeadweight(input: SavingsInput): Result<SavingsResult> {
  const { actual, baseline, comparison } = input;
  const periodsPerYear = input.periodsPerYear ?? 12;
  const deadweight = input.deadweightShare ?? 0;
  const n = actual.length;
  if (n === 0) return fail("invalid", "emptySeries", { name: "actual" });
  if (typeof baseline !== "number" && baseline.length !== n) {
    return fail("invalid", "lengthMismatch", { first: n, second: baseline.length });
  }
  if (comparison !== undefined && comparison.length !== n) {
    return fail("invalid", "lengthMismatch", { first: n, second: comparison.length });
  }
  if (!(periodsPerYear > 0) || !Number.isFinite(periodsPerYear))
    return fail("impossible", "periodsPerYearNotPositive", { value: periodsPerYear });
  if (!Number.isFinite(input.netCostPerPersonYear))
    return fail("invalid", "notANumber", { name: "netCost" });
  if (input.netCostPerPersonYear < 0)
    return fail("impossible", "negativeAmount", {
      name: "netCost",
      value: input.netCostPerPersonYear,
    });
  if (input.netCostPerPersonYear > MAX_KRONER)
    return fail("impossible", "aboveMaximum", {
      name: "netCost",
      value: input.netCostPerPersonYear,
      max: MAX_KRONER,
    });
  const from = input.from ?? 0;
  if (!Number.isInteger(from) || from < 0)
    return fail("impossible", "monthsOutOfRange", { value: from });
  if (!(deadweight >= 0 && deadweight <= 1))
    return fail("impossible", "rateOutside0to1", { name: "deadweight", value: deadweight });
  const reference = comparison?.[0];
  if (comparison !== undefined && !(reference !== undefined && reference > 0))
    return fail("impossible", "comparisonReferenceNotPositive");

  const counterfactual = new Array<number>(n);
  let avoided = 0;
  for (let t = 0; t < n; t++) {
    const base = typeof baseline === "number" ? baseline : (baseline[t] as number);
    if (base < 0)
      return fail("impossible", "negativeCount", { name: "baseline", value: base, row: t + 1 });
    const trend = comparison === undefined ? 1 : (comparison[t] as number) / (reference as number);
    if (comparison !== undefined && (comparison[t] as number) < 0) {
      return fail("impossible", "negativeCount", {
        name: "comparison",
        value: comparison[t] as number,
        row: t + 1,
      });
    }
    counterfactual[t] = base * trend;
    const a = actual[t];
    if (a === null || a === undefined || t < from) continue;
    if (a < 0) return fail("impossible", "negativeCount", { name: "actual", value: a, row: t + 1 });
    avoided += (counterfactual[t] as number) - a;
  }
  const personYearsAvoided = (avoided / periodsPerYear) * (1 - deadweight);
  const savings = personYearsAvoided * input.netCostPerPersonYear;
  if (!Number.isFinite(personYearsAvoided) || !Number.isFinite(savings))
    return fail("impossible", "overflow");
  return ok({
    personYearsAvoided,
    savings,
    counterfactual,
  });
}
