/**
 * The command line as users run it: `node bin/kik.js …` in a child process, on the example and
 * on bad inputs. Exit codes, messages naming sheet!cell, no stack traces, the input's bytes
 * unchanged, and the result read back.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existingSheets, workbookView } from "../xlsx/exceljs-view";
import { templateWorkbook } from "../xlsx/helpers";
import { AABENRAA } from "../../scripts/make-example";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "aabenraa-kik.xlsx");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-cli-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function kik(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.KIK_DEBUG;
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "kik.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sha(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** No stack trace lines ("    at foo (file.ts:1:2)"). */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

function copyExample(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(EXAMPLE, file);
  return file;
}

describe("kik report", () => {
  test("the example: key figures on stdout, the result in a copy, the input's bytes unchanged", async () => {
    const input = copyExample("aabenraa.xlsx");
    const before = sha(input);
    const r = kik("report", input);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Nøgletal:");
    // Every key figure has a value or a dash (a payback year not reached yet), never an empty line end.
    expect(
      r.stdout.split("\n").filter((line) => /:\s*$/.test(line) && line.startsWith("  "))
    ).toEqual([]);
    expect(r.stdout).toContain(path.join(dir, "aabenraa-resultat.xlsx"));
    expect(sha(input)).toBe(before);

    const wb = await read(path.join(dir, "aabenraa-resultat.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KIK Input",
      "KIK Overblik",
      "KIK Økonomi",
      "KIK Sagstal",
      "KIK Antagelser",
      "KIK Følsomhed",
    ]);
    expect(existingSheets(wb).filter((s) => s.generatedKind !== null)).toHaveLength(5);
    // The input sheet is copied as it was.
    const inView = workbookView(await read(input));
    const outView = workbookView(wb);
    const used = inView.usedRange("KIK Input")!;
    expect(outView.grid(used)).toEqual(inView.grid(used));
    expect(outView.tables.filter((t) => t.range.sheet === "KIK Input")).toEqual(inView.tables);
  });

  test("a re-run on the result reuses KIK's sheets instead of adding new ones", async () => {
    const first = path.join(dir, "aabenraa-resultat.xlsx");
    if (!fs.existsSync(first)) expect(kik("report", copyExample("aabenraa.xlsx")).status).toBe(0);
    const again = path.join(dir, "igen.xlsx");
    const r = kik("report", first, "-o", again);
    expect(r.status).toBe(0);
    const wb = await read(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KIK Input",
      "KIK Overblik",
      "KIK Økonomi",
      "KIK Sagstal",
      "KIK Antagelser",
      "KIK Følsomhed",
    ]);
  });

  test("--lang en: English sheets and messages", async () => {
    const input = copyExample("english.xlsx");
    const out = path.join(dir, "sub", "folder", "english-result.xlsx");
    const r = kik("report", input, "--lang", "en", "-o", out, "--verbose");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Key figures:");
    expect(r.stderr).toContain("Reading ");
    expect(r.stderr).toContain("Calculating");
    expect(r.stderr).toContain("Writing ");
    const wb = await read(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KIK Input",
      "KIK Overview",
      "KIK Economy",
      "KIK Caseload",
      "KIK Assumptions",
      "KIK Sensitivity",
    ]);
  });

  test("errors in the input: exit 2, each naming sheet and cell, nothing written", async () => {
    const wb = await templateWorkbook("da", AABENRAA);
    wb.getWorksheet("KIK Input")!.getCell("B9").value = "abc";
    const input = path.join(dir, "fejl.xlsx");
    await wb.xlsx.writeFile(input);
    const before = sha(input);
    const r = kik("report", input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${input} har fejl – der er ikke skrevet noget`);
    expect(r.stderr).toMatch(/KIK Input'?!\$?B\$?9/);
    expect(r.stdout).toBe("");
    expectNoStack(r.stderr);
    expect(fs.existsSync(path.join(dir, "fejl-resultat.xlsx"))).toBe(false);
    expect(sha(input)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("parts KIK does not own (charts, macros …) are carried over byte for byte; the input stays as it was", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    zip.file("xl/vbaProject.bin", "x");
    const input = path.join(dir, "med-diagram.xlsx");
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const before = sha(input);
    const r = kik("report", input);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("Kopien mangler");
    expect(sha(input)).toBe(before);
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "med-diagram-resultat.xlsx")));
    expect(await out.file("xl/charts/chart1.xml")!.async("string")).toBe("<c:chartSpace/>");
    expect(await out.file("xl/vbaProject.bin")!.async("string")).toBe("x");
    // KIK's own charts (KIK Overblik, KIK Økonomi, KIK Sagstal) take part names that are free.
    expect(
      Object.keys(out.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      // KIK Følsomhed's tornado and histogram (issue 12).
      "xl/charts/chart5.xml",
      "xl/charts/chart6.xml",
    ]);
  });

  test("the output may not be the input", () => {
    const input = copyExample("samme.xlsx");
    const before = sha(input);
    const r = kik("report", input, "-o", input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("oven i inputfilen");
    expect(sha(input)).toBe(before);
    const viaOtherPath = kik("report", input, "-o", path.join(dir, ".", "sub", "..", "samme.xlsx"));
    expect(viaOtherPath.status).toBe(2);
    expect(sha(input)).toBe(before);
  });

  test("bad files and arguments: exit 2 with one line, no stack trace", () => {
    fs.writeFileSync(path.join(dir, "tekst.xlsx"), "ikke en projektmappe");
    const cases: [string[], RegExp][] = [
      [["report", "findes-ikke.xlsx"], /Filen findes ikke: findes-ikke\.xlsx/],
      [["report", "tekst.xlsx"], /tekst\.xlsx kan ikke læses som en Excel-projektmappe/],
      [["report", EXAMPLE, "-o", "resultat.csv"], /skal være en \.xlsx-fil/],
      [["report", EXAMPLE, "--lang", "de"], /--lang/],
      [["report"], /input/],
      [["rapport", EXAMPLE], /rapport/],
    ];
    for (const [args, message] of cases) {
      const r = kik(...args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expectNoStack(r.stderr);
    }
  });

  test("-o naming an existing folder: the result goes into it under the default name", () => {
    const input = copyExample("mappe-input.xlsx");
    const folder = path.join(dir, "resultater");
    fs.mkdirSync(folder);
    const r = kik("report", input, "-o", folder);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(folder, "mappe-input-resultat.xlsx"))).toBe(true);
    expect(fs.statSync(folder).isDirectory()).toBe(true);
  });

  test("a range beyond Excel's limits is an error naming the limits, not clamped", () => {
    const r = kik(
      "report",
      EXAMPLE,
      "--caseload",
      "'KIK Input'!A1:ZZZ9999999",
      "-o",
      "graense.xlsx"
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("A1:ZZZ9999999");
    expect(r.stderr).toContain("1.048.576");
    expect(r.stderr).toContain("16.384");
    expect(fs.existsSync(path.join(dir, "graense.xlsx"))).toBe(false);
  });

  test.each([
    [
      "A1:ZZZ9999999",
      /går ud over et Excel-arks grænser: højst 1\.048\.576 rækker og 16\.384 kolonner/,
    ],
    ["'KIK Input'!I8:XFE14", /går ud over et Excel-arks grænser/],
    ["I8:N14", /nævner intet ark – skriv arket foran, fx 'KIK Input'!I8:N14/],
  ])("--caseload %s: one error and nothing read on (no follow-on messages)", (range, message) => {
    const r = kik("report", EXAMPLE, "--caseload", range, "-o", "afvist.xlsx");
    expect(r.status).toBe(2);
    const errors = r.stderr.split("\n").filter((line) => line.startsWith("Fejl"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(fs.existsSync(path.join(dir, "afvist.xlsx"))).toBe(false);
  });

  test.each([
    ["head -1", ["Nøgletal:"]],
    // head -n 0 exits without reading, so every write meets a closed pipe (EPIPE for certain).
    ["head -n 0", []],
  ])("`kik report … | %s` ends quietly: exit 0, no EPIPE, the result written", (head, first) => {
    const out = path.join(dir, `pipe-${head.replace(/\W/g, "")}.xlsx`);
    const env = { ...process.env };
    delete env.KIK_DEBUG;
    const kikJs = path.join(ROOT, "bin", "kik.js");
    const r = spawnSync(
      "bash",
      [
        "-c",
        `node "${kikJs}" report "${EXAMPLE}" -o "${out}" 2>"${out}.err" | ${head}; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { cwd: dir, encoding: "utf8", env, timeout: 60_000 }
    );
    expect(r.stdout.trim().split("\n")).toEqual([...first, "status=0"]);
    expect(fs.readFileSync(`${out}.err`, "utf8")).toBe("");
    expect(fs.existsSync(out)).toBe(true);
  });

  test.each([
    [["report"], "Argumentet »input« mangler", "The argument 'input' is missing"],
    [["report", "x.xlsx", "--foo"], "Ukendt tilvalg »--foo«", "Unknown option '--foo'"],
    [
      ["report", "x.xlsx", "--lang", "fr"],
      "»fr« kan ikke bruges til --lang",
      "'fr' cannot be used for --lang",
    ],
    [
      ["reprot", "x.xlsx"],
      "Ukendt kommando »reprot« (mente du report?)",
      "Unknown command 'reprot' (did you mean report?)",
    ],
    [
      ["report", "a.xlsx", "b.xlsx"],
      "For mange argumenter til »report«",
      "Too many arguments for 'report'",
    ],
    [["report", "x.xlsx", "-o"], "mangler en værdi", "needs a value"],
  ])("usage error %j: one line in the user's language, exit 2", (args, danish, english) => {
    const da = kik(...args);
    expect(da.status).toBe(2);
    expect(da.stderr.trim().split("\n")).toHaveLength(1);
    expect(da.stderr).toContain(danish);
    expect(da.stderr).toContain("(se kik --help)");
    expect(da.stderr).not.toMatch(/missing required|unknown option|is invalid|Did you mean/);
    const en = kik(args[0] as string, "--lang", "en", ...args.slice(1));
    if (!args.includes("--lang")) expect(en.stderr).toContain(english);
  });

  test("an output path that cannot hold a file: exit 2 with the reason in Danish, no system code", () => {
    const file = path.join(dir, "en-fil.txt");
    fs.writeFileSync(file, "x");
    const r = kik("report", EXAMPLE, "-o", path.join(file, "resultat.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("en del af stien er en fil, ikke en mappe");
    expect(r.stderr).not.toMatch(/E[A-Z]{3,}|åben i Excel/);
  });

  test("--help and --version exit 0", () => {
    const help = kik("report", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--caseload <range>");
    expect(kik("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("kik template", () => {
  test("writes the template; refuses to overwrite without --force", async () => {
    const out = path.join(dir, "skabelon.xlsx");
    const r = kik("template", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Skabelonen er gemt");
    const view = workbookView(await read(out));
    expect(view.tables.map((t) => t.name)).toEqual([
      "KIK_Budget",
      "KIK_Investering",
      "KIK_Sagstal",
      "KIK_Udfald",
      "KIK_Antagelser",
    ]);
    const again = kik("template", out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(kik("template", "-o", out, "--force", "--lang", "en").status).toBe(0);
    const english = workbookView(await read(out));
    expect(english.tables.map((t) => t.name)).toEqual([
      "KIK_Budget",
      "KIK_Investment",
      "KIK_Caseload",
      "KIK_Outcomes",
      "KIK_Assumptions",
    ]);
  });

  test("an empty template gives a report run exit 0 (nothing to compute is not an error)", () => {
    const out = path.join(dir, "tom.xlsx");
    expect(kik("template", out).status).toBe(0);
    const r = kik("report", out);
    expect(r.status).toBe(0);
    expectNoStack(r.stderr);
  });
});
