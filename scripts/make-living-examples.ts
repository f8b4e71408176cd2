/**
 * Writes the two extra inputs of the living-sheets test (issue 10, tests/living): inputs of other
 * shapes than the Aabenraa example, filled into the input template by its own writer.
 *
 * - examples/kik-maanedlig-sammenligning.xlsx: a monthly caseload 2016–2018 with a comparison
 *   series (the national trend), months without a measurement, targets, a horizon and the
 *   comparison switch in the assumptions table.
 * - examples/kik-investering-pr-aar.xlsx: a budget 2017–2021 with the investment per year (no
 *   split by category), a quarterly caseload with original group and newcomers, and assumptions
 *   that include the horizon, fleksjob as self-supporting and a deadweight.
 *
 * The figures are made up (illustrative, not a municipality's). `npx tsx
 * scripts/make-living-examples.ts` regenerates both with fixed dates, so the same code gives the
 * same bytes.
 */
import * as path from "node:path";
import { writeFileAtomically } from "../src/cli/files";
import { templateBytes } from "../src/cli/template";
import {
  assumptionRow,
  TEMPLATE_FORMATS as F,
  type TemplateCaseloadRow,
  type TemplateContent,
} from "../src/report/template";

const SOURCE = "Konstrueret eksempel til KIK's test af levende ark";

/** Monthly caseload with a comparison series: 36 months, every fifth without a measurement. */
function monthlyCaseload(): TemplateCaseloadRow[] {
  const rows: TemplateCaseloadRow[] = [];
  for (let i = 0; i < 36; i++) {
    const year = 2016 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const measured = i % 5 !== 3;
    rows.push({
      year,
      month,
      count: measured ? Math.round(820 - 7.5 * i + 12 * Math.sin(i / 2)) : null,
      target: month === 12 ? 760 - 80 * (year - 2016) : null,
      // The national series (index), measured every quarter.
      comparison: i % 3 === 0 ? Math.round((100 - 0.35 * i) * 10) / 10 : null,
    });
  }
  return rows;
}

/** A monthly caseload with a comparison series. */
export const MONTHLY_COMPARISON: TemplateContent = {
  budget: [
    { year: 2016, budgeted: -6.5, actual: -4.2, investment: null },
    { year: 2017, budgeted: 1.5, actual: 3.1, investment: null },
    { year: 2018, budgeted: 7, actual: null, investment: null },
  ],
  investment: [
    { category: "Virksomhedskonsulenter", amount: 4.5 },
    { category: "Mentorer", amount: 2 },
  ],
  caseload: monthlyCaseload(),
  outcomes: [
    { label: "Ordinært job", count: 41 },
    { label: "Uddannelse", count: 12 },
    { label: "Fleksjob", count: 9 },
    { label: "Jobparat", count: 17 },
    { label: "Førtidspension", count: 21 },
  ],
  assumptions: [
    assumptionRow("discountRate", 0.04, SOURCE, "da", F.percent),
    assumptionRow("horizonYears", 5, SOURCE, "da", F.count),
    assumptionRow("comparisonTrend", true, SOURCE, "da"),
    assumptionRow("deadweightShare", 0.1, SOURCE, "da", F.percent),
    assumptionRow("monthlyBenefitRate", 11200, SOURCE, "da", F.kroner),
    assumptionRow("weeksOnBenefit", 30, SOURCE, "da", F.count),
    assumptionRow("serviceCostPerYear", 12000, SOURCE, "da", F.kroner),
  ],
};

/** A budget with investment per year. */
export const INVESTMENT_PER_YEAR: TemplateContent = {
  budget: [
    { year: 2017, budgeted: -9, actual: -7.5, investment: 6 },
    { year: 2018, budgeted: -2, actual: 0.5, investment: 4 },
    { year: 2019, budgeted: 3.5, actual: 5.2, investment: 2.5 },
    { year: 2020, budgeted: 6, actual: null, investment: 1 },
    { year: 2021, budgeted: 8, actual: null, investment: null },
  ],
  investment: [],
  caseload: [
    { year: 2016, month: 10, count: 540, original: 540, newcomers: 0 },
    { year: 2017, month: 1, count: 522, original: 470, newcomers: 52 },
    { year: 2017, month: 4, count: null, target: 480 },
    { year: 2017, month: 7, count: 471, original: 368, newcomers: 103 },
    { year: 2017, month: 10, count: 455 },
    { year: 2018, month: 1, count: null },
    { year: 2018, month: 4, count: 418, original: 268, newcomers: 150 },
    { year: 2018, month: 12, count: null, target: 380 },
  ],
  outcomes: [
    { label: "Selvforsørgende", count: 120 },
    { label: "Fleksjob", count: 35 },
    { label: "Aktivitetsparat", count: 60 },
    { label: "Sygedagpenge", count: 22 },
  ],
  assumptions: [
    assumptionRow("discountRate", 0.035, SOURCE, "da", F.percent),
    assumptionRow("horizonYears", 6, SOURCE, "da", F.count),
    assumptionRow("fleksjobIsSelfSupporting", true, SOURCE, "da"),
    assumptionRow("deadweightShare", 0.2, SOURCE, "da", F.percent),
    assumptionRow("monthlyBenefitRate", 11500, SOURCE, "da", F.kroner),
    assumptionRow("weeksOnBenefit", 60, SOURCE, "da", F.count),
    assumptionRow("selfSupportingGoal", 0.6, SOURCE, "da", F.percent),
  ],
};

/** The fixed time stamp of the files. */
export const LIVING_EXAMPLE_DATE = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));

/** The extra inputs by file name (in examples/). */
export const LIVING_EXAMPLES: Readonly<Record<string, TemplateContent>> = {
  "kik-maanedlig-sammenligning.xlsx": MONTHLY_COMPARISON,
  "kik-investering-pr-aar.xlsx": INVESTMENT_PER_YEAR,
};

async function main(): Promise<void> {
  for (const [name, content] of Object.entries(LIVING_EXAMPLES)) {
    const file = path.join(__dirname, "..", "examples", name);
    const bytes = await templateBytes("da", content, { date: LIVING_EXAMPLE_DATE });
    await writeFileAtomically(file, bytes, (reason) => `Cannot write ${file}: ${reason}`, "en");
    process.stdout.write(`${path.relative(process.cwd(), file)} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
