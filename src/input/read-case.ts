/**
 * Reading a whole investment case from a workbook: the entry point both faces call (the task
 * pane over Office.js, the command line over ExcelJS), each through a {@link WorkbookView}.
 *
 * Where each table is looked for, first match wins (docs/input.md):
 * 1. the range, table or name the user selected (`InputSelection`: CLI flags, wizard pickers);
 * 2. an Excel table named KIK_Budget, KIK_Sagstal / KIK_Caseload, KIK_Udfald / KIK_Outcomes,
 *    KIK_Antagelser / KIK_Assumptions, KIK_Investering / KIK_Investment (any case);
 * 3. a workbook defined name with the same names;
 * 4. a block on the sheet "KIK Input" (or "KIK Inputs", "Input", "Inputs") whose header row
 *    matches the table's headers. Blocks are separated by blank rows and columns; title rows
 *    above a header are allowed. Blocks of numbers there that are no table are errors.
 *
 * A missing table is not an error by itself (the report says what it lacks) unless the user
 * selected it and it cannot be read.
 */
import { getLanguage, message, type Language } from "../i18n";
import { CellBlock, isBlank, overlaps, type MergeArea } from "./cells";
import { isCellDate, parseRangeAddress, type Grid, type GridValue } from "./grid";
import { expectedHeaders } from "./headers";
import type { CaseInput, RangeRef, Sourced } from "./model";
import { ProblemLog, rangeName, shown, type InputProblem } from "./problems";
import { readAssumptionsBlock, type AssumptionsRead } from "./read-assumptions";
import { budgetScore, detectBudget, isCompleteBudget, readBudgetBlock } from "./read-budget";
import { readCaseloadBlock } from "./read-caseload";
import { readInvestmentBlock, type InvestmentRead } from "./read-investment";
import { readOutcomesBlock } from "./read-outcomes";
import { findHeader, tableTitle, type ReadContext } from "./table";
import { excelNamesOf, INPUT_SHEET_NAMES, TABLE_KINDS, TABLES, type TableKind } from "./tables";
import type { UnitMention } from "./units";
import { parseNumberText, type NumberNotation } from "../engine/number-text";
import { inferNotation } from "./notation";

export type { InputProblem } from "./problems";
export type { TableKind } from "./tables";

/** An Excel table in a {@link WorkbookView}. */
export interface ViewTable {
  readonly name: string;
  /** The whole table: header row = range.top, and the totals row, if any, = range.bottom. */
  readonly range: RangeRef;
  /** The table shows a totals row (its last row), which is never data. */
  readonly totalsRow: boolean;
}

/** What a face provides: the workbook's sheets, tables, names and cells. */
export interface WorkbookView {
  readonly sheetNames: readonly string[];
  /** Excel tables. */
  readonly tables: readonly ViewTable[];
  /** Workbook defined names that are ranges. */
  readonly names: readonly { name: string; range: RangeRef }[];
  /** The cells of a range. */
  grid(range: RangeRef): Grid;
  /** null for an empty sheet. */
  usedRange(sheet: string): RangeRef | null;
}

/**
 * Ranges the user chose (CLI flags, wizard pickers): sheet-qualified addresses like
 * "Budget!A1:E3" or "'KIK Input'!A1:C9", or the name of an Excel table or defined name.
 */
export interface InputSelection {
  budget?: string;
  caseload?: string;
  outcomes?: string;
  assumptions?: string;
  investment?: string;
}

/** How to read the workbook. */
export interface ReadOptions {
  /**
   * The notation numbers written as text are in, when the face knows the workbook's locale;
   * default: what the tables themselves show (`notation.ts`), else ambiguous text is refused.
   */
  readonly notation?: NumberNotation;
}

/** The five input tables (same as {@link TableKind}). */
export type InputTable = TableKind;

/** What {@link readCaseInput} returns. */
export interface CaseInputRead {
  readonly input: CaseInput;
  /** Errors and warnings, in the order found, with messages naming sheet and cell. */
  readonly problems: InputProblem[];
  /** Where each table was found (also when its problems made it unusable). */
  readonly ranges: Partial<Record<InputTable, RangeRef>>;
}

