/**
 * How the plan's cell styles look in an .xlsx file: calm, Danish-municipal-report look on
 * Calibri (present in every Excel; Excel 365 shows its own default font Aptos for unstyled
 * cells, Calibri sits well next to it).
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../report/plan";

const FONT = "Calibri";
const DARK_BLUE = "FF1F4E79";
const GREY = "FF595959";
const HEADER_FILL = "FFDDEBF7";
const RULE = "FF8EA9DB";

/** Font, fill and border of a style. */
export interface XlsxStyle {
  readonly font: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
}

const BASE_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11 };

/** The look of each {@link CellStyle}. */
export const XLSX_STYLES: Readonly<Record<CellStyle, XlsxStyle>> = {
  title: { font: { ...BASE_FONT, size: 16, bold: true, color: { argb: DARK_BLUE } } },
  subtitle: { font: { ...BASE_FONT, size: 12, bold: true, color: { argb: DARK_BLUE } } },
  header: {
    font: { ...BASE_FONT, bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
    border: { bottom: { style: "thin", color: { argb: RULE } } },
    alignment: { vertical: "bottom", wrapText: true },
  },
  label: { font: { ...BASE_FONT } },
  value: { font: { ...BASE_FONT } },
  total: {
    font: { ...BASE_FONT, bold: true },
    border: { top: { style: "thin", color: { argb: "FF000000" } } },
  },
  note: { font: { ...BASE_FONT, size: 10, italic: true, color: { argb: GREY } } },
  keyFigure: { font: { ...BASE_FONT, size: 14, bold: true, color: { argb: DARK_BLUE } } },
};

/** The look of unstyled cells KIK writes. */
export const DEFAULT_XLSX_STYLE: XlsxStyle = { font: { ...BASE_FONT } };

/** Table style of the native tables KIK makes (light, striped rows). */
export const TABLE_THEME = "TableStyleLight1";
