/**
 * The shape of a resolved set of assumptions (what the report's resolution in
 * src/report/assumptions.ts returns) and how to read a value from it. Kept apart from the
 * resolution itself so that the task pane's start, which only reads values, does not carry the
 * report's code and texts.
 */
import { parseYesNo } from "../engine/yes-no";
import type { AssumptionKey } from "../input/model";

/**
 * How an assumption's cell is filled: a reference to the user's input cell, a formula over
 * other assumptions (addresses filled in by the sheet builder), or a literal value.
 */
export type AssumptionCell =
  | { readonly kind: "input"; readonly formula: string }
  | {
      readonly kind: "derived";
      readonly formula: (address: (key: AssumptionKey) => string) => string;
    }
  | { readonly kind: "literal" };

/** One resolved assumption. */
export interface ResolvedAssumption {
  readonly key: AssumptionKey | null;
  readonly name: string;
  readonly value: number | string | boolean;
  readonly unit: string;
  readonly source: string;
  readonly numberFormat?: string;
  readonly cell: AssumptionCell;
  /** True when neither the user nor the data gave it: a KIK default. */
  readonly isDefault: boolean;
  /**
   * Why the value is written as a value although it comes from the input (a number stored as
   * text): the sheet marks it visibly as fixed at run time (issue 10).
   */
  readonly fixedReason?: string;
}

/** The result: known assumptions by key, plus the rows KIK does not use. */
export interface Assumptions {
  readonly byKey: ReadonlyMap<AssumptionKey, ResolvedAssumption>;
  readonly unused: readonly ResolvedAssumption[];
  /** Notes for the user (defaults used, numbers read from text). */
  readonly notes: readonly string[];
}

/** The numeric value of an assumption, or null when it is missing or not a number. */
export function numberOf(a: Assumptions, key: AssumptionKey): number | null {
  const v = a.byKey.get(key)?.value;
  return typeof v === "number" ? v : null;
}

/**
 * The yes/no value of an assumption: a boolean, a number (0 is no), or text read by the one
 * yes/no word list (`parseYesNo`: "ja", "j", "yes", "y", "sand" …); `fallback` when it is
 * missing or text that is neither yes nor no.
 */
export function booleanOf(a: Assumptions, key: AssumptionKey, fallback: boolean): boolean {
  const v = a.byKey.get(key)?.value;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return parseYesNo(v) ?? fallback;
  return fallback;
}
