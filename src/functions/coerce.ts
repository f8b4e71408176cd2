/**
 * The one path from what Excel hands a custom function to the typed values its body receives,
 * driven by the catalogue (`catalogue.ts`), as HyperFormula's `FunctionPlugin.runFunction`
 * coerces each argument by its declared type. Failures stop with an Excel error and a message
 * that names the argument in the user's language and, where Excel tells us, the cell.
 *
 * Accepted: numbers; numeric text in Danish or English notation; blanks (null, undefined, "",
 * and 0 where the catalogue says 0 is a blank cell: Excel for Windows passes a blank cell as 0);
 * data-type values (a formatted number, an entity …) by their basic value; ranges as one row or
 * one column. Error values are passed on as the same error.
 */
import { parseNumberText, parseYesNo, type Failure, type Result } from "../engine";
import { booleanText, getLanguage, isMessageKey, t, type Language, type MessageKey } from "../i18n";
import {
  FUNCTIONS,
  parameterName,
  type FunctionId,
  type FunctionSpec,
  type OptionSpec,
  type ParameterSpec,
} from "./catalogue";
import {
  basicValueOf,
  cellAddress,
  displayErrorCode,
  isExcelError,
  isMatrix,
  outputErrorCode,
  type ExcelArg,
  type ExcelErrorCode,
  type ExcelMatrix,
  type ExcelScalar,
  type KikError,
} from "./excel-values";

/** Thrown while reading arguments to stop with an Excel error; caught by {@link evaluate}. */
export class KikFunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
  }
}

/** Per-call context from Excel: the addresses of the arguments, when it provides them. */
export interface CallContext {
  readonly parameterAddresses?: readonly string[];
}

/** A `cells` argument: numbers read one cell at a time, in place (no copy of a big range). */
export interface NumberCells {
  readonly length: number;
  readonly orientation: "row" | "column";
  /** Cell i (0-based) as a number, null when blank; stops naming the cell otherwise. */
  number(i: number): number | null;
}

/** A `labels` argument: text read one cell at a time, in place. */
export interface TextCells {
  readonly length: number;
  readonly orientation: "row" | "column";
  /** Cell i (0-based) as text, null when blank; numbers and TRUE/FALSE as their text; errors stop. */
  text(i: number): string | null;
}

const FAILURE_CODES: Readonly<Record<Failure["kind"], ExcelErrorCode>> = {
  invalid: "#VALUE!",
  impossible: "#NUM!",
  divideByZero: "#DIV/0!",
  notAvailable: "#N/A",
};

/** True for a value Excel passes for an omitted or empty argument. */
function isBlank(v: ExcelArg): v is null | undefined | "" {
  return v === null || v === undefined || v === "";
}

/**
 * True for an optional range argument that is left out: omitted, or one blank cell (or one 0,
 * when the parameter reads 0 as blank), so a blank cell reads the same on every platform.
 */
function isOmittedRange(p: ParameterSpec, v: ExcelArg): boolean {
  const single = isMatrix(v) ? (v.length === 1 && v[0]?.length === 1 ? v[0][0] : v) : v;
  return isBlank(single as ExcelArg) || (p.zero === "blank" && single === 0);
}

/** The cells of a single value or a one-row / one-column range, read in place. */
class CellRange implements NumberCells, TextCells {
  readonly length: number;
  readonly orientation: "row" | "column";
  /** The range when it is one column: the shape Excel hands over for a million rows. */
  private readonly column: ExcelMatrix | null = null;
  private readonly cells: readonly ExcelScalar[] | null = null;

  /** 0 is read as a blank cell (the parameter's `zero: "blank"`). */
  private readonly zeroIsBlank: boolean;

