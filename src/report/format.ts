/** Number formats of the result sheets and human-readable figures for the command line. */
import { YES_WORDS } from "../engine/yes-no";
import { formatNumber, formatPercent, message, type Language } from "../i18n";
import type { MoneyUnit } from "../input/model";

/** Excel number format codes (stored in English syntax; Danish Excel shows 1.234,5). */
export const FORMATS = {
  /** Amounts in the budget's unit: one decimal, negatives in red (issue 11). */
  money: "#,##0.0;[Red]-#,##0.0",
  kroner: "#,##0",
  percent: "0.0%",
  ratio: "0.0%",
  count: "#,##0",
  decimal: "#,##0.00",
  /** People (caseload, target path, projection): whole persons. */
  persons: "#,##0",
  /** Person-years: one decimal. */
  personYears: "#,##0.0",
  years: "0.00",
  year: "0",
  month: "mmm yyyy",
  date: "yyyy-mm-dd",
} as const;

/** Kroner per money unit. */
export const UNIT_SCALE: Readonly<Record<MoneyUnit, number>> = {
  kr: 1,
  "t.kr": 1e3,
  "mio.kr": 1e6,
};

/**
 * A number format that shows kroner in `unit` without changing the value: Excel's trailing
 * commas divide by 1.000 each ("#,##0.0,," shows 90.687.580 as 90,7), negatives in red.
 */
export function kronerIn(unit: MoneyUnit): string {
  if (unit === "kr") return "#,##0;[Red]-#,##0";
  if (unit === "t.kr") return "#,##0,;[Red]-#,##0,";
  return "#,##0.0,,;[Red]-#,##0.0,,";
}

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

/** A text as an Excel string literal: in double quotes, inner quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A text with placeholders as a formula: `render` gets a marker per part and returns the text
 * (a label with the markers as its parameters); each marker is replaced by the part's formula,
 * joined with "&". So a sentence's numbers are computed by the sheet, not frozen in the text.
 * @param parts - placeholder name → a text-valued formula (e.g. `FIXED(B5,1)`)
 */
export function textFormula(
  render: (params: Record<string, string>) => string,
  parts: Readonly<Record<string, string>>
): string {
  const markers: Record<string, string> = {};
  const byMarker = new Map<string, string>();
  Object.keys(parts).forEach((name, i) => {
    const marker = `\uE000${i}\uE000`;
    markers[name] = marker;
    byMarker.set(marker, parts[name] as string);
  });
  const pieces = render(markers)
    .split(/(\uE000\d+\uE000)/)
    .filter((p) => p !== "")
    .map((p) => byMarker.get(p) ?? textLiteral(p));
  return pieces.length === 0 ? '""' : pieces.join("&");
}

/**
 * A number as Excel's FIXED(value, digits) shows it in `language` (grouped, that many
 * decimals): the cached value of a `FIXED` formula. FIXED follows the user's separators, so a
 * Danish report recalculated by Danish Excel shows the same text.
 */
export function fixedText(value: number, language: Language, digits: number): string {
  return formatNumber(value, language, { digits, grouping: true });
}

/** The formula of a money figure as text: FIXED with the unit's decimals and the unit after it. */
export function moneyFormula(expr: string, unit: MoneyUnit, language: Language): string {
  return `FIXED(${expr},${unit === "mio.kr" ? 1 : 0})&${textLiteral(` ${unitText(unit, language)}`)}`;
}

/** The percent sign as `percentText` writes it after the number ("3,5 %" / "3.5%"). */
function percentSuffix(language: Language): string {
  const zero = formatPercent(0, language, 1);
  return zero.slice(numberText(0, language, 1).length);
}

/** The formula of a share as text, as {@link percentText} writes it: FIXED(100 × share, 1) and "%". */
export function percentFormula(expr: string, language: Language): string {
  return `FIXED(${expr}*100,1)&${textLiteral(percentSuffix(language))}`;
}

/**
 * A yes/no cell read as `parseYesNo` reads yes, by formula: TRUE, or one of {@link YES_WORDS}
 * in any case ("ja", "Ja ", "1", "yes" …).
 */
export function yesFormula(cell: string): string {
  const words = YES_WORDS.map((w) => `LOWER(TRIM(${cell}))=${textLiteral(w)}`).join(",");
  return `OR(${cell}=TRUE(),${words})`;
}
