/**
 * From the typed inputs to the report plan: the four result sheets and the key figures.
 * Host-neutral: the Office.js writer and the .xlsx writer both apply the plan.
 */
import { defaultNumberOf, defaultValueOf } from "../assumptions/catalogue";
import type { Language } from "../i18n";
import type { AssumptionKey, CaseInput, RangeRef } from "../input/model";
import { booleanOf, numberOf, resolveAssumptions } from "./assumptions";
import { buildAssumptionsSheet, madeBy, type RunInfo } from "./assumptions-sheet";
import { buildCaseloadSheet, type CaseloadFigures } from "./caseload-sheet";
import { buildEconomySheet, type EconomyTotals } from "./economy-sheet";
import { label, type LabelKey } from "./labels";
import { buildOverviewSheet } from "./overview-sheet";
import { buildSensitivitySheet } from "./sensitivity-sheet";
import type { ReportPlan, ReportSheetKind, SheetPlan } from "./plan";
import { withPage } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { a1, qualified } from "../sheet";

// The task pane's form takes its defaults from the same resolution, loaded with this chunk.
export { resolveAssumptions } from "./assumptions";

/**
 * Assumptions chosen in the task pane's assumptions step. They win over the input's
 * assumption table and KIK's defaults, and are shown with the source "chosen in the guide".
 * Each value is read as the input sheet reads it (the assumptions catalogue): rates and shares
 * as fractions, yes/no as a boolean or a yes/no word, `targetDate` as a month ("YYYY-MM").
 */
export type AssumptionOverrides = Partial<Record<AssumptionKey, number | boolean | string>>;

/** Options of one report run. */
export interface ReportOptions {
  readonly language: Language;
  /** The names the sheets get (see `resolveSheetNames`). */
  readonly sheetNames: Readonly<Record<ReportSheetKind, string>>;
  readonly inputRanges: Partial<
    Record<"budget" | "caseload" | "outcomes" | "assumptions" | "investment", RangeRef>
  >;
  readonly generatedAt: Date;
  readonly version: string;
  /** The input file's name, shown on the sheets. */
  readonly source?: string;
  /** Values from the task pane's assumptions step. */
  readonly overrides?: AssumptionOverrides;
}

function numberOrNull(
  value: number | null,
  address: string
): { value: number; address: string } | null {
  return value === null ? null : { value, address };
}

/**
 * KIK Sagstal's counterfactual over the credited months (the column left of the saved one, the
 * rows of the saved sum) and the baseline, when the savings are measured against the trend.
 */
