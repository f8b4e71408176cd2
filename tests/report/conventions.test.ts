/**
 * The result sheets follow docs/conventions.md, checked against hand-computed figures and
 * against HyperFormula evaluating the sheets' formulas: an exact break-even in decimals pays
 * back (−18,1; −8,6; 4; 22,7 → 4 years, in 2019) and its net gain is 0,0, not −0,0; and the
 * payback follows the budget when it is edited (2019 budgeted 30 → 3,76 years).
 */
import type { HyperFormula } from "hyperformula";
import { netCostOfSpell } from "../../src/engine";
import type { CaseInput } from "../../src/input/model";
import { buildReport } from "../../src/report/build";
import type { ReportPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { aabenraaInput, aabenraaSheet } from "./aabenraa";
import { planWorkbook, type Grid } from "./plan-workbook";

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

/** The plan's sheets and the input grid in one HyperFormula workbook (FIXED registered, Danish). */
function workbookOf(plan: ReportPlan, grid: Grid): HyperFormula {
  return planWorkbook(plan, { [SHEET]: grid });
}

/** HyperFormula's values of the overview's key figures (column B) by key-figure id. */
function evaluated(plan: ReportPlan, grid: (string | number | null)[][]) {
  const hf = workbookOf(plan, grid);
  const overview = plan.sheets[0]!;
  const at = (row: number, column: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(overview.name)!, row: row - 1, col: column - 1 });
  const byLabel = new Map<string, { value: unknown; explanation: unknown; cached: unknown }>();
  for (const k of plan.keyFigures) {
    // Key figures of KIK Følsomhed (chance, break-even deadweight, kommune share) are not rows here.
    const found = overview.cells.find((c) => c.column === 1 && c.value === k.label);
    if (
      found === undefined &&
      ["chanceOfGain", "breakevenDeadweight", "municipalShare"].includes(k.id)
    )
      continue;
    const cell = found!;
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
    expect(hf.get("paybackYear")?.explanation).toMatch(/^Det kalenderår, hvor .* 2016 \+ /);
    expect(hf.get("paybackYear")?.explanation).not.toBe(hf.get("payback")?.explanation);
  });

  test("22 (Aabenraa's own budget): not within 2016–2019, explained with −0,7 mio. kr. by formula", () => {
    const { plan, grid } = report(22);
    const hf = evaluated(plan, grid);
    expect(hf.get("payback")?.value).toBe("Ikke inden for 2016–2019");
    expect(hf.get("paybackYear")?.value).toBe("–");
    expect(hf.get("paybackYear")?.explanation).toBe(
      "Intet år: det akkumulerede budgetterede nettoresultat når ikke op på 0 i 2016–2019."
    );
    expect(hf.get("payback")?.explanation).toMatch(/\(-0,7 mio\. kr\.\) ved udgangen af 2019/);
    expect(hf.get("payback")?.explanation).toBe(
      plan.keyFigures.find((k) => k.id === "payback")?.explanation
    );
  });
});

describe("savings are credited from the strategy's start on the result sheets", () => {
  /** The Aabenraa report, with or without its budget (whose first year is the start). */
  function personYears(withBudget: boolean): number {
    const base = aabenraaInput(SHEET);
    const input: CaseInput = withBudget ? base : { ...base, budget: null };
    const plan = buildReport(input, {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
    });
    return plan.keyFigures.find((k) => k.id === "personYears")?.value as number;
  }

  test("June–December 2015 (before the 2016 start) is not credited: 383,5 person-months less", () => {
    // By hand: 1008 in June 2015, 661 in January 2017 (19 months later), linear between: the
    // months June–December 2015 save (1008 − 661) × (0 + 1 + … + 6) / 19 = 383,5 person-months.
    const withoutStart = personYears(false);
    const fromStart = personYears(true);
    expect((withoutStart - fromStart) * 12).toBeCloseTo((347 * 21) / 19, 9);
    expect((347 * 21) / 19).toBeCloseTo(383.5, 1);
  });
});

describe("'efter dødvægt' only when a deadweight or a trend is applied", () => {
  test("no deadweight and no trend: the savings say 'brutto' and why; a deadweight by formula switches", () => {
    const base = aabenraaInput(SHEET);
    const plan = buildReport(base, {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
      overrides: { netCostPerPersonYear: 100000, deadweightShare: 0 },
    });
    const savings = plan.keyFigures.find((k) => k.id === "savings");
    expect(savings?.label).toBe("Besparelse på forsørgelse, brutto (mio. kr.)");
    expect(savings?.explanation).toMatch(/overvurderer/);
    const withDeadweight = buildReport(base, {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
      overrides: { netCostPerPersonYear: 100000, deadweightShare: 0.1 },
    });
    const net = withDeadweight.keyFigures.find((k) => k.id === "savings");
    expect(net?.label).toBe("Besparelse på forsørgelse efter dødvægt (mio. kr.)");
    expect(net?.explanation).not.toMatch(/overvurderer/);
    // The wording is a formula over the deadweight cell: HyperFormula agrees with both.
    const grid = aabenraaSheet();
    for (const p of [plan, withDeadweight]) {
      const hf = workbookOf(p, grid);
      const o = p.sheets[0]!;
      const k = p.keyFigures.find((x) => x.id === "savings")!;
      const cell = o.cells.find((c) => c.column === 1 && c.value === k.label)!;
      const at = (col: number) =>
        hf.getCellValue({ sheet: hf.getSheetId(o.name)!, row: cell.row - 1, col: col - 1 });
      expect(cell.formula).toBeDefined();
      expect(at(1)).toBe(k.label);
      expect(at(3)).toBe(k.explanation);
      hf.destroy();
    }
  });
});

