/** Small things every step uses: the bound translator, table names, failure texts. */
import { HostError } from "../excel/host";
import type { InputSelection } from "../input/read-case";
import type { TaskpaneMessageKey } from "./messages";

/** A translator bound to one language. */
export type Translate = (
  key: TaskpaneMessageKey,
  params?: Record<string, string | number>
) => string;

/** The id of the current step's heading (each step's section is labelled by it). */
export const STEP_HEADING_ID = "kik-step-heading";

/** The name of an input table as the data step shows it ("Budgetopfølgning"). */
export function tableName(kind: keyof InputSelection, t: Translate): string {
  const keys: Record<keyof InputSelection, TaskpaneMessageKey> = {
    budget: "tableBudget",
    caseload: "tableCaseload",
    outcomes: "tableOutcomes",
    assumptions: "tableAssumptions",
    investment: "tableInvestment",
  };
  return t(keys[kind]);
}

/**
 * What the user should read about a failure: a {@link HostError}'s own message (already in
 * their language, naming sheet or cell), else a plain sentence. Never a stack trace.
 */
export function failureText(err: unknown, t: Translate): string {
  if (err instanceof HostError || (err instanceof Error && err.name === "HostError"))
    return err.message;
  return t("unexpected");
}
