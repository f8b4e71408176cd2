/**
 * Uncertainty: triangular ranges, the Latin hypercube, percentiles, the chance of a gain and
 * the break-even share, each against an independent figure: closed forms, a numerical
 * integral, hand-computed cases, Hjørring's public figures and HyperFormula evaluating the
 * same draw table by the formulas a result sheet uses.
 */
import { HyperFormula } from "hyperformula";
import {
  breakevenShare,
  checkThreePoint,
  latinHypercube,
  percentileInclusive,
  probabilityOfGain,
  splitBenefitSaving,
  summariseDraws,
  triangularCdf,
  triangularQuantile,
  type ThreePoint,
} from "../../src/engine";
import { valueOf } from "./helpers";

describe("triangular ranges", () => {
  const ranges: ThreePoint[] = [
    { low: 0, likely: 5, high: 10 },
    { low: -3, likely: -3, high: 7 },
    { low: 2, likely: 9, high: 9 },
    { low: 100, likely: 130, high: 250 },
  ];

  it("gives hand-computed quantiles", () => {
    const r = { low: 0, likely: 5, high: 10 };
    expect(triangularQuantile(0.5, r)).toBeCloseTo(5, 12);
    // Below the mode: 0 + √(0,125 × 10 × 5) = 2,5; above it: 10 − √(0,125 × 10 × 5) = 7,5.
    expect(triangularQuantile(0.125, r)).toBeCloseTo(2.5, 12);
    expect(triangularQuantile(0.875, r)).toBeCloseTo(7.5, 12);
    expect(triangularQuantile(0, r)).toBe(0);
    expect(triangularQuantile(1, r)).toBe(10);
  });

  it("quantile and CDF are inverse to each other, also with the mode at an end", () => {
    for (const r of ranges)
      for (let p = 0.0005; p < 1; p += 0.001)
        expect(triangularCdf(triangularQuantile(p, r), r)).toBeCloseTo(p, 9);
  });

  it("a range with low = high is that value", () => {
    const r = { low: 4, likely: 4, high: 4 };
    expect(triangularQuantile(0.3, r)).toBe(4);
    expect(triangularCdf(3.9, r)).toBe(0);
    expect(triangularCdf(4, r)).toBe(1);
  });

  it("refuses ranges that are not three ordered numbers", () => {
    expect(valueOf(checkThreePoint({ low: 1, likely: 2, high: 3 }))).toEqual({
      low: 1,
      likely: 2,
      high: 3,
    });
    const unordered = checkThreePoint({ low: 3, likely: 2, high: 4 });
    expect(unordered.ok ? null : unordered.failure).toMatchObject({
      kind: "impossible",
      reason: "rangeNotOrdered",
    });
    const nan = checkThreePoint({ low: NaN, likely: 2, high: 4 });
    expect(nan.ok ? null : nan.failure.reason).toBe("rangeNotNumber");
  });
});

