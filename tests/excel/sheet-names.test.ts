/**
 * The Aabenraa input on a sheet whose name Excel would read as a reference ("Ark1", the default
 * sheet name in Danish Excel, is the cell ARK1) or that needs quotes for other reasons, through
 * the real Office.js pipeline on the fake (detect → read → plan → write). The fake refuses a
 * bare reference-like sheet name in a formula as Excel does, so the write only succeeds when
 * every formula quotes the name; then every formula must recompute to KIK's cached value.
 */
import ExcelJS from "exceljs";
import { a1 } from "../../src/sheet";
import { runWizard } from "./wizard-run";
import { EXAMPLE, fakeFromWorkbook } from "./workbooks";

const NAMES = ["Ark1", "A1", "R1C1", "RC", "C3", "XFD1048576", "Budget 2016", "Ø-tal", "O'Brien"];

let example: ExcelJS.Workbook;
beforeAll(async () => {
  example = new ExcelJS.Workbook();
  await example.xlsx.readFile(EXAMPLE);
});

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

test.each(NAMES)(
  "an input sheet named %s: the report is written and recalculates",
  async (name) => {
    (example.worksheets[0] as ExcelJS.Worksheet).name = name;
    const fake = fakeFromWorkbook(example);
    const { syncs, plan } = await runWizard(fake);
    expect(syncs.errors).toBe(0);

    const quoted = `'${name.replace(/'/g, "''")}'!`;
    const mismatches: string[] = [];
    let overInput = 0;
    for (const s of plan.sheets)
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        if (c.formula.includes(quoted)) overInput++;
        const cell = fake.cell(s.name, a1(c.row, c.column));
        if (cell.formula !== `=${c.formula}`)
          mismatches.push(`${s.name}!${a1(c.row, c.column)} formula ${cell.formula}`);
        else if (!close(cell.value, c.value ?? ""))
          mismatches.push(
            `${s.name}!${a1(c.row, c.column)} =${c.formula}: fake ${JSON.stringify(cell.value)}, KIK ${JSON.stringify(c.value)}`
          );
      }
    expect(mismatches).toEqual([]);
    expect(overInput).toBeGreaterThan(10);
  }
);
