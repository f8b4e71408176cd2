/**
 * KIK's native charts in the command line's copy, as a second reader sees them: LibreOffice
 * opens the output and
 * - renders each sheet with a chart to a PNG under artifacts/cli-charts/ (PDF export of that
 *   sheet alone, fitted to one page, then pdftoppm), for a person to look at;
 * - writes the workbook back as .xlsx: its chart parts hold the same chart types, series names,
 *   categories and value ranges, which it only can if it read KIK's chart XML.
 * Charts: the example's report (cumulative net result on KIK Økonomi; caseload against target
 * path and projection on KIK Sagstal, measurements with markers and gaps) and a combined
 * column + line chart with a blank point.
 * Needs LibreOffice and poppler-utils (.ci/run installs both).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { EMPTY_SUMMARY, type ReportPlan } from "../../src/report/plan";
import { newWorkbookBytes } from "../../src/xlsx/new-workbook";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { writeReport } from "../../src/xlsx/write-report";
import { hasLibreOffice, recalculate } from "../libreoffice/recalc";
import { sheet } from "./helpers";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "aabenraa-kik.xlsx");
const ARTIFACTS = path.join(ROOT, "artifacts", "cli-charts");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-charts-"));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A plan with one combined chart: two column series (one with a blank year) and a line. */
function combinedPlan(): ReportPlan {
  const years = [2016, 2017, 2018, 2019];
  const budgeted = [-18.1, -8.6, 12.4, 15.0];
  const actual = [6.1, 25.3, null, 11.0];
  const cells = [
    { row: 1, column: 1, value: "Kombineret diagram", style: "title" as const },
    { row: 3, column: 1, value: "År", style: "header" as const },
    { row: 3, column: 2, value: "Budgetteret", style: "header" as const },
    { row: 3, column: 3, value: "Faktisk", style: "header" as const },
    { row: 3, column: 4, value: "Akkumuleret", style: "header" as const },
    ...years.flatMap((y, i) => [
      { row: 4 + i, column: 1, value: y, numberFormat: "0" },
      { row: 4 + i, column: 2, value: budgeted[i]!, numberFormat: "#,##0.0" },
      ...(actual[i] === null
        ? []
        : [{ row: 4 + i, column: 3, value: actual[i]!, numberFormat: "#,##0.0" }]),
      {
        row: 4 + i,
        column: 4,
        value: budgeted.slice(0, i + 1).reduce((s, v) => s + v, 0),
        formula: `SUM($B$4:B${4 + i})`,
        numberFormat: "#,##0.0",
      },
    ]),
  ];
  const column = (c: number) => ({ top: 4, left: c, bottom: 7, right: c });
  return {
    language: "da",
    keyFigures: [],
    summary: EMPTY_SUMMARY,
    notes: [],
    sheets: [
      sheet("economy", "KIK Økonomi", cells, {
        columnWidths: [10, 14, 14, 14],
        charts: [
          {
            kind: "column",
            title: "Budgetteret, faktisk og akkumuleret",
            categories: column(1),
            series: [
              { name: "Budgetteret", values: column(2) },
              { name: "Faktisk", values: column(3) },
              { name: "Akkumuleret", values: column(4), kind: "line", markers: true },
            ],
            anchor: { top: 9, left: 1, bottom: 28, right: 8 },
          },
        ],
      }),
    ],
  };
}

interface SheetChart {
  sheet: string;
  sheetPart: string;
  charts: string[];
}

