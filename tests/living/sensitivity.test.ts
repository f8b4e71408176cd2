/**
 * KIK Følsomhed is live in LibreOffice (issue 12): the example's report recalculated by
 * LibreOffice equals KIK's cached values on the sheet; editing a range cell in place (deadweight
 * high) moves the chance of a gain exactly as the engine computes it with that range; and an
 * input assumption edited in place equals a fresh report on the edited input, cell for cell on
 * KIK Følsomhed (the metamorphic rule of tests/living/metamorphic.ts, with a minimal copy of
 * its harness: XML-level edits, no ExcelJS round trip).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { drawNetGains, drawTable, summariseDraws } from "../../src/engine";
import type { CellRef } from "../../src/input/model";
import { readCaseInput } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { a1 } from "../../src/sheet";
import { workbookView } from "../xlsx/exceljs-view";
import { hasLibreOffice, recalculateAll } from "../libreoffice/recalc";

jest.setTimeout(600_000);

const EXAMPLE = path.resolve(__dirname, "../../examples/aabenraa-kik.xlsx");
const SHEET = "KIK Følsomhed";

type CellValue = number | string | boolean | { error: string } | null;

/** The worksheet part of `sheet` in an .xlsx zip. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const m = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (m === null) throw new Error(`no sheet ${sheet}`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel =
    new RegExp(`<Relationship [^>]*Id="${m[1] as string}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1] as string}"`).exec(rels);
  if (rel === null) throw new Error(`no part for ${sheet}`);
  const target = rel[1] as string;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Sets one existing cell of `file` to a number at the XML level and writes `out`. */
async function setNumber(file: string, ref: CellRef, value: number, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = await sheetPart(zip, ref.sheet);
  const xml = await zip.file(part)!.async("string");
  const address = a1(ref.row, ref.column, false);
  const cell = new RegExp(
    `<c r="${address}"((?:\\s+[a-zA-Z:]+="[^"]*")*)\\s*(?:/>|>[\\s\\S]*?</c>)`
  );
  const found = cell.exec(xml);
  if (found === null) throw new Error(`no cell ${address} on ${ref.sheet}`);
  const style = /\ss="[^"]*"/.exec(found[1] ?? "")?.[0] ?? "";
  zip.file(part, xml.replace(cell, `<c r="${address}"${style}><v>${value}</v></c>`));
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function report(input: string, output: string): Promise<void> {
  const lines: string[] = [];
  const code = await main(["report", input, "-o", output], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  if (code !== 0) throw new Error(`kik report ${input}: ${code}\n${lines.join("\n")}`);
}

function resultOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && "formula" in v)
    return resultOf((v as ExcelJS.CellFormulaValue).result ?? null);
  if (typeof v === "object" && "sharedFormula" in v)
    return resultOf((v as ExcelJS.CellSharedFormulaValue).result ?? null);
  if (typeof v === "object" && "error" in v)
    return { error: String((v as { error: string }).error) };
  if (typeof v === "object" && "richText" in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/** KIK Følsomhed's cell values by address. */
async function values(file: string): Promise<Map<string, CellValue>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, CellValue>();
  wb.getWorksheet(SHEET)?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = resultOf(cell.value);
      if (v !== null) out.set(cell.address, v);
    })
  );
  return out;
}

