/**
 * Blank cells under both encodings. Excel on the web passes a blank cell to a custom function as
 * null, Excel for Windows as 0 (office-js issues #4702, #5262, #1951), and nothing tells the two
 * apart. For every function of the catalogue and every argument, a blank given as null and as 0
 * must read alike: the same value, or an error both ways – never a plausible number one way
 * only. The table of examples is keyed by the catalogue's ids, so a new function cannot skip it.
 */
import { CATALOGUE, type FunctionId } from "../../src/functions/catalogue";
import { isKikError } from "../../src/functions/coerce";
import * as f from "../../src/functions/implementations";
import { setLanguage } from "../../src/i18n";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FakeExcel, type FunctionMetadata } from "../excel/fake";

type Fn = (...args: unknown[]) => unknown;
const col = (...xs: unknown[]) => xs.map((x) => [x]);
const row = (...xs: unknown[]) => [xs];

/** Each function, and an example call with every argument given (ranges as Excel passes them). */
const EXAMPLES: Record<FunctionId, { readonly fn: Fn; readonly args: readonly unknown[] }> = {
  SELFSUFFICIENCY: {
    fn: f.selfSufficiency as Fn,
    args: [
      col("Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"),
      col(54, 19, 27),
      false,
    ],
  },
  OUTCOMESHARES: {
    fn: f.outcomeSharesTable as Fn,
    args: [
      col("Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"),
      col(54, 19, 27),
      false,
    ],
  },
  ROI: { fn: f.roi as Fn, args: [row(40, 20, 5), row(10, 30, 50), 0.035, 0] },
  NPV: { fn: f.npv as Fn, args: [0.035, row(-100, 60, 60), 0] },
  NETGAIN: { fn: f.netGainFn as Fn, args: [row(40, 20, 5), row(10, 30, 50), 0.035, 1] },
  PAYBACK: { fn: f.paybackFn as Fn, args: [row(-100, 60, 60), 0.035, 0] },
  VARIANCE: { fn: f.variance as Fn, args: [row(-18.1, -8.6, 4, 22), row(6.1, 25.3, 11.4, 12)] },
  TARGETPROGRESS: { fn: f.targetProgressFn as Fn, args: [1008, 563, 500] },
  REDUCTION: { fn: f.reductionFn as Fn, args: [1008, 563] },
  PROJECTCASELOAD: { fn: f.projectCaseloadFn as Fn, args: [1008, 10, 0.0376, 12, true] },
  EXITRATE: { fn: f.exitRateFn as Fn, args: [1008, 387, 25] },
  REFUNDRATE: { fn: f.refundRateFn as Fn, args: [30, "medfinansiering"] },
  NETCOST: { fn: f.netCostFn as Fn, args: [12326, 10, 52, 1000] },
  BENEFITRATE: { fn: f.benefitRateFn as Fn, args: [2024, "30+ med børn"] },
  BREAKEVEN: { fn: f.breakevenFn as Fn, args: [row(40, 20, 5), row(10, 30, 50), 0.035, 0] },
  PROBABILITY: { fn: f.probabilityFn as Fn, args: [row(140, 158, 200), row(120, 312.7, 400), 500] },
  MUNICIPALSHARE: { fn: f.municipalShareFn as Fn, args: [10, 52] },
  SAVINGS: {
    fn: f.savingsFn as Fn,
    args: [
      col(1000, 960, 930, 900, 880, 860),
      col(1000, 1000, 1000, 1000, 1000, 1000),
      118329.6,
      col(100, 99, 98, 97, 96, 95),
      12,
      0.1,
    ],
  },
};

/** A result as a comparable shape: "error", or the values rounded to 9 significant digits. */
function outcome(v: unknown): unknown {
  if (isKikError(v)) return "error";
  const round = (x: unknown) => (typeof x === "number" ? Number(x.toPrecision(9)) : x);
  return Array.isArray(v) ? (v as unknown[][]).map((r) => r.map(round)) : round(v);
}

