/**
 * Money flows of an investment case: present value, gain, ROI, cumulative net and payback.
 *
 * Conventions (docs/functions.md explains them to users):
 * - Flows are per period (normally a budget year), index 0 = the first year of the strategy.
 * - Timing `"start"` (default): the first year is the base year and is not discounted; year t
 *   is discounted by (1 + r)^t. This is how Danish public business cases discount to the
 *   base year. Timing `"end"`: year t is discounted by (1 + r)^(t+1), as Excel's NPV does.
 * - Investment is entered as positive amounts; savings may be negative (a year that cost more).
 * - Gain (gevinst) = savings − investment; ROI = gain / investment (both discounted when a
 *   rate is given); payback = when cumulative net flow turns non-negative for good.
 * - Break-even is judged with a tolerance relative to the flows' size
 *   ({@link BREAK_EVEN_TOLERANCE}): −18.1, −8.6, 4, 22.7 sums to 0 in decimals but to
 *   −3.6e-15 in binary floating point, and must count as paid back (in the fourth year).
 * - A result that overflows (±Infinity, NaN) is an `impossible` failure, never a number.
 */
import { fail, finite, ok, type Result } from "./result";

/** When in a period its flow falls, for discounting. */
export type Timing = "start" | "end";

/** Optional discounting: no rate means nominal (undiscounted) sums. */
export interface Discounting {
  readonly rate?: number;
  readonly timing?: Timing;
}

/** Checks a discount rate: any real number above -100 %. */
export function checkRate(rate: number): Result<number> {
  if (!Number.isFinite(rate)) return fail("invalid", "rateNotNumber");
  if (rate <= -1) return fail("impossible", "rateAtOrBelowMinus100", { rate });
  return ok(rate);
}

/** Discount factor for period `t` (0-based) at `rate` under `timing`. */
export function discountFactor(rate: number, t: number, timing: Timing = "start"): number {
  return 1 / Math.pow(1 + rate, timing === "start" ? t : t + 1);
}

/**
 * Net present value of `flows` at `rate`.
 * @returns the sum of flow[t] × discountFactor(rate, t, timing); `#NUM!`-kind failure for a rate ≤ -100 %.
 */
export function netPresentValue(
  rate: number,
  flows: readonly number[],
  timing: Timing = "start"
): Result<number> {
  const checked = checkRate(rate);
  if (!checked.ok) return checked;
  let total = 0;
  // Multiply the factor step by step: one pow per series keeps long horizons cheap and exact enough.
  const step = 1 / (1 + rate);
  let factor = timing === "start" ? 1 : step;
  for (const flow of flows) {
    total += flow * factor;
    factor *= step;
  }
  return finite(total);
}

/** Present value when a rate is given, plain sum otherwise. */
function value(flows: readonly number[], discounting: Discounting): Result<number> {
  if (discounting.rate === undefined) return finite(sum(flows));
  return netPresentValue(discounting.rate, flows, discounting.timing);
}

/** Plain sum. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Investment and savings of a case, as yearly (or single) amounts. */
export interface InvestmentCase {
  readonly investment: readonly number[];
  readonly savings: readonly number[];
}

/** Checks that every investment amount is 0 or more (`impossible` naming the first that is not). */
export function checkInvestment(investment: readonly number[]): Result<true> {
  for (let i = 0; i < investment.length; i++) {
    const amount = investment[i] as number;
    if (amount < 0)
      return fail("impossible", "negativeInvestment", { position: i + 1, value: amount });
  }
  return ok(true);
}

/** Values of a case's investment and savings (present values when a rate is given). */
export function caseValues(
  c: InvestmentCase,
  discounting: Discounting
): Result<{ investment: number; savings: number }> {
  const okInvestment = checkInvestment(c.investment);
  if (!okInvestment.ok) return okInvestment;
  const inv = value(c.investment, discounting);
  if (!inv.ok) return inv;
  const sav = value(c.savings, discounting);
  if (!sav.ok) return sav;
  return ok({ investment: inv.value, savings: sav.value });
}

/**
 * Net gain (gevinst) = value of savings − value of investment.
 * Discounted when `discounting.rate` is given, nominal otherwise. A gain within the
 * break-even tolerance of 0 ({@link breakEvenTolerance} of both series) is 0, so an exact
 * break-even in decimals shows as 0,0, not −0,0.
 */
