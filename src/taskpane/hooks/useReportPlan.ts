/**
 * The report plan: built for the preview when its step opens, and afresh for each write. The
 * builder's code is loaded on demand the first time.
 */
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import type { Language } from "../../i18n";
import type { CaseInputRead } from "../../input/read-case";
import type { AssumptionOverrides } from "../../report/build";
import type { ReportPlan } from "../../report/plan";
import { resolveSheetNames } from "../../report/sheet-names";
import { loadReport } from "../report-chunk";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

export interface PlanInputs {
  readonly host: WorkbookHost;
  readonly read: CaseInputRead | null;
  readonly language: Language;
  /** KIK's version, shown on the result sheets. */
  readonly version: string;
  readonly overrides: AssumptionOverrides;
  /** The clock for the report's time stamp. */
  readonly now: () => Date;
}

/**
 * A function that builds the plan over the last read, naming the sheets around those the
 * workbook has now. It changes when what the plan is built from changes.
 */
export function useBuildPlan(inputs: PlanInputs): () => Promise<ReportPlan> {
  const { host, read, language, version, overrides } = inputs;
  // The clock is read when a plan is built; a new function each render must not rebuild it.
  const clock = useRef(inputs.now);
  clock.current = inputs.now;
  return useCallback(async () => {
    if (read === null) throw new Error("no input");
    // The plan builder is loaded with the first preview, not when the pane opens (its own chunk).
    const [existing, { buildReport }] = await Promise.all([host.existingSheets(), loadReport()]);
    return buildReport(read.input, {
      language,
      sheetNames: resolveSheetNames(existing, language),
      inputRanges: read.ranges,
      generatedAt: clock.current(),
      version,
      overrides,
    });
  }, [read, host, language, version, overrides]);
}

/** Builds the preview while `active` (the preview step is open), again if the inputs change. */
export function usePreviewPlan(
  active: boolean,
  buildPlan: () => Promise<ReportPlan>,
  dispatch: Dispatch<WizardAction>,
  t: Translate
): void {
  useEffect(() => {
    if (!active) return;
    let live = true;
    dispatch({ type: "planStarted" });
    void buildPlan().then(
      (plan) => live && dispatch({ type: "planBuilt", plan }),
      (err: unknown) => live && dispatch({ type: "planFailed", error: failureText(err, t) })
    );
    return () => {
      live = false;
    };
  }, [active, buildPlan, dispatch, t]);
}
