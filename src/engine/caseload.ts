/**
 * Caseload (sagsstamme): reduction, progress towards a target, and a stock-flow projection
 * that keeps the original group apart from newcomers, as Aabenraa reported it
 * (original group 1008 → 387, plus 176 newcomers still on benefit = 563).
 */
import { fail, finite, ok, type Result } from "./result";

function checkCount(value: number, name: string): Result<number> {
  if (!Number.isFinite(value)) return fail("invalid", "notANumber", { name });
  if (value < 0) return fail("impossible", "negativeCount", { name, value });
  return ok(value);
}

/** The first of `counts` (by name) that is not a count, as a failure; null when all are. */
function checkCounts(counts: Readonly<Record<string, number>>): Result<never> | null {
  for (const [name, value] of Object.entries(counts)) {
    const c = checkCount(value, name);
    if (!c.ok) return c;
  }
  return null;
}

/**
 * Share by which the caseload fell: (baseline − current) / baseline.
 * Aabenraa: (1008 − 563) / 1008 = 44.1 %.
 */
export function caseloadReduction(baseline: number, current: number): Result<number> {
  const bad = checkCounts({ baseline, current });
  if (bad !== null) return bad;
  if (baseline === 0) return fail("divideByZero", "zeroBaseline");
  return ok((baseline - current) / baseline);
}

/**
 * Progress towards a target: (baseline − current) / (baseline − target).
 * 1 = target reached; above 1 = beyond it; negative = moved away from it.
 * Aabenraa: (1008 − 563) / (1008 − 500) = 87.6 %.
 */
export function targetProgress(baseline: number, current: number, target: number): Result<number> {
  const bad = checkCounts({ baseline, current, target });
  if (bad !== null) return bad;
  if (baseline === target) return fail("divideByZero", "targetEqualsBaseline");
  return ok((baseline - current) / (baseline - target));
}

/** Assumptions of a stock-flow projection, per month. */
export interface ProjectionInput {
  /** People on benefit at month 0 (the original group). */
  readonly start: number;
  /** New people arriving each month. */
  readonly monthlyInflow: number;
  /** Share of those on benefit at the start of a month who leave during it (0–1). */
  readonly monthlyExitRate: number;
  /** Number of months to project (whole, 1–1200). */
  readonly months: number;
}

/** One month of a projection. */
export interface ProjectedMonth {
  readonly month: number;
  readonly original: number;
  readonly newcomers: number;
  readonly total: number;
}

/**
 * Stock-flow projection. Convention: in month m everyone on benefit at its start leaves with
 * probability `monthlyExitRate`; the month's inflow arrives at its end, so newcomers start
 * exiting the month after. original(m) = start × (1 − e)^m;
 * newcomers(m) = newcomers(m − 1) × (1 − e) + inflow. Month 0 is the starting point.
 */
export function projectCaseload(input: ProjectionInput): Result<ProjectedMonth[]> {
  const { start, monthlyInflow, monthlyExitRate, months } = input;
  const bad = checkCounts({ start, inflow: monthlyInflow });
  if (bad !== null) return bad;
  if (!Number.isFinite(monthlyExitRate)) return fail("invalid", "notANumber", { name: "exitRate" });
  if (monthlyExitRate < 0 || monthlyExitRate > 1)
    return fail("impossible", "rateOutside0to1", { name: "exitRate", value: monthlyExitRate });
  if (!Number.isInteger(months) || months < 1 || months > 1200)
    return fail("impossible", "monthsOutOfRange", { value: months });
  const stay = 1 - monthlyExitRate;
  const out: ProjectedMonth[] = [{ month: 0, original: start, newcomers: 0, total: start }];
  let original = start;
  let newcomers = 0;
  for (let m = 1; m <= months; m++) {
    original *= stay;
    newcomers = newcomers * stay + monthlyInflow;
    out.push({ month: m, original, newcomers, total: original + newcomers });
  }
  // Huge counts overflow to Infinity: impossible, not a number.
  const last = out[out.length - 1] as ProjectedMonth;
  if (!Number.isFinite(last.total) || !Number.isFinite(last.newcomers))
    return fail("impossible", "overflow");
  return ok(out);
}

/**
 * Monthly exit rate implied by a group shrinking from `start` to `remaining` in `months`:
 * 1 − (remaining / start)^(1 / months). Aabenraa's original group, 1008 (June 2015) → 387
 * (July 2017), 25 months: 3.76 % a month.
 */
export function impliedExitRate(start: number, remaining: number, months: number): Result<number> {
  const bad = checkCounts({ start, remaining });
  if (bad !== null) return bad;
  if (start === 0) return fail("divideByZero", "zeroBaseline");
  if (remaining > start) return fail("impossible", "remainingAboveStart", { start, remaining });
  if (!(months > 0)) return fail("impossible", "monthsOutOfRange", { value: months });
  return ok(1 - Math.pow(remaining / start, 1 / months));
}

/**
 * Monthly inflow implied by `newcomersRemaining` still on benefit after `months`, given the
 * exit rate (the inverse of the newcomer part of {@link projectCaseload}):
 * inflow = N × e / (1 − (1 − e)^months), or N / months when e = 0.
 */
export function impliedInflow(
  newcomersRemaining: number,
  monthlyExitRate: number,
  months: number
): Result<number> {
  const c = checkCount(newcomersRemaining, "newcomers");
  if (!c.ok) return c;
  if (!Number.isFinite(monthlyExitRate)) return fail("invalid", "notANumber", { name: "exitRate" });
  if (monthlyExitRate < 0 || monthlyExitRate > 1)
    return fail("impossible", "rateOutside0to1", { name: "exitRate", value: monthlyExitRate });
  if (!Number.isInteger(months) || months < 1)
    return fail("impossible", "monthsOutOfRange", { value: months });
  if (monthlyExitRate === 0) return finite(newcomersRemaining / months);
  return finite(
    (newcomersRemaining * monthlyExitRate) / (1 - Math.pow(1 - monthlyExitRate, months))
  );
}

/** A point a target path passes through: month index (any consecutive numbering) and level. */
export interface PathPoint {
  readonly month: number;
  readonly level: number;
}

/**
 * The target path (målsti): straight lines from the baseline through each target in date
 * order, one value per month from the first point's month to the last's. Between two points
 * the level is interpolated linearly by month.
 * @returns null entries never occur; an empty array when fewer than two points are given
 */
export function targetPath(points: readonly PathPoint[]): number[] {
  const sorted = [...points].sort((a, b) => a.month - b.month);
  const out: number[] = [];
  if (sorted.length < 2) return out;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k] as PathPoint;
    const b = sorted[k + 1] as PathPoint;
    const span = b.month - a.month;
    for (let m = k === 0 ? a.month : a.month + 1; m <= b.month; m++) {
      out.push(span === 0 ? b.level : a.level + ((b.level - a.level) * (m - a.month)) / span);
    }
  }
  return out;
}
