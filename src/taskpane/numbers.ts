/** Numbers typed into the task pane and shown in it, in Danish or English notation. */
import { parseNumberText } from "../engine/number-text";
import type { Language } from "../i18n";

/** What a typed field holds. */
export type Typed =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text" };

/**
 * Reads a number typed by the user: "3,5" and "3.5" are both 3.5, "10.968" is 10968 (Danish
 * thousands), "105.292,80" is 105292.8. A trailing "%" or "kr." is allowed and ignored: the
 * field's label says the unit, so "3,5 %" in a percent field is 3.5, not 0.035.
 */
export function readTyped(text: string): Typed {
  const bare = text.trim().replace(/%$/, "").trim();
  const parsed = parseNumberText(bare);
  return parsed.kind === "number" ? { kind: "number", value: parsed.value } : parsed;
}

/**
 * A number as the user would type it back: Danish with thousands dots ("10.968", "105.292,8"),
 * English without grouping ("10968"), because "10,968" would read as a Danish decimal comma.
 */
export function typedText(value: number, language: Language, maxDigits = 2): string {
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: maxDigits,
    useGrouping: language === "da",
  }).format(value);
}

/** A number for reading, with exactly `digits` decimals ("105.292,80" / "105,292.80"). */
export function shownNumber(value: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