function differences(a: Map<string, CellValue>, b: Map<string, CellValue>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? null;
    const y = b.get(k) ?? null;
    const same =
      typeof x === "number" && typeof y === "number"
        ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))
        : JSON.stringify(x) === JSON.stringify(y);
    if (!same) out.push(`${k}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  }
  return out;
}

const run = hasLibreOffice() ? test : test.skip;

run(
  "KIK Følsomhed recalculated in LibreOffice: cached values, a range edited, an input edited",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-sens-"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const { input } = readCaseInput(workbookView(wb), {}, "da");
    const plan = buildReport(input, {
      language: "da",
      sheetNames: resolveSheetNames(
        wb.worksheets.map((w) => ({ name: w.name, generatedKind: null })),
        "da"
      ),
      inputRanges: {},
      generatedAt: new Date(),
      version: "test",
    });
    const figures = plan.sensitivity!;
    const sheet = plan.sheets.find((s) => s.kind === "sensitivity")!;
    // Located on the plan by their labels, never by fixed addresses.
    const rowOf = (text: string) =>
      sheet.cells.find((c) => c.column === 1 && c.value === text)!.row;
    const deadweightRow = rowOf("Dødvægt");
    const effectRow = rowOf("Sagstalseffekt (andel af den forventede)");
    const chanceRow = rowOf("Chance for gevinst (nettogevinst over 0)");
    const chanceAddress = a1(chanceRow, 2, false);

    const base = path.join(dir, "base.xlsx");
    await report(EXAMPLE, base);

    // 1. The effect's high end edited in place to 250 % (the example does not pay at the
    // defaults: some draws now do), then deadweight high to 80 % on top.
    const effectEdited = path.join(dir, "effect.xlsx");
    await setNumber(base, { sheet: SHEET, row: effectRow, column: 4 }, 2.5, effectEdited);
    const highEdited = path.join(dir, "high.xlsx");
    await setNumber(effectEdited, { sheet: SHEET, row: deadweightRow, column: 4 }, 0.8, highEdited);

    // 2. An input assumption edited in place and in the input (the discount rate: a likely value).
    const rate = input.assumptions.find((a) => a.key === "discountRate");
    expect(rate).toBeDefined();
    const rateEdited = path.join(dir, "rate.xlsx");
    await setNumber(base, rate!.value.ref, 0.05, rateEdited);
    fs.mkdirSync(path.join(dir, "input"));
    const editedInput = path.join(dir, "input", path.basename(EXAMPLE));
    await setNumber(EXAMPLE, rate!.value.ref, 0.05, editedInput);
    const fresh = path.join(dir, "fresh.xlsx");
    await report(editedInput, fresh);

    const [baseLo, effectLo, highLo, rateLo] = recalculateAll([
      base,
      effectEdited,
      highEdited,
      rateEdited,
    ]);
    const cached = await values(base);
    expect(cached.size).toBeGreaterThan(5000);
    expect(differences(await values(baseLo!), cached)).toEqual([]);

    // The engine with the same ranges: the same chance and median as LibreOffice's.
    const table = drawTable(figures.draws, figures.seed);
    const effectRanges = { ...figures.ranges, effect: { ...figures.ranges.effect, high: 2.5 } };
    const bothRanges = {
      ...effectRanges,
      deadweight: { ...figures.ranges.deadweight, high: 0.8 },
    };
    const p50 = a1(chanceRow + 2, 2, false);
    const effectEngine = summariseDraws(drawNetGains(figures.model, effectRanges, table));
    const bothEngine = summariseDraws(drawNetGains(figures.model, bothRanges, table));
    const effect = await values(effectLo!);
    const both = await values(highLo!);
    expect(effect.get(chanceAddress)).toBeCloseTo(effectEngine.probabilityPositive, 12);
    expect(effect.get(p50)).toBeCloseTo(effectEngine.p50, 9);
    expect(both.get(chanceAddress)).toBeCloseTo(bothEngine.probabilityPositive, 12);
    expect(both.get(p50)).toBeCloseTo(bothEngine.p50, 9);
    // The edits matter: some draws pay with the wider effect, fewer with more deadweight.
    expect(effectEngine.probabilityPositive).toBeGreaterThan(0);
    expect(bothEngine.probabilityPositive).toBeLessThan(effectEngine.probabilityPositive);
    console.log(
      `KIK Følsomhed in LibreOffice: chance ${figures.chance} at the defaults, ` +
        `${effectEngine.probabilityPositive} with effect high 250 %, ` +
        `${bothEngine.probabilityPositive} with deadweight high 80 % too`
    );
    expect(differences(await values(rateLo!), await values(fresh))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
);
