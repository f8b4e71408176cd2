/**
 * What the table readers share: finding the header row, reading a number, a label or a year
 * from a cell with a message naming the cell when it is wrong, and the unit of money.
 */
import { parseNumberText } from "../engine/number-text";
import { getLanguage, type Language } from "../i18n";
import { CellBlock, isBlank, type MergeArea } from "./cells";
import { isCellDate, isCellError, type GridValue } from "./grid";
import {
  expectedHeaders,
  fieldName,
  isTotalLabel,
  matchField,
  normaliseHeader,
  TABLE_FIELDS,
  TABLE_TITLES,
  unitInText,
  unitText,
  type FieldOf,
  type FieldSpec,
  type TableKind,
} from "./headers";
import type { CellRef, MoneyUnit, RangeRef, Sourced } from "./model";
import { cellName, phrase, ProblemLog, shown, type InputProblem } from "./problems";

/** How a reader is called: where problems go and what surrounds the table. */
export interface ReadContext {
  readonly log: ProblemLog;
  readonly language: Language;
  /** How many rows at the top of the block may be titles before the header row. */
  readonly maxHeaderRows: number;
  /** Title cells outside the block (e.g. the cell above an Excel table) that may state the unit. */
  readonly titles: readonly Sourced<GridValue>[];
  /** Merged areas already reported, so each is reported once. */
  readonly reportedMerges: Set<MergeArea>;
}

/** Options of the public single-table readers (`readBudget(grid)` …). */
export interface ReaderOptions {
  /** Message language; default the language in force (Danish unless set). */
  readonly language?: Language;
  /** How many rows at the top of the grid may be titles before the header (default 5). */
  readonly maxHeaderRows?: number;
}

/** What a single-table reader returns. */
export interface ReaderResult<T> {
  readonly value: T;
  readonly problems: InputProblem[];
}

/** A fresh context for reading one grid on its own. */
export function standaloneContext(options: ReaderOptions = {}): ReadContext {
  const language = options.language ?? getLanguage();
  return {
    log: new ProblemLog(language),
    language,
    maxHeaderRows: options.maxHeaderRows ?? 5,
    titles: [],
    reportedMerges: new Set(),
  };
}

/** The header row of a table and the column of each field it has. */
export interface Header<F extends string> {
  readonly row: number;
  readonly columns: ReadonlyMap<F, number>;
  /** The user's own header text per field, for messages. */
  readonly text: ReadonlyMap<F, string>;
  /** Rightmost non-blank header cell. */
  readonly right: number;
  /** Matched fields weighted for choosing between candidate rows. */
  readonly score: number;
  readonly missing: readonly F[];
}

/** The best header row of `kind` in the first `maxRows` rows of `block`, complete or not. */
export function findHeader<K extends TableKind>(
  block: CellBlock,
  kind: K,
  maxRows: number
): Header<FieldOf[K]> | null {
  let best: Header<FieldOf[K]> | null = null;
  const last = Math.min(block.bottom, block.top + maxRows - 1);
  for (let row = block.top; row <= last; row++) {
    const h = headerAt(block, kind, row);
    if (h === null) continue;
    // A complete header beats an incomplete one; then more (and exact) matches win; then the first.
    const better =
      best === null ||
      (h.missing.length === 0 && best.missing.length > 0) ||
      ((h.missing.length === 0) === (best.missing.length === 0) && h.score > best.score);
    if (better) best = h;
  }
  return best;
}