/** Where a table was found and how to read it. */
interface Located {
  readonly block: CellBlock;
  readonly maxHeaderRows: number;
  readonly titles: readonly Sourced<GridValue>[];
}

/**
 * Reads the case's input tables from a workbook. Problems never throw: they are returned with
 * severity "error" (the value is wrong or unreadable) or "warning" (KIK read it but the user
 * should know how). Messages are in `language` (default: the language in force, Danish).
 */
export function readCaseInput(
  view: WorkbookView,
  selection: InputSelection = {},
  language: Language = getLanguage(),
  options: ReadOptions = {}
): CaseInputRead {
  const log = new ProblemLog(language);
  const found = new Map<TableKind, Located>();
  const failed = new Set<TableKind>();
  for (const kind of TABLE_KINDS) {
    log.scope = tableTitle(kind, language);
    const located = locateExplicit(view, kind, selection[kind], log, language);
    if (located === "failed") failed.add(kind);
    else if (located !== null) found.set(kind, located);
  }
  const wanted = TABLE_KINDS.filter((k) => !found.has(k) && !failed.has(k));
  if (wanted.length > 0) scanInputSheet(view, wanted, found, log, language);

  const reportedMerges = new Set<MergeArea>();
  const notation = options.notation ?? inferNotation([...found.values()].map((l) => l.block));
  const context = (l: Located): ReadContext => ({
    log,
    language,
    maxHeaderRows: l.maxHeaderRows,
    titles: l.titles,
    reportedMerges,
    ...(notation === undefined ? {} : { notation }),
  });
  const ranges: Partial<Record<InputTable, RangeRef>> = {};
  for (const [kind, l] of found) ranges[kind] = l.block.range;

  let assumptions: AssumptionsRead = { rows: [], range: null, budgetUnit: null };
  const a = found.get("assumptions");
  if (a !== undefined) {
    assumptions = readAssumptionsBlock(a.block, context(a));
    if (assumptions.range !== null) ranges.assumptions = assumptions.range;
  }
  let investment: InvestmentRead = { categories: [], range: null, unitMentions: [] };
  const i = found.get("investment");
  if (i !== undefined) {
    investment = readInvestmentBlock(i.block, context(i));
    if (investment.range !== null) ranges.investment = investment.range;
  }
  const b = found.get("budget");
  const unitMentions: UnitMention[] = [
    ...(assumptions.budgetUnit === null ? [] : [assumptions.budgetUnit]),
    ...investment.unitMentions,
  ];
  const budget =
    b === undefined
      ? null
      : readBudgetBlock(b.block, context(b), {
          unitMentions,
          investmentByCategory: investment.categories,
        });
  if (budget !== null) {
    ranges.budget = budget.range;
    checkInvestmentSum(budget, investment, log, language);
    checkBudgetLooksLikeSpending(budget, investment, log, language);
  } else if (investment.range !== null && investment.categories.length > 0) {
    log.scope = tableTitle("investment", language);
    log.warning(
      "investmentWithoutBudget",
      { table: tableTitle("investment", language) },
      investment.range
    );
  }
  const c = found.get("caseload");
  const caseload = c === undefined ? null : readCaseloadBlock(c.block, context(c));
  if (caseload !== null) ranges.caseload = caseload.range;
  const o = found.get("outcomes");
  const outcomes = o === undefined ? null : readOutcomesBlock(o.block, context(o));
  if (outcomes !== null) ranges.outcomes = outcomes.range;

  return {
    input: { budget, caseload, outcomes, assumptions: assumptions.rows },
    problems: log.finish(),
    ranges,
  };
}

