/** Numbers typed into the task pane and shown in it, in Danish or English notation. */
import { typedNumber } from "../assumptions/catalogue";
import { formatNumber, type Language } from "../i18n";

/**
 * A number as the user would type it back, read back the same by the assumptions catalogue's
 * parsing: Danish with thousands dots ("10.968", "105.292,8"), English without grouping
 * ("10968"), because "10,968" would read as a Danish decimal comma.
 */
export function typedText(value: number, language: Language, maxDigits = 2): string {
  return typedNumber(value, language, maxDigits);
}

/** A number for reading, with exactly `digits` decimals ("105.292,80" / "105,292.80"). */
export function shownNumber(value: number, language: Language, digits = 0): string {
  return formatNumber(value, language, { digits });
}
