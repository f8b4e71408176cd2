import { BENEFIT_RATES, benefitRate, netCostOfSpell, parseBenefitGroup } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("rates", () => {
  describe("benefitRate: default gross monthly rates (bm.dk satser, DOMAIN.md)", () => {
    test.each<[number, Parameters<typeof benefitRate>[1], number]>([
      [2014, "over30WithChildren", 14203],
      [2014, "over30WithoutChildren", 10689],
      [2016, "over30WithChildren", 14575],
      [2016, "over30WithoutChildren", 10968],
      [2017, "over30WithoutChildren", 11143],
      [2020, "over30WithChildren", 15355],
      [2023, "over30WithoutChildren", 11944],
      [2024, "over30WithChildren", 16382],
      [2024, "over30WithoutChildren", 12326],
      [2016, "under30AwayFromHome", 7069],
      [2024, "under30AtHome", 3834],
      [2016, "educationAwayFromHome", 6010],
      [2023, "educationAtHome", 2820],
      [2024, "disabilityPensionSingle", 20370],
      [2024, "disabilityPensionCouple", 17315],
    ])("%p %s: %p kr.", (year, group, rate) => {
      expect(valueOf(benefitRate(year, group))).toBe(rate);
    });

    test("the default group is 30+ without children", () => {
      expect(valueOf(benefitRate(2024))).toBe(12326);
    });

    test.each([2019, 2025, 2026, 2015, 2013])("%p has no default: notAvailable, naming the years that have one", (year) => {
      const f = failureOf(benefitRate(year));
      expect(f.kind).toBe("notAvailable");
      expect(f.reason).toBe("noDefaultRate");
      // The year may be passed on as a number or as text (so a message does not group it as "2.019").
      expect(String(f.detail?.year)).toBe(String(year));
      expect(f.detail?.group).toBe("over30WithoutChildren");
      expect(f.detail?.years).toBe("2014, 2016, 2017, 2020, 2021, 2022, 2023, 2024");
    });

    test("a year known for one group is not borrowed by another", () => {
      expect(failureOf(benefitRate(2017, "under30AtHome")).kind).toBe("notAvailable");
      expect(failureOf(benefitRate(2016, "disabilityPensionSingle")).kind).toBe("notAvailable");
    });

    test("a fractional year is invalid", () => {
      expect(failureOf(benefitRate(2024.5))).toEqual({ kind: "invalid", reason: "yearNotWhole", detail: { value: 2024.5 } });
    });

    test("the table is the rate used for the worked net-cost example", () => {
      const rate = BENEFIT_RATES.over30WithoutChildren[2024] as number;
      expect(valueOf(netCostOfSpell({ monthlyRate: rate, weeksAlreadyOnBenefit: 52 }))).toBeCloseTo(118329.6, 6);
    });
  });

  describe("parseBenefitGroup", () => {
    test.each<[string, string | null]>([
      ["30+ uden børn", "over30WithoutChildren"],
      ["  Over 30   med Børn ", "over30WithChildren"],
      ["30+ with children", "over30WithChildren"],
      ["Forsørger", "over30WithChildren"],
      ["ikke forsørger", "over30WithoutChildren"],
      ["Under 30 hjemmeboende", "under30AtHome"],
      ["u30 udeboende", "under30AwayFromHome"],
      ["Uddannelseshjælp", "educationAwayFromHome"],
      ["uddannelseshjælp hjemmeboende", "educationAtHome"],
      ["Førtidspension", "disabilityPensionSingle"],
      ["førtidspension par", "disabilityPensionCouple"],
      ["under30AtHome", "under30AtHome"],
      ["OVER30WITHCHILDREN", "over30WithChildren"],
      ["pensionist", null],
      ["", null],
    ])("%j → %p", (text, group) => {
      expect(parseBenefitGroup(text)).toBe(group);
    });
  });
});
