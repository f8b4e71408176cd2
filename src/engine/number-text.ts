/**
 * Numbers typed or imported as text, in Danish or English notation.
 *
 * Municipal data often arrives as text ("1.008", "24,2", "-18,1", "3,5 %", "12.326 kr.").
 * The rules, in order:
 * 1. Spaces (also non-breaking and thin) are thousands separators only between a first group
 *    of 1–3 digits and groups of exactly three ("1 008"); "12 34" is text, not 1234.
 *    Spaces around the sign, `%` and the unit are allowed.
 * 2. A trailing `%`, `pct.` or `procent`/`percent` divides by 100; a trailing `kr`, `kr.`, `DKK`
 *    is dropped.
 *    "mio." / "mia." are refused as text: units are explicit elsewhere, never guessed.
 * 3. With both `.` and `,`, the last one is the decimal separator ("1.008,5", "1,008.5").
 * 4. With only `.`: two or more groups of three digits after a first group of 1–3 digits
 *    not starting with 0 are Danish thousands ("1.000.000"); otherwise `.` is a decimal point
 *    ("24.2", "0.25") – except the ambiguous case of rule 7.
 * 5. With only `,`: two or more groups of three ("1,000,000") are English thousands;
 *    otherwise `,` is a Danish decimal comma ("24,2") – except the ambiguous case of rule 7.
 * 6. A leading `-`, `−` (U+2212) or `+`, or accounting parentheses "(24,2)", give the sign;
 *    a sign inside parentheses ("(-5)") is text.
 * 7. One separator followed by exactly three digits after 1–3 digits not starting with 0
 *    ("1.008", "1,008", "12.500") is ambiguous: thousands in one notation, a decimal in the
 *    other (Danish "1.008" is 1008 and "1,008" is 1,008; English the other way round). It is
 *    read in the `notation` the caller knows the text was written in (the workbook's, the
 *    user's); without one it is returned as `ambiguous` with both readings, so the caller can
 *    refuse it with a message naming the cell – never read silently one way.
 */

/** The notation number text was written in: Danish (1.008,5) or English (1,008.5). */
export type NumberNotation = "da" | "en";