/** The header of `kind` read from `row`, or null when no cell of the row names a field. */
export function headerAt<K extends TableKind>(
  block: CellBlock,
  kind: K,
  row: number
): Header<FieldOf[K]> | null {
  const columns = new Map<FieldOf[K], number>();
  const text = new Map<FieldOf[K], string>();
  let score = 0;
  let right = block.left;
  for (let c = block.left; c <= block.right; c++) {
    const v = block.label(row, c);
    if (isBlank(v)) continue;
    right = c;
    const field = matchField(kind, v);
    if (field === null || columns.has(field)) continue;
    columns.set(field, c);
    text.set(field, headerLabel(String(v)));
    // An exact header ("Udfald") outweighs a prefix match in a title ("Udfald af sager 2016").
    score += SYNONYM_SET.get(kind)?.has(normaliseHeader(v as string)) === true ? 3 : 2;
  }
  if (columns.size === 0) return null;
  const specs = TABLE_FIELDS[kind] as readonly FieldSpec<FieldOf[K]>[];
  const missing = specs.filter((s) => s.required && !columns.has(s.field)).map((s) => s.field);
  return { row, columns, text, right, score, missing };
}

/** A header as messages name its column: the user's words without a bracketed unit or remark. */
export function headerLabel(header: string): string {
  const bare = header.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim();
  return shown(bare === "" ? header : bare);
}

const SYNONYM_SET = new Map<TableKind, Set<string>>(
  (Object.keys(TABLE_FIELDS) as TableKind[]).map((k) => [
    k,
    new Set((TABLE_FIELDS[k] as readonly FieldSpec<string>[]).flatMap((s) => s.synonyms)),
  ])
);

/** The table's name for messages. */
export function tableTitle(kind: TableKind, language: Language): string {
  return TABLE_TITLES[kind][language];
}

/** Reports a header that lacks required columns. */
export function reportMissing<K extends TableKind>(
  block: CellBlock,
  kind: K,
  header: Header<FieldOf[K]> | null,
  ctx: ReadContext
): void {
  const language = ctx.language;
  const expected = expectedHeaders(kind, language);
  const table = tableTitle(kind, language);
  if (header === null) {
    ctx.log.error("noHeader", { table, expected }, block.range);
    return;
  }
  const names = header.missing.map((f) => `»${fieldName(kind, f, language)}«`);
  const quoted =
    language === "da" ? names : names.map((n) => n.replace(/^»/, "'").replace(/«$/, "'"));
  const and = phrase("and", language);
  const list =
    quoted.length === 1
      ? `${phrase("column", language)} ${quoted[0]}`
      : `${phrase("columns", language)} ${quoted.slice(0, -1).join(", ")} ${and} ${quoted[quoted.length - 1]}`;
  const range: RangeRef = {
    sheet: block.sheet,
    top: header.row,
    left: block.left,
    bottom: header.row,
    right: Math.max(header.right, block.left),
  };
  ctx.log.error("missingColumns", { table, missing: list, expected }, range);
}

/**
 * The range a table covers, from its header row to `bottom`; warns when it has headers but no
 * rows, so an empty table is said out loud rather than silently missing from the report.
 */
export function tableRange(
  block: CellBlock,
  header: { readonly row: number; readonly right: number },
  bottom: number,
  kind: TableKind,
  ctx: ReadContext
): RangeRef {
  const range: RangeRef = {
    sheet: block.sheet,
    top: header.row,
    left: block.left,
    bottom,
    right: Math.max(header.right, block.left),
  };
  if (bottom === header.row)
    ctx.log.warning("headerOnly", { table: tableTitle(kind, ctx.language) }, range);
  return range;
}

/**
 * Warns about header cells that name no known column, duplicate columns, and columns with
 * values but no header. Returns nothing; the reader only reads the matched columns.
 */
export function reportOtherColumns<K extends TableKind>(
  block: CellBlock,
  kind: K,
  header: Header<FieldOf[K]>,
  ctx: ReadContext,
  ignore: (v: GridValue) => boolean = () => false
): void {
  const table = tableTitle(kind, ctx.language);
  const used = new Set(header.columns.values());
  for (let c = block.left; c <= block.right; c++) {
    if (used.has(c)) continue;
    const v = block.label(header.row, c);
    if (isBlank(v)) {
      if (!block.isBlankColumn(c, header.row + 1)) {
        ctx.log.warning(
          "unnamedColumn",
          {},
          {
            sheet: block.sheet,
            top: header.row,
            left: c,
            bottom: block.bottom,
            right: c,
          }
        );
      }
      continue;
    }
    if (ignore(v)) continue;
    const field = matchField(kind, v);
    if (field !== null) {
      const other = header.columns.get(field) as number;
      ctx.log.error(
        "duplicateColumn",
        { text: shown(String(v)), table, other: cellText(block.ref(header.row, other)) },
        block.ref(header.row, c)
      );
      continue;
    }
    ctx.log.warning(
      "unknownColumn",
      { text: shown(String(v)), table, expected: expectedHeaders(kind, ctx.language) },
      block.ref(header.row, c)
    );
  }
}

