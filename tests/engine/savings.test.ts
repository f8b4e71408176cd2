import { savingsNetOfDeadweight } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("savings: savingsNetOfDeadweight", () => {
  const cost = 118329.6; // 2024 net cost of a person-year, 30+ without children, after 52 weeks

  test("flat baseline: person-years avoided × net cost", () => {
    // 100 + 120 + 140 person-months avoided = 30 person-years.
    const r = valueOf(savingsNetOfDeadweight({ actual: [900, 880, 860], baseline: 1000, netCostPerPersonYear: cost }));
    expect(r.counterfactual).toEqual([1000, 1000, 1000]);
    expect(r.personYearsAvoided).toBeCloseTo(30, 12);
    expect(r.savings).toBeCloseTo(30 * cost, 6);
  });

  test("Aabenraa-sized: 1008 kept at 563 for a year saves 445 person-years", () => {
    const r = valueOf(savingsNetOfDeadweight({ actual: Array<number>(12).fill(563), baseline: 1008, netCostPerPersonYear: cost }));
    expect(r.personYearsAvoided).toBeCloseTo(445, 10);
    expect(r.savings).toBeCloseTo(445 * cost, 4);
  });

  test("baseline series: compared period by period", () => {
    const r = valueOf(savingsNetOfDeadweight({ actual: [90, 90], baseline: [100, 120], periodsPerYear: 1, netCostPerPersonYear: 1000 }));
    expect(r.counterfactual).toEqual([100, 120]);
    expect(r.personYearsAvoided).toBe(40);
    expect(r.savings).toBe(40000);
  });

  test("comparison trend: a national index falling 10 % makes the counterfactual fall 10 %", () => {
    const r = valueOf(
      savingsNetOfDeadweight({
        actual: [1000, 940, 880],
        baseline: 1000,
        comparison: [100, 95, 90],
        netCostPerPersonYear: cost,
      }),
    );
    expect(r.counterfactual[0]).toBe(1000);
    expect(r.counterfactual[1]).toBeCloseTo(950, 10);
    expect(r.counterfactual[2]).toBeCloseTo(900, 10);
    // Only the fall beyond the national trend is credited: 0 + 10 + 20 person-months.
    expect(r.personYearsAvoided).toBeCloseTo(30 / 12, 12);
    expect(r.savings).toBeCloseTo((30 / 12) * cost, 6);
  });

  test("a caseload falling exactly with the national trend saves nothing", () => {
    const r = valueOf(
      savingsNetOfDeadweight({ actual: [500, 450, 400], baseline: 500, comparison: [2000, 1800, 1600], netCostPerPersonYear: cost }),
    );
    expect(r.personYearsAvoided).toBeCloseTo(0, 10);
    expect(r.savings).toBeCloseTo(0, 4);
  });

  test("the comparison also moves a baseline series", () => {
    const r = valueOf(
      savingsNetOfDeadweight({ actual: [100, 100], baseline: [100, 200], comparison: [10, 5], periodsPerYear: 1, netCostPerPersonYear: 1 }),
    );
    expect(r.counterfactual).toEqual([100, 100]);
    expect(r.personYearsAvoided).toBe(0);
  });

  test("blank actuals are skipped, not counted as zero", () => {
    const r = valueOf(savingsNetOfDeadweight({ actual: [900, null, 800], baseline: 1000, periodsPerYear: 1, netCostPerPersonYear: 1 }));
    expect(r.personYearsAvoided).toBe(300);
    expect(r.counterfactual).toEqual([1000, 1000, 1000]);
  });

  test("deadweight share: only (1 − share) of the avoided person-years are credited", () => {
    const input = { actual: [900, 880, 860], baseline: 1000, netCostPerPersonYear: cost };
    const full = valueOf(savingsNetOfDeadweight(input));
    const net = valueOf(savingsNetOfDeadweight({ ...input, deadweightShare: 0.25 }));
    expect(net.personYearsAvoided).toBeCloseTo(22.5, 12);
    expect(net.savings).toBeCloseTo(full.savings * 0.75, 6);
    expect(valueOf(savingsNetOfDeadweight({ ...input, deadweightShare: 1 })).savings).toBe(0);
  });

  test("deadweight comes on top of the comparison trend", () => {
    const r = valueOf(
      savingsNetOfDeadweight({
        actual: [1000, 940, 880],
        baseline: 1000,
        comparison: [100, 95, 90],
        deadweightShare: 0.5,
        netCostPerPersonYear: 12,
      }),
    );
    expect(r.personYearsAvoided).toBeCloseTo(1.25, 12);
    expect(r.savings).toBeCloseTo(15, 10);
  });

  test("more people than the counterfactual gives negative savings, reported as they are", () => {
    const r = valueOf(savingsNetOfDeadweight({ actual: [1100], baseline: 1000, periodsPerYear: 1, netCostPerPersonYear: 10 }));
    expect(r.personYearsAvoided).toBe(-100);
    expect(r.savings).toBe(-1000);
  });

  test("invalid inputs fail with the right kind and reason", () => {
    const base = { actual: [1, 2], baseline: 5, netCostPerPersonYear: 10 };
    expect(failureOf(savingsNetOfDeadweight({ ...base, actual: [] }))).toEqual({ kind: "invalid", reason: "emptySeries", detail: { name: "actual" } });
    expect(failureOf(savingsNetOfDeadweight({ ...base, baseline: [1, 2, 3] }))).toEqual({
      kind: "invalid",
      reason: "lengthMismatch",
      detail: { first: 2, second: 3 },
    });
    expect(failureOf(savingsNetOfDeadweight({ ...base, comparison: [1] })).reason).toBe("lengthMismatch");
    expect(failureOf(savingsNetOfDeadweight({ ...base, periodsPerYear: 0 })).reason).toBe("periodsPerYearNotPositive");
    expect(failureOf(savingsNetOfDeadweight({ ...base, netCostPerPersonYear: -1 })).reason).toBe("negativeAmount");
    expect(failureOf(savingsNetOfDeadweight({ ...base, netCostPerPersonYear: Number.NaN })).kind).toBe("invalid");
    expect(failureOf(savingsNetOfDeadweight({ ...base, deadweightShare: 1.5 })).reason).toBe("rateOutside0to1");
    expect(failureOf(savingsNetOfDeadweight({ ...base, deadweightShare: -0.1 })).reason).toBe("rateOutside0to1");
    expect(failureOf(savingsNetOfDeadweight({ ...base, comparison: [0, 1] }))).toEqual({
      kind: "impossible",
      reason: "comparisonReferenceNotPositive",
    });
    expect(failureOf(savingsNetOfDeadweight({ ...base, comparison: [1, -1] })).detail).toEqual({ name: "comparison", value: -1, row: 2 });
    expect(failureOf(savingsNetOfDeadweight({ ...base, actual: [1, -2] })).detail).toEqual({ name: "actual", value: -2, row: 2 });
    expect(failureOf(savingsNetOfDeadweight({ ...base, baseline: [1, -2] })).detail).toEqual({ name: "baseline", value: -2, row: 2 });
  });
});