function checkInvestmentSum(
  budget: NonNullable<CaseInput["budget"]>,
  investment: InvestmentRead,
  log: ProblemLog,
  language: Language
): void {
  if (investment.categories.length === 0 || investment.range === null) return;
  const yearly = budget.rows.map((r) => r.investment?.value ?? null).filter((v) => v !== null);
  if (yearly.length === 0) return;
  const perYear = yearly.reduce((s, v) => s + v, 0);
  const perCategory = investment.categories.reduce((s, c) => s + c.amount.value, 0);
  if (Math.abs(perYear - perCategory) > 1e-6 * Math.max(1, Math.abs(perYear))) {
    log.scope = tableTitle("investment", language);
    log.warning(
      "investmentSumMismatch",
      { categories: round(perCategory), budget: round(perYear) },
      investment.range
    );
  }
}

/**
 * Warns when the Budgetteret column looks like money spent or appropriated rather than the net
 * effect against an unchanged budget (+ = saving): every budgeted figure equals that year's
 * investment, or none is negative and they sum to the total investment (issue 11: spending of
 * 17 mio. kr. a year entered there gave ROI 100 % and payback 0 without a word).
 */
function checkBudgetLooksLikeSpending(
  budget: NonNullable<CaseInput["budget"]>,
  investment: InvestmentRead,
  log: ProblemLog,
  language: Language
): void {
  const rows = budget.rows.filter((r) => r.budgeted.value !== null);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return;
  const near = (a: number, b: number) =>
    Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
  const equalsEveryYear = rows.every(
    (r) =>
      r.investment !== null &&
      r.investment.value !== null &&
      r.investment.value !== 0 &&
      near(r.budgeted.value as number, r.investment.value)
  );
  const yearly = budget.rows.flatMap((r) =>
    r.investment?.value === null || r.investment === null ? [] : [r.investment.value]
  );
  const total =
    investment.categories.length > 0
      ? investment.categories.reduce((sum, c) => sum + c.amount.value, 0)
      : yearly.reduce((sum, v) => sum + v, 0);
  const budgeted = rows.map((r) => r.budgeted.value as number);
  const sumsToInvestment =
    total > 0 &&
    budgeted.every((v) => v >= 0) &&
    near(
      budgeted.reduce((sum, v) => sum + v, 0),
      total
    );
  if (!equalsEveryYear && !sumsToInvestment) return;
  log.scope = tableTitle("budget", language);
  log.warning(
    equalsEveryYear ? "budgetEqualsInvestment" : "budgetSumsToInvestment",
    { total: round(total) },
    {
      sheet: first.budgeted.ref.sheet,
      top: first.budgeted.ref.row,
      left: first.budgeted.ref.column,
      bottom: last.budgeted.ref.row,
      right: last.budgeted.ref.column,
    }
  );
}

function round(x: number): number {
  return Number(x.toFixed(6));
}

/** The sheet of that name (case-insensitive, as Excel compares), or null. */
function findSheet(view: WorkbookView, name: string): string | null {
  const key = name.trim().toLocaleLowerCase("da-DK");
  return view.sheetNames.find((s) => s.toLocaleLowerCase("da-DK") === key) ?? null;
}

function byName<T extends { name: string }>(
  list: readonly T[],
  names: readonly string[]
): T | null {
  const keys = names.map((n) => n.toLocaleLowerCase("da-DK"));
  for (const key of keys) {
    const hit = list.find((t) => t.name.toLocaleLowerCase("da-DK") === key);
    if (hit !== undefined) return hit;
  }
  return null;
}

/** The table of `kind` the user selected or named, "failed" (after an error), or null. */
function locateExplicit(
  view: WorkbookView,
  kind: TableKind,
  selected: string | undefined,
  log: ProblemLog,
  language: Language
): Located | "failed" | null {
  const table = tableTitle(kind, language);
  if (selected !== undefined && selected.trim() !== "") {
    const text = selected.trim();
    const address = parseRangeAddress(text);
    if (address !== null) {
      const sheet = findSheet(view, address.sheet);
      if (sheet === null) {
        log.error("unknownSheet", { sheet: address.sheet, table, text: shown(text) }, null);
        return "failed";
      }
      const range: RangeRef = { ...address, sheet };
      const located = fromRange(view, range, 5);
      if (isEmpty(located.block)) {
        log.error("emptySelection", { table }, range);
        return "failed";
      }
      return located;
    }
    const chosen = byName(view.tables, [text]);
    if (chosen !== null) return fromRange(view, chosen.range, 5, chosen.totalsRow);
    const named = byName(view.names, [text]);
    if (named !== null) return fromRange(view, named.range, 5);
    log.error("badSelection", { text: shown(text), table }, null);
    return "failed";
  }
  const t = byName(view.tables, excelNamesOf(kind));
  if (t !== null) return fromRange(view, t.range, 1, t.totalsRow);
  const n = byName(view.names, excelNamesOf(kind));
  if (n !== null) return fromRange(view, n.range, 5);
  return null;
}

