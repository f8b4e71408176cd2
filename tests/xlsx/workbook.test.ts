/**
 * The command line's reader (src/xlsx/workbook.ts) on workbooks written by another library
 * (ExcelJS): cells, formulas' cached results, dates, merges, used ranges, tables and names as
 * the input readers see them. The real-files corpus (real-files.test.ts) covers the shapes other
 * producers write.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookView } from "../../src/input/read-case";
import { readCaseInput } from "../../src/input/read-case";
import { isoDateSerial } from "../../src/xlsx/sheet-data";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

/** The direct reader's view of an ExcelJS workbook, written to bytes first. */
async function viewOf(workbook: ExcelJS.Workbook): Promise<WorkbookView> {
  return (await XlsxWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()))).view();
}

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data ark");
  ws.getCell("A1").value = 1.5;
  ws.getCell("B1").value = "tekst";
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = {
    richText: [{ text: "fed " }, { text: "tekst", font: { bold: true } }],
  };
  ws.getCell("E1").value = { text: "aabenraa.dk", hyperlink: "https://aabenraa.dk" };
  ws.getCell("A2").value = { formula: "A1*2", result: 3 };
  ws.getCell("B2").value = { formula: 'IF(A1>1,"stor","lille")', result: "stor" };
  ws.getCell("C2").value = { formula: "A1>1", result: true };
  ws.getCell("D2").value = {
    formula: "NA()",
    result: { error: "#N/A" },
  } as ExcelJS.CellFormulaValue;
  ws.getCell("E2").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("B3").value = new Date(Date.UTC(2015, 5, 1));
  ws.getCell("B3").numFmt = "yyyy-mm";
  ws.getCell("C3").value = new Date(Date.UTC(2017, 6, 31, 18, 0, 0));
  ws.getCell("C3").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("D3").value = '=HYPERLINK("x")';
  ws.mergeCells("A5:B6");
  ws.getCell("A5").value = "flettet";
  ws.getCell("D8").value = 7;
  ws.addTable({
    name: "KIK_Udfald",
    ref: "F1",
    columns: [{ name: "Udfald" }, { name: "Antal" }],
    rows: [
      ["Selvforsørgende", 54],
      ["Anden forsørgelse", 27],
    ],
  });
  const other = wb.addWorksheet("Tom");
  other.getCell("C3").style = { font: { bold: true } };
  wb.definedNames.add("'Data ark'!$A$1:$B$2", "MitOmråde");
  return wb;
}

describe("XlsxWorkbook.view: cells", () => {
  let view: WorkbookView;
  beforeAll(async () => {
    view = await viewOf(await sample());
  });

  test("sheet names in order", () => {
    expect(view.sheetNames).toEqual(["Data ark", "Tom"]);
  });

  test("numbers, text, booleans, rich text and hyperlinks as plain values", () => {
    const g = view.grid({ sheet: "Data ark", top: 1, left: 1, bottom: 1, right: 5 });
    expect(g.values).toEqual([[1.5, "tekst", true, "fed tekst", "aabenraa.dk"]]);
    expect(g.sheet).toBe("Data ark");
    expect(g.top).toBe(1);
    expect(g.left).toBe(1);
  });

  test("formulas give their cached results (blank without one)", () => {
    const g = view.grid({ sheet: "Data ark", top: 2, left: 1, bottom: 2, right: 5 });
    expect(g.values).toEqual([[3, "stor", true, { error: "#N/A" }]]);
  });

  test("errors, dates as Excel serials, text starting with = stays text", () => {
    const g = view.grid({ sheet: "Data ark", top: 3, left: 1, bottom: 3, right: 4 });
    expect(g.values[0]?.[0]).toEqual({ error: "#DIV/0!" });
    expect(g.values[0]?.[1]).toEqual({ date: 42156 }); // 2015-06-01
    const c3 = g.values[0]?.[2] as { date: number };
    expect(c3.date).toBeCloseTo(42947.75, 9); // 2017-07-31 18:00
    expect(g.values[0]?.[3]).toBe('=HYPERLINK("x")');
  });

  test("merged cells: the top-left value, the rest blank, the area in merges", () => {
    const g = view.grid({ sheet: "Data ark", top: 5, left: 1, bottom: 6, right: 2 });
    expect(g.values).toEqual([["flettet"], []]);
    expect(g.merges).toEqual([{ top: 5, left: 1, bottom: 6, right: 2 }]);
    const outside = view.grid({ sheet: "Data ark", top: 1, left: 1, bottom: 2, right: 2 });
    expect(outside.merges).toBeUndefined();
  });

  test("blank rows and columns beyond the used range are left out; rows are trimmed", () => {
    const g = view.grid({ sheet: "Data ark", top: 7, left: 1, bottom: 1000, right: 100 });
    expect(g.values).toEqual([[], [null, null, null, 7]]);
  });

  test("used range: cells with values (formatted empty cells do not count)", () => {
    expect(view.usedRange("Data ark")).toEqual({
      sheet: "Data ark",
      top: 1,
      left: 1,
      bottom: 8,
      right: 7,
    });
    expect(view.usedRange("Tom")).toBeNull();
    expect(view.usedRange("findes ikke")).toBeNull();
  });

  test("sheet names are matched case-insensitively, as Excel does", () => {
    expect(view.usedRange("DATA ARK")?.sheet).toBe("Data ark");
    expect(view.grid({ sheet: "data ark", top: 1, left: 1, bottom: 1, right: 1 }).values).toEqual([
      [1.5],
    ]);
  });

  test("a missing sheet gives an empty grid", () => {
    expect(view.grid({ sheet: "Nej", top: 1, left: 1, bottom: 3, right: 3 }).values).toEqual([]);
  });

  test("tables read back from the file with their full range (header = top)", () => {
    expect(view.tables).toEqual([
      {
        name: "KIK_Udfald",
        range: { sheet: "Data ark", top: 1, left: 6, bottom: 3, right: 7 },
        totalsRow: false,
      },
    ]);
    const t = view.tables[0]!.range;
    expect(view.grid(t).values).toEqual([
      ["Udfald", "Antal"],
      ["Selvforsørgende", 54],
      ["Anden forsørgelse", 27],
    ]);
  });

  test("defined names that are ranges", () => {
    expect(view.names).toEqual([
      { name: "MitOmråde", range: { sheet: "Data ark", top: 1, left: 1, bottom: 2, right: 2 } },
    ]);
  });
});

