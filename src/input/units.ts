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
 * in a smaller unit (−18.100.000 under a "mio. kr." header is −18,1 mio. kr. written in kr.).
 */
const LARGEST_PLAUSIBLE_KR = 1e11;

/**
 * The budget's unit from the mentions around it (headers, titles, the investment table, a
 * "Budgetenhed" assumption). Different units are an error (KIK never converts), and so is an
 * amount too large to be in the stated unit (see {@link LARGEST_PLAUSIBLE_KR}). No unit at
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
          { unit: unitText(m.unit), otherUnit: unitText(first.unit), other: cellName(first.ref) },
          m.ref
        );
        break;
      }
    }
    const implausible = amounts.find(
      (a) => Math.abs(a) * KR_PER_UNIT[first.unit] >= LARGEST_PLAUSIBLE_KR
    );
    if (implausible !== undefined)
      ctx.log.error(
        "amountNotInUnit",
        { example: implausible, unit: unitText(first.unit) },
        first.ref
      );
    return first.unit;
  }
  const table = tableTitle("budget", ctx.language);
  const large = amounts.find((a) => Math.abs(a) >= 1000);
  if (large !== undefined) ctx.log.error("unitMissingLarge", { table, example: large }, where);
  else ctx.log.warning("unitDefault", { table }, where);
  return "mio.kr";
}
