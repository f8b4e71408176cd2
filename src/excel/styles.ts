/**
 * How the plan's cell styles look when the task pane writes them: the same calm look as the
 * .xlsx writer (src/xlsx/styles.ts), kept modest. Cells without a style, "label" and "value"
 * keep the workbook's default font ("label" and "value" are top-aligned).
 */
import type { CellStyle } from "../report/plan";

const DARK_BLUE = "#1F4E79";
const GREY = "#595959";
const HEADER_FILL = "#DDEBF7";
const RULE = "#8EA9DB";

/** What a style sets on a range. */
export interface OfficeStyle {
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly size?: number;
    readonly color?: string;
  };
  readonly fill?: string;
  /** A thin line above / below every cell of the range. */
  readonly borderTop?: string;
  readonly borderBottom?: string;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: "Bottom" | "Top";
}

/** The look of each {@link CellStyle}; styles that change nothing are absent. */
export const OFFICE_STYLES: Readonly<Partial<Record<CellStyle, OfficeStyle>>> = {
  title: { font: { size: 16, bold: true, color: DARK_BLUE } },
  subtitle: { font: { size: 12, bold: true, color: DARK_BLUE } },
  header: {
    font: { bold: true },
    fill: HEADER_FILL,
    borderBottom: RULE,
    wrapText: true,
    verticalAlignment: "Bottom",
  },
  // Top-aligned, so a label, its figure and a wrapped explanation start on the same line in a
  // tall row (KIK Overblik).
  label: { verticalAlignment: "Top" },
  value: { verticalAlignment: "Top" },
  total: { font: { bold: true }, borderTop: "#000000" },
  note: { font: { size: 10, italic: true, color: GREY } },
  keyFigure: {
    font: { size: 14, bold: true, color: DARK_BLUE },
    wrapText: true,
    verticalAlignment: "Top",
  },
  conclusion: { font: { size: 12 }, wrapText: true, verticalAlignment: "Top" },
  wrapNote: {
    font: { size: 10, italic: true, color: GREY },
    wrapText: true,
    verticalAlignment: "Top",
  },
};

/** Table style of the native tables KIK makes (light, striped rows), as in the .xlsx file. */
export const TABLE_STYLE = "TableStyleLight1";
