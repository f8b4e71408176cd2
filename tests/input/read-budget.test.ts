import type { GridValue } from "../../src/input/grid";
import type { BudgetInput } from "../../src/input/model";
import { cellName } from "../../src/input/problems";
import { readBudget } from "../../src/input/read-budget";
import { AABENRAA_BUDGET, AABENRAA_BUDGET_TRANSPOSED } from "./corpus";
import { gridOf } from "./fake-view";

function values(b: BudgetInput | null) {
  if (b === null) throw new Error("no budget");
  return {
    years: b.rows.map((r) => r.year.value),
    budgeted: b.rows.map((r) => r.budgeted.value),
    actual: b.rows.map((r) => r.actual.value),
  };
}

const AABENRAA = {
  years: [2016, 2017, 2018, 2019],
  budgeted: [-18.1, -8.6, 4, 22],
  actual: [6.1, 25.3, 11.4, null],
};

function errors(problems: readonly { severity: string; message: string }[]) {
  return problems.filter((p) => p.severity === "error").map((p) => p.message);
}

describe("budget, normal layout", () => {
  const { value, problems } = readBudget(gridOf(AABENRAA_BUDGET));

  it("reads Aabenraa's years, budgeted and actual; blank Faktisk is null", () => {
    expect(problems).toEqual([]);
    expect(values(value)).toEqual(AABENRAA);
    expect(value?.unit).toBe("mio.kr");
    expect(value?.investmentByCategory).toEqual([]);
    expect(value?.rows.every((r) => r.investment === null)).toBe(true);
  });

  it("keeps the cell of every value (also the blank one)", () => {
    const rows = value?.rows ?? [];
    expect(cellName(rows[0]!.year.ref)).toBe("KIK Input!A2");
    expect(cellName(rows[0]!.budgeted.ref)).toBe("KIK Input!B2");
    expect(cellName(rows[3]!.actual.ref)).toBe("KIK Input!C5");
    expect(value?.range).toEqual({ sheet: "KIK Input", top: 1, left: 1, bottom: 5, right: 3 });
  });

  it("reads a table that does not start at A1", () => {
    const r = readBudget(gridOf(AABENRAA_BUDGET, { top: 10, left: 4, sheet: "Økonomi" }));
    expect(values(r.value)).toEqual(AABENRAA);
    expect(cellName(r.value!.rows[1]!.actual.ref)).toBe("Økonomi!F12");
  });

  it("reads the investment column (positive amounts only)", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret (mio. kr.)", "Faktisk", "Investering"],
        [2016, -18.1, 6.1, 17],
        [2017, -8.6, 25.3, -17],
        [2018, 4, 11.4, null],
      ])
    );
    expect(r.value?.rows.map((x) => x.investment?.value)).toEqual([17, null, null]);
    expect(errors(r.problems)).toEqual([
      "KIK Input!D3: -17 er negativ (Investering) – investeringen angives som et positivt beløb (bruttoinvestering)",
    ]);
  });

  it("sorts years with a warning and warns about a gap", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2019, 22, null],
        [2016, -18.1, 6.1],
        [2017, -8.6, 25.3],
      ])
    );
    expect(r.value?.rows.map((x) => x.year.value)).toEqual([2016, 2017, 2019]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A3: 2016 står efter 2019 – KIK sorterer årene; sortér tabellen, så forsvinder denne advarsel",
      "KIK Input!A1:C4: budgettabellen springer år over (2018) – KIK regner kun med de år, der står i tabellen",
    ]);
  });

  it("keeps amounts in the table's unit, never rescaled", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret (kr.)", "Faktisk (kr.)"],
        [2016, -18100000, "6.100.000 kr."],
      ])
    );
    expect(r.problems).toEqual([]);
    expect(r.value?.unit).toBe("kr");
    expect(values(r.value).budgeted).toEqual([-18100000]);
    expect(values(r.value).actual).toEqual([6100000]);
  });

  it("reads an amount written as millions in the cell as an error", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret", "Faktisk"],
        [2016, "6,1 mio.", 1],
      ])
    );
    expect(errors(r.problems)).toEqual([
      "KIK Input!B2: »6,1 mio.« er ikke et tal (Budgetteret) – skriv kun tallet; enheden står i overskriften, fx »Budgetteret (mio. kr.)«",
    ]);
  });

  it("says which columns are missing", () => {
    const r = readBudget(
      gridOf([
        ["Year", "Note"],
        [2016, "x"],
      ]),
      { language: "en" }
    );
    expect(r.value).toBeNull();
    expect(errors(r.problems)).toEqual([
      "KIK Input!A1:B1: the budget table lacks the columns 'Budgeted' and 'Actual' – expected the headers Year, Budgeted, Actual (optional: Investment, Difference)",
    ]);
  });

  it("says when there is no header at all", () => {
    const r = readBudget(
      gridOf([
        [1, 2],
        [3, 4],
      ])
    );
    expect(errors(r.problems)).toEqual([
      "KIK Input!A1:B2: fandt ingen overskrifter for budgettabellen – forventede overskrifterne År, Budgetteret, Faktisk (valgfri: Investering, Forskel)",
    ]);
  });

  it("warns about unknown and unnamed columns and reads the rest", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret (mio. kr.)", "Faktisk", "Kommentar", null],
        [2016, -18.1, 6.1, "god start", 5],
      ])
    );
    expect(values(r.value).actual).toEqual([6.1]);
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        "warning",
        "KIK Input!D1: kolonnen »Kommentar« kendes ikke i budgettabellen og bliver ikke læst – kendte overskrifter: År, Budgetteret, Faktisk (valgfri: Investering, Forskel)",
      ],
      [
        "warning",
        "KIK Input!E1:E2: kolonnen har tal eller tekst, men ingen overskrift, og bliver ikke læst",
      ],
    ]);
  });

  it("refuses a column twice", () => {
    const r = readBudget(
      gridOf([
        ["År", "Budgetteret (mio. kr.)", "Faktisk", "Regnskab"],
        [2016, 1, 2, 3],
      ])
    );
    expect(errors(r.problems)).toEqual([
      "KIK Input!D1: »Regnskab« står to gange i budgettabellen (også i KIK Input!C1) – behold én af dem",
    ]);
  });

  it("allows title rows above the header", () => {
    const r = readBudget(
      gridOf([
        ["Budgetopfølgning KIK"],
        ["i mio. kr."],
        ...AABENRAA_BUDGET.map((x, i) => (i === 0 ? ["År", "Budgetteret", "Faktisk"] : x)),
      ])
    );
    expect(r.problems).toEqual([]);
    expect(values(r.value)).toEqual(AABENRAA);
    expect(r.value?.range.top).toBe(3);
  });

  it("reports a header-only table, but not when its rows were all wrong", () => {
    const empty = readBudget(gridOf([["År", "Budgetteret (mio. kr.)", "Faktisk"]]));
    expect(empty.value).toBeNull();
    expect(empty.problems.map((p) => p.message)).toEqual([
      "KIK Input!A1:C1: budgettabellen har overskrifter, men ingen rækker",
    ]);
    const wrong = readBudget(
      gridOf([
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        ["x1", 1, 2],
      ])
    );
    expect(wrong.value).toBeNull();
    expect(wrong.problems.map((p) => p.message)).toEqual([
      "KIK Input!A2: »x1« er ikke et år (År) – forventede et årstal, fx 2016",
    ]);
  });

  it("writes its messages in English when asked", () => {
    const r = readBudget(
      gridOf([
        ["Year", "Budgeted (mio. kr.)", "Actual"],
        [2016, -18.1, { error: "#REF!" }],
      ]),
      { language: "en" }
    );
    expect(errors(r.problems)).toEqual([
      "KIK Input!C2: contains the error #REF! (Actual) – expected an amount, e.g. -18.1",
    ]);
  });
});

