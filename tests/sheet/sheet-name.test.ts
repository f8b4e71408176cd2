/**
 * Sheet names in formulas: quoted exactly when Excel would read the bare name as something
 * else (a cell, an R1C1 reference, a boolean) or it holds more than letters, digits, "_" and ".".
 */
import {
  markerReference,
  qualified,
  qualifiedRange,
  quoteSheet,
  sameName,
  sheetNeedsQuotes,
} from "../../src/sheet";
import { bareNameProblem } from "../excel/fake/sheet-references";

/** Names Excel reads as something else when bare, and how KIK writes them. */
const QUOTED: readonly [string, string][] = [
  // A1 cells within A1:XFD1048576 – "Ark1" is Danish Excel's default sheet name and the cell ARK1.
  ["Ark1", "'Ark1'"],
  ["ark1", "'ark1'"],
  ["A1", "'A1'"],
  ["XFD1048576", "'XFD1048576'"],
  ["Q3", "'Q3'"],
  ["A01", "'A01'"],
  // R1C1 references, alone or at the start.
  ["R1C1", "'R1C1'"],
  ["R2", "'R2'"],
  ["C3", "'C3'"],
  ["RC", "'RC'"],
  ["R", "'R'"],
  ["c", "'c'"],
  ["RC12x", "'RC12x'"],
  ["R1Budget", "'R1Budget'"],
  // Booleans.
  ["TRUE", "'TRUE'"],
  ["False", "'False'"],
  // Anything but letters, digits, "_" and ".", or a leading digit or ".".
  ["Budget 2016", "'Budget 2016'"],
  ["Ø-tal", "'Ø-tal'"],
  ["O'Brien", "'O''Brien'"],
  ["KIK Input", "'KIK Input'"],
  ["2016", "'2016'"],
  [".skjult", "'.skjult'"],
  ["Hej!", "'Hej!'"],
  ["P&L", "'P&L'"],
];

/** Names Excel leaves bare. */
const BARE: readonly string[] = [
  "Budget",
  "Sheet1",
  "Ark",
  "Økonomi",
  "Sagstal_2016",
  "_Ark1",
  "Ark1.x",
  "XFE1",
  "A1048577",
  "A0",
  "R0",
  "Rapport",
  "Cases",
  "RCx",
  "TRUE1",
];

test.each(QUOTED)("%s is quoted: %s", (name, quoted) => {
  expect(sheetNeedsQuotes(name)).toBe(true);
  expect(quoteSheet(name)).toBe(quoted);
});

test.each(BARE)("%s stays bare", (name) => {
  expect(sheetNeedsQuotes(name)).toBe(false);
  expect(quoteSheet(name)).toBe(name);
});

test("the writer's rule agrees with the fake Excel's reading on every name above", () => {
  for (const [name] of QUOTED) expect(bareNameProblem(name)).not.toBeNull();
  for (const name of BARE) expect(bareNameProblem(name)).toBeNull();
});

test("qualified cells and ranges go through the rule", () => {
  expect(qualified("Ark1", 9, 1, true)).toBe("'Ark1'!$A$9");
  expect(qualified("Budget", 9, 1)).toBe("Budget!A9");
  expect(qualified("O'Brien", 2, 28)).toBe("'O''Brien'!AB2");
  expect(qualifiedRange({ sheet: "R1C1", top: 9, left: 16, bottom: 11, right: 16 }, true)).toBe(
    "'R1C1'!$P$9:$P$11"
  );
  expect(qualifiedRange({ sheet: "KIK Input", top: 3, left: 1, bottom: 3, right: 1 })).toBe(
    "'KIK Input'!A3"
  );
  expect(markerReference("KIK Overblik")).toBe("'KIK Overblik'!$A$1");
  expect(markerReference("A1")).toBe("'A1'!$A$1");
});

test("sheet names compare without case, Danish letters included", () => {
  expect(sameName("kik økonomi", "KIK Økonomi")).toBe(true);
  expect(sameName("Ark1", "Ark2")).toBe(false);
});
