/** The report's assumptions: one yes/no list, the catalogue's defaults, derived values that agree. */
import { impliedInflow } from "../../src/engine";
import {
  booleanOf,
  resolveAssumptions,
  type Assumptions,
  type ResolvedAssumption,
} from "../../src/report/assumptions";
import { aabenraaInput } from "./aabenraa";

/** Assumptions holding `value` for fleksjob, as a saved setting or a hand-made plan may. */
function holding(value: string | number | boolean): Assumptions {
  const a: ResolvedAssumption = {
    key: "fleksjobIsSelfSupporting",
    name: "Fleksjob",
    value,
    unit: "",
    source: "",
    cell: { kind: "literal" },
    isDefault: false,
  };
  return { byKey: new Map([["fleksjobIsSelfSupporting", a]]), unused: [], notes: [] };
}

describe("booleanOf reads the one yes/no list", () => {
  test.each(["j", "y", "J", " Y ", "ja", "yes", "sand", "true", "1"])("%j is yes", (v) => {
    expect(booleanOf(holding(v), "fleksjobIsSelfSupporting", false)).toBe(true);
  });
  test.each(["n", "nej", "no", "falsk", "false", "0"])("%j is no", (v) => {
    expect(booleanOf(holding(v), "fleksjobIsSelfSupporting", true)).toBe(false);
  });
  test("booleans and numbers as before; other text and a missing value give the fallback", () => {
    expect(booleanOf(holding(true), "fleksjobIsSelfSupporting", false)).toBe(true);
    expect(booleanOf(holding(0), "fleksjobIsSelfSupporting", true)).toBe(false);
    expect(booleanOf(holding("måske"), "fleksjobIsSelfSupporting", true)).toBe(true);
    expect(booleanOf(holding(true), "comparisonTrend", false)).toBe(false);
  });
});

describe("the guide's choices", () => {
  test("are read as the input sheet reads them: 'j' is yes, 'dec 2019' is 2019-12", () => {
    const a = resolveAssumptions(aabenraaInput(), 2016, "da", {
      fleksjobIsSelfSupporting: "j",
      targetDate: "dec 2019",
    });
    expect(a.byKey.get("fleksjobIsSelfSupporting")?.value).toBe(true);
    expect(a.byKey.get("targetDate")?.value).toBe("2019-12");
  });

  test("a chosen exit rate carries into the derived inflow, as the inflow's formula does", () => {
    const derived = resolveAssumptions(aabenraaInput(), 2016, "da");
    const chosen = resolveAssumptions(aabenraaInput(), 2016, "da", { monthlyExitRate: 0.05 });
    const inflow = chosen.byKey.get("monthlyInflow");
    // Aabenraa: 176 newcomers still on benefit in July 2017, 25 months after June 2015.
    const expected = impliedInflow(176, 0.05, 25);
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(inflow?.value).toBeCloseTo(expected.value, 10);
    expect(inflow?.value).not.toBeCloseTo(derived.byKey.get("monthlyInflow")?.value as number, 3);
    expect(inflow?.cell.kind).toBe("derived");
  });
});

describe("defaults come from the catalogue", () => {
  test("in the catalogue's order, each with the remark that it was used", () => {
    const a = resolveAssumptions({ ...aabenraaInput(), assumptions: [] }, 2016, "da");
    expect(a.notes.map((n) => /»(.*?)«/.exec(n)?.[1])).toEqual([
      "Diskonteringsrente",
      "Tidshorisont",
      "Fleksjob tæller som selvforsørgelse",
      "Ydelse pr. måned (brutto)",
      "Uger på offentlig forsørgelse før",
      "Jobcentrets egne udgifter pr. helårsperson",
      "Dødvægt",
      // Issue 12.
      "Varige afgange (selvforsørgende efter 12 mdr.)",
      "Optimismekorrektion af fremskrevne besparelser",
    ]);
    expect(a.byKey.get("horizonYears")?.value).toBe(4);
    const none = resolveAssumptions(
      { ...aabenraaInput(), budget: null, assumptions: [] },
      null,
      "da"
    );
    expect(none.byKey.get("horizonYears")?.value).toBe(4);
  });
});
