/**
 * Budget follow-up: Forskel = Faktisk − Budgetteret, year by year.
 * A blank actual (or budget) means "not known yet": its variance is blank, never 0.
 */
import { fail, ok, type Result } from "./result";

/** A value that may not be known yet. */
export type Maybe = number | null;

/** Per-period variance plus the total over the periods where both figures are known. */
export interface Variance {
  readonly byPeriod: readonly Maybe[];
  readonly total: number;
  readonly knownPeriods: number;
}

/** Variance of one period: actual − budgeted, or null when either is not known yet. */
export function periodVariance(budgeted: Maybe, actual: Maybe): Maybe {
  return actual === null || budgeted === null ? null : actual - budgeted;
}

/**
 * Variance actual − budgeted per period.
 * @param budgeted - budgeted figures, null where blank
 * @param actual - actual figures, null where not known yet
 */
export function budgetVariance(
  budgeted: readonly Maybe[],
  actual: readonly Maybe[]
): Result<Variance> {
  if (budgeted.length !== actual.length) {
    return fail("invalid", "lengthMismatch", { first: budgeted.length, second: actual.length });
  }
  const byPeriod = new Array<Maybe>(budgeted.length);
  let total = 0;
  let knownPeriods = 0;
  for (let i = 0; i < budgeted.length; i++) {
    const v = periodVariance(budgeted[i] as Maybe, actual[i] as Maybe);
    byPeriod[i] = v;
    if (v !== null) {
      total += v;
      knownPeriods++;
    }
  }
  return ok({ byPeriod, total, knownPeriods });
}