/** "KIK Input!B5" for use inside a message. */
export const cellText: (ref: CellRef) => string = cellName;

/** What kind of number a cell must hold, for the checks and the "expected …" phrase. */
export type NumberRule = "amount" | "count" | "outcomeCount" | "number";

/** Marker for "the cell was wrong and a problem was logged". */
export const INVALID = undefined;

/**
 * `{ fromText: true }` when the cell holds text (so a value read from it is not something a
 * formula over the cell would see), else nothing; spread into a Sourced value.
 */
export function textFlag(block: CellBlock, row: number, column: number): { fromText?: true } {
  return typeof block.value(row, column) === "string" ? { fromText: true } : {};
}

/**
 * A cell as a number: null when blank, undefined (after logging an error naming the cell)
 * when it is not a number. Numeric text in Danish or English notation is accepted.
 * Amounts and counts refuse percentages; amounts refuse "mio." in the cell and, unless the
 * table is in kr., a "kr." suffix.
 */
export function readNumber(
  block: CellBlock,
  row: number,
  column: number,
  field: string,
  rule: NumberRule,
  ctx: ReadContext,
  unit: MoneyUnit | null = null
): number | null | undefined {
  const v = block.value(row, column);
  if (block.hasMerges && !checkMerge(block, row, column, field, ctx)) return INVALID;
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    ctx.log.error(
      "notNumber",
      { text: String(v), field, expected: expectedPhrase(rule, ctx.language) },
      block.ref(row, column)
    );
    return INVALID;
  }
  if (v === null) return null;
  const ref = block.ref(row, column);
  const expected = expectedPhrase(rule, ctx.language);
  if (typeof v === "string") {
    const parsed = parseNumberText(v);
    if (parsed.kind === "blank") return null;
    const text = shown(v);
    if (parsed.kind === "text") {
      if (rule === "amount" && /mio|mia|mill/i.test(v))
        ctx.log.error("millionsInCell", { text, field }, ref);
      else ctx.log.error("notNumber", { text, field, expected }, ref);
      return INVALID;
    }
    if (rule !== "number" && /%\s*\)?\s*$/.test(v)) {
      ctx.log.error("percentNotAllowed", { text, field, expected }, ref);
      return INVALID;
    }
    if (rule === "amount" && /(?:kr\.?|dkk)\s*\)?\s*$/i.test(v) && (unit ?? "mio.kr") !== "kr") {
      ctx.log.error("krInCell", { text, field, unit: unitText(unit ?? "mio.kr") }, ref);
      return INVALID;
    }
    return parsed.value;
  }
  if (typeof v === "boolean") {
    ctx.log.error("booleanNotNumber", { text: booleanText(v, ctx.language), field, expected }, ref);
    return INVALID;
  }
  if (isCellDate(v)) {
    ctx.log.error("dateNotNumber", { date: dateText(v.date, ctx.language), field }, ref);
    return INVALID;
  }
  if (isCellError(v)) {
    ctx.log.error("errorCell", { error: v.error, field, expected }, ref);
    return INVALID;
  }
  return INVALID;
}

/**
 * A label cell (an outcome, a name, a category) as text, kept exactly as written apart from
 * surrounding spaces: "=HYPERLINK(…)", "+45 …" and "@foo" are data, not formulas. Numbers
 * become their text. null when blank; undefined (after an error) for error, date and
 * TRUE/FALSE cells.
 */
