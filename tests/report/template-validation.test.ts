/**
 * The input template's help (issue 11): every column of every table carries an input message,
 * and a rule where one can be stated (ja/nej lists, numbers with the assumptions catalogue's
 * bounds, months as dates); both writers write them (the .xlsx writer as <dataValidations>, the
 * task pane through range.dataValidation).
 */
import JSZip from "jszip";
import { ASSUMPTIONS } from "../../src/assumptions/catalogue";
import { templateBytes } from "../../src/cli/template";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { buildTemplate } from "../../src/report/template";
import { FakeExcel } from "../excel/fake";

describe.each(["da", "en"] as const)("the template's validations (%s)", (language) => {
  const sheet = buildTemplate(language);
  const validations = sheet.validations ?? [];

  test("every column of every table has an input message in the report's language", () => {
    for (const t of sheet.tables)
      for (let column = t.left; column <= t.right; column++) {
        const v = validations.find((x) => x.block.left === column && x.block.top === t.top + 1);
        expect(v).toBeDefined();
        expect(v!.prompt.text.length).toBeGreaterThan(10);
        expect(v!.prompt.text.length).toBeLessThanOrEqual(255);
      }
    const budgeted = validations.find(
      (v) => /budget/i.test(v.prompt.title) && /\+/.test(v.prompt.text)
    );
    expect(budgeted?.prompt.text).toMatch(language === "da" ? /\+ = besparelse/ : /\+ = saving/);
  });

  test("the assumption values follow the catalogue: yes/no as a list, numbers within bounds", () => {
    const fleksjob = ASSUMPTIONS.find((a) => a.key === "fleksjobIsSelfSupporting")!;
    const rate = ASSUMPTIONS.find((a) => a.key === "discountRate")!;
    const table = sheet.tables.find(
      (t) => t.name === "KIK_Antagelser" || t.name === "KIK_Assumptions"
    )!;
    const row = (name: string) =>
      sheet.cells.find((c) => c.value === name && c.column === table.left && c.row > table.top)
        ?.row ?? -1;
    const at = (r: number) => validations.find((v) => v.block.top === r && v.block.bottom === r);
    expect(at(row(fleksjob.names[language]))?.rule).toEqual({
      kind: "list",
      items: language === "da" ? ["ja", "nej"] : ["yes", "no"],
    });
    // The prefilled value is one of the list's words, so Excel does not flag it as invalid.
    const value = sheet.cells.find(
      (c) => c.row === row(fleksjob.names[language]) && c.column === table.left + 1
    )?.value;
    expect(value).toBe(language === "da" ? "nej" : "no");
    expect(at(row(rate.names[language]))?.rule).toEqual({
      kind: "decimal",
      min: rate.bounds!.min,
      max: rate.bounds!.max,
    });
  });
});

test("the .xlsx writer writes them as dataValidations with prompts", async () => {
  const zip = await JSZip.loadAsync(await templateBytes("da"));
  const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xml = (await Promise.all(parts.map((p) => zip.file(p)!.async("string")))).join("");
  const count = buildTemplate("da").validations!.length;
  expect(xml).toContain(`<dataValidations count="${count}">`);
  expect(xml.match(/<dataValidation /g)).toHaveLength(count);
  expect(xml).toMatch(/<dataValidation type="list"[^>]*><formula1>&quot;ja,nej&quot;<\/formula1>/);
  expect(xml).toContain('showInputMessage="1"');
  // A value outside a rule gets the column's own warning, not Excel's generic one.
  expect(xml).toMatch(/showErrorMessage="1" errorTitle="[^"]+" error="[^"]{10,}"/);
});

test("the task pane sets the same through range.dataValidation", async () => {
  const fake = new FakeExcel().addSheet("Ark1");
  const host = new OfficeWorkbookHost({ run: fake.run, settings: fake.settings, language: "da" });
  const name = await host.insertTemplate("da");
  const written = fake.validations(name);
  expect(written).toHaveLength(buildTemplate("da").validations!.length);
  expect(written.every((v) => (v.prompt as { showPrompt: boolean }).showPrompt)).toBe(true);
  expect(written.some((v) => JSON.stringify(v.rule ?? null).includes('"source":"ja,nej"'))).toBe(
    true
  );
});
