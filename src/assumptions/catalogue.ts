/**
 * The assumptions catalogue: every assumption KIK knows, declared once, and the one way each
 * kind of value is read, checked and written back. Every face reads from here:
 *
 * - the input reader (src/input/read-assumptions.ts): names and synonyms, kinds, bounds;
 * - the report (src/report/assumptions.ts, build.ts): order, labels, units, number formats,
 *   defaults and their sources;
 * - the input template (src/report/template.ts): the rows it prefills with KIK's defaults;
 * - the wizard (src/taskpane/assumption-form.ts, AssumptionsStep.tsx): which fields it shows,
 *   where, with which label and example, and how their text is read and written back;
 * - the docs: the assumptions table in docs/input.md is generated from it
 *   (scripts/assumptions-doc.ts; a test keeps them equal).
 *
 * Pure data and functions over the shared parsers (`parseShare`, `parseNumberText`,
 * `parseYesNo`, `parseMonthCell`); no Office, DOM or Node. Problems are returned as data (a
 * code and its numbers); each face words them in its own message namespace.
 */
import { MAX_KRONER, MAX_PEOPLE, MAX_WEEKS_ON_BENEFIT } from "../engine/limits";
import {
  parseNumberText,
  parseShare,
  writtenAsPercent,
  type NumberNotation,
} from "../engine/number-text";
import { parseYesNo } from "../engine/yes-no";
import { formatNumber, formatPercent, type KeyOf, type Language } from "../i18n";
import type { ReportMessageKey } from "../i18n/report";
import { isCellDate, isCellError, type GridValue } from "../input/grid";
import { normaliseHeader } from "../input/headers";
import type { AssumptionKey } from "../input/model";
import { formatMonth, parseMonthCell } from "../input/months";
import { FORMATS } from "../report/format";

/** A text in both languages. */
export type Texts = Readonly<Record<Language, string>>;

/** What kind of value an assumption holds, and so how it is read and checked. */
export type AssumptionKind =
  /** A rate per year or month, as a fraction (2.5 % = 0.025); read by `parseShare`. */
  | "rate"
  /** A share of something, as a fraction; read by `parseShare`. */
  | "share"
  /** Kroner; read by `parseNumberText` ("118.330 kr." = 118330). */
  | "money"
  /** A number (people, weeks); read by `parseNumberText`. */
  | "number"
  /** A whole number (years); read by `parseNumberText`, decimals refused. */
  | "whole"
  /** Yes or no; read by `parseYesNo` (the one list of yes/no words). */
  | "yesNo"
  /** A month, stored as "YYYY-MM"; read by `parseMonthCell` ("dec 2018", "2018-12", a date). */
  | "month"
  /** A name (the municipality), trimmed; a number is taken as its text. */
  | "text";

/** The values allowed, in the value's own terms (fractions for rates and shares), inclusive. */
export interface Bounds {
  readonly min: number;
  /** No upper bound when absent. */
  readonly max?: number;
}

/** A key of the report's messages (labels, units, sources). */
export type ReportKey = ReportMessageKey;
/** A key of the wizard's messages (field labels, names, hints). */
export type TaskpaneKey = KeyOf<"taskpane">;

/** What KIK uses when the input does not give an assumption. */
export type AssumptionDefault =
  /** A fixed value (the template prefills it; the report says it used it). */
  | {
      readonly kind: "value";
      readonly value: number | boolean;
      /** The value and where it comes from, in words (docs, the template's Kilde column). */
      readonly text: Texts;
      /** The source as the report's assumptions sheet names it. */
      readonly source: ReportKey;
    }
  /**
   * Taken or derived from the other tables or KIK's rate table; `fallback` when they give
   * nothing (the report's source for it is `source`).
   */
  | {
      readonly kind: "data";
      readonly text: Texts;
      readonly fallback?: number | boolean;
      readonly source?: ReportKey;
    }
  /** None: the figure that needs it is left out and the report says so. */
  | { readonly kind: "none"; readonly text: Texts };

/** How the wizard's assumptions step shows an assumption. */
export interface WizardField {
  /** A text field, an on/off switch or a checkbox. */
  readonly control: "text" | "switch" | "checkbox";
  /**
   * Where: `main` is always shown; `netCost` inside the net cost choice (the computed net
   * cost's inputs, or the amount typed directly); `more` behind the "Flere antagelser" disclosure.
   */
  readonly section: "main" | "netCost" | "more" | "uncertainty";
  /**
   * Fields that go to the report together once one of them is changed: the computed net
   * cost's three inputs, the projection's exit rate and inflow.
   */
  readonly together?: "netCostInputs" | "projection";
  /** The field's label (with its unit) and its name in messages. */
  readonly label: TaskpaneKey;
  readonly name: TaskpaneKey;
  /** A one-line explanation under the field. */
  readonly hint?: TaskpaneKey;
  /** A blank field is an error (else blank means: KIK's default or the data's value). */
  readonly required: boolean;
  /** The example messages give, in the value's own terms; default: the default value. */
  readonly example?: number;
  /** The keyboard a touch device shows. */
  readonly inputMode: "decimal" | "numeric" | "text";
  /**
   * The field's place in the step (ascending): the step groups by subject (the rate, the net
   * cost, the caseload goal, then the switches), not in the report's order.
   */
  readonly order: number;
}

