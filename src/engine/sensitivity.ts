/**
 * The whole case under uncertainty: the net gain and present value of a strategy's budget years
 * when its key assumptions move (deadweight, net cost per person-year, discount rate,
 * durability of exits, the caseload effect), for the result sheet KIK Følsomhed and the task
 * pane. The sheet writes the same expressions as formulas; this module gives the values it
 * caches and the figures the task pane shows, so the two agree (docs/conventions.md,
 * "Usikkerhed").
 *
 * The model (per budget year y, savings S, investment I, measured share m of the year):
 *   savings'(y) = S × (net cost / likely net cost) × (1 − deadweight) × effect
 *                   × (m + (1 − m) × durability × (1 − optimism bias))
 * The budget's savings are taken as the case's savings with every exit lasting and no
 * deadweight; durability and optimism bias touch only the projected part (1 − m): savings
 * measured on the caseload already include the people who came back on benefit.
 */
import { triangularQuantile, latinHypercube, DEFAULT_SEED, type ThreePoint } from "./uncertainty";

/** The assumptions that move, in the order the sheet and the draw table list them. */
export const UNCERTAIN_KEYS = [
  "deadweight",
  "netCost",
  "discountRate",
  "durability",
  "effect",
] as const;

/** One of {@link UNCERTAIN_KEYS}. */
export type UncertainKey = (typeof UNCERTAIN_KEYS)[number];

/** A value for each uncertain assumption (shares and rates as fractions, net cost in kr.). */
export type CasePoint = Readonly<Record<UncertainKey, number>>;

/** The assumptions drawn in the draw table (the discount rate moves only the present value). */
export const DRAWN_KEYS = ["deadweight", "netCost", "durability", "effect"] as const;

/** One budget year of the case. */
export interface CaseYear {
  /** Years since the first budget year (0 for the first), for discounting. */
  readonly t: number;
  /** Investment of the year (≥ 0), in the budget's unit. */
  readonly investment: number;
  /** Savings of the year as budgeted (budgeted net + investment), in the budget's unit. */
  readonly savings: number;
  /** Share (0–1) of the year covered by caseload measurements: its savings are measured. */
  readonly measured: number;
}

/** The case: its years, the likely values the budget's savings rest on, and optimism bias. */
export interface SensitivityCase {
  readonly years: readonly CaseYear[];
  /** The likely values; the net cost's scales the savings (0: no scaling). */
  readonly likely: CasePoint;
  /** Optimism-bias cut (0–1) of projected savings. */
  readonly optimismBias: number;
}

/** The sums of a case that the formulas read: measured, projected savings and investment. */
export interface CaseSums {
  readonly measured: number;
  readonly projected: number;
  readonly investment: number;
}

/** The measured (S × m) and projected (S − S × m) savings of a year, as the sheet computes them. */
export function yearParts(y: CaseYear): { measured: number; projected: number } {
  const measured = y.savings * y.measured;
  return { measured, projected: y.savings - measured };
}

/** 1 / (1 + rate)^t: the discount factor the sheet writes per year. */
export function yearFactor(rate: number, t: number): number {
  return 1 / Math.pow(1 + rate, t);
}

/** Sums of the case discounted by `factor(y)` (1 for nominal sums), in year order. */
export function caseSums(
  years: readonly CaseYear[],
  factor: (y: CaseYear) => number = () => 1
): CaseSums {
  let measured = 0;
  let projected = 0;
  let investment = 0;
  for (const y of years) {
    const f = factor(y);
    const parts = yearParts(y);
    measured += parts.measured * f;
    projected += parts.projected * f;
    investment += y.investment * f;
  }
  return { measured, projected, investment };
}

/** The net cost's scaling of the savings: x / likely, 1 when the likely net cost is not above 0. */
export function netCostRatio(netCost: number, likely: number): number {
  return likely > 0 ? netCost / likely : 1;
}

/**
 * Value of the case at `x` over sums `s`: ratio × (1 − deadweight) × effect ×
 * (measured + durability × (1 − optimism bias) × projected) − investment (the sheet's order).
 */
export function valueAt(c: SensitivityCase, x: CasePoint, s: CaseSums): number {
  const scale = netCostRatio(x.netCost, c.likely.netCost) * (1 - x.deadweight) * x.effect;
  return scale * (s.measured + x.durability * (1 - c.optimismBias) * s.projected) - s.investment;
}

/** Net gain (nominal, as KIK Økonomi's) of the case at `x`. */
export function netGainAt(c: SensitivityCase, x: CasePoint): number {
  return valueAt(c, x, caseSums(c.years));
}

/** Present value (to the first budget year, at x.discountRate) of the case at `x`. */
export function presentValueAt(c: SensitivityCase, x: CasePoint): number {
  return valueAt(
    c,
    x,
    caseSums(c.years, (y) => yearFactor(x.discountRate, y.t))
  );
}

