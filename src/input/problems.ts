/**
 * Problems found while reading the input tables, with messages in Danish or English that name
 * the sheet and cell ("KIK Input!B5: »abc« er ikke et tal (Budgetteret) – forventede …").
 *
 * Severity "error": the value is wrong or missing and the report would be wrong without a fix.
 * Severity "warning": KIK read the table but did something the user should know about
 * (sorted the months, ignored a column, assumed a unit …).
 */
import { getLanguage, message, translator, type KeyOf, type Language } from "../i18n";
import { a1 } from "./grid";
import type { CellRef, RangeRef } from "./model";

/** One problem, with the cell it is about (the top-left cell for a range), if any. */
export interface InputProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly ref: CellRef | null;
}

/** Keys of the input messages. */
export type InputMessageKey = KeyOf<"input">;

/** The input messages in Danish or English. */
export const inputMessage = translator("input");

/** A short phrase in `language`. */
export function phrase(key: KeyOf<"inputPhrases">, language: Language): string {
  return message("inputPhrases", key, {}, language);
}

/** "KIK Input!B5": sheet and cell, as messages show them (the sheet name is not quoted). */
export function cellName(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.column)}`;
}

/** "KIK Input!A1:C1", or a single cell's name for a 1 × 1 range. */
export function rangeName(range: RangeRef): string {
  const start = a1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return `${range.sheet}!${start}`;
  return `${range.sheet}!${start}:${a1(range.bottom, range.right)}`;
}

/** Text shown in a message: one line, at most 40 characters. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? line.slice(0, 40) + "…" : line;
}

function isRange(at: CellRef | RangeRef): at is RangeRef {
  return "top" in at;
}

/** Records a problem: its message key and parameters, and the cell or range it is about. */
type Recorder = (
  key: InputMessageKey,
  params: Readonly<Record<string, string | number>>,
  at: CellRef | RangeRef | null
) => void;

/**
 * Collects problems in one language. Messages are prefixed with the cell or range they are
 * about. At most `limit` problems are kept per scope (a table); the rest are counted and
 * summarised by {@link ProblemLog.finish}, so a 100,000-row table of text does not drown the user.
 */
export class ProblemLog {
  private readonly list: InputProblem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly hidden = new Map<
    string,
    { count: number; severity: InputProblem["severity"] }
  >();
  scope = "";

  constructor(
    readonly language: Language = getLanguage(),
    readonly limit = 50
  ) {}

  /** Records an error. */
  readonly error: Recorder = (key, params, at) => this.add("error", key, params, at);

  /** Records a warning. */
  readonly warning: Recorder = (key, params, at) => this.add("warning", key, params, at);

  /** The problems, with a summary line per scope whose problems were cut off. */
  finish(): InputProblem[] {
    const out = [...this.list];
    for (const [scope, h] of this.hidden) {
      out.push({
        severity: h.severity,
        message: inputMessage("moreProblems", { count: h.count, table: scope }, this.language),
        ref: null,
      });
    }
    return out;
  }

  private add(
    severity: InputProblem["severity"],
    ...[key, params, at]: Parameters<Recorder>
  ): void {
    const n = (this.counts.get(this.scope) ?? 0) + 1;
    this.counts.set(this.scope, n);
    if (n > this.limit) {
      const h = this.hidden.get(this.scope) ?? { count: 0, severity: "warning" };
      h.count++;
      if (severity === "error") h.severity = "error";
      this.hidden.set(this.scope, h);
      return;
    }
    const text = inputMessage(key, params, this.language);
    if (at === null) {
      this.list.push({ severity, message: text, ref: null });
      return;
    }
    const ref: CellRef = isRange(at) ? { sheet: at.sheet, row: at.top, column: at.left } : at;
    const where = isRange(at) ? rangeName(at) : cellName(at);
    this.list.push({ severity, message: `${where}: ${text}`, ref });
  }
}
