/**
 * Who gains a benefit saving: the municipality (kommune) or the state (stat).
 *
 * A person-year off kontanthjælp saves the gross benefit; the state would have refunded a
 * share of it by the refund staircase (refund.ts), so the municipality keeps only its own
 * share and the rest is the state's. For benefits the state or an unemployment fund pays
 * (dagpenge via a-kassen, førtidspension via Udbetaling Danmark), the municipality co-finances
 * the same share on the same steps, so the split is the same figure. SØM splits prices the
 * same way (kommune / region / stat after refund).
 */
import { netCostOfSpell, type SpellInput, WEEKS_PER_YEAR } from "./refund";
import { ok, type Result } from "./result";

/** A benefit saving split by who would have paid it, in kr. */
export interface BenefitSplit {
  /** Gross benefit not paid: monthly rate × 12 / 52 × weeks. */
  readonly gross: number;
  /** The municipality's own share (after refund, or its co-financing). */
  readonly municipal: number;
  /** The state's share (its refund, or what it or the fund pays beyond co-financing). */
  readonly state: number;
}

/**
 * Splits the benefit a spell would have cost between kommune and stat by the refund staircase.
 * The service's own cost (`serviceCostPerYear`) is left out: it is not a benefit.
 * Worked: 12.326 kr./month, after 52 weeks, 52 weeks: gross 147.912, kommune 118.329,60
 * (80 %), stat 29.582,40 (20 %).
 * @returns the split in kr.; the failures of `netCostOfSpell` for impossible input.
 */
export function splitBenefitSaving(input: SpellInput): Result<BenefitSplit> {
  const municipal = netCostOfSpell({ ...input, serviceCostPerYear: 0 });
  if (!municipal.ok) return municipal;
  const weeks = input.weeks ?? WEEKS_PER_YEAR;
  const gross = (input.monthlyRate * 12 * weeks) / WEEKS_PER_YEAR;
  return ok({ gross, municipal: municipal.value, state: gross - municipal.value });
}
