/** Number formats of the result sheets and human-readable figures for the command line. */
import { formatNumber, formatPercent, message, type Language } from "../i18n";
import type { MoneyUnit } from "../input/model";

/** Excel number format codes (stored in English syntax; Danish Excel shows 1.234,5). */
export const FORMATS = {
  money: "#,##0.0;-#,##0.0",
  kroner: "#,##0",
  percent: "0.0%",
  ratio: "0.0%",
  count: "#,##0",
  decimal: "#,##0.00",
  years: "0.00",
  year: "0",
  month: "mmm yyyy",
  date: "yyyy-mm-dd",
} as const;

/** How a money unit is written in headers and figures: "mio. kr." / "DKK million". */
export function unitText(unit: MoneyUnit, language: Language): string {
  return message("common", UNIT_KEYS[unit], {}, language);
}

const UNIT_KEYS = { kr: "unitKr", "t.kr": "unitThousandKr", "mio.kr": "unitMillionKr" } as const;

/** "−0,7 mio. kr." / "-0.7 DKK million". */
export function moneyText(value: number, unit: MoneyUnit, language: Language): string {
  return `${numberText(value, language, unit === "mio.kr" ? 1 : 0)} ${unitText(unit, language)}`;
}

/** "87,6 %" / "87.6%". */
export function percentText(value: number, language: Language): string {
  return formatPercent(value, language, 1);
}

/** A plain number with `digits` decimals in the language's notation. */
export function numberText(value: number, language: Language, digits = 0): string {
  return formatNumber(value, language, { digits });
}

/** "jun. 2015" / "Jun 2015". */
export function monthText(year: number, month: number, language: Language): string {
  const names = message("common", "monthsShort", {}, language).split(" ");
  return `${names[month - 1]} ${year}`;
}

/** Excel serial number of the first day of a month (1900 date system). */
export function monthSerial(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / 86_400_000 + 25_569;
}
