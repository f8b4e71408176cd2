/**
 * The workbook corpus through the command line: every case of workbooks.ts is written as an
 * .xlsx file and run in-process with `main(["report", file, "-o", out], io)`.
 *
 * Always: exit 0 or 2 as expected (never 1), the input file's SHA-256 unchanged, no stack
 * trace. Exit 2: no output file, every error line names a sheet and cell, the expected
 * messages. Exit 0: the output has KIK's four sheets (marked), every sheet that is not KIK's is
 * cell for cell as in the input, and the key figures and result cells the case implies.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Language } from "../../src/i18n";
import { REPORT_SHEET_KINDS, type ReportSheetKind } from "../../src/report/plan";
import { DEFAULT_SHEET_NAMES } from "../../src/report/sheet-names";
import { existingSheets } from "../xlsx/exceljs-view";
import { WORKBOOK_CASES, type ExpectedCell, type WorkbookCase } from "./workbooks";

/** One run of `kik report` on a case. */
interface Run {
  readonly code: number;
  readonly out: readonly string[];
  readonly err: readonly string[];
  readonly input: string;
  readonly output: string;
  readonly shaBefore: string;
  readonly shaAfter: string;
}

let dir: string;
const runs = new Map<string, Promise<Run>>();

beforeAll(() => {
  delete process.env.KIK_DEBUG;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-corpus-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Builds the case's workbook and runs `kik report` on it, once per case. */
function run(c: WorkbookCase): Promise<Run> {
  const cached = runs.get(c.name);
  if (cached !== undefined) return cached;
  const promise = (async (): Promise<Run> => {
    const n = WORKBOOK_CASES.indexOf(c);
    const input = path.join(dir, `case-${n}.xlsx`);
    const output = path.join(dir, "out", `case-${n}-resultat.xlsx`);
    fs.writeFileSync(input, await c.build());
    const shaBefore = sha(input);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["report", input, "-o", output, ...(c.args ?? [])], {
      out: (line) => out.push(...line.split("\n")),
      err: (line) => err.push(...line.split("\n")),
    });
    return { code, out, err, input, output, shaBefore, shaAfter: sha(input) };
  })();
  runs.set(c.name, promise);
  return promise;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const words = (language: Language) =>
  language === "en"
    ? { error: "Error: ", warning: "Warning: ", keyFigures: "Key figures:", notes: "Notes:" }
    : { error: "Fejl: ", warning: "Advarsel: ", keyFigures: "Nøgletal:", notes: "Bemærkninger:" };

/** The lines of a section of stdout ("Nøgletal:" → "  label: text" lines). */
function section(out: readonly string[], header: string, prefix: string): string[] {
  const start = out.indexOf(header);
  if (start < 0) return [];
  const lines: string[] = [];
  for (let i = start + 1; i < out.length && (out[i] as string).startsWith(prefix); i++)
    lines.push((out[i] as string).slice(prefix.length));
  return lines;
}

function keyFiguresOf(r: Run, language: Language): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const line of section(r.out, words(language).keyFigures, "  ")) {
    const i = line.indexOf(": ");
    figures[line.slice(0, i)] = line.slice(i + 2);
  }
  return figures;
}

/** Each fragment is found in its own line; returns the fragments not found. */
function unmatched(lines: readonly string[], fragments: readonly string[]): string[] {
  const left = [...lines];
  const missing: string[] = [];
  for (const f of fragments) {
    const i = left.findIndex((l) => l.includes(f));
    if (i < 0) missing.push(f);
    else left.splice(i, 1);
  }
  return missing;
}

/** A cell's value for comparing sheets: merged cells by their master, dates as text. */
function comparable(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return { merged: cell.master.address };
  const v = cell.value;
  return v instanceof Date ? { date: v.toISOString() } : v;
}

/** Everything of a sheet the user made that a copy must keep. */
function snapshot(ws: ExcelJS.Worksheet) {
  const cells: [string, unknown][] = [];
  ws.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, comparable(cell)])));
  const merges = Object.values(
    (ws as unknown as { _merges: Record<string, { shortRange: string }> })._merges
  )
    .map((m) => m.shortRange)
    .sort();
  const tables = ws
    .getTables()
    .map((t) => (t as unknown as { table: { name: string; tableRef?: string } }).table)
    .map((t) => `${t.name} ${t.tableRef ?? ""}`)
    .sort();
  return { name: ws.name, state: ws.state, merges, tables, cells };
}

/** The value a result cell shows: a formula's cached result, blank as "". */
function shown(cell: ExcelJS.Cell): unknown {
  let v: unknown = cell.value;
  if (v !== null && typeof v === "object" && "formula" in v) v = (v as { result?: unknown }).result;
  if (v === null || v === undefined) return "";
  return v;
}

function sameValue(got: unknown, want: ExpectedCell): boolean {
  if (typeof want === "number")
    return typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return got === want;
}

function cellAt(workbook: ExcelJS.Workbook, ref: string): ExcelJS.Cell {
  const i = ref.lastIndexOf("!");
  const ws = workbook.getWorksheet(ref.slice(0, i));
  if (ws === undefined) throw new Error(`no sheet in ${ref}`);
  return ws.getCell(ref.slice(i + 1));
}

const STACK = /^ {4}at /m;
/** A sheet and cell ("KIK Input!B5", "'Budget'!$A$1:$C$3"). */
const CELL = /!\$?[A-Z]{1,3}\$?\d+/;
/** The count line after the first 50 problems of a table. */
const MORE = /problemer mere i|more problems in/;

