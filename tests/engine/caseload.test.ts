import { caseloadReduction, impliedExitRate, impliedInflow, projectCaseload, targetProgress } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("caseload", () => {
  describe("Aabenraa: 1008 (June 2015) → 563 (31 July 2017) = 387 of the original group + 176 newcomers", () => {
    test("reduction (1008 − 563)/1008 = 44.1 %", () => {
      const r = valueOf(caseloadReduction(1008, 563));
      expect(r).toBeCloseTo(445 / 1008, 15);
      expect(Math.round(r * 1000) / 10).toBe(44.1);
    });

    test("progress towards the target 500: (1008 − 563)/(1008 − 500) = 87.6 %", () => {
      const p = valueOf(targetProgress(1008, 563, 500));
      expect(p).toBeCloseTo(445 / 508, 15);
      expect(Math.round(p * 1000) / 10).toBe(87.6);
    });

    test("target progress: 1 at the target, above 1 beyond it, negative when moving away", () => {
      expect(valueOf(targetProgress(1008, 500, 500))).toBe(1);
      expect(valueOf(targetProgress(1008, 400, 500))).toBeGreaterThan(1);
      expect(valueOf(targetProgress(1008, 1100, 500))).toBeLessThan(0);
    });

    test("implied monthly exit rate of the original group, 1008 → 387 over 25 months ≈ 3.76 %", () => {
      const e = valueOf(impliedExitRate(1008, 387, 25));
      expect(e).toBeCloseTo(1 - Math.pow(387 / 1008, 1 / 25), 15);
      expect(e).toBeCloseTo(0.0376, 4);
    });

    test("a projection with that rate reproduces 387 of the original group at month 25", () => {
      const e = valueOf(impliedExitRate(1008, 387, 25));
      const months = valueOf(projectCaseload({ start: 1008, monthlyInflow: 0, monthlyExitRate: e, months: 25 }));
      expect(months).toHaveLength(26);
      expect(months[25]?.month).toBe(25);
      expect(months[25]?.original).toBeCloseTo(387, 9);
      expect(months[25]?.newcomers).toBe(0);
    });

    test("the inflow implied by 176 newcomers is reproduced by the projection: 387 + 176 = 563 at month 25", () => {
      const e = valueOf(impliedExitRate(1008, 387, 25));
      const inflow = valueOf(impliedInflow(176, e, 25));
      expect(inflow).toBeCloseTo((176 * e) / (1 - Math.pow(1 - e, 25)), 12);
      const last = valueOf(projectCaseload({ start: 1008, monthlyInflow: inflow, monthlyExitRate: e, months: 25 }))[25];
      expect(last?.original).toBeCloseTo(387, 9);
      expect(last?.newcomers).toBeCloseTo(176, 9);
      expect(last?.total).toBeCloseTo(563, 9);
    });
  });

  describe("projectCaseload", () => {
    test("month 0 is the starting point; newcomers arrive at the end of a month and exit from the next", () => {
      const m = valueOf(projectCaseload({ start: 100, monthlyInflow: 10, monthlyExitRate: 0.5, months: 2 }));
      expect(m).toEqual([
        { month: 0, original: 100, newcomers: 0, total: 100 },
        { month: 1, original: 50, newcomers: 10, total: 60 },
        { month: 2, original: 25, newcomers: 15, total: 40 },
      ]);
    });

    test("no exits: the original group stays and newcomers pile up", () => {
      const m = valueOf(projectCaseload({ start: 7, monthlyInflow: 3, monthlyExitRate: 0, months: 4 }));
      expect(m[4]).toEqual({ month: 4, original: 7, newcomers: 12, total: 19 });
    });

    test("invalid inputs fail with the right kind", () => {
      const base = { start: 100, monthlyInflow: 1, monthlyExitRate: 0.1, months: 12 };
      expect(failureOf(projectCaseload({ ...base, start: -1 }))).toEqual({
        kind: "impossible",
        reason: "negativeCount",
        detail: { name: "start", value: -1 },
      });
      expect(failureOf(projectCaseload({ ...base, monthlyInflow: Number.NaN })).kind).toBe("invalid");
      expect(failureOf(projectCaseload({ ...base, monthlyExitRate: Number.NaN })).kind).toBe("invalid");
      expect(failureOf(projectCaseload({ ...base, monthlyExitRate: 1.1 })).reason).toBe("rateOutside0to1");
      expect(failureOf(projectCaseload({ ...base, monthlyExitRate: -0.1 })).reason).toBe("rateOutside0to1");
      for (const months of [0, 1.5, 1201]) {
        expect(failureOf(projectCaseload({ ...base, months })).reason).toBe("monthsOutOfRange");
      }
      expect(valueOf(projectCaseload({ ...base, months: 1200 }))).toHaveLength(1201);
    });
  });

  describe("failures", () => {
    test("reduction: zero baseline divides by zero; negative or non-numeric counts fail", () => {
      expect(failureOf(caseloadReduction(0, 0))).toEqual({ kind: "divideByZero", reason: "zeroBaseline" });
      expect(failureOf(caseloadReduction(10, -1))).toEqual({
        kind: "impossible",
        reason: "negativeCount",
        detail: { name: "current", value: -1 },
      });
      expect(failureOf(caseloadReduction(Number.NaN, 1))).toEqual({ kind: "invalid", reason: "notANumber", detail: { name: "baseline" } });
    });

    test("target progress: target equal to baseline divides by zero", () => {
      expect(failureOf(targetProgress(1008, 563, 1008))).toEqual({ kind: "divideByZero", reason: "targetEqualsBaseline" });
      expect(failureOf(targetProgress(1008, 563, -5)).reason).toBe("negativeCount");
    });

    test("implied exit rate: remaining above start, zero start and zero months fail", () => {
      expect(failureOf(impliedExitRate(100, 120, 12))).toEqual({
        kind: "impossible",
        reason: "remainingAboveStart",
        detail: { start: 100, remaining: 120 },
      });
      expect(failureOf(impliedExitRate(0, 0, 12)).kind).toBe("divideByZero");
      expect(failureOf(impliedExitRate(100, 50, 0)).reason).toBe("monthsOutOfRange");
      expect(failureOf(impliedExitRate(100, 50, Number.NaN)).reason).toBe("monthsOutOfRange");
      expect(valueOf(impliedExitRate(100, 100, 12))).toBe(0);
      expect(valueOf(impliedExitRate(100, 0, 12))).toBe(1);
    });

    test("implied inflow: no exits spreads the newcomers evenly; bad rate or months fail", () => {
      expect(valueOf(impliedInflow(176, 0, 25))).toBe(176 / 25);
      expect(failureOf(impliedInflow(176, 1.5, 25)).reason).toBe("rateOutside0to1");
      expect(failureOf(impliedInflow(176, Number.NaN, 25))).toEqual({ kind: "invalid", reason: "notANumber", detail: { name: "exitRate" } });
      expect(failureOf(impliedInflow(176, 0.03, 0)).reason).toBe("monthsOutOfRange");
      expect(failureOf(impliedInflow(176, 0.03, 2.5)).reason).toBe("monthsOutOfRange");
      expect(failureOf(impliedInflow(-1, 0.03, 25)).reason).toBe("negativeCount");
    });
  });
});
