/**
 * The written result file as another spreadsheet engine sees it: LibreOffice opens the report
 * `kik report` wrote for the example, recalculates every formula, and gets the cached results
 * the writer stored (text stays text, blanks stay blank). LibreOffice is required: .ci/run
 * installs it (Debian package libreoffice-calc-nogui).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { sheetNameRefusal } from "../excel/fake/sheet-references";
import { hasLibreOffice, recalculate } from "../libreoffice/recalc";

jest.setTimeout(300_000);

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");
test("LibreOffice is installed (apt-get install -y libreoffice-calc-nogui)", () => {
  expect(hasLibreOffice()).toBe(true);
});

type Result = ExcelJS.CellValue | undefined;

function resultOf(value: ExcelJS.CellValue): Result {
  if (value !== null && typeof value === "object" && "formula" in value) {
    // LibreOffice stores a TRUE/FALSE constant as the formula TRUE()/FALSE().
    const formula = (value as ExcelJS.CellFormulaValue).formula;
    if (formula === "TRUE()" || formula === "FALSE()") return formula === "TRUE()";
    const r = (value as ExcelJS.CellFormulaValue).result as Result;
    return r === "" ? undefined : r;
  }
  return value;
}

function same(a: Result, b: Result): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `kik report` on `input`; the result as written and as LibreOffice recalculated it. */
async function reportAndRecalculate(
  input: string,
  dir: string
): Promise<{ ours: ExcelJS.Workbook; theirs: ExcelJS.Workbook }> {
  const output = path.join(dir, "resultat.xlsx");
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  expect(await main(["report", input, "-o", output], io)).toBe(0);
  const ours = new ExcelJS.Workbook();
  await ours.xlsx.readFile(output);
  const theirs = new ExcelJS.Workbook();
  await theirs.xlsx.readFile(recalculate(output));
  return { ours, theirs };
}

/** Cells whose cached result differs from LibreOffice's, and the formulas written. */
function compare(
  ours: ExcelJS.Workbook,
  theirs: ExcelJS.Workbook
): { mismatches: string[]; formulas: string[] } {
  const mismatches: string[] = [];
  const formulas: string[] = [];
  for (const ws of ours.worksheets) {
    const other = theirs.getWorksheet(ws.name);
    expect(other).toBeDefined();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === "object" && "formula" in value)
          formulas.push(`=${(value as ExcelJS.CellFormulaValue).formula}`);
        const a = resultOf(value);
        const b = resultOf(other!.getCell(cell.address).value);
        if (!same(a, b))
          mismatches.push(
            `${ws.name}!${cell.address}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`
          );
      })
    );
  }
  return { mismatches, formulas };
}

test("every formula's cached result in the example's report equals LibreOffice's recalculation", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-lo-cli-"));
  const { ours, theirs } = await reportAndRecalculate(EXAMPLE, dir);
  const { mismatches, formulas } = compare(ours, theirs);
  expect(formulas.length).toBeGreaterThan(50);
  expect(mismatches).toEqual([]);

  // Every result sheet is there, and LibreOffice's variance row is Aabenraa's.
  for (const name of ["KIK Overblik", "KIK Økonomi", "KIK Sagstal", "KIK Antagelser"]) {
    expect(theirs.getWorksheet(name)).toBeDefined();
  }
  const economy = theirs.getWorksheet("KIK Økonomi")!;
  const variance = [5, 6, 7, 8].map((row) => resultOf(economy.getCell(row, 8).value));
  expect(variance[0]).toBeCloseTo(24.2, 9);
  expect(variance[1]).toBeCloseTo(33.9, 9);
  expect(variance[2]).toBeCloseTo(7.4, 9);
  expect(variance[3]).toBeUndefined();
  expect(economy.getCell(8, 8).formula).toMatch(/^IF\(/);
  fs.rmSync(dir, { recursive: true, force: true });
});

// "Ark1", the default sheet name in Danish Excel, is also the cell ARK1: Excel needs it quoted
// in formulas ('Ark1'!$A$9). LibreOffice reads either form, so the formulas are also checked
// against Excel's reading (tests/excel/fake/sheet-references.ts).
test("an input sheet named Ark1: every formula quotes it, and LibreOffice recalculates the cached results", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-lo-cli-"));
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(EXAMPLE);
  (input.worksheets[0] as ExcelJS.Worksheet).name = "Ark1";
  const file = path.join(dir, "ark1.xlsx");
  await input.xlsx.writeFile(file);

  const { ours, theirs } = await reportAndRecalculate(file, dir);
  const { mismatches, formulas } = compare(ours, theirs);
  const refused = formulas.flatMap((f) => {
    const refusal = sheetNameRefusal(f);
    return refusal === null ? [] : [`${f}: ${refusal}`];
  });
  expect(refused).toEqual([]);
  expect(formulas.filter((f) => f.includes("'Ark1'!")).length).toBeGreaterThan(10);
  expect(mismatches).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
