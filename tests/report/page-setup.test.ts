/**
 * Print and layout in both faces (issue 11): every result sheet has a page setup in the plan
 * (A4, fit to one page wide, header and footer with page x of y; KIK Overblik on exactly one
 * page with its print area), and both writers apply the same: the .xlsx writer as pageSetup,
 * headerFooter, merged cells, row heights and the sheet's own print names; the Office.js
 * writer through worksheet.pageLayout, range.merge and format.rowHeight.
 */
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { columnName } from "../../src/sheet";
import { buildReport } from "../../src/report/build";
import { lineCount, wrappedLines } from "../../src/report/sheet-builder";
import { wrappedHeight } from "../../src/report/business-case";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput } from "./aabenraa";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inputWorkbook, runWizard } from "../excel/wizard-run";

const EXAMPLE = path.resolve(__dirname, "../../examples/aabenraa-kik.xlsx");

test("the Office.js writer applies each sheet's page setup, merges and row heights", async () => {
  const fake = inputWorkbook(40);
  const { plan } = await runWizard(fake);
  for (const sheet of plan.sheets) {
    expect(sheet.page).toBeDefined();
    const page = fake.page(sheet.name);
    expect(page.paperSize).toBe("A4");
    expect(page.orientation).toBe(
      sheet.page!.orientation === "portrait" ? "Portrait" : "Landscape"
    );
    expect(page["headerFooter.rightFooter"]).toBe("Side &P af &N");
    expect(page.leftMargin).toBeCloseTo(sheet.page!.margins.left * 72, 9);
  }
  const overview = plan.sheets.find((s) => s.kind === "overview")!;
  expect(overview.page).toMatchObject({ orientation: "portrait", fitToWidth: 1, fitToHeight: 1 });
  expect(fake.page(overview.name).zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  expect(fake.page(overview.name).printArea).toMatch(/^A1:D\d+$/);
  expect(fake.snapshot().sheets.find((s) => s.name === overview.name)!.merges).toEqual(
    (overview.merges ?? []).map(
      (m) => `${columnName(m.left)}${m.top}:${columnName(m.right)}${m.bottom}`
    )
  );
  expect(fake.rowHeights(overview.name).get(5)).toBe(33);
  // The printed page ends at D: the conclusion spans A:D, the detail's explanations C:D.
  for (const m of overview.merges ?? []) expect(m.right).toBe(4);
  const economy = plan.sheets.find((s) => s.kind === "economy")!;
  expect(fake.page(economy.name).printTitleRows).toBe("$4:$4");
  expect(fake.page(economy.name).zoom).toEqual({ horizontalFitToPages: 1 });
});

test("the .xlsx writer writes the same page setup, merges, row heights and print names", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-page-"));
  const out = path.join(dir, "r.xlsx");
  expect(
    await main(["report", EXAMPLE, "-o", out], { out: () => undefined, err: () => undefined })
  ).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
  const overviewIndex = sheets.indexOf("KIK Overblik");
  const economyIndex = sheets.indexOf("KIK Økonomi");
  expect(workbook).toMatch(
    new RegExp(
      `<definedName name="_xlnm.Print_Area" localSheetId="${overviewIndex}">'KIK Overblik'!\\$A\\$1:\\$D\\$\\d+</definedName>`
    )
  );
  expect(workbook).toContain(
    `<definedName name="_xlnm.Print_Titles" localSheetId="${economyIndex}">'KIK Økonomi'!$4:$4</definedName>`
  );
  // KIK Overblik's part, by its relationship (the input sheet has merged help lines too).
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const overviewId = new RegExp(`<sheet [^>]*name="KIK Overblik"[^>]*r:id="([^"]+)"`).exec(
    workbook
  )![1]!;
  const overviewTarget =
    new RegExp(`Id="${overviewId}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${overviewId}"`).exec(rels)![1]!;
  const overview = await zip.file(`xl/${overviewTarget}`)!.async("string");
  expect(overview).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(overview).toContain(
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>'
  );
  expect(overview).toContain('<mergeCell ref="A5:D5"/>');
  expect(overview).toMatch(/<row r="5" ht="33" customHeight="1">/);
  expect(overview).toContain(
    "<oddFooter>&amp;LLavet af KIK, udskrevet &amp;D&amp;RSide &amp;P af &amp;N</oddFooter>"
  );
  // A re-run replaces KIK's print names instead of adding a second set.
  const again = path.join(dir, "r2.xlsx");
  expect(
    await main(["report", out, "-o", again], { out: () => undefined, err: () => undefined })
  ).toBe(0);
  const workbook2 = await (
    await JSZip.loadAsync(fs.readFileSync(again))
  )
    .file("xl/workbook.xml")!
    .async("string");
  expect(workbook2.match(/_xlnm\.Print_Area/g)?.length).toBe(
    workbook.match(/_xlnm\.Print_Area/g)?.length
  );
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("wrapped header rows are as tall as their titles (printed, nothing cut)", () => {
  test("wrappedLines: words wrap at the column's width, a long word breaks", () => {
    expect(wrappedLines("Sagstal", 16)).toBe(1);
    expect(wrappedLines("Målte besparelser (mio. kr.)", 16)).toBeGreaterThanOrEqual(2);
    expect(wrappedLines("Ændring i nutidsværdi ved lav (mio. kr.)", 16)).toBeGreaterThanOrEqual(3);
    expect(wrappedLines("Diskonteringsfaktor, sandsynlig", 16)).toBeGreaterThanOrEqual(3);
  });

  test("lineCount, by hand: words wrap, a long word breaks and the next word follows its last piece", () => {
    expect(lineCount("", 10)).toBe(1);
    expect(lineCount("aaaa bbbb", 9)).toBe(1); // 4 + 1 + 4 = 9
    expect(lineCount("aaaa bbbbb", 9)).toBe(2);
    // "abcdefghijkl" over 5 a line: "abcde" "fghij" "kl", then " xy" fits after "kl".
    expect(lineCount("abcdefghijkl xy", 5)).toBe(3);
    // After text: "ab", then "cdefg" "hijkl" "m" on new lines; "m nop" is 5 and fits.
    expect(lineCount("ab cdefghijklm nop", 5)).toBe(4);
    // The remainder, not the whole line, is what a broken word leaves: "m" + " no" fits in 5.
    expect(lineCount("ab cdefghijklm no", 5)).toBe(4);
    expect(lineCount("ab cdefghijklm nopq", 5)).toBe(5);
    // Row heights over the same estimate: 3 lines of 13 pt + 3.
    expect(wrappedHeight("abcdefghijkl xy", 5, 13)).toBe(3 * 13 + 3);
  });

  test("every result sheet: a header row whose titles need more lines has the height for them", () => {
    const plan = buildReport(aabenraaInput(), {
      language: "da",
      sheetNames: resolveSheetNames([], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      version: "test",
    });
    let checked = 0;
    for (const sheet of plan.sheets)
      for (const c of sheet.cells) {
        if (c.style !== "header" || typeof c.value !== "string") continue;
        const lines = wrappedLines(c.value, sheet.columnWidths[c.column - 1] ?? 8.43);
        if (lines < 2) continue;
        const height = sheet.rowHeights?.find((h) => h.row === c.row)?.height ?? 15;
        expect({
          sheet: sheet.name,
          cell: `${columnName(c.column)}${c.row}`,
          tall: height >= 15 * lines,
        }).toEqual({
          sheet: sheet.name,
          cell: `${columnName(c.column)}${c.row}`,
          tall: true,
        });
        checked++;
      }
    expect(checked).toBeGreaterThan(5);
    // KIK Følsomhed repeats no title row: its sections each have their own header.
    expect(plan.sheets.find((s) => s.kind === "sensitivity")?.page?.titleRows).toBeUndefined();
  });
});
