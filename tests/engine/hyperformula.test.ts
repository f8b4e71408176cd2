/**
 * Agreement with an independent engine: HyperFormula's NPV and SUM, on a few hundred
 * seeded random cash-flow series (lengths 1–40, flows within ±1e7, rates within (-0.5, 0.5)).
 * All cases are batched into one workbook, built once.
 */
import { HyperFormula } from "hyperformula";
import { netPresentValue, returnOnInvestment, type Timing } from "../../src/engine";
import { closeRel, valueOf } from "./helpers";

const CASES = 300;
const MAX_LENGTH = 40;
const RATE_COL = MAX_LENGTH; // flows in columns 0..39, the rate in column 40, formulas after it
const TOLERANCE = 1e-9;

/** Mulberry32: a small seeded PRNG, so every run checks the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20160104);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * random();
const integer = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
/** A rate strictly inside (-0.5, 0.5); every tenth case exactly 0. */
const randomRate = (i: number) => (i % 10 === 0 ? 0 : uniform(-0.4999999, 0.4999999));
const randomFlows = (length: number, lo = -1e7, hi = 1e7) => Array.from({ length }, () => uniform(lo, hi));

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
function col(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A{row}:{last}{row}` for the first `length` cells of a 1-based sheet row, from column `from`. */
const range = (row: number, length: number, from = 0) => `${col(from)}${row}:${col(length - 1)}${row}`;
/** Excel-style NPV at the start of the period: the first flow undiscounted. */
const npvStart = (rate: string, row: number, length: number) =>
  length === 1 ? `A${row}` : `(A${row}+NPV(${rate},${range(row, length, 1)}))`;
const npvEnd = (rate: string, row: number, length: number) => `NPV(${rate},${range(row, length)})`;

function rowOf(values: readonly number[], extra: Record<number, number | string>): (number | string | null)[] {
  const row: (number | string | null)[] = Array.from({ length: RATE_COL + 4 }, () => null);
  values.forEach((v, i) => (row[i] = v));
  for (const [c, v] of Object.entries(extra)) row[Number(c)] = v;
  return row;
}

interface NpvCase {
  readonly rate: number;
  readonly flows: number[];
}
interface RoiCase {
  readonly rate: number;
  readonly investment: number[];
  readonly savings: number[];
}

// Hand-picked edge cases first, then seeded random ones.
const npvCases: NpvCase[] = [
  { rate: 0.035, flows: [-18.1, -8.6, 4, 22] },
  { rate: 0, flows: [5] },
  { rate: -0.4999999, flows: randomFlows(MAX_LENGTH) },
  { rate: 0.4999999, flows: randomFlows(MAX_LENGTH) },
  { rate: 0.1, flows: [1e7] },
];
while (npvCases.length < CASES) npvCases.push({ rate: randomRate(npvCases.length), flows: randomFlows(integer(1, MAX_LENGTH)) });

const roiCases: RoiCase[] = [
  { rate: 0.035, investment: [158], savings: [312.7] },
  { rate: 0.035, investment: [60.5], savings: [20.5, 20.5, 20.5, 20.5, 20.5] },
  { rate: -0.3, investment: [10, 0, 5], savings: randomFlows(MAX_LENGTH) },
];
while (roiCases.length < CASES) {
  roiCases.push({
    rate: randomRate(roiCases.length),
    investment: randomFlows(integer(1, 10), 0, 1e7),
    savings: randomFlows(integer(1, MAX_LENGTH)),
  });
}

// Sheet "NPV": row r (1-based) holds one case; col 41 = NPV(end), col 42 = first + NPV(rest).
const npvSheet = npvCases.map((c, i) => {
  const r = i + 1;
  const rate = `${col(RATE_COL)}${r}`;
  return rowOf(c.flows, {
    [RATE_COL]: c.rate,
    [RATE_COL + 1]: `=${npvEnd(rate, r, c.flows.length)}`,
    [RATE_COL + 2]: `=${npvStart(rate, r, c.flows.length)}`,
  });
});

// Sheet "ROI": case k uses rows 2k+1 (investment, rate, formulas) and 2k+2 (savings).
const roiSheet = roiCases.flatMap((c, k) => {
  const ri = 2 * k + 1;
  const rs = 2 * k + 2;
  const rate = `${col(RATE_COL)}${ri}`;
  const ni = c.investment.length;
  const ns = c.savings.length;
  const nominal = `=(SUM(${range(rs, ns)})-SUM(${range(ri, ni)}))/SUM(${range(ri, ni)})`;
  const start = `=(${npvStart(rate, rs, ns)}-${npvStart(rate, ri, ni)})/${npvStart(rate, ri, ni)}`;
  const end = `=(${npvEnd(rate, rs, ns)}-${npvEnd(rate, ri, ni)})/${npvEnd(rate, ri, ni)}`;
  return [
    rowOf(c.investment, { [RATE_COL]: c.rate, [RATE_COL + 1]: nominal, [RATE_COL + 2]: start, [RATE_COL + 3]: end }),
    rowOf(c.savings, {}),
  ];
});

const hf = HyperFormula.buildFromSheets({ NPV: npvSheet, ROI: roiSheet }, { licenseKey: "gpl-v3", smartRounding: false });
afterAll(() => hf.destroy());

function sheetValue(sheetName: string, row0: number, col0: number): number {
  const sheet = hf.getSheetId(sheetName) as number;
  const v = hf.getCellValue({ sheet, row: row0, col: col0 });
  if (typeof v !== "number") throw new Error(`HyperFormula ${sheetName}!${col(col0)}${row0 + 1} is ${JSON.stringify(v)}, not a number`);
  return v;
}

/** Collects every disagreement, so a failure lists all the cases, not just the first. */
function disagreements<C>(cases: readonly C[], check: (c: C, i: number) => [number, number]): string[] {
  const out: string[] = [];
  cases.forEach((c, i) => {
    const [ours, theirs] = check(c, i);
    if (!closeRel(ours, theirs, TOLERANCE)) out.push(`case ${i}: ours ${ours}, HyperFormula ${theirs}, ${JSON.stringify(c)}`);
  });
  return out;
}

describe("agreement with HyperFormula", () => {
  test(`the workbook has ${CASES} NPV cases and ${CASES} ROI cases, lengths 1–${MAX_LENGTH}`, () => {
    const lengths = npvCases.map((c) => c.flows.length);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBe(MAX_LENGTH);
    expect(npvCases.every((c) => c.rate > -0.5 && c.rate < 0.5)).toBe(true);
    expect(npvCases.flatMap((c) => c.flows).every((f) => Math.abs(f) <= 1e7)).toBe(true);
    expect(hf.getSheetDimensions(hf.getSheetId("NPV") as number).height).toBe(CASES);
    expect(hf.getSheetDimensions(hf.getSheetId("ROI") as number).height).toBe(2 * CASES);
  });

  test.each<[Timing, number]>([
    ["end", RATE_COL + 1],
    ["start", RATE_COL + 2],
  ])("netPresentValue(rate, flows, %j) equals HyperFormula's NPV formula", (timing, formulaCol) => {
    expect(disagreements(npvCases, (c, i) => [valueOf(netPresentValue(c.rate, c.flows, timing)), sheetValue("NPV", i, formulaCol)])).toEqual([]);
  });

  test("nominal ROI equals (SUM(savings) − SUM(investment)) / SUM(investment)", () => {
    expect(
      disagreements(roiCases, (c, k) => [valueOf(returnOnInvestment({ investment: c.investment, savings: c.savings })), sheetValue("ROI", 2 * k, RATE_COL + 1)]),
    ).toEqual([]);
  });

  test.each<[Timing, number]>([
    ["start", RATE_COL + 2],
    ["end", RATE_COL + 3],
  ])("discounted ROI with timing %j equals the same built from NPV formulas", (timing, formulaCol) => {
    expect(
      disagreements(roiCases, (c, k) => [
        valueOf(returnOnInvestment({ investment: c.investment, savings: c.savings }, { rate: c.rate, timing })),
        sheetValue("ROI", 2 * k, formulaCol),
      ]),
    ).toEqual([]);
  });

  test("the public figures agree too: Hjørring nominal ROI 154.7/158", () => {
    expect(sheetValue("ROI", 0, RATE_COL + 1)).toBeCloseTo(154.7 / 158, 12);
  });
});