export function readLabel(
  block: CellBlock,
  row: number,
  column: number,
  field: string,
  ctx: ReadContext
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
  else if (isCellDate(v))
    ctx.log.error("notText", { text: dateText(v.date, ctx.language), field, expected }, ref);
  else
    ctx.log.error(
      "notText",
      { text: booleanText(v as boolean, ctx.language), field, expected },
      ref
    );
  return INVALID;
}

/** False (after reporting the area once) when the cell lies in a merged area of data cells. */
export function checkMerge(
  block: CellBlock,
  row: number,
  column: number,
  field: string,
  ctx: ReadContext
): boolean {
  const m = block.mergeAt(row, column);
  if (m === undefined) return true;
  if (!ctx.reportedMerges.has(m)) {
    ctx.reportedMerges.add(m);
    ctx.log.error("mergedData", { table: ctx.log.scope, field }, { sheet: block.sheet, ...m });
  }
  return false;
}

/** "SAND" / "TRUE". */
export function booleanText(v: boolean, language: Language): string {
  return language === "da" ? (v ? "SAND" : "FALSK") : v ? "TRUE" : "FALSE";
}

/** A date serial for a message: 06-01-2025 (Danish) or 2025-01-06 (English). */
export function dateText(serial: number, language: Language): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial + 1e-6) * 86400000);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const yyyy = String(d.getUTCFullYear());
  return language === "da" ? `${dd}-${mm}-${yyyy}` : `${yyyy}-${mm}-${dd}`;
}

function expectedPhrase(rule: NumberRule, language: Language): string {
  return phrase(rule, language);
}

/** A unit mentioned somewhere around a money table, and where. */
export interface UnitMention {
  readonly unit: MoneyUnit;
  readonly ref: CellRef;
}

/** Units mentioned in text cells. */
export function unitMentions(cells: readonly Sourced<GridValue>[]): UnitMention[] {
  const out: UnitMention[] = [];
  for (const c of cells) {
    if (typeof c.value !== "string") continue;
    const unit = unitInText(c.value);
    if (unit !== null) out.push({ unit, ref: c.ref });
  }
  return out;
}

/** The text cells of a row between two columns, as sourced values. */
export function rowCells(
  block: CellBlock,
  row: number,
  left = block.left,
  right = block.right
): Sourced<GridValue>[] {
  const out: Sourced<GridValue>[] = [];
  for (let c = left; c <= right; c++) {
    const v = block.label(row, c);
    if (!isBlank(v)) out.push({ value: v, ref: block.ref(row, c) });
  }
  return out;
}

/**
 * The budget's unit from the mentions around it (headers, titles, the investment table, a
 * "Budgetenhed" assumption). Different units are an error (KIK never converts). No unit at
 * all: mio. kr. with a warning when every amount is below 1,000 in size, else an error, since
 * amounts like 6.100.000 cannot be millions.
 */
export function resolveUnit(
  mentions: readonly UnitMention[],
  amounts: readonly number[],
  where: RangeRef,
  ctx: ReadContext
): MoneyUnit {
  const first = mentions[0];
  if (first !== undefined) {
    for (const m of mentions) {
      if (m.unit !== first.unit) {
        ctx.log.error(
          "unitConflict",
          { unit: unitText(m.unit), otherUnit: unitText(first.unit), other: cellText(first.ref) },
          m.ref
        );
        break;
      }
    }
    return first.unit;
  }
  const table = tableTitle("budget", ctx.language);
  const large = amounts.find((a) => Math.abs(a) >= 1000);
  if (large !== undefined) ctx.log.error("unitMissingLarge", { table, example: large }, where);
  else ctx.log.warning("unitDefault", { table }, where);
  return "mio.kr";
}

/** True for a text cell with no digits (a note, not a mistyped value). */
export function isWordsOnly(v: GridValue): boolean {
  return typeof v === "string" && !/\d/.test(v);
}

/** True for a label that names a total ("I alt", "Total" …). */
export { isTotalLabel };
