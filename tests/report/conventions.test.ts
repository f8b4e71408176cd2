/**
 * The result sheets follow docs/conventions.md, checked against hand-computed figures and
 * against HyperFormula evaluating the sheets' formulas: an exact break-even in decimals pays
 * back (−18,1; −8,6; 4; 22,7 → 4 years, in 2019) and its net gain is 0,0, not −0,0; and the
 * payback follows the budget when it is edited (2019 budgeted 30 → 3,76 years).
 */
import { HyperFormula } from "hyperformula";
import type { CaseInput } from "../../src/input/model";
import { buildReport } from "../../src/report/build";
import type { ReportPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";
import { fixedLanguage, registerFixed } from "./hyperformula-fixed";

const SHEET = "KIK Input";

/** The Aabenraa report with 2019's budgeted net result set to `budget2019`. */
function report(budget2019: number): { plan: ReportPlan; grid: (string | number | null)[][] } {
  const grid = aabenraaSheet();
  (grid[5] as (string | number | null)[])[1] = budget2019;
  const base = aabenraaInput(SHEET);
  const budget = base.budget as NonNullable<CaseInput["budget"]>;
  const rows = budget.rows.map((r, i) =>
    i === 3 ? { ...r, budgeted: { ...r.budgeted, value: budget2019 } } : r
  );
  const input: CaseInput = { ...base, budget: { ...budget, rows } };
  const plan = buildReport(input, {
    language: "da",
    sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
    inputRanges: {},
    generatedAt: new Date("2026-11-23T12:00:00Z"),
    version: "0.1.0",
  });
  return { plan, grid };
}

/** HyperFormula's values of the overview's key figures (column B) by key-figure id. */
function evaluated(plan: ReportPlan, grid: (string | number | null)[][]) {
  registerFixed();
  fixedLanguage("da");
  const sheets: Record<string, (string | number | boolean | null)[][]> = { [SHEET]: grid };
  for (const s of plan.sheets) {
    const g: (string | number | boolean | null)[][] = [];
    for (const c of s.cells) {
      while (g.length < c.row) g.push([]);
      (g[c.row - 1] as (string | number | boolean | null)[])[c.column - 1] =
        c.formula !== undefined ? `=${c.formula}` : c.value;
    }
    sheets[s.name] = g;
  }
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  const overview = plan.sheets[0]!;
  const at = (row: number, column: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(overview.name)!, row: row - 1, col: column - 1 });
  const byLabel = new Map<string, { value: unknown; explanation: unknown; cached: unknown }>();
  for (const k of plan.keyFigures) {
    const cell = overview.cells.find((c) => c.column === 1 && c.value === k.label)!;
    const valueCell = overview.cells.find((c) => c.row === cell.row && c.column === 2)!;
    byLabel.set(k.id, {
      value: at(cell.row, 2),
      explanation: at(cell.row, 3),
      cached: valueCell.value,
    });
  }
  hf.destroy();
  return byLabel;
}

describe("break-even within a relative tolerance on the result sheets", () => {
  test("−18,1; −8,6; 4; 22,7 pays back after 4 years, in 2019, with a net gain of 0", () => {
    const { plan, grid } = report(22.7);
    const kf = Object.fromEntries(plan.keyFigures.map((k) => [k.id, k]));
    expect(kf.payback?.value).toBe(4);
    expect(kf.paybackYear?.value).toBe(2019);
    expect(Object.is(kf.netGain?.value, 0)).toBe(true);
    const hf = evaluated(plan, grid);
    expect(hf.get("payback")?.value).toBe(4);
    expect(hf.get("paybackYear")?.value).toBe(2019);
    expect(hf.get("netGain")?.value).toBe(0);
  });

  test("2019 budgeted 30: payback 3 + 22,7/30 ≈ 3,76 years by formula, not a stale text", () => {
    // By hand: cumulative −18,1; −26,7; −22,7; 7,3 – the last negative year is 3, and 22,7 of
    // 2019's 30 is needed: 3 + 22,7/30.
    const { plan, grid } = report(30);
    const hf = evaluated(plan, grid);
    expect(hf.get("payback")?.value as number).toBeCloseTo(3 + 22.7 / 30, 12);
    expect(hf.get("payback")?.cached as number).toBeCloseTo(3 + 22.7 / 30, 12);
    expect(hf.get("paybackYear")?.value).toBe(2019);
  });

  test("22 (Aabenraa's own budget): not within 2016–2019, explained with −0,7 mio. kr. by formula", () => {
    const { plan, grid } = report(22);
    const hf = evaluated(plan, grid);
    expect(hf.get("payback")?.value).toBe("Ikke inden for 2016–2019");
    expect(hf.get("paybackYear")?.value).toBe("");
    expect(hf.get("payback")?.explanation).toMatch(/\(-0,7 mio\. kr\.\) ved udgangen af 2019/);
    expect(hf.get("payback")?.explanation).toBe(
      plan.keyFigures.find((k) => k.id === "payback")?.explanation
    );
  });
});
