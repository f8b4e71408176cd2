import type { GridValue } from "../../src/input/grid";
import { CellBlock } from "../../src/input/cells";
import { rangeName } from "../../src/input/problems";
import { readCaseInput, splitBlocks } from "../../src/input/read-case";
import { AABENRAA_BUDGET, AABENRAA_CASELOAD, AABENRAA_OUTCOMES } from "./corpus";
import { fakeView, gridOf, type FakeWorkbook } from "./fake-view";

/** A one-row budget whose year tells which source was read. */
function budget(year: number): GridValue[][] {
  return [
    ["År", "Budgetteret (mio. kr.)", "Faktisk"],
    [year, 1, 2],
  ];
}

function years(wb: FakeWorkbook, selection = {}) {
  const r = readCaseInput(fakeView(wb), selection);
  return r.input.budget?.rows.map((x) => x.year.value) ?? null;
}

describe("where each table is looked for", () => {
  const sheets = {
    "KIK Input": budget(2004),
    Valgt: budget(2001),
    Tabel: budget(2002),
    Navn: budget(2003),
  };
  const tables = [{ name: "KIK_Budget", ref: "Tabel!A1:C2" }];
  const names = [{ name: "KIK_Budget", ref: "Navn!A1:C2" }];

  it("explicit selection > Excel table > defined name > block on KIK Input", () => {
    expect(years({ sheets, tables, names }, { budget: "Valgt!A1:C2" })).toEqual([2001]);
    expect(years({ sheets, tables, names })).toEqual([2002]);
    expect(years({ sheets, names })).toEqual([2003]);
    expect(years({ sheets })).toEqual([2004]);
  });

  it("accepts a table or name as the selection, and English aliases", () => {
    expect(years({ sheets, tables, names }, { budget: "kik_budget" })).toEqual([2002]);
    const r = readCaseInput(
      fakeView({
        sheets: { Data: AABENRAA_CASELOAD, Udfald: AABENRAA_OUTCOMES },
        tables: [
          { name: "KIK_Caseload", ref: "Data!A1:E6" },
          { name: "KIK_Outcomes", ref: "Udfald!A1:B4" },
        ],
      })
    );
    expect(r.problems).toEqual([]);
    expect(r.input.caseload?.rows.length).toBe(5);
    expect(r.input.outcomes?.rows.length).toBe(3);
    expect(rangeName(r.ranges.caseload!)).toBe("Data!A1:E6");
  });

  it("finds the input sheet by any of its names, in any case", () => {
    expect(years({ sheets: { input: budget(2010) } })).toEqual([2010]);
    expect(years({ sheets: { "KIK INPUTS": budget(2011) } })).toEqual([2011]);
    expect(years({ sheets: { Andet: budget(2012) } })).toBeNull();
  });

  it("reads nothing and complains about nothing in a workbook without input", () => {
    const r = readCaseInput(fakeView({ sheets: { Ark1: [["hej"]], "KIK Input": [] } }));
    expect(r).toEqual({
      input: { budget: null, caseload: null, outcomes: null, assumptions: [] },
      problems: [],
      ranges: {},
    });
  });

  it("reads the unit from a title right above an Excel table", () => {
    const r = readCaseInput(
      fakeView({
        sheets: {
          Ark1: [["Budget i 1.000 kr."], ["År", "Budgetteret", "Faktisk"], [2016, -18100, 6100]],
        },
        tables: [{ name: "KIK_Budget", ref: "Ark1!A2:C3" }],
      })
    );
    expect(r.problems).toEqual([]);
    expect(r.input.budget?.unit).toBe("t.kr");
  });

  it("warns when an investment split has no budget to belong to", () => {
    const r = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["Kategori", "Beløb"],
            ["Nye indsatser", 42.5],
          ],
        },
      })
    );
    expect(r.input.budget).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A1:B2: investeringstabellen bliver ikke brugt, fordi der ingen budgettabel er – investeringen fordeles på budgettets år",
    ]);
    expect(rangeName(r.ranges.investment!)).toBe("KIK Input!A1:B2");
  });

  it("warns when the investment split and the budget's investment column disagree", () => {
    const r = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["År", "Budgetteret (mio. kr.)", "Faktisk", "Investering"],
            [2016, -18.1, 6.1, 17],
            [],
            ["Kategori", "Beløb"],
            ["Nye indsatser", 42.5],
            ["Medarbejdere", 18],
            ["Øvrigt", 7.5],
          ],
        },
      })
    );
    expect(r.input.budget?.investmentByCategory.map((c) => c.amount.value)).toEqual([
      42.5, 18, 7.5,
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A4:B7: investeringen fordelt på kategorier er 68 i alt, men kolonnen Investering i budgettet summer til 17",
    ]);
  });

  it("does not call a table on the input sheet a stray block when it is an Excel table", () => {
    const r = readCaseInput(
      fakeView({
        sheets: { "KIK Input": [...AABENRAA_BUDGET, [], [1, 2], [3, 4]] },
        tables: [{ name: "KIK_Budget", ref: "'KIK Input'!A1:C5" }],
      })
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A7:B8: en blok af tal uden genkendelige overskrifter – forventede en af tabellerne budgettabellen (År, Budgetteret, Faktisk (valgfri: Investering, Forskel)); sagstalstabellen (Måned, Sagstal (valgfri: Mål, Oprindelig gruppe, Nytilgang, Sammenligning)); udfaldstabellen (Udfald (valgfri: Antal)); antagelsestabellen (Navn, Værdi (valgfri: Enhed, Kilde))",
    ]);
  });

  it("says which columns an incomplete block lacks", () => {
    const r = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["Sagstal", "Mål"],
            [1008, 500],
          ],
        },
      }),
      {},
      "en"
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      "KIK Input!A1:B1: the caseload table lacks the column 'Month' – expected the headers Month, Count (optional: Target, Original group, Newcomers, Comparison)",
    ]);
  });

  it("ignores notes and single cells on the input sheet", () => {
    const r = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["Indtast tallene nedenfor"],
            [],
            ...budget(2016),
            [],
            ["Kilde: Aabenraa", 2018],
          ],
        },
      })
    );
    expect(r.problems).toEqual([]);
    expect(r.input.budget?.rows.length).toBe(1);
  });
});

describe("blocks on a sheet", () => {
  it("splits at blank rows and columns, recursively", () => {
    const grid = gridOf([
      ["a", "b", null, "x"],
      [1, 2, null, 3],
      [null, null, null, 4],
      [null, null, null, null],
      ["c", null, null, null],
      [5, null, 6, 7],
    ]);
    const blocks = splitBlocks(CellBlock.of(grid)).map((b) => rangeName(b.range));
    expect(blocks).toEqual([
      "KIK Input!A1:B2",
      "KIK Input!D1:D3",
      "KIK Input!A5:A6",
      "KIK Input!C6:D6",
    ]);
  });
});
