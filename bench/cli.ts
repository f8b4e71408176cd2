/**
 * The command line on three workbooks, each as a ratio to the floor of any lossless writer
 * measured in the same run on the same file: unzipping and re-zipping the package (every entry
 * inflated and deflated again with node:zlib at level 6, the level KIK and Excel use, and a new
 * zip written). Both run in a fresh child process, which reports the time of the work alone
 * (module loading excluded) and its peak memory (maxRSS).
 * - a user's ~20 MB workbook with a 100,000-row register sheet and a small KIK_Sagstal table
 *   (tests/xlsx/real-files/fixtures.ts `largeRegister`): target ≤ 1.2x and ≤ 1 GB;
 * - 100,000 closed cases, and 100,000 caseload months, in the input tables (the report then has
 *   as many rows as the input, so these copies are several times the input).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { largeRegister } from "../tests/xlsx/real-files/fixtures";

const ROWS = Number(process.env.KIK_BENCH_ROWS ?? 100_000);
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

/**
 * The floor: every entry of the zip at `input` inflated and deflated again (node:zlib, level 6)
 * and written as a new zip at `output` (local headers, central directory, CRCs). Entries stored
 * uncompressed are copied. Zip64 and data descriptors are not needed for these files.
 */
export function rezip(input: string, output: string): void {
  const zip = fs.readFileSync(input);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${input} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (let n = 0; n < count; n++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    const packed = method === 8 ? deflateRawSync(data, { level: 6 }) : raw;
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(method, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(head, name, packed);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
    at += 46 + nameLength + extraLength + commentLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(output, Buffer.concat([...parts, directory, end]));
}

/** What a child process reports: the work's time and the process's peak memory. */
interface Measured {
  readonly ms: number;
  readonly rssMB: number;
}

/** Runs one task in a fresh child process (this file with `--child`). */
function measure(task: "report" | "floor", input: string, output: string): Measured {
  const r = spawnSync(
    process.execPath,
    ["--require", "tsx/cjs", __filename, "--child", task, input, output],
    {
      encoding: "utf8",
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(__dirname, "..", "tsconfig.json") },
    }
  );
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{"))
    throw new Error(`${task} on ${input} failed (${r.status}): ${r.stderr.trim()}`);
  return JSON.parse(line) as Measured;
}

/** The median run by time of `runs` measurements, with the largest peak memory seen. */
function medianOf(runs: Measured[]): Measured {
  return { ms: median(runs.map((m) => m.ms)), rssMB: Math.max(...runs.map((m) => m.rssMB)) };
}

/** The child's side: do the task once, print time and peak memory as JSON. */
async function child(task: string, input: string, output: string): Promise<void> {
  const start = process.hrtime.bigint();
  if (task === "floor") rezip(input, output);
  else {
    const quiet = { out: () => undefined, err: () => undefined };
    const code = await main(["report", input, "-o", output], quiet);
    if (code !== 0) throw new Error(`kik report exited ${code} on ${input}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, rssMB }));
}

/** Prints the command-line figures. */
export async function benchCli(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-bench-"));
  console.log(
    `\nkik report, median of ${RUNS} runs in fresh processes; floor = unzip + re-zip of the same file (every entry inflated and deflated with node:zlib level 6); memory = peak RSS of the process\n`
  );
  const inputs: [string, string][] = [];
  const large = path.join(dir, "register.xlsx");
  // Generated once per run (seeded, so the same file every time).
  fs.writeFileSync(large, await largeRegister());
  inputs.push([
    `user workbook, 100,000-row register (${(fs.statSync(large).size / 2 ** 20).toFixed(1)} MB)`,
    large,
  ]);
  for (const big of ["outcomes", "caseload"] as const) {
    const input = path.join(dir, `${big}.xlsx`);
    await makeWorkbook(input, big);
    inputs.push([
      big === "outcomes" ? "100,000 closed cases (one per row)" : "100,000 caseload months",
      input,
    ]);
  }
  const rows: string[][] = [["workbook", "floor ms", "kik ms", "ratio", "floor MB", "kik MB"]];
  for (const [name, input] of inputs) {
    const floor: Measured[] = [];
    const kik: Measured[] = [];
    // Interleaved, so both see the same load on a shared machine.
    for (let i = 0; i < RUNS; i++) {
      floor.push(measure("floor", input, path.join(dir, "floor.xlsx")));
      kik.push(measure("report", input, path.join(dir, "out.xlsx")));
    }
    const f = medianOf(floor);
    const k = medianOf(kik);
    rows.push([
      name,
      f.ms.toFixed(0),
      k.ms.toFixed(0),
      (k.ms / f.ms).toFixed(2) + "x",
      f.rssMB.toFixed(0),
      k.rssMB.toFixed(0),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(
      r.map((c, i) => (i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ")
    );
  console.log(
    "\nAim for the user workbook: at most 1.2x the floor and at most 1,024 MB. The two 100,000-row input tables give result sheets with a row (and formulas) per input row, so their copies are several times the input."
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) {
  const [flag, task, input, output] = process.argv.slice(2);
  if (flag === "--child" && task !== undefined && input !== undefined && output !== undefined)
    child(task, input, output).catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    });
  else void benchCli();
}
