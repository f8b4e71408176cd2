/** Writing the result sheets with progress, and opening one of them from its link. */
import { useMemo, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import type { ReportPlan } from "../../report/plan";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

export interface WriteActions {
  /** Builds a fresh plan (the workbook's sheets may have changed) and writes it. */
  readonly write: () => void;
  /** Selects a written sheet in Excel. */
  readonly openSheet: (name: string) => void;
}

export function useWriteReport(
  host: WorkbookHost,
  buildPlan: () => Promise<ReportPlan>,
  dispatch: Dispatch<WizardAction>,
  t: Translate
): WriteActions {
  return useMemo(
    () => ({
      write: () => {
        dispatch({ type: "writeStarted" });
        void buildPlan()
          .then((plan) =>
            host.writeReport(plan, ({ done, total }) =>
              dispatch({ type: "writeProgress", done, total })
            )
          )
          .then(
            (result) =>
              dispatch({
                type: "writeDone",
                sheets: result.sheets.map((s) => s.name),
                overview: result.sheets.find((s) => s.kind === "overview")?.name,
                recalculated: result.recalculated,
              }),
            (err: unknown) => dispatch({ type: "writeFailed", error: failureText(err, t) })
          );
      },
      openSheet: (name) =>
        void host.activateSheet(name).then(
          () => dispatch({ type: "sheetOpened" }),
          (err: unknown) => dispatch({ type: "sheetFailed", error: failureText(err, t) })
        ),
    }),
    [host, buildPlan, dispatch, t]
  );
}
