/* global setTimeout, clearTimeout */
/**
 * Reads and checks the inputs shortly after the addresses change: a pause of `delayMs` after
 * the last keystroke, and only the newest read's answer counts. The read comes with the
 * assumptions the report resolves from it (the assumptions step's defaults).
 */
import { useEffect, useRef, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import type { Language } from "../../i18n";
import type { InputSelection } from "../../input/read-case";
import { firstYearOf } from "../assumption-form";
import { cleanSelection } from "../input-problems";
import { loadReport } from "../report-chunk";
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
      // The report's code comes with the first read: the form's defaults are its resolution.
      // One try around both, so that anything failing (Excel, the chunk, the resolution) ends
      // the read with a message instead of leaving it "reading".
      const read = async () => {
        const [done, { resolveAssumptions }] = await Promise.all([
          host.readInput(cleanSelection(selection), language),
          loadReport(),
        ]);
        return {
          ...done,
          assumptions: resolveAssumptions(done.input, firstYearOf(done.input), language),
        };
      };
      void read().then(
        (done) => seq === latest.current && dispatch({ type: "readDone", read: done }),
        (err: unknown) =>
          seq === latest.current && dispatch({ type: "readFailed", error: failureText(err, t) })
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [enabled, selection, host, language, delayMs, dispatch, t]);
}
