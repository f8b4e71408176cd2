/** Addresses as Excel writes them: "A1", "B2:D5", "A:B", "1:3", "'KIK Input'!$A$1". */
import { columnIndex, columnName, localAddress, quoteSheet } from "../../../src/sheet";

/** 1-based inclusive rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The whole sheet. */
export const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

function part(text: string): { row?: number; column?: number } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  const column = m[1] === undefined ? undefined : columnIndex(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]);
  return { ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) };
}

/** Parses a local address ("A1", "A1:C3", "A:C", "2:5"); null if it is none. */
export function parseLocal(address: string): Rect | null {
  const pieces = address.trim().split(":");
  if (pieces.length > 2) return null;
  const a = part(pieces[0] ?? "");
  const b = pieces.length === 2 ? part(pieces[1] ?? "") : a;
  if (a === null || b === null) return null;
  let rect: Rect;
  if (
    a.row !== undefined &&
    a.column !== undefined &&
    b.row !== undefined &&
    b.column !== undefined
  )
    rect = {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  else if (pieces.length === 2 && a.column === undefined && b.column === undefined)
    rect = {
      top: Math.min(a.row as number, b.row as number),
      left: 1,
      bottom: Math.max(a.row as number, b.row as number),
      right: MAX_COLUMNS,
    };
  else if (pieces.length === 2 && a.row === undefined && b.row === undefined)
    rect = {
      top: 1,
      left: Math.min(a.column as number, b.column as number),
      bottom: MAX_ROWS,
      right: Math.max(a.column as number, b.column as number),
    };
  else return null;
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS)
    return null;
  return rect;
}

/** Splits "'My sheet'!A1:B2" into sheet and local part (sheet null without "!"). */
export function splitQualified(address: string): { sheet: string | null; local: string } {
  const text = address.trim().replace(/^=/, "");
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(text);
  if (m === null) return { sheet: null, local: text };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, local: m[3] as string };
}

/** "B2:D5" ("B2" for one cell; "1:3" / "A:B" for whole rows / columns). */
export function formatLocal(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (
    rect.left === 1 &&
    rect.right === MAX_COLUMNS &&
    !(rect.top === 1 && rect.bottom === MAX_ROWS)
  )
    return `${d}${rect.top}:${d}${rect.bottom}`;
  if (
    rect.top === 1 &&
    rect.bottom === MAX_ROWS &&
    !(rect.left === 1 && rect.right === MAX_COLUMNS)
  )
    return `${d}${columnName(rect.left)}:${d}${columnName(rect.right)}`;
  return localAddress(rect.top, rect.left, rect.bottom, rect.right, absolute);
}

/** "'KIK Input'!A1:B2", as Office.js's `address`. */
export function formatQualified(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect, absolute)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

export function rows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columns(rect: Rect): number {
  return rect.right - rect.left + 1;
}
