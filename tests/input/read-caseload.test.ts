import type { GridValue } from "../../src/input/grid";
import { formatMonth } from "../../src/input/months";
import { cellName } from "../../src/input/problems";
import { readCaseload } from "../../src/input/read-caseload";
import { AABENRAA_CASELOAD, dateCell } from "./corpus";
import { gridOf } from "./fake-view";

describe("caseload", () => {
  it("reads Aabenraa's points, targets and split into original group and newcomers", () => {
    const { value, problems } = readCaseload(gridOf(AABENRAA_CASELOAD));
    expect(problems).toEqual([]);
    const rows = value?.rows ?? [];
    expect(rows.map((r) => formatMonth(r.month.value))).toEqual([
      "2015-06",
      "2017-01",
      "2017-07",
      "2017-12",
      "2018-12",
    ]);
    expect(rows.map((r) => r.count.value)).toEqual([1008, 661, 563, null, null]);
    expect(rows.map((r) => r.target?.value)).toEqual([null, null, null, 700, 500]);
    expect(rows.map((r) => r.original?.value)).toEqual([null, 499, 387, null, null]);
    expect(rows.map((r) => r.newcomers?.value)).toEqual([null, 162, 176, null, null]);
    expect(rows.every((r) => r.comparison === null)).toBe(true);
    expect(cellName(rows[1]!.month.ref)).toBe("KIK Input!A3");
    expect(cellName(rows[2]!.original!.ref)).toBe("KIK Input!D4");
    expect(value?.range).toEqual({ sheet: "KIK Input", top: 1, left: 1, bottom: 6, right: 5 });
  });

  it("has null for a column the table does not have", () => {
    const { value } = readCaseload(
      gridOf([
        ["Måned", "Sagstal"],
        ["2015-06", 1008],
      ])
    );
    const row = value!.rows[0]!;
    expect([row.target, row.original, row.newcomers, row.comparison]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("warns when original group + newcomers is not the count", () => {
    const { problems } = readCaseload(
      gridOf([
        ["Måned", "Sagstal", "Oprindelig gruppe", "Nytilgang"],
        ["2017-01", 660, 499, 162],
      ])
    );
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!B2: Oprindelig gruppe + Nytilgang = 661, men Sagstal er 660 – KIK bruger Sagstal",
    ]);
  });

  it("allows a negative comparison value but not a negative target", () => {
    const { value, problems } = readCaseload(
      gridOf([
        ["Måned", "Sagstal", "Mål", "Sammenligning"],
        ["2017-01", 660, -1, -2.5],
      ])
    );
    expect(value?.rows[0]?.comparison?.value).toBe(-2.5);
    expect(value?.rows[0]?.target?.value).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!C2: -1 er negativ (Mål) – et antal kan ikke være negativt",
    ]);
  });

  it("skips a totals row (»I alt«, »Total«) with a warning instead of reading it as a month", () => {
    for (const total of ["I alt", "Total"]) {
      const { value, problems } = readCaseload(
        gridOf([
          ["Måned", "Sagstal", "Oprindelig gruppe", "Nytilgang"],
          ["2017-01", 661, 499, 162],
          ["2017-07", 563, 387, 176],
          [total, 1224, 886, 338],
        ])
      );
      expect(value?.rows.map((r) => r.count.value)).toEqual([661, 563]);
      expect(value?.range.bottom).toBe(4);
      expect(problems.map((p) => [p.severity, p.message])).toEqual([
        [
          "warning",
          `KIK Input!A4: »${total}« er en total og bliver ikke læst – KIK lægger selv sammen`,
        ],
      ]);
    }
  });

  it("names the cell of values without a month", () => {
    const { problems } = readCaseload(
      gridOf([
        ["Måned", "Sagstal"],
        ["2015-06", 1008],
        [null, 990],
      ])
    );
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!A3: rækken har tal, men ingen måned (Måned) – skriv måneden",
    ]);
  });

  it("reads a count typed as text and refuses words", () => {
    const { value, problems } = readCaseload(
      gridOf(
        [
          ["Month", "Count"],
          ["2015-06", "1,008.0"],
          ["2015-07", "not measured"],
        ],
        { sheet: "Data" }
      ),
      { language: "en" }
    );
    expect(value?.rows.map((r) => r.count.value)).toEqual([1008, null]);
    expect(problems.map((p) => p.message)).toEqual([
      "Data!B3: 'not measured' is not a number (Count) – expected a count, e.g. 563",
    ]);
  });

  it("reads 100,000 rows of mixed notations (speed: npm run bench, never asserted here)", () => {
    const rows: GridValue[][] = [["Måned", "Sagstal", "Mål", "Oprindelig gruppe", "Nytilgang"]];
    const n = 100000;
    for (let i = 0; i < n; i++) {
      const year = 1000 + Math.floor(i / 12);
      const month = (i % 12) + 1;
      // Mixed month notations and text numbers, to exercise the slow paths too.
      const m = i % 3 === 0 ? `${year}-${String(month).padStart(2, "0")}` : `${month}/${year}`;
      rows.push([m, i % 2 === 0 ? 600 : "600", null, 400, 200]);
    }
    const grid = gridOf(rows);
    const { value, problems } = readCaseload(grid);
    // 100.000 distinct months only fit from year 1000: the one problem is the warning about it.
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("KIK Input!A2: 1000-01 ligger før 1900"),
    ]);
    expect(value?.rows.length).toBe(n);
  });

  it("reports at most 50 problems per table and counts the rest", () => {
    const rows: GridValue[][] = [["Måned", "Sagstal"]];
    for (let i = 0; i < 10000; i++)
      rows.push([`${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, "abc"]);
    const { problems } = readCaseload(gridOf(rows));
    expect(problems.length).toBe(51);
    expect(problems[50]).toEqual({
      severity: "error",
      message: "… og 9.950 problemer mere i sagstalstabellen, som ikke vises",
      ref: null,
    });
  });

  it("reads months written as dates on the last day of the month", () => {
    const { value } = readCaseload(
      gridOf([
        ["Dato", "Antal"],
        [dateCell(2017, 7, 31), 563],
        [dateCell(2017, 1, 31), 661],
      ])
    );
    expect(value?.rows.map((r) => formatMonth(r.month.value))).toEqual(["2017-01", "2017-07"]);
  });
});
