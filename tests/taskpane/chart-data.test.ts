/** The preview chart's data: the plan's caseload chart, thinned when long. */
import { readCaseInput } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { caseloadChart, MAX_CHART_POINTS } from "../../src/taskpane/chart-data";
import { fakeView, type FakeWorkbook } from "../input/fake-view";
import { aabenraaWorkbook } from "./fake-host";

function plan(workbook: FakeWorkbook) {
  const read = readCaseInput(fakeView(workbook), {}, "da");
  return buildReport(read.input, {
    language: "da",
    sheetNames: resolveSheetNames([], "da"),
    inputRanges: read.ranges,
    generatedAt: new Date(0),
    version: "test",
  });
}

test("Aabenraa: monthly points from June 2015 with count and target path", () => {
  const chart = caseloadChart(plan(aabenraaWorkbook()))!;
  expect(chart.months[0]).toBe("jun. 2015");
  const count = chart.series.find((s) => s.name === "Sagstal")!;
  expect(count.values.filter((v) => v !== null)).toEqual([1008, 661, 563]);
  expect(chart.series.map((s) => s.name)).toContain("Målsti");
});

test("no caseload, no chart", () => {
  expect(
    caseloadChart(
      plan({
        sheets: {
          "KIK Input": [
            ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
            [2016, -18.1, 6.1],
          ],
        },
      })
    )
  ).toBeNull();
});

test("a long caseload is thinned, keeping both ends", () => {
  const rows: (string | number | null)[][] = [["Måned", "Sagstal"]];
  for (let i = 0; i < 600; i++) {
    const y = 1990 + Math.floor(i / 12);
    const m = (i % 12) + 1;
    rows.push([`${y}-${m < 10 ? "0" : ""}${m}`, 1000 - i]);
  }
  const chart = caseloadChart(plan({ sheets: { "KIK Input": rows } }))!;
  expect(chart.months.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 2);
  expect(chart.months[0]).toBe("jan. 1990");
  const count = chart.series.find((s) => s.name === "Sagstal")!;
  expect(count.values[0]).toBe(1000);
  expect(count.values.filter((v) => v !== null).at(-1)).toBe(401);
});

test("rows without a month are left out, so every point is named", () => {
  const p = plan(aabenraaWorkbook());
  const sheet = p.sheets.find((x) => x.kind === "caseload")!;
  const chart = sheet.charts[0]!;
  // Two blank category rows below the data, as a chart over a longer block would have.
  const longer = {
    ...chart,
    categories: { ...chart.categories, bottom: chart.categories.bottom + 2 },
    series: chart.series.map((x) => ({
      ...x,
      values: { ...x.values, bottom: x.values.bottom + 2 },
    })),
  };
  const before = caseloadChart(p)!;
  const after = caseloadChart({
    ...p,
    sheets: p.sheets.map((x) => (x === sheet ? { ...sheet, charts: [longer] } : x)),
  })!;
  expect(after.months).toEqual(before.months);
  expect(after.months.every((m) => m !== "")).toBe(true);
});
