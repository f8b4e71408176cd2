/**
 * The LibreOffice harness itself: it must really recalculate (a wrong cached value is replaced),
 * or every comparison built on it would pass for the wrong reason.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { recalculate } from "./recalc";

jest.setTimeout(300_000);

test("LibreOffice replaces a stale cached result with its own", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ark 1");
  ws.getCell("A1").value = 2;
  ws.getCell("A2").value = 3;
  ws.getCell("A3").value = { formula: "A1*A2", result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").value = {
    formula: 'IF(A1="","",A1+0.5)',
    result: -1,
  } as ExcelJS.CellFormulaValue;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kik-lo-test-")), "stale.xlsx");
  await wb.xlsx.writeFile(file);

  const out = await new ExcelJS.Workbook().xlsx.readFile(recalculate(file));
  const sheet = out.getWorksheet("Ark 1")!;
  const result = (address: string) =>
    (sheet.getCell(address).value as ExcelJS.CellFormulaValue).result;
  expect(result("A3")).toBe(6);
  expect(result("A4")).toBe(2.5);
});

test("LibreOffice calculates in the report's locale: FIXED gives Danish separators under da-DK", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ark 1");
  ws.getCell("A1").value = {
    formula: "FIXED(-1234.5,1)",
    result: "stale",
  } as ExcelJS.CellFormulaValue;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kik-lo-test-")), "fixed.xlsx");
  await wb.xlsx.writeFile(file);
  const result = async (locale: string) => {
    const out = await new ExcelJS.Workbook().xlsx.readFile(recalculate(file, locale));
    return (out.getWorksheet("Ark 1")!.getCell("A1").value as ExcelJS.CellFormulaValue).result;
  };
  expect(await result("da-DK")).toBe("-1.234,5");
  expect(await result("en-US")).toBe("-1,234.5");
});
