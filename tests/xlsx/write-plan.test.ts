import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generatedMarkerName, type ReportSheetKind } from "../../src/report/plan";
import { DEFAULT_SHEET_NAMES, resolveSheetNames } from "../../src/report/sheet-names";
import { workbookView } from "../../src/xlsx/workbook-view";
import {
  cellValueOf,
  existingSheets,
  NotGeneratedSheetError,
  writePlan,
} from "../../src/xlsx/write-plan";
import { load, roundTrip, sheet, smallPlan } from "./helpers";

const DA = DEFAULT_SHEET_NAMES.da as Record<ReportSheetKind, string>;

/** Every cell of a worksheet: address -> value, number format, font, fill, border. */
function snapshot(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.parse(
        JSON.stringify({
          value: cell.value,
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
          border: cell.border,
        })
      );
    });
  });
  return out;
}

/** A user's workbook: data, a sheet called "KIK Overblik" they made themselves, names and a table. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  data.getCell("A1").value = "Min tabel";
  data.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
  data.getCell("B2").value = 42;
  data.getCell("B2").numFmt = "0.00";
  data.getCell("C3").value = { formula: "B2*2", result: 84 };
  data.addTable({
    name: "Brugerens",
    ref: "E1",
    columns: [{ name: "X" }, { name: "Y" }],
    rows: [[1, 2]],
  });
  const mine = wb.addWorksheet("KIK Overblik");
  mine.getCell("A1").value = "Brugerens eget overblik";
  mine.getCell("B5").value = { formula: "Data!B2+1", result: 43 };
  wb.definedNames.add("Data!$B$2", "Brugernavn");
  return wb;
}

describe("writePlan: cells round-trip through a written file", () => {
  let wb: ExcelJS.Workbook;
  let result: ReturnType<typeof writePlan>;
  beforeAll(async () => {
    const fresh = new ExcelJS.Workbook();
    result = writePlan(fresh, smallPlan(DA));
    wb = await roundTrip(fresh);
  });

  test("sheets are created in plan order and marked", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      DA.overview,
      DA.economy,
      DA.caseload,
      DA.assumptions,
    ]);
    expect(existingSheets(wb)).toEqual([
      { name: DA.overview, generatedKind: "overview" },
      { name: DA.economy, generatedKind: "economy" },
      { name: DA.caseload, generatedKind: "caseload" },
      { name: DA.assumptions, generatedKind: "assumptions" },
    ]);
    expect(wb.definedNames.getRanges(generatedMarkerName("overview")).ranges).toEqual([
      `'${DA.overview}'!$A$1`,
    ]);
    expect(result.sheets.every((s) => !s.reused)).toBe(true);
  });

  test("formulas with cached results; text starting with = stays text", () => {
    const ws = wb.getWorksheet(DA.overview)!;
    expect(ws.getCell("A3").value).toBe('=HYPERLINK("http://example.com")');
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B4").value).toEqual({
      formula: `'${DA.economy}'!C6-'${DA.economy}'!B6`,
      result: 4.7,
    });
    expect(ws.getCell("B5").value).toEqual({ formula: "B4>0", result: true });
    expect(ws.getCell("B6").value).toEqual({ formula: 'IF(B4>0,"ja","nej")', result: "ja" });
    expect((ws.getCell("B7").value as ExcelJS.CellFormulaValue).formula).toBe("NA()");
    const economy = wb.getWorksheet(DA.economy)!;
    expect(economy.getCell("B6").value).toEqual({ formula: "SUM(B4:B5)", result: -26.7 });
    expect(economy.getCell("A6").value).toBe("I alt");
  });

  test("the view reads the cached results back", () => {
    const view = workbookView(wb);
    expect(view.grid({ sheet: DA.economy, top: 3, left: 1, bottom: 6, right: 3 }).values).toEqual([
      ["År", "Budgetteret", "Faktisk"],
      [2016, -18.1, 6.1],
      [2017, -8.6, 25.3],
      ["I alt", -26.7, 31.4],
    ]);
  });

  test("number formats, styles, column widths and frozen panes", () => {
    const economy = wb.getWorksheet(DA.economy)!;
    expect(economy.getCell("B4").numFmt).toBe("#,##0.0");
    expect(economy.getCell("A3").font.bold).toBe(true);
    expect((economy.getCell("A3").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(economy.getCell("B6").border.top?.style).toBe("thin");
    expect(economy.getCell("B6").font.bold).toBe(true);
    expect(economy.getColumn(2).width).toBe(14);
    expect(economy.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    const overview = wb.getWorksheet(DA.overview)!;
    expect(overview.getCell("A1").font.size).toBeGreaterThan(11);
    expect(overview.getCell("A2").font.italic).toBe(true);
    expect(wb.getWorksheet(DA.assumptions)!.getCell("A2").numFmt).toBe("0.0%");
  });

  test("native tables exist over the planned blocks, totals row included", () => {
    const view = workbookView(wb);
    expect(view.tables).toEqual([
      {
        name: "KIK_Oekonomi",
        range: { sheet: DA.economy, top: 3, left: 1, bottom: 6, right: 3 },
        totalsRow: true,
      },
    ]);
    const table = wb.getWorksheet(DA.economy)!.getTable("KIK_Oekonomi") as unknown as {
      table: { totalsRow: boolean };
    };
    expect(table.table.totalsRow).toBe(true);
  });

  test("charts are returned as skipped", () => {
    expect(result.skipped).toEqual([
      {
        sheet: DA.economy,
        kind: "chart",
        title: "Budgetteret og faktisk",
        reason: "chartsNotSupported",
      },
    ]);
  });

  test("the workbook asks Excel to recalculate fully on load", async () => {
    const fresh = new ExcelJS.Workbook();
    writePlan(fresh, smallPlan(DA));
    const zip = await JSZip.loadAsync(await fresh.xlsx.writeBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(table).toContain('ref="A3:C6"');
    expect(table).toContain('totalsRowCount="1"');
  });
});

describe("markers: only KIK's sheets are ever rewritten", () => {
  test("a user's sheet named 'KIK Overblik' is untouched; the report goes to 'KIK Overblik (2)'", async () => {
    const wb = await roundTrip(userWorkbook());
    const before = {
      data: snapshot(wb.getWorksheet("Data")!),
      mine: snapshot(wb.getWorksheet("KIK Overblik")!),
    };
    const names = resolveSheetNames(existingSheets(wb), "da");
    expect(names.overview).toBe("KIK Overblik (2)");
    writePlan(wb, smallPlan(names));
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "Data",
      "KIK Overblik",
      "KIK Overblik (2)",
      DA.economy,
      DA.caseload,
      DA.assumptions,
    ]);
    expect(snapshot(back.getWorksheet("Data")!)).toEqual(before.data);
    expect(snapshot(back.getWorksheet("KIK Overblik")!)).toEqual(before.mine);
    expect(back.getWorksheet("KIK Overblik (2)")!.getCell("A1").value).toBe("KIK Overblik");
    expect(back.definedNames.getRanges("Brugernavn").ranges).toEqual(["Data!$B$2"]);
    expect(
      workbookView(back)
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "KIK_Oekonomi"]);
  });

  test("a re-run clears and rewrites KIK's sheets in place and leaves everything else", async () => {
    const wb = await roundTrip(userWorkbook());
    writePlan(wb, smallPlan(resolveSheetNames(existingSheets(wb), "da"), "run 1"));
    let back = await roundTrip(wb);
    // The user adds a sheet that points at KIK's sheet, and scribbles on KIK's sheet.
    const notes = back.addWorksheet("Noter");
    notes.getCell("A1").value = { formula: `'${DA.economy}'!B6`, result: -26.7 };
    back.getWorksheet(DA.economy)!.getCell("H40").value = "kladde";
    back = await roundTrip(back);
    const before = {
      data: snapshot(back.getWorksheet("Data")!),
      mine: snapshot(back.getWorksheet("KIK Overblik")!),
      notes: snapshot(back.getWorksheet("Noter")!),
    };
    const order = back.worksheets.map((w) => w.name);

    const names = resolveSheetNames(existingSheets(back), "da");
    expect(names.overview).toBe("KIK Overblik (2)");
    const second = writePlan(back, smallPlan(names, "run 2"));
    expect(second.sheets.every((s) => s.reused)).toBe(true);
    const after = await roundTrip(back);

    expect(after.worksheets.map((w) => w.name)).toEqual(order);
    expect(after.getWorksheet("KIK Overblik (2)")!.getCell("A2").value).toBe("run 2");
    expect(after.getWorksheet(DA.economy)!.getCell("H40").value).toBeNull();
    expect(snapshot(after.getWorksheet("Data")!)).toEqual(before.data);
    expect(snapshot(after.getWorksheet("KIK Overblik")!)).toEqual(before.mine);
    expect(snapshot(after.getWorksheet("Noter")!)).toEqual(before.notes);
    // One table per planned table, not two; the user's table is still there.
    expect(
      workbookView(after)
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "KIK_Oekonomi"]);
    expect(
      existingSheets(after)
        .filter((s) => s.generatedKind !== null)
        .map((s) => s.name)
    ).toEqual(["KIK Overblik (2)", DA.economy, DA.caseload, DA.assumptions]);
  });

  test("a renamed KIK sheet is still KIK's and is reused under its new name", async () => {
    const wb = new ExcelJS.Workbook();
    writePlan(wb, smallPlan(DA));
    const back = await roundTrip(wb);
    // What Excel does when the user renames the sheet: the sheet and the marker's reference change.
    back.getWorksheet(DA.caseload)!.name = "Mine sagstal";
    back.definedNames.model = (back.definedNames.model as { name: string; ranges: string[] }[]).map(
      (n) =>
        n.name === generatedMarkerName("caseload")
          ? { name: n.name, ranges: ["'Mine sagstal'!$A$1"] }
          : n
    );
    const names = resolveSheetNames(existingSheets(back), "da");
    expect(names.caseload).toBe("Mine sagstal");
    writePlan(back, smallPlan(names));
    expect(back.worksheets.map((w) => w.name)).toEqual([
      DA.overview,
      DA.economy,
      "Mine sagstal",
      DA.assumptions,
    ]);
  });

  test("a plan naming a sheet KIK did not make is refused before anything changes", () => {
    const wb = userWorkbook();
    const before = snapshot(wb.getWorksheet("KIK Overblik")!);
    expect(() => writePlan(wb, smallPlan(DA))).toThrow(NotGeneratedSheetError);
    expect(snapshot(wb.getWorksheet("KIK Overblik")!)).toEqual(before);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "KIK Overblik"]);
  });

  test("a marker left by a deleted sheet (#REF!) marks nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("KIK Overblik").getCell("A1").value = "brugerens";
    const zipped = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zipped.file("xl/workbook.xml")!.async("string");
    zipped.file(
      "xl/workbook.xml",
      xml.replace(
        "<calcPr",
        '<definedNames><definedName name="KIK_GENERATED_OVERVIEW">#REF!$A$1</definedName></definedNames><calcPr'
      )
    );
    const back = await load(await zipped.generateAsync({ type: "nodebuffer" }));
    expect(existingSheets(back)).toEqual([{ name: "KIK Overblik", generatedKind: null }]);
  });
});

describe("tables", () => {
  test("a planned table name the workbook already uses gets a free one, and formulas follow", async () => {
    const wb = userWorkbook();
    const plan = {
      language: "da" as const,
      sheets: [
        sheet(
          "economy",
          "KIK Økonomi",
          [
            { row: 1, column: 1, value: "X" },
            { row: 1, column: 2, value: "Y" },
            { row: 2, column: 1, value: 1 },
            { row: 2, column: 2, value: 2 },
            { row: 3, column: 1, value: 3, formula: "SUM(Brugerens[X])+SUM(Brugerens[Y])" },
          ],
          {
            tables: [{ name: "Brugerens", top: 1, left: 1, bottom: 2, right: 2, totalsRow: false }],
          }
        ),
      ],
      keyFigures: [],
      notes: [],
    };
    const result = writePlan(wb, plan);
    expect(result.renamedTables).toEqual([{ from: "Brugerens", to: "Brugerens_2" }]);
    const back = await roundTrip(wb);
    expect(
      workbookView(back)
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "Brugerens_2"]);
    expect(
      (back.getWorksheet("KIK Økonomi")!.getCell("A3").value as ExcelJS.CellFormulaValue).formula
    ).toBe("SUM(Brugerens_2[X])+SUM(Brugerens_2[Y])");
  });

  test("header cells become unique, non-empty text; a table without data rows is skipped", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = {
      language: "da" as const,
      sheets: [
        sheet(
          "caseload",
          "KIK Sagstal",
          [
            { row: 1, column: 1, value: 2016 },
            { row: 1, column: 2, value: "2016" },
            { row: 2, column: 1, value: 1 },
            { row: 5, column: 1, value: "Kun overskrift" },
          ],
          {
            tables: [
              { name: "Tabel_1", top: 1, left: 1, bottom: 2, right: 3, totalsRow: false },
              { name: "T2", top: 5, left: 1, bottom: 5, right: 1, totalsRow: false },
            ],
          }
        ),
      ],
      keyFigures: [],
      notes: [],
    };
    const result = writePlan(wb, plan);
    expect(result.skipped).toEqual([
      { sheet: "KIK Sagstal", kind: "table", title: "T2", reason: "tableWithoutDataRows" },
    ]);
    const back = await roundTrip(wb);
    const view = workbookView(back);
    expect(
      view.grid({ sheet: "KIK Sagstal", top: 1, left: 1, bottom: 1, right: 3 }).values
    ).toEqual([["2016", "20162", "Kolonne3"]]);
    expect(view.tables.map((t) => t.name)).toEqual(["Tabel_1"]);
  });
});

describe("cellValueOf", () => {
  test("text is never a formula; errors and non-finite numbers", () => {
    expect(cellValueOf({ row: 1, column: 1, value: "=1+1" })).toBe("=1+1");
    expect(cellValueOf({ row: 1, column: 1, value: "#N/A", formula: "NA()" })).toEqual({
      formula: "NA()",
      result: { error: "#N/A" },
    });
    expect(cellValueOf({ row: 1, column: 1, value: 1, formula: "=A2" })).toEqual({
      formula: "A2",
      result: 1,
    });
    expect(cellValueOf({ row: 1, column: 1, value: Number.NaN })).toBeNull();
    expect(cellValueOf({ row: 1, column: 1, value: "x".repeat(40_000) })).toHaveLength(32_767);
  });
});
