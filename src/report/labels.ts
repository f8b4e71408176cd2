/** Danish and English texts of the result sheets. */
import { translator, type KeyOf } from "../i18n";

type Key = KeyOf<"report">;

/** Translates a result-sheet text. */
export const label = translator("report");

/** Keys of the result-sheet texts. */
export type LabelKey = Key;
