/**
 * The optional investment-by-category table: Kategori | Beløb. Amounts are in the budget's unit
 * (a unit in this table's headers or title counts as a statement of the budget's unit, and must
 * agree with it). Amounts are gross investment: 0 or more.
 */
import { CellBlock } from "./cells";
import type { Grid, GridValue } from "./grid";
import { fieldName, type FieldOf } from "./headers";
import type { InvestmentCategory, RangeRef, Sourced } from "./model";
import {
  findHeader,
  readLabel,
  readNumber,
  textFlag,
  reportMissing,
  reportOtherColumns,
  rowCells,
  standaloneContext,
  tableRange,
  tableTitle,
  unitMentions,
  type ReadContext,
  type ReaderOptions,
  type ReaderResult,
  type UnitMention,
} from "./table";

/** What the investment table holds. */
export interface InvestmentRead {
  readonly categories: readonly InvestmentCategory[];
  readonly range: RangeRef | null;
  /** Units its headers or title state. */
  readonly unitMentions: readonly UnitMention[];
}

/** Reads an investment-by-category table from a grid on its own. */
export function readInvestment(
  grid: Grid,
  options: ReaderOptions = {}
): ReaderResult<InvestmentRead> {
  const ctx = standaloneContext(options);
  const value = readInvestmentBlock(CellBlock.of(grid), ctx);
  return { value, problems: ctx.log.finish() };
}

const NONE: InvestmentRead = { categories: [], range: null, unitMentions: [] };

/** Reads the investment table in `block`. */
export function readInvestmentBlock(block: CellBlock, ctx: ReadContext): InvestmentRead {
  const language = ctx.language;
  ctx.log.scope = tableTitle("investment", language);
  const header = findHeader(block, "investment", ctx.maxHeaderRows);
  if (header === null || header.missing.length > 0) {
    reportMissing(block, "investment", header, ctx);
    return NONE;
  }
  reportOtherColumns(block, "investment", header, ctx);
  const titles: Sourced<GridValue>[] = [...ctx.titles];
  for (let r = block.top; r <= header.row; r++) titles.push(...rowCells(block, r));
  const mentions = unitMentions(titles);
  const label = (f: FieldOf["investment"]): string =>
    header.text.get(f) ?? fieldName("investment", f, language);
  const catCol = header.columns.get("category") as number;
  const amountCol = header.columns.get("amount") as number;
  const categories: InvestmentCategory[] = [];
  let bottom = header.row;
  for (let r = header.row + 1; r <= block.bottom; r++) {
    if (block.isBlankRow(r)) continue;
    bottom = r;
    const category = readLabel(block, r, catCol, label("category"), ctx);
    const amountRef = block.ref(r, amountCol);
    const n = readNumber(block, r, amountCol, label("amount"), "amount", ctx, mentions[0]?.unit);
    if (category === undefined || n === undefined) continue;
    if (category === null) {
      if (n !== null)
        ctx.log.error("amountWithoutCategory", { field: label("category") }, block.ref(r, catCol));
      continue;
    }
    if (n === null) {
      ctx.log.error(
        "categoryWithoutAmount",
        { label: category, field: label("amount") },
        amountRef
      );
      continue;
    }
    if (n < 0) {
      ctx.log.error("negativeInvestment", { value: n, field: label("amount") }, amountRef);
      continue;
    }
    categories.push({
      category: { value: category, ref: block.ref(r, catCol) },
      amount: { value: n, ref: amountRef, ...textFlag(block, r, amountCol) },
    });
  }
  const range = tableRange(block, header, bottom, "investment", ctx);
  return { categories, range, unitMentions: mentions };
}
