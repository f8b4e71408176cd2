/** The wizard's settings in the workbook: read once when the pane opens, saved on each step. */
import { useCallback, type Dispatch } from "react";
import type { WizardSettings, WorkbookHost } from "../../excel/host";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

/** The settings saved in the workbook, or null when there are none KIK can read. */
export function loadSettings(host: WorkbookHost): WizardSettings | null {
  try {
    const s = host.loadSettings();
    return s !== null && s.version === 1 ? s : null;
  } catch {
    return null;
  }
}

/** Saves the settings; a failure is shown, never thrown (the wizard goes on without them). */
export function useSaveSettings(
  host: WorkbookHost,
  dispatch: Dispatch<WizardAction>,
  t: Translate
): (settings: WizardSettings) => void {
  return useCallback(
    (settings) =>
      void host.saveSettings(settings).then(
        () => dispatch({ type: "settingsSaved" }),
        (err: unknown) =>
          dispatch({
            type: "settingsFailed",
            error: t("settingsNotSaved", { message: failureText(err, t) }),
          })
      ),
    [host, dispatch, t]
  );
}
