/**
 * The assumptions step as plain data: what the fields show before the user touches them (from
 * the input and KIK's defaults, exactly as the report would resolve them), inline validation,
 * and the {@link AssumptionOverrides} the user's changes turn into. No React here.
 *
 * Which fields there are, how their text is read (the one percent reading, month parser and
 * yes/no list) and checked, and how a value is written back into a field all come from the
 * assumptions catalogue (src/assumptions/catalogue.ts); this module words the problems.
 */
import {
  assumptionSpec,
  assumptionText,
  boundText,
  exampleText,
  parseAssumption,
  type AssumptionSpec,
  type AssumptionValue,
  type ShareReading,
  type WizardTextKey,
  WIZARD_ASSUMPTIONS,
} from "../assumptions/catalogue";
import { netCostOfSpell } from "../engine/refund";
import { formatPercent, type Language } from "../i18n";
import type { CaseInput } from "../input/model";
import { formatMonth } from "../input/months";
import { booleanOf, type Assumptions } from "../assumptions/resolved";
import type { AssumptionOverrides } from "../report/build";
import { message, type TaskpaneMessageKey } from "./messages";

/** The text fields of the step: the catalogue's assumptions the wizard shows as text. */
export type TextField = WizardTextKey;

/** Whether the net cost is computed from the benefit or typed in. */
export type NetCostMode = "computed" | "direct";

/** What the user changed (or confirmed in an earlier session); everything else follows the data. */
export interface FormChanges {
  readonly text: Readonly<Partial<Record<TextField, string>>>;
  readonly mode?: NetCostMode;
  readonly fleksjob?: boolean;
  readonly comparison?: boolean;
}

/** What the fields show when the user has not touched them. */
export interface FormDefaults {
  readonly text: Readonly<Record<TextField, string>>;
  readonly mode: NetCostMode;
  readonly fleksjob: boolean;
  readonly comparison: boolean;
  /** The caseload table has a comparison column. */
  readonly comparisonAvailable: boolean;
  /** The year the default benefit rate is for (first budget year), or null. */
  readonly rateYear: number | null;
  /** True when the monthly rate shown is KIK's default for `rateYear`. */
  readonly rateIsDefault: boolean;
  /** The input's assumption table states a net cost per person-year. */
  readonly netCostFromInput: boolean;
}

/** The values the fields show. */
export interface FormValues {
  readonly text: Readonly<Record<TextField, string>>;
  readonly mode: NetCostMode;
  readonly fleksjob: boolean;
  readonly comparison: boolean;
}

export const NO_CHANGES: FormChanges = { text: {} };

/** The catalogue's text fields, in the step's order. */
export const TEXT_SPECS: readonly AssumptionSpec[] = WIZARD_ASSUMPTIONS.filter(
  (s) => s.wizard?.control === "text"
);

const TEXT_FIELDS = TEXT_SPECS.map((s) => s.key as TextField);

const fieldsWhere = (test: (s: AssumptionSpec) => boolean): readonly TextField[] =>
  TEXT_SPECS.filter(test).map((s) => s.key as TextField);

/** The computed net cost's inputs: they go to the report together. */
const COMPUTED_FIELDS = fieldsWhere((s) => s.wizard?.together === "netCostInputs");
/** The net cost typed directly. */
const DIRECT_FIELDS = fieldsWhere(
  (s) => s.wizard?.section === "netCost" && s.wizard.together === undefined
);
/** The projection's exit rate and inflow: they go to the report together. */
const PROJECTION_FIELDS = fieldsWhere((s) => s.wizard?.together === "projection");
/** Fields that go to the report on their own once changed. */
const SINGLE_FIELDS = fieldsWhere(
  (s) => s.wizard?.section !== "netCost" && s.wizard?.together === undefined
);

/** The first year of the case, as the report uses it for the default benefit rate. */
export function firstYearOf(input: CaseInput): number | null {
  return input.budget?.rows[0]?.year.value ?? input.caseload?.rows[0]?.month.value.year ?? null;
}

/**
 * The fields' values before the user changes anything.
 * @param a - the report's resolution of `input` with no changes from the guide
 *   (`resolveAssumptions(input, firstYearOf(input), language)`, src/report/assumptions.ts): the
 *   pane loads it with the report's code when it reads the input
 */