/** The ways a blank can sit in argument `i`: the whole argument, one cell of a range, or a 1 × 1 range. */
function blankings(arg: unknown): ((blank: unknown) => unknown)[] {
  const ways: ((blank: unknown) => unknown)[] = [(blank) => blank, (blank) => [[blank]]];
  if (!Array.isArray(arg)) return ways;
  const cells = (arg as unknown[][]).flat().length;
  for (let k = 0; k < cells; k++)
    ways.push((blank) =>
      (arg as unknown[][]).map((r, i) => r.map((x, j) => (i * r.length + j === k ? blank : x)))
    );
  ways.push((blank) => (arg as unknown[][]).map((r) => r.map(() => blank)));
  return ways;
}

beforeEach(() => setLanguage("da"));

test("every function of the catalogue has an example with every argument", () => {
  for (const id of Object.keys(CATALOGUE) as FunctionId[]) {
    expect([id, EXAMPLES[id].args.length]).toEqual([id, CATALOGUE[id].parameters.length]);
    expect([id, outcome(EXAMPLES[id].fn(...EXAMPLES[id].args))]).not.toEqual([id, "error"]);
  }
});

test("a blank reads alike as null (Excel on the web) and as 0 (Excel for Windows), for every function and argument", () => {
  const differ: string[] = [];
  for (const id of Object.keys(CATALOGUE) as FunctionId[]) {
    const { fn, args } = EXAMPLES[id];
    args.forEach((arg, i) =>
      blankings(arg).forEach((place, way) => {
        const call = (blank: unknown) => fn(...args.map((a, j) => (j === i ? place(blank) : a)));
        const web = outcome(call(null));
        const windows = outcome(call(0));
        if (JSON.stringify(web) !== JSON.stringify(windows))
          differ.push(
            `${id}.${CATALOGUE[id].parameters[i]?.name} (blank way ${way}): web ${JSON.stringify(web)}, Windows ${JSON.stringify(windows)}`
          );
      })
    );
  }
  expect(differ).toEqual([]);
});

describe("the issue's figures under both encodings", () => {
  for (const [platform, blank] of [
    ["web", null],
    ["Windows", 0],
  ] as const) {
    test(`${platform}: KIK.AFVIGELSE leaves 2019 blank (not known yet), not −22`, () => {
      const out = f.variance(
        row(-18.1, -8.6, 4, 22) as never,
        row(6.1, 25.3, 11.4, blank) as never
      ) as unknown[][];
      expect(out[0]?.[3]).toBe("");
      expect(out[0]?.[0]).toBeCloseTo(24.2, 12);
    });
    test(`${platform}: KIK.BESPARELSE over a caseload with three blank months is 1,75 mio. kr., not 39,25`, () => {
      const actual = col(1500, 1490, 1480, 1470, 1460, 1450, 1440, blank, blank, blank);
      expect(f.savingsFn(actual as never, 1500, 100_000)).toBeCloseTo(1_750_000, 6);
    });
    test(`${platform}: KIK.NETTOUDGIFT(12326; 52; <blank>) is 118.329,60, not 0`, () => {
      expect(f.netCostFn(12326, 52, blank)).toBeCloseTo(118329.6, 6);
      expect(f.netCostFn(12326, 52, [[blank]] as never)).toBeCloseTo(118329.6, 6);
    });
  }
});

