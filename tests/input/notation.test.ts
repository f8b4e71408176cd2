/**
 * "1.008" is 1008 in Danish notation and 1,008 in English: numbers written as text are read in
 * the notation the workbook shows (its number texts, then its headers), or refused with a
 * message naming the cell – never read silently one way (docs/conventions.md).
 */
import type { GridValue } from "../../src/input/grid";
import { inferNotation } from "../../src/input/notation";
import { CellBlock } from "../../src/input/cells";
import { readCaseInput } from "../../src/input/read-case";
import { fakeView, gridOf } from "./fake-view";

function read(rows: GridValue[][]) {
  const r = readCaseInput(fakeView({ sheets: { "KIK Input": rows } }), {}, "da");
  return {
    budgeted: r.input.budget?.rows.map((x) => x.budgeted.value) ?? null,
    problems: r.problems,
  };
}

describe("the notation of numbers written as text", () => {
  test("Danish headers: '1.008' is 1008", () => {
    // In t. kr.: 1.008 mio. kr. would be warned as 1 mia. kr. or more in a year.
    const r = read([
      ["År", "Budgetteret (t. kr.)", "Faktisk"],
      [2016, "1.008", 2],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.budgeted).toEqual([1008]);
  });

  test("English headers: '1.008' is 1.008", () => {
    const r = read([
      ["Year", "Budgeted (mio. kr.)", "Actual"],
      [2016, "1.008", 2],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.budgeted).toEqual([1.008]);
  });

  test("a decimal comma elsewhere outweighs English headers: '1.008' is 1008", () => {
    const r = read([
      ["Year", "Budgeted", "Actual"],
      [2016, "1.008", "24,2"],
    ]);
    expect(r.budgeted).toEqual([1008]);
  });

  test("no evidence either way: refused with a message naming the cell and both readings", () => {
    const r = read([
      ["År", "Budgeted", "Faktisk"],
      [2016, "1.008", 2],
    ]);
    expect(r.budgeted).toEqual([null]);
    const problem = r.problems.find((p) => /1\.008/.test(p.message));
    expect(problem).toBeDefined();
    expect(problem?.message).toMatch(/1\.008/);
    expect(problem?.message).toMatch(/1,008/);
    expect(problem?.severity).toBe("error");
    expect(problem?.ref).toEqual({ sheet: "KIK Input", row: 2, column: 2 });
    expect(problem?.message).toMatch(/B2/);
  });

  test("inferNotation: decimal signs decide, contradictions and silence leave it unknown", () => {
    const block = (rows: GridValue[][]) => CellBlock.of(gridOf(rows));
    expect(inferNotation([block([["0,25"]])])).toBe("da");
    expect(inferNotation([block([["0.25"]])])).toBe("en");
    expect(inferNotation([block([["0.25", "24,2"]])])).toBeUndefined();
    expect(inferNotation([block([["1.008"]])])).toBeUndefined();
  });
});
