/**
 * The KIK custom functions as data, one entry per function, in the style of HyperFormula's
 * `implementedFunctions`: the id (the English name in Excel), the Danish name, descriptions in
 * both languages, the result's shape and each parameter's name, Danish name, descriptions, kind,
 * default and the words a text option accepts. Everything else reads this table: the argument
 * reader (`coerce.ts`, `readArguments`), the message labels, the Danish metadata
 * (`localize-metadata.ts`) and the tests that keep `functions.ts`'s TSDoc (the English metadata
 * custom-functions-metadata generates) and docs/functions.md equal to it.
 */
import { parseBenefitGroup, type BenefitGroup, type RefundScheme, type Timing } from "../engine";
import type { Language, MessageKey } from "../i18n";

/** A text in each language. */
export type Text = Readonly<Record<Language, string>>;

/**
 * A text option: the values it stands for, the words a user may type for each, its default and
 * the message for a word it does not know.
 */
export interface OptionSpec<V extends string> {
  /**
   * The words for each value, compared in lower case without spaces or hyphens. A number is
   * compared as its digits, so an option with a word "0" accepts the number 0; an option
   * without digit words refuses numbers.
   */
  readonly words?: Readonly<Record<V, readonly string[]>>;
  /** Instead of `words`: a parser another face shares (benefit groups). */
  readonly parse?: (text: string) => V | null;
  readonly default: V;
  /** The message for a word that is none of the values; `{arg}` and `{text}` are filled. */
  readonly unknown: MessageKey;
}

/** Start or end of year for discounting; Excel's NPV discounts from the end (1). */
export const TIMING: OptionSpec<Timing> = {
  words: {
    start: ["0", "primo", "start", "begin", "beginning"],
    end: ["1", "ultimo", "end", "slut"],
  },
  default: "start",
  unknown: "argUnknownTiming",
};

/** The state's refund or the municipality's co-financing (the same staircase read two ways). */
export const SCHEME: OptionSpec<RefundScheme> = {
  words: {
    refund: ["refusion", "refund"],
    coFinancing: ["medfinansiering", "cofinancing", "cofinance"],
  },
  default: "refund",
  unknown: "argUnknownScheme",
};

/** A benefit group, by the words the engine's rate table knows. */
export const BENEFIT_GROUP: OptionSpec<BenefitGroup> = {
  parse: parseBenefitGroup,
  default: "over30WithoutChildren",
  unknown: "argUnknownGroup",
};

/**
 * What a parameter takes, and what the function body receives:
 * - `number`: one number (numeric text in Danish or English notation too); `wholeNumber` also
 *   refuses fractions (#NUM!). Optional: blank gives `default`, or `undefined` without one.
 * - `flows`: money per year, a value or a row/column; blanks count as 0, at least one number.
 * - `series`: numbers per period; blank cells are `null`, or refused with `blanks: "refuse"`.
 * - `cells`: numbers read cell by cell in place (million-row ranges); blanks are `null`.
 * - `labels`: text read cell by cell in place; numbers and TRUE/FALSE as their text.
 * - `yesNo`: TRUE/FALSE, a number (0 = FALSE) or a yes/no word (the shared `parseYesNo`).
 * - `option`: a text option ({@link OptionSpec}).
 */
export type ParameterKind =
  "number" | "wholeNumber" | "flows" | "series" | "cells" | "labels" | "yesNo" | "option";

/** One parameter of a function. */
export interface ParameterSpec {
  /** The English name: the parameter's name in `functions.ts` and in English Excel. */
  readonly name: string;
  /** The name in Danish Excel. */
  readonly danish: string;
  readonly description: Text;
  readonly kind: ParameterKind;
  readonly optional?: boolean;
  /** The value of a blank or omitted optional `number`, `wholeNumber` or `yesNo`. */
  readonly default?: number | boolean;
  /** The option of an `option` parameter. */
  readonly option?: OptionSpec<string>;
  /** A `series` whose blank cells are an error rather than `null`. */
  readonly blanks?: "refuse";
  /** A range that must have as many cells as this earlier parameter. */
  readonly sameLengthAs?: string;
  /** With `sameLengthAs`: a single value is accepted too (one level for every period). */
  readonly orSingle?: boolean;
}

/** One function. */
export interface FunctionSpec {
  /** The name in Danish Excel (the id is the English name). */
  readonly danish: string;
  readonly description: Text;
  /** One value, or a range that spills. */
  readonly result: "scalar" | "spill";
  readonly parameters: readonly ParameterSpec[];
}

