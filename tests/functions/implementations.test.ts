import * as f from "../../src/functions/implementations";
import { setLanguage } from "../../src/i18n";
import type { KikError } from "../../src/functions/excel-values";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const row = (...xs: unknown[]) => [xs] as never;
const err = (code: string) => ({ code });

function expectError(v: unknown, code: string, message?: RegExp): void {
  expect(v).toEqual(expect.objectContaining({ code }));
  if (message) expect((v as KikError).message).toMatch(message);
}

beforeEach(() => setLanguage("da"));

describe("VARIANCE on the Aabenraa budget follow-up", () => {
  const budgeted = row(-18.1, -8.6, 4, 22);
  test("row in, row out: 24.2 / 33.9 / 7.4 and blank for 2019", () => {
    const out = f.variance(budgeted, row(6.1, 25.3, 11.4, null)) as (number | string)[][];
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(4);
    [24.2, 33.9, 7.4].forEach((v, i) => expect(out[0]?.[i]).toBeCloseTo(v, 12));
    expect(out[0]?.[3]).toBe("");
  });
  test("a column spills a column; empty string and blank both mean not known yet", () => {
    const out = f.variance(col(-18.1, -8.6, 4, 22), col(6.1, 25.3, 11.4, "")) as (number | string)[][];
    expect(out.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(out[3]?.[0]).toBe("");
  });
  test("numeric text in Danish and English notation", () => {
    const out = f.variance(row("-18,1", "-8.6", "4", "22"), row("6,1", "25.3", "1.008", "1,008.5")) as number[][];
    expect(out[0]?.[0]).toBeCloseTo(24.2, 12);
    expect(out[0]?.[1]).toBeCloseTo(33.9, 12);
    expect(out[0]?.[2]).toBe(1004);
    expect(out[0]?.[3]).toBeCloseTo(986.5, 12);
  });
  test("mismatched lengths name both arguments", () => {
    expectError(f.variance(budgeted, row(1, 2, 3)), "#VALUE!", /budgetteret og faktisk skal have lige mange celler \(4 og 3\)/);
  });
  test("text names the cell when Excel gives addresses", () => {
    const v = f.variance(budgeted, row(6.1, "ukendt", 1, 2), { parameterAddresses: ["Budget!B2:E2", "Budget!B3:E3"] });
    expectError(v, "#VALUE!", /faktisk, celle Budget!C3: »ukendt« er ikke et tal/);
  });
  test("without addresses the position is named", () => {
    expectError(f.variance(budgeted, row(6.1, "x", 1, 2)), "#VALUE!", /nr\. 2/);
  });
  test("an error cell passes its own error on", () => {
    expectError(f.variance(budgeted, row(6.1, err("#N/A"), 1, 2)), "#N/A", /#N\/A/);
    expectError(f.variance(budgeted, row(6.1, err("#REF!"), 1, 2)), "#VALUE!", /#REF!/);
  });
  test("a two-dimensional range is refused", () => {
    expectError(f.variance([[1, 2], [3, 4]] as never, [[1, 2], [3, 4]] as never), "#VALUE!", /én række eller én kolonne \(fik 2 × 2\)/);
  });
  test("English messages when the language is English", () => {
    setLanguage("en");
    expectError(f.variance(budgeted, row(1, 2, 3)), "#VALUE!", /budgeted and actual must have the same number of cells/);
  });
});

describe("money flows", () => {
  test("ROI and NETGAIN on Hjørring: 158 invested, 312.7 saved", () => {
    expect(f.netGainFn(158, 312.7)).toBeCloseTo(154.7, 12);
    expect(f.roi(158, 312.7)).toBeCloseTo(154.7 / 158, 12);
  });
  test("ROI over yearly ranges with a discount rate, first year undiscounted", () => {
    const inv = row(40, 20, 0);
    const sav = row(10, 30, 50);
    const pv = (xs: number[], r: number) => xs.reduce((s, x, i) => s + x / Math.pow(1.035, i), 0);
    const expected = (pv([10, 30, 50], 0.035) - pv([40, 20, 0], 0.035)) / pv([40, 20, 0], 0.035);
    expect(f.roi(inv, sav, 0.035)).toBeCloseTo(expected, 12);
    expect(f.roi(inv, sav, "3,5 %")).toBeCloseTo(expected, 12);
  });
  test("ROI with no investment is #DIV/0!, negative investment #NUM!", () => {
    expectError(f.roi(0, 10), "#DIV/0!");
    expectError(f.roi(row(10, -5), row(1, 1)), "#NUM!", /positive beløb/);
  });
  test("NPV timing 1 is Excel's NPV, timing 0 leaves the first year undiscounted", () => {
    const flows = row(-100, 60, 60);
    expect(f.npv(0.1, flows, 1)).toBeCloseTo(-100 / 1.1 + 60 / 1.21 + 60 / 1.331, 12);
    expect(f.npv(0.1, flows)).toBeCloseTo(-100 + 60 / 1.1 + 60 / 1.21, 12);
    expect(f.npv(0.1, flows, "ultimo")).toBe(f.npv(0.1, flows, 1));
    expectError(f.npv(0.1, flows, "sometimes"), "#VALUE!", /primo/);
    expectError(f.npv(-1, flows), "#NUM!");
    expectError(f.npv(null, flows), "#VALUE!", /rente mangler/);
  });
  test("NPV counts blank years as 0 (keeps the timing), but an empty range is #VALUE!", () => {
    expect(f.npv(0.1, row(-100, null, 121), 0)).toBeCloseTo(0, 12);
    expectError(f.npv(0.1, row(null, "", null)), "#VALUE!", /ingen tal/);
  });
  test("PAYBACK: Aabenraa's budget is not paid back within 4 years → #N/A with message", () => {
    expectError(f.paybackFn(row(-18.1, -8.6, 4, 22)), "#N/A", /Ingen tilbagebetaling inden for 4 år/);
  });
  test("PAYBACK: KIK2, 60.5 invested and 20.5 saved a year from year 1 → 2.95 years", () => {
    expect(f.paybackFn(row(-40, 20.5, 20.5, 20.5, 20.5))).toBeCloseTo(60.5 / 20.5, 12);
  });
});

describe("caseload", () => {
  test("TARGETPROGRESS and REDUCTION on 1008 → 563, target 500", () => {
    expect(f.targetProgressFn(1008, 563, 500)).toBeCloseTo(445 / 508, 12);
    expect(f.reductionFn("1.008", 563)).toBeCloseTo(445 / 1008, 12);
    expectError(f.targetProgressFn(500, 400, 500), "#DIV/0!");
    expectError(f.reductionFn(-1, 5), "#NUM!", /udgangspunkt kan ikke være negativ/);
  });
  test("PROJECTCASELOAD spills one column by default, three with detail", () => {
    const e = f.exitRateFn(1008, 387, 25) as number;
    const one = f.projectCaseloadFn(1008, 0, e, 25) as number[][];
    expect(one).toHaveLength(25);
    expect(one[24]?.[0]).toBeCloseTo(387, 9);
    const three = f.projectCaseloadFn(1008, 10, e, 12, true) as number[][];
    expect(three[0]).toHaveLength(3);
    three.forEach((r) => expect((r[0] as number) + (r[1] as number)).toBeCloseTo(r[2] as number, 9));
    expectError(f.projectCaseloadFn(1008, 10, e, 2.5), "#NUM!");
    expectError(f.projectCaseloadFn(1008, 10, 1.5, 12), "#NUM!");
  });
});

describe("outcomes", () => {
  const labels = col("Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse");
  test("SELFSUFFICIENCY with counts: 54 / 19 / 27 → 54 %", () => {
    expect(f.selfSufficiency(labels, col(54, 19, 27))).toBeCloseTo(0.54, 12);
  });
  test("one row per case, mixed Danish and English labels and spacing", () => {
    const cases = col("Job", " ordinært  job ", "UDDANNELSE", "Fleksjob", "Førtidspension", "Sygedagpenge", "job-ready", "", null);
    expect(f.selfSufficiency(cases)).toBeCloseTo(3 / 7, 12);
    expect(f.selfSufficiency(cases, undefined, true)).toBeCloseTo(4 / 7, 12);
    expect(f.selfSufficiency(cases, undefined, "SAND")).toBeCloseTo(4 / 7, 12);
  });
  test("the fleksjob argument takes the shared yes/no words, as the input sheet does: j, y, ja, nej, n", () => {
    const cases = col("Job", "Fleksjob", "Sygedagpenge");
    for (const yes of ["j", "y", "J", " ja ", "yes", "SAND", 1, true]) expect(f.selfSufficiency(cases, undefined, yes)).toBeCloseTo(2 / 3, 12);
    for (const no of ["n", "nej", "no", "FALSK", 0, false, null]) expect(f.selfSufficiency(cases, undefined, no)).toBeCloseTo(1 / 3, 12);
    expectError(f.selfSufficiency(cases, undefined, "måske"), "#VALUE!", /fleksjob_er_selvforsørgelse: »måske« er hverken SAND eller FALSK/);
  });
  test("a row of labels works like a column", () => {
    expect(f.selfSufficiency(row("Job", "Sygedagpenge"))).toBeCloseTo(0.5, 12);
  });
  test("unknown label is #VALUE! naming label and row", () => {
    expectError(f.selfSufficiency(col("Job", "Månerejse")), "#VALUE!", /Ukendt udfald »Månerejse« \(række 2\)/);
  });
  test("an error cell among the labels names its cell", () => {
    const v = f.selfSufficiency(col("Job", err("#N/A")), undefined, undefined, { parameterAddresses: ["Udfald!A2:A3"] });
    expectError(v, "#N/A", /Udfald!A3/);
  });
  test("no cases is #DIV/0!, negative count #NUM!, a count without a label #VALUE!", () => {
    expectError(f.selfSufficiency(col("", null)), "#DIV/0!");
    expectError(f.selfSufficiency(col("Job"), col(-1)), "#NUM!");
    expectError(f.selfSufficiency(col("Job", ""), col(1, 3)), "#VALUE!", /Række 2 har et antal men intet udfald/);
    expectError(f.selfSufficiency(col("Job", "Job"), col(1)), "#VALUE!", /lige mange/);
  });
  test("OUTCOMESHARES spills group, count, share and a total row, in the user's language", () => {
    const out = f.outcomeSharesTable(labels, col(54, 19, 27)) as (string | number)[][];
    expect(out.map((r) => r[0])).toEqual(["Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse", "I alt"]);
    expect(out.map((r) => r[1])).toEqual([54, 19, 27, 100]);
    expect(out.map((r) => r[2])).toEqual([0.54, 0.19, 0.27, 1]);
    setLanguage("en");
    expect((f.outcomeSharesTable(labels, col(54, 19, 27)) as string[][])[3]?.[0]).toBe("Total");
  });
});

describe("refund, rates, net cost, savings", () => {
  test("REFUNDRATE staircase and co-financing", () => {
    expect([1, 4, 5, 26, 27, 52, 53].map((w) => f.refundRateFn(w))).toEqual([0.8, 0.8, 0.4, 0.4, 0.3, 0.3, 0.2]);
    expect(f.refundRateFn(53, "medfinansiering")).toBeCloseTo(0.8, 12);
    expect(f.refundRateFn(1, "co-financing")).toBeCloseTo(0.2, 12);
    expectError(f.refundRateFn(0), "#NUM!");
    expectError(f.refundRateFn(3, "statsstøtte"), "#VALUE!", /refusion/);
  });
  test("NETCOST: 2024, 30+ without children, long-term: 118,329.60 kr.", () => {
    expect(f.netCostFn(f.benefitRateFn(2024) as number, 52)).toBeCloseTo(118329.6, 6);
    expect(f.netCostFn("12.326", 52, 52, 10000)).toBeCloseTo(128329.6, 6);
  });
  test("BENEFITRATE has defaults and asks for the rate where there is none", () => {
    expect(f.benefitRateFn(2016, "30+ med børn")).toBe(14575);
    expect(f.benefitRateFn(2024, "under 30 hjemmeboende")).toBe(3834);
    expectError(f.benefitRateFn(2019), "#N/A", /ingen standardsats for 2019/);
    expectError(f.benefitRateFn(2025), "#N/A", /angiv satsen selv/);
    expectError(f.benefitRateFn(2024, "pensionist på Mars"), "#VALUE!", /ukendt gruppe/);
    expectError(f.benefitRateFn(2024.5), "#NUM!", /helt tal/);
  });
  test("SAVINGS against a flat baseline and against a falling national trend", () => {
    // 12 months at 900 against 1000 = 100 person-years x 1/12 ... = 100 person-years avoided over a year
    const actual = col(...Array.from({ length: 12 }, () => 900));
    expect(f.savingsFn(actual, 1000, 100000)).toBeCloseTo(100 * 100000, 6);
    const national = col(...Array.from({ length: 12 }, () => 90));
    national[0] = [100] as never;
    // from month 2 the counterfactual is 900 = actual: only month 1 saves (100/12 person-years)
    expect(f.savingsFn(actual, 1000, 120000, national)).toBeCloseTo((100 / 12) * 120000, 6);
    expectError(f.savingsFn(actual, col(1, 2), 1), "#VALUE!", /lige mange/);
  });
});

describe("nothing escapes", () => {
  test("arguments of every wrong shape give an Excel error, never an exception", () => {
    const weird = [undefined, null, "", "abc", true, NaN, Infinity, -Infinity, err("#REF!"), [[]], [[1, 2], [3, 4]], [["x"]], { foo: 1 }];
    const fns: ((...a: unknown[]) => unknown)[] = Object.values(f).filter((x) => typeof x === "function") as never;
    for (const fn of fns) {
      for (const w of weird) {
        const args = Array.from({ length: 6 }, (_, i) => (i === 0 ? w : i === 1 ? w : undefined));
        const out = (() => {
          try {
            return fn(...args);
          } catch (e) {
            return e;
          }
        })();
        if (typeof out === "number") expect(Number.isFinite(out)).toBe(true);
        if (Array.isArray(out)) for (const cell of out.flat()) expect(typeof cell === "string" || Number.isFinite(cell)).toBe(true);
        if (typeof out === "object" && out !== null && !Array.isArray(out)) {
          expect(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A", "#NULL!"]).toContain((out as KikError).code);
          expect(typeof (out as KikError).message).toBe("string");
        }
      }
    }
  });
});

describe("uncertainty and who gains (BREAKEVEN, PROBABILITY, MUNICIPALSHARE)", () => {
  test("BREAKEVEN: Hjørring 1 − 158 / 312,7 = 49,5 %; four municipalities 48,1 %", () => {
    expect(f.breakevenFn(158, 312.7)).toBeCloseTo(1 - 158 / 312.7, 12);
    expect(Math.round((f.breakevenFn(158, 312.7) as number) * 1000)).toBe(495);
    expect(Math.round((f.breakevenFn(373, 718) as number) * 1000)).toBe(481);
  });
  test("BREAKEVEN discounts both sides with a rate, and has nothing to lose without savings", () => {
    expect(f.breakevenFn(row(100, 0, 0), row(0, 0, 121), 0.1)).toBeCloseTo(0, 12);
    expectError(f.breakevenFn(10, 0), "#DIV/0!", /intet at miste/);
    expectError(f.breakevenFn(row(10, -5), row(20, 20)), "#NUM!", /positive beløb/);
  });
  test("PROBABILITY with a certain investment is the closed form 1 − F(250) within 1/1000", () => {
    const closed = 1 - (130 * 130) / (280 * 192.7);
    const v = f.probabilityFn(250, row(120, 312.7, 400)) as number;
    expect(Math.abs(v - closed)).toBeLessThanOrEqual(1 / 1000 + 1e-12);
  });
  test("PROBABILITY on Hjørring's figures with ranges, and the same figure every call", () => {
    const a = f.probabilityFn(row(140, 158, 200), row(120, 312.7, 400));
    expect(a).toBe(f.probabilityFn(col(140, 158, 200), col(120, 312.7, 400)));
    expect(a).toBeGreaterThan(0.9);
    expect(a).toBeLessThan(1);
  });
  test("PROBABILITY refuses two cells, an unordered range and impossible draws, in Danish", () => {
    expectError(f.probabilityFn(row(1, 2), 10), "#VALUE!", /investering skal være én værdi eller tre/);
    expectError(f.probabilityFn(1, row(30, 20, 40)), "#NUM!", /lav ≤ sandsynlig ≤ høj/);
    expectError(f.probabilityFn(1, 2, 2_000_000), "#NUM!", /1 til 1\.000\.000/);
  });
  test("MUNICIPALSHARE: a new recipient's first year 32,2/52 = 61,9 %; after a year 80 %", () => {
    expect(f.municipalShareFn(0, 52)).toBeCloseTo((4 * 0.2 + 22 * 0.6 + 26 * 0.7) / 52, 12);
    expect(f.municipalShareFn(52)).toBeCloseTo(0.8, 12);
    expect(f.municipalShareFn()).toBeCloseTo(32.2 / 52, 12);
    expectError(f.municipalShareFn(-1), "#NUM!");
  });
  test("English messages in English", () => {
    setLanguage("en");
    expectError(f.probabilityFn(row(1, 2), 10), "#VALUE!", /investment must be one value or three/);
  });
});
