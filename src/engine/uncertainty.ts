/**
 * Uncertainty in the open: three-point ranges, a fixed Latin hypercube of draws, the chance
 * that a case pays, its percentiles, and the break-even share of the savings.
 *
 * Why these choices (docs/conventions.md, "Usikkerhed"):
 * - A range is low / likely / high, read as a triangular distribution: the form finance
 *   staff give ("mellem 20 og 40 mio., nok 30") and one whose inverse is a closed formula
 *   that Excel, LibreOffice and HyperFormula all evaluate, so a sheet can map a draw table
 *   through it by plain formulas.
 * - The draws are a Latin hypercube in probability space: each of the n equal strata of every
 *   dimension gets exactly one draw at its midpoint (i + ½) / n, and the strata are paired
 *   across dimensions by seeded permutations. Seeded, so the result sheet's visible draw table
 *   and the engine's draws are the same numbers on every machine; no volatile RAND().
 *   Stratifying cuts the sampling error of a monotone model well below plain Monte Carlo's
 *   √(p(1 − p) / n) (McKay, Beckman and Conover 1979, Technometrics 21(2)).
 * - Percentiles follow Excel's PERCENTILE / PERCENTILE.INC (rank k(n − 1), linear between
 *   neighbours) so the sheet's own PERCENTILE over the draws gives the same figure.
 */
import { caseValues, checkInvestment, type Discounting, type InvestmentCase, sum } from "./flows";
import { fail, ok, type Result } from "./result";