/**
 * A wizard field as the catalogue declares it: what follows from the assumption's kind is left
 * out (a yes/no is a switch unless it says checkbox, anything else a text field; the keyboard by
 * kind), and so are the usual `section: "main"` and `required: false`.
 */
type DeclaredWizardField = Omit<WizardField, "control" | "section" | "required" | "inputMode"> & {
  readonly control?: "switch" | "checkbox";
  readonly section?: WizardField["section"];
  readonly required?: boolean;
};

/** One assumption KIK knows. */
export interface AssumptionSpec {
  readonly key: AssumptionKey;
  readonly kind: AssumptionKind;
  /** Allowed values of number kinds; null for yes/no and months. */
  readonly bounds: Bounds | null;
  /** The name the input sheet, the template and the docs use. */
  readonly names: Texts;
  /** Other names the input reader accepts (any case and spacing). */
  readonly synonyms: readonly string[];
  /** The unit as the input sheet and the docs write it. */
  readonly units: Texts;
  /** Excel number format of the value's cell (report and template); null: none. */
  readonly numberFormat: string | null;
  readonly default: AssumptionDefault;
  /** The label and the short unit of the report's assumptions sheet. */
  readonly report: { readonly label: ReportKey; readonly unit: ReportKey | null };
  /** How the wizard shows it; null when it does not. */
  readonly wizard: WizardField | null;
}

const SHARE: Bounds = { min: 0, max: 1 };
const NOT_NEGATIVE: Bounds = { min: 0 };
// Upper bounds: beyond them a value is absurd (src/engine/limits.ts), and the engine, the
// reader, the wizard and the result sheets' formulas all refuse it (#NUM! on the sheets).
const KRONER: Bounds = { min: 0, max: MAX_KRONER };
const PEOPLE: Bounds = { min: 0, max: MAX_PEOPLE };
const WEEKS: Bounds = { min: 0, max: MAX_WEEKS_ON_BENEFIT };

/**
 * The assumptions in the order the report's assumptions sheet, the template and the docs list
 * them. `as const` keeps each entry's literal types, so the wizard's field keys are derived.
 */
