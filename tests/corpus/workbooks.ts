/**
 * The workbook corpus: malformed (and a few clean) inputs as real .xlsx files, built with
 * ExcelJS at test time (no binary files in the repository), with what `kik report` must do
 * with each: exit 0 with a correct result, or exit 2 with messages naming sheet and cell.
 *
 * Two sources:
 * - every case of the grid corpus (tests/input/corpus.ts) turned into a workbook: its sheets
 *   as worksheets, its Excel tables as native tables, its defined names and merged areas;
 * - cases the grid corpus cannot express: real error cells, merged cells inside Excel tables,
 *   formula cells with cached results, formula-looking text, sheets KIK did not make with the
 *   result sheets' names, a stale `KIK_GENERATED_*` name (#REF!), hidden and oddly named
 *   sheets, empty workbooks and two 100,000-row inputs.
 *
 * `corpus-cli.test.ts` runs each through the command line in-process.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { AABENRAA, EXAMPLE_DATE } from "../../scripts/make-example";
import { templateBytes } from "../../src/cli/template";
import { assumptionSpec } from "../../src/assumptions/catalogue";
import type { AssumptionKey } from "../../src/input/model";
import { fieldName } from "../../src/input/headers";
import type { TableKind } from "../../src/input/tables";
import { buildInputSheet } from "../../src/report/template";
import type { Language } from "../../src/i18n";
import type { GridValue } from "../../src/input/grid";
import { a1, columnName, qualified } from "../../src/sheet";
import { readCaseInput } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { writeReport } from "../../src/xlsx/write-report";
import { serialToDate } from "../xlsx/exceljs-view";
import { CORPUS, type CorpusCase } from "../input/corpus";
import { rangeOf, type FakeWorkbook } from "../input/fake-view";

/** A value expected in a result cell: a number (1e-9 relative), text, or "" for blank. */
export type ExpectedCell = number | string | boolean;

/** What `kik report` must do with a case. */
export interface WorkbookExpectation {
  readonly exit: 0 | 2;
  /**
   * Exit 2: each a fragment of its own "Fejl:"/"Error:" line; there are exactly as many error
   * lines as fragments unless `errorLines` says how many.
   */
  readonly errors?: readonly string[];
  readonly errorLines?: number;
  /** Fragments each found in a warning line; `[]` = no warnings at all. */
  readonly warnings?: readonly string[];
  /**
   * Exit 0: the names of KIK's overview, economy, caseload and assumptions sheets, found by
   * their marker names (default: the language's default names).
   */
  readonly resultSheets?: readonly string[];
  /** Exit 0: key figures on stdout, label -> text (others may follow; `{}` = none at all). */
  readonly keyFigures?: Readonly<Record<string, string>>;
  /** Exit 0: stdout's key figures are exactly those of the named case. */
  readonly sameKeyFiguresAs?: string;
  /** Exit 0: lines (fragments) expected among stdout's notes. */
  readonly notes?: readonly string[];
  /** Exit 0: values of result cells ("Sheet!A1" -> value; formulas by their cached result). */
  readonly cells?: Readonly<Record<string, ExpectedCell>>;
  /** Exit 0: formulas of result cells ("Sheet!A1" -> formula without "="). */
  readonly formulas?: Readonly<Record<string, string>>;
  /**
   * Exit 0: text labels that must appear on the sheet as text: a plain text cell, or a formula
   * over the input cell whose result is the text (the text never part of a formula).
   */
  readonly textCells?: Readonly<Record<string, readonly string[]>>;
  /** Exit 0: sheets that must be hidden in the result (as in the input). */
  readonly hiddenSheets?: readonly string[];
}

/** One workbook of the corpus. */
export interface WorkbookCase {
  readonly name: string;
  /** Where the case comes from: the grid corpus or written here for .xlsx. */
  readonly source: "grid" | "xlsx";
  /** The .xlsx bytes of the input. */
  build(): Promise<Buffer>;
  /** Extra arguments after `report <file> -o <out>` (ranges, --lang). */
  readonly args?: readonly string[];
  /** Message and sheet language (default Danish). */
  readonly language?: Language;
  readonly expect: WorkbookExpectation;
}

const IN = "KIK Input";
const OVERVIEW = "KIK Overblik";
const ECONOMY = "KIK Økonomi";
const CASELOAD = "KIK Sagstal";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------
// The grid corpus as workbooks

