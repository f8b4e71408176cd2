/**
 * The outcome groups on KIK Overblik stay live: the label → group key is written into the
 * workbook, and each outcome row looks its label's normal form up in it. Checked with
 * HyperFormula evaluating the sheets after an edit of the input only (the report is not
 * rebuilt): a label renamed within its group keeps the shares (54 %), a label KIK does not
 * know is counted visibly as unknown with a warning, and the fleksjob setting regroups. The
 * sheet's normal form equals the engine's `normaliseLabel` on every known label and variants.
 */
import type { HyperFormula } from "hyperformula";
import { knownOutcomeLabels, normaliseLabel } from "../../src/engine";
import { buildReport } from "../../src/report/build";
import type { ReportPlan, SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";
import { planWorkbook, type Grid } from "./plan-workbook";

const SHEET = "KIK Input";

function plan(): ReportPlan {
  return buildReport(aabenraaInput(SHEET), {
    language: "da",
    sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
    inputRanges: {},
    generatedAt: new Date("2026-11-23T12:00:00Z"),
    version: "0.1.0",
  });
}

/** HyperFormula over the input `grid` and the plan's sheets, as written (no rebuild). */
function engine(p: ReportPlan, grid: Grid): HyperFormula {
  return planWorkbook(p, { [SHEET]: grid });
}

const overview = (p: ReportPlan) => p.sheets.find((s) => s.kind === "overview") as SheetPlan;

/** The row on the overview whose column A holds `text`. */
function rowOf(s: SheetPlan, text: string): number {
  const c = s.cells.find((x) => x.column === 1 && x.value === text);
  if (c === undefined) throw new Error(`no row ${text}`);
  return c.row;
}

/** The input grid's row holding an outcome label (1-based). */
function inputRow(grid: Grid, label: string): number {
  return grid.findIndex((r) => r[0] === label) + 1;
}

describe("live outcome groups", () => {
  const p = plan();
  const s = overview(p);
  const value = (hf: HyperFormula, row: number, column: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(s.name)!, row: row - 1, col: column - 1 });
  const shareRow = rowOf(s, "Andel selvforsørgende");
  const unknownRow = rowOf(s, "Ukendt udfald (tæller ikke med)");

  test("as built: 54 % self-supporting, no unknown outcome, no warning", () => {
    const hf = engine(p, aabenraaSheet());
    expect(value(hf, shareRow, 2)).toBeCloseTo(0.54, 12);
    expect(value(hf, unknownRow, 2)).toBe(0);
    expect(value(hf, unknownRow, 3)).toBe("");
    hf.destroy();
  });

  test("'Anden forsørgelse' renamed 'Førtidspension' (same group): still 54 %", () => {
    const grid = aabenraaSheet();
    (grid[inputRow(grid, "Anden forsørgelse") - 1] as Grid[number])[0] = "Førtidspension";
    const hf = engine(p, grid);
    expect(value(hf, shareRow, 2)).toBeCloseTo(0.54, 12);
    expect(value(hf, unknownRow, 2)).toBe(0);
    hf.destroy();
  });

  test("renamed across groups ('I job' for 'Anden forsørgelse'): 81 % self-supporting", () => {
    const grid = aabenraaSheet();
    (grid[inputRow(grid, "Anden forsørgelse") - 1] as Grid[number])[0] = "I job";
    const hf = engine(p, grid);
    expect(value(hf, shareRow, 2)).toBeCloseTo(0.81, 12);
    hf.destroy();
  });

  test("a label KIK does not know: counted as unknown (27), left out of the shares, warned", () => {
    const grid = aabenraaSheet();
    (grid[inputRow(grid, "Anden forsørgelse") - 1] as Grid[number])[0] = "Flyttet";
    const hf = engine(p, grid);
    // By hand: 54 of the 73 known cases.
    expect(value(hf, shareRow, 2)).toBeCloseTo(54 / 73, 12);
    expect(value(hf, unknownRow, 2)).toBe(27);
    expect(String(value(hf, unknownRow, 3))).toMatch(/^Advarsel/);
    hf.destroy();
  });

  test("fleksjob follows the fleksjob assumption", () => {
    const grid = aabenraaSheet();
    (grid[inputRow(grid, "Anden forsørgelse") - 1] as Grid[number])[0] = "Fleksjob";
    const hf = engine(p, grid);
    // The default: fleksjob is not self-supporting (the financing law).
    expect(value(hf, shareRow, 2)).toBeCloseTo(0.54, 12);
    // Set to "ja" on KIK Antagelser: the 27 fleksjob cases become self-supporting (81 %).
    const a = p.sheets.find((x) => x.kind === "assumptions")!;
    const row = a.cells.find((c) => c.column === 1 && /fleksjob/i.test(String(c.value)))!.row;
    hf.setCellContents({ sheet: hf.getSheetId(a.name)!, row: row - 1, col: 1 }, [["ja"]]);
    expect(value(hf, shareRow, 2)).toBeCloseTo(0.81, 12);
    hf.destroy();
  });

  test("the sheet's normal form equals normaliseLabel on every known label and variants", () => {
    const keyColumn = 5;
    const first = rowOf(s, "Selvforsørgende");
    const key = s.cells.find((c) => c.row === first && c.column === keyColumn)!;
    const labels = knownOutcomeLabels().flatMap(([k]) => [
      k,
      k.toUpperCase(),
      ` ${k.replace(/ /g, "  -")} `,
      k.replace(/ /g, "_/").replace(/^/, "(") + ")",
      k.replace(/ /g, "\u00a0"),
    ]);
    const grid = aabenraaSheet();
    const at = inputRow(grid, "Selvforsørgende") - 1;
    const mismatches: string[] = [];
    // One HyperFormula per label is slow; set the input cell and read the key cell instead.
    const hf = engine(p, grid);
    const input = hf.getSheetId(SHEET)!;
    for (const label of labels) {
      hf.setCellContents({ sheet: input, row: at, col: 0 }, [[label]]);
      const got = value(hf, key.row, keyColumn);
      if (got !== normaliseLabel(label))
        mismatches.push(`${JSON.stringify(label)}: ${String(got)}`);
    }
    hf.destroy();
    expect(mismatches).toEqual([]);
    expect(labels.length).toBeGreaterThan(300);
  });
});