describe("'Sagstal ved start' has one meaning", () => {
  test("with the Udgangspunkt assumption the explanation says so, not 'first measurement'", () => {
    const plan = buildReport(aabenraaInput(SHEET), {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
      overrides: { baseline: 1100 },
    });
    const b = plan.keyFigures.find((k) => k.id === "baseline");
    expect(b?.value).toBe(1100);
    expect(b?.explanation).toMatch(/^Udgangspunktet fra antagelserne/);
    const plain = buildReport(aabenraaInput(SHEET), {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
    });
    const first = plain.keyFigures.find((k) => k.id === "baseline");
    expect(first?.value).toBe(1008);
    expect(first?.explanation).toMatch(/^Første måling/);
  });
});

describe("the Mål assumption is used", () => {
  const build = (overrides: Record<string, number | string>, withTargets = true) => {
    const base = aabenraaInput(SHEET);
    const caseload = base.caseload!;
    const rows = withTargets ? caseload.rows : caseload.rows.map((r) => ({ ...r, target: null }));
    return buildReport(
      { ...base, caseload: { ...caseload, rows } },
      {
        language: "da",
        sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
        inputRanges: {},
        generatedAt: new Date("2026-11-23T12:00:00Z"),
        version: "0.1.0",
        overrides,
      }
    );
  };

  test("without a Måldato it replaces the table's last target, in that month (December 2018)", () => {
    const plan = build({ target: 450 });
    const target = plan.keyFigures.find((k) => k.id === "target");
    expect(target?.value).toBe(450);
    expect(target?.explanation).toMatch(/dec\. 2018/);
    // Progress by hand: (1008 − 495) / (1008 − 450).
    expect(plan.keyFigures.find((k) => k.id === "progress")?.value).toBeCloseTo(513 / 558, 12);
  });

  test("with a Måldato it is placed there", () => {
    const plan = build({ target: 450, targetDate: "2019-06" });
    expect(plan.keyFigures.find((k) => k.id === "target")?.explanation).toMatch(/jun\. 2019/);
  });

  test("with neither a Måldato nor a target in the table, a note says it is not used", () => {
    const plan = build({ target: 450 }, false);
    expect(plan.notes.join("\n")).toMatch(/Antagelsen Mål bruges ikke/);
  });
});

describe("the net cost per person-year follows the refund staircase by formula", () => {
  test("52 weeks: 12.326 × 12 × 0,8 = 118.329,60 kr.; edited to 10 weeks it recomputes as KIK; 1e20 weeks is #NUM!", () => {
    const plan = buildReport(aabenraaInput(SHEET), {
      language: "da",
      sheetNames: resolveSheetNames([{ name: SHEET, generatedKind: null }], "da"),
      inputRanges: {},
      generatedAt: new Date("2026-11-23T12:00:00Z"),
      version: "0.1.0",
      overrides: { monthlyBenefitRate: 12326, weeksOnBenefit: 52, serviceCostPerYear: 0 },
    });
    const hf = workbookOf(plan, aabenraaSheet());
    const a = plan.sheets.find((s) => s.kind === "assumptions")!;
    const sheet = hf.getSheetId(a.name)!;
    const rowOf = (name: RegExp) =>
      a.cells.find((c) => c.column === 1 && name.test(String(c.value)))!.row;
    const cost = () =>
      hf.getCellValue({ sheet, row: rowOf(/^Nettoudgift pr\. helårsperson/) - 1, col: 1 });
    const weeks = { sheet, row: rowOf(/^Uger på/) - 1, col: 1 };
    expect(cost() as number).toBeCloseTo(118329.6, 6);
    for (const w of [0, 3.5, 10, 26, 40, 100]) {
      hf.setCellContents(weeks, [[w]]);
      const kik = netCostOfSpell({ monthlyRate: 12326, weeksAlreadyOnBenefit: w });
      expect(kik.ok && Math.abs((cost() as number) - kik.value) <= 1e-9 * kik.value).toBe(true);
    }
    hf.setCellContents(weeks, [[1e20]]);
    expect(cost()).toEqual(expect.objectContaining({ value: "#NUM!" }));
    hf.destroy();
  });
});