const CATALOGUE = [
  {
    key: "discountRate",
    kind: "rate",
    bounds: SHARE,
    names: { da: "Diskonteringsrente", en: "Discount rate" },
    synonyms: ["kalkulationsrente", "diskonteringssats", "rente", "discount rate", "rate"],
    units: { da: "% pr. år", en: "% a year" },
    numberFormat: FORMATS.percent,
    default: {
      kind: "value",
      // The Ministry of Finance's discount rate for public investments, years 0–35, from 2021.
      value: 0.035,
      text: {
        da: "3,5 % (Finansministeriet, år 0–35, fra 2021)",
        en: "3.5% (Ministry of Finance, years 0–35, from 2021)",
      },
      source: "srcDiscountRate",
    },
    report: { label: "aDiscountRate", unit: "unitPercent" },
    wizard: {
      label: "discountRate",
      name: "discountRateName",
      hint: "discountRateHint",
      required: true,
      order: 1,
    },
  },
  {
    key: "horizonYears",
    kind: "whole",
    bounds: { min: 1, max: 100 },
    names: { da: "Tidshorisont", en: "Horizon" },
    synonyms: ["horisont", "tidshorisont år", "antal år", "horizon years", "time horizon"],
    units: { da: "år", en: "years" },
    numberFormat: FORMATS.count,
    default: {
      kind: "data",
      text: { da: "budgettabellens år, ellers 4", en: "the budget table's years, else 4" },
      fallback: 4,
      source: "srcHorizon",
    },
    report: { label: "aHorizonYears", unit: "unitYears" },
    wizard: {
      label: "horizon",
      name: "horizonName",
      required: true,
      order: 9,
    },
  },
  {
    key: "fleksjobIsSelfSupporting",
    kind: "yesNo",
    bounds: null,
    names: {
      da: "Fleksjob tæller som selvforsørgelse",
      en: "Fleksjob counts as self-supporting",
    },
    synonyms: [
      "fleksjob er selvforsørgelse",
      "fleksjob selvforsørgende",
      "fleksjob som selvforsørgelse",
      "fleksjob tæller som selvforsørgende",
      "fleksjob",
      "fleksjob is self supporting",
      "fleksjob is self-supporting",
      "fleksjob counts as self supporting",
      "flex job counts as self-supporting",
    ],
    units: { da: "ja/nej", en: "yes/no" },
    numberFormat: null,
    default: {
      kind: "value",
      value: false,
      text: {
        da: "nej (finansieringsloven tæller ikke fleksjob)",
        en: "no (the financing law does not count fleksjob)",
      },
      source: "srcFleksjob",
    },
    report: { label: "aFleksjob", unit: "unitYesNo" },
    wizard: {
      label: "fleksjob",
      name: "fleksjob",
      hint: "fleksjobHint",
      order: 10,
    },
  },
  {
    key: "selfSupportingGoal",
    kind: "share",
    bounds: SHARE,
    names: { da: "Mål for selvforsørgelse", en: "Self-supporting goal" },
    synonyms: [
      "mål for andel selvforsørgende",
      "andel selvforsørgende mål",
      "målsætning selvforsørgelse",
      "self supporting goal",
      "self-supporting target",
      "self supporting target",
    ],
    units: { da: "% af afsluttede sager", en: "% of closed cases" },
    numberFormat: FORMATS.percent,
    default: { kind: "none", text: { da: "ingen", en: "none" } },
    report: { label: "aGoal", unit: "unitPercent" },
    wizard: {
      section: "more",
      label: "goal",
      name: "goalName",
      hint: "goalHint",
      example: 0.5,
      order: 13,
    },
  },
  {
    key: "monthlyBenefitRate",
    kind: "money",
    bounds: KRONER,
    names: { da: "Ydelse pr. måned", en: "Monthly benefit" },
    synonyms: [
      "ydelse pr måned",
      "månedlig ydelse",
      "ydelsessats",
      "kontanthjælpssats",
      "sats pr. måned",
      "monthly benefit rate",
      "benefit per month",
      "benefit rate",
    ],
    units: { da: "kr. pr. måned", en: "kr. a month" },
    numberFormat: FORMATS.kroner,
    default: {
      kind: "data",
      text: {
        da: "satsen for året, 30+ uden børn (2024: 12.326 kr.); år uden sats kræver en værdi",
        en: "the year's rate, 30+ without children (2024: 12,326 kr.); a year without a rate needs a value",
      },
      source: "srcMonthlyRate",
    },
    report: { label: "aMonthlyRate", unit: "unitKrMonth" },
    wizard: {
      section: "netCost",
      together: "netCostInputs",
      label: "monthlyRate",
      name: "monthlyRateName",
      // Blank is allowed: a year without a default rate then has no net cost, as in the report.
      example: 10968,
      order: 2,
    },
  },
  {
    key: "weeksOnBenefit",
    kind: "number",
    bounds: WEEKS,
    names: { da: "Uger på ydelse", en: "Weeks on benefit" },
    synonyms: [
      "uger på offentlig forsørgelse",
      "uger på forsørgelse",
      "anciennitet",
      "weeks on public benefit",
    ],
    units: { da: "uger", en: "weeks" },
    numberFormat: FORMATS.count,
    default: {
      kind: "value",
      value: 52,
      text: {
        da: "over 52 uger (20 % refusion, kommunen betaler 80 %)",
        en: "over 52 weeks (20 % refund, the municipality pays 80 %)",
      },
      source: "srcWeeks",
    },
    report: { label: "aWeeksOnBenefit", unit: "unitWeeks" },
    wizard: {
      section: "netCost",
      together: "netCostInputs",
      label: "weeksOnBenefit",
      name: "weeksOnBenefitName",
      required: true,
      order: 3,
    },
  },
  {
    key: "serviceCostPerYear",
    kind: "money",
    bounds: KRONER,
    names: { da: "Indsatsudgift pr. år", en: "Service cost per year" },
    synonyms: [
      "indsatsudgift pr år",
      "driftsudgift pr. år",
      "udgift til indsats pr. år",
      "beskæftigelsesindsats pr. år",
      "service cost",
      "service cost per person year",
    ],
    units: { da: "kr. pr. person pr. år", en: "kr. per person a year" },
    numberFormat: FORMATS.kroner,
    default: { kind: "value", value: 0, text: { da: "0 kr.", en: "0 kr." }, source: "srcZero" },
    report: { label: "aServiceCost", unit: "unitKr" },
    wizard: {
      section: "netCost",
      together: "netCostInputs",
      label: "serviceCost",
      name: "serviceCostName",
      required: true,
      order: 4,
    },
  },
  {
    key: "netCostPerPersonYear",
    kind: "money",
    bounds: KRONER,
    names: { da: "Nettoudgift pr. helårsperson", en: "Net cost per person-year" },
    synonyms: [
      "nettoudgift pr helårsperson",
      "nettoudgift pr. person pr. år",
      "nettoudgift pr person pr år",
      "nettoudgift pr. år",
      "net cost per person year",
      "net cost per person-year",
      "net cost per year",
    ],
    units: { da: "kr. pr. år", en: "kr. a year" },
    numberFormat: FORMATS.kroner,
    default: {
      kind: "data",
      text: {
        da: "ydelsen × 12 × (1 − refusion) + indsatsudgiften, fx 2024: 12.326 × 12 × 0,8 = 118.330 kr.",
        en: "benefit × 12 × (1 − refund) + service cost, e.g. 2024: 12,326 × 12 × 0.8 = 118,330 kr.",
      },
    },
    report: { label: "aNetCost", unit: "unitKr" },
    wizard: {
      section: "netCost",
      label: "netCostAmount",
      name: "netCostAmountName",
      required: true,
      example: 118330,
      order: 5,
    },
  },
  {
    key: "monthlyExitRate",
    kind: "rate",
    bounds: SHARE,
    names: { da: "Afgangsrate pr. måned", en: "Monthly exit rate" },
    synonyms: ["afgangsrate", "månedlig afgangsrate", "afgang pr. måned", "exit rate"],
    units: { da: "% pr. måned", en: "% a month" },
    numberFormat: FORMATS.percent,
    default: {
      kind: "data",
      text: {
        da: "udledes af Oprindelig gruppe i sagstalstabellen (fx 1.008 → 387 på 25 måneder), ellers ingen",
        en: "derived from the caseload table's Original group (e.g. 1,008 → 387 in 25 months), else none",
      },
    },
    report: { label: "aExitRate", unit: "unitPercent" },
    wizard: {
      section: "more",
      together: "projection",
      label: "exitRate",
      name: "exitRateName",
      hint: "exitRateHint",
      example: 0.03,
      order: 14,
    },
  },
  {
    key: "monthlyInflow",
    kind: "number",
    bounds: PEOPLE,
    names: { da: "Tilgang pr. måned", en: "Monthly inflow" },
    synonyms: ["månedlig tilgang", "nytilgang pr. måned", "inflow", "inflow per month"],
    units: { da: "personer pr. måned", en: "people a month" },
    numberFormat: FORMATS.decimal,
    default: {
      kind: "data",
      text: {
        da: "udledes af Nytilgang og afgangsraten, ellers ingen",
        en: "derived from Newcomers and the exit rate, else none",
      },
    },
    report: { label: "aInflow", unit: "unitPersonsMonth" },
    wizard: {
      section: "more",
      together: "projection",
      label: "inflow",
      name: "inflowName",
      hint: "inflowHint",
      example: 20,
      order: 15,
    },
  },
  {
    key: "deadweightShare",
    kind: "share",
    bounds: SHARE,
    names: { da: "Dødvægt", en: "Deadweight" },
    synonyms: ["dødvægtsandel", "andel dødvægt", "deadweight share", "dead weight"],
    units: { da: "% af besparelsen", en: "% of the savings" },
    numberFormat: FORMATS.percent,
    default: {
      kind: "value",
      value: 0,
      text: {
        da: "0 %, medmindre sagstalstabellen har en sammenligningsserie",
        en: "0%, unless the caseload table has a comparison series",
      },
      source: "srcZero",
    },
    report: { label: "aDeadweight", unit: "unitPercent" },
    wizard: {
      section: "more",
      label: "deadweight",
      name: "deadweightName",
      hint: "deadweightHint",
      example: 0.1,
      order: 12,
    },
  },
  {
    key: "comparisonTrend",
    kind: "yesNo",
    bounds: null,
    names: { da: "Brug sammenligningstrend", en: "Use comparison trend" },
    synonyms: ["sammenligningstrend", "landstrend", "comparison trend", "national trend"],
    units: { da: "ja/nej", en: "yes/no" },
    numberFormat: null,
    default: {
      kind: "data",
      text: {
        da: "ja, når sagstalstabellen har en sammenligningsserie",
        en: "yes, when the caseload table has a comparison series",
      },
      fallback: true,
    },
    report: { label: "aComparisonTrend", unit: "unitYesNo" },
    wizard: {
      control: "checkbox",
      label: "comparison",
      name: "comparison",
      hint: "comparisonHint",
      order: 11,
    },
  },
  {
    key: "baseline",
    kind: "number",
    bounds: PEOPLE,
    names: { da: "Udgangspunkt", en: "Baseline" },
    synonyms: ["basisniveau", "udgangsniveau", "startniveau", "baseline count"],
    units: { da: "personer", en: "people" },
    numberFormat: FORMATS.count,
    default: {
      kind: "data",
      text: { da: "sagstabellens første sagstal", en: "the caseload table's first count" },
    },
    report: { label: "aBaseline", unit: "unitPersons" },
    wizard: {
      label: "baseline",
      name: "baselineName",
      example: 1008,
      order: 6,
    },
  },
  {
    key: "target",
    kind: "number",
    bounds: PEOPLE,
    names: { da: "Mål", en: "Target" },
    synonyms: ["målsætning", "måltal", "sagstalsmål", "target count"],
    units: { da: "personer", en: "people" },
    numberFormat: FORMATS.count,
    default: {
      kind: "data",
      text: { da: "sagstabellens sidste mål", en: "the caseload table's last target" },
    },
    report: { label: "aTarget", unit: "unitPersons" },
    wizard: {
      label: "target",
      name: "targetName",
      example: 500,
      order: 7,
    },
  },
  {
    key: "targetDate",
    kind: "month",
    bounds: null,
    names: { da: "Måldato", en: "Target date" },
    synonyms: ["måltidspunkt", "mål dato", "frist", "target month", "deadline"],
    units: { da: "måned", en: "month" },
    numberFormat: FORMATS.month,
    default: {
      kind: "data",
      text: {
        da: "måneden for sagstabellens sidste mål",
        en: "the month of the caseload table's last target",
      },
    },
    report: { label: "aTargetDate", unit: null },
    wizard: {
      label: "targetDate",
      name: "targetDateName",
      order: 8,
    },
  },
  // --- Issue 12: uncertainty. The durability of exits and the optimism-bias correction act on
  // projected savings only (docs/conventions.md, "Varige afgange og optimisme"); their ranges
  // and the other key assumptions' ranges are UNCERTAINTY_RANGES below. ---
  {
    key: "durableExitShare",
    kind: "share",
    bounds: SHARE,
    names: { da: "Varige afgange", en: "Durable exits" },
    synonyms: [
      "andel varige afgange",
      "selvforsørgende efter 12 måneder",
      "varighed af afgange",
      "durable exit share",
      "share still self-supporting after 12 months",
    ],
    units: { da: "% selvforsørgende efter 12 mdr.", en: "% self-supporting after 12 months" },
    numberFormat: FORMATS.percent,
    default: {
      kind: "value",
      // benchmark.dk (April 2023): about half of those leaving kontanthjælp for a job are
      // still self-supporting 12 months later, 38–64 % between municipalities (DOMAIN.md).
      value: 0.5,
      text: {
        da: "50 % (benchmark.dk, april 2023; 38–64 % mellem kommunerne)",
        en: "50% (benchmark.dk, April 2023; 38–64% between municipalities)",
      },
      source: "srcDurableExitShare",
    },
    report: { label: "aDurableExitShare", unit: "unitPercent" },
    wizard: {
      section: "uncertainty",
      label: "durableExits",
      name: "durableExitsName",
      hint: "durableExitsHint",
      order: 15,
    },
  },
  {
    key: "optimismBias",
    kind: "share",
    bounds: SHARE,
    names: { da: "Optimismekorrektion", en: "Optimism bias" },
    synonyms: ["optimismebias", "optimisme", "optimism bias correction", "optimism correction"],
    units: { da: "% af fremskrevne besparelser", en: "% of projected savings" },
    numberFormat: FORMATS.percent,
    default: {
      kind: "value",
      // A percentage the user enters: the confidence-grade table of HM Treasury / New Economy
      // (2014) could not be verified, so KIK gives no grades (docs/conventions.md).
      value: 0,
      text: { da: "0 % (ingen korrektion)", en: "0% (no correction)" },
      source: "srcOptimismBias",
    },
    report: { label: "aOptimismBias", unit: "unitPercent" },
    wizard: {
      section: "uncertainty",
      label: "optimismBias",
      name: "optimismBiasName",
      hint: "optimismBiasHint",
      example: 0.1,
      order: 16,
    },
  },
  // --- end issue 12 ---
  // Issue 11: the municipality, for KIK Overblik's title and the printed header.
  {
    key: "municipality",
    kind: "text",
    bounds: null,
    names: { da: "Kommune", en: "Municipality" },
    synonyms: ["kommunenavn", "kommunens navn", "municipality name", "council"],
    units: { da: "navn", en: "name" },
    numberFormat: null,
    default: {
      kind: "none",
      text: {
        da: "ingen: titlen nævner kun perioden",
        en: "none: the title names the period only",
      },
    },
    report: { label: "aMunicipality", unit: null },
    wizard: {
      section: "more",
      label: "municipality",
      name: "municipalityName",
      hint: "municipalityHint",
      order: 17,
    },
  },
] as const satisfies readonly (Omit<AssumptionSpec, "wizard"> & {
  readonly wizard: DeclaredWizardField | null;
})[];

