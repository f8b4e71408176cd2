/** The command line's own strings, Danish first (defined in `src/i18n/cli-da.ts`, `cli-en.ts`). */
export { cliMessage, type CliMessageKey } from "../i18n/cli";
