/**
 * The conventions of docs/conventions.md ("Regnekonventioner" of issue 10), each against an
 * independent, hand-computed figure, in the engine and in the custom functions that wrap it.
 */
import {
  BREAK_EVEN_TOLERANCE,
  MAX_KRONER,
  MAX_PEOPLE,
  MAX_WEEKS_ON_BENEFIT,
  breakEvenTolerance,
  cumulative,
  netCostOfSpell,
  netGain,
  netPresentValue,
  parseNumberText,
  payback,
  projectCaseload,
  returnOnInvestment,
  savingsNetOfDeadweight,
} from "../../src/engine";
import * as f from "../../src/functions/implementations";
import { setLanguage } from "../../src/i18n";
import { ASSUMPTIONS, parseAssumption } from "../../src/assumptions/catalogue";
import { failureOf, valueOf } from "./helpers";

const row = (...xs: unknown[]) => [xs] as never;

beforeEach(() => setLanguage("da"));

describe("break-even within a relative tolerance", () => {
  // −18,1 − 8,6 + 4 + 22,7 = 0 in decimals (by hand: −26,7 + 26,7), but −3.6e-15 in binary.
  const flows = [-18.1, -8.6, 4, 22.7];

  test("the binary sum is not exactly 0 (why a tolerance is needed)", () => {
    expect(cumulative(flows)[3]).not.toBe(0);
    expect(Math.abs(cumulative(flows)[3] as number)).toBeLessThan(1e-12);
  });

  test("the tolerance is 1e-9 × Σ|flow| (here 1e-9 × 53,4)", () => {
    expect(BREAK_EVEN_TOLERANCE).toBe(1e-9);
    expect(breakEvenTolerance(flows)).toBeCloseTo(53.4e-9, 20);
  });

  test("the engine pays back at 4 (the end of the fourth year), not 'never'", () => {
    expect(valueOf(payback(flows))).toBe(4);
  });

  test("KIK.TILBAGEBETALINGSTID pays back at 4 too", () => {
    expect(f.paybackFn(row(...flows))).toBe(4);
  });

  test("the net gain is 0 (shown 0,0), not −0,0", () => {
    const gain = valueOf(netGain({ investment: [18.1, 8.6, 0, 0], savings: [0, 0, 4, 22.7] }));
    expect(Object.is(gain, 0)).toBe(true);
    const fn = f.netGainFn(row(18.1, 8.6, 0, 0), row(0, 0, 4, 22.7));
    expect(Object.is(fn, 0)).toBe(true);
  });

  test("a real shortfall far above the tolerance is still not paid back", () => {
    expect(failureOf(payback([-18.1, -8.6, 4, 22.6])).reason).toBe("noPaybackWithinHorizon");
  });
});

describe("savings are credited from the strategy's start", () => {
  // Baseline 1000; the caseload falls 50 a month from before the start. By hand: from the
  // third month on, (1000 − 900) + (1000 − 850) = 250 person-months = 250/12 person-years.
  const actual = [1000, 950, 900, 850];

  test("months before the start are not credited", () => {
    const r = valueOf(
      savingsNetOfDeadweight({ actual, baseline: 1000, netCostPerPersonYear: 120000, from: 2 })
    );
    expect(r.personYearsAvoided).toBeCloseTo(250 / 12, 12);
    expect(r.savings).toBeCloseTo((250 / 12) * 120000, 6);
  });

  test("the comparison's reference is still the first month", () => {
    // The national index falls 10 % by the fourth month: counterfactual 900 there, so only
    // (1000·0,95 − 900) + (900 − 850) = 100 person-months from the third month.
    const r = valueOf(
      savingsNetOfDeadweight({
        actual,
        baseline: 1000,
        comparison: [100, 100, 95, 90],
        netCostPerPersonYear: 12,
        from: 2,
      })
    );
    expect(r.personYearsAvoided).toBeCloseTo(100 / 12, 12);
  });

  test("a start that is not a whole month index is impossible", () => {
    expect(
      failureOf(
        savingsNetOfDeadweight({ actual, baseline: 1000, netCostPerPersonYear: 1, from: 1.5 })
      ).kind
    ).toBe("impossible");
  });
});

