/**
 * A whole wizard run over the fake (detect → read → existing sheets → plan → write), counting
 * the syncs of each step: `countSyncsForWizardRun(100)` and `(100_000)` for the bench. No Node
 * modules, so it also runs in a browser bundle.
 */
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { buildReport } from "../../src/report/build";
import type { ReportPlan } from "../../src/report/plan";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { monthStartSerial } from "../../src/report/template";
import { FakeExcel, type SeedCell } from "./fake";

const LABELS = ["Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"];

/**
 * An input workbook with `caseloadRows` months in the table KIK_Sagstal (dates from June 2015
 * while they stay in Excel's calendar, then text months like the CLI bench: "1100-01" …),
 * the Aabenraa budget in KIK_Budget and three outcomes in KIK_Udfald. `measuredEvery` > 1
 * leaves the caseload blank between measurements (the report's interpolation is quadratic in
 * the number of measurements, see the report).
 */
export function inputWorkbook(caseloadRows: number, measuredEvery = 1): FakeExcel {
  const fake = new FakeExcel().addSheet("KIK Input");
  const budget: SeedCell[][] = [
    ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
    [2016, -18.1, 6.1],
    [2017, -8.6, 25.3],
    [2018, 4, 11.4],
    [2019, 22, null],
  ];
  fake.setCells("KIK Input", "A1", budget).addTable("KIK Input", "A1:C5", "KIK_Budget");
  const dates = caseloadRows <= 900;
  const caseload: SeedCell[][] = [["Måned", "Sagstal"]];
  let seed = 7;
  for (let i = 0; i < caseloadRows; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const month: SeedCell = dates
      ? {
          value: monthStartSerial(2015 + Math.floor((i + 5) / 12), ((i + 5) % 12) + 1),
          numberFormat: "yyyy-mm",
        }
      : `${1100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    const measured = i % measuredEvery === 0 || i === caseloadRows - 1;
    caseload.push([month, measured ? 1008 - (seed % 500) : null]);
  }
  fake.setCells("KIK Input", "E1", caseload);
  fake.addTable("KIK Input", `E1:F${caseloadRows + 1}`, "KIK_Sagstal");
  fake.setCells("KIK Input", "H1", [["Udfald"], ...LABELS.map((l) => [l])]);
  fake.addTable("KIK Input", "H1:H4", "KIK_Udfald");
  return fake;
}

/** Syncs per step of one wizard run. */
export interface WizardRunSyncs {
  readonly caseloadRows: number;
  readonly detectInputs: number;
  readonly readInput: number;
  readonly existingSheets: number;
  readonly writeReport: number;
  readonly total: number;
  /** Write commands and the most rows one of them wrote. */
  readonly writeCommands: number;
  readonly largestWriteRows: number;
  readonly errors: number;
}

/** Runs the wizard's calls on `fake` and counts the syncs of each. */
export async function runWizard(
  fake: FakeExcel,
  generatedAt = new Date("2026-11-23T12:00:00Z")
): Promise<{ syncs: Omit<WizardRunSyncs, "caseloadRows">; plan: ReportPlan }> {
  const host = new OfficeWorkbookHost({ run: fake.run, settings: fake.settings, language: "da" });
  const start = fake.syncs;
  let mark = fake.syncs;
  const step = () => {
    const n = fake.syncs - mark;
    mark = fake.syncs;
    return n;
  };
  const selection = await host.detectInputs();
  const detectInputs = step();
  const read = await host.readInput(selection, "da");
  const readInput = step();
  const existing = await host.existingSheets();
  const existingSheets = step();
  const plan = buildReport(read.input, {
    language: "da",
    sheetNames: resolveSheetNames(existing, "da"),
    inputRanges: read.ranges,
    generatedAt,
    version: "0.1.0",
  });
  const ops = fake.operations.length;
  await host.writeReport(plan);
  const writeReport = step();
  const writes = fake.operations.slice(ops);
  return {
    syncs: {
      detectInputs,
      readInput,
      existingSheets,
      writeReport,
      total: fake.syncs - start,
      writeCommands: writes.length,
      largestWriteRows: writes.reduce((m, op) => Math.max(m, op.rows), 0),
      errors: read.problems.filter((p) => p.severity === "error").length,
    },
    plan,
  };
}

/** Syncs of a wizard run over an input with `caseloadRows` caseload months. */
export async function countSyncsForWizardRun(
  caseloadRows: number,
  measuredEvery = 1
): Promise<WizardRunSyncs> {
  const { syncs } = await runWizard(inputWorkbook(caseloadRows, measuredEvery));
  return { caseloadRows, ...syncs };
}
