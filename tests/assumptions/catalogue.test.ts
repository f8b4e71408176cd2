/**
 * The assumptions catalogue: every assumption once, each kind read by the shared parsers, values
 * written back so they read the same, defaults whose words say the value, and the default
 * discount rate typed in one file only.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  ASSUMPTIONS,
  assumptionOfName,
  assumptionSpec,
  assumptionText,
  defaultValueOf,
  parseAssumption,
  WIZARD_ASSUMPTIONS,
} from "../../src/assumptions/catalogue";
import { YES_WORDS, NO_WORDS } from "../../src/engine/yes-no";
import { formatNumber, formatPercent, LANGUAGES } from "../../src/i18n";
import { reportMessage } from "../../src/i18n/report";
import type { AssumptionKey } from "../../src/input/model";

const value = (key: AssumptionKey, raw: Parameters<typeof parseAssumption>[1]) => {
  const parsed = parseAssumption(assumptionSpec(key), raw);
  return parsed.ok ? parsed.value : parsed.problem.code;
};

describe("the catalogue", () => {
  test("every key once; every name and synonym leads back to its own entry", () => {
    const keys = ASSUMPTIONS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(18);
    for (const a of ASSUMPTIONS)
      for (const name of [a.names.da, a.names.en, ...a.synonyms])
        expect({ name, key: assumptionOfName(name)?.key }).toEqual({ name, key: a.key });
  });

  test("every assumption the report uses can be set in the wizard", () => {
    expect(WIZARD_ASSUMPTIONS.map((a) => a.key).sort()).toEqual(
      ASSUMPTIONS.map((a) => a.key).sort()
    );
  });

  test("number kinds have bounds, yes/no, months and names none; shares lie in 0–100 %", () => {
    for (const a of ASSUMPTIONS) {
      if (a.kind === "yesNo" || a.kind === "month" || a.kind === "text")
        expect(a.bounds).toBeNull();
      else expect(a.bounds).not.toBeNull();
      if (a.kind === "rate" || a.kind === "share") expect(a.bounds).toEqual({ min: 0, max: 1 });
    }
  });

  test("each fixed default's words say its value, in both languages", () => {
    for (const a of ASSUMPTIONS) {
      const d = a.default;
      if (d.kind !== "value") continue;
      for (const language of LANGUAGES) {
        const shown =
          typeof d.value === "boolean"
            ? reportMessage(d.value ? "yes" : "no", {}, language)
            : a.kind === "rate" || a.kind === "share"
              ? formatPercent(d.value, language)
              : formatNumber(d.value, language);
        expect({ key: a.key, text: d.text[language] }).toEqual({
          key: a.key,
          text: expect.stringContaining(shown),
        });
      }
    }
    const horizon = assumptionSpec("horizonYears").default;
    expect(horizon.text.da).toContain(String(defaultValueOf("horizonYears")));
  });

  test("the default discount rate is typed in one file under src/ (comments included)", () => {
    const root = path.join(__dirname, "../../src");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/0\.035\b/.test(fs.readFileSync(p, "utf8")))
          found.push(path.relative(root, p).split(path.sep).join("/"));
      }
    };
    walk(root);
    expect(found).toEqual(["assumptions/catalogue.ts"]);
  });
});

describe("one reading per kind, for every face", () => {
  test.each(["3,5 %", "3,5 pct.", "0,035", "3.5%", "3,5", "3.5", 0.035, 3.5])(
    "a rate: %j is 3,5 %",
    (raw) => {
      expect(value("discountRate", raw)).toBe(0.035);
    }
  );

  test("a plain 1 is 100 %, unless the row's unit says per cent", () => {
    const spec = assumptionSpec("monthlyExitRate");
    expect(parseAssumption(spec, 1)).toMatchObject({ ok: true, value: 1 });
    expect(parseAssumption(spec, 1, { percentUnit: true })).toMatchObject({
      ok: true,
      value: 0.01,
      share: { as: "points", written: 1 },
    });
  });

  test("how a share was read is told: points, percent or fraction", () => {
    const spec = assumptionSpec("deadweightShare");
    expect(parseAssumption(spec, "50")).toMatchObject({ share: { as: "points", written: 50 } });
    expect(parseAssumption(spec, "50 %")).toMatchObject({ share: { as: "percent" } });
    expect(parseAssumption(spec, "0,5")).toMatchObject({ share: { as: "fraction" } });
  });

  test("shares out of range: as written when negative, as read when above 100 %", () => {
    expect(parseAssumption(assumptionSpec("deadweightShare"), "-5")).toEqual({
      ok: false,
      problem: { code: "range", value: -5, bounds: { min: 0, max: 1 } },
    });
    expect(parseAssumption(assumptionSpec("deadweightShare"), "150")).toMatchObject({
      ok: false,
      problem: { code: "range", value: 1.5 },
      share: { as: "points", written: 150 },
    });
  });

  test.each([...YES_WORDS, "J", " Y ", "SAND", true, 1])("yes/no: %j is yes", (raw) => {
    expect(value("fleksjobIsSelfSupporting", raw)).toBe(true);
  });

  test.each([...NO_WORDS, "N", false, 0])("yes/no: %j is no", (raw) => {
    expect(value("comparisonTrend", raw)).toBe(false);
  });

  test("yes/no: anything else is said to be neither", () => {
    expect(value("comparisonTrend", "måske")).toBe("notYesNo");
    expect(value("comparisonTrend", 2)).toBe("notYesNo");
  });

  test.each(["dec 2018", "december 2018", "2018-12", "Dec. 2018", "2018M12", { date: 43435 }])(
    "a month: %j is 2018-12",
    (raw) => {
      expect(value("targetDate", raw)).toBe("2018-12");
    }
  );

  test("numbers, money and whole numbers", () => {
    expect(value("netCostPerPersonYear", "118.330 kr.")).toBe(118330);
    expect(value("baseline", "1.008,5")).toBe(1008.5);
    expect(value("weeksOnBenefit", -3)).toBe("range");
    expect(value("horizonYears", "2,5")).toBe("notWhole");
    expect(value("horizonYears", 0)).toBe("range");
    expect(value("horizonYears", "4")).toBe(4);
    expect(value("baseline", "tusind")).toBe("notNumber");
    expect(value("baseline", true)).toBe("notNumber");
    expect(value("baseline", { error: "#N/A" })).toBe("errorCell");
    expect(value("baseline", " ")).toBe("blank");
  });
});

describe("values written back read the same", () => {
  test.each([
    ["discountRate", 0.035, "3,5", "3.5"],
    ["deadweightShare", 0.005, "0,5 %", "0.5%"],
    ["deadweightShare", 0.01, "1 %", "1%"],
    ["deadweightShare", 0, "0", "0"],
    ["selfSupportingGoal", 0.56, "56", "56"],
    ["monthlyBenefitRate", 10968, "10.968", "10968"],
    ["netCostPerPersonYear", 105292.8, "105.292,8", "105292.8"],
    ["horizonYears", 4, "4", "4"],
    ["targetDate", "2018-12", "2018-12", "2018-12"],
  ] as const)("%s %p is %j / %j", (key, v, da, en) => {
    const spec = assumptionSpec(key);
    expect([assumptionText(spec, v, "da"), assumptionText(spec, v, "en")]).toEqual([da, en]);
    for (const text of [da, en]) expect(parseAssumption(spec, text)).toMatchObject({ value: v });
  });
});
