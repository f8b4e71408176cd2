/** The command line's own strings, Danish first. */
import { translator, type KeyOf } from "../i18n";

type CliMessageKey = KeyOf<"cli">;

/** A command-line message in `language`. */
export const cliMessage = translator("cli");

export type { CliMessageKey };