/** A three-point range, low ≤ likely ≤ high, in any unit (read as a triangular distribution). */
export interface ThreePoint {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/**
 * Checks a three-point range: three finite numbers with low ≤ likely ≤ high.
 * @returns the range, or an `invalid` failure (`rangeNotNumber`) or an `impossible` one
 *   (`rangeNotOrdered`, detail low/likely/high) for the face to word.
 */
export function checkThreePoint(range: ThreePoint): Result<ThreePoint> {
  const { low, likely, high } = range;
  if (![low, likely, high].every(Number.isFinite)) return fail("invalid", "rangeNotNumber");
  if (!(low <= likely && likely <= high))
    return fail("impossible", "rangeNotOrdered", { low, likely, high });
  return ok(range);
}

/**
 * A range from cells: one value (certain: low = likely = high) or three (low, likely, high).
 * @param name - the parameter's name, for the message
 * @returns the checked range; `invalid` (`rangeNotThreePoint`, detail name and cells) for any
 *   other count, and the failures of {@link checkThreePoint}.
 */
export function threePointOf(values: readonly number[], name: string): Result<ThreePoint> {
  if (values.length === 1) {
    const v = values[0] as number;
    return checkThreePoint({ low: v, likely: v, high: v });
  }
  if (values.length !== 3)
    return fail("invalid", "rangeNotThreePoint", { name, cells: values.length });
  const [low, likely, high] = values as [number, number, number];
  return checkThreePoint({ low, likely, high });
}

/**
 * The value below which a share `p` (0–1) of a triangular distribution lies (its inverse CDF):
 * low + √(p (high − low)(likely − low)) below the mode's probability (likely − low)/(high − low),
 * high − √((1 − p)(high − low)(high − likely)) above it. A range with low = high is that value.
 * The sheet's formula is the same expression; `p` outside 0–1 is clamped.
 */
export function triangularQuantile(p: number, range: ThreePoint): number {
  const { low, likely, high } = range;
  const width = high - low;
  if (width === 0) return low;
  const q = Math.min(1, Math.max(0, p));
  const modeShare = (likely - low) / width;
  return q < modeShare
    ? low + Math.sqrt(q * width * (likely - low))
    : high - Math.sqrt((1 - q) * width * (high - likely));
}

/** The share (0–1) of a triangular distribution at or below `x` (its CDF). */
export function triangularCdf(x: number, range: ThreePoint): number {
  const { low, likely, high } = range;
  if (x < low) return 0;
  if (x >= high) return 1;
  const width = high - low;
  if (x <= likely) return likely === low ? 0 : ((x - low) * (x - low)) / (width * (likely - low));
  return 1 - ((high - x) * (high - x)) / (width * (high - likely));
}

/** Number of draws the result sheet shows and the engine uses unless told otherwise. */
export const DEFAULT_DRAWS = 1000;

/** Seed of the draw table: fixed, so every machine and every run draws the same numbers. */
export const DEFAULT_SEED = 20_161_004;

/** mulberry32: a small, well-mixed 32-bit generator; any fixed generator would do. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A Latin hypercube of `draws` × `dimensions` probabilities (0–1): column j is the stratum
 * midpoints (i + ½) / draws in an order given by a Fisher–Yates shuffle seeded by `seed`.
 * @returns rows = draws, columns = dimensions; the same numbers for the same arguments.
 * @throws RangeError when draws or dimensions is not a positive whole number (a programming error).
 */
export function latinHypercube(
  draws: number,
  dimensions: number,
  seed: number = DEFAULT_SEED
): number[][] {
  if (!Number.isInteger(draws) || draws < 1 || !Number.isInteger(dimensions) || dimensions < 1)
    throw new RangeError(`latinHypercube(${draws}, ${dimensions})`);
  const next = generator(seed);
  const rows: number[][] = Array.from({ length: draws }, () => new Array<number>(dimensions));
  const order = new Array<number>(draws);
  for (let j = 0; j < dimensions; j++) {
    for (let i = 0; i < draws; i++) order[i] = i;
    for (let i = draws - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      const swap = order[i] as number;
      order[i] = order[k] as number;
      order[k] = swap;
    }
    for (let i = 0; i < draws; i++) (rows[i] as number[])[j] = ((order[i] as number) + 0.5) / draws;
  }
  return rows;
}

/**
 * Excel's PERCENTILE.INC of ascending `sorted` values at `k` (0–1): rank k (n − 1), linear
 * between the neighbouring values. NaN for an empty list.
 */
export function percentileInclusive(sorted: readonly number[], k: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = Math.min(1, Math.max(0, k)) * (n - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(n - 1, below + 1)] as number;
  return lower + (rank - below) * (upper - lower);
}

/** What a set of draws of a net gain says. */
export interface DrawSummary {
  readonly draws: number;
  /** Share of draws with a net gain above 0 (a gain of exactly 0 does not pay). */
  readonly probabilityPositive: number;
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Summary of the net gains of a set of draws (no draws: NaN figures). */
export function summariseDraws(values: readonly number[]): DrawSummary {
  const sorted = [...values].sort((a, b) => a - b);
  let positive = 0;
  for (const v of sorted) if (v > 0) positive++;
  const n = sorted.length;
  return {
    draws: n,
    probabilityPositive: n === 0 ? NaN : positive / n,
    mean: n === 0 ? NaN : sum(sorted) / n,
    p10: percentileInclusive(sorted, 0.1),
    p50: percentileInclusive(sorted, 0.5),
    p90: percentileInclusive(sorted, 0.9),
  };
}

/**
 * The chance that savings exceed the investment when each is a three-point range (independent),
 * estimated over a Latin hypercube of `draws` (dimension 0 = investment, 1 = savings).
 * This is KIK.SANDSYNLIGHED / KIK.PROBABILITY; the result sheet's draw table gives the same figure.
 * @param investment - range of the investment's (present) value, ≥ 0
 * @param savings - range of the savings' (present) value, same unit
 * @returns the summary of savings − investment over the draws; failures: a range not three
 *   ordered numbers, a negative investment, or draws not a whole number from 1 to 1,000,000.
 */
export function probabilityOfGain(
  investment: ThreePoint,
  savings: ThreePoint,
  draws: number = DEFAULT_DRAWS,
  seed: number = DEFAULT_SEED
): Result<DrawSummary> {
  const inv = checkThreePoint(investment);
  if (!inv.ok) return inv;
  const sav = checkThreePoint(savings);
  if (!sav.ok) return sav;
  const nonNegative = checkInvestment([investment.low]);
  if (!nonNegative.ok) return nonNegative;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    return fail("impossible", "drawsOutOfRange", { value: draws, max: MAX_DRAWS });
  const table = latinHypercube(draws, 2, seed);
  const gains = table.map(
    ([pInvestment, pSavings]) =>
      triangularQuantile(pSavings as number, savings) -
      triangularQuantile(pInvestment as number, investment)
  );
  return ok(summariseDraws(gains));
}

/** Most draws a function call may ask for: keeps one recalculation well under a second. */
export const MAX_DRAWS = 1_000_000;

/**
 * Break-even share (nulpunkt): how large a share of the savings may fall away (deadweight,
 * drop-off and optimism together) before the net gain reaches zero:
 * 1 − value(investment) / value(savings), present values when a rate is given.
 * Hjørring 2015–2019: 1 − 158 / 312,7 = 49,5 %. Negative when the case does not pay even
 * with all savings kept.
 * @returns a share (0.495 = 49,5 %); `divideByZero` when the savings' value is 0 or less
 *   (nothing can fall away); `impossible` for a negative investment or a rate ≤ −100 %.
 */
export function breakevenShare(c: InvestmentCase, discounting: Discounting = {}): Result<number> {
  const values = caseValues(c, discounting);
  if (!values.ok) return values;
  const { investment, savings } = values.value;
  if (savings <= 0) return fail("divideByZero", "noSavingsValue");
  return ok(1 - investment / savings);
}
