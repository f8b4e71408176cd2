/**
 * The real-files corpus (fixtures.ts: packages shaped the way Excel, LibreOffice, Strict Open
 * XML writers, openpyxl and streaming writers write them, and files that are not workbooks at
 * all) through the command line's reader, and through `kik report` end to end (in process, with
 * the real readers, report builder and writer).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { main } from "../../../src/cli/main";
import type { GridValue } from "../../../src/input/grid";
import { parseLocalAddress } from "../../../src/sheet";
import { XlsxReadError, XlsxWorkbook } from "../../../src/xlsx/workbook";
import {
  buildWorkbook,
  CASES,
  DATE1904_OFFSET,
  fileNameOf,
  serialOf,
  type Expected,
  type FixtureCase,
} from "./fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-real-files-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const byId = (id: string): FixtureCase => {
  const c = CASES.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no case ${id}`);
  return c;
};

/** A probe's expected value as the view gives it (dates as 1900-system serials). */
function asGridValue(e: Expected): GridValue | undefined {
  if (e === null) return undefined;
  if (typeof e === "object") return { date: serialOf(e.date) };
  return e;
}

/** A table's A1 range text as the view's range. */
function rangeOf(sheet: string, ref: string) {
  return { sheet, ...parseLocalAddress(ref)! };
}

const WORKBOOKS = CASES.filter((c) => c.kind === "xlsx" || c.kind === "xlsm");
const NOT_WORKBOOKS = CASES.filter((c) => c.kind !== "xlsx" && c.kind !== "xlsm");

describe("the reader on every real-file case", () => {
  test.each(WORKBOOKS.map((c) => [c.id, c] as const))("%s: probes, tables, names", async (_, c) => {
    const book = await XlsxWorkbook.open(await c.make());
    const view = book.view();
    for (const p of c.probes) {
      const grid = view.grid(rangeOf(p.sheet, p.cell));
      const got = grid.values[0]?.[0];
      expect({ cell: `${p.sheet}!${p.cell}`, value: got ?? undefined }).toEqual({
        cell: `${p.sheet}!${p.cell}`,
        value: asGridValue(p.expect),
      });
    }
    for (const t of c.tables ?? []) {
      const table = view.tables.find((x) => x.name === t.name);
      expect(table?.range).toEqual(rangeOf(t.sheet, t.ref));
      // Header row on top; a totals row is flagged, so the data rows are exactly dataRef.
      const data = rangeOf(t.sheet, t.dataRef);
      expect(table!.range.bottom - (table!.totalsRow ? 1 : 0)).toBe(data.bottom);
      expect(table!.range.top + 1).toBe(data.top);
    }
    for (const n of c.names ?? []) {
      if (n.external === true || n.formula === true) {
        expect(view.names.find((x) => x.name === n.name)).toBeUndefined();
        expect(book.unusableNames()).toContainEqual({
          name: n.name,
          formula: n.refersTo,
          reason: n.external === true ? "external" : "formula",
        });
        continue;
      }
      const named = view.names.find((x) => x.name === n.name);
      expect(named).toBeDefined();
      const g = view.grid(named!.range);
      expect(g.values[0]?.[0]).toEqual(asGridValue(n.expect));
    }
  });

  test.each(NOT_WORKBOOKS.map((c) => [c.id, c] as const))(
    "%s: recognised for what it is",
    async (_, c) => {
      const expected = { ods: "ods", encrypted: "encrypted", csv: "text", xls: "xls" }[
        c.kind as "ods" | "encrypted" | "csv" | "xls"
      ];
      const error = await XlsxWorkbook.open(await c.make()).then(
        () => null,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).kind).toBe(expected);
    }
  );
});

