/** `kik template`: write an empty input workbook (or, for the example, a filled one). */
import type { Buffer } from "node:buffer";
import type { Language } from "../i18n";
import { buildInputSheet, buildTemplate, type TemplateContent } from "../report/template";
import { newWorkbookBytes } from "../xlsx/new-workbook";
import { CliError, exists, writeFileAtomically } from "./files";
import { cliMessage } from "./messages";
import type { CliOutput } from "./report";

/** Options for {@link templateBytes}. */
export interface TemplateOptions {
  /** Date stamped on the zip entries and document properties (the example uses a fixed one). */
  readonly date?: Date;
}

/**
 * The bytes of a new workbook holding the input sheet: the empty template, or `content` filled
 * in. Made by the same writer as the report, from scratch.
 */
export function templateBytes(
  language: Language,
  content?: TemplateContent,
  options: TemplateOptions = {}
): Promise<Buffer> {
  const sheet =
    content === undefined ? buildTemplate(language) : buildInputSheet(language, content);
  return newWorkbookBytes([sheet], language, options);
}

/** Arguments of `kik template`. */
export interface TemplateArgs {
  readonly output: string;
  readonly language: Language;
  readonly force: boolean;
}

/** Runs `kik template`. */
export async function runTemplate(args: TemplateArgs, io: CliOutput): Promise<number> {
  const m = (key: Parameters<typeof cliMessage>[0], params: Record<string, string | number> = {}) =>
    cliMessage(key, params, args.language);
  if (!/\.xlsx$/i.test(args.output)) throw new CliError(m("outputNotXlsx", { file: args.output }));
  if (!args.force && (await exists(args.output)))
    throw new CliError(m("outputExists", { file: args.output }));
  const bytes = await templateBytes(args.language);
  await writeFileAtomically(
    args.output,
    bytes,
    (reason) => m("cannotWrite", { file: args.output, reason }),
    args.language
  );
  io.out(m("templateSaved", { file: args.output }));
  return 0;
}
