/** The report plan on awkward inputs: text labels, numbers read from text, missing tables, taken names. */
import { buildReport, type ReportOptions } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import type { CaseInput } from "../../src/input/model";
import type { SheetPlan } from "../../src/report/plan";
import { aabenraaInput } from "./aabenraa";

function options(sheetNames = resolveSheetNames([], "da")): ReportOptions {
  return {
    language: "da",
    sheetNames,
    inputRanges: {},
    generatedAt: new Date("2026-01-01T00:00:00Z"),
    version: "test",
  };
}

const sheet = (plan: { sheets: readonly SheetPlan[] }, kind: SheetPlan["kind"]) =>
  plan.sheets.find((s) => s.kind === kind) as SheetPlan;

test("an outcome label that looks like a formula is written as text, never as a formula", () => {
  const input = aabenraaInput();
  const evil = '=HYPERLINK("http://example.invalid","Job")';
  const outcomes = {
    ...input.outcomes!,
    rows: input.outcomes!.rows.map((r, i) =>
      i === 0 ? { ...r, label: { ...r.label, value: evil } } : r
    ),
  };
  const plan = buildReport({ ...input, outcomes }, options());
  const cell = sheet(plan, "overview").cells.find((c) => c.value === evil);
  expect(cell).toBeDefined();
  // The label stays live (a reference to its input cell, as text), but its text is never
  // part of a formula: the cell shows the text, whatever it starts with.
  const ref = `'KIK Input'!$A$${input.outcomes!.rows[0]!.label.ref.row}`;
  expect([undefined, `TRIM(${ref}&"")`]).toContain(cell?.formula);
  for (const s of plan.sheets)
    for (const c of s.cells) expect(c.formula ?? "").not.toContain("HYPERLINK");
  expect(plan.notes.join("\n")).toMatch(/kendes ikke af KIK/);
});

test("a number read from a text cell is written as a value, not as a formula over that cell", () => {
  const input = aabenraaInput();
  const rows = input.budget!.rows.map((r, i) =>
    i === 1 ? { ...r, actual: { ...r.actual, fromText: true } } : r
  );
  const plan = buildReport({ ...input, budget: { ...input.budget!, rows } }, options());
  const actual2017 = sheet(plan, "economy").cells.find((c) => c.row === 6 && c.column === 7);
  expect(actual2017?.value).toBe(25.3);
  expect(actual2017?.formula).toBeUndefined();
  const actual2016 = sheet(plan, "economy").cells.find((c) => c.row === 5 && c.column === 7);
  expect(actual2016?.formula).toBe(`IF('KIK Input'!$C$3="","",'KIK Input'!$C$3)`);
});

test("missing tables give notes and explanatory sheets, not a crash", () => {
  const empty: CaseInput = { budget: null, caseload: null, outcomes: null, assumptions: [] };
  const plan = buildReport(empty, options());
  expect(plan.sheets).toHaveLength(5);
  expect(plan.notes.join("\n")).toMatch(/Ingen budgettabel/);
  expect(plan.notes.join("\n")).toMatch(/Ingen sagstalstabel/);
  expect(plan.notes.join("\n")).toMatch(/Ingen tabel over afsluttede sager/);
  expect(plan.keyFigures).toEqual([]);
});

test("a sheet named like a result sheet that KIK did not make is avoided, and formulas follow the new names", () => {
  const names = resolveSheetNames(
    [
      { name: "KIK Antagelser", generatedKind: null },
      { name: "kik økonomi", generatedKind: null },
    ],
    "da"
  );
  expect(names.assumptions).toBe("KIK Antagelser (2)");
  expect(names.economy).toBe("KIK Økonomi (2)");
  const plan = buildReport(aabenraaInput(), options(names));
  const formulas = plan.sheets.flatMap((s) => s.cells.map((c) => c.formula ?? ""));
  expect(formulas.some((f) => f.includes("'KIK Antagelser (2)'!"))).toBe(true);
  expect(formulas.some((f) => /'KIK Antagelser'!/.test(f))).toBe(false);
  const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  expect(new Set(tables).size).toBe(tables.length);
  expect(tables).toContain("KIKR_Oekonomi_2");
});

test("our own sheets are reused under whatever name they have now", () => {
  const names = resolveSheetNames(
    [
      { name: "Mit overblik", generatedKind: "overview" },
      { name: "KIK Overblik", generatedKind: null },
    ],
    "da"
  );
  expect(names.overview).toBe("Mit overblik");
});

test("fleksjob as self-support moves fleksjob cases into the self-supporting group", () => {
  const input = aabenraaInput();
  const outcomes = {
    ...input.outcomes!,
    rows: [
      ...input.outcomes!.rows,
      {
        label: { value: "Fleksjob", ref: { sheet: "KIK Input", row: 22, column: 1 } },
        count: { value: 10, ref: { sheet: "KIK Input", row: 22, column: 2 } },
      },
    ],
  };
  const without = buildReport({ ...input, outcomes }, options());
  const fleks = {
    key: "fleksjobIsSelfSupporting" as const,
    name: { value: "Fleksjob", ref: { sheet: "KIK Input", row: 27, column: 1 } },
    value: { value: true, ref: { sheet: "KIK Input", row: 27, column: 2 } },
    unit: "",
    source: "",
  };
  const withFleks = buildReport(
    { ...input, outcomes, assumptions: [...input.assumptions, fleks] },
    options()
  );
  const share = (p: typeof without) => p.keyFigures.find((k) => k.id === "selfSupporting")?.value;
  expect(share(without)).toBeCloseTo(54 / 110, 12);
  expect(share(withFleks)).toBeCloseTo(64 / 110, 12);
});

