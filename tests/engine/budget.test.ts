import { budgetVariance } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("budget: budgetVariance (Forskel = Faktisk − Budgetteret)", () => {
  // Aabenraa KIK budget follow-up, mio. kr., 2016–2019 (DOMAIN.md).
  const budgeted = [-18.1, -8.6, 4, 22];
  const actual = [6.1, 25.3, 11.4, null];

  test("Aabenraa: 24.2 / 33.9 / 7.4, 2019 blank, total 65.5 over 3 known years", () => {
    const v = valueOf(budgetVariance(budgeted, actual));
    expect(v.byPeriod).toHaveLength(4);
    expect(v.byPeriod[0]).toBeCloseTo(24.2, 10);
    expect(v.byPeriod[1]).toBeCloseTo(33.9, 10);
    expect(v.byPeriod[2]).toBeCloseTo(7.4, 10);
    expect(v.total).toBeCloseTo(65.5, 10);
    expect(v.knownPeriods).toBe(3);
  });

  test("a blank actual gives a blank variance: null, never 0", () => {
    const v = valueOf(budgetVariance(budgeted, actual));
    expect(v.byPeriod[3]).toBeNull();
    expect(v.byPeriod[3]).not.toBe(0);
  });

  test("a blank budget also gives a blank variance", () => {
    const v = valueOf(budgetVariance([null, 5], [3, 8]));
    expect(v.byPeriod).toEqual([null, 3]);
    expect(v.total).toBe(3);
    expect(v.knownPeriods).toBe(1);
  });

  test("an actual of 0 is known, not blank", () => {
    const v = valueOf(budgetVariance([4], [0]));
    expect(v.byPeriod).toEqual([-4]);
    expect(v.knownPeriods).toBe(1);
  });

  test("nothing known: all blank, total 0 over 0 periods", () => {
    const v = valueOf(budgetVariance([1, 2], [null, null]));
    expect(v.byPeriod).toEqual([null, null]);
    expect(v.total).toBe(0);
    expect(v.knownPeriods).toBe(0);
  });

  test("series of different lengths fail as invalid lengthMismatch", () => {
    expect(failureOf(budgetVariance([1, 2, 3], [1, 2]))).toEqual({
      kind: "invalid",
      reason: "lengthMismatch",
      detail: { first: 3, second: 2 },
    });
  });
});
