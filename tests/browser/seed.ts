/**
 * The Aabenraa example as a list of calls on the fake workbook (addSheet, setCell …), recorded in
 * Node with the same copier the Office.js tests use, so the browser can replay it onto the fake.
 */
import ExcelJS from "exceljs";
import { EXAMPLE, fakeFromWorkbook } from "../excel/workbooks";
import type { FakeExcel } from "../excel/fake";

/** One recorded call: method name and arguments (JSON). */
export type SeedCall = readonly [string, ...unknown[]];

/** Records every call made on it, and returns itself so chained calls keep recording. */
function recorder(calls: SeedCall[]): FakeExcel {
  const proxy: object = new Proxy(
    {},
    {
      get:
        (_target, method: string) =>
        (...args: unknown[]) => {
          calls.push([method, ...args]);
          return proxy;
        },
    }
  );
  return proxy as FakeExcel;
}

/** The example workbook's content as calls on a FakeExcel. */
export async function exampleSeed(): Promise<SeedCall[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const calls: SeedCall[] = [];
  fakeFromWorkbook(wb, recorder(calls));
  // Start with the input sheet selected, as a user would have it open.
  calls.push(["select", "KIK Input", "A1"]);
  return calls;
}
