/**
 * Turning what Excel hands a custom function into typed values, with a message that names the
 * argument (in the user's language) and, where Excel tells us, the cell.
 *
 * Accepted: numbers; numeric text in Danish or English notation; blanks (null, undefined, "");
 * ranges as one row or one column. Error values are passed on as the same error.
 */
import { parseNumberText, type Failure, type Result } from "../engine";
import {
  t,
  getLanguage,
  isMessageKey,
  formatNumber,
  type Language,
  type MessageKey,
} from "../i18n";
import { DANISH } from "./danish";
import {
  cellAddress,
  displayErrorCode,
  isExcelError,
  isMatrix,
  outputErrorCode,
  type ExcelArg,
  type ExcelErrorCode,
  type ExcelScalar,
  type KikError,
} from "./excel-values";

/** Thrown inside an adapter to stop with an Excel error; caught by {@link evaluate}. */
export class KikFunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
  }
}

/** The cells of a one-dimensional argument, read in place. */
export interface Cells {
  readonly length: number;
  readonly orientation: "row" | "column";
  /** Cell i (0-based). */
  at(i: number): ExcelScalar;
  /** Row and column offset of cell i inside the argument's range, for messages. */
  row(i: number): number;
  column(i: number): number;
}

/** A one-dimensional series read from a range, with its orientation for spilling back. */
export interface Series {
  readonly values: (number | null)[];
  readonly orientation: "row" | "column";
}

const FAILURE_CODES: Readonly<Record<Failure["kind"], ExcelErrorCode>> = {
  invalid: "#VALUE!",
  impossible: "#NUM!",
  divideByZero: "#DIV/0!",
  notAvailable: "#N/A",
};

/** Reads the arguments of one call of one function. */
export class Args {
  readonly language: Language;

  /**
   * @param functionId - the id in functions.json, e.g. "ROI"
   * @param addresses - `invocation.parameterAddresses` when Excel provides them
   */
  constructor(
    readonly functionId: string,
    private readonly addresses: readonly string[] | undefined = undefined,
    language: Language = getLanguage()
  ) {
    this.language = language;
  }

  /** The parameter's name as the user sees it (Danish name in Danish Excel). */
  label(param: string): string {
    if (this.language === "da") return DANISH[this.functionId]?.parameters[param]?.name ?? param;
    return param;
  }

  /** Stops with `code` and the message `key`. */
  fail(code: ExcelErrorCode, key: MessageKey, params: Record<string, string | number> = {}): never {
    throw new KikFunctionError(code, t(key, params, this.language));
  }

  /** Unwraps an engine result or stops with the matching Excel error and message. */
  unwrap<T>(result: Result<T>): T {
    if (result.ok) return result.value;
    throw this.failureToError(result.failure);
  }

  /** The Excel error for an engine failure, with its message in the user's language. */
  failureToError(failure: Failure): KikFunctionError {
    const detail: Record<string, string | number> = { ...failure.detail };
    if (typeof detail.name === "string") detail.name = this.label(detail.name);
    const message = isMessageKey(failure.reason)
      ? t(failure.reason, detail, this.language)
      : failure.reason;
    return new KikFunctionError(FAILURE_CODES[failure.kind], message);
  }

  private where(index: number, row: number, column: number): string {
    return (
      cellAddress(this.addresses?.[index], row, column) ??
      `${this.language === "da" ? "nr." : "no."} ${row + column + 1}`
    );
  }

  /** Stops with the error value `v` found in `param` (at row/column when known), passing its code on. */
  passError(
    param: string,
    index: number,
    v: { code: string },
    row?: number,
    column?: number
  ): never {
    const code = outputErrorCode(v.code) ?? "#VALUE!";
    const error = displayErrorCode(v.code);
    if (row === undefined || column === undefined)
      this.fail(code, "argError", { arg: this.label(param), error });
    this.fail(code, "argErrorAt", {
      arg: this.label(param),
      cell: this.where(index, row, column),
      error,
    });
  }

