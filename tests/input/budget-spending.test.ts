/**
 * Budgetteret that looks like spending (issue 11): the column is the net effect against an
 * unchanged budget (+ = saving). Entering the money appropriated there instead (the investment
 * each year, or positive amounts summing to the investment) gives a warning naming the cells.
 */
import type { GridValue } from "../../src/input/grid";
import { readCaseInput } from "../../src/input/read-case";
import { fakeView } from "./fake-view";

function problems(rows: GridValue[][], language: "da" | "en" = "da") {
  return readCaseInput(fakeView({ sheets: { "KIK Input": rows } }), {}, language).problems;
}

test("Budgetteret equal to the investment every year: a warning on the Budgetteret cells", () => {
  const p = problems([
    ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)", "Investering (mio. kr.)"],
    [2016, 17, null, 17],
    [2017, 17, null, 17],
    [2018, 17, null, 17],
  ]);
  const warning = p.find(
    (x) => x.severity === "warning" && /Budgetteret er lig investeringen/.test(x.message)
  );
  expect(warning).toBeDefined();
  expect(warning!.message).toContain("B2:B4");
  expect(warning!.message).toContain("+ = besparelse");
});

test("positive Budgetteret summing to the investment by category: a warning, in English too", () => {
  const rows: GridValue[][] = [
    ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)", null, "Kategori", "Beløb (mio. kr.)"],
    [2016, 20, null, null, "Indsatser", 40],
    [2017, 20, null, null, "Medarbejdere", 10],
    [2018, 10, null, null, null, null],
  ];
  expect(problems(rows).some((x) => /summer til investeringen i alt/.test(x.message))).toBe(true);
  expect(problems(rows, "en").some((x) => /sums to the total investment/.test(x.message))).toBe(
    true
  );
});

test("a net effect (savings after the investment) gives no such warning", () => {
  const p = problems([
    ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)", "Investering (mio. kr.)"],
    [2016, -18.1, 6.1, 20],
    [2017, -8.6, 25.3, 20],
    [2018, 4, 11.4, 20],
  ]);
  expect(p.filter((x) => /Budgetteret er/.test(x.message))).toEqual([]);
});
