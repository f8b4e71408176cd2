/**
 * The report plan against an independent spreadsheet engine: every formula the result sheets
 * contain is evaluated by HyperFormula over the input sheet, and must equal the value KIK
 * cached for it (1e-9 relative). Plus the public Aabenraa figures on the sheets.
 */
import { DetailedCellError } from "hyperformula";
import { planWorkbook, valueAt } from "./plan-workbook";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import type { PlannedCell, ReportPlan, SheetPlan } from "../../src/report/plan";
import { sheetNameRefusal } from "../excel/fake/sheet-references";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";

function plan(language: "da" | "en" = "da", inputSheet = "KIK Input"): ReportPlan {
  return buildReport(aabenraaInput(inputSheet), {
    language,
    sheetNames: resolveSheetNames([{ name: inputSheet, generatedKind: null }], language),
    inputRanges: { budget: { sheet: inputSheet, top: 2, left: 1, bottom: 6, right: 4 } },
    generatedAt: new Date("2026-11-23T12:00:00Z"),
    version: "0.1.0",
    source: "aabenraa-kik.xlsx",
  });
}

/** Evaluates the plan with HyperFormula; returns a lookup of computed values. */
function evaluate(
  p: ReportPlan,
  inputSheet = "KIK Input"
): (sheet: string, cell: PlannedCell) => unknown {
  const hf = planWorkbook(p, { [inputSheet]: aabenraaSheet() });
  return (sheet, cell) => valueAt(hf, sheet, cell);
}

