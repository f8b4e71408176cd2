/** "KIK Antagelser": every assumption with value, unit and source, and the run's metadata. */
import { assumptionSpec } from "../assumptions/catalogue";
import type { Language } from "../i18n";
import type { AssumptionKey, RangeRef } from "../input/model";
import { a1, qualified } from "../sheet";
import { ASSUMPTION_ORDER, type Assumptions, type ResolvedAssumption } from "./assumptions";
import { label, type LabelKey } from "./labels";
import type { SheetPlan } from "./plan";
import {
  fixedAtRunText,
  LINE_HEIGHT,
  NOTE_PER_UNIT,
  NUM_ERROR,
  SheetBuilder,
  wrappedLines,
} from "./sheet-builder";

/** Where each assumption's value sits, for formulas on the other sheets. */
export type AssumptionAddresses = ReadonlyMap<AssumptionKey, string>;

/** The run's metadata shown under the assumptions. */
export interface RunInfo {
  readonly generatedAt: Date;
  readonly version: string;
  readonly source?: string;
  readonly inputRanges: Partial<
    Record<"budget" | "caseload" | "outcomes" | "assumptions" | "investment", RangeRef>
  >;
}

const HEADER_ROW = 4;
/** The column of the checked values: the cells every other formula reads (issue 10). */
const CHECKED_COLUMN = 5;
/**
 * Column widths (characters): the name, the value (»Aabenraa Kommune« fits), the unit, the
 * source (wrapped: it takes a few lines, not the page's width), the checked value, the note of
 * a value fixed at run time (wrapped). Names and units are never cut: their columns widen to
 * the longest (up to {@link MAX_TEXT_WIDTH}, past which they wrap).
 */
const WIDTHS = { name: 40, value: 20, unit: 12, source: 56, checked: 20, fixed: 30 } as const;
/** The widest a name or unit column grows before its texts wrap (characters). */
const MAX_TEXT_WIDTH = 52;

/**
 * `format` with two hyphens' width of space right of the number (Excel's `_-`, as its Danish
 * accounting formats end), so a right-aligned value does not touch its unit, left-aligned in
 * the next column.
 */
function spaced(format: string | undefined): string {
  return (format ?? "General")
    .split(";")
    .map((section) => `${section}_-_-`)
    .join(";");
}

/** A column as wide as its longest text (plus a character), between `min` and the cap. */
function fitted(texts: readonly string[], min: number): number {
  const longest = Math.max(0, ...texts.map((t) => t.length));
  return Math.min(MAX_TEXT_WIDTH, Math.max(min, longest + 1));
}

/**
 * The checked value of an assumption, by formula: #NUM! ({@link NUM_ERROR}) when the value in `cell` is
 * outside the catalogue's bounds (src/assumptions/catalogue.ts, the same bounds the input reader
 * refuses), else the value. So an absurd assumption typed into the input gives #NUM! in every
 * figure that uses it, never a plausible number (docs/conventions.md).
 */
export function checkedFormula(key: AssumptionKey, cell: string): string {
  const bounds = assumptionSpec(key).bounds;
  if (bounds === null) return cell;
  const tests = [`${cell}<${bounds.min}`];
  if (bounds.max !== undefined) tests.push(`${cell}>${bounds.max}`);
  return `IF(OR(${tests.join(",")}),${NUM_ERROR},${cell})`;
}

