/**
 * A report plan as a HyperFormula workbook: the plan's sheets (formulas as formulas, text that
 * starts with "=" kept as text, as the writers write it) beside the input sheets they refer to,
 * with FIXED registered in the plan's language. The tests' one independent engine over a plan.
 */
import { HyperFormula } from "hyperformula";
import type { PlannedCell, ReportPlan } from "../../src/report/plan";
import { fixedLanguage, registerFixed } from "./hyperformula-fixed";

/** Rows of cells as HyperFormula takes them. */
export type Grid = (string | number | boolean | null)[][];

/** Each sheet of the plan as a grid. */
export function planSheets(p: ReportPlan): Record<string, Grid> {
  const sheets: Record<string, Grid> = {};
  for (const s of p.sheets) {
    const grid: Grid = [];
    for (const c of s.cells) {
      while (grid.length < c.row) grid.push([]);
      // Text stays text: HyperFormula would parse a leading "=" as a formula, so quote it.
      (grid[c.row - 1] as Grid[number])[c.column - 1] =
        c.formula !== undefined
          ? `=${c.formula}`
          : typeof c.value === "string" && c.value.startsWith("=")
            ? `'${c.value}`
            : c.value;
    }
    sheets[s.name] = grid;
  }
  return sheets;
}

/** HyperFormula over `inputs` (sheet name → grid) and the plan's sheets. */
export function planWorkbook(p: ReportPlan, inputs: Readonly<Record<string, Grid>>): HyperFormula {
  registerFixed();
  fixedLanguage(p.language);
  return HyperFormula.buildFromSheets(
    { ...inputs, ...planSheets(p) },
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true }
  );
}

/** The value HyperFormula computes for a planned cell of `sheet`. */
export function valueAt(
  hf: HyperFormula,
  sheet: string,
  cell: Pick<PlannedCell, "row" | "column">
): unknown {
  return hf.getCellValue({
    sheet: hf.getSheetId(sheet) as number,
    row: cell.row - 1,
    col: cell.column - 1,
  });
}
