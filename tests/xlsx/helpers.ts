/** Helpers for the .xlsx tests: ExcelJS as the second reader, a small plan. */
import ExcelJS from "exceljs";
import { templateBytes } from "../../src/cli/template";
import type { Language } from "../../src/i18n";
import {
  EMPTY_SUMMARY,
  type PlannedCell,
  type ReportPlan,
  type ReportSheetKind,
  type SheetPlan,
} from "../../src/report/plan";
import type { TemplateContent } from "../../src/report/template";

/** Writes `workbook` to .xlsx bytes and reads them back. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes);
  return back;
}

/** Reads .xlsx bytes. */
export async function load(bytes: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ExcelJS.Buffer);
  return wb;
}

/** A sheet plan with the given cells. */
export function sheet(
  kind: ReportSheetKind,
  name: string,
  cells: PlannedCell[],
  extra: Partial<SheetPlan> = {}
): SheetPlan {
  return {
    kind,
    name,
    cells,
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
    tables: [],
    charts: [],
    ...extra,
  };
}

/** A four-sheet plan; `tag` goes into a cell so runs can be told apart. */
export function smallPlan(names: Record<ReportSheetKind, string>, tag = "run 1"): ReportPlan {
  const economy = sheet(
    "economy",
    names.economy,
    [
      { row: 1, column: 1, value: "Økonomi", style: "title" },
      { row: 3, column: 1, value: "År", style: "header" },
      { row: 3, column: 2, value: "Budgetteret", style: "header" },
      { row: 3, column: 3, value: "Faktisk", style: "header" },
      { row: 4, column: 1, value: 2016, numberFormat: "0" },
      { row: 4, column: 2, value: -18.1, numberFormat: "#,##0.0" },
      { row: 4, column: 3, value: 6.1, numberFormat: "#,##0.0" },
      { row: 5, column: 1, value: 2017, numberFormat: "0" },
      { row: 5, column: 2, value: -8.6, numberFormat: "#,##0.0" },
      { row: 5, column: 3, value: 25.3, numberFormat: "#,##0.0" },
      { row: 6, column: 1, value: "I alt", style: "total" },
      {
        row: 6,
        column: 2,
        value: -26.7,
        formula: "SUM(B4:B5)",
        numberFormat: "#,##0.0",
        style: "total",
      },
      {
        row: 6,
        column: 3,
        value: 31.4,
        formula: "SUM(C4:C5)",
        numberFormat: "#,##0.0",
        style: "total",
      },
    ],
    {
      columnWidths: [12, 14, 14],
      freeze: { rows: 3, columns: 1 },
      tables: [{ name: "KIK_Oekonomi", top: 3, left: 1, bottom: 6, right: 3, totalsRow: true }],
      charts: [
        {
          kind: "column",
          title: "Budgetteret og faktisk",
          categories: { top: 4, left: 1, bottom: 5, right: 1 },
          series: [{ name: "Faktisk", values: { top: 4, left: 3, bottom: 5, right: 3 } }],
          anchor: { top: 8, left: 1, bottom: 20, right: 6 },
        },
      ],
    }
  );
  return {
    language: "da",
    sheets: [
      sheet("overview", names.overview, [
        { row: 1, column: 1, value: "KIK Overblik", style: "title" },
        { row: 2, column: 1, value: tag, style: "note" },
        { row: 3, column: 1, value: '=HYPERLINK("http://example.com")', style: "label" },
        { row: 4, column: 1, value: "Nettogevinst", style: "label" },
        {
          row: 4,
          column: 2,
          value: 4.7,
          formula: `'${names.economy}'!C6-'${names.economy}'!B6`,
          numberFormat: "#,##0.0",
          style: "keyFigure",
        },
        { row: 5, column: 1, value: "Tilbagebetalt", style: "label" },
        { row: 5, column: 2, value: true, formula: "B4>0" },
        { row: 6, column: 1, value: "Tekst-formel", style: "label" },
        { row: 6, column: 2, value: "ja", formula: 'IF(B4>0,"ja","nej")' },
        { row: 7, column: 1, value: "Uden værdi" },
        { row: 7, column: 2, value: null, formula: "NA()" },
      ]),
      economy,
      sheet("caseload", names.caseload, [{ row: 1, column: 1, value: "Sagstal", style: "title" }]),
      sheet("assumptions", names.assumptions, [
        { row: 1, column: 1, value: "Antagelser", style: "title" },
        { row: 2, column: 1, value: 0.035, numberFormat: "0.0%" },
      ]),
    ],
    keyFigures: [],
    summary: EMPTY_SUMMARY,
    notes: [],
  };
}

/**
 * The input template (or `content` filled in) as an ExcelJS workbook, for tests that change
 * cells of a real template before running the command line on it.
 */
export async function templateWorkbook(
  language: Language,
  content?: TemplateContent
): Promise<ExcelJS.Workbook> {
  return load(await templateBytes(language, content));
}