const OUTCOMES = {
  name: "outcomes",
  danish: "udfald",
  kind: "labels",
} as const;
const COUNTS = {
  name: "counts",
  danish: "antal",
  description: {
    en: "Number of cases per row; omit when each row is one case.",
    da: "Antal sager pr. række; udelades, når hver række er én sag.",
  },
  kind: "cells",
  optional: true,
  sameLengthAs: "outcomes",
} as const;
const FLEKSJOB = {
  name: "fleksjobIsSelfSupporting",
  danish: "fleksjob_er_selvforsørgelse",
  kind: "yesNo",
  optional: true,
  default: false,
} as const;
const INVESTMENT = {
  name: "investment",
  danish: "investering",
  description: {
    en: "Investment, one amount or one per year (positive amounts).",
    da: "Investeringen, ét beløb eller ét pr. år (positive beløb).",
  },
  kind: "flows",
} as const;
const SAVINGS = {
  name: "savings",
  danish: "besparelse",
  description: {
    en: "Savings, one amount or one per year.",
    da: "Besparelserne, ét beløb eller ét pr. år.",
  },
  kind: "flows",
} as const;
const RATE = { name: "rate", danish: "rente", kind: "number" } as const;
const TIMING_PARAMETER = {
  name: "timing",
  danish: "tidspunkt",
  kind: "option",
  option: TIMING,
  optional: true,
} as const;
const TIMING_FULL: Text = {
  en: "0 = start of year: first year undiscounted (default); 1 = end of year, as Excel's NPV.",
  da: "0 = primo: første år udiskonteret (standard); 1 = ultimo, som Excels NPV.",
};
const TIMING_SHORT: Text = {
  en: "0 = start of year (default); 1 = end of year.",
  da: "0 = primo (standard); 1 = ultimo.",
};

