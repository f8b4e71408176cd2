import type { GridValue } from "../../src/input/grid";
import { cellName } from "../../src/input/problems";
import { ASSUMPTIONS, assumptionOfName, readAssumptions } from "../../src/input/read-assumptions";
import { AABENRAA_ASSUMPTIONS } from "./corpus";
import { gridOf } from "./fake-view";

function read(rows: GridValue[][], language: "da" | "en" = "da") {
  return readAssumptions(gridOf([["Navn", "Værdi", "Enhed", "Kilde"], ...rows]), { language });
}

describe("assumptions", () => {
  it("reads Danish names with their values, units and sources", () => {
    const { value, problems } = readAssumptions(gridOf(AABENRAA_ASSUMPTIONS));
    expect(problems).toEqual([]);
    expect(value.rows.map((r) => [r.key, r.value.value, r.unit, r.source])).toEqual([
      ["discountRate", 0.035, "%", "Finansministeriet"],
      ["fleksjobIsSelfSupporting", false, "ja/nej", "Finansieringsloven"],
      ["baseline", 1008, "personer", "Aabenraa, juni 2015"],
      ["target", 500, "personer", "Målsætning 1"],
      ["targetDate", "2018-12", "", ""],
    ]);
    expect(cellName(value.rows[0]!.value.ref)).toBe("KIK Input!B2");
    expect(cellName(value.rows[0]!.name.ref)).toBe("KIK Input!A2");
  });

  it("reads English names and headers", () => {
    const { value, problems } = readAssumptions(
      gridOf([
        ["Name", "Value"],
        ["Discount rate", "3.5 %"],
        ["Monthly benefit", 12326],
        ["Weeks on benefit", 60],
        ["Deadweight", 0.1],
      ])
    );
    expect(problems).toEqual([]);
    expect(value.rows.map((r) => [r.key, r.value.value])).toEqual([
      ["discountRate", 0.035],
      ["monthlyBenefitRate", 12326],
      ["weeksOnBenefit", 60],
      ["deadweightShare", 0.1],
    ]);
  });

  it("maps every known name, Danish and English, in any case, to its key", () => {
    for (const spec of ASSUMPTIONS) {
      expect(assumptionOfName(spec.names.da)?.key).toBe(spec.key);
      expect(assumptionOfName(spec.names.en)?.key).toBe(spec.key);
      expect(assumptionOfName(`  ${spec.names.da.toUpperCase()} `)?.key).toBe(spec.key);
      for (const s of spec.synonyms) expect(assumptionOfName(s)?.key).toBe(spec.key);
    }
    expect(assumptionOfName("Inflation")).toBeNull();
  });

  it("reads percentages: typed, plain fraction, and plain percentage points (with a warning)", () => {
    const { value, problems } = read([
      ["Diskonteringsrente", "3,5 %", "", ""],
      ["Dødvægt", 0.2, "%", ""],
      ["Mål for selvforsørgelse", 50, "", ""],
      ["Afgangsrate pr. måned", 1, "%", ""],
    ]);
    expect(value.rows.map((r) => r.value.value)).toEqual([0.035, 0.2, 0.5, 0.01]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!B4: 50 læst som 50 % (Mål for selvforsørgelse)",
      "KIK Input!B5: 1 læst som 1 % (Afgangsrate pr. måned)",
    ]);
  });

  it.each([
    ["ja", true],
    ["Nej", false],
    ["SAND", true],
    ["falsk", false],
    ["true", true],
    ["FALSE", false],
    ["yes", true],
    ["no", false],
    [true, true],
    [0, false],
  ] as const)("reads %s as %s", (text, expected) => {
    const { value, problems } = read([["Fleksjob tæller som selvforsørgelse", text, "", ""]]);
    expect(problems).toEqual([]);
    expect(value.rows[0]?.value.value).toBe(expected);
  });

  it("refuses values out of range and says what was expected", () => {
    const { value, problems } = read(
      [
        ["Deadweight", "150 %", "", ""],
        ["Horizon", 0, "", ""],
        ["Net cost per person-year", -5, "", ""],
        ["Target date", "someday", "", ""],
        ["Discount rate", { error: "#N/A" }, "", ""],
      ],
      "en"
    );
    expect(value.rows).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!B2: 1.5 is out of range (Deadweight) – expected a percentage between 0 % and 100 %, e.g. 3.5 %",
      "KIK Input!B3: 0 is out of range (Horizon) – expected a whole number of years from 1 to 100",
      "KIK Input!B4: -5 is out of range (Net cost per person-year) – expected an amount in kr. (0 or more)",
      "KIK Input!B5: 'someday' is not a month (Target date) – expected a date or e.g. '2018-12' or 'December 2018'",
      "KIK Input!B6: contains the error #N/A (Discount rate) – expected a percentage between 0 % and 100 %, e.g. 3.5 %",
    ]);
  });

  it("refuses the same assumption twice and a value without a name", () => {
    const { value, problems } = read([
      ["Diskonteringsrente", "3,5 %", "", ""],
      ["Discount rate", "4 %", "", ""],
      [null, 7, "", ""],
    ]);
    expect(value.rows.map((r) => r.value.value)).toEqual([0.035]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!A3: »Discount rate« står to gange (også i KIK Input!A2) – behold én af dem",
      "KIK Input!A4: værdi uden navn – skriv antagelsens navn i kolonnen Navn",
    ]);
  });

  it("keeps an unknown assumption (shown, not used) and skips one without a value", () => {
    const { value, problems } = read([
      ["Inflation", "2 %", "% pr. år", "DST"],
      ["Note", "se bilag", "", ""],
      ["Diskonteringsrente", null, "", ""],
    ]);
    expect(value.rows.map((r) => [r.key, r.name.value, r.value.value])).toEqual([
      [null, "Inflation", 0.02],
      [null, "Note", "se bilag"],
    ]);
    expect(problems.map((p) => p.severity)).toEqual(["warning", "warning", "warning"]);
    expect(problems[0]?.message).toMatch(
      /^KIK Input!A2: antagelsen »Inflation« kendes ikke – den vises, men bruges ikke i beregningerne\. Kendte navne: Diskonteringsrente, Tidshorisont, /
    );
    expect(problems[1]?.message).toMatch(/^KIK Input!A3: antagelsen »Note« kendes ikke/);
    expect(problems[2]?.message).toBe(
      "KIK Input!B4: »Diskonteringsrente« har ingen værdi – KIK bruger standardværdien"
    );
  });

  it("skips a totals row with a warning instead of keeping it as an unknown assumption", () => {
    const { value, problems } = read([
      ["Diskonteringsrente", "3,5 %", "", ""],
      ["I alt", 1, "", ""],
    ]);
    expect(value.rows.map((r) => r.name.value)).toEqual(["Diskonteringsrente"]);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ["warning", "KIK Input!A3: »I alt« er en total og bliver ikke læst – KIK lægger selv sammen"],
    ]);
  });

  it("reads a Budgetenhed row as the budget's unit, not as an assumption", () => {
    const { value, problems } = read([
      ["Budgetenhed", "t. kr.", "", ""],
      ["Diskonteringsrente", "3,5 %", "", ""],
    ]);
    expect(problems).toEqual([]);
    expect(value.budgetUnit?.unit).toBe("t.kr");
    expect(cellName(value.budgetUnit!.ref)).toBe("KIK Input!B2");
    expect(value.rows.map((r) => r.key)).toEqual(["discountRate"]);
    const bad = read([["Budget unit", "euro", "", ""]], "en");
    expect(bad.problems.map((p) => p.message)).toEqual([
      "KIK Input!B2: 'euro' is not a unit (Budget unit) – expected mio. kr., t. kr. or kr.",
    ]);
  });
});

describe("assumption values a formula could not reference as they are", () => {
  test("a percent typed as text, or as 10 in a % row, is fromText; a plain 0.035 is not", () => {
    const { value } = read([
      ["Diskonteringsrente", 0.035, "%", "FM"],
      ["Mål for andel selvforsørgende", "56 %", "%", "KIK1"],
      ["Dødvægt", 10, "%", "skøn"],
    ]);
    const byName = new Map(value.rows.map((r) => [r.name.value, r.value]));
    expect(byName.get("Diskonteringsrente")?.fromText).toBeUndefined();
    expect(byName.get("Mål for andel selvforsørgende")).toEqual(
      expect.objectContaining({ value: 0.56, fromText: true })
    );
    expect(byName.get("Dødvægt")).toEqual(expect.objectContaining({ value: 0.1, fromText: true }));
    // Only the number read as a percentage is rescaled; the text is not.
    expect(byName.get("Dødvægt")?.rescaled).toBe(true);
    expect(byName.get("Mål for andel selvforsørgende")?.rescaled).toBeUndefined();
  });
});