function isEmpty(block: CellBlock): boolean {
  for (let r = block.top; r <= block.bottom; r++) if (!block.isBlankRow(r)) return false;
  return true;
}

/**
 * A range as a block to read, with the single text cell right above it (a title, which may
 * state the unit) when there is exactly one. An Excel table's totals row is left out: Excel
 * says it is not data, whatever it holds (a SUBTOTAL without a label, "I alt" …).
 */
function fromRange(
  view: WorkbookView,
  range: RangeRef,
  maxHeaderRows: number,
  totalsRow = false
): Located {
  const withTitle = range.top > 1 ? { ...range, top: range.top - 1 } : range;
  const around = CellBlock.of(view.grid(withTitle));
  const data =
    totalsRow && range.bottom > range.top ? { ...range, bottom: range.bottom - 1 } : range;
  const block = around.sub(data);
  const above: Sourced<GridValue>[] = [];
  if (range.top > 1) {
    for (let c = range.left; c <= range.right; c++) {
      const v = around.value(range.top - 1, c);
      if (!isBlank(v)) above.push({ value: v, ref: around.ref(range.top - 1, c) });
    }
  }
  const titles = above.length === 1 && typeof above[0]?.value === "string" ? above : [];
  return { block, maxHeaderRows, titles };
}

/** What a block on the input sheet looks like. */
interface Classified {
  readonly kind: TableKind;
  readonly complete: boolean;
  readonly score: number;
}

function classify(block: CellBlock): Classified | null {
  let best: Classified | null = null;
  for (const kind of TABLE_KINDS) {
    let c: Classified | null = null;
    if (kind === "budget") {
      const l = detectBudget(block, 5);
      if (l !== null) c = { kind, complete: isCompleteBudget(l), score: budgetScore(l) };
    } else {
      const h = findHeader(block, kind, 5);
      if (h !== null) c = { kind, complete: h.missing.length === 0, score: h.score };
    }
    if (c === null) continue;
    if (
      best === null ||
      (c.complete && !best.complete) ||
      (c.complete === best.complete && c.score > best.score)
    )
      best = c;
  }
  return best;
}

/** Splits a block into blocks separated by blank rows and columns (recursively). */
export function splitBlocks(block: CellBlock): CellBlock[] {
  const out: CellBlock[] = [];
  for (const [top, bottom] of runs(block.top, block.bottom, (r) => !block.isBlankRow(r))) {
    const band = block.sub({ top, bottom, left: block.left, right: block.right });
    for (const [left, right] of runs(band.left, band.right, (c) => !band.isBlankColumn(c))) {
      const part = band.sub({ top, bottom, left, right });
      const same =
        part.top === block.top &&
        part.bottom === block.bottom &&
        part.left === block.left &&
        part.right === block.right;
      if (same) out.push(part);
      else out.push(...splitBlocks(part));
    }
  }
  return out;
}

function runs(from: number, to: number, filled: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    if (filled(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, to]);
  return out;
}

/** True when a block holds a number (or numeric text or a date) anywhere. */
function hasNumbers(block: CellBlock): boolean {
  for (let r = block.top; r <= block.bottom; r++) {
    for (let c = block.left; c <= block.right; c++) {
      const v = block.value(r, c);
      if (typeof v === "number" || (v !== null && typeof v === "object" && isCellDate(v)))
        return true;
      if (typeof v === "string" && /^(?:number|ambiguous)$/.test(parseNumberText(v).kind))
        return true;
    }
  }
  return false;
}