function trendPart(
  caseload: { sheet: SheetPlan; figures: CaseloadFigures } | null
): Parameters<typeof buildSensitivitySheet>[0]["trend"] {
  const saved = caseload?.figures.saved;
  const baseline = caseload?.figures.baseline;
  if (caseload === null || saved === null || saved === undefined || !saved.trend) return null;
  if (baseline === null || baseline === undefined) return null;
  const m = /^SUM\((.+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)\)$/.exec(saved.sumAddress);
  if (m === null) return null;
  const column = [...(m[2] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[3]);
  const bottom = Number(m[4]);
  let sum = 0;
  for (const c of caseload.sheet.cells)
    if (c.column === column && c.row >= top && c.row <= bottom && typeof c.value === "number")
      sum += c.value;
  return {
    counterfactualRange: `${qualified(caseload.sheet.name, top, column, true)}:${a1(bottom, column, true)}`,
    months: bottom - top + 1,
    counterfactualSum: sum,
    baseline: { value: baseline.value, address: baseline.address },
  };
}

/** A sheet that only says why it is empty. */
function emptySheet(
  kind: ReportSheetKind,
  name: string,
  title: LabelKey,
  why: LabelKey,
  language: Language
): SheetPlan {
  const s = new SheetBuilder(kind, name);
  s.value(1, 1, label(title, {}, language), { style: "title" });
  s.value(3, 1, label(why, {}, language), { style: "note" });
  s.columnWidths([80]);
  return s.build();
}

/**
 * Builds the result sheets for `input`. Every figure that Excel can compute is a built-in
 * formula over the input cells (or over other result cells) with the engine's value cached.
 */
export function buildReport(input: CaseInput, options: ReportOptions): ReportPlan {
  const { language, sheetNames } = options;
  const firstYear =
    input.budget?.rows[0]?.year.value ?? input.caseload?.rows[0]?.month.value.year ?? null;
  const assumptions = resolveAssumptions(input, firstYear, language, options.overrides ?? {});
  const run: RunInfo = {
    generatedAt: options.generatedAt,
    version: options.version,
    inputRanges: options.inputRanges,
    ...(options.source === undefined ? {} : { source: options.source }),
  };
  const assumptionsSheet = buildAssumptionsSheet(
    sheetNames.assumptions,
    assumptions,
    run,
    language
  );
  const address = (key: Parameters<typeof numberOf>[1]) =>
    assumptionsSheet.addresses.get(key) ?? "0";
  const discountRate = numberOf(assumptions, "discountRate") ?? defaultNumberOf("discountRate");

  let economy: { sheet: SheetPlan; totals: EconomyTotals } | null = null;
  if (input.budget !== null && input.budget.rows.length > 0) {
    economy = buildEconomySheet(
      sheetNames.economy,
      input.budget,
      { value: discountRate, address: address("discountRate") },
      sheetNames.assumptions,
      language,
      options.generatedAt
    );
  }

  let caseload: { sheet: SheetPlan; figures: CaseloadFigures } | null = null;
  const targetNotes: string[] = [];
  if (input.caseload !== null && input.caseload.rows.length > 0) {
    const exit = numberOf(assumptions, "monthlyExitRate");
    const inflow = numberOf(assumptions, "monthlyInflow");
    const projection =
      exit !== null && inflow !== null
        ? {
            exitRate: { value: exit, address: address("monthlyExitRate") },
            inflow: { value: inflow, address: address("monthlyInflow") },
          }
        : null;
    const baseline = numberOf(assumptions, "baseline");
    const target = numberOf(assumptions, "target");
    const explicitDate = /^(\d{4})-(\d{2})$/.exec(
      String(assumptions.byKey.get("targetDate")?.value ?? "")
    );
    // The Mål assumption is always used: without a Måldato it takes the month of the caseload
    // table's last target (the catalogue's default for Måldato), and with neither a note says
    // why it cannot be placed.
    const lastTarget = [...input.caseload.rows].reverse().find((r) => r.target?.value != null);
    const targetDate =
      explicitDate ??
      (lastTarget === undefined
        ? null
        : ([
            "",
            String(lastTarget.month.value.year),
            String(lastTarget.month.value.month),
          ] as const));
    if (target !== null && targetDate === null)
      targetNotes.push(label("noteTargetWithoutDate", {}, language));
    caseload = buildCaseloadSheet(
      sheetNames.caseload,
      input.caseload,
      projection,
      numberOf(assumptions, "horizonYears") ?? defaultNumberOf("horizonYears"),
      sheetNames.assumptions,
      language,
      {
        ...(baseline === null
          ? {}
          : { baseline: { value: baseline, address: address("baseline") } }),
        ...(target === null || targetDate === null
          ? {}
          : {
              target: {
                value: target,
                address: address("target"),
                year: Number(targetDate[1]),
                month: Number(targetDate[2]),
              },
            }),
      },
      booleanOf(assumptions, "comparisonTrend", defaultValueOf("comparisonTrend") === true),
      // The strategy starts in January of the first budget year (docs/conventions.md).
      input.budget !== null && input.budget.rows.length > 0
        ? { year: input.budget.rows[0]!.year.value, month: 1 }
        : null,
      // Issue 10: the horizon and the comparison switch drive the caseload formulas live.
      {
        ...(assumptionsSheet.addresses.has("horizonYears")
          ? { horizonAddress: address("horizonYears") }
          : {}),
        ...(assumptionsSheet.addresses.has("comparisonTrend")
          ? { comparisonTrendAddress: address("comparisonTrend") }
          : {}),
        ...(input.budget !== null && input.budget.rows.length > 0
          ? { lastBudgetYear: input.budget.rows[input.budget.rows.length - 1]!.year.value }
          : {}),
        runDate: options.generatedAt,
      }
    );
  }

  // Issue 12: KIK Følsomhed over KIK Økonomi's years and the uncertainty assumptions.
  const located = (key: AssumptionKey) => {
    const value = numberOf(assumptions, key);
    return value === null ? null : { value, address: address(key) };
  };
  const lastCount =
    input.caseload === null
      ? undefined
      : [...input.caseload.rows].reverse().find((r) => r.count !== null && r.count.value !== null);
  const lastMonthCell = caseload?.figures.lastMeasuredMonth ?? null;
  const sensitivity =
    economy === null || input.budget === null
      ? null
      : buildSensitivitySheet(
          {
            name: sheetNames.sensitivity,
            unit: input.budget.unit,
            budget: input.budget,
            economySheet: sheetNames.economy,
            assumptionsSheet: sheetNames.assumptions,
            investmentTotal: economy.totals.investment,
            deadweight: located("deadweightShare") ?? { value: 0, address: "0" },
            netCost: located("netCostPerPersonYear"),
            discountRate: { value: discountRate, address: address("discountRate") },
            durability: located("durableExitShare") ?? {
              value: defaultNumberOf("durableExitShare"),
              address: String(defaultNumberOf("durableExitShare")),
            },
            optimismBias: located("optimismBias") ?? { value: 0, address: "0" },
            weeksOnBenefit: located("weeksOnBenefit"),
            comparisonTrend: caseload?.figures.saved?.trend === true,
            trend: trendPart(caseload),
            lastMeasured:
              lastCount === undefined || lastMonthCell === null || caseload === null
                ? null
                : {
                    address: lastMonthCell,
                    year: lastCount.month.value.year,
                    month: lastCount.month.value.month,
                    text: caseload.figures.current?.month ?? "",
                    ...(caseload.figures.current?.monthFormula === undefined
                      ? {}
                      : { textFormula: caseload.figures.current.monthFormula }),
                  },
          },
          language
        );

  const goal = numberOf(assumptions, "selfSupportingGoal");
  // Issue 11: the municipality names the overview's title (a formula over its cell) and the header.
  const municipalityValue = assumptions.byKey.get("municipality")?.value;
  const municipalityAddress = assumptionsSheet.addresses.get("municipality");
  const municipality =
    typeof municipalityValue === "string" && municipalityAddress !== undefined
      ? { value: municipalityValue, address: municipalityAddress }
      : null;
  const overview = buildOverviewSheet(
    {
      name: sheetNames.overview,
      municipality,
      madeBy: madeBy(run, language),
      unit: input.budget?.unit ?? null,
      economy: economy?.totals ?? null,
      caseload: caseload?.figures ?? null,
      outcomes: input.outcomes,
      fleksjobIsSelfSupporting: booleanOf(
        assumptions,
        "fleksjobIsSelfSupporting",
        defaultValueOf("fleksjobIsSelfSupporting") === true
      ),
      fleksjobAddress: assumptionsSheet.addresses.get("fleksjobIsSelfSupporting") ?? null,
      discountRate: { value: discountRate, address: address("discountRate") },
      goal: goal === null ? null : { value: goal, address: address("selfSupportingGoal") },
      netCost: numberOrNull(
        numberOf(assumptions, "netCostPerPersonYear"),
        address("netCostPerPersonYear")
      ),
      deadweight: numberOrNull(
        numberOf(assumptions, "deadweightShare"),
        address("deadweightShare")
      ),
      uncertainty: sensitivity?.overview ?? null,
    },
    language
  );

  const sheets: SheetPlan[] = [
    overview.sheet,
    economy?.sheet ??
      emptySheet("economy", sheetNames.economy, "economyTitle", "missingBudget", language),
    caseload?.sheet ??
      emptySheet("caseload", sheetNames.caseload, "caseloadTitle", "missingCaseload", language),
    assumptionsSheet.sheet,
    sensitivity?.sheet ??
      emptySheet(
        "sensitivity",
        sheetNames.sensitivity,
        "sensitivityTitle",
        "sensMissingBudget",
        language
      ),
  ].map((sheet) => withPage(sheet, language, municipality?.value ?? null));
  return {
    language,
    sheets,
    keyFigures: [...overview.keyFigures, ...(sensitivity?.keyFigures ?? [])],
    summary: overview.summary,
    notes: [...overview.notes, ...targetNotes, ...assumptions.notes],
    ...(sensitivity === null ? {} : { sensitivity: sensitivity.figures }),
  };
}