  constructor(
    private readonly args: Args,
    private readonly param: string,
    private readonly index: number,
    private readonly v: ExcelArg,
    zero?: "blank"
  ) {
    this.zeroIsBlank = zero === "blank";
    this.orientation = "column";
    if (!isMatrix(v)) {
      this.length = 1;
      return;
    }
    const rows = v.length;
    const columns = v[0]?.length ?? 0;
    if (rows === 0 || columns === 0) {
      this.length = 0;
    } else if (rows > 1 && columns > 1) {
      this.length = 0;
      args.fail("#VALUE!", "argNot1D", { arg: args.label(param), rows, columns });
    } else if (columns === 1) {
      this.length = rows;
      this.column = v;
    } else {
      this.length = columns;
      this.orientation = "row";
      this.cells = v[0] as readonly ExcelScalar[];
    }
  }

  /** Cell i as Excel passed it. */
  at(i: number): ExcelScalar {
    if (this.column !== null) return (this.column[i] as readonly ExcelScalar[])[0];
    if (this.cells !== null) return this.cells[i];
    return this.length === 0 ? null : (this.v as ExcelScalar);
  }

  number(i: number): number | null {
    const cell = this.at(i);
    // Fast path: Excel passes most cells as plain finite numbers.
    if (typeof cell === "number" && cell - cell === 0)
      return cell !== 0 || !this.zeroIsBlank ? cell : null;
    const n = this.args.scalarNumber(this.param, this.index, cell, this.row(i), this.columnOf(i));
    return n === 0 && this.zeroIsBlank ? null : n;
  }

  text(i: number): string | null {
    const cell = basicValueOf(this.at(i));
    if (typeof cell === "string") return cell === "" ? null : cell;
    if (cell === null || cell === undefined) return null;
    // No outcome is called 0: it is a blank cell as Excel for Windows passes it.
    if (typeof cell === "number") return cell === 0 ? null : String(cell);
    if (typeof cell === "boolean") return booleanText(cell, this.args.language);
    return this.args.passError(this.param, this.index, cell, this.row(i), this.columnOf(i));
  }

  /** Row offset of cell i inside the argument's range, for messages. */
  row(i: number): number {
    return this.orientation === "column" ? i : 0;
  }

  /** Column offset of cell i inside the argument's range, for messages. */
  columnOf(i: number): number {
    return this.orientation === "row" ? i : 0;
  }
}

/**
 * How option words are compared: lower case, without spaces, and without a hyphen after a
 * letter ("co-financing" = "cofinancing"; "-1" stays a minus).
 */
function optionKey(text: string): string {
  return text
    .toLocaleLowerCase("da-DK")
    .replace(/\s+/g, "")
    .replace(/(\p{L})-/gu, "$1");
}

/** An option's words as one lookup, and whether it takes numbers (it has digit words). */
interface OptionLookup {
  readonly words: ReadonlyMap<string, string>;
  readonly takesNumbers: boolean;
}

const OPTION_LOOKUPS = new WeakMap<OptionSpec<string>, OptionLookup>();

/** The lookup for `option`, built on first use. */
function optionLookup(option: OptionSpec<string>): OptionLookup {
  let lookup = OPTION_LOOKUPS.get(option);
  if (lookup === undefined) {
    const words = new Map<string, string>();
    for (const [value, list] of Object.entries(option.words ?? {}))
      for (const word of list as readonly string[]) words.set(optionKey(word), value);
    lookup = { words, takesNumbers: [...words.keys()].some((w) => /^\d+$/.test(w)) };
    OPTION_LOOKUPS.set(option, lookup);
  }
  return lookup;
}

/** Reads the arguments of one call of one function. */
export class Args {
  /**
   * @param spec - the function's catalogue entry
   * @param addresses - `invocation.parameterAddresses` when Excel provides them
   */
  constructor(
    readonly spec: FunctionSpec,
    private readonly addresses: readonly string[] | undefined = undefined,
    readonly language: Language = getLanguage()
  ) {}

