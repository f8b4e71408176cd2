/**
 * The input template and the example round-trip through the readers: written to .xlsx (from
 * scratch, by the command line's writer), read back with `readCaseInput` over the command
 * line's reader and over ExcelJS (an independent reader, which must agree), they give the
 * tables and values that went in.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { templateBytes } from "../../src/cli/template";
import type { Language } from "../../src/i18n";
import { readCaseInput } from "../../src/input/read-case";
import { buildTemplate, ROOM, TEMPLATE_SHEET_NAME } from "../../src/report/template";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { workbookView } from "../xlsx/exceljs-view";
import { load } from "../xlsx/helpers";
import { AABENRAA, EXAMPLE_DATE } from "../../scripts/make-example";

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");

async function readBack(bytes: Promise<Buffer>, language: Language) {
  const file = await bytes;
  const read = readCaseInput((await XlsxWorkbook.open(file)).view(), {}, language);
  const second = readCaseInput(workbookView(await load(file)), {}, language);
  expect(second.input).toEqual(read.input);
  expect(second.problems).toEqual(read.problems);
  return read;
}

describe("the empty template", () => {
  test.each(["da", "en"] as const)(
    "%s: read back without errors, assumptions prefilled",
    async (language) => {
      const { input, problems } = await readBack(templateBytes(language), language);
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
      // The readers warn that a table has headers but no rows: an Excel table needs one data row,
      // so the empty template has a blank one in each table still to be filled in.
      expect(problems.filter((p) => !/(no rows|ingen rækker)/.test(p.message))).toEqual([]);
      expect(input.budget).toBeNull();
      expect(input.caseload).toBeNull();
      expect(input.outcomes).toBeNull();
      expect(input.assumptions.map((a) => a.key)).toEqual([
        "discountRate",
        "fleksjobIsSelfSupporting",
        "weeksOnBenefit",
        "serviceCostPerYear",
        "deadweightShare",
        // Issue 12: durable exits (50 %, benchmark.dk) and the optimism-bias correction (0 %).
        "durableExitShare",
        "optimismBias",
      ]);
      expect(input.assumptions.map((a) => a.value.value)).toEqual([0.035, false, 52, 0, 0, 0.5, 0]);
      expect(input.assumptions.every((a) => a.source !== "")).toBe(true);
    }
  );

  test("the plan: one sheet, five tables stacked, the budget first and whole on a laptop screen", () => {
    const sheet = buildTemplate("da");
    expect(sheet.name).toBe(TEMPLATE_SHEET_NAME);
    expect(sheet.tables.map((t) => [t.name, t.left, t.right])).toEqual([
      ["KIK_Budget", 1, 3],
      ["KIK_Investering", 1, 2],
      ["KIK_Sagstal", 1, 6],
      ["KIK_Udfald", 1, 2],
      ["KIK_Antagelser", 1, 4],
    ]);
    // One below the other, each with ROOM blank rows below it to grow into.
    sheet.tables.slice(1).forEach((t, i) => {
      const above = sheet.tables[i]!;
      expect(t.top).toBeGreaterThan(above.bottom + ROOM);
    });
    // A laptop shows about 20 rows × 10 columns: the first table (title, header, example) fits.
    const budget = sheet.tables[0]!;
    expect(budget.bottom).toBeLessThanOrEqual(20);
    expect(budget.right).toBeLessThanOrEqual(10);
    const header = (t: (typeof sheet.tables)[number]) =>
      sheet.cells
        .filter((c) => c.row === t.top && c.column >= t.left && c.column <= t.right)
        .sort((a, b) => a.column - b.column)
        .map((c) => c.value);
    const [b, inv, caseload, outcomes, assumptions] = sheet.tables;
    // The investment is asked for in one place: by category, not also per year in the budget.
    expect(header(b!)).toEqual(["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"]);
    expect(header(inv!)).toEqual(["Kategori", "Beløb (mio. kr.)"]);
    expect(header(caseload!)).toEqual([
      "Måned",
      "Sagstal",
      "Mål",
      "Oprindelig gruppe",
      "Nytilgang",
      "Sammenligning",
    ]);
    expect(header(outcomes!)).toEqual(["Udfald", "Antal"]);
    expect(header(assumptions!)).toEqual(["Navn", "Værdi", "Enhed", "Kilde"]);
  });

  test.each(["da", "en"] as const)(
    "%s: each empty table has one grey example row, marked in its key cell",
    (language) => {
      const sheet = buildTemplate(language);
      for (const t of sheet.tables.slice(0, 4)) {
        expect(t.bottom).toBe(t.top + 1);
        const key = sheet.cells.find((c) => c.row === t.bottom && c.column === t.left);
        expect(String(key?.value)).toMatch(language === "da" ? /^Eksempel: / : /^Example: /);
        const row = sheet.cells.filter((c) => c.row === t.bottom && c.value !== null);
        expect(row.length).toBeGreaterThanOrEqual(2);
        for (const c of row) expect(c.style).toBe("note");
      }
    }
  );
});

describe("the Aabenraa example", () => {
  test("reads back with zero problems and the seeds' figures", async () => {
    const { input, problems, ranges } = await readBack(templateBytes("da", AABENRAA), "da");
    expect(problems).toEqual([]);
    const budget = input.budget!;
    expect(budget.unit).toBe("mio.kr");
    expect(budget.rows.map((r) => [r.year.value, r.budgeted.value, r.actual.value])).toEqual([
      [2016, -18.1, 6.1],
      [2017, -8.6, 25.3],
      [2018, 4, 11.4],
      [2019, 22, null],
    ]);
    expect(budget.investmentByCategory.map((c) => c.amount.value).reduce((a, b) => a + b, 0)).toBe(
      68
    );
    const caseload = input.caseload!;
    expect(
      caseload.rows.map((r) => [r.month.value, r.count.value, r.target?.value ?? null])
    ).toEqual([
      [{ year: 2015, month: 6 }, 1008, null],
      [{ year: 2017, month: 1 }, 661, null],
      [{ year: 2017, month: 7 }, 563, null],
      [{ year: 2017, month: 12 }, null, 700],
      [{ year: 2018, month: 5 }, 495, null],
      [{ year: 2018, month: 12 }, null, 500],
    ]);
    expect(caseload.rows[1]?.original?.value).toBe(499);
    expect(caseload.rows[1]?.newcomers?.value).toBe(162);
    expect(input.outcomes!.rows.map((r) => [r.label.value, r.count?.value])).toEqual([
      ["Selvforsørgende", 54],
      ["Job- eller uddannelsesparat", 19],
      ["Anden forsørgelse", 27],
    ]);
    expect(input.assumptions.map((a) => a.key)).toEqual([
      "municipality",
      "discountRate",
      "fleksjobIsSelfSupporting",
      "monthlyBenefitRate",
      "weeksOnBenefit",
      "selfSupportingGoal",
      "baseline",
      "target",
    ]);
    // Issue 11: the municipality KIK Overblik's title names.
    expect(input.assumptions[0]?.value.value).toBe("Aabenraa Kommune");
    expect(Object.keys(ranges).sort()).toEqual([
      "assumptions",
      "budget",
      "caseload",
      "investment",
      "outcomes",
    ]);
  });

  test("examples/aabenraa-kik.xlsx is what scripts/make-example.ts makes (run `npm run example`)", async () => {
    const bytes = await templateBytes("da", AABENRAA, { date: EXAMPLE_DATE });
    expect(bytes.equals(fs.readFileSync(EXAMPLE))).toBe(true);
  });

  test("the same content gives the same bytes (fixed dates)", async () => {
    const a = await templateBytes("da", AABENRAA, { date: EXAMPLE_DATE });
    const b = await templateBytes("da", AABENRAA, { date: EXAMPLE_DATE });
    expect(a.equals(b)).toBe(true);
  });
});
