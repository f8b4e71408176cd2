/**
 * The assumptions a report rests on: the user's own (from the input's assumption table),
 * else KIK's documented defaults, else values KIK derives from the other tables. Each keeps
 * its source so the assumptions sheet can show where every number comes from. Names, units,
 * number formats, order and defaults are the assumptions catalogue's
 * (src/assumptions/catalogue.ts).
 */
// The resolved shapes and their accessors live with the catalogue, so that the task pane can read
// a resolution without carrying the report's code at start (`npm run bench`).
export {
  booleanOf,
  numberOf,
  type AssumptionCell,
  type Assumptions,
  type ResolvedAssumption,
} from "../assumptions/resolved";
import {
  ASSUMPTIONS,
  assumptionSpec,
  defaultNumberOf,
  defaultValueOf,
  parseAssumption,
  type AssumptionValue,
} from "../assumptions/catalogue";
import {
  MAX_KRONER,
  MAX_WEEKS_ON_BENEFIT,
  REFUND_STEPS,
  WEEKS_PER_YEAR,
  benefitRate,
  impliedExitRate,
  impliedInflow,
  netCostOfSpell,
} from "../engine";

/**
 * The net cost of a person-year (52 weeks) after `weeksOnBenefit` weeks already on benefit, as
 * a formula: monthly rate × 12 / 52 × Σ over the staircase's steps of (weeks of the year in the
 * step × the municipality's share) + the service cost; #NUM! ({@link NUM_ERROR}) beyond the limits of
 * src/engine/limits.ts. The same integral as the engine's `netCostOfSpell`.
 */
function staircaseFormula(at: (key: AssumptionKey) => string): string {
  const w = at("weeksOnBenefit");
  const rate = at("monthlyBenefitRate");
  const service = at("serviceCostPerYear");
  const year = WEEKS_PER_YEAR;
  const terms = REFUND_STEPS.map((step, i) => {
    const from = i === 0 ? 0 : (REFUND_STEPS[i - 1] as (typeof REFUND_STEPS)[number]).lastWeek;
    const upper = Number.isFinite(step.lastWeek)
      ? `MIN(${w}+${year},${step.lastWeek})`
      : `${w}+${year}`;
    return `MAX(0,${upper}-MAX(${w},${from}))*${step.municipal}`;
  }).join("+");
  const absurd = `OR(${rate}>${MAX_KRONER},${w}>${MAX_WEEKS_ON_BENEFIT},${service}>${MAX_KRONER})`;
  return `IF(${absurd},${NUM_ERROR},${rate}*12/${year}*(${terms})+${service})`;
}
import type { Language } from "../i18n";
import type { AssumptionKey, CaseInput, CaseloadRow, Sourced } from "../input/model";
import type { AssumptionCell, Assumptions, ResolvedAssumption } from "../assumptions/resolved";
import { FORMATS, numberText, percentText, textLiteral, yesFormula } from "./format";
import { label, type LabelKey } from "./labels";
import { inputRef, NUM_ERROR } from "./sheet-builder";

/** The known assumptions in the order the sheet lists them (the catalogue's order). */
export const ASSUMPTION_ORDER: readonly AssumptionKey[] = ASSUMPTIONS.map((a) => a.key);

/** The report's name of an assumption. */
function nameOf(key: AssumptionKey, language: Language): string {
  return label(assumptionSpec(key).report.label, {}, language);
}

/** The report's unit and number format of an assumption. */
function unitOf(key: AssumptionKey, language: Language): { unit: string; numberFormat?: string } {
  const spec = assumptionSpec(key);
  const unit = spec.report.unit === null ? "" : label(spec.report.unit, {}, language);
  return spec.numberFormat === null ? { unit } : { unit, numberFormat: spec.numberFormat };
}

function months(from: CaseloadRow, to: CaseloadRow): number {
  return (
    (to.month.value.year - from.month.value.year) * 12 +
    (to.month.value.month - from.month.value.month)
  );
}

/** A cell reference usable in a formula: only when the cell held a real number. */
function formulaRef(s: Sourced<unknown>): string | null {
  return s.fromText === true || typeof s.value !== "number" ? null : inputRef(s.ref);
}

/**
 * Resolves every assumption the report uses.
 * @param firstYear - the first budget year (for the default benefit rate), or null
 */
