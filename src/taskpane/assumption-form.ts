/**
 * The assumptions step as plain data: what the fields show before the user touches them (from
 * the input and KIK's defaults, exactly as the report would resolve them), inline validation,
 * and the {@link AssumptionOverrides} the user's changes turn into. No React here.
 */
import { netCostOfSpell } from "../engine/refund";
import type { Language } from "../i18n";
import type { CaseInput } from "../input/model";
import { booleanOf, numberOf, resolveAssumptions } from "../report/assumptions";
import type { AssumptionOverrides } from "../report/build";
import { message, type TaskpaneMessageKey } from "./messages";
import { readTyped, typedText } from "./numbers";

/** The text fields of the step. */
export type TextField =
  | "discountRate"
  | "monthlyBenefitRate"
  | "weeksOnBenefit"
  | "serviceCostPerYear"
  | "netCostPerPersonYear"
  | "baseline"
  | "target"
  | "targetDate"
  | "horizonYears";

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

const TEXT_FIELDS: readonly TextField[] = [
  "discountRate",
  "monthlyBenefitRate",
  "weeksOnBenefit",
  "serviceCostPerYear",
  "netCostPerPersonYear",
  "baseline",
  "target",
  "targetDate",
  "horizonYears",
];

const COMPUTED_FIELDS: readonly TextField[] = [
  "monthlyBenefitRate",
  "weeksOnBenefit",
  "serviceCostPerYear",
];