describe("Latin hypercube", () => {
  it("puts exactly one draw in each stratum of every dimension", () => {
    const n = 997;
    const table = latinHypercube(n, 5);
    expect(table).toHaveLength(n);
    for (let j = 0; j < 5; j++) {
      const strata = table.map((row) => Math.floor((row[j] as number) * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it("is the same table for the same seed and another for another seed", () => {
    expect(latinHypercube(50, 3, 7)).toEqual(latinHypercube(50, 3, 7));
    expect(latinHypercube(50, 3, 7)).not.toEqual(latinHypercube(50, 3, 8));
  });

  it("pairs the dimensions without a strong correlation", () => {
    const table = latinHypercube(1000, 2);
    const mean = 0.5;
    let cov = 0;
    let varX = 0;
    for (const [x, y] of table) {
      cov += ((x as number) - mean) * ((y as number) - mean);
      varX += ((x as number) - mean) ** 2;
    }
    // Independent pairing: correlation ~ N(0, 1/√1000); 0,1 is over three standard errors.
    expect(Math.abs(cov / varX)).toBeLessThan(0.1);
  });
});

describe("percentiles as Excel's PERCENTILE", () => {
  it("interpolates between neighbours at rank k(n − 1)", () => {
    expect(percentileInclusive([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileInclusive([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentileInclusive([7], 0.9)).toBe(7);
    expect(percentileInclusive([], 0.5)).toBeNaN();
  });

  it("a gain of exactly 0 does not count as paying", () => {
    expect(summariseDraws([-1, 0, 0, 2]).probabilityPositive).toBe(0.25);
  });
});

describe("chance of a gain", () => {
  it("matches the closed form 1 − F(I) within 1/n when the investment is certain", () => {
    const savings = { low: 200, likely: 300, high: 450 };
    for (const invested of [150, 210, 280, 300, 330, 440]) {
      const exact = 1 - triangularCdf(invested, savings);
      const n = 1000;
      const estimate = valueOf(
        probabilityOfGain({ low: invested, likely: invested, high: invested }, savings, n)
      ).probabilityPositive;
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(1 / n + 1e-12);
    }
  });

  it("matches a numerical integral within three standard errors when both are uncertain", () => {
    const investment = { low: 140, likely: 158, high: 200 };
    const savings = { low: 120, likely: 190, high: 320 };
    // P(S > I) = ∫ f_I(x) (1 − F_S(x)) dx by Simpson's rule on 20.000 intervals.
    const steps = 20_000;
    const h = (investment.high - investment.low) / steps;
    const { low: a, likely: c, high: b } = investment;
    const density = (x: number) =>
      x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c));
    let integral = 0;
    for (let k = 0; k <= steps; k++) {
      const x = investment.low + k * h;
      const weight = k === 0 || k === steps ? 1 : k % 2 === 1 ? 4 : 2;
      integral += weight * density(x) * (1 - triangularCdf(x, savings));
    }
    const exact = (integral * h) / 3;
    const n = 1000;
    const estimate = valueOf(probabilityOfGain(investment, savings, n)).probabilityPositive;
    const standardError = Math.sqrt((exact * (1 - exact)) / n);
    expect(exact).toBeGreaterThan(0.1); // a case where the answer is far from certain
    expect(exact).toBeLessThan(0.9);
    expect(Math.abs(estimate - exact)).toBeLessThan(3 * standardError);
  });

  it("refuses a negative investment, unordered ranges and impossible draw counts", () => {
    const s = { low: 1, likely: 2, high: 3 };
    const reason = (r: ReturnType<typeof probabilityOfGain>) => (r.ok ? null : r.failure.reason);
    expect(reason(probabilityOfGain({ low: -1, likely: 0, high: 1 }, s))).toBe(
      "negativeInvestment"
    );
    expect(reason(probabilityOfGain(s, { low: 3, likely: 2, high: 1 }))).toBe("rangeNotOrdered");
    expect(reason(probabilityOfGain(s, s, 0))).toBe("drawsOutOfRange");
    expect(reason(probabilityOfGain(s, s, 2.5))).toBe("drawsOutOfRange");
  });

  it("gives the figure a sheet gets from the same draw table by formulas (HyperFormula)", () => {
    const investment = { low: 140, likely: 158, high: 200 };
    const savings = { low: 120, likely: 312.7, high: 400 };
    const n = 1000;
    const table = latinHypercube(n, 2);
    // The sheet's formula for a triangular quantile: low, likely, high in row 1 (A–C inv., D–F sav.).
    const q = (p: string, lo: string, mo: string, hi: string) =>
      `IF(${hi}=${lo},${lo},IF(${p}<(${mo}-${lo})/(${hi}-${lo}),` +
      `${lo}+SQRT(${p}*(${hi}-${lo})*(${mo}-${lo})),${hi}-SQRT((1-${p})*(${hi}-${lo})*(${hi}-${mo}))))`;
    const rows: (number | string)[][] = [
      [
        investment.low,
        investment.likely,
        investment.high,
        savings.low,
        savings.likely,
        savings.high,
      ],
    ];
    table.forEach(([pI, pS], i) => {
      const r = i + 2;
      rows.push([
        pI as number,
        pS as number,
        `=${q(`A${r}`, "$A$1", "$B$1", "$C$1")}`,
        `=${q(`B${r}`, "$D$1", "$E$1", "$F$1")}`,
        `=D${r}-C${r}`,
      ]);
    });
    const last = n + 1;
    rows[0]!.push(
      `=COUNTIF(E2:E${last},">0")/${n}`,
      `=PERCENTILE(E2:E${last},0.1)`,
      `=PERCENTILE(E2:E${last},0.5)`,
      `=PERCENTILE(E2:E${last},0.9)`
    );
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
    const cell = (col: number) => hf.getCellValue({ sheet: 0, row: 0, col }) as number;
    const engine = valueOf(probabilityOfGain(investment, savings, n));
    expect(cell(6)).toBe(engine.probabilityPositive);
    expect(cell(7)).toBeCloseTo(engine.p10, 9);
    expect(cell(8)).toBeCloseTo(engine.p50, 9);
    expect(cell(9)).toBeCloseTo(engine.p90, 9);
    hf.destroy();
  });
});

describe("break-even share", () => {
  it("gives Hjørring's 49,5 % from 158 invested and 312,7 saved", () => {
    expect(valueOf(breakevenShare({ investment: [158], savings: [312.7] }))).toBeCloseTo(
      1 - 158 / 312.7,
      12
    );
    expect(
      Math.round(valueOf(breakevenShare({ investment: [158], savings: [312.7] })) * 1000)
    ).toBe(495);
  });

  it("discounts both sides when a rate is given (hand-computed)", () => {
    // 100 now, 121 saved two years on at 10 %: present value 100, so nothing may fall away.
    expect(
      valueOf(breakevenShare({ investment: [100, 0, 0], savings: [0, 0, 121] }, { rate: 0.1 }))
    ).toBeCloseTo(0, 12);
    // Nominal: 1 − 100/121.
    expect(valueOf(breakevenShare({ investment: [100, 0, 0], savings: [0, 0, 121] }))).toBeCloseTo(
      1 - 100 / 121,
      12
    );
  });

  it("is negative when the case does not pay, and #DIV/0!-kind without savings", () => {
    expect(valueOf(breakevenShare({ investment: [200], savings: [100] }))).toBeCloseTo(-1, 12);
    const none = breakevenShare({ investment: [10], savings: [0] });
    expect(none.ok ? null : none.failure).toMatchObject({
      kind: "divideByZero",
      reason: "noSavingsValue",
    });
    const negative = breakevenShare({ investment: [-5], savings: [10] });
    expect(negative.ok ? null : negative.failure.reason).toBe("negativeInvestment");
  });
});

describe("who gains: kommune and stat", () => {
  it("splits a person-year after 52 weeks 80/20 (118.329,60 kr. to the municipality)", () => {
    const split = valueOf(splitBenefitSaving({ monthlyRate: 12_326, weeksAlreadyOnBenefit: 52 }));
    expect(split.gross).toBeCloseTo(147_912, 6);
    expect(split.municipal).toBeCloseTo(118_329.6, 6);
    expect(split.state).toBeCloseTo(29_582.4, 6);
  });

  it("splits a new recipient's first year by every step of the staircase (hand-computed)", () => {
    // Weekly 12.326 × 12 / 52 = 2.844,46…; municipal 4×0,2 + 22×0,6 + 26×0,7 = 32,2 weeks' worth.
    const weekly = (12_326 * 12) / 52;
    const split = valueOf(
      splitBenefitSaving({ monthlyRate: 12_326, weeksAlreadyOnBenefit: 0, serviceCostPerYear: 9e9 })
    );
    expect(split.municipal).toBeCloseTo(weekly * (4 * 0.2 + 22 * 0.6 + 26 * 0.7), 6);
    expect(split.state).toBeCloseTo(weekly * (4 * 0.8 + 22 * 0.4 + 26 * 0.3), 6);
    expect(split.municipal + split.state).toBeCloseTo(split.gross, 6);
  });

  it("refuses what a spell refuses", () => {
    const r = splitBenefitSaving({ monthlyRate: -1, weeksAlreadyOnBenefit: 0 });
    expect(r.ok ? null : r.failure.kind).toBe("impossible");
  });
});
