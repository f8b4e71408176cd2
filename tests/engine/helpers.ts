/** Shared helpers for the engine tests: unwrap results with a readable message. */
import type { Failure, Result } from "../../src/engine";

/** The value of a successful result; throws (failing the test) with the failure otherwise. */
export function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got failure ${JSON.stringify(r.failure)}`);
  return r.value;
}

/** The failure of a failed result; throws (failing the test) with the value otherwise. */
export function failureOf<T>(r: Result<T>): Failure {
  if (r.ok) throw new Error(`expected failure, got ok ${JSON.stringify(r.value)}`);
  return r.failure;
}

/** |a − b| ≤ rel × max(1, |a|, |b|). */
export function closeRel(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