/** Net gain and present value at the low and the high end of one assumption. */
export interface TornadoRow {
  readonly key: UncertainKey;
  readonly netGain: { readonly low: number; readonly high: number };
  readonly presentValue: { readonly low: number; readonly high: number };
}

/** For each assumption, the case at its low and at its high value, the others at likely. */
export function tornado(c: SensitivityCase, low: CasePoint, high: CasePoint): TornadoRow[] {
  return UNCERTAIN_KEYS.map((key) => {
    const at = (v: number): CasePoint => ({ ...c.likely, [key]: v });
    return {
      key,
      netGain: { low: netGainAt(c, at(low[key])), high: netGainAt(c, at(high[key])) },
      presentValue: {
        low: presentValueAt(c, at(low[key])),
        high: presentValueAt(c, at(high[key])),
      },
    };
  });
}

/**
 * Break-even values at the likely discount rate, the others at likely (present values):
 * - deadweight: 1 − PV(investment) / PV(savings without deadweight);
 * - net cost and effect: likely × PV(investment) / PV(savings);
 * - durability: (PV(investment) / scale − PV(measured)) / ((1 − optimism bias) × PV(projected)).
 * Each is null when it does not exist (no savings to scale, no projected savings).
 */
export interface Breakevens {
  readonly deadweight: number | null;
  readonly netCost: number | null;
  readonly durability: number | null;
  readonly effect: number | null;
}

/** The present-value sums at the likely rate. */
export function likelySums(c: SensitivityCase): CaseSums {
  return caseSums(c.years, (y) => yearFactor(c.likely.discountRate, y.t));
}

/** See {@link Breakevens}. */
export function breakevens(c: SensitivityCase): Breakevens {
  const s = likelySums(c);
  const x = c.likely;
  const kept = s.measured + x.durability * (1 - c.optimismBias) * s.projected;
  // Savings with no deadweight, and at likely (the scale at likely net cost is 1).
  const gross = x.effect * kept;
  const saved = (1 - x.deadweight) * x.effect * kept;
  const scale = (1 - x.deadweight) * x.effect;
  const durableBase = (1 - c.optimismBias) * s.projected;
  return {
    deadweight: gross > 0 ? 1 - s.investment / gross : null,
    netCost: saved > 0 && x.netCost > 0 ? (x.netCost * s.investment) / saved : null,
    effect: saved > 0 ? (x.effect * s.investment) / saved : null,
    durability:
      scale > 0 && durableBase > 0 ? (s.investment / scale - s.measured) / durableBase : null,
  };
}

/** A range read as the sheet reads it: sorted, so any three numbers make a triangle. */
export function sortedRange(low: number, likely: number, high: number): ThreePoint {
  const [a, b, c] = [low, likely, high].sort((p, q) => p - q) as [number, number, number];
  return { low: a, likely: b, high: c };
}

/** The fixed probabilities of the draw table: a Latin hypercube over {@link DRAWN_KEYS}. */
export function drawTable(draws: number, seed: number = DEFAULT_SEED): number[][] {
  return latinHypercube(draws, DRAWN_KEYS.length, seed);
}

/**
 * Net gain of each draw: each drawn assumption mapped through its triangular inverse
 * (`triangularQuantile` of its sorted range), the discount rate at likely.
 * @param table - rows of probabilities in {@link DRAWN_KEYS} order (see {@link drawTable})
 */
export function drawNetGains(
  c: SensitivityCase,
  ranges: Readonly<Record<UncertainKey, ThreePoint>>,
  table: readonly (readonly number[])[]
): number[] {
  const sums = caseSums(c.years);
  const out = new Array<number>(table.length);
  for (let i = 0; i < table.length; i++) {
    const p = table[i] as readonly number[];
    const x: CasePoint = {
      ...c.likely,
      deadweight: triangularQuantile(p[0] as number, ranges.deadweight),
      netCost: triangularQuantile(p[1] as number, ranges.netCost),
      durability: triangularQuantile(p[2] as number, ranges.durability),
      effect: triangularQuantile(p[3] as number, ranges.effect),
    };
    out[i] = valueAt(c, x, sums);
  }
  return out;
}

/** Bins of a histogram: `bins` equal widths from the least to the largest value. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * A histogram as the sheet's COUNTIFS make it: bin k is [min + k·w, min + (k+1)·w) with
 * w = (max − min)/bins written as min + k × (max − min) / bins; the last bin is
 * [min + (bins − 1)·w, max], max included.
 */
export function histogram(values: readonly number[], bins: number): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const edge = (k: number) => min + (k * (max - min)) / bins;
  return Array.from({ length: bins }, (_, k) => {
    const last = k === bins - 1;
    const from = edge(k);
    // The last bin ends at the largest value itself (min + bins × w / bins may miss it).
    const to = last ? max : edge(k + 1);
    let count = 0;
    for (const v of values) if (v >= from && (last ? v <= to : v < to)) count++;
    return { from, to, count };
  });
}
