/** Number formats of the result sheets and human-readable figures for the command line. */
import type { Language } from "../i18n";
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

/** How a money unit is written in headers and figures. */
export function unitText(unit: MoneyUnit, language: Language): string {
  const da: Record<MoneyUnit, string> = { kr: "kr.", "t.kr": "t. kr.", "mio.kr": "mio. kr." };
  const en: Record<MoneyUnit, string> = {
    kr: "DKK",
    "t.kr": "DKK thousand",
    "mio.kr": "DKK million",
  };
  return (language === "da" ? da : en)[unit];
}

function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "−0,7 mio. kr." / "-0.7 DKK million". */
export function moneyText(value: number, unit: MoneyUnit, language: Language): string {
  return `${numberFormat(language, unit === "mio.kr" ? 1 : 0).format(value)} ${unitText(unit, language)}`;
}

/** "87,6 %" / "87.6%". */
export function percentText(value: number, language: Language): string {
  const n = numberFormat(language, 1).format(value * 100);
  return language === "da" ? `${n} %` : `${n}%`;
}

/** A plain number with `digits` decimals in the language's notation. */
export function numberText(value: number, language: Language, digits = 0): string {
  return numberFormat(language, digits).format(value);
}

const MONTHS: Record<Language, readonly string[]> = {
  da: [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
  ],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "jun. 2015" / "Jun 2015". */
export function monthText(year: number, month: number, language: Language): string {
  return `${MONTHS[language][month - 1]} ${year}`;
}

/** Excel serial number of the first day of a month (1900 date system). */
export function monthSerial(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / 86_400_000 + 25_569;
}