export function formDefaults(input: CaseInput, a: Assumptions, language: Language): FormDefaults {
  const firstYear = firstYearOf(input);
  const text = {} as Record<TextField, string>;
  for (const spec of TEXT_SPECS) {
    const v = a.byKey.get(spec.key)?.value;
    text[spec.key as TextField] =
      typeof v === "number" || typeof v === "string" ? assumptionText(spec, v, language) : "";
  }
  // The caseload sheet takes what the assumptions leave open from the caseload table itself.
  const rows = input.caseload?.rows ?? [];
  const firstCount = rows.find((r) => r.count.value !== null)?.count.value;
  const withTarget = rows.filter((r) => r.target !== null && r.target.value !== null);
  const lastTarget = withTarget[withTarget.length - 1];
  const fromTable = (field: TextField, v: number | string | null | undefined) => {
    if (text[field] === "" && v !== null && v !== undefined)
      text[field] = assumptionText(assumptionSpec(field), v, language);
  };
  fromTable("baseline", firstCount);
  fromTable("target", lastTarget?.target?.value);
  if (lastTarget !== undefined) fromTable("targetDate", formatMonth(lastTarget.month.value));
  const netCostFromInput = input.assumptions.some((r) => r.key === "netCostPerPersonYear");
  return {
    text,
    mode: netCostFromInput ? "direct" : "computed",
    fleksjob: booleanOf(a, "fleksjobIsSelfSupporting", false),
    comparison: booleanOf(a, "comparisonTrend", true),
    comparisonAvailable: rows.some((r) => r.comparison !== null),
    rateYear: firstYear,
    rateIsDefault: a.byKey.get("monthlyBenefitRate")?.isDefault === true,
    netCostFromInput,
  };
}

/** What the fields show: the user's changes over the defaults. */
export function formValues(defaults: FormDefaults, changes: FormChanges): FormValues {
  const text = {} as Record<TextField, string>;
  for (const f of TEXT_FIELDS) text[f] = changes.text[f] ?? defaults.text[f];
  return {
    text,
    mode: changes.mode ?? defaults.mode,
    fleksjob: changes.fleksjob ?? defaults.fleksjob,
    comparison: defaults.comparisonAvailable && (changes.comparison ?? defaults.comparison),
  };
}

/** Fields that take part given the net cost mode. */
function activeFields(mode: NetCostMode): TextField[] {
  const hidden = mode === "computed" ? DIRECT_FIELDS : COMPUTED_FIELDS;
  return TEXT_FIELDS.filter((f) => !hidden.includes(f));
}

/** A field read: its value (null when blank or wrong), the message, how a percentage was read. */
interface Checked {
  readonly value: AssumptionValue | null;
  readonly error: string | null;
  readonly share?: ShareReading;
}

/** Reads a field by the catalogue and words what is wrong, naming the field. */
function check(field: TextField, text: string, language: Language): Checked {
  const spec = assumptionSpec(field);
  const wizard = spec.wizard;
  const m = (key: TaskpaneMessageKey, p: Record<string, string | number> = {}) =>
    message(key, p, language);
  const name = wizard === null ? spec.names[language] : m(wizard.name);
  const example = exampleText(spec, language) ?? "";
  const parsed = parseAssumption(spec, text);
  if (parsed.ok)
    return parsed.share === undefined
      ? { value: parsed.value, error: null }
      : { value: parsed.value, error: null, share: parsed.share };
  const wrong = (error: string): Checked => ({ value: null, error });
  const p = parsed.problem;
  switch (p.code) {
    case "blank":
      return wizard?.required === true
        ? wrong(m("errRequired", { field: name, example }))
        : { value: null, error: null };
    case "notMonth":
      return wrong(m("errMonth", { field: name }));
    case "notWhole":
      return wrong(m("errWhole", { field: name, example }));
    case "range": {
      const { min, max } = p.bounds;
      // Below a bound of 0 is "negative", also where there is an upper bound (an absurd size).
      if (max !== undefined && !(min === 0 && p.value < 0))
        return wrong(
          m("errRange", {
            field: name,
            min: boundText(spec, min, language),
            max: boundText(spec, max, language),
          })
        );
      return wrong(
        min === 0
          ? m("errNegative", { field: name })
          : m("errMin", { field: name, min: boundText(spec, min, language) })
      );
    }
    default:
      return wrong(m("errNotNumber", { field: name, example }));
  }
}

/** Inline messages per field (only fields that take part in the current mode). */
export function formErrors(
  values: FormValues,
  language: Language
): Partial<Record<TextField, string>> {
  const out: Partial<Record<TextField, string>> = {};
  for (const f of activeFields(values.mode)) {
    const { error } = check(f, values.text[f], language);
    if (error !== null) out[f] = error;
  }
  return out;
}

