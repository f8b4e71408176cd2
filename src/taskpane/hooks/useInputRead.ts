/* global setTimeout, clearTimeout */
/**
 * Reads and checks the inputs shortly after the addresses change: a pause of `delayMs` after
 * the last keystroke, and only the newest read's answer counts.
 */
import { useEffect, useRef, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import type { Language } from "../../i18n";
import type { InputSelection } from "../../input/read-case";
import { cleanSelection } from "../input-problems";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

export interface InputReadOptions {
  readonly host: WorkbookHost;
  readonly selection: InputSelection;
  /** Detection on open has finished: reading before it would read the wrong ranges. */
  readonly enabled: boolean;
  readonly language: Language;
  /** Pause after typing before the addresses are read (milliseconds). */
  readonly delayMs: number;
  readonly dispatch: Dispatch<WizardAction>;
  readonly t: Translate;
}

export function useInputRead(options: InputReadOptions): void {
  const { host, selection, enabled, language, delayMs, dispatch, t } = options;
  const latest = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const seq = ++latest.current;
    dispatch({ type: "readStarted" });
    const timer = setTimeout(() => {
      void host.readInput(cleanSelection(selection), language).then(
        (read) => seq === latest.current && dispatch({ type: "readDone", read }),
        (err: unknown) =>
          seq === latest.current && dispatch({ type: "readFailed", error: failureText(err, t) })
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [enabled, selection, host, language, delayMs, dispatch, t]);
}