/** Runs `kik report` in process; returns the exit code and the lines written. */
async function kik(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function saveCase(c: FixtureCase): Promise<string> {
  const file = path.join(dir, fileNameOf(c));
  fs.writeFileSync(file, await c.make());
  return file;
}

const resultOf = (file: string, extension = "xlsx"): string =>
  path.join(dir, `${path.parse(file).name}-resultat.${extension}`);

describe("kik report on the real-file cases", () => {
  test('(a) formulas cached 0, FALSE and "" are values, not formulas saved without a result', async () => {
    // A caseload whose target column is a formula that gives "" for months without a target
    // and whose counts come from a formula cached 0 in one month, as Excel saves them.
    const rows = [
      ["Måned", "Sagstal", "Mål"],
      [{ date: "2015-06-01" }, 661, { xml: '<c r="C2"><f>B2-6</f><v>655</v></c>' }],
      [
        { date: "2015-07-01" },
        { xml: '<c r="B3"><f>B2*0</f><v>0</v></c>' },
        { xml: '<c r="C3" t="str"><f>IF(B3&gt;0,B3-6,"")</f><v></v></c>' },
      ],
      [
        { date: "2015-08-01" },
        648,
        { xml: '<c r="C4" t="str"><f t="shared" ref="C4:C4" si="0">IF(B4&gt;0,"","")</f><v/></c>' },
      ],
    ];
    const file = path.join(dir, "a-kik.xlsx");
    fs.writeFileSync(
      file,
      await buildWorkbook({
        sheets: [
          {
            name: "KIK Input",
            rows: rows as never,
            tables: [{ name: "KIK_Sagstal", ref: "A1:C4", columns: ["Måned", "Sagstal", "Mål"] }],
          },
        ],
      }).bytes()
    );
    const r = await kik("report", file);
    expect(r.err).not.toMatch(/resultat|result/i);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sagstal nu: 648");
    expect(fs.existsSync(resultOf(file))).toBe(true);
  });

  test("(b) a totals row is not data: no month »I alt«, no outcome »Total«", async () => {
    const file = await saveCase(byId("b-table-totals-row"));
    const r = await kik("report", file);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sagstal nu: 648");
    // Outcomes Job 60 and Uddannelse 40, both self-support: 100 %, not a third outcome.
    expect(r.out).toContain("Andel selvforsørgende: 100,0 %");
    expect(r.out).not.toMatch(/I alt|Total/);
  });

  test("(b) a totals row without a label is not an outcome either", async () => {
    const file = path.join(dir, "b-blank-totals.xlsx");
    fs.writeFileSync(
      file,
      await buildWorkbook({
        sheets: [
          {
            name: "KIK Input",
            rows: [
              ["Udfald", "Antal"],
              ["Selvforsørgende", 54],
              ["Anden forsørgelse", 46],
              [null, { xml: '<c r="B4"><f>SUBTOTAL(109,KIK_Udfald[Antal])</f><v>100</v></c>' }],
            ],
            tables: [
              {
                name: "KIK_Udfald",
                ref: "A1:B4",
                columns: ["Udfald", "Antal"],
                totals: { label: "", functions: [undefined, "sum"] },
              },
            ],
          },
        ],
      }).bytes()
    );
    const r = await kik("report", file);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Andel selvforsørgende: 54,0 %");
  });

  test("(c) a 1904 workbook: months read right and written back as 1904 serials", async () => {
    const file = await saveCase(byId("c-date1904"));
    const r = await kik("report", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sagstal ved start: 661");
    const bytes = fs.readFileSync(resultOf(file));
    const result = await XlsxWorkbook.open(bytes);
    expect(result.date1904).toBe(true);
    // Every date KIK wrote on KIK Sagstal reads back as a month of the input (June–August 2015),
    // which it would not if 1900 serials had been written into the 1904 workbook (2019).
    const sheet = result.existingSheets().find((s) => s.generatedKind === "caseload")!;
    const view = result.view();
    const used = view.usedRange(sheet.name)!;
    const dates = view
      .grid(used)
      .values.flat()
      .filter((v): v is { date: number } => typeof v === "object" && v !== null && "date" in v);
    expect(dates.length).toBeGreaterThan(0);
    // 1900 serials written into the 1904 workbook would read back four years late (2019).
    expect(Math.min(...dates.map((d) => d.date))).toBe(serialOf("2015-06-01"));
    for (const d of dates) expect(d.date).toBeLessThan(serialOf("2019-06-01"));
    // … and the part holds the 1904 serial of June 2015.
    const zip = await JSZip.loadAsync(bytes);
    const part = result.sheet(sheet.name)!.part!;
    const xml = await zip.file(part)!.async("string");
    expect(xml).toContain(`<v>${serialOf("2015-06-01") - DATE1904_OFFSET}</v>`);
  });

  test.each(["d-iso-date-cells", "g-libreoffice-table", "h-strict"])(
    "(%s) the caseload is read and the copy is written",
    async (id) => {
      const file = await saveCase(byId(id));
      const r = await kik("report", file);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("Sagstal ved start: 661");
      expect(r.out).toContain("Sagstal nu: 648");
      const result = await XlsxWorkbook.open(fs.readFileSync(resultOf(file)));
      expect(
        result.existingSheets().filter((s) => s.generatedKind !== null).length
      ).toBeGreaterThan(0);
    }
  );

  test.each(["e1-names-global-first", "e2-names-local-first"])(
    "(%s) a name that is a formula or points into another workbook: an error naming it",
    async (id) => {
      const file = await saveCase(byId(id));
      const formula = await kik("report", file, "--caseload", "Dynamisk");
      expect(formula.code).toBe(2);
      expect(formula.err).toContain("Dynamisk");
      expect(formula.err).toContain("OFFSET");
      const external = await kik("report", file, "--caseload", "Ekstern", "--lang", "en");
      expect(external.code).toBe(2);
      expect(external.err).toContain("Ekstern");
      expect(external.err).toMatch(/another workbook/i);
      expect(fs.existsSync(resultOf(file))).toBe(false);
    }
  );

  test("(f) rows and cells without r: the table's cells are read where they are", async () => {
    const n = (v: number, style = ""): string => `<c${style}><v>${v}</v></c>`;
    const sheetData = (strings: { add(text: string): number }): string => {
      const s = (t: string): string => `<c t="s"><v>${strings.add(t)}</v></c>`;
      const month = (d: string): string => n(serialOf(d), ' s="2"');
      return (
        `<row>${s("Måned")}${s("Sagstal")}</row>` +
        `<row>${month("2015-06-01")}${n(661)}</row>` +
        `<row r="4">${month("2015-08-01")}<c r="B4"><v>648</v></c></row>` +
        `<row>${month("2015-09-01")}${n(640)}</row>`
      );
    };
    const file = path.join(dir, "f-kik.xlsx");
    fs.writeFileSync(
      file,
      await buildWorkbook({
        application: "streaming writer",
        sheets: [
          {
            name: "KIK Input",
            sheetData,
            tables: [{ name: "KIK_Sagstal", ref: "A1:B5", columns: ["Måned", "Sagstal"] }],
          },
        ],
      }).bytes()
    );
    const r = await kik("report", file);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sagstal ved start: 661");
    expect(r.out).toContain("Sagstal nu: 640");
  });

  test("(j) sheet names with an apostrophe: print areas and names kept verbatim", async () => {
    const file = await saveCase(byId("j-quoted-sheet-names"));
    const r = await kik("report", file);
    expect(r.code).toBe(0);
    const names = async (bytes: Uint8Array) => {
      const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
      return xml.match(/<definedName [^>]*>[^<]*<\/definedName>/g) ?? [];
    };
    const before = await names(fs.readFileSync(file));
    const after = await names(fs.readFileSync(resultOf(file)));
    expect(before.length).toBeGreaterThan(0);
    for (const n of before) expect(after).toContain(n);
  });

  test("(k) an .xlsm stays an .xlsm with its VBA project", async () => {
    const file = await saveCase(byId("k-rich-xlsm"));
    const r = await kik("report", file);
    expect(r.code).toBe(0);
    const out = resultOf(file, "xlsm");
    expect(fs.existsSync(out)).toBe(true);
    const a = await JSZip.loadAsync(fs.readFileSync(file));
    const b = await JSZip.loadAsync(fs.readFileSync(out));
    const vba = Object.keys(a.files).find((n) => /vbaProject\.bin$/i.test(n))!;
    expect(await b.file(vba)!.async("nodebuffer")).toEqual(await a.file(vba)!.async("nodebuffer"));
    const types = await b.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test.each([
    ["i1-ods-renamed", /OpenDocument/],
    ["i2-encrypted", /adgangskode/],
    ["i3-csv-renamed", /tekstfil/],
    ["i4-xls-renamed", /\.xls, Excel 97/],
  ] as const)(
    "(%s) a Danish message saying what the file is; nothing written",
    async (id, what) => {
      const file = await saveCase(byId(id));
      const r = await kik("report", file);
      expect(r.code).toBe(2);
      expect(r.err).toContain("kan ikke læses som en Excel-projektmappe");
      expect(r.err).toMatch(what);
      // No zip library's text ("end of central directory", "zip file").
      expect(r.err).not.toMatch(/central directory|zip file|Uventet/i);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(fs.existsSync(resultOf(file))).toBe(false);
    }
  );

  test("--lang en: the same in English", async () => {
    const file = await saveCase(byId("i2-encrypted"));
    const r = await kik("report", file, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot be read as an Excel workbook/i);
    expect(r.err).toContain("protected with a password");
    expect(r.err).not.toMatch(/central directory|zip file|adgangskode/i);
  });

  test("a damaged workbook (cut off half way) and a zip that is not a workbook: one Danish line", async () => {
    const example = fs.readFileSync(
      path.resolve(__dirname, "..", "..", "..", "examples", "aabenraa-kik.xlsx")
    );
    const cut = path.join(dir, "afbrudt.xlsx");
    fs.writeFileSync(cut, example.subarray(0, Math.floor(example.length / 2)));
    const zip = new JSZip();
    zip.file("billede.txt", "ikke et regneark");
    const other = path.join(dir, "zip.xlsx");
    fs.writeFileSync(other, await zip.generateAsync({ type: "nodebuffer" }));
    for (const [file, what] of [
      [cut, /beskadiget/],
      [other, /zip-fil, men ikke en Excel-projektmappe/],
    ] as const) {
      const r = await kik("report", file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(what);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/central directory|corrupted|Uventet|Unexpected/i);
    }
  });

  test("a whole zip whose input sheet is cut off, or missing, is damaged: no report from part of the data", async () => {
    const example = fs.readFileSync(
      path.resolve(__dirname, "..", "..", "..", "examples", "aabenraa-kik.xlsx")
    );
    const source = await JSZip.loadAsync(example);
    const sheetPart = Object.keys(source.files).find((f) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(f)
    );
    expect(sheetPart).toBeDefined();
    const xml = await source.file(sheetPart as string)!.async("string");
    const cut = await JSZip.loadAsync(example);
    cut.file(sheetPart as string, xml.slice(0, Math.floor(xml.length / 2)));
    const missing = await JSZip.loadAsync(example);
    missing.remove(sheetPart as string);
    const files: string[] = [];
    for (const [name, zip] of [
      ["halvt-ark.xlsx", cut],
      ["manglende-ark.xlsx", missing],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
      files.push(file);
    }
    for (const file of files) {
      const output = path.join(dir, `${path.basename(file, ".xlsx")}-resultat.xlsx`);
      const r = await kik("report", file, "-o", output);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/beskadiget/);
      expect(fs.existsSync(output)).toBe(false);
    }
  });
});
