/** The Office.js face's own strings (errors the task pane shows as they are), Danish first. */
import { translator, type KeyOf } from "../i18n";

type ExcelMessageKey = KeyOf<"excel">;

/** A message of the Office.js face in `language` (default: the language in force). */
export const excelMessage = translator("excel");
export type { ExcelMessageKey };
