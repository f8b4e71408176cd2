/**
 * A worksheet part's cells as the readers' grid values, read in one pass over `<sheetData>`
 * and `<mergeCells>` (ECMA-376 Part 1 §18.3.1).
 *
 * How each cell is read (what Office.js would hand over for it):
 * - `t="s"` the shared string, `t="inlineStr"` its `<is>` text (phonetic runs `<rPh>` left
 *   out), `t="str"` the formula's cached text (an empty `<v/>` is the text ""), `t="b"` TRUE or
 *   FALSE, `t="e"` the error `{ error: "#N/A" }`;
 * - `t="d"` an ISO 8601 date-time (Strict packages and openpyxl write dates so) as a date,
 *   read in UTC: "2015-06-01T00:00:00" is 1 June 2015 whatever the machine's time zone;
 * - a number with a date format (built-in or custom) as a date serial in the 1900 system
 *   (1904-system serials are moved by 1,462 days), other numbers as they are;
 * - a formula's cached result as the value (0, FALSE and "" included); a formula without a
 *   cached result is blank and listed in {@link SheetCells.uncalculated};
 * - rows and cells without `r` follow the previous row or cell (the attribute is optional);
 * - a merged area's top-left value, the other cells of the area blank.
 */
import type { GridValue } from "../input/grid";
import { MAX_COLUMNS, MAX_ROWS, parseLocalAddress, type CellBlock } from "../sheet";
import { XmlScanner, textContent, unescapeXstring } from "./xml";

/** Days between the 1900 and 1904 date systems' day 0 (1899-12-30 and 1904-01-01). */
export const DATE1904_OFFSET = 1462;

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** What a sheet's cells are read with: the workbook's strings, date styles and date system. */
export interface CellContext {
  /** The shared-string table (read when the first `t="s"` cell needs it). */
  sharedString(index: number): string | null;
  /** True when the cell format (`s`, an index into cellXfs) shows dates. */
  isDateStyle(style: number): boolean;
  readonly date1904: boolean;
}

/** A worksheet's cells. Rows and columns are 1-based. */
export interface SheetCells {
  /** Row → cells of the row (index 0 = column A); rows without values are missing. */
  readonly rows: ReadonlyMap<number, readonly GridValue[]>;
  readonly merges: readonly CellBlock[];
  /** Formula cells without a cached result, as "row,column" keys. */
  readonly uncalculated: ReadonlySet<string>;
  /** The block from the first to the last non-blank cell or merged area; null when empty. */
  readonly used: CellBlock | null;
  /**
   * False when the part is not a whole XML document (cut off, or broken inside): its cells
   * cannot be trusted, so the reader refuses the file instead of reading part of a sheet.
   */
  readonly wellFormed: boolean;
}

/** Serial (1900 system) of an ISO 8601 date or date-time; a time without a zone is UTC. */
export function isoDateSerial(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(t) && !/^\d{2}:\d{2}/.test(t)) return null;
  // A time alone ("12:00:00") is a time of day on day 0.
  const withDate = /^\d{2}:/.test(t) ? `1899-12-30T${t}` : t;
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(withDate) || !withDate.includes("T");
  const ms = Date.parse(zoned ? withDate : `${withDate}Z`);
  return Number.isNaN(ms) ? null : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Column number of the letters at the start of a cell reference ("AB12" → 28). */
function columnOfRef(ref: string): number {
  let c = 0;
  for (let k = 0; k < ref.length; k++) {
    const ch = ref.charCodeAt(k);
    if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
    else if (ch !== 36 /* $ */) break;
  }
  return c;
}

