/**
 * `npm run bench`: each KIK range function on 1,048,576 rows (Excel's row limit), printed as a
 * ratio to a floor measured in the same run on the same data (the machines are noisy, so
 * absolute times mean little). The floor is the plain loop a programmer would write without
 * any validation: one pass reading every input cell, writing an output of the same shape for
 * spilling functions. Inputs are built by JSON.parse, as Excel's runtime hands them over
 * (every cell its own string object). Times are the median of several runs after warm-up.
 */
import * as kik from "../src/functions/implementations";
import {
  drawNetGains,
  drawTable,
  netGain,
  sortedRange,
  summariseDraws,
  type SensitivityCase,
} from "../src/engine";
import { benchCli } from "./cli";
import { benchTaskPane } from "./taskpane";

const ROWS = 1_048_576;
const RUNS = Number(process.env.KIK_BENCH_RUNS ?? 9);

type Matrix = unknown[][];

/** Excel-like argument: a column range deserialised from JSON. */
function column<T>(make: (i: number) => T): Matrix {
  const rows = new Array<T[]>(ROWS);
  for (let i = 0; i < ROWS; i++) rows[i] = [make(i)];
  return JSON.parse(JSON.stringify(rows)) as Matrix;
}

/** Deterministic pseudo-random numbers (no Math.random: runs must be comparable). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * Median times of the floor and the function, sampled alternately so that drift in the
 * machine's speed hits both alike.
 */
function timePair(floor: () => unknown, fn: () => unknown): { floor: number; fn: number } {
  const floors: number[] = [];
  const fns: number[] = [];
  const sample = (f: () => unknown, into: number[], keep: boolean) => {
    const start = process.hrtime.bigint();
    const result = f();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result === undefined) throw new Error("benchmark produced nothing");
    if (keep) into.push(ms);
  };
  for (let i = 0; i < RUNS + 2; i++) {
    sample(floor, floors, i >= 2);
    sample(fn, fns, i >= 2);
  }
  return { floor: median(floors), fn: median(fns) };
}