/** The sheets of a package that hold charts, with their chart parts. */
async function chartSheets(bytes: Uint8Array): Promise<SheetChart[]> {
  const book = await XlsxWorkbook.open(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const out: SheetChart[] = [];
  for (const s of book.sheets) {
    if (s.part === null) continue;
    const rels = zip.file(s.part.replace(/([^/]+)$/, "_rels/$1.rels"));
    if (rels === null) continue;
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(await rels.async("string"));
    if (drawing === null) continue;
    const drawingRels = await zip.file(`xl/drawings/_rels/${drawing[1]}.rels`)!.async("string");
    const charts = [...drawingRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => `xl/charts/${m[1]}`
    );
    out.push({ sheet: s.name, sheetPart: s.part, charts });
  }
  return out;
}

/**
 * A copy of the package in which only `target` is visible and printed on one landscape page
 * (the copy is for rendering; KIK's output itself is not changed).
 */
async function printCopy(bytes: Uint8Array, target: SheetChart): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await XlsxWorkbook.open(bytes);
  let workbook = await zip.file("xl/workbook.xml")!.async("string");
  const index = book.sheets.findIndex((s) => s.name === target.sheet);
  let i = 0;
  workbook = workbook.replace(/<sheet [^>]*?\/>/g, (tag) =>
    i++ === index ? tag : tag.replace("<sheet ", '<sheet state="hidden" ')
  );
  workbook = workbook.replace(/activeTab="\d+"/, `activeTab="${index}"`);
  if (!workbook.includes("activeTab="))
    workbook = workbook.replace("<workbookView", `<workbookView activeTab="${index}"`);
  let xml = await zip.file(target.sheetPart)!.async("string");
  // KIK's own page setup (issue 11) gives way to the one-page landscape print of this copy.
  xml = xml.replace(/<sheetPr>[\s\S]*?<\/sheetPr>/, "").replace(/<pageSetup [^>]*\/>/, "");
  // A sheet far taller than its charts (KIK Følsomhed's 1,000-row draw table, issue 12) does not
  // fit one page: print the area with the charts (the first 60 rows) instead.
  const lastRow = Number(/<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(xml)?.[1] ?? 0);
  // LibreOffice's PDF export prints the print areas of hidden sheets too, and a sheet's own print
  // area may leave its chart out (KIK Sagstal prints its table only): drop them all, so the page
  // shows the sheet's used range with its charts, or the area set below when it is cut to them.
  workbook = workbook.replace(
    /<definedName name="_xlnm\.Print_(?:Area|Titles)" localSheetId="(\d+)">[^<]*<\/definedName>/g,
    ""
  );
  if (lastRow > 200) {
    const area =
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">` +
      `'${target.sheet.replace(/'/g, "''")}'!$A$1:$AD$60</definedName>`;
    workbook = workbook.includes("<definedNames>")
      ? workbook.replace("<definedNames>", `<definedNames>${area}`)
      : workbook.replace("</sheets>", `</sheets><definedNames>${area}</definedNames>`);
  }
  zip.file("xl/workbook.xml", workbook);
  xml = xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  xml = xml.replace(
    /(<pageMargins[^>]*\/>)/,
    '$1<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="1"/>'
  );
  zip.file(target.sheetPart, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Renders `file` (one visible sheet) to a PDF with LibreOffice, then its first page to `png`. */
function render(file: string, png: string): void {
  const work = fs.mkdtempSync(path.join(dir, "lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      file,
    ],
    { stdio: "pipe", timeout: 300_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } }
  );
  const pdf = path.join(work, `${path.parse(file).name}.pdf`);
  expect(fs.existsSync(pdf)).toBe(true);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }));
  expect(Number(pages?.[1])).toBe(1);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", pdf, png.replace(/\.png$/, "")]);
}

/** XML text as text (the five predefined entities). */
const unescape = (t: string): string =>
  t
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Chart types, series names, categories and value ranges of a chart part. */
function summary(xml: string): {
  types: string[];
  series: { name: string; cat: string; val: string }[];
} {
  const types = [...xml.matchAll(/<c:(lineChart|barChart)>/g)].map((m) => m[1]!);
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const s = m[1]!;
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(s)?.[1] ?? "";
    const cat = /<c:cat>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(s)?.[1] ?? "";
    const val = /<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(s)?.[1] ?? "";
    const plain = (f: string): string => unescape(f).replace(/\$/g, "");
    return { name: unescape(name), cat: plain(cat), val: plain(val) };
  });
  return { types: [...new Set(types)].sort(), series };
}

test("LibreOffice and pdftoppm are installed", () => {
  expect(hasLibreOffice()).toBe(true);
  expect(() => execFileSync("pdftoppm", ["-v"], { stdio: "pipe" })).not.toThrow();
});

test("the charts render in LibreOffice and survive its reading and writing", async () => {
  const report = path.join(dir, "eksempel-resultat.xlsx");
  const code = await main(["report", EXAMPLE, "-o", report], {
    out: () => undefined,
    err: () => undefined,
  });
  expect(code).toBe(0);
  const combined = path.join(dir, "kombineret.xlsx");
  const blank = await newWorkbookBytes(
    [
      {
        name: "Ark1",
        cells: [],
        columnWidths: [],
        freeze: { rows: 0, columns: 0 },
        tables: [],
        charts: [],
      },
    ],
    "da"
  );
  fs.writeFileSync(
    combined,
    (await writeReport(await XlsxWorkbook.open(new Uint8Array(blank)), combinedPlan())).bytes
  );

  const rendered: string[] = [];
  for (const [stem, file] of [
    ["eksempel", report],
    ["kombineret", combined],
  ] as const) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const sheets = await chartSheets(bytes);
    expect(sheets.length).toBeGreaterThan(0);

    // Each chart sheet alone, to PNG.
    for (const s of sheets) {
      const slug = s.sheet.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      const copy = path.join(dir, `${stem}-${slug}.xlsx`);
      fs.writeFileSync(copy, await printCopy(bytes, s));
      const png = path.join(ARTIFACTS, `${stem}-${slug}.png`);
      render(copy, png);
      expect(fs.statSync(png).size).toBeGreaterThan(10_000);
      rendered.push(path.relative(ROOT, png));
    }

    // LibreOffice reads the charts and writes them back with the same series.
    const zip = await JSZip.loadAsync(bytes);
    const ours = await Promise.all(
      sheets.flatMap((s) => s.charts).map(async (c) => summary(await zip.file(c)!.async("string")))
    );
    const back = await JSZip.loadAsync(fs.readFileSync(recalculate(file)));
    const theirs = await Promise.all(
      Object.keys(back.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map(async (n) => summary(await back.file(n)!.async("string")))
    );
    expect(theirs).toHaveLength(ours.length);
    for (const chart of ours) expect(theirs).toContainEqual(chart);
  }
  expect(rendered.length).toBeGreaterThanOrEqual(3);
  expect(rendered).toContain("artifacts/cli-charts/kombineret-kik-konomi.png");
});