function close(a: unknown, b: unknown): boolean {
  // An error result (the chart column's #N/A) equals the error KIK cached for it.
  if (a instanceof DetailedCellError && typeof b === "string") return a.value === b;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function sheetOf(p: ReportPlan, kind: SheetPlan["kind"]): SheetPlan {
  return p.sheets.find((s) => s.kind === kind) as SheetPlan;
}

function cellAt(s: SheetPlan, row: number, column: number): PlannedCell | undefined {
  return s.cells.find((c) => c.row === row && c.column === column);
}

describe.each(["da", "en"] as const)("Aabenraa report (%s)", (language) => {
  const p = plan(language);
  const value = evaluate(p);

  test("every formula's cached value equals HyperFormula's result", () => {
    const mismatches: string[] = [];
    let formulas = 0;
    for (const s of p.sheets) {
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        formulas++;
        const computed = value(s.name, c);
        const expected = c.value ?? "";
        if (!close(computed, expected))
          mismatches.push(
            `${s.name}!R${c.row}C${c.column} =${c.formula}: HyperFormula ${JSON.stringify(computed)}, KIK ${JSON.stringify(expected)}`
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
  });

  test("the five result sheets are there, each with a frozen header", () => {
    expect(p.sheets.map((s) => s.kind)).toEqual([
      "overview",
      "economy",
      "caseload",
      "assumptions",
      "sensitivity",
    ]);
    for (const s of p.sheets) expect(s.freeze.rows).toBeGreaterThan(0);
  });

  test("variance 24.2 / 33.9 / 7.4 for 2016–2018, blank for 2019", () => {
    const e = sheetOf(p, "economy");
    const variance = [5, 6, 7, 8].map((r) => cellAt(e, r, 8));
    [24.2, 33.9, 7.4].forEach((v, i) => expect(variance[i]?.value).toBeCloseTo(v, 12));
    expect(variance[3]?.value).toBe("");
    expect(variance.every((c) => c?.formula?.startsWith("IF("))).toBe(true);
  });

  test("key figures: net gain -0.7, ROI -0.7/68, no payback within 2016–2019, progress 87.6 %", () => {
    const kf = Object.fromEntries(p.keyFigures.map((k) => [k.id, k]));
    expect(kf.investment?.value).toBeCloseTo(68, 12);
    expect(kf.netGain?.value).toBeCloseTo(-0.7, 12);
    expect(kf.roi?.value).toBeCloseTo(-0.7 / 68, 12);
    expect(kf.payback?.value).toBeNull();
    expect(kf.payback?.text).toMatch(/2016–2019/);
    expect(kf.variance?.value).toBeCloseTo(65.5, 12);
    expect(kf.actual?.value).toBeCloseTo(42.8, 12);
    expect(kf.baseline?.value).toBe(1008);
    expect(kf.current?.value).toBe(495);
    expect(kf.target?.value).toBe(500);
    expect(kf.progress?.value).toBeCloseTo((1008 - 495) / (1008 - 500), 12);
    expect(kf.selfSupporting?.value).toBeCloseTo(0.54, 12);
    expect(kf.goal?.value).toBeCloseTo(0.56, 12);
  });

  test("the caseload sheet runs monthly and its projection reproduces the original group", () => {
    const c = sheetOf(p, "caseload");
    const months = c.cells.filter((x) => x.column === 1 && x.row > 4);
    expect(months.length).toBeGreaterThanOrEqual(43); // June 2015 .. December 2018 at least
    // July 2017 is 25 months after June 2015: projected original + newcomers at the implied rates = 563.
    const july2017 = cellAt(c, 5 + 25, 5);
    expect(july2017?.value).toBeCloseTo(563, 6);
  });

  test("labels from the input stay text and no KIK function appears in any formula", () => {
    for (const s of p.sheets)
      for (const c of s.cells) expect(c.formula ?? "").not.toMatch(/KIK\./i);
  });
});

describe("assumptions chosen in the guide", () => {
  const p = buildReport(aabenraaInput(), {
    language: "da",
    sheetNames: resolveSheetNames([], "da"),
    inputRanges: {},
    generatedAt: new Date("2026-11-23T12:00:00Z"),
    version: "0.1.0",
    overrides: {
      discountRate: 0.04,
      baseline: 1000,
      target: 450,
      targetDate: "2019-06",
      fleksjobIsSelfSupporting: true,
    },
  });
  const value = evaluate(p);

  test("win over the input and the defaults, and every formula still agrees with HyperFormula", () => {
    const mismatches: string[] = [];
    for (const s of p.sheets)
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        const computed = value(s.name, c);
        if (!close(computed, c.value ?? ""))
          mismatches.push(
            `${s.name}!R${c.row}C${c.column} =${c.formula}: ${JSON.stringify(computed)} vs ${JSON.stringify(c.value)}`
          );
      }
    expect(mismatches).toEqual([]);
    const kf = Object.fromEntries(p.keyFigures.map((k) => [k.id, k]));
    expect(kf.baseline?.value).toBe(1000);
    expect(kf.target?.value).toBe(450);
    expect(kf.progress?.value).toBeCloseTo((1000 - 495) / (1000 - 450), 12);
    expect(kf.npv?.explanation).toMatch(/4,0 %/);
    const assumptions = sheetOf(p, "assumptions");
    expect(assumptions.cells.some((c) => c.value === "Valgt i KIK-guiden")).toBe(true);
  });

  test("the target path runs from the chosen baseline to the chosen target month", () => {
    const c = sheetOf(p, "caseload");
    // June 2015 .. June 2019 = 49 months; the path ends at the target.
    const june2019 = cellAt(c, 5 + 48, 4);
    expect(june2019?.value).toBeCloseTo(450, 9);
    expect(cellAt(c, 5, 4)?.value).toBeCloseTo(1000, 9);
  });
});

// HyperFormula reads a bare "Ark1!$A$9" as a sheet reference; Excel does not (see
// tests/excel/fake/sheet-references.ts), so every formula is also checked against Excel's reading.
describe.each(["Ark1", "A1", "R1C1", "RC", "C3", "XFD1048576", "Budget 2016", "Ø-tal", "O'Brien"])(
  "the input on a sheet named %s",
  (inputSheet) => {
    const p = plan("da", inputSheet);
    const value = evaluate(p, inputSheet);
    const quoted = `'${inputSheet.replace(/'/g, "''")}'!`;

    test("every formula names the sheet so Excel reads it, and recalculates to the cached value", () => {
      const refused: string[] = [];
      const mismatches: string[] = [];
      let overInput = 0;
      for (const s of p.sheets)
        for (const c of s.cells) {
          if (c.formula === undefined) continue;
          const refusal = sheetNameRefusal(`=${c.formula}`);
          if (refusal !== null)
            refused.push(`${s.name}!R${c.row}C${c.column} =${c.formula}: ${refusal}`);
          if (c.formula.includes(quoted)) overInput++;
          const computed = value(s.name, c);
          if (!close(computed, c.value ?? ""))
            mismatches.push(
              `${s.name}!R${c.row}C${c.column} =${c.formula}: HyperFormula ${JSON.stringify(computed)}, KIK ${JSON.stringify(c.value)}`
            );
        }
      expect(refused).toEqual([]);
      expect(mismatches).toEqual([]);
      // Formulas over the input (budget, caseload, outcomes, assumptions) name it quoted.
      expect(overInput).toBeGreaterThan(10);
    });
  }
);