describe("a table's totals row", () => {
  /** Outcomes as an Excel table whose totals row has no label and a SUBTOTAL of the counts. */
  async function withTotals(): Promise<{ workbook: Uint8Array; xml: string }> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KIK Input");
    ws.addTable({
      name: "KIK_Udfald",
      ref: "B2",
      totalsRow: true,
      // ExcelJS writes `totalsRowResult` as the SUBTOTAL's cached value (its types omit it).
      columns: [
        { name: "Udfald", totalsRowLabel: "" },
        {
          name: "Antal",
          totalsRowFunction: "sum",
          totalsRowResult: 100,
        } as ExcelJS.TableColumnProperties,
      ],
      rows: [
        ["Selvforsørgende", 54],
        ["Job- eller uddannelsesparat", 19],
        ["Anden forsørgelse", 27],
      ],
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/tables/table1.xml")!.async("string");
    return { workbook: bytes, xml };
  }

  test('totalsRowCount="1" in the table part is the view\'s totalsRow; the range includes it', async () => {
    const { workbook, xml } = await withTotals();
    expect(xml).toContain('totalsRowCount="1"');
    const view = (await XlsxWorkbook.open(workbook)).view();
    expect(view.tables).toEqual([
      {
        name: "KIK_Udfald",
        range: { sheet: "KIK Input", top: 2, left: 2, bottom: 6, right: 3 },
        totalsRow: true,
      },
    ]);
    expect(view.grid(view.tables[0]!.range).values[4]).toEqual(["", 100]);
  });

  test("the readers leave the totals row out: no outcome without a label", async () => {
    const { workbook } = await withTotals();
    const read = readCaseInput((await XlsxWorkbook.open(workbook)).view(), {}, "da");
    expect(read.problems).toEqual([]);
    expect(read.input.outcomes?.rows.map((r) => [r.label.value, r.count?.value])).toEqual([
      ["Selvforsørgende", 54],
      ["Job- eller uddannelsesparat", 19],
      ["Anden forsørgelse", 27],
    ]);
    expect(read.ranges.outcomes).toEqual({
      sheet: "KIK Input",
      top: 2,
      left: 2,
      bottom: 5,
      right: 3,
    });
  });
});

describe("dates", () => {
  test("ISO 8601 date cells: serials from 1899-12-30 in UTC, whatever the time zone", () => {
    expect(isoDateSerial("1899-12-30")).toBe(0);
    expect(isoDateSerial("1900-03-01")).toBe(61);
    expect(isoDateSerial("2018-05-31T00:00:00")).toBe(43251);
    expect(isoDateSerial("2018-05-31T00:00:00Z")).toBe(43251);
    expect(isoDateSerial("2018-05-31T02:00:00+02:00")).toBe(43251);
    expect(isoDateSerial("2017-07-31T18:00:00")).toBeCloseTo(42947.75, 9);
    expect(isoDateSerial("12:00:00")).toBe(0.5);
    expect(isoDateSerial("ikke en dato")).toBeNull();
  });

  test("a workbook in the 1904 date system gives the same serials", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2015, 5, 1));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const view = await viewOf(wb);
    expect(view.grid({ sheet: "S", top: 1, left: 1, bottom: 1, right: 1 }).values).toEqual([
      [{ date: 42156 }],
    ]);
  });
});

describe("shared formulas", () => {
  test("master and dependants give their cached results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 4,
      shareType: "shared",
      ref: "B1:B2",
    } as unknown as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 6 } as unknown as ExcelJS.CellValue;
    const view = await viewOf(wb);
    expect(view.grid({ sheet: "S", top: 1, left: 2, bottom: 2, right: 2 }).values).toEqual([[4], [6]]);
  });
});

describe("speed", () => {
  test("a 100,000-row sheet is read (speed: npm run bench)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sagstal");
    ws.addRow(["Måned", "Sagstal", "Mål", "Oprindelig gruppe", "Nytilgang", "Sammenligning"]);
    for (let i = 0; i < 100_000; i++) {
      ws.addRow([
        new Date(Date.UTC(2000 + Math.floor(i / 12), i % 12, 1)),
        1000 - (i % 500),
        null,
        800,
        i % 300,
        { formula: "B2*2", result: 5 },
      ]);
    }
    const view = await viewOf(wb);
    const used = view.usedRange("Sagstal");
    const grid = view.grid(used!);
    expect(grid.values.length).toBe(100_001);
    expect(grid.values[1]).toEqual([{ date: 36526 }, 1000, null, 800, 0, 5]);
  });
});