/** Every assumption KIK knows, in the order the report, the template and the docs list them. */
export const ASSUMPTIONS: readonly AssumptionSpec[] = CATALOGUE.map((entry): AssumptionSpec => {
  const w: DeclaredWizardField | null = entry.wizard;
  if (w === null) return { ...entry, wizard: null };
  const yesNo = entry.kind === "yesNo";
  return {
    ...entry,
    wizard: {
      ...w,
      control: yesNo ? (w.control ?? "switch") : "text",
      section: w.section ?? "main",
      required: w.required ?? false,
      inputMode:
        yesNo || entry.kind === "month" || entry.kind === "text"
          ? "text"
          : entry.kind === "whole"
            ? "numeric"
            : "decimal",
    },
  };
});

type Entry = (typeof CATALOGUE)[number];

/** The assumptions the wizard shows, in the step's order. */
export const WIZARD_ASSUMPTIONS: readonly AssumptionSpec[] = ASSUMPTIONS.filter(
  (s) => s.wizard !== null
).sort((a, b) => (a.wizard?.order ?? 0) - (b.wizard?.order ?? 0));

/** The assumptions the wizard shows as text fields. */
export type WizardTextKey = Exclude<
  Extract<Entry, { readonly wizard: { readonly order: number } }>,
  { readonly kind: "yesNo" }