/** A grid value as an ExcelJS cell value (dates as UTC dates, errors as error values). */
export function excelValue(v: GridValue): ExcelJS.CellValue {
  if (v === null || typeof v !== "object") return v;
  if ("error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return serialToDate(v.date);
}

/**
 * A totals-row cell as Excel writes it: a label in the first column, elsewhere a SUBTOTAL of
 * the column with the cell's number as its cached result (blank: no function).
 */
function totalsOf(
  value: ExcelJS.CellValue,
  first: boolean
): Partial<ExcelJS.TableColumnProperties> & { totalsRowResult?: number } {
  if (first) {
    if (value !== null && typeof value !== "string") throw new Error("a totals label is text");
    return { totalsRowLabel: value ?? "" };
  }
  if (value === null) return { totalsRowFunction: "none" };
  if (typeof value !== "number") throw new Error("a total is a number");
  return { totalsRowFunction: "sum", totalsRowResult: value };
}

/** Writes a grid-corpus workbook as .xlsx: cells, merged areas, native tables, defined names. */
export async function gridWorkbookBytes(fake: FakeWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(fake.sheets)) {
    const ws = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = excelValue(v);
      })
    );
    for (const m of fake.merges?.[name] ?? []) ws.mergeCells(m);
  }
  for (const t of fake.tables ?? []) {
    const range = rangeOf(t.ref);
    const ws = workbook.getWorksheet(range.sheet);
    if (ws === undefined) throw new Error(`no sheet for table ${t.name}`);
    const totalsRow = t.totalsRow === true;
    // ExcelJS writes `totalsRowResult` as the SUBTOTAL's cached value (its types omit it).
    const columns: (ExcelJS.TableColumnProperties & { totalsRowResult?: number })[] = [];
    for (let c = range.left; c <= range.right; c++)
      columns.push({
        name: String(ws.getCell(range.top, c).value ?? ""),
        filterButton: true,
        ...(totalsRow ? totalsOf(ws.getCell(range.bottom, c).value, c === range.left) : {}),
      });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = range.top + 1; r <= range.bottom - (totalsRow ? 1 : 0); r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(ws.getCell(r, c).value);
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: a1(range.top, range.left),
      headerRow: true,
      totalsRow,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns,
      rows,
    });
  }
  for (const n of fake.names ?? []) {
    const r = rangeOf(n.ref);
    workbook.definedNames.add(
      `${qualified(r.sheet, r.top, r.left, true)}:${a1(r.bottom, r.right, true)}`,
      n.name
    );
  }
  return bytesOf(workbook);
}

/** Result-sheet names per language (for the derived cell checks). */
const SHEETS = {
  da: { economy: ECONOMY, caseload: CASELOAD, overview: OVERVIEW },
  en: { economy: "KIK Economy", caseload: "KIK Caseload", overview: "KIK Overview" },
} as const;

function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return y * 12 + m - 1;
}

/** The result cells a grid case's typed expectations imply (economy and caseload rows). */
function impliedCells(c: CorpusCase): Record<string, ExpectedCell> {
  const names = SHEETS[c.language ?? "da"];
  const cells: Record<string, ExpectedCell> = {};
  const b = c.expect.budget;
  if (b !== undefined && b !== null) {
    const at = (column: string, i: number) => `${names.economy}!${column}${5 + i}`;
    b.years.forEach((year, i) => {
      cells[at("A", i)] = year;
      const budgeted = b.budgeted?.[i];
      const actual = b.actual?.[i];
      if (budgeted !== undefined) cells[at("D", i)] = budgeted ?? "";
      if (actual !== undefined) cells[at("G", i)] = actual ?? "";
      if (budgeted !== undefined && actual !== undefined)
        cells[at("H", i)] = budgeted === null || actual === null ? "" : actual - budgeted;
    });
  }
  const cl = c.expect.caseload;
  if (cl !== undefined && cl !== null && cl.months !== undefined && cl.count !== undefined) {
    const first = monthIndex(cl.months[0] as string);
    cl.months.forEach((month, i) => {
      const count = cl.count?.[i];
      if (count !== undefined)
        cells[`${names.caseload}!B${5 + monthIndex(month) - first}`] = count ?? "";
    });
  }
  return cells;
}

/** The 100,000-row caseload of the grid corpus spans the years 1000–9333 (months must be
 * unique); its report sheet would have 100,000 monthly rows and take ~20 s to write, so the
 * workbook corpus has its own 100,000-row caseload (daily dates, refused) instead. The grid
 * corpus checks that the readers read it in well under a second. */
const SKIPPED_GRID_CASES = new Set(["a 100,000-row caseload reads in well under a second"]);

const GRID_CASES: WorkbookCase[] = CORPUS.filter((c) => !SKIPPED_GRID_CASES.has(c.name)).map(
  (c): WorkbookCase => {
    const errors = c.expect.errors ?? [];
    const args: string[] = [];
    for (const [table, range] of Object.entries(c.selection ?? {}))
      if (range !== undefined) args.push(`--${table}`, range);
    if (c.language === "en") args.push("--lang", "en");
    const labels = c.expect.outcomes?.labels;
    return {
      name: `grid: ${c.name}`,
      source: "grid",
      build: () => gridWorkbookBytes(c),
      args,
      ...(c.language === undefined ? {} : { language: c.language }),
      expect:
        errors.length > 0
          ? { exit: 2, errors }
          : {
              exit: 0,
              ...(c.expect.warnings === undefined ? {} : { warnings: c.expect.warnings }),
              cells: impliedCells(c),
              ...(labels === undefined
                ? {}
                : { textCells: { [SHEETS[c.language ?? "da"].overview]: [...new Set(labels)] } }),
            },
    };
  }
);

