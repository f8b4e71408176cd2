/**
 * The KIK custom functions as data, one entry per function, in the style of HyperFormula's
 * `implementedFunctions`: the id (the English name in Excel), the Danish name, the result's shape
 * and each parameter's name, Danish name, kind, default and the words a text option accepts.
 * Everything else reads this table: the argument reader (`coerce.ts`, `kikFunction`), the message
 * labels, the Danish metadata (`localize-metadata.ts`) and the tests that keep `functions.ts`'s
 * TSDoc (the English metadata custom-functions-metadata generates) and docs/functions.md equal to
 * it. The descriptions live in `descriptions.ts`, keyed by the ids and names declared here: they
 * are needed only at build time, so the add-in's scripts do not carry them.
 */
import {
  DEFAULT_DRAWS,
  parseBenefitGroup,
  type BenefitGroup,
  type RefundScheme,
  type Timing,
} from "../engine";
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
 * - `flows`: money per year, a value or a row/column; blanks count as 0; a range of two or more
 *   cells needs an amount other than 0.
 * - `series`: numbers per period; blank cells are `null`, or refused with `blanks: "refuse"`.
 * - `cells`: numbers read cell by cell in place (million-row ranges); blanks are `null`.
 * - `labels`: text read cell by cell in place; numbers and TRUE/FALSE as their text, except 0,
 *   which is a blank cell (no outcome is called 0; Excel for Windows passes a blank cell as 0).
 * - `yesNo`: TRUE/FALSE, a number (0 = FALSE) or a yes/no word (the shared `parseYesNo`).
 * - `option`: a text option ({@link OptionSpec}); 0 is a blank cell when the option takes no
 *   numbers.
 *
 * Blank cells: Excel for Windows passes a blank cell as 0, Excel on the web as null, and no
 * requirement set tells them apart (docs/conventions.md#tomme-celler-windows). So every parameter reads
 * blank and 0 alike: where 0 is a meaningful value, blank counts as 0 (`blanks: "zero"`, or the
 * parameter's default of 0); where it is not, 0 is read as blank (`zero: "blank"`).
 */
export type ParameterKind =
  "number" | "wholeNumber" | "flows" | "series" | "cells" | "labels" | "yesNo" | "option";

/** One parameter of a function. */
export interface ParameterSpec {
  /** The English name: the parameter's name in `functions.ts` and in English Excel. */
  readonly name: string;
  /** The name in Danish Excel. */
  readonly danish: string;
  readonly kind: ParameterKind;
  readonly optional?: boolean;
  /** The value of a blank or omitted optional `number`, `wholeNumber` or `yesNo`. */
  readonly default?: number | boolean;
  /** The option of an `option` parameter. */
  readonly option?: OptionSpec<string>;
  /**
   * What a blank cell is: "refuse" (a `series` whose blank cells are an error rather than
   * `null`); "zero" (a required `number` for which a blank counts as 0, since 0 is meaningful).
   */
  readonly blanks?: "refuse" | "zero";
  /**
   * "blank": 0 is no meaningful value here, so 0 is read as a blank cell (the optional
   * parameter's default, a missing required one, a period not known yet): the 0 that Excel for
   * Windows passes for a blank cell then means what a blank means on the web.
   */
  readonly zero?: "blank";
  /** A range that must have as many cells as this earlier parameter. */
  readonly sameLengthAs?: string;
  /** With `sameLengthAs`: a single value is accepted too (one level for every period). */
  readonly orSingle?: boolean;
}

/** One function. */
export interface FunctionSpec {
  /** The name in Danish Excel (the id is the English name). */
  readonly danish: string;
  /** One value, or a range that spills. */
  readonly result: "scalar" | "spill";
  readonly parameters: readonly ParameterSpec[];
}

// Parameters and parameter lists that several functions share with the same meaning.
/** A discount rate; blank or 0 in the required one is missing (NPV at 0 % is a plain SUM). */
const RATE = { name: "rate", danish: "rente", kind: "number", zero: "blank" } as const;
/** An omitted rate means nominal amounts, and a rate of 0 gives the same figures. */
const OPTIONAL_RATE = { name: "rate", danish: "rente", kind: "number", optional: true } as const;
const FLOWS = { name: "flows", danish: "betalinger", kind: "flows" } as const;
const TIMING_PARAMETER = {
  name: "timing",
  danish: "tidspunkt",
  kind: "option",
  option: TIMING,
  optional: true,
} as const;
/** Caseload at the start and now (TARGETPROGRESS, REDUCTION). */
// A caseload of 0 is no real measurement of a municipality's caseload: 0 is a blank cell.
const BASELINE = {
  name: "baseline",
  danish: "udgangspunkt",
  kind: "number",
  zero: "blank",
} as const;
const CURRENT = { name: "current", danish: "nu", kind: "number", zero: "blank" } as const;
/** The size of a group at the start (PROJECTCASELOAD, EXITRATE). */
const START = { name: "start", danish: "start", kind: "number", zero: "blank" } as const;
/** The parameters of the outcome functions (SELFSUFFICIENCY, OUTCOMESHARES). */
const OUTCOME_PARAMETERS = [
  { name: "outcomes", danish: "udfald", kind: "labels" },
  // A row counted 0 adds nothing: it is read as a blank count, so the row is skipped.
  {
    name: "counts",
    danish: "antal",
    kind: "cells",
    optional: true,
    sameLengthAs: "outcomes",
    zero: "blank",
  },
  {
    name: "fleksjobIsSelfSupporting",
    danish: "fleksjob_er_selvforsørgelse",
    kind: "yesNo",
    optional: true,
    default: false,
  },
] as const;
/** Weeks already on benefit before a spell (NETCOST, MUNICIPALSHARE); 0 is a new recipient. */
const WEEKS_ON_BENEFIT = {
  name: "weeksOnBenefit",
  danish: "uger_på_ydelse",
  kind: "number",
  optional: true,
  default: 0,
} as const;
/** A spell's length in weeks; 0 weeks is no spell, so 0 is read as blank (52). */
const SPELL_WEEKS = {
  name: "weeks",
  danish: "uger",
  kind: "number",
  optional: true,
  default: 52,
  zero: "blank",
} as const;
/** The parameters of the functions that set savings against an investment (ROI, NETGAIN, BREAKEVEN). */
const GAIN_PARAMETERS = [
  { name: "investment", danish: "investering", kind: "flows" },
  { name: "savings", danish: "besparelse", kind: "flows" },
  OPTIONAL_RATE,
  TIMING_PARAMETER,
] as const;

/** Every KIK function, in the order of `functions.ts`, keyed by its id. */
export const FUNCTIONS = {
  SELFSUFFICIENCY: {
    danish: "SELVFORSØRGELSE",
    result: "scalar",
    parameters: OUTCOME_PARAMETERS,
  },
  OUTCOMESHARES: {
    danish: "UDFALDSANDELE",
    result: "spill",
    parameters: OUTCOME_PARAMETERS,
  },
  ROI: {
    danish: "AFKAST",
    result: "scalar",
    parameters: GAIN_PARAMETERS,
  },
  NPV: {
    danish: "NUTIDSVÆRDI",
    result: "scalar",
    parameters: [RATE, FLOWS, TIMING_PARAMETER],
  },
  NETGAIN: {
    danish: "NETTOGEVINST",
    result: "scalar",
    parameters: GAIN_PARAMETERS,
  },
  PAYBACK: {
    danish: "TILBAGEBETALINGSTID",
    result: "scalar",
    parameters: [FLOWS, OPTIONAL_RATE, TIMING_PARAMETER],
  },
  VARIANCE: {
    danish: "AFVIGELSE",
    result: "spill",
    parameters: [
      // Blank (and 0) is not known yet: Excel for Windows passes a blank cell as 0.
      { name: "budgeted", danish: "budgetteret", kind: "cells", zero: "blank" },
      {
        name: "actual",
        danish: "faktisk",
        kind: "cells",
        sameLengthAs: "budgeted",
        zero: "blank",
      },
    ],
  },
  TARGETPROGRESS: {
    danish: "MÅLOPFYLDELSE",
    result: "scalar",
    parameters: [
      BASELINE,
      CURRENT,
      { name: "target", danish: "mål", kind: "number", zero: "blank" },
    ],
  },
  REDUCTION: {
    danish: "REDUKTION",
    result: "scalar",
    parameters: [BASELINE, CURRENT],
  },
  PROJECTCASELOAD: {
    danish: "SAGSTALSPROGNOSE",
    result: "spill",
    parameters: [
      START,
      // No inflow is a real case: a blank counts as 0.
      { name: "inflow", danish: "tilgang", kind: "number", blanks: "zero" },
      { name: "exitRate", danish: "afgangsrate", kind: "number", zero: "blank" },
      { name: "months", danish: "måneder", kind: "wholeNumber", zero: "blank" },
      { name: "detail", danish: "detaljer", kind: "yesNo", optional: true, default: false },
    ],
  },
  EXITRATE: {
    danish: "AFGANGSRATE",
    result: "scalar",
    parameters: [
      START,
      // 0 left gives no rate to project with (it would be 100 % a month).
      { name: "remaining", danish: "tilbage", kind: "number", zero: "blank" },
      { name: "months", danish: "måneder", kind: "number", zero: "blank" },
    ],
  },
  REFUNDRATE: {
    danish: "REFUSIONSSATS",
    result: "scalar",
    parameters: [
      { name: "week", danish: "uge", kind: "number" },
      { name: "scheme", danish: "ordning", kind: "option", option: SCHEME, optional: true },
    ],
  },
  NETCOST: {
    danish: "NETTOUDGIFT",
    result: "scalar",
    parameters: [
      { name: "monthlyRate", danish: "månedssats", kind: "number", zero: "blank" },
      WEEKS_ON_BENEFIT,
      SPELL_WEEKS,
      { name: "serviceCost", danish: "driftsudgift", kind: "number", optional: true, default: 0 },
    ],
  },
  BENEFITRATE: {
    danish: "YDELSESSATS",
    result: "scalar",
    parameters: [
      { name: "year", danish: "år", kind: "wholeNumber", zero: "blank" },
      { name: "group", danish: "gruppe", kind: "option", option: BENEFIT_GROUP, optional: true },
    ],
  },
  SAVINGS: {
    danish: "BESPARELSE",
    result: "scalar",
    parameters: [
      // A caseload of 0 is a month not known yet (Excel for Windows passes a blank as 0).
      { name: "actual", danish: "faktisk", kind: "series", zero: "blank" },
      {
        name: "baseline",
        danish: "basislinje",
        kind: "series",
        blanks: "refuse",
        zero: "blank",
        sameLengthAs: "actual",
        orSingle: true,
      },
      { name: "netCost", danish: "nettoudgift", kind: "number", zero: "blank" },
      {
        name: "comparison",
        danish: "sammenligning",
        kind: "series",
        blanks: "refuse",
        zero: "blank",
        sameLengthAs: "actual",
        optional: true,
      },
      {
        name: "periodsPerYear",
        danish: "perioder_pr_år",
        kind: "number",
        optional: true,
        default: 12,
        zero: "blank",
      },
      { name: "deadweight", danish: "dødvægt", kind: "number", optional: true, default: 0 },
    ],
  },
  BREAKEVEN: {
    danish: "NULPUNKT",
    result: "scalar",
    parameters: GAIN_PARAMETERS,
  },
  PROBABILITY: {
    danish: "SANDSYNLIGHED",
    result: "scalar",
    parameters: [
      // One value or low, likely, high; a blank is 0 under both encodings (a low of 0 is real).
      { name: "investment", danish: "investering", kind: "flows" },
      { name: "savings", danish: "besparelse", kind: "flows" },
      // 0 draws is no estimate: 0 is read as blank, the default.
      {
        name: "draws",
        danish: "træk",
        kind: "wholeNumber",
        optional: true,
        default: DEFAULT_DRAWS,
        zero: "blank",
      },
    ],
  },
  MUNICIPALSHARE: {
    danish: "KOMMUNEANDEL",
    result: "scalar",
    parameters: [WEEKS_ON_BENEFIT, SPELL_WEEKS],
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
