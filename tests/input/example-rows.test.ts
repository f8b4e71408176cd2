/**
 * The template's grey example rows (issue 11, item 7): a row whose key cell starts with
 * "Eksempel"/"Example" shows what to fill in and is never read as data, in either language,
 * whether it stands alone (the empty template: nothing to compute yet) or real rows follow.
 */
import type { GridValue } from "../../src/input/grid";
import { readCaseInput } from "../../src/input/read-case";
import { a1 } from "../../src/sheet";
import { buildTemplate, TEMPLATE_SHEET_NAME } from "../../src/report/template";
import { isUsable } from "../../src/taskpane/input-problems";
import { fakeView } from "./fake-view";

/** The template's cells as a grid, and its tables as Excel tables. */
function templateWorkbook(language: "da" | "en") {
  const sheet = buildTemplate(language);
  const grid: GridValue[][] = [];
  for (const c of sheet.cells) {
    while (grid.length < c.row) grid.push([]);
    (grid[c.row - 1] as GridValue[])[c.column - 1] = c.value as GridValue;
  }
  const tables = sheet.tables.map((t) => ({
    name: t.name,
    ref: `'${TEMPLATE_SHEET_NAME}'!${a1(t.top, t.left)}:${a1(t.bottom, t.right)}`,
  }));
  return { sheets: { [TEMPLATE_SHEET_NAME]: grid }, tables };
}

describe.each(["da", "en"] as const)("the template's example rows (%s)", (language) => {
  test("a template with only example rows reads without errors, with nothing to compute yet", () => {
    const read = readCaseInput(fakeView(templateWorkbook(language)), {}, language);
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.input.budget).toBeNull();
    expect(read.input.caseload).toBeNull();
    expect(read.input.outcomes).toBeNull();
    expect(isUsable(read)).toBe(false);
  });

  test("the example row is skipped when real rows follow it", () => {
    const marker = language === "da" ? "Eksempel" : "Example";
    const read = readCaseInput(
      fakeView({
        sheets: {
          "KIK Input": [
            ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
            [`${marker}: 2016`, -18.1, 6.1],
            [2016, -18.1, 6.1],
            [2017, -8.6, 25.3],
            [],
            ["Udfald", "Antal"],
            [`${marker.toUpperCase()}: Selvforsørgende`, 54],
            ["Selvforsørgende", 54],
            // Only the marker word itself marks an example; a word that begins with it is data.
            ["Eksempelvis andet", 3],
          ],
        },
      }),
      {},
      language
    );
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.input.budget?.rows.map((r) => [r.year.value, r.budgeted.value])).toEqual([
      [2016, -18.1],
      [2017, -8.6],
    ]);
    expect(read.input.outcomes?.rows.map((r) => [r.label.value, r.count?.value])).toEqual([
      ["Selvforsørgende", 54],
      ["Eksempelvis andet", 3],
    ]);
  });
});