/** What a piece of text turned out to be. */
export type ParsedText =
  | { readonly kind: "number"; readonly value: number }
  /** Rule 7: the text reads as `da` in Danish notation and as `en` in English notation. */
  | { readonly kind: "ambiguous"; readonly da: number; readonly en: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text" };

const BLANK: ParsedText = { kind: "blank" };
const TEXT: ParsedText = { kind: "text" };

const SPACE = "[\\s\\u00a0\\u2007\\u202f]";
const UNIT_SUFFIX = new RegExp(`${SPACE}*(?:kr\\.?|dkk)$`, "i");
const SPACED_THOUSANDS = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:[.,]\\d+)?$`);
const ANY_SPACE = new RegExp(`${SPACE}+`, "g");
const HAS_SPACE = new RegExp(SPACE);
const DANISH_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;
const ENGLISH_THOUSANDS_ONLY = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;
const PERCENT_SUFFIX = /(?:%|(?<![a-zæøå])(?:pct\.?|procent|percent|per cent))$/i;
const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a number written as text in Danish or English notation (see module comment).
 * Returns `blank` for empty or whitespace-only text and `text` for anything else that is
 * not a number, so callers can say which cell was wrong; `ambiguous` for "1.008" and "1,008"
 * when `notation` is not given (rule 7).
 * @param notation - the notation the text was written in, when the caller knows it
 */
export function parseNumberText(raw: string, notation?: NumberNotation): ParsedText {
  let s = raw.trim();
  if (s === "") return BLANK;
  let sign = 1;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  let percent = false;
  const percentSign = PERCENT_SUFFIX.exec(s);
  if (percentSign !== null) {
    percent = true;
    s = s.slice(0, percentSign.index).trimEnd();
  }
  s = s.replace(UNIT_SUFFIX, "");
  const first = s.charAt(0);
  if (first === "-" || first === "\u2212" || first === "+") {
    if (sign === -1) return TEXT;
    if (first !== "+") sign = -1;
    s = s.slice(1).trimStart();
  }
  if (HAS_SPACE.test(s)) {
    if (!SPACED_THOUSANDS.test(s)) return TEXT;
    s = s.replace(ANY_SPACE, "");
  }
  if (AMBIGUOUS.test(s)) {
    const [whole, part] = s.split(/[.,]/) as [string, string];
    const thousands = number(`${whole}${part}`, sign, percent);
    const decimal = number(`${whole}.${part}`, sign, percent);
    const danish = s.includes(".") ? thousands : decimal;
    const english = s.includes(".") ? decimal : thousands;
    if (notation === "da") return { kind: "number", value: danish };
    if (notation === "en") return { kind: "number", value: english };
    return { kind: "ambiguous", da: danish, en: english };
  }
  const body = normaliseSeparators(s);
  if (body === null || !PLAIN_DECIMAL.test(body)) return TEXT;
  const value = number(body, sign, percent);
  if (!Number.isFinite(value)) return TEXT;
  return { kind: "number", value };
}

/** A plain decimal `body` with its sign, divided by 100 when written as a percentage. */
function number(body: string, sign: number, percent: boolean): number {
  // Divide by 100 by shifting the decimal exponent, so "35 %" is exactly 0.35 (35 * 0.01 is not).
  return sign * Number(percent ? shiftExponent(body, -2) : body);
}

/** `body` (a plain decimal, maybe with an exponent) times 10^`by`, as text. */
function shiftExponent(body: string, by: number): string {
  const [mantissa, exponent = "0"] = body.split(/e/i);
  return `${mantissa}e${Number(exponent) + by}`;
}

/** Rewrites Danish/English separators to a plain JavaScript decimal, or null if malformed. */
function normaliseSeparators(s: string): string | null {
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [intPart, fraction, extra] = s.split(decimal);
    if (extra !== undefined || intPart === undefined || fraction === undefined) return null;
    const groups = intPart.split(thousands);
    if (!/^[1-9]\d{0,2}$/.test(groups[0] ?? "") || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
      return null;
    return groups.join("") + "." + fraction;
  }
  if (lastDot >= 0) return DANISH_THOUSANDS.test(s) ? s.replace(/\./g, "") : s;
  if (lastComma >= 0) {
    if (ENGLISH_THOUSANDS_ONLY.test(s)) return s.replace(/,/g, "");
    return s.indexOf(",") === lastComma ? s.replace(",", ".") : null;
  }
  return s;
}

/** A share read from text or a cell, and how it was written. */
export type ParsedShare =
  | {
      readonly kind: "number";
      /** The share as a fraction: 0.25 for 25 %. */
      readonly value: number;
      /** True when a plain number was taken as percentage points ("3,5" → 3.5 %). */
      readonly readAsPoints: boolean;
    }
  /** Rule 7 without a notation: the share in Danish and in English notation. */
  | { readonly kind: "ambiguous"; readonly da: number; readonly en: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text" };

/** How a share's surroundings qualify a plain number. */
export interface ShareOptions {
  /**
   * The value's unit says per cent (an input row's Enhed column "%"): then a plain 1 is 1 %,
   * not 100 %, as a plain number above 1 always is.
   */
  readonly percentUnit?: boolean;
  /** The notation numeric text was written in (see {@link parseNumberText}). */
  readonly notation?: NumberNotation;
}

/**
 * The one reading of a rate or share that every face uses (the input sheet, the wizard, the
 * template): "2,5 %", "2,5 pct.", "2.5%" and "0,025" are all 2.5 %. A plain number above 1
 * is taken as percentage points ("2,5" → 2.5 %), flagged so the face can say how it read it;
 * a plain number from 0 to 1 is the fraction itself (unless `options.percentUnit` makes a plain
 * 1 mean 1 %). A number cell (Excel stores 2,5 % as 0.025) follows the same rule.
 */
export function parseShare(raw: string | number, options: ShareOptions = {}): ParsedShare {
  let value: number;
  let written = false;
  if (typeof raw === "number") value = raw;
  else {
    const parsed = parseNumberText(raw, options.notation);
    if (parsed.kind === "blank") return { kind: "blank" };
    if (parsed.kind === "text") return { kind: "text" };
    written = writtenAsPercent(raw);
    if (parsed.kind === "ambiguous")
      return {
        kind: "ambiguous",
        da: shareOf(parsed.da, written, options).value,
        en: shareOf(parsed.en, written, options).value,
      };
    value = parsed.value;
  }
  if (!Number.isFinite(value)) return { kind: "text" };
  return { kind: "number", ...shareOf(value, written, options) };
}

/** A number as a share: percentage points when plain and above 1 (see {@link parseShare}). */
function shareOf(
  value: number,
  written: boolean,
  options: ShareOptions
): { value: number; readAsPoints: boolean } {
  if (!written && (Math.abs(value) > 1 || (value === 1 && options.percentUnit === true)))
    return { value: Number(shiftExponent(String(value), -2)), readAsPoints: true };
  return { value, readAsPoints: false };
}

/**
 * True when number text ends in a percent sign or word ("3,5 %", "3,5 pct.", "(3,5 %)"), the
 * mark {@link parseNumberText} divides by 100 for. A face uses it to say how it read a share.
 */
export function writtenAsPercent(raw: string): boolean {
  return PERCENT_SUFFIX.test(raw.trim().replace(/\)$/, "").trimEnd());
}
