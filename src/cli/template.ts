/** `kik template`: write an empty input workbook (or, for the example, a filled one). */
import ExcelJS from "exceljs";
import type { Language } from "../i18n";
import {
  buildInputSheet,
  buildTemplate,
  type TemplateContent,
  type TemplateSheet,
} from "../report/template";
import { activateSheet, writeSheetContent } from "../xlsx/write-plan";
import { CliError, exists, workbookBytes, writeFileAtomically } from "./files";
import { cliMessage } from "./messages";
import type { CliOutput } from "./report";

/** A new workbook holding the input sheet (empty template, or `content` when given). */
export function templateWorkbook(language: Language, content?: TemplateContent): ExcelJS.Workbook {
  const sheet: TemplateSheet =
    content === undefined ? buildTemplate(language) : buildInputSheet(language, content);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KIK";
  workbook.lastModifiedBy = "KIK";
  const ws = workbook.addWorksheet(sheet.name);
  writeSheetContent(ws, sheet, { language, takenNames: new Set() });
  activateSheet(workbook, sheet.name);
  return workbook;
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
  const bytes = await workbookBytes(templateWorkbook(args.language));
  await writeFileAtomically(args.output, bytes, (reason) =>
    m("cannotWrite", { file: args.output, reason })
  );
  io.out(m("templateSaved", { file: args.output }));
  return 0;
}
