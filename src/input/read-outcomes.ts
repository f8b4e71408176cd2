/**
 * The closed-case outcome table: Udfald [| Antal]. With a count column each row is an outcome
 * and how many cases had it; without one, each row is one case. Labels are kept exactly as
 * written (trimmed): text that looks like a formula ("=HYPERLINK(…)", "+45 …", "@foo") is data.
 * Everything is read by the generic reader (`table.ts`, spec in `tables.ts`): a count without a
 * label, a label without a count (in a table with counts) and a negative count are errors; a
 * count that is not whole (e.g. a share typed as "54 %") is a warning; a totals row is skipped.
 */
import type { CellBlock } from "./cells";
import type { OutcomeRow, OutcomesInput, Sourced } from "./model";
import { readHeader, readRows, standalone, type ReadContext } from "./table";

/** Reads an outcome table from a grid on its own. */
export const readOutcomes = standalone(readOutcomesBlock);

/** Reads the outcome table in `block`; null (with problems logged) when it cannot be read. */
export function readOutcomesBlock(block: CellBlock, ctx: ReadContext): OutcomesInput | null {
  const header = readHeader(block, "outcomes", ctx);
  if (header === null) return null;
  const rows: OutcomeRow[] = [];
  const range = readRows(block, "outcomes", header, ctx, (row) => {
    // A count the table has is there and valid (the reader refused the row otherwise).
    const count = row.sourced("count") as Sourced<number> | null;
    rows.push({ label: row.key, count });
  });
  if (rows.length === 0) return null;
  return { range, rows };
}
