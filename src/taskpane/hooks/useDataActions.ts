/** The data step's buttons that ask the workbook: "Brug markering" and "Indsæt skabelon". */
import { useMemo, type Dispatch } from "react";
import type { WorkbookHost } from "../../excel/host";
import type { Language } from "../../i18n";
import type { TableKind } from "../../input/read-case";
import { failureText, type Translate } from "../shared";
import type { WizardAction } from "../wizard-state";

export interface DataActions {
  /** Puts Excel's current selection into the table's field. */
  readonly takeSelection: (table: TableKind) => void;
  /** Inserts the empty input template, then finds its tables. */
  readonly insertTemplate: () => void;
}

export function useDataActions(
  host: WorkbookHost,
  language: Language,
  dispatch: Dispatch<WizardAction>,
  t: Translate
): DataActions {
  return useMemo(() => {
    const run = (work: () => Promise<WizardAction>) => {
      dispatch({ type: "actionStarted" });
      void work().then(dispatch, (err: unknown) =>
        dispatch({ type: "actionFailed", error: failureText(err, t) })
      );
    };
    return {
      takeSelection: (table) =>
        run(async () => ({
          type: "selectionUsed",
          table,
          address: await host.selectionAddress(),
        })),
      insertTemplate: () =>
        run(async () => {
          const sheet = await host.insertTemplate(language);
          return { type: "templateInserted", sheet, found: await host.detectInputs() };
        }),
    };
  }, [host, language, dispatch, t]);
}
