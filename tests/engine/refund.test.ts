import { netCostOfSpell, refundRate, WEEKS_PER_YEAR } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("refund", () => {
  describe("refundRate: the staircase by cumulative week", () => {
    test.each<[number, number, number]>([
      [1, 0.8, 0.2],
      [4, 0.8, 0.2],
      [4.2, 0.4, 0.6], // a fractional week is the week it falls in: 4.2 is in week 5
      [5, 0.4, 0.6],
      [26, 0.4, 0.6],
      [27, 0.3, 0.7],
      [52, 0.3, 0.7],
      [53, 0.2, 0.8],
      [500, 0.2, 0.8],
      [0.5, 0.8, 0.2],
    ])("week %p: refund %p, co-financing %p", (week, refund, coFinancing) => {
      expect(valueOf(refundRate(week))).toBe(refund);
      expect(valueOf(refundRate(week, "refund"))).toBe(refund);
      expect(valueOf(refundRate(week, "coFinancing"))).toBe(coFinancing);
      expect(valueOf(refundRate(week, "refund")) + valueOf(refundRate(week, "coFinancing"))).toBe(1);
    });

    test("swept in quarter weeks from 0.25 to 600: refund never rises, co-financing never falls, and they add to 1", () => {
      let previous = { refund: 1, coFinancing: 0 };
      const problems: string[] = [];
      for (let week = 0.25; week <= 600; week += 0.25) {
        const refund = valueOf(refundRate(week));
        const coFinancing = valueOf(refundRate(week, "coFinancing"));
        if (refund > previous.refund || coFinancing < previous.coFinancing || refund + coFinancing !== 1) {
          problems.push(`week ${week}: refund ${refund}, co-financing ${coFinancing}`);
        }
        previous = { refund, coFinancing };
      }
      expect(problems).toEqual([]);
    });

    test("week 0 or below is impossible; a non-number is invalid", () => {
      expect(failureOf(refundRate(0))).toEqual({ kind: "impossible", reason: "weekBelowOne", detail: { value: 0 } });
      expect(failureOf(refundRate(-3)).kind).toBe("impossible");
      expect(failureOf(refundRate(Number.NaN))).toEqual({ kind: "invalid", reason: "notANumber", detail: { name: "week" } });
      expect(failureOf(refundRate(Number.POSITIVE_INFINITY)).kind).toBe("invalid");
    });
  });

  describe("netCostOfSpell", () => {
    const monthly2024 = 12326; // 2024, 30+, no children (DOMAIN.md)
    const weeklyGross = (monthly2024 * 12) / 52;

    test("52 weeks in a year", () => {
      expect(WEEKS_PER_YEAR).toBe(52);
    });

    test("2024, 30+ without children, after 52 weeks: 12,326 × 12 × 0.8 = 118,329.60 kr.", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 52, weeks: 52 }));
      expect(cost).toBeCloseTo(118329.6, 6);
      expect(cost).toBeCloseTo(monthly2024 * 12 * 0.8, 6);
    });

    test("the spell length defaults to one person-year (52 weeks)", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 52 }));
      expect(cost).toBeCloseTo(118329.6, 6);
    });

    test("a new recipient's first year: 4 weeks at 20 %, 22 at 60 %, 26 at 70 % of the weekly gross", () => {
      const byHand = 4 * weeklyGross * 0.2 + 22 * weeklyGross * 0.6 + 26 * weeklyGross * 0.7;
      expect(byHand).toBeCloseTo(91591.66, 2); // 147,912 / 52 × 32.2 weeks-equivalent
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 0 }));
      expect(cost).toBeCloseTo(byHand, 6);
    });

    test("the first weeks cost the municipality only 20 % of the gross", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 0, weeks: 4 }));
      expect(cost).toBeCloseTo(4 * weeklyGross * 0.2, 8);
    });

    test("a spell crossing the steps: weeks 20–30 are 6 weeks at 60 % and 4 at 70 %", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 20, weeks: 10 }));
      expect(cost).toBeCloseTo(weeklyGross * (6 * 0.6 + 4 * 0.7), 8);
    });

    test("fractional weeks are costed pro rata inside the week they fall in", () => {
      // [3.5, 4.5]: half of week 4 (20 %) and half of week 5 (60 %).
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 3.5, weeks: 1 }));
      expect(cost).toBeCloseTo(weeklyGross * (0.5 * 0.2 + 0.5 * 0.6), 8);
    });

    test("two years for a new recipient: the first year plus a year at 80 %", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 0, weeks: 104 }));
      expect(cost).toBeCloseTo(weeklyGross * (4 * 0.2 + 22 * 0.6 + 26 * 0.7 + 52 * 0.8), 6);
    });

    test("a long history far past the last step costs 80 % throughout", () => {
      const cost = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 400.25, weeks: 10.5 }));
      expect(cost).toBeCloseTo(weeklyGross * 10.5 * 0.8, 8);
    });

    test("the service's own cost per person-year is added pro rata", () => {
      const without = valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 52, weeks: 26 }));
      const withService = valueOf(
        netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 52, weeks: 26, serviceCostPerYear: 20000 }),
      );
      expect(withService - without).toBeCloseTo(10000, 8);
    });

    test("zero weeks cost nothing", () => {
      expect(valueOf(netCostOfSpell({ monthlyRate: monthly2024, weeksAlreadyOnBenefit: 10, weeks: 0, serviceCostPerYear: 5000 }))).toBe(0);
    });

    test("negative or non-numeric inputs fail", () => {
      const base = { monthlyRate: monthly2024, weeksAlreadyOnBenefit: 0 };
      expect(failureOf(netCostOfSpell({ ...base, monthlyRate: -1 })).reason).toBe("negativeAmount");
      expect(failureOf(netCostOfSpell({ ...base, weeksAlreadyOnBenefit: -1 })).reason).toBe("negativeCount");
      expect(failureOf(netCostOfSpell({ ...base, weeks: -1 })).reason).toBe("negativeCount");
      expect(failureOf(netCostOfSpell({ ...base, serviceCostPerYear: -1 })).reason).toBe("negativeAmount");
      expect(failureOf(netCostOfSpell({ ...base, weeks: Number.NaN })).kind).toBe("invalid");
      expect(failureOf(netCostOfSpell({ ...base, monthlyRate: Number.POSITIVE_INFINITY })).kind).toBe("invalid");
    });
  });
});