/** Lays out the assumptions sheet; returns it with the address of every known assumption. */
export function buildAssumptionsSheet(
  name: string,
  assumptions: Assumptions,
  run: RunInfo,
  language: Language
): { sheet: SheetPlan; addresses: AssumptionAddresses } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("assumptions", name);
  s.value(1, 1, l("assumptionsTitle"), { style: "title" });
  s.value(2, 1, madeBy(run, language), { style: "note" });
  const headers = [l("assumption"), l("value"), l("unit"), l("source"), l("checkedValue")];
  headers.forEach((h, i) => s.value(HEADER_ROW, i + 1, h, { style: "header" }));

  const rows: ResolvedAssumption[] = [];
  for (const key of ASSUMPTION_ORDER) {
    const a = assumptions.byKey.get(key);
    if (a !== undefined) rows.push(a);
  }
  rows.push(...assumptions.unused);

  // Formulas read the checked value (column E), never the value itself (column B).
  const addresses = new Map<AssumptionKey, string>();
  rows.forEach((a, i) => {
    if (a.key !== null) addresses.set(a.key, s.ref(HEADER_ROW + 1 + i, CHECKED_COLUMN));
  });
  const local = new Map<AssumptionKey, string>();
  rows.forEach((a, i) => {
    if (a.key !== null) local.set(a.key, s.local(HEADER_ROW + 1 + i, CHECKED_COLUMN, true));
  });
  const at = (key: AssumptionKey): string => local.get(key) ?? "0";

  // Printed whole (A4, fit to width): a name or unit longer than its column and every source
  // wrap in their own column, top-aligned beside the values, the row as tall as the most lines.
  const nameWidth = fitted(
    rows.map((a) => a.name),
    WIDTHS.name
  );
  const unitWidth = fitted(
    rows.map((a) => a.unit),
    WIDTHS.unit
  );
  rows.forEach((a, i) => {
    const row = HEADER_ROW + 1 + i;
    const value = typeof a.value === "boolean" ? l(a.value ? "yes" : "no") : a.value;
    const options = a.numberFormat === undefined ? {} : { numberFormat: a.numberFormat };
    const shown = {
      style: "value" as const,
      ...(typeof value === "number" ? { numberFormat: spaced(a.numberFormat) } : options),
    };
    if (a.cell.kind === "input") s.formula(row, 2, a.cell.formula, value, shown);
    else if (a.cell.kind === "derived") s.formula(row, 2, a.cell.formula(at), value, shown);
    else s.value(row, 2, value, shown);
    const fixed =
      a.fixedReason === undefined
        ? undefined
        : fixedAtRunText(run.generatedAt, a.fixedReason, language);
    const lines = [
      a.name.length < nameWidth ? 1 : wrappedLines(a.name, nameWidth, NOTE_PER_UNIT),
      a.unit.length < unitWidth ? 1 : wrappedLines(a.unit, unitWidth, NOTE_PER_UNIT),
      wrappedLines(a.source, WIDTHS.source, NOTE_PER_UNIT),
      fixed === undefined ? 1 : wrappedLines(fixed, WIDTHS.fixed, NOTE_PER_UNIT),
    ];
    s.value(row, 1, a.name, { style: a.name.length < nameWidth ? "label" : "wrapNote" });
    s.value(row, 3, a.unit, { style: a.unit.length < unitWidth ? "value" : "wrapNote" });
    s.value(row, 4, a.source, { style: "wrapNote" });
    if (a.key !== null)
      s.formula(row, CHECKED_COLUMN, checkedFormula(a.key, s.local(row, 2)), value, {
        style: "value",
        ...options,
      });
    if (fixed !== undefined) s.value(row, CHECKED_COLUMN + 1, fixed, { style: "wrapNote" });
    const most = Math.max(...lines);
    if (most > 1) s.rowHeight(row, most * LINE_HEIGHT);
  });
  const last = HEADER_ROW + Math.max(rows.length, 1);
  if (rows.length > 0)
    s.table({
      name: tableName("Antagelser", name),
      top: HEADER_ROW,
      left: 1,
      bottom: last,
      right: CHECKED_COLUMN,
      totalsRow: false,
    });

  let r = last + 2;
  s.value(r, 1, l("run"), { style: "subtitle" });
  r++;
  s.value(r, 1, l("runDate"), { style: "label" });
  s.value(r, 2, isoDate(run.generatedAt));
  r++;
  s.value(r, 1, l("runVersion"), { style: "label" });
  s.value(r, 2, run.version);
  if (run.source !== undefined) {
    r++;
    s.value(r, 1, l("runSource"), { style: "label" });
    s.value(r, 2, run.source);
  }
  const tables: ["budget" | "caseload" | "outcomes" | "assumptions" | "investment", LabelKey][] = [
    ["budget", "tableBudget"],
    ["investment", "tableInvestment"],
    ["caseload", "tableCaseload"],
    ["outcomes", "tableOutcomes"],
    ["assumptions", "tableAssumptions"],
  ];
  for (const [key, text] of tables) {
    const range = run.inputRanges[key];
    if (range === undefined) continue;
    r++;
    s.value(r, 1, l("runRange", { table: l(text) }), { style: "label" });
    s.value(r, 2, rangeAddress(range));
  }
  s.columnWidths([nameWidth, WIDTHS.value, unitWidth, WIDTHS.source, WIDTHS.checked, WIDTHS.fixed]);
  s.freeze(HEADER_ROW, 0);
  return { sheet: s.build(), addresses };
}

/** "Lavet af KIK 0.1.0 den 2026-11-23 ud fra aabenraa.xlsx …". */
export function madeBy(run: RunInfo, language: Language): string {
  const source =
    run.source === undefined ? "" : label("fromSource", { source: run.source }, language);
  return label(
    "madeBy",
    { version: run.version, date: isoDate(run.generatedAt), source },
    language
  );
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** 'KIK Input'!A3:D7 */
export function rangeAddress(r: RangeRef): string {
  return `${qualified(r.sheet, r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** A workbook-unique table name for a result sheet ("KIKR_Antagelser", suffixed for "(2)" sheets). */
export function tableName(base: string, sheetName: string): string {
  const suffix = /\((\d+)\)\s*$/.exec(sheetName)?.[1];
  return `KIKR_${base}${suffix === undefined ? "" : `_${suffix}`}`;
}