  /** One value as a number, null when blank. Text is read in Danish or English notation. */
  private scalarNumber(
    param: string,
    index: number,
    v: ExcelScalar,
    row?: number,
    column?: number
  ): number | null {
    if (typeof v === "number") {
      if (!Number.isFinite(v))
        this.fail("#NUM!", "argNotNumber", { arg: this.label(param), text: String(v) });
      return v;
    }
    if (v === null || v === undefined) return null;
    if (typeof v === "string") {
      const parsed = parseNumberText(v);
      if (parsed.kind === "number") return parsed.value;
      if (parsed.kind === "blank") return null;
      const text = v.length > 40 ? v.slice(0, 40) + "…" : v;
      if (row === undefined || column === undefined)
        this.fail("#VALUE!", "argNotNumber", { arg: this.label(param), text });
      this.fail("#VALUE!", "argNotNumberAt", {
        arg: this.label(param),
        cell: this.where(index, row, column),
        text,
      });
    }
    if (typeof v === "boolean") {
      const text = this.language === "da" ? (v ? "SAND" : "FALSK") : v ? "TRUE" : "FALSE";
      if (row === undefined || column === undefined)
        this.fail("#VALUE!", "argNotNumber", { arg: this.label(param), text });
      this.fail("#VALUE!", "argNotNumberAt", {
        arg: this.label(param),
        cell: this.where(index, row, column),
        text,
      });
    }
    return this.passError(param, index, v, row, column);
  }

  /** The single value of an argument: a scalar, or a 1 × 1 range. */
  private single(param: string, v: ExcelArg): ExcelScalar {
    if (!isMatrix(v)) return v;
    if (v.length === 1 && v[0]?.length === 1) return v[0][0];
    return this.fail("#VALUE!", "argNot1D", {
      arg: this.label(param),
      rows: v.length,
      columns: v[0]?.length ?? 0,
    });
  }

  /** A required number. */
  number(param: string, index: number, v: ExcelArg): number {
    const n = this.scalarNumber(param, index, this.single(param, v), 0, 0);
    if (n === null) this.fail("#VALUE!", "argBlank", { arg: this.label(param) });
    return n;
  }

  /** An optional number: blank or omitted gives `fallback`. */
  optionalNumber<T extends number | undefined>(
    param: string,
    index: number,
    v: ExcelArg,
    fallback: T
  ): number | T {
    const n = this.scalarNumber(param, index, this.single(param, v), 0, 0);
    return n === null ? fallback : n;
  }

  /** A required whole number. */
  wholeNumber(param: string, index: number, v: ExcelArg): number {
    const n = this.number(param, index, v);
    if (!Number.isInteger(n))
      this.fail("#NUM!", "argNotWhole", { arg: this.label(param), value: n });
    return n;
  }

  /** An optional TRUE/FALSE (also 1/0 and SAND/FALSK/ja/nej as text). */
  optionalBoolean(param: string, v: ExcelArg, fallback: boolean): boolean {
    const s = this.single(param, v);
    if (s === null || s === undefined || s === "") return fallback;
    if (typeof s === "boolean") return s;
    if (typeof s === "number") return s !== 0;
    if (typeof s === "string") {
      const key = s.trim().toLocaleLowerCase("da-DK");
      if (["sand", "true", "ja", "yes", "1"].includes(key)) return true;
      if (["falsk", "false", "nej", "no", "0"].includes(key)) return false;
      return this.fail("#VALUE!", "argNotBoolean", { arg: this.label(param), text: s });
    }
    return this.passError(param, 0, s);
  }

  /** Optional text; numbers are refused. */
  optionalText(param: string, v: ExcelArg): string | null {
    const s = this.single(param, v);
    if (s === null || s === undefined) return null;
    if (typeof s === "string") return s.trim() === "" ? null : s.trim();
    if (isExcelError(s)) return this.passError(param, 0, s);
    return this.fail("#VALUE!", "argNotText", { arg: this.label(param) });
  }

