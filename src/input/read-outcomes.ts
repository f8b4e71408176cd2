/**
 * The closed-case outcome table: Udfald [| Antal]. With a count column each row is an outcome
 * and how many cases had it; without one, each row is one case. Labels are kept exactly as
 * written (trimmed): text that looks like a formula ("=HYPERLINK(…)", "+45 …", "@foo") is data.
 * A count without a label, a label without a count (in a table with counts) and a negative count
 * are errors; a count that is not whole (e.g. a share typed as "54 %") is a warning.
 */
import { CellBlock } from "./cells";
import type { Grid } from "./grid";
import { fieldName, type FieldOf } from "./headers";
import type { OutcomeRow, OutcomesInput, Sourced } from "./model";
import {
  findHeader,
  readLabel,
  readNumber,
  textFlag,
  reportMissing,
  reportOtherColumns,
  standaloneContext,
  tableRange,
  tableTitle,
  type ReadContext,
  type ReaderOptions,
  type ReaderResult,
} from "./table";

/** Reads an outcome table from a grid on its own. */
export function readOutcomes(
  grid: Grid,
  options: ReaderOptions = {}
): ReaderResult<OutcomesInput | null> {
  const ctx = standaloneContext(options);
  const value = readOutcomesBlock(CellBlock.of(grid), ctx);
  return { value, problems: ctx.log.finish() };
}

/** Reads the outcome table in `block`; null (with problems logged) when it cannot be read. */
export function readOutcomesBlock(block: CellBlock, ctx: ReadContext): OutcomesInput | null {
  const language = ctx.language;
  ctx.log.scope = tableTitle("outcomes", language);
  const header = findHeader(block, "outcomes", ctx.maxHeaderRows);
  if (header === null || header.missing.length > 0) {
    reportMissing(block, "outcomes", header, ctx);
    return null;
  }
  reportOtherColumns(block, "outcomes", header, ctx);
  const label = (f: FieldOf["outcomes"]): string =>
    header.text.get(f) ?? fieldName("outcomes", f, language);
  const labelCol = header.columns.get("label") as number;
  const countCol = header.columns.get("count");
  const rows: OutcomeRow[] = [];
  let bottom = header.row;
  for (let r = header.row + 1; r <= block.bottom; r++) {
    if (block.isBlankRow(r)) continue;
    bottom = r;
    const text = readLabel(block, r, labelCol, label("label"), ctx);
    let count: Sourced<number> | null = null;
    if (countCol !== undefined) {
      const ref = block.ref(r, countCol);
      const n = readNumber(block, r, countCol, label("count"), "outcomeCount", ctx);
      if (n === null) {
        if (text !== null && text !== undefined)
          ctx.log.error("labelWithoutCount", { label: text, field: label("count") }, ref);
        continue;
      }
      if (n === undefined) continue;
      if (n < 0) {
        ctx.log.error("negative", { value: n, field: label("count") }, ref);
        continue;
      }
      if (!Number.isInteger(n))
        ctx.log.warning("notWholeCount", { value: n, field: label("count") }, ref);
      if (text === null) {
        ctx.log.error("countWithoutLabel", { field: label("label") }, block.ref(r, labelCol));
        continue;
      }
      count = { value: n, ref, ...textFlag(block, r, countCol) };
    }
    if (text === null || text === undefined) continue;
    rows.push({ label: { value: text, ref: block.ref(r, labelCol) }, count });
  }
  const range = tableRange(block, header, bottom, "outcomes", ctx);
  if (rows.length === 0) return null;
  return { range, rows };
}
