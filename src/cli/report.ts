/**
 * `kik report`: read the input tables of an .xlsx file, build the report and write the result
 * sheets into a copy. The input file is never written.
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Language } from "../i18n";
import type { CaseInput, CellRef, RangeRef } from "../input/model";
import type { ReportPlan, ReportSheetKind } from "../report/plan";
import { resolveSheetNames } from "../report/sheet-names";
import { a1, quoteSheet } from "../sheet";
import { workbookView, type XlsxWorkbookView } from "../xlsx/workbook-view";
import { existingSheets, writePlan } from "../xlsx/write-plan";
import {
  CliError,
  loadWorkbook,
  partsExcelJsDrops,
  readFileBytes,
  sameFile,
  workbookBytes,
  writeFileAtomically,
  type LostPart,
} from "./files";
import { cliMessage, type CliMessageKey } from "./messages";
import type { TableKind } from "../input/tables";

/** The input tables a range can be given for, in option order. */
export { INPUT_TABLES } from "../input/tables";
export type InputTable = TableKind;

/** A problem found in the input (as `readCaseInput` reports them). */
export interface CliInputProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly ref: CellRef | null;
}

/** What `kik report` needs from the readers and the report builder (injected for tests). */
export interface ReportDependencies {
  readCaseInput(
    view: XlsxWorkbookView,
    selection: Partial<Record<InputTable, string>>,
    language: Language
  ): {
    input: CaseInput;
    problems: readonly CliInputProblem[];
    ranges: Partial<Record<InputTable, RangeRef>>;
  };
  buildReport(
    input: CaseInput,
    options: {
      language: Language;
      sheetNames: Record<ReportSheetKind, string>;
      inputRanges: Partial<Record<InputTable, RangeRef>>;
      generatedAt: Date;
      version: string;
      source?: string;
    }
  ): ReportPlan;
}

/** Where the command writes its lines. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Arguments of `kik report`. */
export interface ReportArgs {
  readonly input: string;
  readonly output?: string;
  readonly language: Language;
  readonly ranges: Partial<Record<InputTable, string>>;
  readonly verbose: boolean;
  readonly version: string;
  /** For tests and the example: the time stamped on the sheets. */
  readonly now?: Date;
}

/** Rows above which progress is shown without --verbose. */
const PROGRESS_ROWS = 5_000;
/** Bytes of input above which "Læser …" is shown without --verbose (about 5,000 rows). */
const PROGRESS_BYTES = 150_000;