// ---------------------------------------------------------------------------------------------
// Cases built on the input template filled with the Aabenraa case (as examples/aabenraa-kik.xlsx)

/** The template sheet the Aabenraa workbook is made of (its tables in layout order). */
const TEMPLATE = buildInputSheet("da", AABENRAA);
const TEMPLATE_KINDS: readonly TableKind[] = [
  "budget",
  "investment",
  "caseload",
  "outcomes",
  "assumptions",
];

/** The template's table of `kind`. */
function templateTable(kind: TableKind) {
  const table = TEMPLATE.tables[TEMPLATE_KINDS.indexOf(kind)];
  if (table === undefined) throw new Error(`no ${kind} table in the template`);
  return table;
}

/** The address of `field`'s cell in data row `n` (1-based) of the template's `kind` table. */
function at(kind: TableKind, field: string, n: number): string {
  const table = templateTable(kind);
  const name = fieldName(kind, field as never, "da");
  const header = TEMPLATE.cells.find(
    (c) =>
      c.row === table.top &&
      c.column >= table.left &&
      c.column <= table.right &&
      typeof c.value === "string" &&
      c.value.startsWith(name)
  );
  if (header === undefined) throw new Error(`no column ${field} in the ${kind} table`);
  return a1(table.top + n, header.column);
}

/** The value cell of assumption `key` in the template's assumptions table. */
function assumptionAt(key: AssumptionKey): string {
  const table = templateTable("assumptions");
  const name = assumptionSpec(key).names.da;
  const cell = TEMPLATE.cells.find(
    (c) => c.column === table.left && c.row > table.top && c.value === name
  );
  if (cell === undefined) throw new Error(`no assumption ${key} in the template`);
  return a1(cell.row, table.left + 1);
}

/** The first actual figure (2016) as an absolute reference, as KIK's formulas quote it. */
const ACTUAL_2016 = at("budget", "actual", 1).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The row just above the template's `kind` table, over its columns (its title). */
function titleOver(kind: TableKind): string {
  const t = templateTable(kind);
  return `${columnName(t.left)}${t.top - 1}:${columnName(t.right)}${t.top - 1}`;
}

/**
 * The Aabenraa example in the input template (src/report/template.ts) on "KIK Input". The
 * cases find their cells through the template's own tables ({@link at}, {@link assumptionAt}),
 * never a fixed layout, so they hold whichever way the template places its tables.
 */
async function aabenraa(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateBytes("da", AABENRAA)) as unknown as ExcelJS.Buffer);
  return workbook;
}

function inputSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(IN);
  if (ws === undefined) throw new Error("no input sheet");
  return ws;
}

/** The Aabenraa template with some cells changed (and number formats, e.g. for a date). */
function aabenraaWith(
  cells: Readonly<Record<string, ExcelJS.CellValue>>,
  formats: Readonly<Record<string, string>> = {}
): () => Promise<Buffer> {
  return async () => {
    const workbook = await aabenraa();
    const ws = inputSheet(workbook);
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
    for (const [address, format] of Object.entries(formats)) {
      // A new style object: the writer shares one object between all cells of a style, so
      // `cell.numFmt = …` would change every money cell (in every workbook of the process).
      const cell = ws.getCell(address);
      cell.style = { ...cell.style, numFmt: format };
    }
    return bytesOf(workbook);
  };
}

/** A number as Danish text: decimal comma, thousands dot, e.g. -18,1 and 1.008. */
export function danishText(n: number): string {
  const [whole, fraction] = Math.abs(n).toString().split(".") as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}

/** Every number in the budget, investment, caseload and outcome tables written as Danish text. */
async function aabenraaNumbersAsText(): Promise<Buffer> {
  const workbook = await aabenraa();
  const ws = inputSheet(workbook);
  // Every number of the four data tables but the keys (year, month).
  for (const kind of ["budget", "investment", "caseload", "outcomes"] as const) {
    const t = templateTable(kind);
    for (let row = t.top + 1; row <= t.bottom; row++)
      for (let column = t.left + 1; column <= t.right; column++) {
        const cell = ws.getCell(row, column);
        if (typeof cell.value === "number") cell.value = danishText(cell.value);
      }
  }
  // Assumptions: percentages with "%", amounts with a thousands dot.
  ws.getCell(assumptionAt("discountRate")).value = "3,5 %";
  ws.getCell(assumptionAt("monthlyBenefitRate")).value = "10.968";
  ws.getCell(assumptionAt("selfSupportingGoal")).value = "56 %";
  ws.getCell(assumptionAt("baseline")).value = "1.008";
  return bytesOf(workbook);
}

