/**
 * Charts never cover data: every chart of the report plan is anchored right of the columns its
 * sheet uses, and the task pane's writer places it there in the workbook (both writers take the
 * anchor from the plan). The caseload chart used to sit over KIK Sagstal's columns J–K.
 */
import { buildReport } from "../../src/report/build";
import type { SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { parseLocalAddress } from "../../src/sheet";
import { inputWorkbook, runWizard } from "../excel/wizard-run";
import { aabenraaInput } from "./aabenraa";

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const overlaps = (a: Box, b: Box) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The cells with content and the tables that a chart anchor covers. */
function covered(sheet: SheetPlan): string[] {
  const out: string[] = [];
  for (const chart of sheet.charts) {
    for (const c of sheet.cells) {
      const content = (c.formula ?? "") !== "" || (c.value !== null && c.value !== "");
      if (
        content &&
        overlaps(chart.anchor, { top: c.row, left: c.column, bottom: c.row, right: c.column })
      )
        out.push(`${sheet.name}: "${chart.title}" covers row ${c.row}, column ${c.column}`);
    }
    for (const t of sheet.tables)
      if (overlaps(chart.anchor, t))
        out.push(`${sheet.name}: "${chart.title}" covers table ${t.name}`);
  }
  return out;
}

test("no chart anchor of the report plan overlaps a cell with content or a table on its sheet", () => {
  for (const language of ["da", "en"] as const) {
    const plan = buildReport(aabenraaInput(), {
      language,
      sheetNames: resolveSheetNames([], language),
      inputRanges: {},
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      version: "test",
    });
    const charts = plan.sheets.flatMap((s) => s.charts);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(plan.sheets.flatMap(covered)).toEqual([]);
  }
});

test("the task pane writes each chart where the plan anchors it, over no cell with content", async () => {
  const fake = inputWorkbook(40);
  const { plan } = await runWizard(fake);
  let charts = 0;
  for (const sheet of plan.sheets) {
    const cells = [...fake.cells(sheet.name).values()].filter(
      (c) => c.formula !== undefined || (c.value !== undefined && c.value !== "")
    );
    for (const chart of fake.charts(sheet.name)) {
      charts++;
      const start = parseLocalAddress(chart.position?.start ?? "");
      const end = parseLocalAddress(chart.position?.end ?? "");
      expect(start).not.toBeNull();
      const box = { top: start!.top, left: start!.left, bottom: end!.bottom, right: end!.right };
      expect(
        cells.filter((c) =>
          overlaps(box, { top: c.row, left: c.column, bottom: c.row, right: c.column })
        )
      ).toEqual([]);
    }
  }
  expect(charts).toBeGreaterThanOrEqual(2);
});
