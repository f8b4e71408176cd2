/**
 * The command line's messages, Danish first. Only the command line imports this module, so the
 * add-in's bundles (task pane and custom functions) leave the strings out (`npm run bench`
 * shows the task pane's size).
 */
import { cliDa } from "./cli-da";
import { cliEn } from "./cli-en";
import { tableTranslator } from "./index";

/** A key of the command line's messages. */
export type CliMessageKey = keyof typeof cliDa;

/** A command-line message in `language` (default: the language in force). */
export const cliMessage = tableTranslator<CliMessageKey>({ da: cliDa, en: cliEn });
