/**
 * Absurd assumptions give #NUM!, not a plausible number (issue 10, docs/conventions.md): typed
 * into the input of a finished result workbook and recalculated in LibreOffice, a value outside
 * the assumptions catalogue's bounds turns every figure that uses it into #NUM!, because every
 * formula reads the assumption's checked cell on KIK Antagelser.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { AssumptionKey } from "../../src/input/model";
import { readCaseInput } from "../../src/input/read-case";
import { workbookView } from "../xlsx/exceljs-view";
import { hasLibreOffice, recalculateAll } from "../libreoffice/recalc";
import { editFile, report, values, type CellValue, type Edit } from "./workbook";

jest.setTimeout(600_000);

const EXAMPLE = path.resolve(__dirname, "../../examples/aabenraa-kik.xlsx");
const run = hasLibreOffice() ? test : test.skip;

/** A key figure's value on KIK Overblik, by its label. */
function keyFigure(cells: Map<string, CellValue>, labelText: RegExp): CellValue {
  for (const [k, v] of cells) {
    const m = /^KIK Overblik!A(\d+)$/.exec(k);
    if (m !== null && typeof v === "string" && labelText.test(v))
      return cells.get(`KIK Overblik!B${m[1] as string}`) ?? null;
  }
  throw new Error(`no key figure ${labelText}`);
}

run("an absurd assumption gives #NUM! in the figures that use it", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const { input } = readCaseInput(workbookView(wb), {}, "da");
  const cell = (key: AssumptionKey) => {
    const row = input.assumptions.find((a) => a.key === key);
    if (row === undefined) throw new Error(`the example has no ${key}`);
    return row.value.ref;
  };
  const edits: Edit[] = [
    { name: "weeks on benefit 1e20", ref: cell("weeksOnBenefit"), value: 1e20 },
    { name: "negative discount rate", ref: cell("discountRate"), value: -0.05 },
    { name: "negative benefit rate", ref: cell("monthlyBenefitRate"), value: -10968 },
    { name: "goal above 100 %", ref: cell("selfSupportingGoal"), value: 3 },
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-absurd-"));
  const base = path.join(dir, "base.xlsx");
  await report(EXAMPLE, base);
  const files: string[] = [];
  for (const [i, e] of edits.entries()) {
    const out = path.join(dir, `absurd-${i}.xlsx`);
    await editFile(base, e, out);
    files.push(out);
  }
  const [weeks, rate, benefit, goal] = await Promise.all(
    recalculateAll([base, ...files])
      .slice(1)
      .map((f) => values(f))
  );
  const num = { error: "#NUM!" };
  const savings = /^Besparelse på forsørgelse/;
  expect(keyFigure(weeks!, savings)).toEqual(num);
  expect(keyFigure(rate!, /^Nutidsværdi/)).toEqual(num);
  expect(keyFigure(benefit!, savings)).toEqual(num);
  expect(keyFigure(goal!, /^Mål for andel selvforsørgende/)).toEqual(num);
  // Figures that do not use the assumption stay numbers.
  expect(typeof keyFigure(weeks!, /^Nutidsværdi/)).toBe("number");
  fs.rmSync(dir, { recursive: true, force: true });
});