function isError(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const random = lcg(42);
const LABELS = [
  "Job",
  "Ordinært job",
  "Uddannelse",
  "Fleksjob",
  "Førtidspension",
  "Sygedagpenge",
  "Job- eller uddannelsesparat",
  "Anden forsørgelse",
];
console.log(
  `KIK benchmark: ${ROWS.toLocaleString("en-GB")} rows, median of ${RUNS} runs; ratio = function / floor (same data, same run)\n`
);

// Each case builds its own data and drops it afterwards, so one case's heap does not slow the next.
const labels = () => column(() => LABELS[Math.floor(random() * LABELS.length)]);
const counts = () => column(() => Math.floor(random() * 5));
const amounts = () => column(() => Math.round(random() * 2e6 - 1e6) / 10);
const actuals = () => column((i) => (i % 97 === 0 ? "" : Math.round(random() * 2e6 - 1e6) / 10));
const investments = () => column(() => Math.round(random() * 1e4) / 10);
const flows = () => column((i) => (i === 0 ? -1e8 : Math.round(random() * 1e4) / 10));
const caseload = () => column(() => 500 + Math.floor(random() * 500));
const national = () => column(() => 90 + random() * 20);

// Floors: the plain loops.
const countExact = (m: Matrix) => () => {
  let n = 0;
  for (let i = 0; i < m.length; i++) if ((m[i] as unknown[])[0] === "Job") n++;
  return n;
};
const sumColumns =
  (...ms: Matrix[]) =>
  () => {
    let s = 0;
    for (const m of ms) for (let i = 0; i < m.length; i++) s += (m[i] as unknown[])[0] as number;
    return s;
  };
const countWithCounts = (m: Matrix, c: Matrix) => () => {
  let n = 0;
  for (let i = 0; i < m.length; i++)
    if ((m[i] as unknown[])[0] === "Job") n += (c[i] as unknown[])[0] as number;
  return n;
};
const subtractInto = (b: Matrix, a: Matrix) => () => {
  const out = new Array<unknown[]>(b.length);
  for (let i = 0; i < b.length; i++)
    out[i] = [((a[i] as unknown[])[0] as number) - ((b[i] as unknown[])[0] as number)];
  return out;
};

interface Case {
  readonly name: string;
  readonly floorName: string;
  readonly make: () => Matrix[];
  readonly floor: (d: Matrix[]) => () => unknown;
  readonly run: (d: Matrix[]) => unknown;
}
const d0 = (d: Matrix[]) => d[0] as never;
const d1 = (d: Matrix[]) => d[1] as never;

const DRAWS = 10_000;

/** A 10-year case for the whole-case draws: measured for 3 years, projected after. */
const WHOLE_CASE: SensitivityCase = {
  years: Array.from({ length: 10 }, (_, t) => ({
    t,
    investment: t < 4 ? 20 : 0,
    savings: 5 + 4 * t,
    measured: t < 3 ? 1 : 0,
  })),
  likely: { deadweight: 0.1, netCost: 118_330, discountRate: 0.035, durability: 0.5, effect: 1 },
  optimismBias: 0,
};
const WHOLE_RANGES = {
  deadweight: sortedRange(0, 0.1, 0.5),
  netCost: sortedRange(94_664, 118_330, 141_996),
  discountRate: sortedRange(0.025, 0.035, 0.04),
  durability: sortedRange(0.38, 0.5, 0.64),
  effect: sortedRange(0.75, 1, 1.25),
};
const cases: Case[] = [
  {
    name: "SELFSUFFICIENCY(outcomes)",
    floorName: 'count label = "Job"',
    make: () => [labels()],
    floor: (d) => countExact(d0(d)),
    run: (d) => kik.selfSufficiency(d0(d)),
  },
  {
    name: "SELFSUFFICIENCY(outcomes, counts)",
    floorName: 'sum counts where "Job"',
    make: () => [labels(), counts()],
    floor: (d) => countWithCounts(d0(d), d1(d)),
    run: (d) => kik.selfSufficiency(d0(d), d1(d)),
  },
  {
    name: "OUTCOMESHARES(outcomes)",
    floorName: 'count label = "Job"',
    make: () => [labels()],
    floor: (d) => countExact(d0(d)),
    run: (d) => kik.outcomeSharesTable(d0(d)),
  },
  {
    name: "VARIANCE(budgeted, actual)",
    floorName: "a − b into a column",
    make: () => [amounts(), actuals()],
    floor: (d) => subtractInto(d0(d), d1(d)),
    run: (d) => kik.variance(d0(d), d1(d)),
  },
  {
    name: "NPV(3.5 %, flows)",
    floorName: "sum of one column",
    make: () => [flows()],
    floor: (d) => sumColumns(d0(d)),
    run: (d) => kik.npv(0.035, d0(d)),
  },
  {
    name: "ROI(investment, savings)",
    floorName: "sum of two columns",
    make: () => [investments(), amounts()],
    floor: (d) => sumColumns(d0(d), d1(d)),
    run: (d) => kik.roi(d0(d), d1(d)),
  },
  {
    name: "NETGAIN(investment, savings, 3.5 %)",
    floorName: "sum of two columns",
    make: () => [investments(), amounts()],
    floor: (d) => sumColumns(d0(d), d1(d)),
    run: (d) => kik.netGainFn(d0(d), d1(d), 0.035),
  },
  {
    name: "PAYBACK(flows)",
    floorName: "sum of one column",
    make: () => [flows()],
    floor: (d) => sumColumns(d0(d)),
    run: (d) => kik.paybackFn(d0(d)),
  },
  {
    name: "SAVINGS(actual, 1000, cost, national)",
    floorName: "sum of two columns",
    make: () => [caseload(), national()],
    floor: (d) => sumColumns(d0(d), d1(d)),
    run: (d) => kik.savingsFn(d0(d), 1000, 118329.6, d1(d)),
  },
  {
    // Issue 12: 10,000 draws of the case against 10,000 plain net gains (aim: well under 1 s).
    name: "PROBABILITY(3 cells, 3 cells, 10000)",
    floorName: "10,000 engine net gains",
    make: () => [[[140, 158, 200]], [[120, 312.7, 400]]],
    floor: () => () => {
      let total = 0;
      for (let i = 0; i < DRAWS; i++) {
        const r = netGain({ investment: [140 + (i % 60)], savings: [120 + (i % 280)] });
        if (r.ok) total += r.value;
      }
      return total;
    },
    run: (d) => kik.probabilityFn(d0(d), d1(d), DRAWS),
  },
  {
    // Issue 12, item 7: 10,000 draws of the whole case (10 budget years, measured and projected
    // savings, the four drawn assumptions through their triangular inverses, a fresh Latin
    // hypercube) as KIK Følsomhed and the task pane compute them, against 10,000 plain net
    // gains of the same 10-year flows. Aim: the draws well under 1 s.
    name: "whole case, 10 years, 10000 draws",
    floorName: "10,000 net gains (10 years)",
    make: () => [],
    floor: () => () => {
      let total = 0;
      for (let i = 0; i < DRAWS; i++) {
        const r = netGain({
          investment: WHOLE_CASE.years.map((y) => y.investment),
          savings: WHOLE_CASE.years.map((y) => y.savings + (i % 7)),
        });
        if (r.ok) total += r.value;
      }
      return total;
    },
    run: () =>
      summariseDraws(drawNetGains(WHOLE_CASE, WHOLE_RANGES, drawTable(DRAWS))).probabilityPositive,
  },
];

const rows: string[][] = [["function", "floor", "floor ms", "KIK ms", "ratio"]];
for (const c of cases) {
  const data = c.make();
  const result = c.run(data);
  if (isError(result)) throw new Error(`${c.name} returned an error: ${JSON.stringify(result)}`);
  const t = timePair(c.floor(data), () => c.run(data));
  rows.push([
    c.name,
    c.floorName,
    t.floor.toFixed(1),
    t.fn.toFixed(1),
    (t.fn / t.floor).toFixed(2) + "x",
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
  console.log(
    r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ")
  );
console.log("\nAim: SELFSUFFICIENCY and VARIANCE at most 2x their floor.");

// The command line on 100,000-row workbooks (KIK_BENCH_CLI=0 skips it), then the task pane.
void (async () => {
  if (process.env.KIK_BENCH_CLI !== "0") await benchCli();
  await benchTaskPane();
})().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