>["key"];

// Every AssumptionKey has an entry: a missing one makes this line a compile error.
const complete: Exclude<AssumptionKey, Entry["key"]> extends never ? true : never = true;
void complete;

const BY_KEY: ReadonlyMap<AssumptionKey, AssumptionSpec> = new Map(
  ASSUMPTIONS.map((s) => [s.key, s])
);

/** The catalogue entry of `key`. */
export function assumptionSpec(key: AssumptionKey): AssumptionSpec {
  return BY_KEY.get(key) as AssumptionSpec;
}

/**
 * An assumption's name as the reader compares names: {@link normaliseHeader} (case, spaces,
 * units in parentheses), then "-", "–" and "." as spaces.
 */
export function normaliseAssumptionName(name: string): string {
  return normaliseHeader(name).replace(/[-–.]/g, " ").replace(/\s+/g, " ").trim();
}

const BY_NAME: ReadonlyMap<string, AssumptionSpec> = (() => {
  const m = new Map<string, AssumptionSpec>();
  for (const spec of ASSUMPTIONS)
    for (const name of [spec.names.da, spec.names.en, ...spec.synonyms])
      m.set(normaliseAssumptionName(name), spec);
  return m;
})();

/** The assumption a name stands for (Danish, English or a synonym, any case), or null. */
export function assumptionOfName(name: string): AssumptionSpec | null {
  return BY_NAME.get(normaliseAssumptionName(name)) ?? null;
}

