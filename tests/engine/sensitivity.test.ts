/**
 * The whole case under uncertainty (src/engine/sensitivity.ts), against hand-computed figures
 * and closed forms.
 */
import {
  breakevens,
  drawNetGains,
  drawTable,
  histogram,
  netGainAt,
  presentValueAt,
  summariseDraws,
  tornado,
  triangularCdf,
  type CasePoint,
  type SensitivityCase,
  type ThreePoint,
  type UncertainKey,
} from "../../src/engine";

const likely: CasePoint = {
  deadweight: 0,
  netCost: 100_000,
  discountRate: 0.035,
  durability: 1,
  effect: 1,
};

/** Four years: 2 measured, one half measured, one projected. */
const years = [
  { t: 0, investment: 30, savings: 10, measured: 1 },
  { t: 1, investment: 20, savings: 30, measured: 1 },
  { t: 2, investment: 10, savings: 40, measured: 0.5 },
  { t: 3, investment: 0, savings: 50, measured: 0 },
];
const model: SensitivityCase = { years, likely, optimismBias: 0 };
const point = (x: Partial<CasePoint>): CasePoint => ({ ...likely, ...x });
const certain = (v: number): ThreePoint => ({ low: v, likely: v, high: v });
const certainRanges = (x: CasePoint): Record<UncertainKey, ThreePoint> => ({
  deadweight: certain(x.deadweight),
  netCost: certain(x.netCost),
  discountRate: certain(x.discountRate),
  durability: certain(x.durability),
  effect: certain(x.effect),
});

describe("the whole case", () => {
  test("at likely with every exit lasting, the net gain is the budget's: 130 − 60 = 70", () => {
    expect(netGainAt(model, likely)).toBeCloseTo(70, 12);
  });

  test("durability and optimism bias touch only projected savings (20 + 50 = 70 of 130)", () => {
    // Measured 10 + 30 + 20 = 60; projected 20 + 50 = 70.
    expect(netGainAt(model, point({ durability: 0.5 }))).toBeCloseTo(60 + 35 - 60, 12);
    const biased = { ...model, optimismBias: 0.2 };
    expect(netGainAt(biased, likely)).toBeCloseTo(60 + 56 - 60, 12);
    const allMeasured = { ...model, years: years.map((y) => ({ ...y, measured: 1 })) };
    expect(netGainAt(allMeasured, point({ durability: 0.1 }))).toBeCloseTo(70, 12);
  });

  test("deadweight, net cost and effect scale all savings", () => {
    expect(netGainAt(model, point({ deadweight: 0.25 }))).toBeCloseTo(130 * 0.75 - 60, 12);
    expect(netGainAt(model, point({ netCost: 80_000 }))).toBeCloseTo(130 * 0.8 - 60, 12);
    expect(netGainAt(model, point({ effect: 1.2 }))).toBeCloseTo(130 * 1.2 - 60, 12);
  });

  test("present value discounts year t by (1 + r)^t", () => {
    const r = 0.035;
    const flows = years.map((y) => y.savings - y.investment);
    const pv = flows.reduce((s, f, t) => s + f / (1 + r) ** t, 0);
    expect(presentValueAt(model, likely)).toBeCloseTo(pv, 12);
  });

  test("break-even values give a present value of 0", () => {
    const be = breakevens({ ...model, likely: point({ durability: 0.6, deadweight: 0.1 }) });
    const at = { ...model, likely: point({ durability: 0.6, deadweight: 0.1 }) };
    expect(presentValueAt(at, point({ durability: 0.6, deadweight: be.deadweight! }))).toBeCloseTo(
      0,
      9
    );
    expect(
      presentValueAt(at, point({ durability: 0.6, deadweight: 0.1, netCost: be.netCost! }))
    ).toBeCloseTo(0, 9);
    expect(
      presentValueAt(at, point({ durability: 0.6, deadweight: 0.1, effect: be.effect! }))
    ).toBeCloseTo(0, 9);
    expect(presentValueAt(at, point({ durability: be.durability!, deadweight: 0.1 }))).toBeCloseTo(
      0,
      9
    );
  });

  test("Hjørring's break-even deadweight: 1 − 158 / 312,7 = 49,5 %", () => {
    const hjorring: SensitivityCase = {
      years: [{ t: 0, investment: 158, savings: 312.7, measured: 1 }],
      likely,
      optimismBias: 0,
    };
    expect(breakevens(hjorring).deadweight).toBeCloseTo(1 - 158 / 312.7, 12);
  });

  test("the tornado moves one assumption at a time", () => {
    const low = point({
      deadweight: 0,
      netCost: 80_000,
      discountRate: 0.025,
      durability: 0.38,
      effect: 0.75,
    });
    const high = point({
      deadweight: 0.5,
      netCost: 120_000,
      discountRate: 0.04,
      durability: 0.64,
      effect: 1.25,
    });
    const rows = tornado({ ...model, likely: point({ durability: 0.5 }) }, low, high);
    const dw = rows.find((r) => r.key === "deadweight")!;
    expect(dw.netGain.high).toBeLessThan(dw.netGain.low);
    const rate = rows.find((r) => r.key === "discountRate")!;
    expect(rate.netGain.low).toBe(rate.netGain.high);
    expect(rate.presentValue.low).toBeGreaterThan(rate.presentValue.high);
  });
});

describe("the draws", () => {
  test("certain ranges: every draw is the likely case", () => {
    const gains = drawNetGains(model, certainRanges(likely), drawTable(100));
    for (const g of gains) expect(g).toBeCloseTo(70, 12);
  });

  test("one uncertain assumption: the chance matches the closed form within the strata's 1/n", () => {
    // Net gain = 130 (1 − d) − 60 > 0 ⇔ d < 1 − 60/130; d triangular(0, 0.2, 0.7).
    const range = { low: 0, likely: 0.2, high: 0.7 };
    const n = 1000;
    const gains = drawNetGains(
      model,
      { ...certainRanges(likely), deadweight: range },
      drawTable(n)
    );
    const exact = triangularCdf(1 - 60 / 130, range);
    expect(Math.abs(summariseDraws(gains).probabilityPositive - exact)).toBeLessThanOrEqual(1 / n);
  });

  test("the histogram counts every draw once; the last bin holds the largest", () => {
    const gains = drawNetGains(
      model,
      { ...certainRanges(likely), effect: { low: 0.5, likely: 1, high: 1.5 } },
      drawTable(1000)
    );
    const bins = histogram(gains, 20);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(bins[19]!.to).toBe(Math.max(...gains));
  });
});