describe("workbook corpus through `kik report`", () => {
  it("has at least 20 malformed workbooks", () => {
    const refused = WORKBOOK_CASES.filter((c) => c.expect.exit === 2);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(WORKBOOK_CASES.filter((c) => c.source === "xlsx").length).toBeGreaterThanOrEqual(20);
    expect(new Set(WORKBOOK_CASES.map((c) => c.name)).size).toBe(WORKBOOK_CASES.length);
  });

  it.each(WORKBOOK_CASES.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const r = await run(c);
      const language = c.language ?? "da";
      const w = words(language);
      const e = c.expect;
      const all = [...r.out, ...r.err];

      expect({ code: r.code, err: r.code === e.exit ? [] : r.err }).toEqual({
        code: e.exit,
        err: [],
      });
      expect(r.shaAfter).toBe(r.shaBefore);
      expect(all.join("\n")).not.toMatch(STACK);
      expect(fs.readdirSync(path.dirname(r.output)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      const errors = r.err.filter((l) => l.startsWith(w.error));
      const warnings = r.err.filter((l) => l.startsWith(w.warning));

      if (e.exit === 2) {
        expect(fs.existsSync(r.output)).toBe(false);
        expect(r.out).toEqual([]);
        const sheets = (await load(r.input)).worksheets.map((ws) => ws.name);
        const vague = errors.filter(
          (l) =>
            !CELL.test(l) &&
            !MORE.test(l) &&
            !sheets.some((s) => l.includes(s)) &&
            !/arket »|sheet '/.test(l)
        );
        expect(vague).toEqual([]);
        expect(unmatched(errors, e.errors ?? [])).toEqual([]);
        expect(errors).toHaveLength(e.errorLines ?? (e.errors ?? []).length);
        return;
      }

      expect(errors).toEqual([]);
      if (e.warnings !== undefined) {
        expect(unmatched(warnings, e.warnings)).toEqual([]);
        if (e.warnings.length === 0) expect(warnings).toEqual([]);
      }
      expect(fs.existsSync(r.output)).toBe(true);
      const [before, after] = [await load(r.input), await load(r.output)];

      // KIK's four sheets, found by their marker names.
      const kinds = new Map<ReportSheetKind, string>();
      for (const s of existingSheets(after))
        if (s.generatedKind !== null) kinds.set(s.generatedKind, s.name);
      expect(REPORT_SHEET_KINDS.map((k) => kinds.get(k))).toEqual(
        e.resultSheets ?? REPORT_SHEET_KINDS.map((k) => DEFAULT_SHEET_NAMES[language][k])
      );

      // Every other sheet is the user's and exactly as it was.
      const ours = new Set(kinds.values());
      const userSheets = before.worksheets.filter((ws) => !ours.has(ws.name));
      expect(after.worksheets.filter((ws) => !ours.has(ws.name)).map(snapshot)).toEqual(
        userSheets.map(snapshot)
      );
      // Excel opens the result on a visible sheet.
      const active = after.worksheets[after.views?.[0]?.activeTab ?? 0];
      expect(active?.state ?? "visible").toBe("visible");
      for (const name of e.hiddenSheets ?? [])
        expect(after.getWorksheet(name)?.state).toBe("hidden");

      const figures = keyFiguresOf(r, language);
      if (e.keyFigures !== undefined) {
        const listed = Object.keys(e.keyFigures);
        if (listed.length === 0) expect(figures).toEqual({});
        else expect(Object.fromEntries(listed.map((k) => [k, figures[k]]))).toEqual(e.keyFigures);
      }
      if (e.sameKeyFiguresAs !== undefined) {
        const other = WORKBOOK_CASES.find((x) => x.name === e.sameKeyFiguresAs);
        if (other === undefined) throw new Error(`no case ${e.sameKeyFiguresAs}`);
        const reference = keyFiguresOf(await run(other), other.language ?? "da");
        expect(Object.keys(reference).length).toBeGreaterThan(5);
        expect(figures).toEqual(reference);
      }
      if (e.notes !== undefined)
        expect(unmatched(section(r.out, w.notes, "  - "), e.notes)).toEqual([]);

      const wrong: string[] = [];
      for (const [ref, want] of Object.entries(e.cells ?? {})) {
        const got = shown(cellAt(after, ref));
        if (!sameValue(got, want))
          wrong.push(`${ref}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
      for (const [ref, want] of Object.entries(e.formulas ?? {})) {
        const got = cellAt(after, ref).formula ?? "";
        if (got !== want) wrong.push(`${ref}: formula ${JSON.stringify(got)}, expected ${want}`);
      }
      for (const [sheet, labels] of Object.entries(e.textCells ?? {})) {
        const texts = new Set<string>();
        after.getWorksheet(sheet)?.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value;
            if (typeof v === "string") texts.add(v);
            // A live label: a formula over the input cell whose result is the text; the text
            // itself is never part of the formula, so it cannot run.
            else if (v !== null && typeof v === "object" && "formula" in v) {
              const result = (v as ExcelJS.CellFormulaValue).result;
              if (typeof result === "string" && !(v.formula ?? "").includes(result)) texts.add(result);
            }
          })
        );
        for (const label of labels)
          if (!texts.has(label)) wrong.push(`${sheet}: no text cell ${JSON.stringify(label)}`);
      }
      expect(wrong).toEqual([]);
    },
    300_000
  );
});
