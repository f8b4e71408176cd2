/**
 * KIK Overblik's title (issue 11, item 1): the municipality and the period, as a live formula
 * over the municipality's cell on KIK Antagelser and KIK Økonomi's year cells. A blank
 * municipality gives the title with the period only. Evaluated by HyperFormula.
 */
import type { HyperFormula } from "hyperformula";
import { planWorkbook, valueAt, type Grid } from "./plan-workbook";
import type { CaseInput } from "../../src/input/model";
import { buildReport } from "../../src/report/build";
import type { PlannedCell, ReportPlan, SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";

const INPUT = "KIK Input";
/** The municipality's row on the input sheet, below the Aabenraa assumptions. */
const ROW = 27;

function withMunicipality(name: string | null): {
  input: CaseInput;
  sheet: (string | number | null)[][];
} {
  const base = aabenraaInput(INPUT);
  const sheet = aabenraaSheet();
  if (name === null) return { input: base, sheet };
  while (sheet.length < ROW) sheet.push([]);
  sheet[ROW - 1] = ["Kommune", name];
  return {
    sheet,
    input: {
      ...base,
      assumptions: [
        ...base.assumptions,
        {
          key: "municipality",
          name: { value: "Kommune", ref: { sheet: INPUT, row: ROW, column: 1 } },
          value: { value: name, ref: { sheet: INPUT, row: ROW, column: 2 } },
          unit: "",
          source: "",
        },
      ],
    },
  };
}

function plan(input: CaseInput, language: "da" | "en"): ReportPlan {
  return buildReport(input, {
    language,
    sheetNames: resolveSheetNames([{ name: INPUT, generatedKind: null }], language),
    inputRanges: {},
    generatedAt: new Date("2026-11-23T12:00:00Z"),
    version: "test",
  });
}

/** HyperFormula over the input sheet and the plan; `edit` changes input cells first. */
function evaluate(
  p: ReportPlan,
  input: Grid
): { hf: HyperFormula; value: (sheet: string, cell: PlannedCell) => unknown } {
  const hf = planWorkbook(p, { [INPUT]: input });
  return { hf, value: (sheet, cell) => valueAt(hf, sheet, cell) };
}

const overview = (p: ReportPlan) => p.sheets.find((s) => s.kind === "overview") as SheetPlan;
const titleOf = (p: ReportPlan) =>
  overview(p).cells.find((c) => c.style === "title" && c.column === 1) as PlannedCell;

const TITLES = {
  da: {
    with: "KIK Overblik – Aabenraa Kommune: investeringsstrategi 2016–2019",
    without: "KIK Overblik – investeringsstrategi 2016–2019",
  },
  en: {
    with: "KIK Overview – Aabenraa Kommune: investment strategy 2016–2019",
    without: "KIK Overview – investment strategy 2016–2019",
  },
};

describe.each(["da", "en"] as const)("KIK Overblik's title (%s)", (language) => {
  test("names the municipality and the period, live over the municipality's cell", () => {
    const { input, sheet } = withMunicipality("Aabenraa Kommune");
    const p = plan(input, language);
    const title = titleOf(p);
    expect(title.value).toBe(TITLES[language].with);
    // A formula over the municipality's cell on KIK Antagelser, not the name typed in.
    expect(title.formula).toBeDefined();
    expect(title.formula).not.toContain("Aabenraa");
    const assumptions = p.sheets.find((s) => s.kind === "assumptions") as SheetPlan;
    expect(title.formula).toContain(`'${assumptions.name}'!`);
    const { hf, value } = evaluate(p, sheet);
    expect(value(overview(p).name, title)).toBe(title.value);
    // Blanking the municipality on the input sheet gives the title without it.
    hf.setCellContents({ sheet: hf.getSheetId(INPUT) as number, row: ROW - 1, col: 1 }, null);
    expect(value(overview(p).name, title)).toBe(TITLES[language].without);
    // And another name shows at once.
    hf.setCellContents(
      { sheet: hf.getSheetId(INPUT) as number, row: ROW - 1, col: 1 },
      "Tønder Kommune"
    );
    expect(value(overview(p).name, title)).toBe(
      TITLES[language].with.replace("Aabenraa Kommune", "Tønder Kommune")
    );
  });

  test("without a municipality the title names the period only", () => {
    const { input, sheet } = withMunicipality(null);
    const p = plan(input, language);
    const title = titleOf(p);
    expect(title.value).toBe(TITLES[language].without);
    expect(title.formula).toBeDefined();
    expect(evaluate(p, sheet).value(overview(p).name, title)).toBe(title.value);
  });

  test("the printed header names the municipality when the input gives it", () => {
    const withName = plan(withMunicipality("Aabenraa Kommune").input, language);
    for (const s of withName.sheets) expect(s.page?.header?.left).toBe("Aabenraa Kommune – &A");
    const without = plan(withMunicipality(null).input, language);
    for (const s of without.sheets) expect(s.page?.header?.left ?? "").not.toContain("Aabenraa");
  });
});