describe("budget, transposed layout (as the seed note prints it)", () => {
  it("reads the seed table with its Forskel row ignored", () => {
    const r = readBudget(gridOf(AABENRAA_BUDGET_TRANSPOSED));
    expect(r.problems).toEqual([]);
    expect(values(r.value)).toEqual(AABENRAA);
    expect(r.value?.unit).toBe("mio.kr");
    const rows = r.value?.rows ?? [];
    expect(cellName(rows[0]!.year.ref)).toBe("KIK Input!B1");
    expect(cellName(rows[2]!.year.ref)).toBe("KIK Input!D1");
    expect(cellName(rows[0]!.budgeted.ref)).toBe("KIK Input!B2");
    expect(cellName(rows[3]!.actual.ref)).toBe("KIK Input!E3");
    expect(r.value?.range).toEqual({ sheet: "KIK Input", top: 1, left: 1, bottom: 4, right: 5 });
  });

  it("gives the same values as the normal layout, also from Danish text", () => {
    const text: GridValue[][] = AABENRAA_BUDGET_TRANSPOSED.map((row) =>
      row.map((v) =>
        typeof v === "number" && v !== Math.trunc(v) ? String(v).replace(".", ",") : v
      )
    );
    const a = readBudget(gridOf(text));
    const b = readBudget(gridOf(AABENRAA_BUDGET));
    expect(a.problems).toEqual([]);
    expect(values(a.value)).toEqual(values(b.value));
  });

  it("warns when Forskel disagrees with Faktisk − Budgetteret", () => {
    const grid = AABENRAA_BUDGET_TRANSPOSED.map((r) => [...r]);
    grid[3]![2] = 30;
    const r = readBudget(gridOf(grid));
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!C4: Forskel 30 stemmer ikke med Faktisk − Budgetteret = 33,9 – KIK bruger sin egen beregning",
    ]);
    expect(values(r.value)).toEqual(AABENRAA);
  });

  it("reads an Investering row", () => {
    const r = readBudget(
      gridOf([
        ["Mio. kr.", 2016, 2017],
        ["Budgetteret", -18.1, -8.6],
        ["Faktisk", 6.1, 25.3],
        ["Investering", 17, 17],
      ])
    );
    expect(r.value?.rows.map((x) => x.investment?.value)).toEqual([17, 17]);
  });

  it("says which row is missing", () => {
    const r = readBudget(
      gridOf([
        ["Mio.", 2016, 2017],
        ["Budgetteret", -18.1, -8.6],
      ])
    );
    expect(r.value).toBeNull();
    expect(errors(r.problems)).toEqual([
      "KIK Input!A2: budgettabellen mangler rækken »Faktisk« – forventede årstal i første række og rækkerne Budgetteret og Faktisk (valgfri: Investering, Forskel) i første kolonne",
    ]);
  });

  it("names the cell of a year that is not one", () => {
    const r = readBudget(
      gridOf([
        ["Mio.", 2016, "2O17"],
        ["Budgetteret", -18.1, -8.6],
        ["Faktisk", 6.1, 25.3],
      ])
    );
    expect(errors(r.problems)).toEqual([
      "KIK Input!C1: »2O17« er ikke et år (År) – forventede et årstal, fx 2016",
    ]);
    expect(values(r.value).years).toEqual([2016]);
  });

  it("warns about an unknown row and skips it", () => {
    const r = readBudget(
      gridOf([
        ["Mio.", 2016],
        ["Budgetteret", -18.1],
        ["Faktisk", 6.1],
        ["Bemærkning", "foreløbigt"],
      ])
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A4: rækken »Bemærkning« kendes ikke i budgettabellen og bliver ikke læst – kendte rækker: Budgetteret, Faktisk, Investering, Forskel",
    ]);
    expect(values(r.value).years).toEqual([2016]);
  });
});

describe("values read from text are marked, so the report does not put formulas over them", () => {
  test("numeric text is fromText; real numbers are not", () => {
    const grid: GridValue[][] = [
      ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
      [2016, -18.1, "6,1"],
      ["2017", "-8,6", 25.3],
    ];
    const { value, problems } = readBudget(gridOf(grid));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const [y2016, y2017] = value!.rows;
    expect(y2016!.budgeted.fromText).toBeUndefined();
    expect(y2016!.actual).toEqual(expect.objectContaining({ value: 6.1, fromText: true }));
    expect(y2017!.year).toEqual(expect.objectContaining({ value: 2017, fromText: true }));
    expect(y2017!.budgeted.fromText).toBe(true);
    expect(y2017!.actual.fromText).toBeUndefined();
  });
});
