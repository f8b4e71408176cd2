/**
 * KIK Følsomhed (issue 12) against HyperFormula: a case with investment per year, a deadweight
 * and caseload measurements; every formula on the sheet equals KIK's cached value (1e-9
 * relative), the key figures are the sheet's, and a range edited in HyperFormula moves the
 * chance exactly as the engine computes it.
 */
import type { HyperFormula } from "hyperformula";
import { drawNetGains, drawTable, presentValueAt, summariseDraws } from "../../src/engine";
import type { CaseInput } from "../../src/input/model";
import { buildReport } from "../../src/report/build";
import type { ReportPlan, SheetPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";
import { planWorkbook, type Grid } from "./plan-workbook";

const INPUT = "KIK Input";
const INVESTMENT = [30, 20, 10, 8];

/** 2019's budgeted net, raised from 22 so that the case pays at likely and in most, not all, draws. */
const BUDGET_2019 = 80;

/** Aabenraa with investment per year (column D), 2019 at 60 and a deadweight of 10 % (row 27). */
function grid(): (string | number | null)[][] {
  const rows = aabenraaSheet();
  INVESTMENT.forEach((v, i) => ((rows[2 + i] as (string | number | null)[])[3] = v));
  (rows[5] as (string | number | null)[])[1] = BUDGET_2019;
  while (rows.length < 27) rows.push([]);
  rows[26] = ["Dødvægt", 0.1, "%", "Egen vurdering"];
  return rows;
}

function input(): CaseInput {
  const base = aabenraaInput(INPUT);
  const budget = base.budget!;
  return {
    ...base,
    budget: {
      ...budget,
      rows: budget.rows.map((r, i) => ({
        ...r,
        investment: {
          value: INVESTMENT[i] as number,
          ref: { sheet: INPUT, row: 3 + i, column: 4 },
        },
        ...(i === 3 ? { budgeted: { ...r.budgeted, value: BUDGET_2019 } } : {}),
      })),
    },
    assumptions: [
      ...base.assumptions,
      {
        key: "deadweightShare",
        name: { value: "Dødvægt", ref: { sheet: INPUT, row: 27, column: 1 } },
        value: { value: 0.1, ref: { sheet: INPUT, row: 27, column: 2 } },
        unit: "%",
        source: "Egen vurdering",
      },
    ],
  };
}

function plan(language: "da" | "en", given: CaseInput = input()): ReportPlan {
  return buildReport(given, {
    language,
    sheetNames: resolveSheetNames([{ name: INPUT, generatedKind: null }], language),
    inputRanges: {},
    generatedAt: new Date("2026-11-30T12:00:00Z"),
    version: "test",
  });
}

function workbook(p: ReportPlan, inputGrid: Grid = grid()): HyperFormula {
  return planWorkbook(p, { [INPUT]: inputGrid });
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

const sensitivityOf = (p: ReportPlan) =>
  p.sheets.find((s) => s.kind === "sensitivity") as SheetPlan;
const rowOf = (s: SheetPlan, text: string) =>
  (s.cells.find((c) => c.column === 1 && c.value === text) as { row: number }).row;

describe.each(["da", "en"] as const)("KIK Følsomhed (%s)", (language) => {
  const p = plan(language);
  const hf = workbook(p);
  const s = sensitivityOf(p);
  const id = hf.getSheetId(s.name) as number;
  const at = (row: number, column: number) =>
    hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });

  test("every formula equals HyperFormula's value", () => {
    const mismatches: string[] = [];
    let formulas = 0;
    for (const c of s.cells) {
      if (c.formula === undefined) continue;
      formulas++;
      const v = at(c.row, c.column);
      if (!close(v, c.value ?? ""))
        mismatches.push(
          `R${c.row}C${c.column} =${c.formula}: ${JSON.stringify(v)} vs ${JSON.stringify(c.value)}`
        );
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(formulas).toBeGreaterThan(5 * 1000);
  });

  test("the chance and the break-even deadweight are the sheet's and the engine's", () => {
    const f = p.sensitivity!;
    const kf = Object.fromEntries(p.keyFigures.map((k) => [k.id, k]));
    const chanceRow = rowOf(
      s,
      language === "da"
        ? "Chance for gevinst (nettogevinst over 0)"
        : "Chance of a gain (net gain above 0)"
    );
    expect(at(chanceRow, 2)).toBeCloseTo(kf.chanceOfGain!.value!, 12);
    const gains = drawNetGains(f.model, f.ranges, drawTable(f.draws, f.seed));
    expect(kf.chanceOfGain!.value).toBe(summariseDraws(gains).probabilityPositive);
    expect(kf.chanceOfGain!.value).toBeGreaterThan(0);
    expect(kf.chanceOfGain!.value).toBeLessThan(1);
    // At the break-even deadweight the present value is 0.
    const be = kf.breakevenDeadweight!.value!;
    expect(presentValueAt(f.model, { ...f.model.likely, deadweight: be })).toBeCloseTo(0, 9);
    const sentence = s.cells.find(
      (c) =>
        typeof c.value === "string" &&
        c.value.startsWith(
          language === "da"
            ? "Strategien betaler sig, så længe dødvægten"
            : "The strategy pays as long as deadweight"
        )
    );
    expect(sentence?.formula).toMatch(/FIXED\(/);
    expect(sentence?.formula).not.toMatch(/TEXT\(/);
  });

  test("who gains: after 52 weeks the municipality keeps 80 % of a benefit saved, the state 20 %", () => {
    const kf = p.keyFigures.find((k) => k.id === "municipalShare")!;
    expect(kf.value).toBeCloseTo(0.8, 12);
    const row = rowOf(
      s,
      language === "da"
        ? "Kommunens andel af en sparet ydelse"
        : "The municipality's share of a benefit saved"
    );
    expect(at(row, 2)).toBeCloseTo(0.8, 12);
    // Each year: the state's part is the municipality's × 20/80, in HyperFormula too.
    const first = row + 3;
    for (let i = 0; i < 4; i++) {
      const municipal = at(first + i, 2) as number;
      expect(at(first + i, 3)).toBeCloseTo((municipal * 0.2) / 0.8, 9);
    }
  });

  test("a range edited in place moves the chance as the engine computes it", () => {
    const f = p.sensitivity!;
    const row = rowOf(s, language === "da" ? "Dødvægt" : "Deadweight");
    const chanceRow = rowOf(
      s,
      language === "da"
        ? "Chance for gevinst (nettogevinst over 0)"
        : "Chance of a gain (net gain above 0)"
    );
    const copy = workbook(p);
    copy.setCellContents({ sheet: id, row: row - 1, col: 3 }, 0.9);
    const ranges = { ...f.ranges, deadweight: { ...f.ranges.deadweight, high: 0.9 } };
    const engine = summariseDraws(drawNetGains(f.model, ranges, drawTable(f.draws, f.seed)));
    const live = copy.getCellValue({ sheet: id, row: chanceRow - 1, col: 1 });
    expect(live).toBeCloseTo(engine.probabilityPositive, 12);
    expect(engine.probabilityPositive).toBeLessThan(f.chance);
  });
});

/** The modified case with a comparison series (national trend) in column F of the caseload table. */
const COMPARISON = [1000, 950, 930, null, 900, null];
function withComparison(): { given: CaseInput; cells: (string | number | null)[][] } {
  const cells = grid();
  (cells[8] as (string | number | null)[])[5] = "Sammenligning";
  COMPARISON.forEach((v, i) => ((cells[9 + i] as (string | number | null)[])[5] = v));
  const base = input();
  return {
    cells,
    given: {
      ...base,
      caseload: {
        ...base.caseload!,
        rows: base.caseload!.rows.map((r, i) => ({
          ...r,
          comparison: {
            value: COMPARISON[i] ?? null,
            ref: { sheet: INPUT, row: 10 + i, column: 6 },
          },
        })),
      },
    },
  };
}

describe("other shapes of input", () => {
  const aabenraa = aabenraaInput(INPUT);
  const shapes: [string, CaseInput, (string | number | null)[][]][] = [
    [
      "Aabenraa as published (investment by category only: spread over the years)",
      aabenraa,
      aabenraaSheet(),
    ],
    ["no caseload table: every saving is projected", { ...input(), caseload: null }, grid()],
    [
      "no investment at all",
      { ...aabenraa, budget: { ...aabenraa.budget!, investmentByCategory: [] } },
      aabenraaSheet(),
    ],
    ["with a comparison series (national trend)", withComparison().given, withComparison().cells],
  ];
  test.each(shapes)("%s: every formula equals HyperFormula's value", (_name, given, cells) => {
    const p = plan("da", given);
    const hf = workbook(p, cells);
    const s = sensitivityOf(p);
    const id = hf.getSheetId(s.name) as number;
    const mismatches = s.cells
      .filter((c) => c.formula !== undefined)
      .filter(
        (c) =>
          !close(hf.getCellValue({ sheet: id, row: c.row - 1, col: c.column - 1 }), c.value ?? "")
      )
      .map((c) => `R${c.row}C${c.column} =${c.formula}`);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(p.keyFigures.some((k) => k.id === "chanceOfGain")).toBe(true);
  });

  test("with a comparison series: the national trend's part, by formula over KIK Sagstal", () => {
    const { given, cells } = withComparison();
    const p = plan("da", given);
    const hf = workbook(p, cells);
    const s = sensitivityOf(p);
    const row = rowOf(s, "Landstrendens del (budgetgarantien), kr.");
    const cell = s.cells.find((c) => c.row === row && c.column === 2)!;
    const id = hf.getSheetId(s.name) as number;
    expect(close(hf.getCellValue({ sheet: id, row: row - 1, col: 1 }), cell.value)).toBe(true);
    // The trend fell 10 % over the span: the part is positive and below the baseline's value.
    expect(cell.value as number).toBeGreaterThan(0);
    expect(cell.formula).toMatch(/KIK Sagstal/);
    expect(
      s.cells.some(
        (c) =>
          typeof c.value === "string" &&
          c.value.startsWith("Besparelsen er målt mod sammenligningsseriens trend")
      )
    ).toBe(true);
  });

  test("without a budget table the sheet says why, and there are no sensitivity key figures", () => {
    const p = plan("da", { ...aabenraa, budget: null });
    const s = sensitivityOf(p);
    expect(
      s.cells.some(
        (c) => c.value === "KIK Følsomhed kræver budgettabellen (investering og besparelse pr. år)."
      )
    ).toBe(true);
    expect(p.keyFigures.some((k) => k.id === "chanceOfGain")).toBe(false);
  });
});
