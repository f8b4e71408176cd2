/** Danish and English texts of the result sheets (defined in `src/i18n/report-da.ts`). */
import { reportMessage, type ReportMessageKey } from "../i18n/report";

/** Translates a result-sheet text. */
export const label = reportMessage;

/** Keys of the result-sheet texts. */
export type LabelKey = ReportMessageKey;
