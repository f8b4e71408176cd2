/**
 * Fake workbooks for the Office.js tests: an .xlsx file copied into the fake (values, formulas,
 * number formats, tables, defined names, merges), the Aabenraa example, and big inputs.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { a1 } from "../../src/sheet";
import { gridValueOf } from "../xlsx/exceljs-view";
import { FakeExcel } from "./fake";

export const EXAMPLE = path.join(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");

/** Copies an ExcelJS workbook into a new fake. */
export function fakeFromWorkbook(workbook: ExcelJS.Workbook, fake = new FakeExcel()): FakeExcel {
  for (const ws of workbook.worksheets) {
    fake.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const address = a1(r, c);
        const numberFormat =
          cell.numFmt === undefined || cell.numFmt === "" ? undefined : cell.numFmt;
        const v = cell.value as unknown;
        if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          const f = (v as { formula?: string }).formula;
          if (f !== undefined) {
            fake.setCell(ws.name, address, {
              formula: `=${f}`,
              ...(numberFormat === undefined ? {} : { numberFormat }),
            });
            return;
          }
        }
        const g = gridValueOf(cell.value);
        if (g === null) {
          if (numberFormat !== undefined) fake.setNumberFormat(ws.name, address, numberFormat);
          return;
        }
        if (typeof g === "object" && "error" in g)
          fake.setCell(ws.name, address, { error: g.error });
        else if (typeof g === "object" && "date" in g)
          fake.setCell(ws.name, address, {
            value: g.date,
            numberFormat: numberFormat ?? "yyyy-mm-dd",
          });
        else
          fake.setCell(ws.name, address, {
            value: g,
            ...(numberFormat === undefined ? {} : { numberFormat }),
          });
      });
    });
    for (const table of ws.getTables()) {
      const model = (
        table as unknown as {
          table: { name: string; tableRef?: string; ref?: string; totalsRow?: boolean };
        }
      ).table;
      fake.addTable(ws.name, (model.tableRef ?? model.ref) as string, model.name, {
        totalsRow: model.totalsRow === true,
      });
    }
    const merges =
      (
        ws as unknown as {
          _merges?: Record<
            string,
            { model?: { top: number; left: number; bottom: number; right: number } }
          >;
        }
      )._merges ?? {};
    for (const m of Object.values(merges))
      if (m.model !== undefined)
        fake.merge(
          ws.name,
          `${a1(m.model.top, m.model.left)}:${a1(m.model.bottom, m.model.right)}`
        );
  }
  for (const n of workbook.definedNames.model as { name: string; ranges: string[] }[])
    if (n.ranges.length === 1) fake.addName(n.name, `=${n.ranges[0] as string}`);
  return fake;
}

/** examples/aabenraa-kik.xlsx in a fake. */
export async function aabenraaFake(): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  return fakeFromWorkbook(wb);
}