/**
 * How a percentage field's text was read, where that may surprise: a plain number from 0 to
 * 1 in a field whose unit is % is the fraction itself ("0,5" is 50 %, "0,035" is 3,5 %).
 */
export function formNotes(
  values: FormValues,
  language: Language
): Partial<Record<TextField, string>> {
  const out: Partial<Record<TextField, string>> = {};
  for (const f of activeFields(values.mode)) {
    const { share } = check(f, values.text[f], language);
    if (share?.as === "fraction" && share.fraction !== 0)
      out[f] = message("readAs", { percent: formatPercent(share.fraction, language) }, language);
  }
  return out;
}

/** The net cost computed from the benefit, weeks and service cost, or null if they are invalid. */
export function computedNetCost(values: FormValues): number | null {
  const n = (f: TextField) => {
    const parsed = parseAssumption(assumptionSpec(f), values.text[f]);
    return parsed.ok && typeof parsed.value === "number" ? parsed.value : null;
  };
  const rate = n("monthlyBenefitRate");
  const weeks = n("weeksOnBenefit");
  const service = n("serviceCostPerYear");
  if (rate === null || weeks === null || service === null) return null;
  const cost = netCostOfSpell({
    monthlyRate: rate,
    weeksAlreadyOnBenefit: weeks,
    weeks: 52,
    serviceCostPerYear: service,
  });
  return cost.ok ? cost.value : null;
}

/**
 * The overrides for the report: only what the user changed or confirmed. Fields that belong
 * together go in together once any of them was touched: the computed net cost's three inputs
 * (or the mode), the projection's exit rate and inflow. The net cost itself only when typed,
 * or when the input's own net cost would otherwise win.
 */
export function formOverrides(
  defaults: FormDefaults,
  changes: FormChanges,
  language: Language
): AssumptionOverrides {
  const values = formValues(defaults, changes);
  const out: AssumptionOverrides = {};
  const put = (field: TextField) => {
    const { value, error } = check(field, values.text[field], language);
    if (error === null && value !== null) out[field] = value;
  };
  const touched = (fields: readonly TextField[]) =>
    fields.some((f) => changes.text[f] !== undefined);
  for (const f of SINGLE_FIELDS) if (changes.text[f] !== undefined) put(f);
  if (touched(PROJECTION_FIELDS)) PROJECTION_FIELDS.forEach(put);
  if (values.mode === "computed") {
    if (changes.mode !== undefined || touched(COMPUTED_FIELDS)) {
      COMPUTED_FIELDS.forEach(put);
      const cost = computedNetCost(values);
      if (defaults.netCostFromInput && cost !== null) out.netCostPerPersonYear = cost;
    }
  } else if (changes.mode !== undefined || touched(DIRECT_FIELDS)) {
    DIRECT_FIELDS.forEach(put);
  }
  if (changes.fleksjob !== undefined) out.fleksjobIsSelfSupporting = changes.fleksjob;
  if (changes.comparison !== undefined && defaults.comparisonAvailable)
    out.comparisonTrend = changes.comparison;
  return out;
}

/**
 * The changes that give back saved overrides (a colleague opening the same workbook). Each
 * saved value is read as the input sheet would read it, so "j", "dec 2018" or a number saved
 * as text come back too; one that does not read is left to the data.
 */
export function changesFromOverrides(
  overrides: AssumptionOverrides,
  language: Language
): FormChanges {
  const text: Partial<Record<TextField, string>> = {};
  const read = (spec: AssumptionSpec): AssumptionValue | null => {
    const saved = overrides[spec.key];
    if (saved === undefined) return null;
    const parsed = parseAssumption(spec, saved);
    return parsed.ok ? parsed.value : null;
  };
  for (const spec of TEXT_SPECS) {
    const v = read(spec);
    if (typeof v === "number" || typeof v === "string")
      text[spec.key as TextField] = assumptionText(spec, v, language);
  }
  const mode: NetCostMode | undefined = COMPUTED_FIELDS.some((f) => text[f] !== undefined)
    ? "computed"
    : DIRECT_FIELDS.some((f) => text[f] !== undefined)
      ? "direct"
      : undefined;
  const fleksjob = read(assumptionSpec("fleksjobIsSelfSupporting"));
  const comparison = read(assumptionSpec("comparisonTrend"));
  return {
    text,
    ...(mode === undefined ? {} : { mode }),
    ...(typeof fleksjob === "boolean" ? { fleksjob } : {}),
    ...(typeof comparison === "boolean" ? { comparison } : {}),
  };
}