/** Every KIK function, in the order of `functions.ts`, keyed by its id. */
export const FUNCTIONS = {
  SELFSUFFICIENCY: {
    danish: "SELVFORSØRGELSE",
    description: {
      en: "Share of closed cases that ended self-supporting (0–1). Fleksjob counts only when told to.",
      da: "Andel af de afsluttede sager, der endte som selvforsørgende (0–1).",
    },
    result: "scalar",
    parameters: [
      {
        ...OUTCOMES,
        description: {
          en: 'Outcome of each closed case, one per row (e.g. "Job", "Education", "Fleksjob").',
          da: "Udfaldet af hver afsluttet sag, én pr. række (fx »Job«, »Uddannelse«, »Fleksjob«).",
        },
      },
      COUNTS,
      {
        ...FLEKSJOB,
        description: {
          en: "TRUE counts fleksjob as self-supporting (default FALSE, as in the financing law).",
          da: "SAND tæller fleksjob som selvforsørgelse (standard FALSK, som i finansieringsloven).",
        },
      },
    ],
  },
  OUTCOMESHARES: {
    danish: "UDFALDSANDELE",
    description: {
      en: "Table of closed cases: self-supporting, job- or education-ready, other support and total, with count and share.",
      da: "Tabel over afsluttede sager: selvforsørgende, job- eller uddannelsesparat, anden forsørgelse og i alt, med antal og andel.",
    },
    result: "spill",
    parameters: [
      {
        ...OUTCOMES,
        description: {
          en: "Outcome of each closed case, one per row.",
          da: "Udfaldet af hver afsluttet sag, én pr. række.",
        },
      },
      COUNTS,
      {
        ...FLEKSJOB,
        description: {
          en: "TRUE counts fleksjob as self-supporting (default FALSE).",
          da: "SAND tæller fleksjob som selvforsørgelse (standard FALSK).",
        },
      },
    ],
  },
  ROI: {
    danish: "AFKAST",
    description: {
      en: "Return on investment: (savings − investment) / investment, discounted when a rate is given.",
      da: "Afkast af investeringen: (besparelse − investering) / investering, evt. tilbagediskonteret.",
    },
    result: "scalar",
    parameters: [
      INVESTMENT,
      SAVINGS,
      {
        ...RATE,
        description: {
          en: "Discount rate, e.g. 3.5 %. Omit for nominal amounts.",
          da: "Diskonteringsrente, fx 3,5 %. Udelades for nominelle beløb.",
        },
        optional: true,
      },
      { ...TIMING_PARAMETER, description: TIMING_FULL },
    ],
  },
  NPV: {
    danish: "NUTIDSVÆRDI",
    description: {
      en: "Net present value of yearly net flows at a discount rate.",
      da: "Nutidsværdi af årlige nettobetalinger ved en diskonteringsrente.",
    },
    result: "scalar",
    parameters: [
      {
        ...RATE,
        description: {
          en: "Discount rate per year, e.g. 3.5 % (Ministry of Finance rate from 2021).",
          da: "Diskonteringsrente pr. år, fx 3,5 % (Finansministeriets sats fra 2021).",
        },
      },
      {
        name: "flows",
        danish: "betalinger",
        description: {
          en: "Net flows per year, first year first.",
          da: "Nettobetalinger pr. år, første år først.",
        },
        kind: "flows",
      },
      { ...TIMING_PARAMETER, description: TIMING_FULL },
    ],
  },
  NETGAIN: {
    danish: "NETTOGEVINST",
    description: {
      en: "Net gain: savings − investment, discounted when a rate is given.",
      da: "Nettogevinst: besparelse − investering, evt. tilbagediskonteret.",
    },
    result: "scalar",
    parameters: [
      INVESTMENT,
      SAVINGS,
      {
        ...RATE,
        description: {
          en: "Discount rate. Omit for nominal amounts.",
          da: "Diskonteringsrente. Udelades for nominelle beløb.",
        },
        optional: true,
      },
      { ...TIMING_PARAMETER, description: TIMING_SHORT },
    ],
  },
  PAYBACK: {
    danish: "TILBAGEBETALINGSTID",
    description: {
      en: "Years from the start until cumulative net flow is non-negative for good; #N/A if not within the horizon.",
      da: "År fra start, til de akkumulerede nettobetalinger varigt er ikke-negative; #I/T hvis ikke inden for perioden.",
    },
    result: "scalar",
    parameters: [
      {
        name: "flows",
        danish: "betalinger",
        description: {
          en: "Net flows per year (savings − investment), first year first.",
          da: "Nettobetalinger pr. år (besparelse − investering), første år først.",
        },
        kind: "flows",
      },
      {
        ...RATE,
        description: {
          en: "Discount rate for discounted payback. Omit for nominal.",
          da: "Diskonteringsrente for tilbagediskonteret tilbagebetalingstid. Udelades for nominel.",
        },
        optional: true,
      },
      { ...TIMING_PARAMETER, description: TIMING_SHORT },
    ],
  },
  VARIANCE: {
    danish: "AFVIGELSE",
    description: {
      en: "Variance = actual − budgeted per year; blank where the actual is not known yet.",
      da: "Forskel = Faktisk − Budgetteret pr. år; tom, hvor det faktiske tal endnu ikke kendes.",
    },
    result: "spill",
    parameters: [
      {
        name: "budgeted",
        danish: "budgetteret",
        description: {
          en: "Budgeted amounts, one row or column.",
          da: "Budgetterede beløb, én række eller kolonne.",
        },
        kind: "cells",
      },
      {
        name: "actual",
        danish: "faktisk",
        description: {
          en: "Actual amounts in the same shape; blank cells = not known yet.",
          da: "Faktiske beløb i samme form; tomme celler = endnu ikke kendt.",
        },
        kind: "cells",
        sameLengthAs: "budgeted",
      },
    ],
  },
  TARGETPROGRESS: {
    danish: "MÅLOPFYLDELSE",
    description: {
      en: "Progress towards a caseload target: (baseline − current) / (baseline − target); 1 = reached.",
      da: "Fremdrift mod målet: (udgangspunkt − nu) / (udgangspunkt − mål). 1 = målet nået.",
    },
    result: "scalar",
    parameters: [
      {
        name: "baseline",
        danish: "udgangspunkt",
        description: { en: "Caseload at the start, e.g. 1008.", da: "Sagstal ved start, fx 1008." },
        kind: "number",
      },
      {
        name: "current",
        danish: "nu",
        description: { en: "Caseload now, e.g. 563.", da: "Sagstal nu, fx 563." },
        kind: "number",
      },
      {
        name: "target",
        danish: "mål",
        description: { en: "Target caseload, e.g. 500.", da: "Målsat sagstal, fx 500." },
        kind: "number",
      },
    ],
  },
  REDUCTION: {
    danish: "REDUKTION",
    description: {
      en: "Share by which the caseload fell: (baseline − current) / baseline.",
      da: "Andel, sagstallet er faldet med: (udgangspunkt − nu) / udgangspunkt.",
    },
    result: "scalar",
    parameters: [
      {
        name: "baseline",
        danish: "udgangspunkt",
        description: { en: "Caseload at the start.", da: "Sagstal ved start." },
        kind: "number",
      },
      {
        name: "current",
        danish: "nu",
        description: { en: "Caseload now.", da: "Sagstal nu." },
        kind: "number",
      },
    ],
  },
  PROJECTCASELOAD: {
    danish: "SAGSTALSPROGNOSE",
    description: {
      en: "Caseload projected month by month from a start, a monthly inflow and a monthly exit rate.",
      da: "Fremskrivning af sagstallet måned for måned ud fra start, månedlig tilgang og afgangsrate.",
    },
    result: "spill",
    parameters: [
      {
        name: "start",
        danish: "start",
        description: {
          en: "People on benefit at the start (the original group).",
          da: "Antal på ydelse ved start (den oprindelige gruppe).",
        },
        kind: "number",
      },
      {
        name: "inflow",
        danish: "tilgang",
        description: { en: "New people per month.", da: "Nye borgere pr. måned." },
        kind: "number",
      },
      {
        name: "exitRate",
        danish: "afgangsrate",
        description: {
          en: "Share leaving the benefit per month (0–1).",
          da: "Andel, der forlader ydelsen pr. måned (0–1).",
        },
        kind: "number",
      },
      {
        name: "months",
        danish: "måneder",
        description: {
          en: "Months to project (1–1200).",
          da: "Antal måneder, der fremskrives (1–1200).",
        },
        kind: "wholeNumber",
      },
      {
        name: "detail",
        danish: "detaljer",
        description: {
          en: "TRUE gives three columns: original group, newcomers, total. Default: total only.",
          da: "SAND giver tre kolonner: oprindelig gruppe, nytilgang, i alt. Standard: kun i alt.",
        },
        kind: "yesNo",
        optional: true,
        default: false,
      },
    ],
  },
  EXITRATE: {
    danish: "AFGANGSRATE",
    description: {
      en: "Monthly exit rate that takes a group from start to remaining in a number of months.",
      da: "Månedlig afgangsrate, der fører en gruppe fra start til tilbageværende på et antal måneder.",
    },
    result: "scalar",
    parameters: [
      {
        name: "start",
        danish: "start",
        description: {
          en: "Size of the group at the start, e.g. 1008.",
          da: "Gruppens størrelse ved start, fx 1008.",
        },
        kind: "number",
      },
      {
        name: "remaining",
        danish: "tilbage",
        description: {
          en: "How many of the group are still on benefit, e.g. 387.",
          da: "Hvor mange af gruppen der stadig er på ydelse, fx 387.",
        },
        kind: "number",
      },
      {
        name: "months",
        danish: "måneder",
        description: { en: "Months in between, e.g. 25.", da: "Antal måneder imellem, fx 25." },
        kind: "number",
      },
    ],
  },
  REFUNDRATE: {
    danish: "REFUSIONSSATS",
    description: {
      en: "State refund (80/40/30/20 %) or municipal co-financing (20/60/70/80 %) in a cumulative week on benefit.",
      da: "Statens refusion (80/40/30/20 %) eller kommunens medfinansiering (20/60/70/80 %) i en given samlet uge på ydelse.",
    },
    result: "scalar",
    parameters: [
      {
        name: "week",
        danish: "uge",
        description: {
          en: "Cumulative weeks on public benefit, 1 = the first week.",
          da: "Samlet antal uger på offentlig forsørgelse, 1 = første uge.",
        },
        kind: "number",
      },
      {
        name: "scheme",
        danish: "ordning",
        description: {
          en: '"refund" (default) or "cofinancing" (Danish: "refusion", "medfinansiering").',
          da: "»refusion« (standard) eller »medfinansiering«.",
        },
        kind: "option",
        option: SCHEME,
        optional: true,
      },
    ],
  },
  NETCOST: {
    danish: "NETTOUDGIFT",
    description: {
      en: "Municipal net cost of a spell on benefit after refund, plus the service's own costs.",
      da: "Kommunens nettoudgift til et forløb på ydelse efter refusion, plus egne driftsudgifter.",
    },
    result: "scalar",
    parameters: [
      {
        name: "monthlyRate",
        danish: "månedssats",
        description: {
          en: "Gross benefit in kr. per month, e.g. 12,326 (2024, 30+ without children).",
          da: "Bruttoydelse i kr. pr. måned, fx 12.326 (2024, 30+ uden børn).",
        },
        kind: "number",
      },
      {
        name: "weeksOnBenefit",
        danish: "uger_på_ydelse",
        description: {
          en: "Weeks already on public benefit before the spell (default 0).",
          da: "Uger allerede på offentlig forsørgelse før forløbet (standard 0).",
        },
        kind: "number",
        optional: true,
        default: 0,
      },
      {
        name: "weeks",
        danish: "uger",
        description: {
          en: "Length of the spell in weeks (default 52 = one person-year).",
          da: "Forløbets længde i uger (standard 52 = ét helårsperson).",
        },
        kind: "number",
        optional: true,
        default: 52,
      },
      {
        name: "serviceCost",
        danish: "driftsudgift",
        description: {
          en: "The job centre's own cost per person-year in kr. (default 0).",
          da: "Jobcentrets egne udgifter pr. helårsperson i kr. (standard 0).",
        },
        kind: "number",
        optional: true,
        default: 0,
      },
    ],
  },
  BENEFITRATE: {
    danish: "YDELSESSATS",
    description: {
      en: "KIK's default gross benefit rate in kr. per month; #N/A for a year without a default.",
      da: "KIK's standardsats for bruttoydelse i kr. pr. måned; #I/T for år uden standardsats.",
    },
    result: "scalar",
    parameters: [
      {
        name: "year",
        danish: "år",
        description: { en: "The year, e.g. 2024.", da: "Året, fx 2024." },
        kind: "wholeNumber",
      },
      {
        name: "group",
        danish: "gruppe",
        description: {
          en: 'E.g. "30+ without children" (default), "30+ with children", "under 30 away from home".',
          da: "Fx »30+ uden børn« (standard), »30+ med børn«, »under 30 udeboende«.",
        },
        kind: "option",
        option: BENEFIT_GROUP,
        optional: true,
      },
    ],
  },
  SAVINGS: {
    danish: "BESPARELSE",
    description: {
      en: "Savings from person-years on benefit avoided against the baseline, net of deadweight and an optional comparison trend.",
      da: "Besparelse fra sparede helårspersoner i forhold til basislinjen, efter dødvægt og evt. sammenligningstrend.",
    },
    result: "scalar",
    parameters: [
      {
        name: "actual",
        danish: "faktisk",
        description: {
          en: "Actual caseload per period; blank cells are skipped.",
          da: "Faktisk sagstal pr. periode; tomme celler springes over.",
        },
        kind: "series",
      },
      {
        name: "baseline",
        danish: "basislinje",
        description: {
          en: "Caseload without the strategy: one number or a series of the same length.",
          da: "Sagstal uden indsatsen: ét tal eller en række af samme længde.",
        },
        kind: "series",
        blanks: "refuse",
        sameLengthAs: "actual",
        orSingle: true,
      },
      {
        name: "netCost",
        danish: "nettoudgift",
        description: {
          en: "Municipal net cost per person-year in kr.",
          da: "Kommunens nettoudgift pr. helårsperson i kr.",
        },
        kind: "number",
      },
      {
        name: "comparison",
        danish: "sammenligning",
        description: {
          en: "Comparison series (e.g. the national trend); its first value is the reference.",
          da: "Sammenligningsserie (fx landsudviklingen); første værdi er referencen.",
        },
        kind: "series",
        blanks: "refuse",
        sameLengthAs: "actual",
        optional: true,
      },
      {
        name: "periodsPerYear",
        danish: "perioder_pr_år",
        description: {
          en: "12 for monthly counts (default), 1 for yearly averages.",
          da: "12 for månedstal (standard), 1 for årsgennemsnit.",
        },
        kind: "number",
        optional: true,
        default: 12,
      },
      {
        name: "deadweight",
        danish: "dødvægt",
        description: {
          en: "Extra share that would have happened anyway (0–1, default 0).",
          da: "Ekstra andel, der ville være sket alligevel (0–1, standard 0).",
        },
        kind: "number",
        optional: true,
        default: 0,
      },
    ],
  },
} as const satisfies Readonly<Record<string, FunctionSpec>>;

/** A function's id: its English name in Excel, e.g. "ROI". */
export type FunctionId = keyof typeof FUNCTIONS;

/** The catalogue as plain specs, for code that walks every function. */
export const CATALOGUE: Readonly<Record<FunctionId, FunctionSpec>> = FUNCTIONS;

/** A function's name in `language`'s Excel. */
export function functionName(id: FunctionId, language: Language): string {
  const names: Text = { da: CATALOGUE[id].danish, en: id };
  return names[language];
}

/** A parameter's name in `language`'s Excel. */
export function parameterName(parameter: ParameterSpec, language: Language): string {
  const names: Text = { da: parameter.danish, en: parameter.name };
  return names[language];
}