export function netGain(c: InvestmentCase, discounting: Discounting = {}): Result<number> {
  const v = caseValues(c, discounting);
  if (!v.ok) return v;
  const tolerance = breakEvenTolerance([...c.investment, ...c.savings]);
  return finite(settled(v.value.savings - v.value.investment, tolerance));
}

/**
 * Return on investment = net gain / investment (both discounted when a rate is given).
 * Fails with `divideByZero` when the investment is zero.
 */
export function returnOnInvestment(
  c: InvestmentCase,
  discounting: Discounting = {}
): Result<number> {
  const v = caseValues(c, discounting);
  if (!v.ok) return v;
  const { investment, savings } = v.value;
  if (investment === 0) return fail("divideByZero", "zeroInvestment");
  return finite((savings - investment) / investment);
}

/** Running total: element t is flow[0] + … + flow[t]. */
export function cumulative(flows: readonly number[]): number[] {
  const out = new Array<number>(flows.length);
  let total = 0;
  for (let i = 0; i < flows.length; i++) {
    total += flows[i] as number;
    out[i] = total;
  }
  return out;
}

/**
 * The relative tolerance of break-even: a cumulative sum within 1e-9 × Σ|flow| of 0 is 0.
 * Decimal amounts are not exact in binary floating point (−18.1 − 8.6 + 4 + 22.7 is −3.6e-15),
 * and a spreadsheet adding the same amounts in another order gets another tiny remainder; a
 * billionth of the flows' size is far above such remainders and far below any real amount.
 */
export const BREAK_EVEN_TOLERANCE = 1e-9;

/** The absolute tolerance of break-even for `flows`: {@link BREAK_EVEN_TOLERANCE} × Σ|flow|. */
export function breakEvenTolerance(flows: readonly number[]): number {
  let size = 0;
  for (const f of flows) size += Math.abs(f);
  return BREAK_EVEN_TOLERANCE * size;
}

/** `total`, or 0 when it is within `tolerance` of 0 (a break-even shows as 0,0, not −0,0). */
export function settled(total: number, tolerance: number): number {
  return Math.abs(total) <= tolerance ? 0 : total;
}

/**
 * Payback period (tilbagebetalingstid) in periods from the start of the first period.
 *
 * Cumulative net flow starts at 0. The payback point is where it turns non-negative *for
 * good*: after the last period whose cumulative is negative, interpolated linearly inside the
 * next period (the flow is taken as spread evenly over the year). "Negative" means below
 * −{@link breakEvenTolerance} of the flows, so an exact break-even in decimals counts as paid
 * back. A case that is never negative pays back at 0. A case still negative at the end of the
 * horizon has no payback within the horizon, reported as a `notAvailable` failure, not as a
 * number. With a rate, the discounted flows are used (discounted payback).
 */
export function payback(flows: readonly number[], discounting: Discounting = {}): Result<number> {
  let step = 1;
  let factor = 1;
  if (discounting.rate !== undefined) {
    const checked = checkRate(discounting.rate);
    if (!checked.ok) return checked;
    step = 1 / (1 + discounting.rate);
    factor = discounting.timing === "end" ? step : 1;
  }
  const discounted = new Array<number>(flows.length);
  for (let i = 0; i < flows.length; i++) {
    discounted[i] = (flows[i] as number) * factor;
    factor *= step;
  }
  const tolerance = breakEvenTolerance(discounted);
  if (!Number.isFinite(tolerance)) return fail("impossible", "overflow");
  // One pass: remember the last period that ends negative, the cumulative there, and the
  // (discounted) flow of the period after it, which the interpolation divides by.
  let running = 0;
  let lastNegative = -1;
  let shortfall = 0;
  let nextFlow = 0;
  let wantNext = false;
  for (let i = 0; i < discounted.length; i++) {
    const flow = discounted[i] as number;
    running += flow;
    if (wantNext) {
      nextFlow = flow;
      wantNext = false;
    }
    if (running < -tolerance) {
      lastNegative = i;
      shortfall = -running;
      wantNext = true;
    }
  }
  if (lastNegative === -1) return ok(0);
  if (lastNegative === flows.length - 1) {
    return fail("notAvailable", "noPaybackWithinHorizon", {
      horizon: flows.length,
      finalCumulative: running,
    });
  }
  // The next period ends at or above −tolerance, so nextFlow ≥ shortfall − tolerance: the
  // fraction is at most 1 but for rounding, and 1 is where it stops (−22.7 / 22.7 may be
  // 1.0000000000000002).
  return ok(lastNegative + 1 + Math.min(1, shortfall / nextFlow));
}
