/**
 * The assumptions table: Navn | Værdi [| Enhed | Kilde]. Names KIK knows (Danish or English,
 * any case and spacing) map to an `AssumptionKey`; unknown names are kept (key null) and
 * shown, not used. Which names, and how each value is read and checked, is the assumptions
 * catalogue's (src/assumptions/catalogue.ts): rates and shares by the one percent reading
 * (a plain number above 1 is percentage points, with a warning), yes/no by the one word list,
 * months by the month parser ("december 2018", "2018-12", a date).
 *
 * A row named "Budgetenhed" / "Budget unit" states the budget's money unit; it is not an
 * assumption row but a unit source for the budget table.
 *
 * Defaults are not applied here: the report builder applies them and says so.
 */
import {
  ASSUMPTIONS,
  assumptionOfName,
  boundText,
  isPercentUnit,
  normaliseAssumptionName as normaliseName,
  parseAssumption,
  type AssumptionSpec,
} from "../assumptions/catalogue";
import { parseNumberText } from "../engine/number-text";
import { formatPercent, message, type Language } from "../i18n";
import { CellBlock, isBlank } from "./cells";
import { booleanText } from "../i18n";
import { isCellDate, type GridValue } from "./grid";
import { unitInText } from "./headers";
import type { AssumptionRow, CellRef, RangeRef } from "./model";
import { cellName, shown } from "./problems";
import { dateText, type ReadCell } from "./read-cell";
import { readHeader, readRows, standalone, type ReadContext } from "./table";
import type { UnitMention } from "./units";

export { ASSUMPTIONS, assumptionOfName, type AssumptionSpec } from "../assumptions/catalogue";

/** Names of the row that states the budget's unit (not an assumption; see the module comment). */
export const BUDGET_UNIT_NAMES: readonly string[] = [
  "budgetenhed",
  "beløbsenhed",
  "enhed for budget",
  "enhed for beløb",
  "budget unit",
  "money unit",
  "unit of amounts",
];

const UNIT_NAMES = new Set(BUDGET_UNIT_NAMES.map(normaliseName));

/** What the assumptions table holds. */
export interface AssumptionsRead {
  readonly rows: readonly AssumptionRow[];
  /** Where the table is (header row to last row), or null when there was none. */
  readonly range: RangeRef | null;
  /** The budget unit stated by a "Budgetenhed" row, if any. */
  readonly budgetUnit: UnitMention | null;
}

/** Reads an assumptions table from a grid on its own. */
export const readAssumptions = standalone(readAssumptionsBlock);

const NONE: AssumptionsRead = { rows: [], range: null, budgetUnit: null };

/** Reads the assumptions table in `block`. */
export function readAssumptionsBlock(block: CellBlock, ctx: ReadContext): AssumptionsRead {
  const language = ctx.language;
  const header = readHeader(block, "assumptions", ctx);
  if (header === null) return NONE;
  const rows: AssumptionRow[] = [];
  const seen = new Map<string, CellRef>();
  let budgetUnit: UnitMention | null = null;
  const range = readRows(block, "assumptions", header, ctx, (row) => {
    const { value: name, ref: nameRef } = row.key;
    const { value: raw, ref: valueRef } = row.cell("value") as ReadCell<GridValue>;
    const normalised = normaliseName(name);
    if (UNIT_NAMES.has(normalised)) {
      const unit = typeof raw === "string" ? unitInText(raw) : null;
      const text = raw === null || raw === undefined || isBlank(raw) ? "" : shown(String(raw));
      if (unit === null) ctx.log.error("notUnit", { text, field: shown(name) }, valueRef);
      else budgetUnit = { unit, ref: valueRef };
      return;
    }
    const spec = assumptionOfName(name);
    if (raw === null || raw === undefined || isBlank(raw)) {
      ctx.log.warning("assumptionNoValue", { text: shown(name) }, valueRef);
      return;
    }
    const unit = row.cell("unit")?.value ?? "";
    const source = row.cell("source")?.value ?? "";
    const value =
      spec === null
        ? plainValue(raw, language, ctx)
        : typedValue(spec, raw, unit, valueRef, name, ctx);
    if (value === undefined) return;
    if (spec === null) {
      ctx.log.warning(
        "unknownAssumption",
        { text: shown(name), expected: ASSUMPTIONS.map((a) => a.names[language]).join(", ") },
        nameRef
      );
    } else {
      const other = seen.get(spec.key);
      if (other !== undefined) {
        const params = { text: shown(name), other: cellName(other) };
        ctx.log.error("duplicateAssumption", params, nameRef);
        return;
      }
      seen.set(spec.key, nameRef);
    }
    rows.push({
      key: spec === null ? null : spec.key,
      name: { value: name, ref: nameRef },
      // A formula over the cell sees what the cell holds: only a number cell read as it is qualifies.
      value: {
        value,
        ref: valueRef,
        ...(typeof raw === "string"
          ? { fromText: true as const }
          : value !== raw
            ? { fromText: true as const, rescaled: true as const }
            : {}),
      },
      unit,
      source,
    });
  });
  return { rows, range, budgetUnit };
}

