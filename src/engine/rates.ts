/**
 * Default gross benefit rates, kr. per month (source: bm.dk satser, per year; DOMAIN.md).
 * Defaults only: every function that uses a rate lets the user type their own, and a year
 * without a default asks for the rate (notAvailable) instead of guessing from a
 * neighbouring year. From 1 July 2025 the chapter-4 benefits merged into one kontanthjælp
 * with new rates; those are deliberately not here.
 */
import { fail, ok, type Result } from "./result";

/** Benefit groups with published default rates. */
export type BenefitGroup =
  | "over30WithChildren"
  | "over30WithoutChildren"
  | "under30AwayFromHome"
  | "under30AtHome"
  | "educationAwayFromHome"
  | "educationAtHome"
  | "disabilityPensionSingle"
  | "disabilityPensionCouple";

/** Gross monthly rate by group and year. One table, the single source of these figures. */
export const BENEFIT_RATES: Readonly<Record<BenefitGroup, Readonly<Record<number, number>>>> = {
  over30WithChildren: {
    2014: 14203,
    2016: 14575,
    2017: 14808,
    2020: 15355,
    2021: 15547,
    2022: 15570,
    2023: 15874,
    2024: 16382,
  },
  over30WithoutChildren: {
    2014: 10689,
    2016: 10968,
    2017: 11143,
    2020: 11554,
    2021: 11698,
    2022: 11716,
    2023: 11944,
    2024: 12326,
  },
  under30AwayFromHome: { 2016: 7069, 2024: 7945 },
  under30AtHome: { 2016: 3411, 2024: 3834 },
  educationAwayFromHome: { 2016: 6010, 2023: 6545 },
  educationAtHome: { 2016: 2590, 2023: 2820 },
  disabilityPensionSingle: { 2024: 20370 },
  disabilityPensionCouple: { 2024: 17315 },
};

/** Words users type for each group (normalised: lower case, single spaces). */
const GROUP_ALIASES: Readonly<Record<BenefitGroup, readonly string[]>> = {
  over30WithChildren: [
    "30+ med børn",
    "over 30 med børn",
    "forsørger",
    "30+ with children",
    "over 30 with children",
    "provider",
  ],
  over30WithoutChildren: [
    "30+ uden børn",
    "over 30 uden børn",
    "ikke forsørger",
    "30+",
    "30+ without children",
    "over 30 without children",
  ],
  under30AwayFromHome: [
    "under 30 udeboende",
    "u30 udeboende",
    "under 30 away from home",
    "under 30 living away",
  ],
  under30AtHome: [
    "under 30 hjemmeboende",
    "u30 hjemmeboende",
    "under 30 at home",
    "under 30 living at home",
  ],
  educationAwayFromHome: [
    "uddannelseshjælp udeboende",
    "uddannelseshjælp",
    "education benefit away from home",
    "education benefit",
  ],
  educationAtHome: ["uddannelseshjælp hjemmeboende", "education benefit at home"],
  disabilityPensionSingle: [
    "førtidspension enlig",
    "førtidspension",
    "disability pension single",
    "disability pension",
  ],
  disabilityPensionCouple: [
    "førtidspension par",
    "førtidspension samlevende",
    "disability pension couple",
  ],
};

/** The group a user's text names, or null. Accepts the code names too. */
export function parseBenefitGroup(text: string): BenefitGroup | null {
  const key = text.toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
  for (const group of Object.keys(GROUP_ALIASES) as BenefitGroup[]) {
    if (group.toLowerCase() === key || GROUP_ALIASES[group].includes(key)) return group;
  }
  return null;
}

/**
 * Default gross monthly rate for `group` in `year`.
 * @returns notAvailable ("noDefaultRate") for a year without a published default in KIK
 */
export function benefitRate(
  year: number,
  group: BenefitGroup = "over30WithoutChildren"
): Result<number> {
  if (!Number.isInteger(year)) return fail("invalid", "yearNotWhole", { value: year });
  const rate = BENEFIT_RATES[group][year];
  if (rate === undefined) {
    const years = Object.keys(BENEFIT_RATES[group]).join(", ");
    return fail("notAvailable", "noDefaultRate", { year: String(year), group, years });
  }
  return ok(rate);
}