export function resolveAssumptions(
  input: CaseInput,
  firstYear: number | null,
  language: Language,
  overrides: Partial<Record<AssumptionKey, number | boolean | string>> = {}
): Assumptions {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const byKey = new Map<AssumptionKey, ResolvedAssumption>();
  const unused: ResolvedAssumption[] = [];
  const notes: string[] = [];

  /** A known assumption with the catalogue's name, unit and format. */
  const resolved = (
    key: AssumptionKey,
    value: AssumptionValue,
    source: string,
    cell: AssumptionCell,
    isDefault: boolean
  ): ResolvedAssumption => {
    const { unit, numberFormat } = unitOf(key, language);
    return {
      key,
      name: nameOf(key, language),
      value,
      unit,
      source,
      cell,
      isDefault,
      ...(numberFormat === undefined ? {} : { numberFormat }),
    };
  };

  // The guide's choices first: they win over the input table and the defaults. Each is read as
  // the input sheet would read it (saved settings may hold "j" or "dec 2018"); one that does
  // not read is left out.
  for (const key of Object.keys(overrides) as AssumptionKey[]) {
    const given = overrides[key];
    if (given === undefined) continue;
    const parsed = parseAssumption(assumptionSpec(key), given);
    if (parsed.ok)
      byKey.set(key, resolved(key, parsed.value, l("chosenInGuide"), { kind: "literal" }, false));
  }

  for (const row of input.assumptions) {
    const source =
      row.source !== "" ? row.source : l("fromInput", { cell: inputRef(row.name.ref, false) });
    // Issue 11: a text assumption (the municipality) follows its input cell too; `&""` so a
    // blanked cell reads "" (a bare reference would show 0).
    const ref =
      row.key !== null && assumptionSpec(row.key).kind === "text"
        ? `${inputRef(row.value.ref)}&""`
        : formulaRef(row.value);
    const base = {
      name: row.name.value,
      value: row.value.value,
      unit: row.unit,
      source,
      isDefault: false,
    };
    if (row.key === null || byKey.has(row.key)) {
      unused.push({
        ...base,
        key: null,
        source: `${source} ${l("unusedAssumption")}`,
        cell: { kind: "literal" },
      });
      continue;
    }
    const { unit, numberFormat } = unitOf(row.key, language);
    if (row.value.fromText === true && typeof row.value.value === "number") {
      notes.push(
        l(row.value.rescaled === true ? "noteRescaledValue" : "noteTextValue", {
          cell: inputRef(row.value.ref, false),
          value: row.value.value,
        })
      );
    }
    byKey.set(row.key, {
      ...base,
      key: row.key,
      name: nameOf(row.key, language),
      unit: row.unit !== "" ? row.unit : unit,
      ...(numberFormat === undefined ? {} : { numberFormat }),
      cell:
        typeof row.value.value === "boolean"
          ? // Yes/no as the input cell says it, by formula, so editing it recomputes.
            {
              kind: "input",
              formula: `IF(${yesFormula(inputRef(row.value.ref))},${textLiteral(l("yes"))},${textLiteral(l("no"))})`,
            }
          : ref === null
            ? { kind: "literal" }
            : { kind: "input", formula: ref },
      ...(ref === null && typeof row.value.value === "number"
        ? {
            fixedReason: l(
              row.value.rescaled === true ? "fixedReasonRescaled" : "fixedReasonText",
              { cell: inputRef(row.value.ref, false) }
            ),
          }
        : {}),
    });
  }

  const put = (
    key: AssumptionKey,
    value: number | boolean,
    source: string,
    cell: AssumptionCell,
    isDefault: boolean,
    fixedReason?: string
  ) => {
    if (byKey.has(key)) return;
    const made = resolved(key, value, source, cell, isDefault);
    const r = fixedReason === undefined ? made : { ...made, fixedReason };
    byKey.set(key, r);
    const { numberFormat } = r;
    if (isDefault) {
      const shown =
        typeof value === "boolean"
          ? l(value ? "yes" : "no")
          : numberFormat === FORMATS.percent
            ? percentText(value, language)
            : numberText(value, language, Number.isInteger(value) ? 0 : 2);
      notes.push(l("noteDefault", { name: nameOf(key, language), value: shown, source }));
    }
  };
  const literal: AssumptionCell = { kind: "literal" };

  // KIK's defaults, in the catalogue's order: fixed values, the horizon from the budget, the
  // year's benefit rate from KIK's rate table.
  const years = input.budget?.rows.length ?? 0;
  for (const spec of ASSUMPTIONS) {
    const d = spec.default;
    if (d.kind === "value") {
      put(spec.key, d.value, l("defaultSource", { source: l(d.source) }), literal, true);
    } else if (spec.key === "horizonYears") {
      const source = l("defaultSource", { source: l("srcHorizon") });
      put(spec.key, years > 0 ? years : defaultNumberOf(spec.key), source, literal, true);
    } else if (spec.key === "monthlyBenefitRate" && firstYear !== null) {
      const rate = benefitRate(firstYear, "over30WithoutChildren");
      if (rate.ok)
        put(
          spec.key,
          rate.value,
          l("defaultSource", { source: l("srcMonthlyRate", { year: String(firstYear) }) }),
          literal,
          true
        );
    }
  }
  const comparisons = (input.caseload?.rows ?? []).filter(
    (r) => r.comparison !== null && r.comparison.value !== null
  );
  const trend = defaultValueOf("comparisonTrend");
  if (comparisons.length >= 2 && typeof trend === "boolean")
    put("comparisonTrend", trend, l("derived", { how: l("srcComparison") }), literal, false);

  const rate = byKey.get("monthlyBenefitRate");
  const weeks = byKey.get("weeksOnBenefit");
  const service = byKey.get("serviceCostPerYear");
  if (
    rate !== undefined &&
    typeof rate.value === "number" &&
    typeof weeks?.value === "number" &&
    typeof service?.value === "number"
  ) {
    const cost = netCostOfSpell({
      monthlyRate: rate.value,
      weeksAlreadyOnBenefit: weeks.value,
      weeks: 52,
      serviceCostPerYear: service.value,
    });
    if (cost.ok) {
      // The refund staircase by formula over the assumptions' cells (the steps written out from
      // src/engine/refund.ts), so editing the weeks on benefit, the rate or the service cost
      // recomputes the net cost as KIK would; an absurd input gives #NUM! (docs/conventions.md).
      put(
        "netCostPerPersonYear",
        cost.value,
        l("derived", { how: l("srcNetCostByStaircase") }),
        { kind: "derived", formula: staircaseFormula },
        false
      );
    }
  }

  const caseload = input.caseload?.rows ?? [];
  const withOriginal = caseload.filter((r) => r.original !== null && r.original.value !== null);
  const firstOriginal = withOriginal[0];
  const lastOriginal = withOriginal[withOriginal.length - 1];
  if (
    firstOriginal !== undefined &&
    lastOriginal !== undefined &&
    months(firstOriginal, lastOriginal) > 0
  ) {
    const from = firstOriginal.original as Sourced<number | null>;
    const to = lastOriginal.original as Sourced<number | null>;
    const m = months(firstOriginal, lastOriginal);
    const exit = impliedExitRate(from.value as number, to.value as number, m);
    if (exit.ok) {
      const fromRef = formulaRef(from);
      const toRef = formulaRef(to);
      put(
        "monthlyExitRate",
        exit.value,
        l("derived", {
          how: l("srcExitRate", { from: from.value as number, to: to.value as number, months: m }),
        }),
        fromRef !== null && toRef !== null
          ? { kind: "derived", formula: () => `1-(${toRef}/${fromRef})^(1/${m})` }
          : literal,
        false,
        fromRef !== null && toRef !== null ? undefined : l("fixedReasonDerivedFromText")
      );
      const withNewcomers = caseload.filter(
        (r) =>
          r.newcomers !== null &&
          r.newcomers.value !== null &&
          months(caseload[0] as CaseloadRow, r) > 0
      );
      const lastNew = withNewcomers[withNewcomers.length - 1];
      // The inflow follows the exit rate in force (the user's, if given), as its formula does.
      const inForce = byKey.get("monthlyExitRate")?.value;
      if (lastNew !== undefined && typeof inForce === "number") {
        const n = lastNew.newcomers as Sourced<number | null>;
        const mn = months(caseload[0] as CaseloadRow, lastNew);
        const inflow = impliedInflow(n.value as number, inForce, mn);
        const nRef = formulaRef(n);
        if (inflow.ok) {
          put(
            "monthlyInflow",
            inflow.value,
            l("derived", { how: l("srcInflow", { newcomers: n.value as number, months: mn }) }),
            nRef !== null && inForce > 0
              ? {
                  kind: "derived",
                  formula: (at) =>
                    `${nRef}*${at("monthlyExitRate")}/(1-(1-${at("monthlyExitRate")})^${mn})`,
                }
              : literal,
            false,
            nRef === null ? l("fixedReasonDerivedFromText") : undefined
          );
        }
      }
    }
  }
  return { byKey, unused, notes };
}