  /** The parameter's name as the user sees it (Danish name in Danish Excel); others as they are. */
  label(param: string): string {
    const p = this.spec.parameters.find((q) => q.name === param);
    return p === undefined ? param : parameterName(p, this.language);
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
      t("argPosition", { n: String(row + column + 1) }, this.language)
    );
  }

  /** Stops with the error value `v` found in `param` (at row/column when known), passing its code on. */
  passError(param: string, index: number, v: object, row?: number, column?: number): never {
    // Anything without an error code (an object Excel should not send) is a wrong kind of value.
    const given = (v as { code?: unknown }).code;
    const raw = typeof given === "string" ? given : "#VALUE!";
    const code = outputErrorCode(raw) ?? "#VALUE!";
    const error = displayErrorCode(raw);
    if (row === undefined || column === undefined)
      this.fail(code, "argError", { arg: this.label(param), error });
    this.fail(code, "argErrorAt", {
      arg: this.label(param),
      cell: this.where(index, row, column),
      error,
    });
  }

  /** One value as a number, null when blank. Text is read in Danish or English notation. */
  scalarNumber(
    param: string,
    index: number,
    v: ExcelScalar,
    row?: number,
    column?: number
  ): number | null {
    v = basicValueOf(v);
    if (typeof v === "number") {
      if (!Number.isFinite(v))
        this.fail("#NUM!", "argNotNumber", { arg: this.label(param), text: String(v) });
      return v;
    }
    if (v === null || v === undefined) return null;
    if (typeof v === "string") {
      // Ambiguous text ("1.008") is read as the user's Excel reads it: in its language's notation.
      const parsed = parseNumberText(v, this.language);
      if (parsed.kind === "number") return parsed.value;
      if (parsed.kind === "blank") return null;
      return this.notNumber(param, index, v.length > 40 ? v.slice(0, 40) + "…" : v, row, column);
    }
    if (typeof v === "boolean")
      return this.notNumber(param, index, booleanText(v, this.language), row, column);
    if (isExcelError(v)) return this.passError(param, index, v, row, column);
    return this.notNumber(param, index, "?", row, column);
  }

  private notNumber(
    param: string,
    index: number,
    text: string,
    row?: number,
    column?: number
  ): never {
    if (row === undefined || column === undefined)
      this.fail("#VALUE!", "argNotNumber", { arg: this.label(param), text });
    return this.fail("#VALUE!", "argNotNumberAt", {
      arg: this.label(param),
      cell: this.where(index, row, column),
      text,
    });
  }

  /** The single value of an argument (a scalar, or a 1 × 1 range), by its basic value. */
  private single(param: string, v: ExcelArg): ExcelScalar {
    if (!isMatrix(v)) return basicValueOf(v);
    if (v.length === 1 && v[0]?.length === 1) return basicValueOf(v[0][0]);
    return this.fail("#VALUE!", "argNot1D", {
      arg: this.label(param),
      rows: v.length,
      columns: v[0]?.length ?? 0,
    });
  }

  /**
   * A number; blank gives the default of an optional parameter, 0 with `blanks: "zero"`, and
   * stops for a required one. With `zero: "blank"`, 0 is read as blank.
   */
  private number(p: ParameterSpec, index: number, v: ExcelArg): number | undefined {
    const n = this.scalarNumber(p.name, index, this.single(p.name, v), 0, 0);
    const zero = n === 0 && p.zero === "blank";
    if (n !== null && !zero) return n;
    if (p.optional === true) return p.default as number | undefined;
    if (p.blanks === "zero") return 0;
    return this.fail("#VALUE!", zero ? "argZeroOrBlank" : "argBlank", { arg: this.label(p.name) });
  }

  /** A whole number (#NUM! for a fraction). */
  private wholeNumber(p: ParameterSpec, index: number, v: ExcelArg): number | undefined {
    const n = this.number(p, index, v);
    if (n !== undefined && !Number.isInteger(n))
      this.fail("#NUM!", "argNotWhole", { arg: this.label(p.name), value: n });
    return n;
  }

  /** TRUE/FALSE, a number (0 = FALSE, as Excel) or a yes/no word; blank gives the default. */
  private yesNo(p: ParameterSpec, index: number, v: ExcelArg): boolean {
    const s = this.single(p.name, v);
    if (isBlank(s)) return p.default === true;
    if (typeof s === "boolean") return s;
    if (typeof s === "number") return s !== 0;
    if (typeof s === "string") {
      const yes = parseYesNo(s);
      if (yes !== null) return yes;
      return this.fail("#VALUE!", "argNotBoolean", { arg: this.label(p.name), text: s });
    }
    return this.passError(p.name, index, s);
  }

  /** A text option's value; blank gives its default. */
  private option(p: ParameterSpec, option: OptionSpec<string>, index: number, v: ExcelArg): string {
    const s = this.single(p.name, v);
    if (s === null || s === undefined) return option.default;
    if (isExcelError(s)) return this.passError(p.name, index, s);
    const lookup = optionLookup(option);
    if (typeof s === "number" && !lookup.takesNumbers) {
      // The 0 Excel for Windows passes for a blank cell.
      if (s === 0) return option.default;
      return this.fail("#VALUE!", "argNotText", { arg: this.label(p.name) });
    }
    const text = typeof s === "boolean" ? booleanText(s, this.language) : String(s).trim();
    if (text === "") return option.default;
    const value =
      option.parse === undefined ? lookup.words.get(optionKey(text)) : option.parse(text);
    if (value === undefined || value === null)
      return this.fail("#VALUE!", option.unknown, { arg: this.label(p.name), text });
    return value;
  }

  /**
   * Money per year: blanks count as 0. A range of two or more cells must hold an amount other
   * than 0: all blank is "no numbers", and all 0 (blank cells as Excel for Windows passes them,
   * or zeros) the same, so a blank range reads alike on every platform.
   */
  private flows(p: ParameterSpec, index: number, v: ExcelArg): number[] {
    const cells = new CellRange(this, p.name, index, v);
    // Only numbers go in, so V8 keeps the array unboxed.
    const values: number[] = [];
    let blanks = 0;
    let amounts = 0;
    for (let i = 0; i < cells.length; i++) {
      const n = cells.number(i);
      if (n === null) blanks++;
      else if (n !== 0) amounts++;
      values.push(n ?? 0);
    }
    if (values.length === 0 || (values.length > 1 && amounts === 0))
      this.fail("#VALUE!", blanks === values.length ? "argEmpty" : "argOnlyZeros", {
        arg: this.label(p.name),
      });
    return values;
  }

  /** Numbers per period: blank cells are null, or stop when the parameter refuses blanks. */
  private series(p: ParameterSpec, index: number, v: ExcelArg): (number | null)[] {
    const cells = new CellRange(this, p.name, index, v, p.zero);
    const values: (number | null)[] = [];
    const refuse = p.blanks === "refuse";
    for (let i = 0; i < cells.length; i++) {
      const n = cells.number(i);
      if (n === null && refuse) {
        const zero = basicValueOf(cells.at(i)) === 0;
        this.fail("#VALUE!", zero ? "argZeroOrBlank" : "argBlank", { arg: this.label(p.name) });
      }
      values.push(n);
    }
    return values;
  }

  /** One argument, by its parameter's kind. Omitted optional ranges are `undefined`. */
  read(p: ParameterSpec, index: number, v: ExcelArg): unknown {
    switch (p.kind) {
      case "number":
        return this.number(p, index, v);
      case "wholeNumber":
        return this.wholeNumber(p, index, v);
      case "yesNo":
        return this.yesNo(p, index, v);
      case "option":
        return this.option(p, p.option as OptionSpec<string>, index, v);
      default:
        if (p.optional === true && isOmittedRange(p, v)) return undefined;
        if (p.kind === "flows") return this.flows(p, index, v);
        if (p.kind === "series") return this.series(p, index, v);
        return new CellRange(this, p.name, index, v, p.zero);
    }
  }

  /**
   * Every argument by the catalogue, in declaration order, as `{ name: value }`. A range with
   * `sameLengthAs` is checked against that earlier parameter as soon as it is read.
   */
  readAll(raw: readonly ExcelArg[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    this.spec.parameters.forEach((p, index) => {
      const value = this.read(p, index, raw[index]);
      values[p.name] = value;
      if (p.sameLengthAs === undefined || value === undefined) return;
      const first = (values[p.sameLengthAs] as { length: number } | undefined)?.length;
      const second = (value as { length: number }).length;
      if (first === undefined || first === second || (p.orSingle === true && second === 1)) return;
      this.fail("#VALUE!", "argLengthMismatch", {
        first: this.label(p.sameLengthAs),
        second: this.label(p.name),
        firstLength: first,
        secondLength: second,
      });
    });
    return values;
  }
}

