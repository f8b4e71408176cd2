/**
 * The `kik` command line: `kik report <input.xlsx>` and `kik template <output.xlsx>`.
 * Exit codes: 0 ok, 2 bad input or usage, 1 unexpected (one line; the stack with KIK_DEBUG=1).
 */
import process from "node:process";
import type { Writable } from "node:stream";
import { Command, CommanderError, Option } from "commander";
import packageJson from "../../package.json";
import { formatList, type Language } from "../i18n";
import { readCaseInput } from "../input/read-case";
import { buildReport } from "../report/build";
import { CliError } from "./files";
import { TABLES } from "../input/tables";
import { cliMessage } from "./messages";
import {
  INPUT_TABLES,
  runReport,
  type CliOutput,
  type InputTable,
  type ReportDependencies,
} from "./report";
import { runTemplate } from "./template";

const TABLE_TITLE_KEYS = {
  budget: "tableBudget",
  caseload: "tableCaseload",
  outcomes: "tableOutcomes",
  assumptions: "tableAssumptions",
  investment: "tableInvestment",
} as const;

/** The real readers and report builder. */
export const REPORT_DEPENDENCIES: ReportDependencies = {
  readCaseInput: (view, selection, language) => readCaseInput(view, selection, language),
  buildReport: (input, options) => buildReport(input, options),
};

/** The language asked for on the command line (before parsing, so help and errors use it). */
function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--lang" && argv[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "da";
}

/**
 * Lines to a stream that may close early: `kik report … | head -1` closes stdout after the
 * first line. Node then reports EPIPE, asynchronously, as an error event on the stream; the
 * command stops writing to that stream and finishes quietly (the result file is written all
 * the same).
 */
function lineWriter(stream: Writable): (line: string) => void {
  let closed = false;
  const isPipeClosed = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === "EPIPE";
  stream.on("error", (e: unknown) => {
    if (isPipeClosed(e)) closed = true;
    else throw e;
  });
  return (line) => {
    if (closed) return;
    try {
      stream.write(`${line}\n`);
    } catch (e) {
      if (!isPipeClosed(e)) throw e;
      closed = true;
    }
  };
}

let stdio: CliOutput | undefined;

/** The process's stdout and stderr as line writers (made once, on first use). */
function processOutput(): CliOutput {
  stdio ??= { out: lineWriter(process.stdout), err: lineWriter(process.stderr) };
  return stdio;
}

/**
 * Runs the command line on `argv` (without "node" and the script) and returns the exit code.
 */
export async function main(
  argv: readonly string[],
  io: CliOutput = processOutput(),
  deps: ReportDependencies = REPORT_DEPENDENCIES
): Promise<number> {
  const lang = languageOf(argv);
  const m = (key: Parameters<typeof cliMessage>[0], params: Record<string, string | number> = {}) =>
    cliMessage(key, params, lang);
  let exitCode = 0;

  const program = new Command("kik")
    .description(m("programDescription"))
    .version(packageJson.version, "-V, --version", m("optVersion"))
    .helpOption("-h, --help", m("optHelp"))
    .helpCommand("help [command]", m("optHelp"))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
      outputError: (s, write) =>
        write(
          m("usage", {
            message: parserMessage(s, lang),
          })
        ),
    });

  const languageOption = () =>
    new Option("--lang <language>", m("optLanguage")).choices(["da", "en"]).default("da");

  const report = program
    .command("report")
    .description(m("reportDescription"))
    .argument("<input>", m("argInput"))
    .option("-o, --output <file>", m("optOutput"))
    .addOption(languageOption());
  for (const table of INPUT_TABLES) {
    report.option(
      `--${table} <range>`,
      m("optRange", { table: m(TABLE_TITLE_KEYS[table]), name: TABLES[table].excelName.da })
    );
  }
  report
    .option("-v, --verbose", m("optVerbose"), false)
    .action(async (input: string, options: Record<string, unknown>) => {
      const ranges: Partial<Record<InputTable, string>> = {};
      for (const table of INPUT_TABLES) {
        const value = options[table];
        if (typeof value === "string") ranges[table] = value;
      }
      exitCode = await runReport(
        {
          input,
          ...(typeof options.output === "string" ? { output: options.output } : {}),
          language: options.lang === "en" ? "en" : "da",
          ranges,
          verbose: options.verbose === true,
          version: packageJson.version,
        },
        deps,
        io
      );
    });

  program
    .command("template")
    .description(m("templateDescription"))
    .argument("[output]", m("argTemplateOutput"))
    // `-o` as `kik report` takes it; the file as an argument works too.
    .option("-o, --output <file>", m("argTemplateOutput"))
    .addOption(languageOption())
    .option("-f, --force", m("optForce"), false)
    .action(async (given: string | undefined, options: Record<string, unknown>) => {
      const flagged = typeof options.output === "string" ? options.output : undefined;
      if (given !== undefined && flagged !== undefined && given !== flagged)
        throw new CliError(m("templateTwoOutputs", { file: given, other: flagged }));
      const output = flagged ?? given;
      if (output === undefined) throw new CliError(m("templateNoOutput"));
      exitCode = await runTemplate(
        { output, language: options.lang === "en" ? "en" : "da", force: options.force === true },
        io
      );
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors have been printed.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    if (process.env.KIK_DEBUG === "1" && e instanceof Error && e.stack !== undefined)
      io.err(e.stack);
    io.err(m("unexpected", { message: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
}

/**
 * The command-line parser's error in the user's language. Commander words its errors in
 * English only, in a fixed form per kind; a form KIK does not know is shown as it is.
 */
function parserMessage(text: string, language: Language): string {
  const m = (key: Parameters<typeof cliMessage>[0], params: Record<string, string> = {}) =>
    cliMessage(key, params, language);
  const plain = text.trim().replace(/^error: /, "");
  const [first = "", ...rest] = plain.split(/\s*\n\s*/);
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join(" ") + " " + first)?.[1];
  const forms: readonly [RegExp, (g: string[]) => string][] = [
    [/^missing required argument '([^']+)'/, (g) => m("argumentMissing", { name: g[1] as string })],
    [/^unknown option '([^']+)'/, (g) => m("unknownOption", { option: g[1] as string })],
    [/^unknown command '([^']+)'/, (g) => m("unknownCommand", { command: g[1] as string })],
    [
      /^option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+?)\.?$/,
      (g) =>
        m("invalidChoice", {
          value: g[2] as string,
          option: g[1] as string,
          choices: formatList((g[3] as string).split(/,\s*/), language, "disjunction"),
        }),
    ],
    [
      /^option '([^']+)' argument missing/,
      (g) => m("optionValueMissing", { option: g[1] as string }),
    ],
    [
      /^too many arguments for '([^']+)'/,
      (g) => m("tooManyArguments", { command: g[1] as string }),
    ],
    [/^too many arguments/, () => m("tooManyArguments", { command: "kik" })],
  ];
  for (const [form, say] of forms) {
    const g = form.exec(first);
    if (g === null) continue;
    const message = say([...g]);
    return suggestion === undefined ? message : m("didYouMean", { message, suggestion });
  }
  return plain.replace(/\s*\n\s*/g, " ");
}

/** Entry point of bin/kik.js. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      processOutput().err(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    }
  );
}
