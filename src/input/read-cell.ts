/**
 * One cell read by the kind of its column (see {@link CellKind} in `tables.ts`): a value, blank
 * (null), or wrong (undefined, after an error naming the cell and what was expected). Bounds
 * are checked here too, so every table refuses a negative count with the same message.
 */
import { parseNumberText, type NumberNotation } from "../engine/number-text";
import { booleanText, formatNumber, message, type Language } from "../i18n";
import { CellBlock, type MergeArea } from "./cells";
import { isCellDate, isCellError, type GridValue } from "./grid";
import { unitText } from "./headers";
import type { CellRef, MoneyUnit, Sourced } from "./model";
import { parseMonthCell, parseYearCell } from "./months";
import { phrase, shown, type ProblemLog } from "./problems";
import type { CellKind, CellValues, ColumnSpec } from "./tables";

/** What reading a cell needs: where problems go, in which language, merges already reported. */
export interface CellContext {
  readonly log: ProblemLog;
  readonly language: Language;
  /** Merged areas already reported, so each is reported once. */
  readonly reportedMerges: Set<MergeArea>;
  /**
   * The notation the workbook writes numbers as text in (`notation.ts`); undefined when it
   * does not tell, and an ambiguous text ("1.008") is then refused.
   */
  readonly notation?: NumberNotation;
}

/**
 * A cell as read: `value` null when blank, undefined when wrong (a problem naming the cell
 * was logged). `fromText` when a number, year or month was read from text: a formula over the
 * cell would not see it, so the report writes the value instead of a reference.
 */
export interface ReadCell<T> {
  readonly value: T | null | undefined;
  readonly ref: CellRef;
  readonly fromText?: true;
}

/** A cell as a sourced value: a wrong cell is kept as not known (null) at its own address. */
export function sourced<T>(cell: ReadCell<T>): Sourced<T | null> {
  if (cell.value !== undefined) return cell as Sourced<T | null>;
  return cell.fromText === true
    ? { value: null, ref: cell.ref, fromText: true }
    : { value: null, ref: cell.ref };
}

type NumberKind = Extract<CellKind, "amount" | "count" | "outcomeCount" | "number">;

/**
 * Reads the cell at (`row`, `column`) of `block` as its column's kind. `field` names the column
 * in messages (the user's own header); `unit` is the table's money unit for amounts (null:
 * not known yet, "kr." in a cell is then refused).
 */
export function readCell<K extends CellKind>(
  block: CellBlock,
  row: number,
  column: number,
  spec: ColumnSpec & { readonly cell: K },
  field: string,
  ctx: CellContext,
  unit: MoneyUnit | null = null
): ReadCell<CellValues[K]> {
  const ref = block.ref(row, column);
  const kind: CellKind = spec.cell;
  if (kind === "label") return { value: readLabel(block, row, column, field, ctx) as never, ref };
  const v = block.value(row, column);
  if (kind === "text")
    return { value: (v === null ? null : textOf(v, ctx.language)) as never, ref };
  if (kind === "any") return { value: v as never, ref };
  let value: number | CellValues["month"] | null | undefined;
  // A merged data cell is ambiguous: which row does its value belong to?
  if (block.hasMerges && !checkMerge(block, row, column, field, ctx)) value = undefined;
  else if (kind === "year") value = readYear(v, ref, field, ctx);
  else if (kind === "month") value = readMonth(v, ref, field, ctx);
  else {
    value = readNumber(v, ref, field, kind, ctx, unit);
    if (typeof value === "number" && spec.bounds !== undefined)
      value = withinBounds(value, spec, ref, field, ctx);
  }
  return (typeof v === "string" ? { value, ref, fromText: true } : { value, ref }) as ReadCell<
    CellValues[K]
  >;
}

/**
 * A number: null when blank, undefined (after an error) when not a number. Numeric text in
 * Danish or English notation is accepted. Amounts and counts refuse percentages; amounts refuse
 * "mio." in the cell and, unless the table is in kr., a "kr." suffix.
 */
function readNumber(
  v: GridValue,
  ref: CellRef,
  field: string,
  kind: NumberKind,
  ctx: CellContext,
  unit: MoneyUnit | null
): number | null | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (v === null) return null;
  const expected = phrase(kind, ctx.language);
  if (typeof v === "number") {
    ctx.log.error("notNumber", { text: String(v), field, expected }, ref);
    return undefined;
  }
  if (typeof v === "string") {
    const parsed = parseNumberText(v, ctx.notation);
    if (parsed.kind === "blank") return null;
    const text = shown(v);
    if (parsed.kind === "ambiguous") {
      ctx.log.error("ambiguousNumber", { text, field, da: parsed.da, en: parsed.en }, ref);
      return undefined;
    }
    if (parsed.kind === "text") {
      if (kind === "amount" && /mio|mia|mill/i.test(v))
        ctx.log.error("millionsInCell", { text, field }, ref);
      else ctx.log.error("notNumber", { text, field, expected }, ref);
      return undefined;
    }
    if (kind !== "number" && /%\s*\)?\s*$/.test(v)) {
      ctx.log.error("percentNotAllowed", { text, field, expected }, ref);
      return undefined;
    }
    if (kind === "amount" && /(?:kr\.?|dkk)\s*\)?\s*$/i.test(v) && (unit ?? "mio.kr") !== "kr") {
      ctx.log.error("krInCell", { text, field, unit: unitText(unit ?? "mio.kr") }, ref);
      return undefined;
    }
    return parsed.value;
  }
  if (typeof v === "boolean") {
    ctx.log.error("booleanNotNumber", { text: booleanText(v, ctx.language), field, expected }, ref);
  } else if (isCellDate(v)) {
    ctx.log.error("dateNotNumber", { date: dateText(v.date, ctx.language), field }, ref);
  } else {
    ctx.log.error("errorCell", { error: v.error, field, expected }, ref);
  }
  return undefined;
}

