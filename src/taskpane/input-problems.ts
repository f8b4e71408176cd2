/**
 * The reader's problems sorted under the field they are about, so the data step can list them
 * under the right address field. Each message already names its sheet and cell.
 */
import type { Language } from "../i18n";
import { TABLE_TITLES, type TableKind } from "../input/headers";
import type { CellRef, RangeRef } from "../input/model";
import type { CaseInputRead, InputSelection } from "../input/read-case";
import { parseRangeAddress, sameName } from "../sheet";
import { INPUT_TABLES } from "../input/tables";

export { INPUT_TABLES } from "../input/tables";

/** Errors and warnings of one field (or of none). */
export interface ProblemList {
  readonly errors: string[];
  readonly warnings: string[];
}

export interface GroupedProblems {
  readonly tables: Readonly<Record<TableKind, ProblemList>>;
  /** Problems that belong to no field (e.g. a block of numbers on the input sheet). */
  readonly other: ProblemList;
  readonly errorCount: number;
}

function contains(range: RangeRef, ref: CellRef, above = 0): boolean {
  return (
    sameName(range.sheet, ref.sheet) &&
    ref.row >= range.top - above &&
    ref.row <= range.bottom &&
    ref.column >= range.left &&
    ref.column <= range.right
  );
}

/** Sorts the problems of a read under the table they are about. */
export function groupProblems(
  read: CaseInputRead,
  selection: InputSelection,
  language: Language
): GroupedProblems {
  const empty = (): ProblemList => ({ errors: [], warnings: [] });
  const tables = {} as Record<TableKind, ProblemList>;
  for (const kind of INPUT_TABLES) tables[kind] = empty();
  const other = empty();
  const areas: [TableKind, RangeRef][] = [];
  for (const kind of INPUT_TABLES) {
    const found = read.ranges[kind];
    if (found !== undefined) areas.push([kind, found]);
    const chosen = selection[kind];
    const parsed = chosen === undefined ? null : parseRangeAddress(chosen);
    if (parsed !== null) areas.push([kind, parsed]);
  }
  let errorCount = 0;
  for (const p of read.problems) {
    let kind: TableKind | undefined;
    const ref = p.ref;
    const named = INPUT_TABLES.find((k) => p.message.includes(TABLE_TITLES[k][language]));
    if (ref !== null) {
      // A title or unit may sit a few rows above the table. Where two chosen ranges hold the
      // cell, the table the message names owns it: one problem under one field.
      const holding = (above: number) => areas.filter(([, r]) => contains(r, ref, above));
      const pick = (found: [TableKind, RangeRef][]) =>
        (found.find(([k]) => k === named) ?? found[0])?.[0];
      kind = pick(holding(0)) ?? pick(holding(5));
    } else {
      kind = named;
    }
    const list = kind === undefined ? other : tables[kind];
    if (p.severity === "error") {
      list.errors.push(p.message);
      errorCount++;
    } else list.warnings.push(p.message);
  }
  return { tables, other, errorCount };
}

/** True when the read gives the report something to work with. */
export function isUsable(read: CaseInputRead): boolean {
  const { budget, caseload, outcomes } = read.input;
  return (
    (budget !== null && budget.rows.length > 0) ||
    (caseload !== null && caseload.rows.length > 0) ||
    (outcomes !== null && outcomes.rows.length > 0)
  );
}

/** The selection without blank fields (blank = let KIK find the table by convention). */
export function cleanSelection(selection: InputSelection): InputSelection {
  const out: InputSelection = {};
  for (const kind of INPUT_TABLES) {
    const v = selection[kind]?.trim();
    if (v !== undefined && v !== "") out[kind] = v;
  }
  return out;
}

/** The input tables the read found rows in (the data step's checklist after the template). */
export function filledTables(read: CaseInputRead): ReadonlySet<TableKind> {
  const { budget, caseload, outcomes, assumptions } = read.input;
  const filled = new Set<TableKind>();
  if (budget !== null && budget.rows.length > 0) filled.add("budget");
  if (budget !== null && budget.investmentByCategory.length > 0) filled.add("investment");
  if (caseload !== null && caseload.rows.length > 0) filled.add("caseload");
  if (outcomes !== null && outcomes.rows.length > 0) filled.add("outcomes");
  if (assumptions.length > 0) filled.add("assumptions");
  return filled;
}
