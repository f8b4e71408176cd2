/** The assumptions step's logic without React: typed numbers, overrides and their round trip. */
import { readCaseInput } from "../../src/input/read-case";
import {
  changesFromOverrides,
  formDefaults,
  formErrors,
  formOverrides,
  formValues,
  NO_CHANGES,
} from "../../src/taskpane/assumption-form";
import { groupProblems, isUsable } from "../../src/taskpane/input-problems";
import { readTyped, typedText } from "../../src/taskpane/numbers";
import { fakeView } from "../input/fake-view";
import { aabenraaWorkbook } from "./fake-host";

const read = readCaseInput(fakeView(aabenraaWorkbook()), {}, "da");

describe("typed numbers", () => {
  test.each([
    ["3,5", 3.5],
    ["3.5", 3.5],
    ["3,5 %", 3.5],
    ["10.968", 10968],
    ["105.292,80", 105292.8],
    ["118.330 kr.", 118330],
    [" 52 ", 52],
  ])("%s is %d", (text, value) => {
    expect(readTyped(text)).toEqual({ kind: "number", value });
  });
  test("words and blanks", () => {
    expect(readTyped("abc").kind).toBe("text");
    expect(readTyped("  ").kind).toBe("blank");
  });
  test("written back so they read the same", () => {
    for (const v of [10968, 105292.8, 3.5, 1008]) {
      expect(readTyped(typedText(v, "da"))).toEqual({ kind: "number", value: v });
      expect(readTyped(typedText(v, "en"))).toEqual({ kind: "number", value: v });
    }
  });
});

describe("assumption form", () => {
  const defaults = formDefaults(read.input, "da");

  test("untouched, nothing is overridden and nothing is wrong", () => {
    expect(formOverrides(defaults, NO_CHANGES, "da")).toEqual({});
    expect(formErrors(formValues(defaults, NO_CHANGES), "da")).toEqual({});
  });

  test("saved overrides come back as the same overrides", () => {
    const overrides = {
      discountRate: 0.0425,
      monthlyBenefitRate: 11143,
      weeksOnBenefit: 30,
      serviceCostPerYear: 12000,
      baseline: 1437,
      target: 700,
      targetDate: "2017-12",
      horizonYears: 6,
      fleksjobIsSelfSupporting: true,
    };
    expect(formOverrides(defaults, changesFromOverrides(overrides, "da"), "da")).toEqual(overrides);
    expect(formOverrides(defaults, changesFromOverrides(overrides, "en"), "en")).toEqual(overrides);
    const direct = { netCostPerPersonYear: 118329.6 };
    expect(formOverrides(defaults, changesFromOverrides(direct, "da"), "da")).toEqual(direct);
  });

  test("the input's own net cost is outranked when the user computes one", () => {
    const withNetCost = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["Navn", "Værdi"],
            ["Nettoudgift pr. helårsperson", 100000],
          ],
        },
      }),
      {},
      "da"
    );
    const d = formDefaults(withNetCost.input, "da");
    expect(d.mode).toBe("direct");
    expect(d.text.netCostPerPersonYear).toBe("100.000");
    const o = formOverrides(d, { text: {}, mode: "computed" }, "da");
    expect(o.netCostPerPersonYear).toBeUndefined(); // no rate: no first year, no default
    const o2 = formOverrides(d, { text: { monthlyBenefitRate: "10.968" }, mode: "computed" }, "da");
    expect(o2).toEqual({
      monthlyBenefitRate: 10968,
      weeksOnBenefit: 52,
      serviceCostPerYear: 0,
      netCostPerPersonYear: 105292.8,
    });
  });
});

describe("problems under their fields", () => {
  test("a problem without a cell goes to the table its message names", () => {
    const bad = readCaseInput(
      fakeView(aabenraaWorkbook()),
      { budget: "Nope!A1:B2", outcomes: "NoSuchTable" },
      "da"
    );
    const g = groupProblems(bad, { budget: "Nope!A1:B2", outcomes: "NoSuchTable" }, "da");
    expect(g.tables.budget.errors).toEqual([expect.stringMatching(/arket »Nope« findes ikke/)]);
    expect(g.tables.outcomes.errors).toEqual([expect.stringMatching(/»NoSuchTable«/)]);
    expect(g.other.errors).toEqual([]);
    expect(g.errorCount).toBe(2);
    expect(isUsable(bad)).toBe(true); // the caseload was still found
  });
});
