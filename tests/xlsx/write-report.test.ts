/**
 * The .xlsx writer (src/xlsx/write-report.ts): a report plan written into a package, read back
 * with an independent library (ExcelJS) for cells, formulas, formats and views, and with the
 * command line's own reader for what the input readers see.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  EMPTY_SUMMARY,
  generatedMarkerName,
  type ReportPlan,
  type ReportSheetKind,
} from "../../src/report/plan";
import { DEFAULT_SHEET_NAMES, resolveSheetNames } from "../../src/report/sheet-names";
import { newWorkbookBytes } from "../../src/xlsx/new-workbook";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { NotGeneratedSheetError, writeReport, type WriteResult } from "../../src/xlsx/write-report";
import { worksheetXml } from "../../src/xlsx/worksheet";
import { StylesEditor } from "../../src/xlsx/styles";
import { TRANSITIONAL } from "../../src/xlsx/opc";
import { existingSheets } from "./exceljs-view";
import { load, sheet, smallPlan } from "./helpers";

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

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes `plan` into the package `bytes`; the new bytes and what the writer did. */
async function write(
  bytes: Uint8Array,
  plan: ReportPlan
): Promise<{ bytes: Uint8Array; result: WriteResult }> {
  const out = await writeReport(await XlsxWorkbook.open(bytes), plan);
  return { bytes: new Uint8Array(out.bytes), result: out.result };
}

/** The names a plan gets in the package `bytes`. */
async function namesIn(bytes: Uint8Array): Promise<Record<ReportSheetKind, string>> {
  return resolveSheetNames((await XlsxWorkbook.open(bytes)).existingSheets(), "da");
}

/** An empty workbook with one blank sheet (the package every plan below goes into). */
function blank(): Promise<Uint8Array> {
  return newWorkbookBytes(
    [
      {
        name: "Ark1",
        cells: [],
        columnWidths: [],
        freeze: { rows: 0, columns: 0 },
        tables: [],
        charts: [],
      },
    ],
    "da"
  ).then((b) => new Uint8Array(b));
}

describe("writeReport: cells round-trip through a written file", () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let result: WriteResult;
  beforeAll(async () => {
    ({ bytes, result } = await write(await blank(), smallPlan(DA)));
    wb = await load(Buffer.from(bytes));
  });

  test("sheets are created in plan order and marked", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Ark1",
      DA.overview,
      DA.economy,
      DA.caseload,
      DA.assumptions,
    ]);
    const expected = [
      { name: "Ark1", generatedKind: null },
      { name: DA.overview, generatedKind: "overview" },
      { name: DA.economy, generatedKind: "economy" },
      { name: DA.caseload, generatedKind: "caseload" },
      { name: DA.assumptions, generatedKind: "assumptions" },
    ];
    expect(existingSheets(wb)).toEqual(expected);
    expect((await XlsxWorkbook.open(bytes)).existingSheets()).toEqual(expected);
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

  test("the reader reads the cached results back", async () => {
    const view = (await XlsxWorkbook.open(bytes)).view();
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

  test("native tables exist over the planned blocks, totals row included", async () => {
    const view = (await XlsxWorkbook.open(bytes)).view();
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

  test("charts are written as chart parts in a drawing on their sheet; nothing is skipped", async () => {
    expect(result.skipped).toEqual([]);
    expect(result.charts).toBe(1);
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain(`<c:f>'${DA.economy}'!$C$4:$C$5</c:f>`);
    expect(chart).toContain("<c:v>Faktisk</c:v>");
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>"
    );
  });

  test("the workbook asks Excel to recalculate fully on load", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(table).toContain('ref="A3:C6"');
    expect(table).toContain('totalsRowCount="1"');
  });
});

