import {
  checkRate,
  cumulative,
  discountFactor,
  netGain,
  netPresentValue,
  payback,
  returnOnInvestment,
  sum,
} from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("flows", () => {
  describe("Aabenraa KIK budgeted flows -18.1, -8.6, 4, 22 (mio. kr., 2016–2019)", () => {
    const flows = [-18.1, -8.6, 4, 22];

    test("sum to -0.7", () => {
      expect(sum(flows)).toBeCloseTo(-0.7, 10);
    });

    test("cumulative ends at -0.7", () => {
      const c = cumulative(flows);
      expect(c).toHaveLength(4);
      expect(c[0]).toBeCloseTo(-18.1, 10);
      expect(c[1]).toBeCloseTo(-26.7, 10);
      expect(c[2]).toBeCloseTo(-22.7, 10);
      expect(c[3]).toBeCloseTo(-0.7, 10);
    });

    test("are not paid back within the 4-year horizon: notAvailable, not a number", () => {
      const f = failureOf(payback(flows));
      expect(f.kind).toBe("notAvailable");
      expect(f.reason).toBe("noPaybackWithinHorizon");
      expect(f.detail?.horizon).toBe(4);
      expect(f.detail?.finalCumulative).toBeCloseTo(-0.7, 10);
    });
  });

  describe("Aabenraa KIK2: 60.5 invested in year 1, about 20.5 saved a year from year 1", () => {
    test("net flows -40, 20.5, 20.5, … pay back after about 2.95 years", () => {
      const flows = [-60.5 + 20.5, 20.5, 20.5, 20.5, 20.5];
      expect(flows[0]).toBe(-40);
      const p = valueOf(payback(flows));
      expect(p).toBeCloseTo(2 + 19.5 / 20.5, 12);
      expect(p).toBeCloseTo(2.95, 2);
    });

    test("the same case as investment and savings: gain over 5 years 42, ROI 42/60.5", () => {
      const c = { investment: [60.5], savings: [20.5, 20.5, 20.5, 20.5, 20.5] };
      expect(valueOf(netGain(c))).toBeCloseTo(42, 10);
      expect(valueOf(returnOnInvestment(c))).toBeCloseTo(42 / 60.5, 12);
    });
  });

  describe("gain and ROI of public cases", () => {
    test("Hjørring 2015–2019: 312.7 − 158 = 154.7, ROI 154.7/158", () => {
      const c = { investment: [158], savings: [312.7] };
      expect(valueOf(netGain(c))).toBeCloseTo(154.7, 10);
      expect(valueOf(returnOnInvestment(c))).toBeCloseTo(154.7 / 158, 12);
    });

    test("four municipalities 2015–2021: 718 − 373 = 345, ROI 345/373", () => {
      const c = { investment: [373], savings: [718] };
      expect(valueOf(netGain(c))).toBe(345);
      expect(valueOf(returnOnInvestment(c))).toBeCloseTo(345 / 373, 12);
    });

    test("yearly amounts are summed; investment and savings may have different lengths", () => {
      const c = { investment: [10, 20, 30], savings: [0, 40, 50, 60] };
      expect(valueOf(netGain(c))).toBe(90);
      expect(valueOf(returnOnInvestment(c))).toBe(1.5);
    });

    test("a negative saving (a year that cost more) is allowed", () => {
      expect(valueOf(netGain({ investment: [10], savings: [-5, 3] }))).toBe(-12);
    });

    test("with a rate, gain and ROI are discounted (timing start: year 0 undiscounted)", () => {
      const c = { investment: [100], savings: [0, 110, 121] };
      expect(valueOf(netGain(c, { rate: 0.1 }))).toBeCloseTo(100, 10);
      expect(valueOf(returnOnInvestment(c, { rate: 0.1 }))).toBeCloseTo(1, 12);
      // timing end: everything one more year; investment 100/1.1, savings 100/1.1 + 100/1.1.
      expect(valueOf(netGain(c, { rate: 0.1, timing: "end" }))).toBeCloseTo(100 / 1.1, 10);
      expect(valueOf(returnOnInvestment(c, { rate: 0.1, timing: "end" }))).toBeCloseTo(1, 12);
    });

    test("zero investment: ROI fails divideByZero zeroInvestment (gain is still defined)", () => {
      const c = { investment: [0, 0], savings: [5] };
      expect(valueOf(netGain(c))).toBe(5);
      expect(failureOf(returnOnInvestment(c))).toEqual({ kind: "divideByZero", reason: "zeroInvestment" });
      expect(failureOf(returnOnInvestment({ investment: [], savings: [5] })).kind).toBe("divideByZero");
    });

    test("a negative investment is impossible and names its 1-based position", () => {
      const expected = { kind: "impossible", reason: "negativeInvestment", detail: { position: 2, value: -3 } };
      expect(failureOf(netGain({ investment: [5, -3], savings: [10] }))).toEqual(expected);
      expect(failureOf(returnOnInvestment({ investment: [5, -3], savings: [10] }))).toEqual(expected);
    });

    test("a rate at or below -100 % is impossible for gain and ROI", () => {
      const c = { investment: [5], savings: [10] };
      expect(failureOf(netGain(c, { rate: -1 })).reason).toBe("rateAtOrBelowMinus100");
      expect(failureOf(returnOnInvestment(c, { rate: -2 })).kind).toBe("impossible");
    });
  });

  describe("discounting", () => {
    test("checkRate: finite and above -100 %", () => {
      expect(checkRate(0.035)).toEqual({ ok: true, value: 0.035 });
      expect(checkRate(-0.99)).toEqual({ ok: true, value: -0.99 });
      expect(failureOf(checkRate(-1))).toEqual({ kind: "impossible", reason: "rateAtOrBelowMinus100", detail: { rate: -1 } });
      expect(failureOf(checkRate(Number.NaN))).toEqual({ kind: "invalid", reason: "rateNotNumber" });
      expect(failureOf(checkRate(Number.POSITIVE_INFINITY)).kind).toBe("invalid");
    });

    test("discountFactor: start discounts year t by (1+r)^t, end by (1+r)^(t+1); start is the default", () => {
      expect(discountFactor(0.1, 0)).toBe(1);
      expect(discountFactor(0.1, 0, "start")).toBe(1);
      expect(discountFactor(0.1, 2, "start")).toBeCloseTo(1 / 1.21, 15);
      expect(discountFactor(0.1, 0, "end")).toBeCloseTo(1 / 1.1, 15);
      expect(discountFactor(0.1, 2, "end")).toBeCloseTo(1 / 1.331, 15);
    });

    test("netPresentValue: default timing start leaves the base year undiscounted", () => {
      expect(valueOf(netPresentValue(0.1, [100, 110, 121]))).toBeCloseTo(300, 10);
      expect(valueOf(netPresentValue(0.1, [100, 110, 121], "start"))).toBeCloseTo(300, 10);
    });

    test("netPresentValue: timing end discounts the first year too, as Excel's NPV", () => {
      expect(valueOf(netPresentValue(0.1, [110, 121], "end"))).toBeCloseTo(200, 10);
    });

    test("netPresentValue at the Finansministeriet default 3.5 %", () => {
      const flows = [-18.1, -8.6, 4, 22];
      const expected = -18.1 - 8.6 / 1.035 + 4 / 1.035 ** 2 + 22 / 1.035 ** 3;
      expect(valueOf(netPresentValue(0.035, flows))).toBeCloseTo(expected, 12);
    });

    test("netPresentValue of no flows is 0; a rate ≤ -100 % fails", () => {
      expect(valueOf(netPresentValue(0.05, []))).toBe(0);
      expect(failureOf(netPresentValue(-1, [1])).kind).toBe("impossible");
      expect(failureOf(netPresentValue(Number.NaN, [1])).kind).toBe("invalid");
    });
  });

  describe("cumulative and payback", () => {
    test("cumulative of nothing is empty", () => {
      expect(cumulative([])).toEqual([]);
    });

    test("a case never negative pays back at 0", () => {
      expect(valueOf(payback([0, 5, 3]))).toBe(0);
      expect(valueOf(payback([]))).toBe(0);
    });

    test("a cumulative reaching exactly 0 at the end of year 2 pays back at 2", () => {
      expect(valueOf(payback([-10, 10]))).toBe(2);
    });

    test("payback is where the cumulative turns non-negative for good, interpolated in the next year", () => {
      // cumulative -10, 10, -10, 20: the last negative is year 3 (index 2); 10 of 30 into year 4.
      expect(valueOf(payback([-10, 20, -20, 30]))).toBeCloseTo(3 + 10 / 30, 12);
    });

    test("half-way through the second year", () => {
      expect(valueOf(payback([-10, 20]))).toBe(1.5);
    });

    test("discounted payback uses the discounted flows", () => {
      // At 10 %, start timing: -100, 54.5454…, 49.5867…; cumulative -100, -45.4545…, 4.132…
      const expected = 2 + (100 - 60 / 1.1) / (60 / 1.21);
      expect(valueOf(payback([-100, 60, 60], { rate: 0.1 }))).toBeCloseTo(expected, 12);
      // Undiscounted the same flows pay back in year 2.
      expect(valueOf(payback([-100, 60, 60]))).toBeCloseTo(1 + 100 / 60, 12);
    });

    test("discounting can push payback beyond the horizon", () => {
      const f = failureOf(payback([-100, 50, 52], { rate: 0.1 }));
      expect(f.reason).toBe("noPaybackWithinHorizon");
      expect(f.detail?.finalCumulative).toBeCloseTo(-100 + 50 / 1.1 + 52 / 1.21, 10);
      expect(valueOf(payback([-100, 50, 52]))).toBeCloseTo(2 + 50 / 52, 12);
    });

    test("payback with an impossible rate fails", () => {
      expect(failureOf(payback([-1, 2], { rate: -1 })).kind).toBe("impossible");
    });
  });
});