test("savings: person-years avoided against the baseline, moved with the comparison trend", () => {
  const input = aabenraaInput();
  const national = [100, 95, 90, null, 85, null];
  const rows = input.caseload!.rows.map((r, i) => ({
    ...r,
    comparison: { value: national[i] ?? null, ref: { sheet: "KIK Input", row: 10 + i, column: 6 } },
  }));
  const withTrend = buildReport({ ...input, caseload: { ...input.caseload!, rows } }, options());
  const flat = buildReport(input, options());
  const py = (p: typeof flat) => p.keyFigures.find((k) => k.id === "personYears")?.value as number;
  // The national caseload fell 15 %, so less of the fall is credited to the strategy.
  expect(py(withTrend)).toBeLessThan(py(flat));
  const caseload = sheet(withTrend, "caseload");
  const counterfactualJuly2017 = caseload.cells.find((c) => c.row === 5 + 25 && c.column === 10);
  expect(counterfactualJuly2017?.value).toBeCloseTo(1008 * 0.9, 9);
  const savings = withTrend.keyFigures.find((k) => k.id === "savings");
  expect(savings?.value).toBeCloseTo(py(withTrend) * 10968 * 12 * 0.8, 3);
  const off = buildReport(
    {
      ...input,
      caseload: { ...input.caseload!, rows },
      assumptions: [
        ...input.assumptions,
        {
          key: "comparisonTrend",
          name: {
            value: "Brug sammenligningstrend",
            ref: { sheet: "KIK Input", row: 27, column: 1 },
          },
          value: { value: false, ref: { sheet: "KIK Input", row: 27, column: 2 } },
          unit: "",
          source: "",
        },
      ],
    },
    options()
  );
  expect(py(off)).toBeCloseTo(py(flat), 9);
});

// Issue 10: a cell that cannot be a formula is marked visibly as fixed at run time.
test("numbers stored as text are values, marked 'Fast værdi fra kørslen' beside them; the overview has no mark", () => {
  const input = aabenraaInput();
  const rows = input.caseload!.rows.map((r, i) =>
    i === 1 ? { ...r, count: { ...r.count, fromText: true } } : r
  );
  const assumptions = input.assumptions.map((a) =>
    a.key === "discountRate" ? { ...a, value: { ...a.value, fromText: true } } : a
  );
  const plan = buildReport(
    { ...input, caseload: { ...input.caseload!, rows }, assumptions },
    options()
  );
  const marks = (kind: SheetPlan["kind"]) =>
    sheet(plan, kind).cells.filter(
      (c) => typeof c.value === "string" && c.value.startsWith("Fast værdi fra kørslen 2026-01-01:")
    );
  const countCell = rows[1]!.count.ref;
  expect(marks("caseload").map((c) => c.value)).toEqual([
    expect.stringContaining(`'KIK Input'!B${countCell.row} stod som tekst`),
  ]);
  // The mark sits in the row of the fixed value, which is a value, not a formula.
  const mark = marks("caseload")[0]!;
  const fixed = sheet(plan, "caseload").cells.find((c) => c.row === mark.row && c.column === 2);
  expect(fixed?.formula).toBeUndefined();
  expect(marks("assumptions")).toHaveLength(1);
  expect(marks("overview")).toEqual([]);
  // Without text numbers, no marks.
  const plain = buildReport(aabenraaInput(), options());
  for (const s of plain.sheets)
    expect(s.cells.filter((c) => String(c.value).startsWith("Fast værdi"))).toEqual([]);
});

test("KIK Økonomi: a budget number stored as text is a value, marked beside its row with the cell", () => {
  const input = aabenraaInput();
  const rows = input.budget!.rows.map((r, i) =>
    i === 2 ? { ...r, actual: { ...r.actual, fromText: true } } : r
  );
  const plan = buildReport({ ...input, budget: { ...input.budget!, rows } }, options());
  const economy = sheet(plan, "economy");
  const marks = economy.cells.filter(
    (c) => typeof c.value === "string" && c.value.startsWith("Fast værdi fra kørslen 2026-01-01:")
  );
  const ref = rows[2]!.actual.ref;
  expect(marks.map((c) => c.value)).toEqual([
    expect.stringContaining(
      `'${ref.sheet}'!${String.fromCharCode(64 + ref.column)}${ref.row} stod som tekst`
    ),
  ]);
  // The actual figure in the marked row is the value read, not a formula.
  const actual = economy.cells.find(
    (c) => c.row === marks[0]!.row && c.value === rows[2]!.actual.value
  );
  expect(actual?.formula).toBeUndefined();
});

test("a number read as a percentage (3,5 in a % row) is marked and noted as such, not as text", () => {
  const input = aabenraaInput();
  const assumptions = input.assumptions.map((a) =>
    a.key === "discountRate" ? { ...a, value: { ...a.value, fromText: true, rescaled: true } } : a
  );
  const plan = buildReport({ ...input, assumptions }, options());
  const notes = plan.notes.join("\n");
  expect(notes).toContain("indeholder et tal, KIK læser som procent");
  expect(notes).not.toContain("som tekst");
  const marks = sheet(plan, "assumptions").cells.filter(
    (c) => typeof c.value === "string" && c.value.startsWith("Fast værdi fra kørslen")
  );
  expect(marks.map((c) => c.value)).toEqual([expect.stringContaining("læses som procent")]);
});
