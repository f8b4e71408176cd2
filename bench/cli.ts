/**
 * The command line on 100,000-row synthetic workbooks, as a ratio to ExcelJS reading and
 * writing the same workbook in the same run (the I/O floor every .xlsx tool pays).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";

const ROWS = 100_000;
const RUNS = Number(process.env.KIK_BENCH_CLI_RUNS ?? 3);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const LABELS = [
  "Job",
  "Uddannelse",
  "Fleksjob",
  "Førtidspension",
  "Sygedagpenge",
  "Job- eller uddannelsesparat",
  "Anden forsørgelse",
];

/** An input workbook in the KIK convention; `big` says which table gets the 100,000 rows. */
export async function makeWorkbook(file: string, big: "outcomes" | "caseload"): Promise<void> {
  const random = lcg(7);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KIK Input");
  const budget = [2016, 2017, 2018, 2019].map((y, i) => [
    y,
    [-18.1, -8.6, 4, 22][i],
    [6.1, 25.3, 11.4, null][i],
  ]);
  ws.addTable({
    name: "KIK_Budget",
    ref: "A1",
    columns: [{ name: "År" }, { name: "Budgetteret (mio. kr.)" }, { name: "Faktisk (mio. kr.)" }],
    rows: budget,
  });
  const months = big === "caseload" ? ROWS : 43;
  // 100,000 distinct months only fit as text ("1100-01" …): Excel dates start in 1900.
  const caseload: (number | string | Date)[][] = [];
  for (let i = 0; i < months; i++) {
    const month =
      big === "caseload"
        ? `${1100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
        : new Date(Date.UTC(2015 + Math.floor((i + 5) / 12), (i + 5) % 12, 1));
    caseload.push([month, 1008 - Math.floor(random() * 500)]);
  }
  ws.addTable({
    name: "KIK_Sagstal",
    ref: "E1",
    columns: [{ name: "Måned" }, { name: "Sagstal" }],
    rows: caseload,
  });
  const outcomes = big === "outcomes" ? ROWS : 3;
  const rows: string[][] = [];
  for (let i = 0; i < outcomes; i++)
    rows.push([LABELS[Math.floor(random() * LABELS.length)] as string]);
  ws.addTable({ name: "KIK_Udfald", ref: "H1", columns: [{ name: "Udfald" }], rows });
  await wb.xlsx.writeFile(file);
}

/** Runs `kik report` in-process and returns the median time in ms. */
async function timeReport(input: string, output: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const quiet = { out: () => undefined, err: () => undefined };
    const start = process.hrtime.bigint();
    const code = await main(["report", input, "-o", output], quiet);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (code !== 0) throw new Error(`kik report exited ${code} on ${input}`);
  }
  return median(times);
}

/** ExcelJS reading the input and writing it back: the floor. */
async function timeFloor(input: string, output: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Prints the command-line figures. */
export async function benchCli(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-bench-"));
  console.log(
    `\nkik report on ${ROWS.toLocaleString("en-GB")}-row workbooks, median of ${RUNS}; ratio = kik report / (ExcelJS read + write of the same file)\n`
  );
  const rows: string[][] = [["workbook", "floor ms", "kik ms", "ratio"]];
  for (const big of ["outcomes", "caseload"] as const) {
    const input = path.join(dir, `${big}.xlsx`);
    await makeWorkbook(input, big);
    // Warm-up: module loading and JIT are not what is measured.
    await timeReport(input, path.join(dir, "warm.xlsx"));
    const floor = await timeFloor(input, path.join(dir, "floor.xlsx"));
    const ms = await timeReport(input, path.join(dir, "out.xlsx"));
    const name =
      big === "outcomes" ? "100,000 closed cases (one per row)" : "100,000 caseload months";
    rows.push([name, floor.toFixed(0), ms.toFixed(0), (ms / floor).toFixed(2) + "x"]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(
      r.map((c, i) => (i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ")
    );
  console.log(
    "\nAim: at most 1.5x. The caseload case writes a result row with formulas for every month, so its output is several times the input."
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) void benchCli();