/** Reads the cells of a worksheet part. */
export function readSheetCells(xml: string, context: CellContext): SheetCells {
  const rows = new Map<number, GridValue[]>();
  const merges: CellBlock[] = [];
  const uncalculated = new Set<string>();
  const s = new XmlScanner(xml);
  let row = 0;
  let column = 0;
  let inSheetData = false;
  let cells: GridValue[] | null = null;
  // The root element's name and whether its closing tag was the last tag seen.
  let root: string | null = null;
  let rootClosed = false;

  while (s.next()) {
    const local = s.local;
    if (root === null) root = local;
    rootClosed = local === root && s.kind !== "open";
    if (!inSheetData) {
      if (local === "sheetData") {
        if (s.kind === "open") inSheetData = true;
      } else if (local === "mergeCell" && s.kind !== "close") {
        const block = parseLocalAddress(s.attr("ref") ?? "");
        if (block !== null) merges.push(block);
      }
      continue;
    }
    if (s.kind === "close") {
      if (local === "sheetData") inSheetData = false;
      continue;
    }
    if (local === "row") {
      const r = s.attr("r");
      row = r !== undefined ? Number(r) : row + 1;
      column = 0;
      cells = null;
      if (s.kind === "empty") continue;
      continue;
    }
    if (local !== "c") continue;
    const r = s.attr("r");
    column = r !== undefined ? columnOfRef(r) : column + 1;
    if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) {
      if (s.kind === "open") s.skipElement();
      continue;
    }
    const type = s.attr("t") ?? "n";
    const styleText = s.attr("s");
    const style = styleText === undefined ? 0 : Number(styleText);
    if (s.kind === "empty") continue;

    // The cell's children: <f>, <v>, <is> (with <t>, <r><t>, <rPh><t>).
    let value: string | null = null;
    let inline: string | null = null;
    let formula = false;
    let phonetic = 0;
    while (s.next()) {
      const l = s.local;
      const kind = s.tag();
      if (kind === "close") {
        if (l === "c") break;
        if (l === "rPh") phonetic--;
        continue;
      }
      if (l === "f") {
        formula = true;
        if (kind === "open") s.skipElement();
      } else if (l === "v") {
        if (kind === "empty") value = "";
        else {
          const from = s.end;
          if (!s.next()) break;
          value = textContent(xml, from, s.start);
          if (!(s.tag() === "close" && s.local === "v")) s.skipElement();
        }
      } else if (l === "is") {
        inline ??= "";
      } else if (l === "rPh") {
        if (kind === "open") phonetic++;
      } else if (l === "t" && kind === "open") {
        const from = s.end;
        const end = s.skipElement();
        if (phonetic === 0 && end >= 0) inline = (inline ?? "") + textContent(xml, from, s.start);
      }
    }

    const v = cellValue(type, value, inline, formula, style, context);
    if (v === undefined) {
      uncalculated.add(`${row},${column}`);
      continue;
    }
    if (v === null) continue;
    if (cells === null) {
      cells = rows.get(row) ?? [];
      rows.set(row, cells);
    }
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = v;
  }

  // Inside a merged area only the top-left cell has a value (as Office.js hands it over).
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = rows.get(r);
      if (list === undefined) continue;
      for (let c = m.left; c <= Math.min(m.right, list.length); c++)
        if (r !== m.top || c !== m.left) list[c - 1] = null;
    }
  }
  const wellFormed = s.complete && rootClosed;
  return { rows, merges, uncalculated, used: usedBlock(rows, merges), wellFormed };
}

/** A cell's grid value; undefined for a formula without a cached result. */
function cellValue(
  type: string,
  value: string | null,
  inline: string | null,
  formula: boolean,
  style: number,
  context: CellContext
): GridValue | undefined {
  switch (type) {
    case "s": {
      if (value === null) return formula ? undefined : null;
      return context.sharedString(Number(value));
    }
    case "inlineStr":
      return unescapeXstring(inline ?? value ?? "");
    case "str":
      if (value === null) return formula ? undefined : null;
      return unescapeXstring(value);
    case "b":
      if (value === null) return formula ? undefined : null;
      return value.trim() === "1" || value.trim().toLowerCase() === "true";
    case "e":
      if (value === null) return formula ? undefined : null;
      return { error: value.trim() };
    case "d": {
      if (value === null || value.trim() === "") return formula ? undefined : null;
      const serial = isoDateSerial(value);
      return serial === null ? { error: "#VALUE!" } : { date: serial };
    }
    default: {
      if (value === null || value.trim() === "") return formula ? undefined : null;
      const n = Number(value);
      if (!Number.isFinite(n)) return { error: "#NUM!" };
      if (context.isDateStyle(style)) return { date: context.date1904 ? n + DATE1904_OFFSET : n };
      return n;
    }
  }
}

function usedBlock(
  rows: ReadonlyMap<number, readonly GridValue[]>,
  merges: readonly CellBlock[]
): CellBlock | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [r, list] of rows) {
    let first = -1;
    let last = -1;
    for (let c = 0; c < list.length; c++) {
      if (list[c] === null || list[c] === undefined) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, first + 1);
    right = Math.max(right, last + 1);
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  return top === Infinity ? null : { top, left, bottom, right };
}
