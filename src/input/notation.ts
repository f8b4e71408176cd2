/**
 * The notation a workbook's numbers-as-text were written in, so an ambiguous text such as
 * "1.008" (Danish one thousand and eight, English one point zero zero eight) is read the way
 * the workbook's own locale would read it (`parseNumberText`, rule 7), or refused when the
 * workbook does not tell.
 *
 * The evidence, in this order:
 * 1. number texts in the input tables that only one notation writes: a decimal comma
 *    ("24,2", "1.008,5") is Danish, a decimal point ("24.2", "1,008.5") English;
 * 2. the tables' header cells: the Danish column names ("Budgetteret", "Værdi") or the English
 *    ones ("Budgeted", "Value").
 * A kind of evidence decides when it points one way only; when neither does, the notation is
 * unknown and the readers refuse an ambiguous text with a message naming its cell.
 */
import type { NumberNotation } from "../engine/number-text";
import type { Language } from "../i18n";
import type { CellBlock } from "./cells";
import { normaliseHeader } from "./headers";
import { TABLES } from "./tables";

/** A decimal comma: "24,2", "-0,5", "1.008,5" (not "1,008": that is rule 7). */
const DANISH_DECIMAL = /^[-−+(]?\s*\d{1,3}(?:\.\d{3})*,(?:\d{1,2}|\d{4,})\b/;
/** A decimal point: "24.2", "0.25", "1,008.5" (not "1.008"). */
const ENGLISH_DECIMAL = /^[-−+(]?\s*\d{1,3}(?:,\d{3})*\.(?:\d{1,2}|\d{4,})\b/;
/** A decimal sign after a leading zero: "0,25" (Danish), "0.25" (English). */
const ZERO_DECIMAL = /^[-−+(]?\s*0([.,])\d/;

/** What one text says about the notation, or null when it says nothing. */
function numberEvidence(text: string): NumberNotation | null {
  const s = text.trim();
  const zero = ZERO_DECIMAL.exec(s);
  if (zero !== null) return zero[1] === "," ? "da" : "en";
  if (DANISH_DECIMAL.test(s)) return "da";
  if (ENGLISH_DECIMAL.test(s)) return "en";
  return null;
}

const HEADER_NAMES: ReadonlyMap<string, Language> = (() => {
  const m = new Map<string, Language>();
  const both = new Set<string>();
  for (const spec of Object.values(TABLES)) {
    for (const column of spec.columns) {
      const da = normaliseHeader(column.names.da);
      const en = normaliseHeader(column.names.en);
      if (da === en) both.add(da);
      m.set(da, "da");
      m.set(en, "en");
    }
  }
  for (const name of both) m.delete(name);
  return m;
})();

/** How many header rows of a block are looked at for names. */
const HEADER_ROWS = 6;

/**
 * The notation the blocks' number texts and headers point to, or undefined when they do not
 * tell (or contradict each other).
 */
export function inferNotation(blocks: readonly CellBlock[]): NumberNotation | undefined {
  const numbers = new Set<NumberNotation>();
  const headers = new Set<NumberNotation>();
  for (const block of blocks) {
    for (let r = block.top; r <= block.bottom; r++) {
      for (let c = block.left; c <= block.right; c++) {
        const v = block.value(r, c);
        if (typeof v !== "string") continue;
        const evidence = numberEvidence(v);
        if (evidence !== null) numbers.add(evidence);
        else if (r < block.top + HEADER_ROWS) {
          const language = HEADER_NAMES.get(normaliseHeader(v));
          if (language !== undefined) headers.add(language);
        }
      }
      // Both notations seen among the numbers: nothing more to learn.
      if (numbers.size > 1) return undefined;
    }
  }
  const [byNumbers] = numbers;
  if (byNumbers !== undefined) return byNumbers;
  const [byHeaders] = headers;
  return headers.size === 1 ? byHeaders : undefined;
}