describe("markers: only KIK's sheets are ever rewritten", () => {
  test("a user's sheet named 'KIK Overblik' is untouched; the report goes to 'KIK Overblik (2)'", async () => {
    const input = await bytesOf(userWorkbook());
    const wb = await load(Buffer.from(input));
    const before = {
      data: snapshot(wb.getWorksheet("Data")!),
      mine: snapshot(wb.getWorksheet("KIK Overblik")!),
    };
    const names = await namesIn(input);
    expect(names.overview).toBe("KIK Overblik (2)");
    const { bytes } = await write(input, smallPlan(names));
    const back = await load(Buffer.from(bytes));
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
      (await XlsxWorkbook.open(bytes))
        .view()
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "KIK_Oekonomi"]);
  });

  test("a re-run clears and rewrites KIK's sheets in place and leaves everything else", async () => {
    const input = await bytesOf(userWorkbook());
    const first = await write(input, smallPlan(await namesIn(input), "run 1"));
    // The user adds a sheet that points at KIK's sheet, and scribbles on KIK's sheet (in ExcelJS).
    const edited = await load(Buffer.from(first.bytes));
    const notes = edited.addWorksheet("Noter");
    notes.getCell("A1").value = { formula: `'${DA.economy}'!B6`, result: -26.7 };
    edited.getWorksheet(DA.economy)!.getCell("H40").value = "kladde";
    const again = await bytesOf(edited);
    const back = await load(Buffer.from(again));
    const before = {
      data: snapshot(back.getWorksheet("Data")!),
      mine: snapshot(back.getWorksheet("KIK Overblik")!),
      notes: snapshot(back.getWorksheet("Noter")!),
    };
    const order = back.worksheets.map((w) => w.name);

    const names = await namesIn(again);
    expect(names.overview).toBe("KIK Overblik (2)");
    const second = await write(again, smallPlan(names, "run 2"));
    expect(second.result.sheets.every((s) => s.reused)).toBe(true);
    const after = await load(Buffer.from(second.bytes));

    expect(after.worksheets.map((w) => w.name)).toEqual(order);
    expect(after.getWorksheet("KIK Overblik (2)")!.getCell("A2").value).toBe("run 2");
    expect(after.getWorksheet(DA.economy)!.getCell("H40").value).toBeNull();
    expect(snapshot(after.getWorksheet("Data")!)).toEqual(before.data);
    expect(snapshot(after.getWorksheet("KIK Overblik")!)).toEqual(before.mine);
    expect(snapshot(after.getWorksheet("Noter")!)).toEqual(before.notes);
    // One table per planned table, not two; the user's table is still there; one chart.
    const book = await XlsxWorkbook.open(second.bytes);
    expect(
      book
        .view()
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "KIK_Oekonomi"]);
    expect(book.pkg.names().filter((n) => /charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    expect(
      existingSheets(after)
        .filter((s) => s.generatedKind !== null)
        .map((s) => s.name)
    ).toEqual(["KIK Overblik (2)", DA.economy, DA.caseload, DA.assumptions]);
  });

  test("a renamed KIK sheet is still KIK's and is reused under its new name", async () => {
    const { bytes } = await write(await blank(), smallPlan(DA));
    const back = await load(Buffer.from(bytes));
    // What Excel does when the user renames the sheet: the sheet and the marker's reference change.
    back.getWorksheet(DA.caseload)!.name = "Mine sagstal";
    back.definedNames.model = (back.definedNames.model as { name: string; ranges: string[] }[]).map(
      (n) =>
        n.name === generatedMarkerName("caseload")
          ? { name: n.name, ranges: ["'Mine sagstal'!$A$1"] }
          : n
    );
    const renamed = await bytesOf(back);
    const names = await namesIn(renamed);
    expect(names.caseload).toBe("Mine sagstal");
    const again = await write(renamed, smallPlan(names));
    expect((await XlsxWorkbook.open(again.bytes)).sheets.map((s) => s.name)).toEqual([
      "Ark1",
      DA.overview,
      DA.economy,
      "Mine sagstal",
      DA.assumptions,
    ]);
  });

  test("a plan naming a sheet KIK did not make is refused before anything changes", async () => {
    const input = await bytesOf(userWorkbook());
    const book = await XlsxWorkbook.open(input);
    await expect(writeReport(book, smallPlan(DA))).rejects.toThrow(NotGeneratedSheetError);
    expect(book.pkg.names().some((n) => book.pkg.isWritten(n))).toBe(false);
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
    const book = await XlsxWorkbook.open(await zipped.generateAsync({ type: "uint8array" }));
    expect(book.existingSheets()).toEqual([{ name: "KIK Overblik", generatedKind: null }]);
  });
});