/** The Aabenraa key figures (examples/aabenraa-kik.xlsx), as `kik report` prints them. */
export const AABENRAA_KEY_FIGURES: Readonly<Record<string, string>> = {
  "Investering i alt (mio. kr.)": "68,0 mio. kr.",
  "Nettogevinst, budget (mio. kr.)": "-0,7 mio. kr.",
  "Afkast (ROI), budget": "-1,0 %",
  "Nutidsværdi, budget (mio. kr.)": "-2,8 mio. kr.",
  "Tilbagebetalingstid, budget": "Ikke inden for 2016–2019",
  "Faktisk resultat hidtil (mio. kr.)": "42,8 mio. kr.",
  "Afvigelse mod budget i alt (mio. kr.)": "65,5 mio. kr.",
  "Sagstal ved start": "1.008",
  "Sagstal nu": "495",
  "Mål for sagstal": "500",
  "Fremdrift mod målet": "101,0 %",
  "Reduktion i sagstal": "50,9 %",
  "Andel selvforsørgende": "54,0 %",
  "Mål for andel selvforsørgende": "56,0 %",
};

/** The key figures of the Aabenraa budget alone (no investment, caseload or outcomes). */
const BUDGET_ONLY_KEY_FIGURES: Readonly<Record<string, string>> = {
  "Investering i alt (mio. kr.)": "–",
  "Nettogevinst, budget (mio. kr.)": "-0,7 mio. kr.",
  "Nutidsværdi, budget (mio. kr.)": "-2,8 mio. kr.",
  "Tilbagebetalingstid, budget": "Ikke inden for 2016–2019",
  "Faktisk resultat hidtil (mio. kr.)": "42,8 mio. kr.",
  "Afvigelse mod budget i alt (mio. kr.)": "65,5 mio. kr.",
};

const CLEAN = "xlsx: Aabenraa template, clean (the reference for the other template cases)";

/** Variance 24.2 / 33.9 / 7.4 / blank on the economy sheet. */
const AABENRAA_VARIANCE: Readonly<Record<string, ExpectedCell>> = {
  [`${ECONOMY}!H5`]: 24.2,
  [`${ECONOMY}!H6`]: 33.9,
  [`${ECONOMY}!H7`]: 7.4,
  [`${ECONOMY}!H8`]: "",
};

/** A previous result: the template with KIK's four sheets, as `kik report` leaves it. */
async function previousResult(): Promise<ExcelJS.Workbook> {
  const book = await XlsxWorkbook.open(await templateBytes("da", AABENRAA));
  const { input, ranges } = readCaseInput(book.view(), {}, "da");
  const plan = buildReport(input, {
    language: "da",
    sheetNames: resolveSheetNames(book.existingSheets(), "da"),
    inputRanges: ranges,
    generatedAt: EXAMPLE_DATE,
    version: "0.1.0",
    source: "aabenraa-kik.xlsx",
  });
  const { bytes } = await writeReport(book, plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * The previous result after the user deleted "KIK Overblik": Excel turns the marker name into
 * `#REF!$A$1`. With `ownSheet`, the user then made a sheet of their own called "KIK Overblik".
 */
async function deletedOverview(ownSheet: boolean): Promise<Buffer> {
  const workbook = await previousResult();
  const overview = workbook.getWorksheet(OVERVIEW);
  if (overview === undefined) throw new Error("no overview");
  workbook.removeWorksheet(overview.id);
  if (ownSheet) {
    const ws = workbook.addWorksheet(OVERVIEW);
    ws.getCell("A1").value = "Mit eget overblik";
    ws.getCell("A2").value = "Faktisk 2016";
    ws.getCell("B2").value = { formula: "'KIK Input'!C9", result: 6.1 };
  }
  const zip = await JSZip.loadAsync(await bytesOf(workbook));
  const part = zip.file("xl/workbook.xml");
  if (part === null) throw new Error("no workbook.xml");
  const xml = await part.async("string");
  const stale = xml.replace(
    /(<definedName name="KIK_GENERATED_OVERVIEW"[^>]*>)[^<]*(<\/definedName>)/,
    "$1#REF!$$A$$1$2"
  );
  if (stale === xml) throw new Error("marker name not found");
  zip.file("xl/workbook.xml", stale);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A sheet of the user's own with values of every kind. */
function userSheet(workbook: ExcelJS.Workbook, name: string, title: string): void {
  const ws = workbook.addWorksheet(name);
  ws.getCell("A1").value = title;
  ws.getCell("A2").value = "Budget 2016";
  ws.getCell("B2").value = { formula: "'KIK Input'!B9", result: -18.1 };
  ws.getCell("A3").value = "Opgjort";
  ws.getCell("B3").value = new Date(Date.UTC(2018, 10, 13));
  ws.getCell("A4").value = "Godkendt";
  ws.getCell("B4").value = true;
  ws.getCell("A5").value = '=HYPERLINK("x";"y")';
  ws.getCell("C1").value = 42;
  ws.mergeCells("A7:C7");
  ws.getCell("A7").value = "Noter flettet hen over tre kolonner";
}

/** The transposed budget as Aabenraa's note prints it, at A1 of `sheet`, with a stray column. */
function transposedBudget(ws: ExcelJS.Worksheet, stray: boolean): void {
  const rows: ExcelJS.CellValue[][] = [
    ["Mio.", 2016, 2017, "2018, pr. juni.", 2019],
    ["Budgetteret", -18.1, -8.6, 4, 22],
    ["Faktisk", 6.1, 25.3, 11.4, null],
    ["Forskel", 24.2, 33.9, 7.4, null],
  ];
  if (stray) {
    rows[0]?.push("Kommentar");
    rows[1]?.push("foreløbige tal fra juni 2018");
  }
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    })
  );
}

