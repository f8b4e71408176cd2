/** The task pane's own strings, Danish first. Numbers in `{placeholders}` follow the language. */
import { translator, type KeyOf } from "../i18n";

export type TaskpaneMessageKey = KeyOf<"taskpane">;

/** A task pane string in `language` with `{placeholders}` filled. */
export const message = translator("taskpane");
