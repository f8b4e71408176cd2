/**
 * Sheet utilities shared by both writers, the readers and the custom functions: A1 addresses,
 * sheet names in formulas, table names and Excel's error values. Pure TypeScript: no Office.js,
 * DOM or Node.
 */
export {
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_TEXT,
  a1,
  cellAddress,
  columnIndex,
  columnName,
  localAddress,
  parseLocalAddress,
  parseRangeAddress,
  type CellBlock,
  type SheetRange,
} from "./address";
export {
  markerReference,
  qualified,
  qualifiedRange,
  quoteSheet,
  sameName,
  sheetNeedsQuotes,
} from "./sheet-name";
export {
  assignTableNames,
  renameInFormula,
  sanitizeTableName,
  tableHeaders,
  tableRenames,
  takenNames,
  writtenFormula,
} from "./table-name";
export { isBuiltInDateFormat, isDateFormat } from "./number-format";
export {
  EXCEL_ERROR_VALUES,
  displayErrorCode,
  outputErrorCode,
  type ExcelErrorCode,
} from "./errors";
