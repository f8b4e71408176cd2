/**
 * The Aabenraa KIK case (../shared/seeds, DOMAIN.md) as typed inputs on an input sheet, built by
 * hand so the report tests do not depend on the readers. `cells` is the input sheet as rows of
 * values, for feeding a spreadsheet engine.
 */
import type { CaseInput, CellRef, Sourced } from "../../src/input/model";

const SHEET = "KIK Input";

/** Input sheet layout (1-based): budget A2:D6, categories F2:G6, caseload A9:F15, outcomes A18:B21, assumptions A24:D26. */
export function aabenraaSheet(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = Array.from({ length: 27 }, () => []);
  const put = (r: number, c: number, v: string | number | null) => {
    (rows[r - 1] as (string | number | null)[])[c - 1] = v;
  };
  ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)", "Investering (mio. kr.)"].forEach((h, i) =>
    put(2, i + 1, h)
  );
  const budget: [number, number, number | null][] = [
    [2016, -18.1, 6.1],
    [2017, -8.6, 25.3],
    [2018, 4, 11.4],
    [2019, 22, null],
  ];
  budget.forEach(([y, b, a], i) => {
    put(3 + i, 1, y);
    put(3 + i, 2, b);
    put(3 + i, 3, a);
  });
  ["Kategori", "Beløb (mio. kr.)"].forEach((h, i) => put(2, 6 + i, h));
  const categories: [string, number][] = [
    ["Nye indsatser – aktivitetsparate", 34.5],
    ["Nye indsatser – integration", 8],
    ["14 nye medarbejdere", 18],
    ["Øvrig drift og tværgående opgaver", 7.5],
  ];
  categories.forEach(([c, v], i) => {
    put(3 + i, 6, c);
    put(3 + i, 7, v);
  });
  ["Måned", "Sagstal", "Mål", "Oprindelig gruppe", "Nytilgang"].forEach((h, i) => put(9, i + 1, h));
  const caseload: [string, number | null, number | null, number | null, number | null][] = [
    ["2015-06", 1008, null, 1008, 0],
    ["2017-01", 661, null, 499, 162],
    ["2017-07", 563, null, 387, 176],
    ["2017-12", null, 700, null, null],
    ["2018-05", 495, null, null, null],
    ["2018-12", null, 500, null, null],
  ];
  caseload.forEach((r, i) => r.forEach((v, j) => put(10 + i, j + 1, v)));
  ["Udfald", "Antal"].forEach((h, i) => put(18, i + 1, h));
  const outcomes: [string, number][] = [
    ["Selvforsørgende", 54],
    ["Job- eller uddannelsesparat", 19],
    ["Anden forsørgelse", 27],
  ];
  outcomes.forEach(([o, n], i) => {
    put(19 + i, 1, o);
    put(19 + i, 2, n);
  });
  ["Navn", "Værdi", "Enhed", "Kilde"].forEach((h, i) => put(24, i + 1, h));
  put(25, 1, "Diskonteringsrente");
  put(25, 2, 0.035);
  put(25, 3, "%");
  put(25, 4, "Finansministeriet 2021");
  put(26, 1, "Mål for andel selvforsørgende");
  put(26, 2, 0.56);
  put(26, 3, "%");
  put(26, 4, "Aabenraa, projektbeskrivelse KIK1");
  return rows;
}

/**
 * The same data as typed inputs, each value pointing at its cell in {@link aabenraaSheet} on
 * the sheet `sheetName` ("KIK Input" unless another name is under test).
 */
export function aabenraaInput(sheetName = SHEET): CaseInput {
  const at = (row: number, column: number): CellRef => ({ sheet: sheetName, row, column });
  const src = <T>(value: T, row: number, column: number): Sourced<T> => ({
    value,
    ref: at(row, column),
  });
  const sheet = aabenraaSheet();
  const v = (r: number, c: number) => (sheet[r - 1] as (string | number | null)[])[c - 1] ?? null;
  const months: [number, number][] = [
    [2015, 6],
    [2017, 1],
    [2017, 7],
    [2017, 12],
    [2018, 5],
    [2018, 12],
  ];
  return {
    budget: {
      unit: "mio.kr",
      range: { sheet: sheetName, top: 2, left: 1, bottom: 6, right: 4 },
      rows: [0, 1, 2, 3].map((i) => ({
        year: src(v(3 + i, 1) as number, 3 + i, 1),
        budgeted: src(v(3 + i, 2) as number | null, 3 + i, 2),
        actual: src(v(3 + i, 3) as number | null, 3 + i, 3),
        investment: src(v(3 + i, 4) as number | null, 3 + i, 4),
      })),
      investmentByCategory: [0, 1, 2, 3].map((i) => ({
        category: src(v(3 + i, 6) as string, 3 + i, 6),
        amount: src(v(3 + i, 7) as number, 3 + i, 7),
      })),
    },
    caseload: {
      range: { sheet: sheetName, top: 9, left: 1, bottom: 15, right: 5 },
      rows: months.map(([year, month], i) => ({
        month: src({ year, month }, 10 + i, 1),
        count: src(v(10 + i, 2) as number | null, 10 + i, 2),
        target: src(v(10 + i, 3) as number | null, 10 + i, 3),
        original: src(v(10 + i, 4) as number | null, 10 + i, 4),
        newcomers: src(v(10 + i, 5) as number | null, 10 + i, 5),
        comparison: null,
      })),
    },
    outcomes: {
      range: { sheet: sheetName, top: 18, left: 1, bottom: 21, right: 2 },
      rows: [0, 1, 2].map((i) => ({
        label: src(v(19 + i, 1) as string, 19 + i, 1),
        count: src(v(19 + i, 2) as number, 19 + i, 2),
      })),
    },
    assumptions: [
      {
        key: "discountRate",
        name: src("Diskonteringsrente", 25, 1),
        value: src(0.035, 25, 2),
        unit: "%",
        source: "Finansministeriet 2021",
      },
      {
        key: "selfSupportingGoal",
        name: src("Mål for andel selvforsørgende", 26, 1),
        value: src(0.56, 26, 2),
        unit: "%",
        source: "Aabenraa, projektbeskrivelse KIK1",
      },
    ],
  };
}
