/**
 * End to end through an independent spreadsheet engine: examples/aabenraa-kik.xlsx read with
 * ExcelJS → workbookView → readCaseInput → resolveSheetNames → buildReport, then the input
 * workbook's cells (as they are in the file) and the plan's cells loaded into HyperFormula.
 * Every formula of the result sheets must compute to the value KIK cached for it (1e-9
 * relative, "" for blank), and the variance row must be Aabenraa's 24.2 / 33.9 / 7.4 / blank.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { fixedLanguage, registerFixed } from "../report/hyperformula-fixed";
import { HyperFormula } from "hyperformula";
import { EXAMPLE_DATE } from "../../scripts/make-example";
import { readCaseInput } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import type { PlannedCell, ReportPlan, SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { dateToSerial, existingSheets, workbookView } from "../xlsx/exceljs-view";

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");

type Raw = string | number | boolean | null;

/** Text as HyperFormula must see it: a leading "=" (or "'") would not stay text otherwise. */
function text(s: string): string {
  return s.startsWith("=") || s.startsWith("'") ? `'${s}` : s;
}

/** An input cell as HyperFormula raw content: values as values, formulas as "=formula". */
function raw(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return text(value);
  if (value instanceof Date) return dateToSerial(value);
  if ("formula" in value && typeof value.formula === "string") return `=${value.formula}`;
  if ("sharedFormula" in value) throw new Error("shared formulas are not expected in the example");
  if ("error" in value) return value.error;
  if ("richText" in value) return text(value.richText.map((r) => r.text).join(""));
  if ("text" in value && typeof value.text === "string") return text(value.text);
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

function put(grid: Raw[][], row: number, column: number, v: Raw): void {
  while (grid.length < row) grid.push([]);
  (grid[row - 1] as Raw[])[column - 1] = v;
}

/** All sheets of the input workbook and the plan's sheets, as HyperFormula raw content. */
function sheetsFor(workbook: ExcelJS.Workbook, plan: ReportPlan): Record<string, Raw[][]> {
  const sheets: Record<string, Raw[][]> = {};
  for (const ws of workbook.worksheets) {
    const grid: Raw[][] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => put(grid, r, c, raw(cell.value))));
    sheets[ws.name] = grid;
  }
  for (const s of plan.sheets) {
    const grid: Raw[][] = [];
    for (const c of s.cells)
      put(
        grid,
        c.row,
        c.column,
        c.formula !== undefined
          ? `=${c.formula}`
          : typeof c.value === "string"
            ? text(c.value)
            : c.value
      );
    sheets[s.name] = grid;
  }
  return sheets;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

describe("examples/aabenraa-kik.xlsx through the readers, the report plan and HyperFormula", () => {
  let workbook: ExcelJS.Workbook;
  let plan: ReportPlan;
  let hf: HyperFormula;
  const value = (sheet: string, cell: Pick<PlannedCell, "row" | "column">): unknown =>
    hf.getCellValue({
      sheet: hf.getSheetId(sheet) as number,
      row: cell.row - 1,
      col: cell.column - 1,
    });

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(EXAMPLE);
    const { input, problems, ranges } = readCaseInput(workbookView(workbook), {}, "da");
    expect(problems).toEqual([]);
    plan = buildReport(input, {
      language: "da",
      sheetNames: resolveSheetNames(existingSheets(workbook), "da"),
      inputRanges: ranges,
      generatedAt: EXAMPLE_DATE,
      version: "0.1.0",
      source: path.basename(EXAMPLE),
    });
    registerFixed();
    fixedLanguage("da");
    hf = HyperFormula.buildFromSheets(sheetsFor(workbook, plan), {
      licenseKey: "gpl-v3",
      smartRounding: false,
      useArrayArithmetic: true,
    });
  });
  afterAll(() => hf?.destroy());

  test("the plan has the five result sheets next to the input sheet", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["KIK Input"]);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "KIK Overblik",
      "KIK Økonomi",
      "KIK Sagstal",
      "KIK Antagelser",
      "KIK Følsomhed",
    ]);
  });

  test("every formula's cached value equals HyperFormula's result", () => {
    const mismatches: string[] = [];
    let formulas = 0;
    let overInput = 0;
    for (const s of plan.sheets) {
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        formulas++;
        if (c.formula.includes("'KIK Input'!")) overInput++;
        const computed = value(s.name, c);
        const expected = c.value ?? "";
        if (!close(computed, expected))
          mismatches.push(
            `${s.name}!R${c.row}C${c.column} =${c.formula}: HyperFormula ${JSON.stringify(computed)}, KIK ${JSON.stringify(expected)}`
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
    // The figures are live formulas over the example's own input cells.
    expect(overInput).toBeGreaterThan(20);
  });

  test("variance 24.2 / 33.9 / 7.4 for 2016–2018 and blank for 2019, computed by HyperFormula", () => {
    const economy = plan.sheets.find((s) => s.kind === "economy") as SheetPlan;
    const years = [5, 6, 7, 8].map((row) => value(economy.name, { row, column: 1 }));
    expect(years).toEqual([2016, 2017, 2018, 2019]);
    const variance = [5, 6, 7, 8].map((row) => value(economy.name, { row, column: 8 }));
    [24.2, 33.9, 7.4].forEach((v, i) => expect(variance[i]).toBeCloseTo(v, 12));
    expect(variance[3]).toBe("");
  });
});