/**
 * The value KIK uses for `key` when neither the input nor the data gives one: the fixed
 * default, else the data default's fallback, else null.
 */
export function defaultValueOf(key: AssumptionKey): number | boolean | null {
  const d = assumptionSpec(key).default;
  if (d.kind === "value") return d.value;
  if (d.kind === "data") return d.fallback ?? null;
  return null;
}

/** The numeric default of `key` (see {@link defaultValueOf}); throws if it has none. */
export function defaultNumberOf(key: AssumptionKey): number {
  const v = defaultValueOf(key);
  if (typeof v !== "number") throw new Error(`The assumption ${key} has no numeric default`);
  return v;
}

/** The value of an assumption: a number (fractions for rates and shares), yes/no, or "YYYY-MM". */
export type AssumptionValue = number | boolean | string;

/** Why a value was refused; the numbers let each face word it. */
export type AssumptionProblem =
  | { readonly code: "blank" }
  | { readonly code: "errorCell"; readonly error: string }
  | { readonly code: "notNumber" }
  | { readonly code: "notYesNo" }
  | { readonly code: "notMonth" }
  | { readonly code: "notWhole"; readonly value: number }
  /** Text such as "1.008" whose notation is unknown: its Danish and English readings. */
  | { readonly code: "ambiguous"; readonly da: number; readonly en: number }
  /** Outside {@link AssumptionSpec.bounds}; `value` in the value's own terms. */
  | { readonly code: "range"; readonly value: number; readonly bounds: Bounds };

/** How a rate or share was read (a face may say so: "50 læst som 50 %"). */
export interface ShareReading {
  /**
   * `points`: a plain number taken as percentage points ("3,5", a cell holding 50);
   * `percent`: written with a percent sign or word ("3,5 %", "3,5 pct.");
   * `fraction`: a plain number from 0 to 1 taken as the fraction itself ("0,035").
   */
  readonly as: "points" | "percent" | "fraction";
  /** The number as written: 3.5 for "3,5", 50 for a cell holding 50. */
  readonly written: number;
  /** The fraction it was read as. */
  readonly fraction: number;
}

/** A value read for an assumption, or the problem with it. */
export type ParsedAssumption =
  | { readonly ok: true; readonly value: AssumptionValue; readonly share?: ShareReading }
  | { readonly ok: false; readonly problem: AssumptionProblem; readonly share?: ShareReading };

