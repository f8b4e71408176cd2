/**
 * The preview's summary: taken from `plan.summary` (the report's one-page business case), with
 * the uncertainty key figures among the headline cards when the report has them.
 */
import { readCaseInput } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import type { KeyFigure, ReportPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import type { Language } from "../../src/i18n";
import type { ReportSummary as PlanSummary } from "../../src/report/plan";
import { previewSummary } from "../../src/taskpane/preview-summary";
import { fakeView } from "../input/fake-view";
import { aabenraaWorkbook } from "./fake-host";

function aabenraaPlan(language: Language = "da"): ReportPlan {
  const read = readCaseInput(fakeView(aabenraaWorkbook()), {}, language);
  return buildReport(read.input, {
    language,
    sheetNames: resolveSheetNames([], language),
    inputRanges: read.ranges,
    generatedAt: new Date(0),
    version: "test",
  });
}

const figure = (id: string): KeyFigure => ({
  id,
  label: id,
  value: 0.5,
  text: "50 %",
  explanation: `${id} explained`,
});

test("Aabenraa: the economy per year, budget against actual, with running sums", () => {
  const e = previewSummary(aabenraaPlan()).economyChart!;
  expect(e.years).toEqual([2016, 2017, 2018, 2019]);
  expect(e.budget).toEqual([-18.1, -8.6, 4, 22]);
  expect(e.actual).toEqual([6.1, 25.3, 11.4, null]);
  const close = (xs: readonly (number | null)[], ys: (number | null)[]) =>
    xs.forEach((x, i) =>
      ys[i] === null ? expect(x).toBeNull() : expect(x).toBeCloseTo(ys[i]!, 9)
    );
  close(e.cumulativeActual, [6.1, 31.4, 42.8, null]);
  close(e.cumulativeBudget, [-18.1, -26.7, -22.7, -0.7]);
  // The re-forecast: actual so far, then the remaining budget.
  close(e.cumulativeForecast, [6.1, 31.4, 42.8, 64.8]);
  expect(e.unit).toBe("mio. kr.");
});

test("Aabenraa: the preview leads with KIK Overblik's own conclusion, in the plan's language", () => {
  for (const language of ["da", "en"] as const) {
    const plan = aabenraaPlan(language);
    const s = previewSummary(plan);
    expect(s.conclusion).toEqual(plan.summary.conclusion);
    expect(s.conclusion.length).toBeGreaterThanOrEqual(2);
  }
  expect(previewSummary(aabenraaPlan()).conclusion[0]).toContain("42,8 mio. kr.");
  expect(previewSummary(aabenraaPlan("en")).conclusion[0]).toContain("42.8");
});

test("the headline figures are the plan's, in its order; the rest are the others", () => {
  const plan = aabenraaPlan();
  const s = previewSummary(plan);
  expect(s.headline.map((k) => k.id).slice(0, plan.summary.headline.length)).toEqual(
    plan.summary.headline.map((k) => k.id)
  );
  expect(s.headline.length).toBeGreaterThanOrEqual(4);
  const key = (k: KeyFigure) => `${k.label}|${k.text}`;
  const shown = new Set(s.headline.map(key));
  expect(s.others).toEqual(plan.keyFigures.filter((k) => !shown.has(key(k))));
});

test("a figure is not shown twice; one that shares a headline id but says something else stays", () => {
  const plan = aabenraaPlan();
  const payback = plan.keyFigures.find((k) => k.id === "payback")!;
  const current = plan.keyFigures.find((k) => k.id === "current")!;
  const summary: PlanSummary = {
    conclusion: [],
    headline: [
      { ...payback, label: "Tilbagebetalingstid, faktisk + budget", text: "0,0 år" },
      { ...current, id: "caseload" },
    ],
    economyChart: null,
  };
  const s = previewSummary({ ...plan, summary } as ReportPlan);
  expect(s.others.map((k) => k.id)).toContain("payback");
  expect(s.others.map((k) => k.id)).not.toContain("current");
});

test("a plan's own summary is used as it is, and the uncertainty figures join its headline", () => {
  const full = aabenraaPlan();
  // The report's own uncertainty figures are replaced by stubs to see where they go.
  const plan = {
    ...full,
    keyFigures: full.keyFigures.filter(
      (k) => k.id !== "chanceOfGain" && k.id !== "breakevenDeadweight"
    ),
  };
  const own: PlanSummary = {
    conclusion: ["Én sætning."],
    headline: [plan.keyFigures[0]!],
    economyChart: null,
  };
  const withSummary = {
    ...plan,
    keyFigures: [...plan.keyFigures, figure("chanceOfGain"), figure("breakevenDeadweight")],
    summary: own,
  } as ReportPlan;
  const s = previewSummary(withSummary);
  // The headline's own figure is not repeated among the others.
  expect(s.conclusion).toEqual(["Én sætning."]);
  expect(s.economyChart).toBeNull();
  expect(s.headline.map((k) => k.id)).toEqual([
    plan.keyFigures[0]!.id,
    "chanceOfGain",
    "breakevenDeadweight",
  ]);
  expect(s.others.some((k) => k.id === "chanceOfGain")).toBe(false);
  expect(s.others).toHaveLength(plan.keyFigures.length - 1);
});

test("without a budget there is no economy chart; the conclusion is the outcome", () => {
  const read = readCaseInput(
    fakeView({
      sheets: {
        "KIK Input": [
          ["Udfald", "Antal"],
          ["Selvforsørgende", 5],
        ],
      },
    }),
    {},
    "da"
  );
  const plan = buildReport(read.input, {
    language: "da",
    sheetNames: resolveSheetNames([], "da"),
    inputRanges: read.ranges,
    generatedAt: new Date(0),
    version: "test",
  });
  const s = previewSummary(plan);
  expect(s.economyChart).toBeNull();
  expect(s.conclusion).toEqual(["100,0 % af de afsluttede sager endte i selvforsørgelse."]);
});
