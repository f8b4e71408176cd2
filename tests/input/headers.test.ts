import {
  expectedHeaders,
  isTotalLabel,
  matchField,
  normaliseHeader,
  TABLE_FIELDS,
  unitInText,
  type TableKind,
} from "../../src/input/headers";

describe("header matching", () => {
  it.each([
    ["budget", "År", "year"],
    ["budget", "År/Year", "year"],
    ["budget", "Year", "year"],
    ["budget", "Budgetteret (mio. kr.)", "budgeted"],
    ["budget", "Budgetteret, mio. kr.", "budgeted"],
    ["budget", "  BUDGET  ", "budgeted"],
    ["budget", "Budgeted (DKK million)", "budgeted"],
    ["budget", "Faktisk:", "actual"],
    ["budget", "Regnskab", "actual"],
    ["budget", "Actual*", "actual"],
    ["budget", "Faktisk forbrug", "actual"],
    ["budget", "Investering", "investment"],
    ["budget", "Forskel", "difference"],
    ["caseload", "Måned", "month"],
    ["caseload", "Dato", "month"],
    ["caseload", "Date", "month"],
    ["caseload", "Sagstal", "count"],
    ["caseload", "Antal", "count"],
    ["caseload", "Antal sager", "count"],
    ["caseload", "Mål", "target"],
    ["caseload", "Oprindelig gruppe", "original"],
    ["caseload", "Original group", "original"],
    ["caseload", "Nytilgang", "newcomers"],
    ["caseload", "Sammenligning (landsplan)", "comparison"],
    ["outcomes", "Udfald", "label"],
    ["outcomes", "Outcome", "label"],
    ["outcomes", "Antal", "count"],
    ["assumptions", "Navn", "name"],
    ["assumptions", "Værdi", "value"],
    ["assumptions", "Enhed", "unit"],
    ["assumptions", "Kilde", "source"],
    ["investment", "Kategori", "category"],
    ["investment", "Beløb (mio. kr.)", "amount"],
  ] as const)("%s: %s is %s", (kind, header, field) => {
    expect(matchField(kind, header)).toBe(field);
  });

  it.each([
    ["budget", "Fatkisk"],
    ["budget", "Måned"],
    ["caseload", "Maned 2"],
    ["outcomes", "Sagstal"],
    ["budget", "Mio."],
  ] as const)("%s: %s is no column", (kind, header) => {
    expect(matchField(kind, header)).toBeNull();
  });

  it("only text cells are headers", () => {
    expect(matchField("budget", 2016)).toBeNull();
    expect(matchField("budget", null)).toBeNull();
  });

  it("every synonym is written normalised and names one field per table", () => {
    for (const kind of Object.keys(TABLE_FIELDS) as TableKind[]) {
      const seen = new Map<string, string>();
      for (const spec of TABLE_FIELDS[kind]) {
        for (const s of spec.synonyms) {
          expect(normaliseHeader(s)).toBe(s);
          expect(seen.get(s) ?? spec.field).toBe(spec.field);
          seen.set(s, spec.field);
          expect(matchField(kind, s)).toBe(spec.field);
        }
        expect(matchField(kind, spec.names.da)).toBe(spec.field);
        expect(matchField(kind, spec.names.en)).toBe(spec.field);
      }
    }
  });

  it("spells out the headers a table expects", () => {
    expect(expectedHeaders("budget", "da")).toBe(
      "År, Budgetteret, Faktisk (valgfri: Investering, Forskel)"
    );
    expect(expectedHeaders("outcomes", "en")).toBe("Outcome (optional: Count)");
  });

  it("knows totals", () => {
    expect(isTotalLabel("I alt")).toBe(true);
    expect(isTotalLabel(" TOTAL ")).toBe(true);
    expect(isTotalLabel("Faktisk")).toBe(false);
    expect(isTotalLabel(2016)).toBe(false);
  });
});

describe("units in headers", () => {
  it.each([
    ["Budgetteret (mio. kr.)", "mio.kr"],
    ["Mio.", "mio.kr"],
    ["mio kr", "mio.kr"],
    ["Beløb i millioner kroner", "mio.kr"],
    ["Budgeted (DKK million)", "mio.kr"],
    ["mDKK", "mio.kr"],
    ["Budgetteret (t. kr.)", "t.kr"],
    ["t.kr.", "t.kr"],
    ["Tkr", "t.kr"],
    ["1.000 kr.", "t.kr"],
    ["(1000 kr)", "t.kr"],
    ["tusind kr.", "t.kr"],
    ["DKK thousand", "t.kr"],
    ["Budgetteret (kr.)", "kr"],
    ["Kroner", "kr"],
    ["DKK", "kr"],
  ] as const)("%s is %s", (text, unit) => {
    expect(unitInText(text)).toBe(unit);
  });

  it.each(["Budgetteret", "Mål", "Sagstal", "Kriterie", "Faktisk", "Arbejdsmarkedet"])(
    "%s states no unit",
    (text) => {
      expect(unitInText(text)).toBeNull();
    }
  );
});
