/**
 * The printed report (issue 11): the demo's result rendered to PDF by LibreOffice. KIK Overblik
 * prints on exactly one A4 page; KIK Følsomhed on two landscape pages; KIK's sheets together
 * print on at most 6 pages (the user's own input sheets are theirs and are hidden in the copy
 * that is printed). The input template of `kik template` prints on two landscape A4 pages.
 * Every page is saved as a PNG under artifacts/report-print/ and artifacts/template-print/ to
 * look at.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { hasLibreOffice } from "./recalc";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples", "aabenraa-kik.xlsx");
const ARTIFACTS = path.join(ROOT, "artifacts", "report-print");
const TEMPLATE_ARTIFACTS = path.join(ROOT, "artifacts", "template-print");

/** A copy of `bytes` in which only the sheets `show` says yes to are visible (and so printed). */
async function printCopy(bytes: Buffer, show: (name: string) => boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let workbook = await zip.file("xl/workbook.xml")!.async("string");
  let first = -1;
  let i = 0;
  const hidden = new Set<number>();
  workbook = workbook.replace(/<sheet [^>]*?\/>/g, (tag) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1] ?? "";
    const index = i++;
    if (show(name)) {
      if (first < 0) first = index;
      return tag;
    }
    hidden.add(index);
    return tag.replace("<sheet ", '<sheet state="hidden" ');
  });
  // LibreOffice prints a hidden sheet that has a print area: the hidden sheets' go.
  workbook = workbook.replace(
    /<definedName name="_xlnm\.Print_(?:Area|Titles)" localSheetId="(\d+)">[^<]*<\/definedName>/g,
    (tag, index: string) => (hidden.has(Number(index)) ? "" : tag)
  );
  workbook = workbook.replace(/activeTab="\d+"/, `activeTab="${first}"`);
  if (!workbook.includes("activeTab="))
    workbook = workbook.replace("<workbookView", `<workbookView activeTab="${first}"`);
  zip.file("xl/workbook.xml", workbook);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Converts the files to PDF in one LibreOffice run (its own profile, Danish locale). */
function toPdf(files: readonly string[], outDir: string): string[] {
  const profile = path.join(outDir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>
</oor:items>
`
  );
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 600_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } }
  );
  return files.map((f) => path.join(outDir, `${path.parse(f).name}.pdf`));
}

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);

const run = hasLibreOffice() ? test : test.skip;

/** Width and height of the PDF's first page in points, rounded. */
const pageSize = (pdf: string) =>
  (
    /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })) ??
    []
  )
    .slice(1)
    .map((x) => Math.round(Number(x)));

run(
  "the demo prints: KIK Overblik on one A4 page, KIK's sheets on at most 6 pages; the template on 2",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-print-"));
    const result = path.join(dir, "resultat.xlsx");
    const code = await main(["report", EXAMPLE, "-o", result], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(code).toBe(0);
    const bytes = fs.readFileSync(result);
    const kik = (name: string) =>
      ["KIK Overblik", "KIK Økonomi", "KIK Sagstal", "KIK Antagelser", "KIK Følsomhed"].includes(
        name
      );
    const report = path.join(dir, "rapport.xlsx");
    const overview = path.join(dir, "overblik.xlsx");
    const sensitivity = path.join(dir, "foelsomhed.xlsx");
    const template = path.join(dir, "skabelon.xlsx");
    fs.writeFileSync(report, await printCopy(bytes, kik));
    fs.writeFileSync(overview, await printCopy(bytes, (n) => n === "KIK Overblik"));
    fs.writeFileSync(sensitivity, await printCopy(bytes, (n) => n === "KIK Følsomhed"));
    expect(await main(["template", template], { out: () => undefined, err: () => undefined })).toBe(
      0
    );
    const [reportPdf, overviewPdf, sensitivityPdf, templatePdf] = toPdf(
      [report, overview, sensitivity, template],
      dir
    ) as [string, string, string, string];

    const overviewPages = pages(overviewPdf);
    const reportPages = pages(reportPdf);
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "70", reportPdf, path.join(ARTIFACTS, "side")]);
    fs.copyFileSync(reportPdf, path.join(ARTIFACTS, "rapport.pdf"));
    const sensitivityPages = pages(sensitivityPdf);
    const templatePages = pages(templatePdf);
    fs.rmSync(TEMPLATE_ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(TEMPLATE_ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      templatePdf,
      path.join(TEMPLATE_ARTIFACTS, "side"),
    ]);
    fs.copyFileSync(templatePdf, path.join(TEMPLATE_ARTIFACTS, "skabelon.pdf"));
    console.log(
      `printed: KIK Overblik ${overviewPages} page(s), KIK Følsomhed ${sensitivityPages}, ` +
        `KIK's sheets ${reportPages} pages; the template ${templatePages}`
    );

    // The page's text: A4 portrait, the title, the conclusion, page x of y in the footer.
    const info = execFileSync("pdfinfo", [overviewPdf], { encoding: "utf8" });
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(Math.round(w as number)).toBe(595);
    expect(Math.round(h as number)).toBe(842);
    const text = execFileSync("pdftotext", ["-layout", overviewPdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Konklusion");
    expect(text).toContain("42,8 mio. kr.");
    expect(text).toContain("Side 1 af 1");
    expect(overviewPages).toBe(1);
    // Overblik 1, Økonomi 1, Sagstal 1 (its table's columns only, portrait; with its helper
    // columns its text printed at 3–4 pt), Antagelser 1, Følsomhed 2.
    expect(reportPages).toBeLessThanOrEqual(6);
    expect(fs.readdirSync(ARTIFACTS).filter((f) => f.endsWith(".png"))).toHaveLength(reportPages);

    // KIK Følsomhed: two landscape pages (its page setup asks for them, fit to width).
    expect(pageSize(sensitivityPdf)).toEqual([842, 595]);
    expect(sensitivityPages).toBe(2);

    // The template: landscape A4 fit to width, the result sheets' footer, two pages (six before
    // it had a page setup: its columns ran over pages of their own and the help lines were cut).
    expect(pageSize(templatePdf)).toEqual([842, 595]);
    const templateText = execFileSync("pdftotext", ["-layout", templatePdf, "-"], {
      encoding: "utf8",
    });
    expect(templateText).toContain("Side 1 af 2");
    expect(templateText).toContain("Lavet af KIK");
    expect(templatePages).toBe(2);
    expect(fs.readdirSync(TEMPLATE_ARTIFACTS).filter((f) => f.endsWith(".png"))).toHaveLength(2);
    fs.rmSync(dir, { recursive: true, force: true });
  }
);