function monthText(year: number, month: number): string {
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** The first year of the case, as the report uses it for the default benefit rate. */
export function firstYearOf(input: CaseInput): number | null {
  return input.budget?.rows[0]?.year.value ?? input.caseload?.rows[0]?.month.value.year ?? null;
}

/** The fields' values before the user changes anything. */
export function formDefaults(input: CaseInput, language: Language): FormDefaults {
  const firstYear = firstYearOf(input);
  const a = resolveAssumptions(input, firstYear, language);
  const num = (key: Parameters<typeof numberOf>[1], digits = 2) => {
    const v = numberOf(a, key);
    return v === null ? "" : typedText(v, language, digits);
  };
  const rows = input.caseload?.rows ?? [];
  const firstCount = rows.find((r) => r.count.value !== null);
  const withTarget = rows.filter((r) => r.target !== null && r.target.value !== null);
  const lastTarget = withTarget[withTarget.length - 1];
  const baseline = numberOf(a, "baseline") ?? firstCount?.count.value ?? null;
  const target = numberOf(a, "target") ?? lastTarget?.target?.value ?? null;
  const statedDate = a.byKey.get("targetDate")?.value;
  const targetDate =
    typeof statedDate === "string"
      ? statedDate
      : lastTarget !== undefined
        ? monthText(lastTarget.month.value.year, lastTarget.month.value.month)
        : "";
  const discount = numberOf(a, "discountRate") ?? 0.035;
  const netCostFromInput = input.assumptions.some((r) => r.key === "netCostPerPersonYear");
  return {
    text: {
      discountRate: typedText(discount * 100, language, 4),
      monthlyBenefitRate: num("monthlyBenefitRate"),
      weeksOnBenefit: num("weeksOnBenefit"),
      serviceCostPerYear: num("serviceCostPerYear"),
      netCostPerPersonYear: num("netCostPerPersonYear"),
      baseline: baseline === null ? "" : typedText(baseline, language),
      target: target === null ? "" : typedText(target, language),
      targetDate,
      horizonYears: num("horizonYears", 0),
    },
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

/** How a field is checked. */
interface Rule {
  readonly name: TaskpaneMessageKey;
  readonly example: string;
  readonly required: boolean;
  readonly whole?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The range as the message shows it. */
  readonly range?: (language: Language) => [string, string];
}

const RULES: Readonly<Record<Exclude<TextField, "targetDate">, Rule>> = {
  discountRate: {
    name: "discountRateName",
    example: "3,5",
    required: true,
    min: 0,
    max: 100,
    range: (l) => (l === "da" ? ["0 %", "100 %"] : ["0%", "100%"]),
  },
  // Blank is allowed: a year without a default rate then has no net cost, as in the report.
  monthlyBenefitRate: { name: "monthlyRateName", example: "10.968", required: false, min: 0 },
  weeksOnBenefit: { name: "weeksOnBenefitName", example: "52", required: true, min: 0 },
  serviceCostPerYear: { name: "serviceCostName", example: "0", required: true, min: 0 },
  netCostPerPersonYear: {
    name: "netCostAmountName",
    example: "118.330",
    required: true,
    min: 0,
  },
  baseline: { name: "baselineName", example: "1.008", required: false, whole: true, min: 0 },
  target: { name: "targetName", example: "500", required: false, whole: true, min: 0 },
  horizonYears: {
    name: "horizonName",
    example: "4",
    required: true,
    whole: true,
    min: 1,
    max: 100,
    range: () => ["1", "100"],
  },
};

const EXAMPLES_EN: Partial<Record<TextField, string>> = {
  discountRate: "3.5",
  monthlyBenefitRate: "10968",
  netCostPerPersonYear: "118330",
  baseline: "1008",
};

/** "2018-12" → [2018, 12], or null. */
function parseMonth(text: string): [number, number] | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return [year, month];
}

/** Fields that take part given the net cost mode. */
function activeFields(mode: NetCostMode): TextField[] {
  return TEXT_FIELDS.filter((f) =>
    mode === "computed" ? f !== "netCostPerPersonYear" : !COMPUTED_FIELDS.includes(f)
  );
}

/** The number in a field, or the message that names the field and says what is wrong. */
function check(
  field: TextField,
  text: string,
  language: Language
): { value: number | string | null; error: string | null } {
  const m = (key: TaskpaneMessageKey, p: Record<string, string | number> = {}) =>
    message(key, p, language);
  if (field === "targetDate") {
    if (text.trim() === "") return { value: null, error: null };
    const ym = parseMonth(text);
    if (ym === null) return { value: null, error: m("errMonth", { field: m("targetDateName") }) };
    return { value: monthText(ym[0], ym[1]), error: null };
  }
  const rule = RULES[field];
  const name = m(rule.name);
  const example = language === "en" ? (EXAMPLES_EN[field] ?? rule.example) : rule.example;
  const typed = readTyped(text);
  if (typed.kind === "blank") {
    return rule.required
      ? { value: null, error: m("errRequired", { field: name, example }) }
      : { value: null, error: null };
  }
  if (typed.kind === "text")
    return { value: null, error: m("errNotNumber", { field: name, example }) };
  const v = typed.value;
  if (rule.range !== undefined && (v < (rule.min ?? -Infinity) || v > (rule.max ?? Infinity))) {
    const [min, max] = rule.range(language);
    return { value: null, error: m("errRange", { field: name, min, max }) };
  }
  if (rule.min === 0 && v < 0) return { value: null, error: m("errNegative", { field: name }) };
  if (rule.whole === true && !Number.isInteger(v))
    return { value: null, error: m("errWhole", { field: name, example }) };
  return { value: v, error: null };
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

/** The net cost computed from the benefit, weeks and service cost, or null if they are invalid. */
export function computedNetCost(values: FormValues): number | null {
  const n = (f: TextField) => {
    const t = readTyped(values.text[f]);
    return t.kind === "number" ? t.value : null;
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
 * The overrides for the report: only what the user changed or confirmed. The computed net
 * cost's three inputs go in together once any of them (or the mode) was touched; the net cost
 * itself only when typed, or when the input's own net cost would otherwise win.
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
    if (error !== null || value === null) return;
    out[field] = field === "discountRate" ? (value as number) / 100 : value;
  };
  for (const f of ["discountRate", "baseline", "target", "targetDate", "horizonYears"] as const)
    if (changes.text[f] !== undefined) put(f);
  if (values.mode === "computed") {
    const touched =
      changes.mode !== undefined || COMPUTED_FIELDS.some((f) => changes.text[f] !== undefined);
    if (touched) {
      COMPUTED_FIELDS.forEach(put);
      const cost = computedNetCost(values);
      if (defaults.netCostFromInput && cost !== null) out.netCostPerPersonYear = cost;
    }
  } else if (changes.mode !== undefined || changes.text.netCostPerPersonYear !== undefined) {
    put("netCostPerPersonYear");
  }
  if (changes.fleksjob !== undefined) out.fleksjobIsSelfSupporting = changes.fleksjob;
  if (changes.comparison !== undefined && defaults.comparisonAvailable)
    out.comparisonTrend = changes.comparison;
  return out;
}

/** The changes that give back saved overrides (a colleague opening the same workbook). */
export function changesFromOverrides(
  overrides: AssumptionOverrides,
  language: Language
): FormChanges {
  const text: Partial<Record<TextField, string>> = {};
  const num = (v: unknown, digits = 2) =>
    typeof v === "number" ? typedText(v, language, digits) : undefined;
  const set = (f: TextField, v: string | undefined) => {
    if (v !== undefined) text[f] = v;
  };
  const rate = overrides.discountRate;
  set("discountRate", typeof rate === "number" ? typedText(rate * 100, language, 4) : undefined);
  for (const f of [
    "monthlyBenefitRate",
    "weeksOnBenefit",
    "serviceCostPerYear",
    "netCostPerPersonYear",
    "baseline",
    "target",
  ] as const)
    set(f, num(overrides[f]));
  set("horizonYears", num(overrides.horizonYears, 0));
  if (typeof overrides.targetDate === "string") text.targetDate = overrides.targetDate;
  const computed = COMPUTED_FIELDS.some((f) => overrides[f] !== undefined);
  const mode: NetCostMode | undefined = computed
    ? "computed"
    : overrides.netCostPerPersonYear !== undefined
      ? "direct"
      : undefined;
  const fleksjob = overrides.fleksjobIsSelfSupporting;
  const comparison = overrides.comparisonTrend;
  return {
    text,
    ...(mode === undefined ? {} : { mode }),
    ...(typeof fleksjob === "boolean" ? { fleksjob } : {}),
    ...(typeof comparison === "boolean" ? { comparison } : {}),
  };
}
