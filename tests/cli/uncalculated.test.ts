/**
 * A formula saved without its result (by a tool that does not calculate, e.g. a script) must not
 * be read as a blank "not known yet": the run stops and names the cell.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

test("an input formula without a cached result stops the run with a message naming its cell", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-uncalc-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KIK Input");
  ws.addTable({
    name: "KIK_Budget",
    ref: "A1",
    columns: [{ name: "År" }, { name: "Budgetteret (mio. kr.)" }, { name: "Faktisk (mio. kr.)" }],
    rows: [
      [2016, -18.1, 6.1],
      [2017, -8.6, 25.3],
    ],
  });
  // Faktisk 2017 as a formula with no result, as a non-calculating tool saves it.
  ws.getCell("C3").value = { formula: "20+5.3" } as ExcelJS.CellFormulaValue;
  const input = path.join(dir, "uncalculated.xlsx");
  await wb.xlsx.writeFile(input);

  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const code = await main(["report", input, "-o", path.join(dir, "out.xlsx")], io);
  expect(code).toBe(2);
  expect(lines.join("\n")).toMatch(/'?KIK Input'?!C3: formlen er gemt uden sit resultat/);
  expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