/** `<input>-resultat.xlsx` next to the input. */
export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-resultat.xlsx`);
}

/** A problem as one line: "Fejl: 'KIK Input'!B5: …" (the cell is added when the message lacks it). */
export function problemLine(problem: CliInputProblem, language: Language): string {
  const word = cliMessage(problem.severity === "error" ? "error" : "warning", {}, language);
  const ref = problem.ref;
  if (ref === null) return `${word}: ${problem.message}`;
  const cell = a1(ref.row, ref.column);
  const mentionsCell = new RegExp(
    `(^|[^A-Za-z$])\\$?${cell.replace(/\d/, "\\$?$&")}($|[^0-9])`
  ).test(problem.message);
  return mentionsCell && problem.message.includes(ref.sheet)
    ? `${word}: ${problem.message}`
    : `${word}: ${quoteSheet(ref.sheet)}!${cell}: ${problem.message}`;
}

function lostPartsLine(parts: readonly LostPart[], language: Language): string {
  const keys: Record<LostPart, CliMessageKey> = {
    charts: "partCharts",
    pivots: "partPivots",
    macros: "partMacros",
    slicers: "partSlicers",
    externalLinks: "partExternalLinks",
    threadedComments: "partThreadedComments",
    controls: "partControls",
  };
  const names = parts.map((p) => cliMessage(keys[p], {}, language));
  return cliMessage("lostParts", { parts: names.join(", ") }, language);
}

function rowsOf(view: XlsxWorkbookView): number {
  let rows = 0;
  for (const sheet of view.sheetNames) {
    const used = view.usedRange(sheet);
    if (used !== null) rows += used.bottom - used.top + 1;
  }
  return rows;
}

/** Runs `kik report`. Returns the exit code; expected failures are {@link CliError}s. */
export async function runReport(
  args: ReportArgs,
  deps: ReportDependencies,
  io: CliOutput
): Promise<number> {
  const lang = args.language;
  const m = (key: CliMessageKey, params: Record<string, string | number> = {}) =>
    cliMessage(key, params, lang);

  const output = args.output ?? defaultOutputPath(args.input);
  if (!/\.xlsx$/i.test(output)) throw new CliError(m("outputNotXlsx", { file: output }));
  if (sameFile(args.input, output)) throw new CliError(m("outputIsInput", { file: args.input }));

  const bytes = await readFileBytes(args.input, {
    notFound: m("fileNotFound", { file: args.input }),
    notAFile: m("notAFile", { file: args.input }),
  });
  if (args.verbose || bytes.length > PROGRESS_BYTES) io.err(m("reading", { file: args.input }));
  const workbook = await loadWorkbook(bytes, (reason) =>
    m("notXlsx", { file: args.input, reason })
  );
  const view = workbookView(workbook);
  const progress = args.verbose || rowsOf(view) > PROGRESS_ROWS;

  const { input, problems: readProblems, ranges } = deps.readCaseInput(view, args.ranges, lang);
  // A formula saved without its result (by a tool that does not calculate) reads as blank:
  // say so instead of treating it as "not known yet".
  const problems = [
    ...uncalculatedFormulas(workbook, Object.values(ranges), lang),
    ...readProblems,
  ];
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    io.err(m("problemsHeader"));
    for (const p of errors) io.err(problemLine(p, lang));
    return 2;
  }
  for (const p of problems) io.err(problemLine(p, lang));

  if (progress) io.err(m("computing"));
  const sheetNames = resolveSheetNames(existingSheets(workbook), lang);
  const plan = deps.buildReport(input, {
    language: lang,
    sheetNames,
    inputRanges: ranges,
    generatedAt: args.now ?? new Date(),
    version: args.version,
    source: path.basename(args.input),
  });

  if (progress) io.err(m("writing", { file: output }));
  const written = writePlan(workbook, plan);
  const lost = await partsExcelJsDrops(bytes);
  const result = await workbookBytes(
    workbook,
    args.now === undefined ? {} : { fixedDate: args.now }
  );
  await writeFileAtomically(output, result, (reason) => m("cannotWrite", { file: output, reason }));

  if (plan.keyFigures.length > 0) {
    io.out(`${m("keyFigures")}:`);
    for (const figure of plan.keyFigures) io.out(`  ${figure.label}: ${figure.text}`);
  }
  const notes = [...plan.notes];
  // A planned table without data rows stays plain cells; only missing charts are worth a note.
  for (const s of written.skipped) {
    if (s.kind === "chart") notes.push(m("chartSkipped", { title: s.title, sheet: s.sheet }));
  }
  for (const r of written.renamedTables) notes.push(m("tableRenamed", { from: r.from, to: r.to }));
  if (lost.length > 0) notes.push(lostPartsLine(lost, lang));
  if (notes.length > 0) {
    io.out(`${m("notes")}:`);
    for (const note of notes) io.out(`  - ${note}`);
  }
  io.out(m("saved", { file: output }));
  return 0;
}

/** Formula cells without a cached result inside the ranges the readers used. */
function uncalculatedFormulas(
  workbook: ExcelJS.Workbook,
  ranges: readonly (RangeRef | undefined)[],
  lang: Language
): CliInputProblem[] {
  const found: CliInputProblem[] = [];
  for (const range of ranges) {
    if (range === undefined) continue;
    const ws = workbook.getWorksheet(range.sheet);
    if (ws === undefined) continue;
    for (let row = range.top; row <= range.bottom && found.length < 20; row++) {
      for (let column = range.left; column <= range.right; column++) {
        const v = ws.getRow(row).getCell(column).value;
        if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v))
          continue;
        if ((v as ExcelJS.CellFormulaValue).result !== undefined) continue;
        found.push({
          severity: "error",
          message: cliMessage("uncalculatedFormula", {}, lang),
          ref: { sheet: range.sheet, row, column },
        });
      }
    }
  }
  return found;
}