/** What surrounds a value and changes how it is read. */
export interface ParseOptions {
  /** The row's unit says per cent ("%"): a plain 1 is then 1 %. */
  readonly percentUnit?: boolean;
  /**
   * The notation of numbers written as text (`parseNumberText`, rule 7): "unknown" refuses
   * ambiguous text ("1.008") as a problem; default "da", the wizard's fields and saved
   * settings, which `typedNumber` writes to read back the same.
   */
  readonly notation?: NumberNotation | "unknown";
}

/** The notation to hand the number parsers: undefined (ambiguous refused) for "unknown". */
function notationOf(options: ParseOptions): NumberNotation | undefined {
  const n = options.notation ?? "da";
  return n === "unknown" ? undefined : n;
}

const PERCENT_UNIT = /^(?:%|pct\.?|procent|percent|per ?cent)(?:\s|$)/i;

/** True when a unit text says per cent ("%", "% pr. år", "pct.", "procent"). */
export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNIT.test(unit.trim());
}

function problem(p: AssumptionProblem, share?: ShareReading): ParsedAssumption {
  return share === undefined ? { ok: false, problem: p } : { ok: false, problem: p, share };
}

function isBlankValue(v: GridValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * Reads and checks a value for `spec`: a cell's value, a field's text or a saved setting.
 * Rates and shares by `parseShare` ("3,5 %", "3,5 pct.", "3.5%" and "0,035" are all 3.5 %; a
 * plain number above 1 is percentage points), money and numbers by `parseNumberText`, yes/no
 * by `parseYesNo`, months by `parseMonthCell` (stored as "YYYY-MM"); then the bounds.
 * Never throws: a refused value comes back as a problem code with its numbers.
 */
export function parseAssumption(
  spec: AssumptionSpec,
  raw: GridValue,
  options: ParseOptions = {}
): ParsedAssumption {
  if (isCellError(raw)) return problem({ code: "errorCell", error: raw.error });
  if (isBlankValue(raw)) return problem({ code: "blank" });
  switch (spec.kind) {
    case "yesNo": {
      const yes = isCellDate(raw) ? null : parseYesNo(raw as string | number | boolean);
      return yes === null ? problem({ code: "notYesNo" }) : { ok: true, value: yes };
    }
    case "month": {
      const m = parseMonthCell(raw);
      return m.kind === "month"
        ? { ok: true, value: formatMonth(m.value) }
        : problem({ code: "notMonth" });
    }
    case "text": {
      const text = isCellDate(raw) ? "" : String(raw).trim();
      return text === "" ? problem({ code: "blank" }) : { ok: true, value: text };
    }
    case "rate":
    case "share":
      return parseShareValue(spec, raw, options);
    default:
      return parseNumberValue(spec, raw, options);
  }
}

function parseShareValue(
  spec: AssumptionSpec,
  raw: GridValue,
  options: ParseOptions
): ParsedAssumption {
  if (typeof raw !== "number" && typeof raw !== "string") return problem({ code: "notNumber" });
  const bounds = spec.bounds ?? SHARE;
  const notation = notationOf(options);
  const written = typeof raw === "number" ? raw : parseNumberText(raw, notation);
  if (typeof written !== "number" && written.kind === "ambiguous") {
    const share = parseShare(raw, { percentUnit: options.percentUnit === true });
    return share.kind === "ambiguous"
      ? problem({ code: "ambiguous", da: share.da, en: share.en })
      : problem({ code: "notNumber" });
  }
  const plain =
    typeof written === "number" ? written : written.kind === "number" ? written.value : NaN;
  // A negative share is refused as written ("-5" is out of range, not "-5 read as -5 %").
  if (plain < bounds.min) return problem({ code: "range", value: plain, bounds });
  const parsed = parseShare(raw, {
    percentUnit: options.percentUnit === true,
    ...(notation === undefined ? {} : { notation }),
  });
  if (parsed.kind !== "number") return problem({ code: "notNumber" });
  const as = parsed.readAsPoints
    ? "points"
    : typeof raw === "string" && writtenAsPercent(raw)
      ? "percent"
      : "fraction";
  const share: ShareReading = { as, written: plain, fraction: parsed.value };
  if (!within(parsed.value, bounds))
    return problem({ code: "range", value: parsed.value, bounds }, share);
  return { ok: true, value: parsed.value, share };
}

function parseNumberValue(
  spec: AssumptionSpec,
  raw: GridValue,
  options: ParseOptions
): ParsedAssumption {
  let n: number;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string") {
    const parsed = parseNumberText(raw, notationOf(options));
    if (parsed.kind === "ambiguous")
      return problem({ code: "ambiguous", da: parsed.da, en: parsed.en });
    if (parsed.kind !== "number") return problem({ code: "notNumber" });
    n = parsed.value;
  } else return problem({ code: "notNumber" });
  if (!Number.isFinite(n)) return problem({ code: "notNumber" });
  if (spec.kind === "whole" && !Number.isInteger(n)) return problem({ code: "notWhole", value: n });
  const bounds = spec.bounds ?? NOT_NEGATIVE;
  if (!within(n, bounds)) return problem({ code: "range", value: n, bounds });
  return { ok: true, value: n };
}

