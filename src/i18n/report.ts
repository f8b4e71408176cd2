/**
 * The result sheets' texts, Danish first (defined in `report-da.ts`, `report-en.ts`). Only the
 * report's modules import this one, so the task pane's start and the custom functions leave the
 * strings out; they come with the report's on-demand chunk (`npm run bench`).
 */
import { reportDa } from "./report-da";
import { reportEn } from "./report-en";
import { tableTranslator } from "./index";

/** A key of the result sheets' texts. */
export type ReportMessageKey = keyof typeof reportDa;

/** A result-sheet text in `language` (default: the language in force). */
export const reportMessage = tableTranslator<ReportMessageKey>({ da: reportDa, en: reportEn });

/** True if `key` is a result-sheet text. */
export function isReportMessageKey(key: string): key is ReportMessageKey {
  return Object.prototype.hasOwnProperty.call(reportDa, key);
}
