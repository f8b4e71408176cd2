/**
 * KIK Overblik's live sentences read right in Danish and English spreadsheets (issue 11): the
 * numbers inside them are FIXED(), which follows the reader's own separators, so the Danish
 * report recalculated under da-DK reads "42,8 mio. kr." (as KIK cached it), the same file under
 * en-US reads "42.8", and the English report recalculated under en-US equals its cached text.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { hasLibreOffice, recalculateAll } from "./recalc";

jest.setTimeout(600_000);

const EXAMPLE = path.resolve(__dirname, "../../examples/aabenraa-kik.xlsx");

async function report(language: "da" | "en", output: string): Promise<void> {
  const code = await main(["report", EXAMPLE, "--lang", language, "-o", output], {
    out: () => undefined,
    err: () => undefined,
  });
  expect(code).toBe(0);
}

/** The conclusion and reconciliation sentences: merged text cells of the overview's top. */
async function sentences(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const out: string[] = [];
  for (let row = 1; row <= 42; row++) {
    const v = ws.getCell(row, 1).value;
    if (v !== null && typeof v === "object" && "formula" in v && row >= 5 && row !== 9)
      out.push(String((v as ExcelJS.CellFormulaValue).result ?? ""));
  }
  return out;
}

const run = hasLibreOffice() ? test : test.skip;

run("the sentences recalculated under da-DK and en-US", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-sentences-"));
  const da = path.join(dir, "da.xlsx");
  const en = path.join(dir, "en.xlsx");
  await report("da", da);
  await report("en", en);
  const [daDk] = recalculateAll([da], "da-DK") as [string];
  const [daUs, enUs] = recalculateAll([da, en], "en-US") as [string, string];

  const daCached = await sentences(da, "KIK Overblik");
  const daInDa = await sentences(daDk, "KIK Overblik");
  const daInEn = await sentences(daUs, "KIK Overblik");
  const enCached = await sentences(en, "KIK Overview");
  const enInEn = await sentences(enUs, "KIK Overview");
  console.log([...daInDa, ...daInEn, ...enInEn].join("\n"));

  expect(daCached.length).toBeGreaterThanOrEqual(4);
  expect(daInDa).toEqual(daCached);
  expect(enInEn).toEqual(enCached);
  expect(daInDa[0]).toContain("42,8 mio. kr.");
  expect(daInDa.join(" ")).toContain("fra 1.008 (jun. 2015)");
  // The same Danish file in English Excel: the user's separators, the report's words.
  expect(daInEn[0]).toContain("42.8 mio. kr.");
  expect(daInEn[0]).not.toContain("42,8");
  expect(daInEn.join(" ")).toContain("fra 1,008 (jun. 2015)");
  expect(enInEn[0]).toContain("42.8 DKK million");
  fs.rmSync(dir, { recursive: true, force: true });
});