describe("where 0 is no meaningful value, the message says why a blank cell reads as missing", () => {
  test("NETTOUDGIFT's månedssats, AFKAST's empty range and SAVINGS' baseline", () => {
    expect((f.netCostFn(0, 52) as { message: string }).message).toMatch(
      /månedssats mangler: cellen er tom eller 0 \(Excel til Windows sender en tom celle som 0/
    );
    expect((f.npv(0.035, row(0, 0, 0) as never) as { message: string }).message).toMatch(
      /betalinger indeholder kun tomme celler og 0/
    );
    expect(
      (f.savingsFn(col(900) as never, col(0) as never, 1) as { message: string }).message
    ).toMatch(/basislinje mangler: cellen er tom eller 0/);
    setLanguage("en");
    expect((f.netCostFn(0, 52) as { message: string }).message).toMatch(
      /monthlyRate is missing: the cell is blank or 0 \(Excel for Windows passes a blank cell as 0/
    );
  });
  test("where 0 is meaningful, a blank counts as 0 on both platforms: PROJECTCASELOAD's inflow, NETCOST's weeks on benefit", () => {
    expect(f.projectCaseloadFn(1008, null, 0.0376, 12)).toEqual(
      f.projectCaseloadFn(1008, 0, 0.0376, 12)
    );
    expect(outcome(f.projectCaseloadFn(1008, null, 0.0376, 12))).not.toBe("error");
    expect(f.netCostFn(12326, null)).toBe(f.netCostFn(12326, 0));
  });
});

describe("the fake Excel hands a custom function its arguments as each platform does", () => {
  const budget = () =>
    new FakeExcel().addSheet("Budget").setCells("Budget", "B2", [
      [-18.1, -8.6, 4, 22],
      [6.1, 25.3, 11.4, null],
    ]);
  test("web: blanks as null; Windows: blanks as 0 – and KIK.AFVIGELSE gives the same spill", () => {
    const web = budget();
    const windows = budget();
    windows.blankArguments = "zero";
    expect(web.functionArgument("Budget", "B3:E3")).toEqual([[6.1, 25.3, 11.4, null]]);
    expect(windows.functionArgument("Budget", "B3:E3")).toEqual([[6.1, 25.3, 11.4, 0]]);
    const spill = (fake: FakeExcel) =>
      outcome(
        f.variance(
          fake.functionArgument("Budget", "B2:E2") as never,
          fake.functionArgument("Budget", "B3:E3") as never
        )
      );
    expect(spill(windows)).toEqual(spill(web));
    expect((spill(windows) as unknown[][])[0]?.[3]).toBe("");
  });
});

describe("end to end: the fake Excel calls the functions from cells as each platform does", () => {
  let metadata: FunctionMetadata[];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      [path.join(__dirname, "../../src/functions/functions.ts")],
      true
    );
    metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  });
  const cells = (...xs: (number | null)[]) => xs.map((x) => [x]);
  const meta = (id: FunctionId) => metadata.find((m) => m.id === id) as FunctionMetadata;

  for (const mode of ["null", "zero"] as const)
    test(`${mode === "null" ? "web (blank = null)" : "Windows (blank = 0)"}: the issue's three figures; parameter addresses only where the metadata asks (VARIANCE)`, () => {
      const fake = new FakeExcel()
        .addSheet("Ark1")
        .setCells("Ark1", "A1", [
          [-18.1, -8.6, 4, 22],
          [6.1, 25.3, 11.4, null],
        ])
        .setCells("Ark1", "A4", cells(1500, 1490, 1480, 1470, 1460, 1450, 1440, null, null, null))
        .setCells("Ark1", "C4", cells(1500, 100_000, 12326, 52, null));
      fake.blankArguments = mode;
      const variance = fake.call(meta("VARIANCE"), f.variance as Fn, "Ark1!A1:D1", "Ark1!A2:D2");
      expect(variance.invocation.parameterAddresses).toEqual(["Ark1!A1:D1", "Ark1!A2:D2"]);
      expect((variance.result as unknown[][])[0]?.[3]).toBe("");
      expect((variance.result as number[][])[0]?.[0]).toBeCloseTo(24.2, 12);
      const savings = fake.call(
        meta("SAVINGS"),
        f.savingsFn as Fn,
        "Ark1!A4:A13",
        "Ark1!C4",
        "Ark1!C5"
      );
      expect(savings.invocation).toEqual({});
      expect(savings.result).toBeCloseTo(1_750_000, 6);
      const netCost = fake.call(
        meta("NETCOST"),
        f.netCostFn as Fn,
        "Ark1!C6",
        "Ark1!C7",
        "Ark1!C8"
      );
      expect(netCost.invocation).toEqual({});
      expect(netCost.result).toBeCloseTo(118_329.6, 6);
    });
});
