/**
 * Finds the input tables by convention, so the fields that are still blank fill in: when the
 * pane is first shown, and again each time it is shown after being hidden. Nothing is read while
 * the pane is hidden (the shared runtime may load the page hidden, see `visibility.ts`).
 */
import { useEffect, useState, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import { failureText, type Translate } from "../shared";
import type { PaneVisibility } from "../visibility";
import type { WizardAction } from "../wizard-state";

export function useDetectInputs(
  host: WorkbookHost,
  dispatch: Dispatch<WizardAction>,
  t: Translate,
  visibility: PaneVisibility
): void {
  // How many times the pane has been shown; 0 while it has not been.
  const [shown, setShown] = useState(() => (visibility.visible() ? 1 : 0));
  useEffect(
    () => visibility.onChange((visible) => visible && setShown((n) => n + 1)),
    [visibility]
  );
  useEffect(() => {
    if (shown === 0) return;
    let live = true;
    void host.detectInputs().then(
      (found) => live && dispatch({ type: "detected", found }),
      (err: unknown) => live && dispatch({ type: "detectFailed", error: failureText(err, t) })
    );
    return () => {
      live = false;
    };
    // On each showing (the host and dispatch do not change; the translator may).
  }, [host, dispatch, shown]);
}