/** Parameters of a function as declared in the catalogue. */
type ParametersOf<Id extends FunctionId> = (typeof FUNCTIONS)[Id]["parameters"];

type Maybe<P, T> = P extends { readonly optional: true } ? T | undefined : T;

/** What the body receives for one parameter (see `ParameterKind` in the catalogue). */
export type ValueOf<P> = P extends { readonly kind: "number" | "wholeNumber" }
  ? P extends { readonly default: number }
    ? number
    : Maybe<P, number>
  : P extends { readonly kind: "flows" }
    ? number[]
    : P extends { readonly kind: "series"; readonly blanks: "refuse" }
      ? Maybe<P, number[]>
      : P extends { readonly kind: "series" }
        ? Maybe<P, (number | null)[]>
        : P extends { readonly kind: "cells" }
          ? Maybe<P, NumberCells>
          : P extends { readonly kind: "labels" }
            ? TextCells
            : P extends { readonly kind: "yesNo" }
              ? boolean
              : P extends { readonly option: OptionSpec<infer V> }
                ? V
                : never;

/** The typed arguments of function `Id`, by parameter name. */
export type Values<Id extends FunctionId> = {
  readonly [P in ParametersOf<Id>[number] as P["name"]]: ValueOf<P>;
};

/** The positional arguments as Excel passes them, then the call context. */
type Positional<Ps> = Ps extends readonly [infer P, ...infer Rest]
  ? P extends { readonly optional: true }
    ? [arg?: ExcelArg, ...Positional<Rest>]
    : [arg: ExcelArg, ...Positional<Rest>]
  : [context?: CallContext];

