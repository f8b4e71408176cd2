/**
 * The refund staircase of the 2016 refund reform (refusionsreformen, L 4, from 4 January 2016)
 * and the municipality's net cost of a benefit spell.
 *
 * The state refunds a share of benefits such as kontanthjælp by the person's *cumulative*
 * weeks on public benefit: weeks 1–4: 80 %, 5–26: 40 %, 27–52: 30 %, from week 53: 20 %.
 * For benefits paid by others (dagpenge, førtidspension from 1 July 2014) the municipality
 * instead co-finances 20 / 60 / 70 / 80 % on the same steps, so its own share is the same.
 */
import { MAX_KRONER, MAX_WEEKS_ON_BENEFIT } from "./limits";
import { fail, finite, ok, type Result } from "./result";

/** Refund (the state pays a share) or co-financing (the municipality pays a share). */
export type RefundScheme = "refund" | "coFinancing";

/** One step of the refund staircase. */
export interface RefundStep {
  /** The step's last week (inclusive); Infinity for the last step. */
  readonly lastWeek: number;
  /** The state's refund share within the step. */
  readonly refund: number;
  /** The municipality's own share (written out: 1 − 0.8 is 0.19999999999999996). */
  readonly municipal: number;
}

/**
 * The steps in order: weeks 1–4, 5–26, 27–52 and from 53. As intervals of elapsed weeks a
 * step covers (previous lastWeek, lastWeek]. The result sheets write this table out and
 * compute the net cost from it by formula, so it is the one source of the rates.
 */
export const REFUND_STEPS: readonly RefundStep[] = [
  { lastWeek: 4, refund: 0.8, municipal: 0.2 },
  { lastWeek: 26, refund: 0.4, municipal: 0.6 },
  { lastWeek: 52, refund: 0.3, municipal: 0.7 },
  { lastWeek: Infinity, refund: 0.2, municipal: 0.8 },
];

/**
 * The rate that applies in cumulative week `week` (1 = the first week on benefit).
 * A fractional week is the week it falls in (4.2 is in week 5).
 * @param scheme - "refund": the state's refund share (80/40/30/20 %);
 *   "coFinancing": the municipality's co-financing share (20/60/70/80 %)
 */
export function refundRate(week: number, scheme: RefundScheme = "refund"): Result<number> {
  if (!Number.isFinite(week)) return fail("invalid", "notANumber", { name: "week" });
  if (week <= 0) return fail("impossible", "weekBelowOne", { value: week });
  const w = Math.ceil(week);
  const step = REFUND_STEPS.find((s) => w <= s.lastWeek) as RefundStep;
  return ok(scheme === "refund" ? step.refund : step.municipal);
}

/** Municipality's share of the gross benefit at elapsed time x weeks into the spell history. */
function municipalShareAt(weekIndex: number): number {
  const step = REFUND_STEPS.find((s) => weekIndex <= s.lastWeek) as RefundStep;
  return step.municipal;
}

/** A spell on benefit whose net cost to the municipality is wanted. */
export interface SpellInput {
  /** Gross benefit in kr. per month. */
  readonly monthlyRate: number;
  /** Cumulative weeks already on public benefit before the spell (0 = new recipient). */
  readonly weeksAlreadyOnBenefit: number;
  /** Length of the spell in weeks (default 52: one person-year). */
  readonly weeks?: number;
  /** The employment service's own cost per person-year (kr.), pro rata; default 0. */
  readonly serviceCostPerYear?: number;
}

/** Weeks in a year for converting monthly rates: 12 months = 52 weeks. */
export const WEEKS_PER_YEAR = 52;

/**
 * Municipal net cost of a spell: gross benefit × (1 − refund share of each week it covers)
 * + the service's own cost pro rata. Weekly gross = monthly × 12 / 52. Fractional weeks are
 * costed pro rata inside the week they fall in.
 * Worked: 12,326 kr./month, after 52 weeks, 52 weeks: 147,912 × 0.8 = 118,329.60 kr.
 */
export function netCostOfSpell(input: SpellInput): Result<number> {
  const { monthlyRate, weeksAlreadyOnBenefit: already } = input;
  const weeks = input.weeks ?? WEEKS_PER_YEAR;
  const service = input.serviceCostPerYear ?? 0;
  if (![monthlyRate, already, weeks, service].every(Number.isFinite))
    return fail("invalid", "notANumber", { name: "spell" });
  if (monthlyRate < 0)
    return fail("impossible", "negativeAmount", { name: "monthlyRate", value: monthlyRate });
  if (already < 0)
    return fail("impossible", "negativeCount", { name: "weeksAlreadyOnBenefit", value: already });
  if (weeks < 0) return fail("impossible", "negativeCount", { name: "weeks", value: weeks });
  if (service < 0)
    return fail("impossible", "negativeAmount", { name: "serviceCost", value: service });
  // Absurd sizes are impossible, not a plausible number: 1e20 weeks already on benefit would
  // otherwise cost 0 (1e20 + 52 is 1e20 in floating point).
  const tooLarge = (
    [
      ["monthlyRate", monthlyRate, MAX_KRONER],
      ["weeksAlreadyOnBenefit", already, MAX_WEEKS_ON_BENEFIT],
      ["weeks", weeks, MAX_WEEKS_ON_BENEFIT],
      ["serviceCost", service, MAX_KRONER],
    ] as const
  ).find(([, value, max]) => value > max);
  if (tooLarge !== undefined)
    return fail("impossible", "aboveMaximum", {
      name: tooLarge[0],
      value: tooLarge[1],
      max: tooLarge[2],
    });
  const weeklyGross = (monthlyRate * 12) / WEEKS_PER_YEAR;
  // Integrate the municipality's share over [already, already + weeks]: it is constant
  // within each week k, the interval (k − 1, k].
  let cost = 0;
  let x = already;
  const end = already + weeks;
  while (x < end) {
    const week = Math.floor(x) + 1;
    const next = Math.min(week, end);
    cost += (next - x) * weeklyGross * municipalShareAt(week);
    x = next;
    if (week > 53) {
      // Past the last step the share is constant: finish in one step.
      cost += (end - x) * weeklyGross * municipalShareAt(week);
      break;
    }
  }
  return finite(cost + (service * weeks) / WEEKS_PER_YEAR);
}