describe("tables", () => {
  test("a planned table name the workbook already uses gets a free one, and formulas follow", async () => {
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
      summary: EMPTY_SUMMARY,
      notes: [],
    };
    const { bytes, result } = await write(await bytesOf(userWorkbook()), plan);
    expect(result.renamedTables).toEqual([{ from: "Brugerens", to: "Brugerens_2" }]);
    expect(
      (await XlsxWorkbook.open(bytes))
        .view()
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Brugerens", "Brugerens_2"]);
    const back = await load(Buffer.from(bytes));
    expect(
      (back.getWorksheet("KIK Økonomi")!.getCell("A3").value as ExcelJS.CellFormulaValue).formula
    ).toBe("SUM(Brugerens_2[X])+SUM(Brugerens_2[Y])");
  });

  test("header cells become unique, non-empty text; a table without data rows is skipped", async () => {
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
      summary: EMPTY_SUMMARY,
      notes: [],
    };
    const { bytes, result } = await write(await blank(), plan);
    expect(result.skipped).toEqual([
      { sheet: "KIK Sagstal", kind: "table", title: "T2", reason: "tableWithoutDataRows" },
    ]);
    const view = (await XlsxWorkbook.open(bytes)).view();
    expect(
      view.grid({ sheet: "KIK Sagstal", top: 1, left: 1, bottom: 1, right: 3 }).values
    ).toEqual([["2016", "20162", "Kolonne3"]]);
    expect(view.tables.map((t) => t.name)).toEqual(["Tabel_1"]);
  });
});

describe("cells as the worksheet part writes them", () => {
  const xmlOf = (cells: Parameters<typeof worksheetXml>[1]): string =>
    new TextDecoder().decode(
      worksheetXml(
        {
          name: "S",
          cells,
          columnWidths: [],
          freeze: { rows: 0, columns: 0 },
          tables: [],
          charts: [],
        },
        cells,
        {
          conformance: TRANSITIONAL,
          styles: new StylesEditor(null, TRANSITIONAL.main),
          date1904: false,
          tableIds: [],
          selected: false,
        }
      )
    );

  test("rows encoded in chunks: every row once, in order, non-ASCII text intact", () => {
    const cells = Array.from({ length: 4_500 }, (_, i) => ({
      row: i + 1,
      column: 1,
      value: `Ø${i + 1}`,
    }));
    const xml = xmlOf(cells);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(cells.map((c) => c.row));
    expect(xml).toContain('<c r="A4500" s="1" t="inlineStr"><is><t>Ø4500</t></is></c>');
    expect(xml.endsWith("</worksheet>")).toBe(true);
  });

  test("text is never a formula; errors, non-finite numbers and over-long text", () => {
    expect(xmlOf([{ row: 1, column: 1, value: "=1+1" }])).toContain(
      '<c r="A1" s="1" t="inlineStr"><is><t>=1+1</t></is></c>'
    );
    expect(xmlOf([{ row: 1, column: 1, value: "#N/A", formula: "NA()" }])).toContain(
      '<c r="A1" s="1" t="e"><f>NA()</f><v>#N/A</v></c>'
    );
    expect(xmlOf([{ row: 1, column: 1, value: 1, formula: "=A2" }])).toContain(
      '<c r="A1" s="1"><f>A2</f><v>1</v></c>'
    );
    expect(xmlOf([{ row: 1, column: 1, value: Number.NaN }])).toContain('<c r="A1" s="1"/>');
    const long = xmlOf([{ row: 1, column: 1, value: "x".repeat(40_000) }]);
    expect(/<t>(x+)<\/t>/.exec(long)?.[1]).toHaveLength(32_767);
  });

  test("characters XML cannot hold are escaped as SpreadsheetML does (_xHHHH_)", () => {
    expect(xmlOf([{ row: 1, column: 1, value: "a\u0001b_x0041_<&>" }])).toContain(
      "<t>a_x0001_b_x005F_x0041_&lt;&amp;&gt;</t>"
    );
  });
});
