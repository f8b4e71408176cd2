/**
 * Months and years as the input tables write them.
 *
 * A month cell may be:
 * - a date cell (any day: the month it falls in; "pr. 31. juli 2017" is July 2017);
 * - a whole number between 32874 and 73415 (an Excel date serial whose date format was lost,
 *   1 January 1990 – 31 December 2100);
 * - text: "2015-06", "2015-6", "2015/06", "2015.06", "2015M06" (Danmarks Statistik),
 *   "06-2015", "6/2015", "06.2015", "juni 2015", "jun 2015", "jun. 2015", "June 2015",
 *   "2015 juni", a date "2015-06-01", "01-06-2015", "1.6.2015", "1. juni 2015".
 * Text dates are day-month-year (Danish and British order); only when the middle number is
 * above 12 is it read as month/day/year. Years must have four digits: "jun-15" is refused.
 */
import { parseNumberText } from "../engine/number-text";
import type { GridValue } from "./grid";
import type { YearMonth } from "./model";

/** What a cell turned out to be. */
export type ParsedMonth =
  | { readonly kind: "month"; readonly value: YearMonth }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid" };

const BLANK: ParsedMonth = { kind: "blank" };
const INVALID: ParsedMonth = { kind: "invalid" };

/** Months need a four-digit year; budget years must lie in 1900–2200 (anything else is a typo). */
const MIN_MONTH_YEAR = 1000;
const MAX_MONTH_YEAR = 9999;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** Excel serials of 1 Jan 1990 and 31 Dec 2100: plain numbers in this range are read as dates. */
const MIN_SERIAL = 32874;
const MAX_SERIAL = 73415;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ["januar", 1],
  ["january", 1],
  ["jan", 1],
  ["februar", 2],
  ["february", 2],
  ["feb", 2],
  ["marts", 3],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["maj", 5],
  ["may", 5],
  ["juni", 6],
  ["june", 6],
  ["jun", 6],
  ["juli", 7],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["sept", 9],
  ["oktober", 10],
  ["october", 10],
  ["okt", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})\s*(?:[-/.]|m)\s*(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/;
const DMY_DATE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const NAME_YEAR = /^(?:(\d{1,2})\.?\s+)?([a-zæøå]+)\.?[\s,/-]*(\d{4})$/;
const YEAR_NAME = /^(\d{4})[\s,/-]*([a-zæøå]+)\.?$/;

/**
 * The year and month of an Excel date serial (days since 1899-12-30; time of day ignored).
 * A serial a hair below midnight (42155.9999999, from converting a date to a float) counts as
 * the next day.
 */
export function monthOfSerial(serial: number): YearMonth {
  const d = new Date(EPOCH + Math.floor(serial + 1e-6) * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** The Excel serial of the first day of a month. */
export function serialOfMonth(m: YearMonth): number {
  return Math.round((Date.UTC(m.year, m.month - 1, 1) - EPOCH) / DAY);
}

function make(year: number, month: number): ParsedMonth {
  if (!Number.isInteger(year) || year < MIN_MONTH_YEAR || year > MAX_MONTH_YEAR) return INVALID;
  if (!Number.isInteger(month) || month < 1 || month > 12) return INVALID;
  return { kind: "month", value: { year, month } };
}

/** Reads a month written as text (see the module comment). */
export function parseMonthText(raw: string): ParsedMonth {
  // Fast path for the commonest form, "2015-06" (a 100,000-row table reads in milliseconds).
  const quick = ISO_MONTH.exec(raw);
  if (quick !== null) return make(Number(quick[1]), Number(quick[2]));
  const s = raw.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  if (s === "") return BLANK;
  let m = YEAR_MONTH.exec(s);
  if (m !== null) return make(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m !== null) return make(Number(m[2]), Number(m[1]));
  m = ISO_DATE.exec(s);
  if (m !== null) return validDay(Number(m[3])) ? make(Number(m[1]), Number(m[2])) : INVALID;
  m = DMY_DATE.exec(s);
  if (m !== null) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    // Day-month-year, unless the middle number cannot be a month (US month/day/year).
    if (second > 12 && first <= 12) return validDay(second) ? make(Number(m[3]), first) : INVALID;
    return validDay(first) ? make(Number(m[3]), second) : INVALID;
  }
  m = NAME_YEAR.exec(s);
  if (m !== null) {
    const month = MONTH_NAMES.get(m[2] as string);
    if (month === undefined || (m[1] !== undefined && !validDay(Number(m[1])))) return INVALID;
    return make(Number(m[3]), month);
  }
  m = YEAR_NAME.exec(s);
  if (m !== null) {
    const month = MONTH_NAMES.get(m[2] as string);
    return month === undefined ? INVALID : make(Number(m[1]), month);
  }
  return INVALID;
}

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

/** Reads a month cell: a date cell, a date serial, or text (see the module comment). */
export function parseMonthCell(v: GridValue): ParsedMonth {
  if (v === null) return BLANK;
  if (typeof v === "string") return parseMonthText(v);
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= MIN_SERIAL && v <= MAX_SERIAL) {
      const ym = monthOfSerial(v);
      return make(ym.year, ym.month);
    }
    return INVALID;
  }
  if (typeof v === "object" && "date" in v) {
    if (!Number.isFinite(v.date) || v.date < 1) return INVALID;
    const ym = monthOfSerial(v.date);
    return make(ym.year, ym.month);
  }
  return INVALID;
}

/** A month as "2015-06". */
export function formatMonth(m: YearMonth): string {
  return `${m.year}-${m.month < 10 ? "0" : ""}${m.month}`;
}

/** Months since year 0: a sort key and a duplicate key. */
export function monthNumber(m: YearMonth): number {
  return m.year * 12 + (m.month - 1);
}

/** What a year cell turned out to be. */
export type ParsedYear =
  | { readonly kind: "year"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "notWhole"; readonly value: number }
  | { readonly kind: "invalid" };

/**
 * Reads a year cell: a whole number 1900–2200, the same as numeric text ("2016"), or text that
 * starts with the year and adds a remark ("2018, pr. juni.", "2018 (til juni)").
 * "2016/17", "2018-06" and dates are not years.
 */
export function parseYearCell(v: GridValue): ParsedYear {
  if (v === null) return { kind: "blank" };
  let n: number | null = null;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return { kind: "blank" };
    // "2018, pr. juni." and "2018 (til juni)" are 2018; "2018,5" is a decimal number.
    const remark = /^(\d{4})(?:\s*\(.*|\s*[,;:]\s*[^\d\s].*|\s+[^\d\s\-–/].*)?$/.exec(s);
    if (remark !== null) n = Number(remark[1]);
    else {
      const parsed = parseNumberText(s);
      n = parsed.kind === "number" ? parsed.value : null;
    }
  }
  if (n === null || !Number.isFinite(n)) return { kind: "invalid" };
  if (!Number.isInteger(n)) return { kind: "notWhole", value: n };
  if (n < MIN_YEAR || n > MAX_YEAR) return { kind: "invalid" };
  return { kind: "year", value: n };
}
