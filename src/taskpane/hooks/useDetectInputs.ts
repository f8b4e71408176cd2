/** On open: find the input tables by convention, so the fields that are still blank fill in. */
import { useEffect, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

export function useDetectInputs(
  host: WorkbookHost,
  dispatch: Dispatch<WizardAction>,
  t: Translate
): void {
  useEffect(() => {
    let live = true;
    void host.detectInputs().then(
      (found) => live && dispatch({ type: "detected", found }),
      (err: unknown) => live && dispatch({ type: "detectFailed", error: failureText(err, t) })
    );
    return () => {
      live = false;
    };
    // Once, when the pane opens (the host and dispatch do not change; the translator may).
  }, [host, dispatch]);
}
