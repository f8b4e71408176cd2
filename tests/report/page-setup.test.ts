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
  const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xmls = await Promise.all(parts.map((p) => zip.file(p)!.async("string")));
  const overview = xmls.find((x) => x.includes("<mergeCells"))!;
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
