/** Cell rules of the Office.js face: text protection, dates, errors, addresses, widths. */
import {
  columnWidthPoints,
  formulaEntry,
  gridValueOfOffice,
  isDateFormat,
  needsTextPrefix,
  protectText,
  restoreEntry,
} from "../../src/excel/cells";
import { selectionText, splitAreas } from "../../src/excel/read-input";
import { frozenOf } from "../../src/excel/write-report";
import type { WorkbookState } from "../../src/excel/workbook-state";
import { sanitizeTableName } from "../../src/sheet";

test("text Excel would parse gets the text prefix; plain words do not", () => {
  for (const s of [
    "=HYPERLINK(1)",
    "+45 12 34 56 78",
    "-job",
    "@foo",
    "'quoted",
    "#N/A",
    "24,2",
    "2016",
    "TRUE",
    " padded",
  ])
    expect(needsTextPrefix(s)).toBe(true);
  for (const s of ["Selvforsørgende", "KIK Overblik", "Budgetteret", ""])
    expect(needsTextPrefix(s)).toBe(false);
  expect(protectText("=A1")).toBe("'=A1");
  expect(protectText("Navn")).toBe("Navn");
  expect(protectText("x".repeat(40_000))).toHaveLength(32_767);
});

test("planned cells as range.formulas entries", () => {
  expect(formulaEntry({ row: 1, column: 1, value: 3, formula: "SUM(A2:A3)" })).toBe("=SUM(A2:A3)");
  expect(formulaEntry({ row: 1, column: 1, value: 3, formula: "=A2" })).toBe("=A2");
  expect(formulaEntry({ row: 1, column: 1, value: "=A2" })).toBe("'=A2");
  expect(formulaEntry({ row: 1, column: 1, value: null })).toBeNull();
  expect(formulaEntry({ row: 1, column: 1, value: "" })).toBeNull();
  expect(formulaEntry({ row: 1, column: 1, value: Number.NaN })).toBeNull();
  expect(formulaEntry({ row: 1, column: 1, value: false })).toBe(false);
  expect(
    formulaEntry(
      { row: 1, column: 1, value: 1, formula: "SUM(KIK_X[Beløb])" },
      new Map([["KIK_X", "KIK_X_2"]])
    )
  ).toBe("=SUM(KIK_X_2[Beløb])");
});

test("restoring what was read: formulas, protected text, error constants", () => {
  expect(restoreEntry("=A1*2", 4, "Double")).toBe("=A1*2");
  expect(restoreEntry("=A1", "=A1", "String")).toBe("'=A1"); // a text that reads like a formula
  expect(restoreEntry("#N/A", "#N/A", "Error")).toBe("#N/A");
  expect(restoreEntry("#N/A", "#N/A", "String")).toBe("'#N/A");
  expect(restoreEntry(12, 12, "Double")).toBe(12);
  expect(restoreEntry("", "", "Empty")).toBeNull();
});

test("date formats, error and date cells", () => {
  for (const f of ["yyyy-mm", "d/m/yyyy", "mmm yyyy", "[$-406]d. mmmm yyyy", "h:mm", "[h]:mm"])
    expect(isDateFormat(f)).toBe(true);
  for (const f of ["General", "0.0%", "#,##0.0", '#,##0" dage"', "0.00E+00", "@", "[Red]0", ""])
    expect(isDateFormat(f)).toBe(false);
  expect(gridValueOfOffice(42156, "Double", "yyyy-mm")).toEqual({ date: 42156 });
  expect(gridValueOfOffice(42156, "Double", "General")).toBe(42156);
  expect(gridValueOfOffice("#N/A", "Error", "General")).toEqual({ error: "#N/A" });
  expect(gridValueOfOffice("#N/A", "String", "General")).toBe("#N/A");
  expect(gridValueOfOffice("", "Empty", "General")).toBeNull();
});

test("addresses, frozen panes, widths, table names", () => {
  expect(splitAreas("Data!A1:B2,'Mit, ark'!C3:D4")).toEqual(["Data!A1:B2", "'Mit, ark'!C3:D4"]);
  expect(frozenOf("'KIK Økonomi'!1:4")).toEqual({ rows: 4, columns: 0 });
  expect(frozenOf("Data!A:B")).toEqual({ rows: 0, columns: 2 });
  expect(frozenOf("Data!A1:C4")).toEqual({ rows: 4, columns: 3 });
  expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  expect(sanitizeTableName("KIK Økonomi 2016")).toBe("KIK_Økonomi_2016");
  expect(sanitizeTableName("A1")).toBe("_A1");
  const state: WorkbookState = {
    sheets: [
      { name: "KIK Input", property: null, protected: false, used: null, tables: [], charts: [] },
    ],
    names: [],
    tables: [
      { name: "KIK_Budget", range: { sheet: "KIK Input", top: 8, left: 1, bottom: 12, right: 4 } },
    ],
    protected: false,
  };
  expect(selectionText(state, { sheet: "KIK Input", top: 8, left: 1, bottom: 12, right: 4 })).toBe(
    "KIK_Budget"
  );
  expect(selectionText(state, { sheet: "KIK Input", top: 8, left: 6, bottom: 12, right: 7 })).toBe(
    "'KIK Input'!F8:G12"
  );
});
