/** Table names and headers as both writers make them. */
import {
  assignTableNames,
  renameInFormula,
  sanitizeTableName,
  tableHeaders,
  tableRenames,
  takenNames,
  writtenFormula,
} from "../../src/sheet";

test("a planned name becomes a valid table name", () => {
  expect(sanitizeTableName("KIK Økonomi 2016")).toBe("KIK_Økonomi_2016");
  expect(sanitizeTableName("A1")).toBe("_A1");
  expect(sanitizeTableName("R1C1")).toBe("_R1C1");
  expect(sanitizeTableName("2016")).toBe("_2016");
  expect(sanitizeTableName("x".repeat(300))).toHaveLength(255);
});

test("names already taken (tables and defined names, any case) get _2, _3 …", () => {
  const taken = takenNames(["KIKR_Sagstal"], ["kikr_økonomi"]);
  const names = assignTableNames(
    [{ name: "KIKR_Sagstal" }, { name: "KIKR_Økonomi" }, { name: "KIKR_Antagelser" }],
    taken
  );
  expect([...names]).toEqual([
    ["KIKR_Sagstal", "KIKR_Sagstal_2"],
    ["KIKR_Økonomi", "KIKR_Økonomi_2"],
    ["KIKR_Antagelser", "KIKR_Antagelser"],
  ]);
  expect(taken.has("kikr_sagstal_2")).toBe(true);
  expect([...tableRenames(names)]).toEqual([
    ["KIKR_Sagstal", "KIKR_Sagstal_2"],
    ["KIKR_Økonomi", "KIKR_Økonomi_2"],
  ]);
});

test("renamed tables are followed inside formulas, whole names only", () => {
  const renames = new Map([["KIKR_Sagstal", "KIKR_Sagstal_2"]]);
  expect(renameInFormula("SUM(KIKR_Sagstal[Antal])+XKIKR_Sagstal[A]", renames)).toBe(
    "SUM(KIKR_Sagstal_2[Antal])+XKIKR_Sagstal[A]"
  );
  expect(writtenFormula("=SUM(KIKR_Sagstal[Antal])", renames)).toBe("SUM(KIKR_Sagstal_2[Antal])");
  expect(writtenFormula("'Ark1'!$A$9")).toBe("'Ark1'!$A$9");
});

test("headers are never blank and unique without case, in the report's language", () => {
  expect(tableHeaders(["År", "", " år ", "Beløb"], "da")).toEqual([
    "År",
    "Kolonne2",
    "år2",
    "Beløb",
  ]);
  expect(tableHeaders(["", ""], "en")).toEqual(["Column1", "Column2"]);
});