describe("absurd inputs are #NUM!, never a plausible number", () => {
  test("weeks already on benefit of 1e20 is impossible (it used to cost 0)", () => {
    const r = netCostOfSpell({ monthlyRate: 12326, weeksAlreadyOnBenefit: 1e20 });
    expect(failureOf(r).reason).toBe("aboveMaximum");
    expect(f.netCostFn(12326, 1e20)).toEqual(expect.objectContaining({ code: "#NUM!" }));
  });

  test("the bounds are the assumptions catalogue's", () => {
    const weeks = ASSUMPTIONS.find((a) => a.key === "weeksOnBenefit");
    expect(weeks?.bounds?.max).toBe(MAX_WEEKS_ON_BENEFIT);
    const rate = ASSUMPTIONS.find((a) => a.key === "monthlyBenefitRate");
    expect(rate?.bounds?.max).toBe(MAX_KRONER);
    const baseline = ASSUMPTIONS.find((a) => a.key === "baseline");
    expect(baseline?.bounds?.max).toBe(MAX_PEOPLE);
    expect(parseAssumption(weeks!, 1e20)).toEqual(
      expect.objectContaining({ ok: false, problem: expect.objectContaining({ code: "range" }) })
    );
    expect(parseAssumption(weeks!, MAX_WEEKS_ON_BENEFIT)).toEqual(
      expect.objectContaining({ ok: true, value: MAX_WEEKS_ON_BENEFIT })
    );
  });

  test("overflow is impossible, never ±Infinity or NaN", () => {
    expect(failureOf(netPresentValue(0, [1e308, 1e308])).reason).toBe("overflow");
    expect(f.npv(0.01, row(1e308, 1e308))).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect(failureOf(netGain({ investment: [1e308], savings: [-1e308, -1e308] })).kind).toBe(
      "impossible"
    );
    expect(failureOf(returnOnInvestment({ investment: [1e-300], savings: [1e300] })).reason).toBe(
      "overflow"
    );
    expect(failureOf(payback([-1e308, -1e308, 1])).reason).toBe("overflow");
    expect(
      failureOf(
        projectCaseload({ start: 1e308, monthlyInflow: 1e308, monthlyExitRate: 0, months: 3 })
      ).reason
    ).toBe("overflow");
    expect(
      failureOf(
        savingsNetOfDeadweight({ actual: [0], baseline: 1e308, netCostPerPersonYear: MAX_KRONER })
      ).reason
    ).toBe("overflow");
  });
});

describe("'1.008' is read in the workbook's notation, or refused", () => {
  test("Danish notation reads 1008, English 1,008, unknown refuses with both readings", () => {
    expect(parseNumberText("1.008", "da")).toEqual({ kind: "number", value: 1008 });
    expect(parseNumberText("1.008", "en")).toEqual({ kind: "number", value: 1.008 });
    expect(parseNumberText("1.008")).toEqual({ kind: "ambiguous", da: 1008, en: 1.008 });
  });

  test("the functions read text in the user's language", () => {
    expect(f.netCostFn("12.326", 52)).toBeCloseTo(12326 * 12 * 0.8, 6);
    setLanguage("en");
    expect(f.netCostFn("12.326", 52)).toBeCloseTo(12.326 * 12 * 0.8, 9);
  });
});

describe("KIK.NUTIDSVÆRDI: a blank year inside the flows counts as 0 and keeps its place", () => {
  // By hand (docs/functions.md): −100 + 0/1,1 + 121/1,1² = 0 (primo); ultimo −100/1,1 + 0 +
  // 121/1,1³ = −0,9091 + … = 0 too. Excel's NPV, skipping the blank, would give 9,09.
  test.each([null, ""])("blank %j", (blank) => {
    expect(f.npv(0.1, row(-100, blank, 121))).toBeCloseTo(0, 12);
    expect(f.npv(0.1, row(-100, blank, 121), 1)).toBeCloseTo(0, 12);
    expect(f.npv(0.1, row(-100, 121), 1)).toBeCloseTo(-100 / 1.1 + 121 / 1.21, 12);
  });
});