/** The column's bounds: a negative value is an error (undefined); a fraction a warning. */
function withinBounds(
  n: number,
  spec: ColumnSpec,
  ref: CellRef,
  field: string,
  ctx: CellContext
): number | undefined {
  const bounds = spec.bounds ?? {};
  if (bounds.nonNegative === true && n < 0) {
    ctx.log.error(
      spec.cell === "amount" ? "negativeInvestment" : "negative",
      { value: n, field },
      ref
    );
    return undefined;
  }
  if (bounds.whole === true && !Number.isInteger(n))
    ctx.log.warning("notWholeCount", { value: n, field }, ref);
  return n;
}

/** A year (1900–2200), null when blank, undefined after an error. */
function readYear(
  v: GridValue,
  ref: CellRef,
  field: string,
  ctx: CellContext
): number | null | undefined {
  const parsed = parseYearCell(v);
  if (parsed.kind === "year") return parsed.value;
  if (parsed.kind === "blank") return null;
  if (parsed.kind !== "notWhole") return refuse(v, "year", ref, field, ctx);
  ctx.log.error("notWholeYear", { value: plainNumber(parsed.value, ctx.language), field }, ref);
  return undefined;
}

/** A month (see `months.ts`), null when blank, undefined after an error. */
function readMonth(
  v: GridValue,
  ref: CellRef,
  field: string,
  ctx: CellContext
): CellValues["month"] | null | undefined {
  const parsed = parseMonthCell(v);
  if (parsed.kind === "month") return parsed.value;
  return parsed.kind === "blank" ? null : refuse(v, "month", ref, field, ctx);
}

/** Logs why a cell is no year or month: the error it holds, or what it holds instead. */
function refuse(
  v: GridValue,
  kind: "year" | "month",
  ref: CellRef,
  field: string,
  ctx: CellContext
): undefined {
  if (isCellError(v)) {
    const expected = phrase(kind, ctx.language);
    ctx.log.error("errorCell", { error: v.error, field, expected }, ref);
  } else {
    const text = shownValue(v, ctx.language);
    ctx.log.error(kind === "year" ? "notYear" : "notMonth", { text, field }, ref);
  }
  return undefined;
}

/**
 * A label cell (an outcome, a name, a category) as text, kept exactly as written apart from
 * surrounding spaces: "=HYPERLINK(…)", "+45 …" and "@foo" are data, not formulas. Numbers
 * become their text. A label merged downwards counts on every row it covers. null when blank;
 * undefined (after an error) for error, date and TRUE/FALSE cells.
 */
function readLabel(
  block: CellBlock,
  row: number,
  column: number,
  field: string,
  ctx: CellContext
): string | null | undefined {
  const v = block.label(row, column);
  if (v === null) return null;
  if (typeof v === "string") {
    const s = v.trim();
    return s === "" ? null : s;
  }
  if (typeof v === "number") return String(v);
  const ref = block.ref(row, column);
  const expected = phrase("label", ctx.language);
  if (isCellError(v)) ctx.log.error("errorCell", { error: v.error, field, expected }, ref);
  else ctx.log.error("notText", { text: shownValue(v, ctx.language), field, expected }, ref);
  return undefined;
}

/** A remark cell (a unit, a source) as text: an error as its text, TRUE/FALSE and dates as shown. */
function textOf(v: Exclude<GridValue, null>, language: Language): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return booleanText(v, language);
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

/** False (after reporting the area once) when the cell lies in a merged area of data cells. */
function checkMerge(
  block: CellBlock,
  row: number,
  column: number,
  field: string,
  ctx: CellContext
): boolean {
  const m = block.mergeAt(row, column);
  if (m === undefined) return true;
  if (!ctx.reportedMerges.has(m)) {
    ctx.reportedMerges.add(m);
    ctx.log.error("mergedData", { table: ctx.log.scope, field }, { sheet: block.sheet, ...m });
  }
  return false;
}

/** A cell's content for a message: text shortened, numbers, dates and TRUE/FALSE as shown. */
function shownValue(v: GridValue, language: Language): string {
  if (v === null) return "";
  if (typeof v === "string") return shown(v);
  if (typeof v === "number") return plainNumber(v, language);
  if (typeof v === "boolean") return booleanText(v, language);
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

/** A number as Excel's General format shows it: the language's decimal sign, no grouping. */
function plainNumber(n: number, language: Language): string {
  return formatNumber(n, language, { grouping: false, maxDigits: 10 });
}

/** A date serial for a message: 06-01-2025 (Danish) or 2025-01-06 (English). */
export function dateText(serial: number, language: Language): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial + 1e-6) * 86400000);
  const day = String(d.getUTCDate()).padStart(2, "0");
  const month = String(d.getUTCMonth() + 1).padStart(2, "0");
  const year = String(d.getUTCFullYear());
  return message("inputPhrases", "date", { day, month, year }, language);
}
