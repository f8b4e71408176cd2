/**
 * `kik report`: read the input tables of a workbook file, build the report and write the result
 * sheets into a copy of the user's package. The input file is never written.
 */
import * as path from "node:path";
import type { Language } from "../i18n";
import type { CaseInput, CellRef, RangeRef } from "../input/model";
import type { ReportPlan, ReportSheetKind } from "../report/plan";
import { resolveSheetNames } from "../report/sheet-names";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  a1,
  parseLocalAddress,
  parseRangeAddress,
  quoteSheet,
  sameName,
} from "../sheet";
import { excelNamesOf, INPUT_TABLES, type TableKind } from "../input/tables";
import { EXTENSION_OF_CONTENT_TYPE } from "../xlsx/opc";
import type { XlsxWorkbook } from "../xlsx/workbook";
import type { WorkbookView } from "../input/read-case";
import { writeReport } from "../xlsx/write-report";
import {
  CliError,
  isFolder,
  notAWorkbookError,
  openWorkbook,
  readFileBytes,
  sameFile,
  writeFileAtomically,
} from "./files";
import { cliMessage, type CliMessageKey } from "./messages";

/** The input tables a range can be given for, in option order. */
export { INPUT_TABLES };
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
    view: WorkbookView,
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
  /** The result file, or a folder to put `<input>-resultat.xlsx` in. */
  readonly output?: string;
  readonly language: Language;
  readonly ranges: Partial<Record<InputTable, string>>;
  readonly verbose: boolean;
  readonly version: string;
  /** For tests and the example: the time stamped on the sheets and the zip entries KIK writes. */
  readonly now?: Date;
}

/** Rows of input above which progress is shown without --verbose. */
const PROGRESS_ROWS = 5_000;
/** Bytes of input above which "Læser …" is shown without --verbose (about 5,000 rows). */
const PROGRESS_BYTES = 150_000;

