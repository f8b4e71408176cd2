/**
 * The money unit of the budget and investment tables: where it is stated (headers, titles, the
 * cell above an Excel table, a "Budgetenhed" assumption) and which one holds. KIK never
 * converts between units.
 */
import { isBlank, type CellBlock } from "./cells";
import type { GridValue } from "./grid";
import { unitInText, unitText } from "./headers";
import type { CellRef, MoneyUnit, RangeRef, Sourced } from "./model";
import { cellName } from "./problems";
import { tableTitle, type ReadContext } from "./table";

/** A unit mentioned somewhere around a money table, and where. */
export interface UnitMention {
  readonly unit: MoneyUnit;
  readonly ref: CellRef;
}

/** An amount read from a money table, with its cell and the name of its column (or row). */
export interface Amount {
  readonly value: number;
  readonly ref: CellRef;
  /** The field as the table names it ("Budgetteret", an investment category's header). */
  readonly field: string;
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

/** The non-blank cells of a row between two columns (default: the block), as sourced values. */
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

/** The non-blank cells of the rows `top` to `bottom` (inclusive), as sourced values. */
export function rowsCells(block: CellBlock, top: number, bottom: number): Sourced<GridValue>[] {
  const out: Sourced<GridValue>[] = [];
  for (let r = top; r <= bottom; r++) out.push(...rowCells(block, r));
  return out;
}

/** Kroner in one of each money unit. */
const KR_PER_UNIT: Readonly<Record<MoneyUnit, number>> = { kr: 1, "t.kr": 1e3, "mio.kr": 1e6 };

/**
 * An amount at or above this many kroner cannot be one year of a municipal investment case: it
 * is 100 mia. kr., more than the whole yearly budget of Denmark's largest municipality
 * (Københavns Kommune, about 60 mia. kr.). An amount that large in the stated unit was written
 * in a smaller unit (−18.100.000 under a "mio. kr." header is −18,1 mio. kr. written in kr.):
 * an error.
 */
const LARGEST_PLAUSIBLE_KR = 1e11;

/**
 * An amount at or above this many kroner (1 mia. kr.) in one year is far beyond what one
 * employment strategy moves (all of Denmark's cash benefit is about 10 mia. kr. a year), but not
 * impossible for a large municipality's whole budget: a warning, since it is what amounts in
 * t. kr. under a "mio. kr." header (−18.100 read as −18,1 mia. kr.) or in kr. under a "t. kr."
 * header look like.
 */
const LARGE_KR = 1e9;

/** The mention that states the unit for an amount: its own column's (or row's), else the first. */
function unitCellFor(amount: Amount, mentions: readonly UnitMention[]): CellRef {
  const own =
    mentions.find((m) => m.ref.sheet === amount.ref.sheet && m.ref.column === amount.ref.column) ??
    mentions.find((m) => m.ref.sheet === amount.ref.sheet && m.ref.row === amount.ref.row);
  return (own ?? (mentions[0] as UnitMention)).ref;
}

/**
 * One problem per field (column, or row when the years run across) for the amounts `over`
 * picks, at the field's first such amount, with how many there are and the cell that states
 * the unit for it.
 */
function reportByField(
  amounts: readonly Amount[],
  over: (a: Amount) => boolean,
  report: (at: Amount, count: number, unitCell: CellRef) => void,
  mentions: readonly UnitMention[]
): void {
  const byField = new Map<string, Amount[]>();
  for (const a of amounts) {
    if (!over(a)) continue;
    const list = byField.get(a.field) ?? [];
    list.push(a);
    byField.set(a.field, list);
  }
  for (const list of byField.values()) {
    const at = list[0] as Amount;
    report(at, list.length, unitCellFor(at, mentions));
  }
}

/**
 * The budget's unit from the mentions around it (headers, titles, the investment table, a
 * "Budgetenhed" assumption). Different units are an error (KIK never converts), and so is an
 * amount too large to be in the stated unit (see {@link LARGEST_PLAUSIBLE_KR}); an amount of
 * 1 mia. kr. or more in a year is a warning ({@link LARGE_KR}). Each is reported once per
 * column (field), at its first such amount, with how many there are and the cell that states
 * the unit for that column; the advice to change the unit only when every amount is too large. No unit at all: mio. kr. with a warning when every
 * amount is below 1,000 in size, else an error, since amounts like 6.100.000 cannot be millions.
 */
export function resolveUnit(
  mentions: readonly UnitMention[],
  amounts: readonly Amount[],
  where: RangeRef,
  ctx: ReadContext
): MoneyUnit {
  const first = mentions[0];
  if (first !== undefined) {
    for (const m of mentions) {
      if (m.unit !== first.unit) {
        ctx.log.error(
          "unitConflict",
          { unit: unitText(m.unit), otherUnit: unitText(first.unit), other: cellName(first.ref) },
          m.ref
        );
        break;
      }
    }
    const inKr = (a: Amount) => Math.abs(a.value) * KR_PER_UNIT[first.unit];
    const impossible = (a: Amount) => inKr(a) >= LARGEST_PLAUSIBLE_KR;
    // Only when every amount is too large can the unit be what is wrong; when some are right,
    // changing the unit would make those wrong instead.
    const nonZero = amounts.filter((a) => a.value !== 0);
    const all = nonZero.length > 0 && nonZero.every(impossible);
    const unit = unitText(first.unit);
    reportByField(
      amounts,
      impossible,
      (at, count, unitCell) =>
        ctx.log.error(
          all ? "amountNotInUnitAll" : "amountNotInUnit",
          { field: at.field, example: at.value, count, unit, unitCell: cellName(unitCell) },
          at.ref
        ),
      mentions
    );
    reportByField(
      amounts,
      (a) => !impossible(a) && inKr(a) >= LARGE_KR,
      (at, count, unitCell) =>
        ctx.log.warning(
          "amountLarge",
          { field: at.field, example: at.value, count, unit, unitCell: cellName(unitCell) },
          at.ref
        ),
      mentions
    );
    return first.unit;
  }
  const table = tableTitle("budget", ctx.language);
  const large = amounts.find((a) => Math.abs(a.value) >= 1000);
  if (large !== undefined)
    ctx.log.error("unitMissingLarge", { table, example: large.value }, where);
  else ctx.log.warning("unitDefault", { table }, where);
  return "mio.kr";
}
