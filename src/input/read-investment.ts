/**
 * The optional investment-by-category table: Kategori | Beløb. Amounts are in the budget's unit
 * (a unit in this table's headers or title counts as a statement of the budget's unit, and must
 * agree with it). Amounts are gross investment: 0 or more. Everything else is the generic
 * reader's (`table.ts`, spec in `tables.ts`); the sum against the budget's Investering column
 * is checked in `read-case.ts`.
 */
import type { CellBlock } from "./cells";
import type { InvestmentCategory, RangeRef, Sourced } from "./model";
import { readHeader, readRows, standalone, type ReadContext } from "./table";
import { rowsCells, unitMentions, type UnitMention } from "./units";

/** What the investment table holds. */
export interface InvestmentRead {
  readonly categories: readonly InvestmentCategory[];
  readonly range: RangeRef | null;
  /** Units its headers or title state. */
  readonly unitMentions: readonly UnitMention[];
}

/** Reads an investment-by-category table from a grid on its own. */
export const readInvestment = standalone(readInvestmentBlock);

const NONE: InvestmentRead = { categories: [], range: null, unitMentions: [] };

/** Reads the investment table in `block`. */
export function readInvestmentBlock(block: CellBlock, ctx: ReadContext): InvestmentRead {
  const header = readHeader(block, "investment", ctx);
  if (header === null) return NONE;
  const mentions = unitMentions([...ctx.titles, ...rowsCells(block, block.top, header.row)]);
  const categories: InvestmentCategory[] = [];
  const range = readRows(
    block,
    "investment",
    header,
    ctx,
    (row) =>
      categories.push({
        category: row.key,
        amount: row.sourced("amount") as Sourced<number>,
      }),
    { unit: mentions[0]?.unit ?? null }
  );
  return { categories, range, unitMentions: mentions };
}