/** The value of an unknown assumption: numbers (also numeric text), TRUE/FALSE, else text. */
function plainValue(
  v: GridValue,
  language: Language,
  ctx: ReadContext
): number | string | boolean | undefined {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") {
    const parsed = parseNumberText(v, ctx.notation);
    return parsed.kind === "number" ? parsed.value : v.trim();
  }
  if (v === null) return undefined;
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

/** Parses and checks a known assumption's value (see the catalogue); undefined after logging an error. */
function typedValue(
  spec: AssumptionSpec,
  v: GridValue,
  unit: string,
  ref: CellRef,
  name: string,
  ctx: ReadContext
): number | string | boolean | undefined {
  const language = ctx.language;
  const shownName = shown(name);
  const parsed = parseAssumption(spec, v, {
    percentUnit: isPercentUnit(unit),
    notation: ctx.notation ?? "unknown",
  });
  if (parsed.share?.as === "points")
    ctx.log.warning(
      "assumptionPercentPoints",
      {
        value: parsed.share.written,
        percent: formatPercent(parsed.share.fraction, language),
        name: shownName,
      },
      ref
    );
  if (parsed.ok) return parsed.value;
  const p = parsed.problem;
  const expected = expectedOf(spec, language);
  switch (p.code) {
    case "errorCell":
      ctx.log.error("errorCell", { error: p.error, field: shownName, expected }, ref);
      break;
    case "notYesNo":
      ctx.log.error("assumptionNotBoolean", { text: display(v, language), name: shownName }, ref);
      break;
    case "notMonth":
      ctx.log.error("assumptionNotMonth", { text: display(v, language), name: shownName }, ref);
      break;
    case "notWhole":
      ctx.log.error("assumptionNotWhole", { value: p.value, name: shownName, expected }, ref);
      break;
    case "range":
      ctx.log.error("assumptionRange", { value: p.value, name: shownName, expected }, ref);
      break;
    case "ambiguous":
      ctx.log.error(
        "ambiguousNumber",
        { text: display(v, language), field: shownName, da: p.da, en: p.en },
        ref
      );
      break;
    case "blank":
    case "notNumber":
      ctx.log.error(
        "assumptionNotNumber",
        { text: display(v, language), name: shownName, expected },
        ref
      );
  }
  return undefined;
}

function display(v: GridValue, language: Language): string {
  if (v === null) return "";
  if (typeof v === "boolean") return booleanText(v, language);
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return shown(v);
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

/** What a value of the assumption's kind should look like, for messages. */
function expectedOf(spec: AssumptionSpec, language: Language): string {
  switch (spec.kind) {
    case "rate":
    case "share":
      return message("input", "expectedShare", {}, language);
    case "money":
      return message("input", "expectedMoney", {}, language);
    case "number":
      return message("input", "expectedNumber", {}, language);
    case "whole": {
      const { min = 1, max = Infinity } = spec.bounds ?? {};
      const bound = (n: number) => boundText(spec, n, language);
      return message("input", "expectedWhole", { min: bound(min), max: bound(max) }, language);
    }
    case "yesNo":
      return message("input", "expectedYesNo", {}, language);
    case "month":
      return message("input", "expectedMonth", {}, language);
    case "text":
      return message("input", "expectedText", {}, language);
  }
}