/** `<input>-resultat.xlsx` next to the input (`.xlsm` … for a workbook that must keep its kind). */
export function defaultOutputPath(input: string, extension = "xlsx"): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-resultat.${extension}`);
}

/** The result file: as given, or the default name inside a folder given with -o. */
export function outputPath(input: string, output: string | undefined, extension: string): string {
  if (output === undefined) return defaultOutputPath(input, extension);
  if (isFolder(output))
    return path.join(output, path.basename(defaultOutputPath(input, extension)));
  return output;
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

/**
 * Problems with what the user selected or what KIK looks for by name, found before the readers
 * run: a range beyond a sheet's limits (an error naming the limits, never clamped), a selected
 * name that is a formula or points into another workbook (an error naming the name), and a
 * name with one of KIK's table names that KIK cannot read (a warning: KIK looks on).
 */
function selectionProblems(
  book: XlsxWorkbook,
  view: WorkbookView,
  selection: Partial<Record<InputTable, string>>,
  lang: Language
): CliInputProblem[] {
  const out: CliInputProblem[] = [];
  const unusable = book.unusableNames();
  const nameProblem = (
    severity: "error" | "warning",
    name: (typeof unusable)[number]
  ): CliInputProblem => ({
    severity,
    message: cliMessage(
      name.reason === "external" ? "nameIsExternal" : "nameIsFormula",
      {
        name: name.name,
        formula: name.formula,
      },
      lang
    ),
    ref: null,
  });
  for (const table of INPUT_TABLES) {
    const text = selection[table]?.trim();
    if (text !== undefined && text !== "") {
      const range = parseRangeAddress(text);
      if (range !== null) {
        if (range.bottom > MAX_ROWS || range.right > MAX_COLUMNS)
          out.push({
            severity: "error",
            message: cliMessage(
              "rangeBeyondLimits",
              { range: text, rows: MAX_ROWS, columns: MAX_COLUMNS },
              lang
            ),
            ref: null,
          });
        continue;
      }
      if (view.tables.some((t) => sameName(t.name, text))) continue;
      // A range without a sheet ("I8:N14", "A1:ZZZ9999999"): Excel's limits first, then ask
      // for the sheet (a table or name of that spelling was looked for above and below).
      const local = parseLocalAddress(text.replace(/\$/g, ""));
      if (local !== null && !view.names.some((n) => sameName(n.name, text))) {
        const beyond = local.bottom > MAX_ROWS || local.right > MAX_COLUMNS;
        const sheet = view.sheetNames[0] ?? "Ark1";
        out.push({
          severity: "error",
          message: beyond
            ? cliMessage(
                "rangeBeyondLimits",
                { range: text, rows: MAX_ROWS, columns: MAX_COLUMNS },
                lang
              )
            : cliMessage(
                "rangeWithoutSheet",
                { range: text, example: `${quoteSheet(sheet)}!${text}` },
                lang
              ),
          ref: null,
        });
        continue;
      }
      const name = unusable.find((n) => sameName(n.name, text));
      if (name !== undefined) out.push(nameProblem("error", name));
      continue;
    }
    const names = excelNamesOf(table);
    if (view.tables.some((t) => names.some((n) => sameName(n, t.name)))) continue;
    if (view.names.some((v) => names.some((n) => sameName(n, v.name)))) continue;
    const name = unusable.find((u) => names.some((n) => sameName(n, u.name)));
    if (name !== undefined) out.push(nameProblem("warning", name));
  }
  return out;
}

function inputRows(ranges: Partial<Record<InputTable, RangeRef>>): number {
  let rows = 0;
  for (const r of Object.values(ranges)) if (r !== undefined) rows += r.bottom - r.top + 1;
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

  if (args.output !== undefined && !isFolder(args.output) && sameFile(args.input, args.output))
    throw new CliError(m("outputIsInput", { file: args.input }));
  const bytes = await readFileBytes(args.input, {
    notFound: m("fileNotFound", { file: args.input }),
    notAFile: m("notAFile", { file: args.input }),
  });
  if (args.verbose || bytes.length > PROGRESS_BYTES) io.err(m("reading", { file: args.input }));
  const book = await openWorkbook(bytes, args.input, lang);

  // The copy keeps the package's kind: a workbook with macros stays an .xlsm.
  const extension = EXTENSION_OF_CONTENT_TYPE[book.main.contentType] ?? "xlsx";
  const output = outputPath(args.input, args.output, extension);
  if (path.extname(output).toLowerCase() !== `.${extension}`)
    throw new CliError(
      extension === "xlsx"
        ? m("outputNotXlsx", { file: output })
        : m("outputExtension", { extension, input: args.input, file: output })
    );
  if (sameFile(args.input, output)) throw new CliError(m("outputIsInput", { file: args.input }));

  let read: ReturnType<ReportDependencies["readCaseInput"]>;
  let early: CliInputProblem[];
  const view = book.view();
  try {
    early = selectionProblems(book, view, args.ranges, lang);
    // A range or name the user gave that KIK refuses is the whole answer: reading on would
    // add follow-on messages that contradict it (a clamped range, "not a name").
    const refused = early.filter((p) => p.severity === "error");
    if (refused.length > 0) {
      io.err(m("problemsHeader", { file: args.input }));
      for (const p of refused) io.err(problemLine(p, lang));
      return 2;
    }
    read = deps.readCaseInput(view, args.ranges, lang);
  } catch (e) {
    throw notAWorkbookError(args.input, e, lang) ?? e;
  }
  const { input, problems: readProblems, ranges } = read;
  const progress = args.verbose || inputRows(ranges) > PROGRESS_ROWS;
  // A formula saved without its result (by a tool that does not calculate) reads as blank:
  // say so instead of treating it as "not known yet".
  const uncalculated: CliInputProblem[] = [];
  for (const range of Object.values(ranges)) {
    if (range === undefined) continue;
    for (const cell of book.formulasWithoutResult(range)) {
      uncalculated.push({
        severity: "error",
        message: m("uncalculatedFormula"),
        ref: { sheet: range.sheet, row: cell.row, column: cell.column },
      });
    }
  }
  const problems = [...early, ...uncalculated, ...readProblems];
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    io.err(m("problemsHeader", { file: args.input }));
    for (const p of errors) io.err(problemLine(p, lang));
    return 2;
  }
  for (const p of problems) io.err(problemLine(p, lang));

  if (progress) io.err(m("computing"));
  const sheetNames = resolveSheetNames(book.existingSheets(), lang);
  const plan = deps.buildReport(input, {
    language: lang,
    sheetNames,
    inputRanges: ranges,
    generatedAt: args.now ?? new Date(),
    version: args.version,
    source: path.basename(args.input),
  });

  if (progress) io.err(m("writing", { file: output }));
  let written: Awaited<ReturnType<typeof writeReport>>;
  try {
    written = await writeReport(book, plan, args.now === undefined ? {} : { date: args.now });
  } catch (e) {
    throw notAWorkbookError(args.input, e, lang) ?? e;
  }
  await writeFileAtomically(
    output,
    written.bytes,
    (reason) => m("cannotWrite", { file: output, reason }),
    lang
  );

  if (plan.keyFigures.length > 0) {
    io.out(`${m("keyFigures")}:`);
    // A figure with no value (no payback year yet) shows a dash, not an empty line end.
    for (const figure of plan.keyFigures)
      io.out(`  ${figure.label}: ${figure.text === "" ? "–" : figure.text}`);
  }
  const notes = [...plan.notes];
  for (const r of written.result.renamedTables)
    notes.push(m("tableRenamed", { from: r.from, to: r.to }));
  if (notes.length > 0) {
    io.out(`${m("notes")}:`);
    for (const note of notes) io.out(`  - ${note}`);
  }
  io.out(m("saved", { file: output }));
  return 0;
}
