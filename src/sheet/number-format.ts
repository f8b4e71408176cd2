/**
 * Number formats: which ones show a date. One rule for both faces: the Office.js reader gets a
 * cell's format code from `range.numberFormat`, the .xlsx reader from the package's styles
 * (a built-in format id or a custom code).
 */

/**
 * True for a number format that shows a date or a time (Excel's rule: d, m, y, h or s outside
 * quotes, escapes and brackets other than elapsed time [h] [mm] [ss]).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || /^general$/i.test(format)) return false;
  const section = format.split(";")[0] ?? "";
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(stripped.replace(/E[+-]/gi, ""));
}

/**
 * Built-in number formats (no code in the file) that show a date or a time: ECMA-376 Part 1
 * §18.8.30 (14–22, 45–47) and the East Asian date formats Excel reserves (27–36, 50–58).
 */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** True when the built-in number format `id` shows a date or a time. */
export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_FORMATS.has(id);
}