function within(n: number, b: Bounds): boolean {
  return n >= b.min && (b.max === undefined || n <= b.max);
}

/** The decimals a value of each kind is written back with (rates and shares: in points). */
const TYPED_DIGITS: Readonly<Record<AssumptionKind, number>> = {
  rate: 4,
  share: 4,
  money: 2,
  number: 2,
  whole: 0,
  yesNo: 0,
  month: 0,
  text: 0,
};

const GROUPS_READ_BACK = new Map<Language, boolean>();

/**
 * A number as a user would type it back, so {@link parseAssumption} reads the same number:
 * with the language's thousands separators only where the shared number reading takes them
 * as such (Danish "10.968"), else without ("10968": English "10,968" would read as 10.968).
 */
export function typedNumber(value: number, language: Language, maxDigits = 2): string {
  let grouping = GROUPS_READ_BACK.get(language);
  if (grouping === undefined) {
    // Read back as `parseAssumption` reads by default (Danish notation).
    const probe = parseNumberText(formatNumber(10968, language, { grouping: true }), "da");
    grouping = probe.kind === "number" && probe.value === 10968;
    GROUPS_READ_BACK.set(language, grouping);
  }
  return formatNumber(value, language, { maxDigits, grouping });
}

/**
 * A value as a field shows it, read back the same by {@link parseAssumption}: rates and
 * shares in percentage points ("3,5"; "0,5 %" when the points alone would read as a
 * fraction), money and numbers as typed numbers ("10.968"), months as "YYYY-MM".
 */
export function assumptionText(
  spec: AssumptionSpec,
  value: number | string,
  language: Language
): string {
  if (typeof value === "string") return value;
  if (spec.kind === "rate" || spec.kind === "share") {
    const points = Number(Number(`${value}e2`).toPrecision(12));
    // 0 < points ≤ 1 would read as the fraction itself: write the percent sign.
    return points > 0 && points <= 1
      ? formatPercent(value, language)
      : typedNumber(points, language, TYPED_DIGITS[spec.kind]);
  }
  return typedNumber(value, language, TYPED_DIGITS[spec.kind]);
}

/** The example a message gives for `spec`, as a field would show it (null: none). */
export function exampleText(spec: AssumptionSpec, language: Language): string | null {
  const example = spec.wizard?.example ?? defaultValueOf(spec.key);
  return typeof example === "number" ? assumptionText(spec, example, language) : null;
}

/** A bound as messages show it: "100 %" for rates and shares, else the number. */
export function boundText(spec: AssumptionSpec, bound: number, language: Language): string {
  return spec.kind === "rate" || spec.kind === "share"
    ? formatPercent(bound, language)
    : formatNumber(bound, language);
}

// --- Issue 12: the ranges of the key assumptions on KIK Følsomhed. ---

/** How a range end is given: a fixed value, or a multiple of the likely value. */
export interface RangeEnd {
  readonly value: number;
  /** True: `value` × the likely value (the net cost, ±20 %). */
  readonly relative?: boolean;
}

/** The default low and high of a key assumption, and where they come from. */
export interface UncertaintyRange {
  readonly low: RangeEnd;
  readonly high: RangeEnd;
  /** The source as the sensitivity sheet shows it. */
  readonly source: ReportKey;
}

/**
 * Default ranges of the key assumptions (the likely value is the case's own). The user edits
 * them on KIK Følsomhed. Keys are the engine's `UncertainKey`s.
 */
export const UNCERTAINTY_RANGES = {
  // KIK's own choice: a deadweight of up to half is a cautious upper end for a committee.
  deadweight: { low: { value: 0 }, high: { value: 0.5 }, source: "srcRangeDeadweight" },
  netCost: {
    low: { value: 0.8, relative: true },
    high: { value: 1.2, relative: true },
    source: "srcRangeNetCost",
  },
  // Finansministeriet: 3.5 % years 0–35 from 2021 (the default), 2.5 % years 36–70; 4 % before.
  discountRate: { low: { value: 0.025 }, high: { value: 0.04 }, source: "srcRangeDiscountRate" },
  // benchmark.dk (April 2023): 38–64 % between municipalities.
  durability: { low: { value: 0.38 }, high: { value: 0.64 }, source: "srcRangeDurability" },
  effect: { low: { value: 0.75 }, high: { value: 1.25 }, source: "srcRangeEffect" },
} as const satisfies Readonly<Record<string, UncertaintyRange>>;
// --- end issue 12 ---