/** A KIK function as Excel calls it: the arguments in catalogue order, then the call context. */
export type KikFunction<Id extends FunctionId, R> = (
  ...args: Positional<ParametersOf<Id>>
) => R | KikError;

/**
 * Function `id` from its body: the returned function reads its arguments by the catalogue,
 * hands the typed values to `body` and turns every failure into a {@link KikError}.
 * @param body - calls the engine; `language` is for text it puts in cells
 */
export function kikFunction<Id extends FunctionId, R>(
  id: Id,
  body: (values: Values<Id>, language: Language) => Result<R>
): KikFunction<Id, R> {
  const spec: FunctionSpec = FUNCTIONS[id];
  const count = spec.parameters.length;
  const run = (...raw: readonly unknown[]) =>
    evaluate(() => {
      const context = raw[count] as CallContext | undefined;
      const args = new Args(spec, context?.parameterAddresses);
      const values = args.readAll(raw as readonly ExcelArg[]) as Values<Id>;
      return args.unwrap(body(values, args.language));
    });
  return run as KikFunction<Id, R>;
}

/**
 * Runs a body and returns its value or a {@link KikError}. Nothing escapes: an unexpected
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

/** True if a function's result is an error. */
export function isKikError(v: unknown): v is KikError {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as KikError).code === "string" &&
    typeof (v as KikError).message === "string"
  );
}
