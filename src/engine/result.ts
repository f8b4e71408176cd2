/**
 * Results that can fail, without exceptions: the engine reports *why* in plain data and
 * leaves the wording (Danish/English) and the Excel error code to the face that shows it.
 */

/** The kinds of failure, each mapping to one Excel error in the custom functions. */
export type FailureKind =
  /** Wrong kind of input (text where a number belongs, an unknown label …): `#VALUE!`. */
  | "invalid"
  /** A value outside what the maths allows (negative count, rate ≤ -100 % …): `#NUM!`. */
  | "impossible"
  /** Nothing to divide by (no investment, no closed cases …): `#DIV/0!`. */
  | "divideByZero"
  /** A legitimate "no answer" (no payback within the horizon, no default rate …): `#N/A`. */
  | "notAvailable";

/**
 * Why a calculation failed: a stable reason code plus the values a message needs.
 * `reason` keys are translated by `src/i18n`.
 */
export interface Failure {
  readonly kind: FailureKind;
  readonly reason: string;
  readonly detail?: Readonly<Record<string, string | number>>;
}

/** A value or the reason there is none. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed result. */
export function fail<T = never>(
  kind: FailureKind,
  reason: string,
  detail?: Failure["detail"]
): Result<T> {
  return detail === undefined
    ? { ok: false, failure: { kind, reason } }
    : { ok: false, failure: { kind, reason, detail } };
}

/**
 * `value` as a result, or an `impossible` failure ("overflow") when it is not a finite number:
 * an overflow must never reach a face as ±Infinity or NaN (Excel shows #NUM! for it).
 */
export function finite(value: number): Result<number> {
  return Number.isFinite(value) ? ok(value) : fail("impossible", "overflow");
}