/** Outcomes of 100,000 closed cases, one row per case: 54 % self-supporting. */
async function bigOutcomes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(IN);
  ws.getCell("A1").value = "Udfald";
  for (let i = 0; i < 100_000; i++) {
    const k = i % 100;
    ws.getCell(i + 2, 1).value =
      k < 54 ? "Selvforsørgende" : k < 73 ? "Job- eller uddannelsesparat" : "Anden forsørgelse";
  }
  return bytesOf(workbook);
}

/** A daily extract of 100,000 rows (from 2000-01-01) where KIK needs one row per month. */
async function bigDailyCaseload(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(IN);
  const rows: ExcelJS.CellValue[][] = [];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < 100_000; i++) rows.push([new Date(start + i * 86_400_000), 1000 + (i % 500)]);
  ws.addTable({
    name: "KIK_Sagstal",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Dato" }, { name: "Sagstal" }],
    rows,
  });
  return bytesOf(workbook);
}

/** A budget on a sheet whose name has apostrophes and Ø, below it notes KIK must not read. */
async function oddSheetName(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Budget 'Ø' 2016");
  transposedBudget(ws, false);
  ws.getCell("A6").value = "Kilde: notat 13-11-2018";
  ws.getCell("A7").value = "Andre tal";
  ws.getCell("B7").value = 1;
  ws.getCell("C7").value = 2;
  return bytesOf(workbook);
}

const ODD_SHEET = "Budget 'Ø' 2016";