describe("the conclusion of a report on outcomes alone", () => {
  // No budget and no caseload: the conclusion still opens the page, with the outcome.
  const p = buildReport(
    { ...aabenraaInput(SHEET), budget: null, caseload: null },
    {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
    }
  );
  const s = overview(p);
  const sentence = s.cells.find((c) => c.style === "conclusion" && c.row < 10);

  test("one live sentence: the share against the goal, as HyperFormula evaluates it", () => {
    expect(p.summary.conclusion).toEqual([
      "54,0 % af de afsluttede sager endte i selvforsørgelse; målet er 56,0 %.",
    ]);
    expect(sentence?.formula).toBeDefined();
    const hf = engine(p, aabenraaSheet());
    expect(hf.getCellValue({ sheet: hf.getSheetId(s.name)!, row: sentence!.row - 1, col: 0 })).toBe(
      sentence!.value
    );
    hf.destroy();
  });

  test("more self-supporting cases in the input: the sentence says the goal is met", () => {
    const grid = aabenraaSheet();
    const row = grid[inputRow(grid, "Selvforsørgende") - 1] as Grid[number];
    row[1] = (row[1] as number) + 100;
    const hf = engine(p, grid);
    const text = hf.getCellValue({ sheet: hf.getSheetId(s.name)!, row: sentence!.row - 1, col: 0 });
    expect(text).toMatch(
      /^\d+,\d % af de afsluttede sager endte i selvforsørgelse, og målet på 56,0 % er nået\.$/
    );
    hf.destroy();
  });
});