  /**
   * The cells of a single value or a one-row / one-column range, in order, without copying.
   * A two-dimensional range is refused.
   */
  cells(param: string, v: ExcelArg): Cells {
    if (!isMatrix(v))
      return { length: 1, orientation: "column", at: () => v, row: () => 0, column: () => 0 };
    const rows = v.length;
    const columns = v[0]?.length ?? 0;
    if (rows === 0 || columns === 0)
      return { length: 0, orientation: "column", at: () => null, row: () => 0, column: () => 0 };
    if (rows > 1 && columns > 1)
      this.fail("#VALUE!", "argNot1D", { arg: this.label(param), rows, columns });
    if (columns === 1) {
      return {
        length: rows,
        orientation: "column",
        at: (i) => (v[i] as readonly ExcelScalar[])[0],
        row: (i) => i,
        column: () => 0,
      };
    }
    const cells = v[0] as readonly ExcelScalar[];
    return {
      length: columns,
      orientation: "row",
      at: (i) => cells[i],
      row: () => 0,
      column: (i) => i,
    };
  }

  /** Cell `i` of `cells` as a number, null when blank; stops naming the cell otherwise. */
  numberAt(param: string, index: number, cells: Cells, i: number): number | null {
    const cell = cells.at(i);
    // Fast path: Excel passes most cells as plain finite numbers.
    if (typeof cell === "number" && cell - cell === 0) return cell;
    return this.scalarNumber(param, index, cell, cells.row(i), cells.column(i));
  }

  /**
   * A series of numbers from a single value or a one-row / one-column range.
   * Blank cells are null (the caller decides whether that means 0 or "not known yet").
   */
  series(param: string, index: number, v: ExcelArg): Series {
    const cells = this.cells(param, v);
    const values: (number | null)[] = [];
    const column = isMatrix(v) && cells.orientation === "column" ? v : null;
    for (let i = 0; i < cells.length; i++) {
      // Inline fast path for the common case, a column of plain numbers.
      const cell = column === null ? undefined : (column[i] as readonly ExcelScalar[])[0];
      values.push(
        typeof cell === "number" && cell - cell === 0 ? cell : this.numberAt(param, index, cells, i)
      );
    }
    return { values, orientation: cells.orientation };
  }

  /** A series where blanks count as 0 (money flows), with at least one number. */
  flows(param: string, index: number, v: ExcelArg): number[] {
    const cells = this.cells(param, v);
    // Only numbers go in, so V8 keeps the array unboxed.
    const values: number[] = [];
    let blanks = 0;
    const column = isMatrix(v) && cells.orientation === "column" ? v : null;
    for (let i = 0; i < cells.length; i++) {
      const cell = column === null ? undefined : (column[i] as readonly ExcelScalar[])[0];
      if (typeof cell === "number" && cell - cell === 0) {
        values.push(cell);
        continue;
      }
      const n = this.numberAt(param, index, cells, i);
      if (n === null) blanks++;
      values.push(n ?? 0);
    }
    if (blanks === values.length) this.fail("#VALUE!", "argEmpty", { arg: this.label(param) });
    return values;
  }

  /** Two series of the same length, or a message naming both. */
  sameLength(
    firstParam: string,
    first: { readonly length: number },
    secondParam: string,
    second: { readonly length: number }
  ): void {
    if (first.length !== second.length) {
      this.fail("#VALUE!", "argLengthMismatch", {
        first: this.label(firstParam),
        second: this.label(secondParam),
        firstLength: first.length,
        secondLength: second.length,
      });
    }
  }

  /** Formats a number in the user's notation, for messages. */
  format(n: number): string {
    return formatNumber(n, this.language);
  }
}

/**
 * Runs an adapter and returns its value or a {@link KikError}. Nothing escapes: an unexpected
 * exception (a bug) becomes `#VALUE!` with its message rather than a broken cell.
 */
export function evaluate<T>(body: () => T): T | KikError {
  try {
    return body();
  } catch (e) {
    if (e instanceof KikFunctionError) return { code: e.code, message: e.message };
    const message = e instanceof Error ? e.message : String(e);
    return { code: "#VALUE!", message: `KIK: ${message}` };
  }
}

/** True if an adapter's result is an error. */
export function isKikError(v: unknown): v is KikError {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as KikError).code === "string" &&
    typeof (v as KikError).message === "string"
  );
}
