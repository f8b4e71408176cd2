/**
 * Writes examples/aabenraa-kik.xlsx: the input template filled with Aabenraa Kommune's KIK
 * case 2016–2019 (public figures: projektbeskrivelse KIK1, notat 13-11-2018, aabenraa.dk).
 * This script is the source of truth for the example; `npm run example` regenerates it with
 * fixed dates, so the same code gives the same bytes.
 */
import * as path from "node:path";
import { writeFileAtomically } from "../src/cli/files";
import { templateBytes } from "../src/cli/template";
import { assumptionRow, TEMPLATE_FORMATS as F, type TemplateContent } from "../src/report/template";

const PROJECT = "Aabenraa Kommune, projektbeskrivelse KIK1";
const NOTAT = "Aabenraa Kommune, notat 13-11-2018";

/** The Aabenraa KIK case. */
export const AABENRAA: TemplateContent = {
  // mio. kr., positive = better than the unchanged budget; 2019's actual is not known (blank).
  budget: [
    { year: 2016, budgeted: -18.1, actual: 6.1, investment: null },
    { year: 2017, budgeted: -8.6, actual: 25.3, investment: null },
    { year: 2018, budgeted: 4, actual: 11.4, investment: null },
    { year: 2019, budgeted: 22, actual: null, investment: null },
  ],
  investment: [
    { category: "Nye indsatser – aktivitetsparate", amount: 34.5 },
    { category: "Nye indsatser – integration", amount: 8 },
    { category: "14 nye medarbejdere", amount: 18 },
    { category: "Øvrig drift og tværgående opgaver", amount: 7.5 },
  ],
  caseload: [
    { year: 2015, month: 6, count: 1008, original: 1008, newcomers: 0 },
    { year: 2017, month: 1, count: 661, original: 499, newcomers: 162 },
    { year: 2017, month: 7, count: 563, original: 387, newcomers: 176 },
    { year: 2017, month: 12, count: null, target: 700 },
    { year: 2018, month: 5, count: 495 },
    { year: 2018, month: 12, count: null, target: 500 },
  ],
  // Closed cases 2016 in per cent, used as counts per 100 closed cases.
  outcomes: [
    { label: "Selvforsørgende", count: 54 },
    { label: "Job- eller uddannelsesparat", count: 19 },
    { label: "Anden forsørgelse", count: 27 },
  ],
  assumptions: [
    assumptionRow("municipality", "Aabenraa Kommune", PROJECT, "da"),
    assumptionRow(
      "discountRate",
      0.035,
      "Finansministeriet: 3,5 % for år 0–35 fra januar 2021",
      "da",
      F.percent
    ),
    assumptionRow(
      "fleksjobIsSelfSupporting",
      false,
      "Finansieringsloven regner ikke fleksjob som selvforsørgelse",
      "da"
    ),
    assumptionRow(
      "monthlyBenefitRate",
      10968,
      "bm.dk satser 2016 (investeringens første år): kontanthjælp 30+ uden børn",
      "da",
      F.kroner
    ),
    assumptionRow(
      "weeksOnBenefit",
      52,
      "Aktivitetsparate er langvarige modtagere: kommunen får 20 % refusion efter uge 52",
      "da",
      F.count
    ),
    assumptionRow(
      "selfSupportingGoal",
      0.56,
      `${PROJECT}: målsætning for afsluttede sager (status 2016: 54 %)`,
      "da",
      F.percent
    ),
    assumptionRow("baseline", 1008, `${PROJECT}: aktivitetsparate i juni 2015`, "da", F.count),
    assumptionRow(
      "target",
      500,
      `${PROJECT}: halvering til 500 med udgangen af 2018 (${NOTAT}: nået i januar 2018)`,
      "da",
      F.count
    ),
  ],
};

/** The fixed time stamp of the example file. */
export const EXAMPLE_DATE = new Date(Date.UTC(2018, 10, 13, 12, 0, 0));

async function main(): Promise<void> {
  const file = path.join(__dirname, "..", "examples", "aabenraa-kik.xlsx");
  const bytes = await templateBytes("da", AABENRAA, { date: EXAMPLE_DATE });
  await writeFileAtomically(file, bytes, (reason) => `Cannot write ${file}: ${reason}`, "en");
  process.stdout.write(`${path.relative(process.cwd(), file)} (${bytes.length} bytes)\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
