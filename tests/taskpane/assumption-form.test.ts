/** The assumptions step's logic without React: typed numbers, overrides and their round trip. */
import { readCaseInput } from "../../src/input/read-case";
import {
  ASSUMPTIONS,
  assumptionSpec,
  exampleText,
  parseAssumption,
} from "../../src/assumptions/catalogue";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import {
  changesFromOverrides,
  formDefaults,
  formErrors,
  formOverrides,
  formValues,
  NO_CHANGES,
  type FormChanges,
} from "../../src/taskpane/assumption-form";
import { groupProblems, isUsable } from "../../src/taskpane/input-problems";
import { typedText } from "../../src/taskpane/numbers";
import { fakeView } from "../input/fake-view";
import { aabenraaWorkbook } from "./fake-host";
import { assumedOf } from "./pane-read";

const read = readCaseInput(fakeView(aabenraaWorkbook()), {}, "da");

/** A field's text read as the wizard reads a number field (people, weeks, kroner). */
function readNumber(text: string) {
  const parsed = parseAssumption(assumptionSpec("baseline"), text);
  return parsed.ok
    ? { kind: "number", value: parsed.value }
    : { kind: parsed.problem.code === "blank" ? "blank" : "text" };
}

describe("typed numbers", () => {
  test.each([
    ["3,5", 3.5],
    ["3.5", 3.5],
    ["10.968", 10968],
    ["105.292,80", 105292.8],
    ["118.330 kr.", 118330],
    [" 52 ", 52],
  ])("%s is %d", (text, value) => {
    expect(readNumber(text)).toEqual({ kind: "number", value });
  });
  test("3,5 % in a percent field is 3,5 %", () => {
    expect(parseAssumption(assumptionSpec("discountRate"), "3,5 %")).toMatchObject({
      ok: true,
      value: 0.035,
    });
  });
  test("words and blanks", () => {
    expect(readNumber("abc").kind).toBe("text");
    expect(readNumber("  ").kind).toBe("blank");
  });
  test("written back so they read the same", () => {
    for (const v of [10968, 105292.8, 3.5, 1008]) {
      expect(readNumber(typedText(v, "da"))).toEqual({ kind: "number", value: v });
      expect(readNumber(typedText(v, "en"))).toEqual({ kind: "number", value: v });
    }
  });
});

describe("assumption form", () => {
  const defaults = formDefaults(read.input, assumedOf(read.input), "da");

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
    const d = formDefaults(withNetCost.input, assumedOf(withNetCost.input), "da");
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

describe("the wizard reads as the input sheet reads", () => {
  const defaults = formDefaults(read.input, assumedOf(read.input), "da");
  const overridesOf = (text: Record<string, string>, language: "da" | "en" = "da") =>
    formOverrides(defaults, { text }, language);

  test.each(["3,5 %", "3,5 pct.", "0,035", "3.5%", "3,5"])(
    "the percent field reads %j as 3,5 %",
    (text) => {
      const values = formValues(defaults, { text: { discountRate: text } });
      expect(formErrors(values, "da")).toEqual({});
      expect(overridesOf({ discountRate: text })).toEqual({ discountRate: 0.035 });
    }
  );

  test.each(["dec 2018", "december 2018", "2018-12", "Dec 2018"])(
    "the target date %j is accepted as December 2018",
    (text) => {
      expect(formErrors(formValues(defaults, { text: { targetDate: text } }), "da")).toEqual({});
      expect(overridesOf({ targetDate: text })).toEqual({ targetDate: "2018-12" });
    }
  );

  test("a target date that is no month names the field and shows the forms it takes", () => {
    expect(formErrors(formValues(defaults, { text: { targetDate: "snart" } }), "da")).toEqual({
      targetDate: "Måldato skal være en måned, fx 2018-12 eller dec 2018",
    });
  });

  test.each([
    ["j", true],
    ["y", true],
    ["J", true],
    ["ja", true],
    ["n", false],
    ["nej", false],
  ])("saved settings: fleksjob %j comes back as %p, as the input sheet reads it", (saved, yes) => {
    const changes = changesFromOverrides({ fleksjobIsSelfSupporting: saved }, "da");
    expect(changes.fleksjob).toBe(yes);
    expect(formOverrides(defaults, changes, "da")).toEqual({ fleksjobIsSelfSupporting: yes });
  });

  test("saved settings: a target date saved as 'dec 2018' comes back as 2018-12", () => {
    const changes = changesFromOverrides({ targetDate: "dec 2018" }, "da");
    expect(changes.text.targetDate).toBe("2018-12");
  });

  test("a small share is written back with its percent sign, so it reads the same", () => {
    for (const language of ["da", "en"] as const) {
      const changes = changesFromOverrides({ deadweightShare: 0.005 }, language);
      expect(formOverrides(defaults, changes, language)).toEqual({ deadweightShare: 0.005 });
    }
  });

  test("every assumption the report uses can be set in the wizard", () => {
    const withComparison = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["Måned", "Sagstal", "Sammenligning"],
            ["2015-06", 1008, 100],
            ["2016-06", 900, 95],
          ],
        },
      }),
      {},
      "da"
    );
    const d = formDefaults(withComparison.input, assumedOf(withComparison.input), "da");
    const set = new Set<string>();
    for (const spec of ASSUMPTIONS) {
      const example =
        spec.kind === "month"
          ? "2019-06"
          : spec.kind === "text"
            ? "Aabenraa Kommune"
            : spec.kind === "yesNo"
              ? null
              : exampleText(spec, "da");
      const changes: FormChanges =
        spec.key === "fleksjobIsSelfSupporting"
          ? { text: {}, fleksjob: true }
          : spec.key === "comparisonTrend"
            ? { text: {}, comparison: false }
            : {
                text: { [spec.key]: example ?? "" },
                ...(spec.key === "netCostPerPersonYear" ? { mode: "direct" as const } : {}),
              };
      for (const key of Object.keys(formOverrides(d, changes, "da"))) set.add(key);
      expect({ key: spec.key, set: set.has(spec.key) }).toEqual({ key: spec.key, set: true });
    }
  });
});

describe("dødvægt from the wizard reaches the report", () => {
  const defaults = formDefaults(read.input, assumedOf(read.input), "da");
  const report = (changes: FormChanges) =>
    buildReport(read.input, {
      language: "da",
      sheetNames: resolveSheetNames([], "da"),
      inputRanges: read.ranges,
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      version: "test",
      overrides: formOverrides(defaults, changes, "da"),
    });
  const remark = /Antagelsen »Dødvægt« mangler i inputtet/;

  test("untouched, the report says it used KIK's 0 %", () => {
    expect(defaults.text.deadweightShare).toBe("0");
    expect(report(NO_CHANGES).notes.join("\n")).toMatch(remark);
  });

  test.each([
    ["0", 0, "0,0 %"],
    ["0 %", 0, "0,0 %"],
    ["10", 0.1, "10,0 %"],
    ["10 %", 0.1, "10,0 %"],
  ])("set to %j: the remark goes and the savings use %p", (text, share, shown) => {
    const plan = report({ text: { deadweightShare: text } });
    expect(plan.notes.join("\n")).not.toMatch(remark);
    const savings = plan.keyFigures.find((k) => k.id === "savings");
    expect(savings?.explanation).toContain(`dødvægt ${shown}`);
    const sheet = plan.sheets.find((s) => s.kind === "assumptions");
    const row = sheet?.cells.find((c) => c.column === 1 && c.value === "Dødvægt")?.row;
    expect(sheet?.cells.find((c) => c.row === row && c.column === 2)?.value).toBe(share);
  });
});
