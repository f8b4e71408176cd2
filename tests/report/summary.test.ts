/**
 * The report's summary (issue 11): the conclusion, the headline figures and the economy chart's
 * data that the task pane's preview shows are the same texts and values KIK Overblik shows at
 * the top, in the order a decision needs them.
 */
import { buildReport } from "../../src/report/build";
import type { ReportPlan, SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput } from "./aabenraa";

function plan(language: "da" | "en"): ReportPlan {
  return buildReport(aabenraaInput(), {
    language,
    sheetNames: resolveSheetNames([], language),
    inputRanges: {},
    generatedAt: new Date("2026-01-01T00:00:00Z"),
    version: "test",
  });
}

const overview = (p: ReportPlan) => p.sheets.find((s) => s.kind === "overview") as SheetPlan;

describe.each(["da", "en"] as const)("summary (%s)", (language) => {
  const p = plan(language);

  test("the conclusion's sentences are the cached texts of the sheet's live sentence formulas", () => {
    const sentences = overview(p)
      .cells.filter((c) => c.style === "conclusion" && c.formula !== undefined && c.row < 10)
      .sort((a, b) => a.row - b.row);
    expect(p.summary.conclusion.length).toBeGreaterThanOrEqual(2);
    expect(p.summary.conclusion.length).toBeLessThanOrEqual(3);
    expect(sentences.map((c) => c.value)).toEqual(p.summary.conclusion);
    // Numbers in sentences by FIXED (follows the reader's separators), never TEXT with a format code.
    for (const c of sentences) {
      expect(c.formula).toContain("FIXED(");
      expect(c.formula).not.toMatch(/\bTEXT\(/);
    }
  });

  test("the headline figures come in decision order, each shown on the sheet with its value", () => {
    expect(p.summary.headline.map((k) => k.id)).toEqual([
      "resultToDate",
      "expectedResult",
      "payback",
      "caseload",
      "selfSupporting",
      // The uncertainty line over KIK Følsomhed (issue 12).
      "chanceOfGain",
    ]);
    const sheet = overview(p);
    for (const k of p.summary.headline) {
      const name = sheet.cells.find((c) => c.column === 1 && c.value === k.label && c.row < 20);
      expect(name).toBeDefined();
      const value = sheet.cells.find((c) => c.row === name!.row && c.column === 2);
      expect(value?.formula).toBeDefined();
      if (k.value !== null) expect(value?.value).toBeCloseTo(k.value, 9);
    }
    // Everything stays in keyFigures ("Alle nøgletal").
    expect(p.keyFigures.map((k) => k.id)).toEqual(
      expect.arrayContaining(["netGain", "npv", "payback", "actual", "variance", "savings"])
    );
  });

  test("the example's figures: 42,8 so far against −22,7 budgeted, 64,8 expected, caseload 495 against 500", () => {
    const byId = new Map(p.summary.headline.map((k) => [k.id, k]));
    expect(byId.get("resultToDate")?.value).toBeCloseTo(42.8, 9);
    expect(byId.get("resultToDate")?.comparison?.value).toBeCloseTo(-22.7, 9);
    expect(byId.get("expectedResult")?.value).toBeCloseTo(64.8, 9);
    expect(byId.get("expectedResult")?.comparison?.value).toBeCloseTo(-0.7, 9);
    expect(byId.get("caseload")?.value).toBe(495);
    expect(byId.get("caseload")?.comparison?.value).toBe(500);
    expect(byId.get("selfSupporting")?.value).toBeCloseTo(0.54, 9);
    const text = p.summary.conclusion.join(" ");
    if (language === "da") {
      expect(text).toContain("42,8 mio. kr. bedre end et uændret budget");
      expect(text).toContain("-22,7 mio. kr.");
      expect(text).toContain("fra 1.008 (jun. 2015) til 495 (maj 2018), og målet på 500 er nået");
    } else {
      expect(text).toContain("42.8 DKK million better than an unchanged budget");
      expect(text).toContain("from 1,008");
    }
  });

  test("the economy chart's data: budget, actual and their cumulatives per year", () => {
    const d = p.summary.economyChart!;
    expect(d.years).toEqual([2016, 2017, 2018, 2019]);
    expect(d.budget).toEqual([-18.1, -8.6, 4, 22]);
    expect(d.actual).toEqual([6.1, 25.3, 11.4, null]);
    expect(d.cumulativeBudget.map((v) => Math.round(v * 10) / 10)).toEqual([
      -18.1, -26.7, -22.7, -0.7,
    ]);
    expect(d.cumulativeActual.map((v) => (v === null ? null : Math.round(v * 10) / 10))).toEqual([
      6.1,
      31.4,
      42.8,
      null,
    ]);
    expect(d.cumulativeForecast.map((v) => Math.round(v * 10) / 10)).toEqual([
      6.1, 31.4, 42.8, 64.8,
    ]);
  });
});