const XLSX_CASES: WorkbookCase[] = [
  {
    name: CLEAN,
    source: "xlsx",
    build: async () => bytesOf(await aabenraa()),
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: AABENRAA_KEY_FIGURES,
      cells: AABENRAA_VARIANCE,
      formulas: {
        [`${ECONOMY}!G5`]: `IF('KIK Input'!${ACTUAL_2016}="","",'KIK Input'!${ACTUAL_2016})`,
      },
    },
  },
  {
    name: "xlsx: numbers stored as text with Danish decimal commas and thousands dots",
    source: "xlsx",
    build: aabenraaNumbersAsText,
    expect: {
      exit: 0,
      warnings: [],
      sameKeyFiguresAs: CLEAN,
      // Numbers stored as text are written as values (a formula cannot compute with them).
      cells: { ...AABENRAA_VARIANCE, [`${ECONOMY}!D5`]: -18.1, [`${ECONOMY}!G6`]: 25.3 },
      formulas: { [`${ECONOMY}!D5`]: "", [`${ECONOMY}!G6`]: "" },
    },
  },
  {
    name: "xlsx: real error cells (#N/A typed, #DIV/0! from a formula)",
    source: "xlsx",
    build: aabenraaWith({
      [at("budget", "actual", 2)]: { error: "#N/A" } as ExcelJS.CellErrorValue,
      [at("caseload", "count", 2)]: {
        formula: "661/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue,
    }),
    expect: {
      exit: 2,
      errors: [
        `${IN}!${at("budget", "actual", 2)}: indeholder fejlen #N/A (Faktisk) – forventede et beløb`,
        `${IN}!${at("caseload", "count", 2)}: indeholder fejlen #DIV/0! (Sagstal) – forventede et antal`,
      ],
    },
  },
  {
    name: "xlsx: real error cells, messages in English",
    source: "xlsx",
    build: aabenraaWith({
      [at("budget", "actual", 2)]: { error: "#N/A" } as ExcelJS.CellErrorValue,
      [at("caseload", "count", 2)]: {
        formula: "661/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue,
    }),
    args: ["--lang", "en"],
    language: "en",
    expect: {
      exit: 2,
      errors: [
        // Columns are named as their headers are written (the template's Danish ones).
        `${IN}!${at("budget", "actual", 2)}: contains the error #N/A (Faktisk) – expected an amount, e.g. -18.1`,
        `${IN}!${at("caseload", "count", 2)}: contains the error #DIV/0! (Sagstal) – expected a count, e.g. 563`,
      ],
    },
  },
  {
    name: "xlsx: merged data cells inside an Excel table",
    source: "xlsx",
    build: async () => {
      const workbook = await aabenraa();
      inputSheet(workbook).mergeCells(`${at("budget", "actual", 1)}:${at("budget", "actual", 2)}`);
      return bytesOf(workbook);
    },
    expect: {
      exit: 2,
      errors: [
        `${IN}!${at("budget", "actual", 1)}:${at("budget", "actual", 2)}: flettede celler i budgettabellen (Faktisk) – ophæv fletningen, og skriv én værdi i hver celle`,
      ],
    },
  },
  {
    name: "xlsx: merged data cells, messages in English",
    source: "xlsx",
    build: async () => {
      const workbook = await aabenraa();
      inputSheet(workbook).mergeCells(`${at("budget", "actual", 1)}:${at("budget", "actual", 2)}`);
      return bytesOf(workbook);
    },
    args: ["--lang", "en"],
    language: "en",
    expect: {
      exit: 2,
      errors: [
        `${IN}!${at("budget", "actual", 1)}:${at("budget", "actual", 2)}: merged cells in the budget table (Faktisk) – unmerge them and write one value in each cell`,
      ],
    },
  },
  {
    name: "xlsx: a merged title over a table and a merged outcome label (read on every row)",
    source: "xlsx",
    build: async () => {
      const workbook = await aabenraa();
      const ws = inputSheet(workbook);
      ws.mergeCells(titleOver("budget"));
      // The label "Selvforsørgende" now covers the first two outcome rows (54 + 19 cases).
      ws.mergeCells(`${at("outcomes", "label", 1)}:${at("outcomes", "label", 2)}`);
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: {
        ...AABENRAA_KEY_FIGURES,
        "Andel selvforsørgende": "73,0 %",
      },
      cells: AABENRAA_VARIANCE,
    },
  },
  {
    name: "xlsx: formula cells with cached results in the input (Faktisk, Beløb, Sagstal)",
    source: "xlsx",
    build: aabenraaWith({
      [at("budget", "actual", 1)]: { formula: "2+4.1", result: 6.1 },
      [at("budget", "actual", 2)]: { formula: "20+5.3", result: 25.3 },
      [at("budget", "actual", 3)]: { formula: "SUM(5.4,6)", result: 11.4 },
      [at("investment", "amount", 1)]: { formula: "30+4.5", result: 34.5 },
      [at("caseload", "count", 5)]: { formula: "500-5", result: 495 },
    }),
    expect: {
      exit: 0,
      warnings: [],
      sameKeyFiguresAs: CLEAN,
      cells: AABENRAA_VARIANCE,
      // The result refers to the formula cell, as for any other input cell.
      formulas: {
        [`${ECONOMY}!G5`]: `IF('KIK Input'!${ACTUAL_2016}="","",'KIK Input'!${ACTUAL_2016})`,
      },
    },
  },
  {
    name: "xlsx: formula-looking outcome labels stored as text stay text",
    source: "xlsx",
    build: () => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet(IN);
      const rows: ExcelJS.CellValue[][] = [
        ["Udfald", "Antal"],
        ["Selvforsørgende", 50],
        ['=HYPERLINK("x","Job")', 10],
        ["+45 12345678", 10],
        ["@foo", 10],
        ["-x", 10],
        ["=1+1", 10],
      ];
      rows.forEach((row) => ws.addRow(row));
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: { "Andel selvforsørgende": "100,0 %" },
      notes: [
        `Udfaldet »=HYPERLINK("x","Job")« ('KIK Input'!A3) kendes ikke af KIK`,
        "Udfaldet »+45 12345678« ('KIK Input'!A4) kendes ikke af KIK",
        "Udfaldet »=1+1« ('KIK Input'!A7) kendes ikke af KIK",
      ],
      textCells: {
        [OVERVIEW]: [
          "Selvforsørgende",
          '=HYPERLINK("x","Job")',
          "+45 12345678",
          "@foo",
          "-x",
          "=1+1",
        ],
      },
    },
  },
  {
    name: "xlsx: months as text in several notations instead of date cells",
    source: "xlsx",
    build: aabenraaWith({
      [at("caseload", "month", 1)]: "2015-06",
      [at("caseload", "month", 2)]: "januar 2017",
      [at("caseload", "month", 3)]: "jul. 2017",
      [at("caseload", "month", 4)]: "2017M12",
      [at("caseload", "month", 5)]: "05-2018",
      [at("caseload", "month", 6)]: "1. december 2018",
    }),
    expect: { exit: 0, warnings: [], sameKeyFiguresAs: CLEAN },
  },
  {
    name: "xlsx: months as date serial numbers whose date format was lost",
    source: "xlsx",
    build: aabenraaWith({
      [at("caseload", "month", 1)]: 42156,
      [at("caseload", "month", 2)]: 42736,
      [at("caseload", "month", 3)]: 42917,
      [at("caseload", "month", 4)]: 43070,
      [at("caseload", "month", 5)]: 43221,
      [at("caseload", "month", 6)]: 43435,
    }),
    expect: { exit: 0, warnings: [], sameKeyFiguresAs: CLEAN },
  },
  {
    name: "xlsx: months out of order and a blank Faktisk",
    source: "xlsx",
    build: aabenraaWith({
      [at("caseload", "month", 1)]: new Date(Date.UTC(2017, 6, 1)),
      [at("caseload", "count", 1)]: 563,
      [at("caseload", "original", 1)]: 387,
      [at("caseload", "newcomers", 1)]: 176,
      [at("caseload", "month", 3)]: new Date(Date.UTC(2015, 5, 1)),
      [at("caseload", "count", 3)]: 1008,
      [at("caseload", "original", 3)]: 1008,
      [at("caseload", "newcomers", 3)]: 0,
      [at("budget", "actual", 3)]: null,
    }),
    expect: {
      exit: 0,
      warnings: [
        `${IN}!${at("caseload", "month", 2)}: 2017-01 står efter 2017-07 – KIK sorterer rækkerne efter måned`,
      ],
      keyFigures: {
        ...AABENRAA_KEY_FIGURES,
        "Faktisk resultat hidtil (mio. kr.)": "31,4 mio. kr.",
        "Afvigelse mod budget i alt (mio. kr.)": "58,1 mio. kr.",
      },
      cells: { ...AABENRAA_VARIANCE, [`${ECONOMY}!H7`]: "", [`${ECONOMY}!G7`]: "" },
    },
  },
  {
    name: "xlsx: negative count and duplicate year in the template's tables",
    source: "xlsx",
    build: aabenraaWith({ [at("caseload", "count", 2)]: -661, [at("budget", "year", 3)]: 2017 }),
    expect: {
      exit: 2,
      errors: [
        `${IN}!${at("caseload", "count", 2)}: -661 er negativ (Sagstal) – et antal kan ikke være negativt`,
        `${IN}!${at("budget", "year", 3)}: året 2017 står to gange (også i ${IN}!${at("budget", "year", 2)}) – hvert år må kun stå én gang`,
      ],
    },
  },
  {
    name: "xlsx: a date where an amount belongs and TRUE where a count belongs",
    source: "xlsx",
    // Danish Excel turns "6.1" typed into a number cell into 6 January (and a date format).
    build: aabenraaWith(
      {
        [at("budget", "budgeted", 2)]: new Date(Date.UTC(2016, 0, 6)),
        [at("outcomes", "count", 1)]: true,
      },
      { [at("budget", "budgeted", 2)]: "dd-mm-yyyy" }
    ),
    expect: {
      exit: 2,
      errors: [
        `${IN}!${at("budget", "budgeted", 2)}: en dato (06-01-2016) er ikke et tal (Budgetteret) – har Excel læst tallet som en dato?`,
        `${IN}!${at("outcomes", "count", 1)}: SAND er ikke et tal (Antal) – forventede et antal sager, fx 54`,
      ],
    },
  },
  {
    name: "xlsx: sheets named KIK Overblik and KIK Økonomi that KIK did not make",
    source: "xlsx",
    build: async () => {
      const workbook = await aabenraa();
      userSheet(workbook, OVERVIEW, "Vores eget overblik");
      userSheet(workbook, ECONOMY, "Økonomiafdelingens ark");
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      resultSheets: [
        "KIK Overblik (2)",
        "KIK Økonomi (2)",
        CASELOAD,
        "KIK Antagelser",
        "KIK Følsomhed",
      ],
      sameKeyFiguresAs: CLEAN,
      cells: {
        "KIK Økonomi (2)!H5": 24.2,
        "KIK Økonomi (2)!H6": 33.9,
        "KIK Økonomi (2)!H7": 7.4,
        "KIK Økonomi (2)!H8": "",
      },
      // The overview refers to KIK's economy sheet, not the user's (the budget beside the expected result).
      formulas: { "KIK Overblik (2)!C12": "'KIK Økonomi (2)'!$D$9" },
    },
  },
  {
    name: "xlsx: KIK_GENERATED_OVERVIEW is #REF! (KIK's overview was deleted)",
    source: "xlsx",
    build: () => deletedOverview(false),
    expect: {
      exit: 0,
      resultSheets: [OVERVIEW, ECONOMY, CASELOAD, "KIK Antagelser", "KIK Følsomhed"],
      sameKeyFiguresAs: CLEAN,
      cells: AABENRAA_VARIANCE,
    },
  },
  {
    name: "xlsx: KIK_GENERATED_OVERVIEW is #REF! and the user made their own KIK Overblik",
    source: "xlsx",
    build: () => deletedOverview(true),
    expect: {
      exit: 0,
      resultSheets: ["KIK Overblik (2)", ECONOMY, CASELOAD, "KIK Antagelser", "KIK Følsomhed"],
      sameKeyFiguresAs: CLEAN,
      cells: AABENRAA_VARIANCE,
    },
  },
  {
    name: "xlsx: a transposed budget (as the seed note prints it) with a stray column",
    source: "xlsx",
    build: () => {
      const workbook = new ExcelJS.Workbook();
      transposedBudget(workbook.addWorksheet(IN), true);
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      warnings: ["KIK Input!F1: kolonnen »Kommentar« kendes ikke i budgettabellen"],
      keyFigures: BUDGET_ONLY_KEY_FIGURES,
      cells: { ...AABENRAA_VARIANCE, [`${ECONOMY}!A7`]: 2018 },
    },
  },
  {
    name: "xlsx: an empty workbook (one blank sheet)",
    source: "xlsx",
    build: () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Ark1");
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: {},
      notes: ["Ingen budgettabel i inputtet", "Ingen sagstalstabel i inputtet"],
    },
  },
  {
    name: "xlsx: a workbook without any sheet",
    source: "xlsx",
    build: () => bytesOf(new ExcelJS.Workbook()),
    expect: { exit: 0, warnings: [], keyFigures: {}, notes: ["Ingen budgettabel i inputtet"] },
  },
  {
    name: "xlsx: the only sheet is hidden",
    source: "xlsx",
    build: async () => {
      const workbook = await aabenraa();
      inputSheet(workbook).state = "hidden";
      return bytesOf(workbook);
    },
    expect: {
      exit: 0,
      sameKeyFiguresAs: CLEAN,
      cells: AABENRAA_VARIANCE,
      hiddenSheets: [IN],
    },
  },
  {
    name: "xlsx: a budget on a sheet named with apostrophes and Ø, selected explicitly",
    source: "xlsx",
    build: oddSheetName,
    args: ["--budget", "'Budget ''Ø'' 2016'!A1:E3"],
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: BUDGET_ONLY_KEY_FIGURES,
      cells: AABENRAA_VARIANCE,
      formulas: {
        [`${ECONOMY}!A5`]: "'Budget ''Ø'' 2016'!$B$1",
        [`${ECONOMY}!G6`]: `IF('Budget ''Ø'' 2016'!$C$3="","",'Budget ''Ø'' 2016'!$C$3)`,
      },
    },
  },
  {
    name: "xlsx: a selection whose sheet name's apostrophes are not doubled",
    source: "xlsx",
    build: oddSheetName,
    args: ["--budget", "'Budget 'Ø' 2016'!A1:E3"],
    expect: {
      exit: 2,
      errors: [`arket »'${ODD_SHEET}'« findes ikke (budgettabellen: »'${ODD_SHEET}'!A1:E3«)`],
    },
  },
  {
    name: "xlsx: 100,000 closed cases, one row per case",
    source: "xlsx",
    build: bigOutcomes,
    expect: {
      exit: 0,
      warnings: [],
      keyFigures: { "Andel selvforsørgende": "54,0 %" },
      // Counted by formulas over all 100,000 input rows, with KIK's counts cached.
      cells: {
        // The headline share (decision table) and the outcome table under "Alle nøgletal".
        [`${OVERVIEW}!B11`]: 0.54,
        [`${OVERVIEW}!C66`]: 54_000,
        [`${OVERVIEW}!C67`]: 19_000,
        [`${OVERVIEW}!C68`]: 27_000,
        [`${OVERVIEW}!B75`]: 100_000,
      },
      formulas: {
        [`${OVERVIEW}!C66`]: "SUMPRODUCT(('KIK Input'!$A$2:$A$100001=A66)*1)",
      },
    },
  },
  {
    name: "xlsx: a 100,000-row caseload of daily dates (one row per month expected)",
    source: "xlsx",
    build: bigDailyCaseload,
    expect: {
      exit: 2,
      errors: [
        "KIK Input!A3: måneden 2000-01 står to gange (også i KIK Input!A2) – hver måned må kun stå én gang",
        // At most 50 problems per table are listed; the rest are counted in one line.
        // 100,000 days from 2000-01-01 fall in 3,286 months: 96,714 duplicates, 50 shown.
        "… og 96.664 problemer mere i sagstalstabellen, som ikke vises",
      ],
      errorLines: 51,
    },
  },
];

/** The whole workbook corpus. */
export const WORKBOOK_CASES: readonly WorkbookCase[] = [...GRID_CASES, ...XLSX_CASES];