/**
 * Finds the `wanted` tables as blocks on the input sheet. Two blocks of one kind, blocks with
 * a header that lacks required columns, and blocks of numbers that are no table are errors.
 */
function scanInputSheet(
  view: WorkbookView,
  wanted: readonly TableKind[],
  found: Map<TableKind, Located>,
  log: ProblemLog,
  language: Language
): void {
  let sheet: string | null = null;
  for (const name of INPUT_SHEET_NAMES) {
    sheet = findSheet(view, name);
    if (sheet !== null) break;
  }
  if (sheet === null) return;
  const used = view.usedRange(sheet);
  if (used === null) return;
  const root = CellBlock.of(view.grid(used)).sub(used);
  const taken = [...found.values()].map((l) => l.block.range).filter((r) => r.sheet === sheet);
  const blocks = splitBlocks(root).filter((b) => !taken.some((t) => overlaps(t, b.range)));
  const tables: { block: CellBlock; kind: TableKind }[] = [];
  const others: CellBlock[] = [];
  const partial: { block: CellBlock; kind: TableKind }[] = [];
  for (const block of blocks) {
    const c = classify(block);
    if (c !== null && c.complete) tables.push({ block, kind: c.kind });
    else if (c !== null && c.score >= 4) partial.push({ block, kind: c.kind });
    else others.push(block);
  }
  for (const kind of wanted) {
    const mine = tables.filter((t) => t.kind === kind);
    const first = mine[0];
    if (first !== undefined) {
      found.set(kind, { block: withoutTotalsRow(view, first.block), maxHeaderRows: 5, titles: [] });
      const second = mine[1];
      if (second !== undefined) {
        log.scope = tableTitle(kind, language);
        log.error(
          "twoTables",
          {
            range: rangeName(first.block.range),
            other: rangeName(second.block.range),
            table: tableTitle(kind, language),
            name: TABLES[kind].excelName[language],
          },
          second.block.range
        );
      }
      continue;
    }
    // A block whose header names some of the table's columns but not all: say what is missing.
    const p = partial.find((x) => x.kind === kind);
    if (p !== undefined)
      found.set(kind, { block: withoutTotalsRow(view, p.block), maxHeaderRows: 5, titles: [] });
  }
  log.scope = message("inputPhrases", "sheet", { sheet }, language);
  const expected = (["budget", "caseload", "outcomes", "assumptions"] as const)
    .map((k) => `${TABLES[k].listTitle[language]} (${expectedHeaders(k, language)})`)
    .join("; ");
  for (const block of others) {
    if (block.top === block.bottom || block.left === block.right) continue;
    if (!hasNumbers(block)) continue;
    // Same columns as a table right above, with only blank rows between: the table went on.
    const above = tables.find(
      (t) =>
        t.block.bottom < block.top && t.block.left === block.left && t.block.right === block.right
    );
    if (above !== undefined && continues(root, above.block, block)) {
      log.error(
        "continuation",
        { table: tableTitle(above.kind, language), range: rangeName(above.block.range) },
        block.range
      );
      continue;
    }
    log.error("blob", { expected }, block.range);
  }
}

/**
 * A block found on the input sheet without the totals row of an Excel table (of any name) that
 * ends on the block's last row: Excel says that row is not data.
 */
function withoutTotalsRow(view: WorkbookView, block: CellBlock): CellBlock {
  const table = view.tables.find(
    (t) =>
      t.totalsRow &&
      t.range.sheet.toLocaleLowerCase("da-DK") === block.sheet.toLocaleLowerCase("da-DK") &&
      t.range.bottom === block.bottom &&
      t.range.bottom > t.range.top &&
      overlaps(t.range, block.range)
  );
  return table === undefined ? block : block.sub({ ...block.range, bottom: block.bottom - 1 });
}

/** True when only blank rows separate `lower` from `upper`, the table above it. */
function continues(root: CellBlock, upper: CellBlock, lower: CellBlock): boolean {
  for (let r = upper.bottom + 1; r < lower.top; r++)
    if (!root.isBlankRow(r, Math.min(upper.left, lower.left), Math.max(upper.right, lower.right)))
      return false;
  return true;
}
