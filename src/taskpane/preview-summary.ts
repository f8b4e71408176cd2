/**
 * What the preview leads with: the conclusion, the headline key figures in order and the
 * economy chart's data per budget year. The report plan carries this as `plan.summary`
 * (src/report/plan.ts, issue 11); {@link previewSummary} takes it from there.
 *
 * ADAPTER (until `ReportPlan.summary` is merged): {@link deriveSummary} derives the same shape
 * from today's plan — its key figures and KIK Økonomi's cells, found by their headers. Delete
 * it, and the cast in {@link previewSummary}, once every plan has `summary`.
 */
import type { Language } from "../i18n";
import type { MoneyUnit } from "../input/model";
import { moneyText, unitText } from "../report/format";
import { label } from "../report/labels";
import type { KeyFigure, PlannedCell, ReportPlan } from "../report/plan";
import { message } from "./messages";

/**
 * The economy chart's data: one entry per budget year, amounts in the budget's unit (the shape
 * of the report's `EconomyChartData`).
 */
export interface EconomyChartData {
  /** The budget's unit as the report writes it ("mio. kr."). */
  readonly unit: string;
  readonly years: readonly number[];
  /** Budgeted net effect per year (null: blank). */
  readonly budget: readonly (number | null)[];
  /** Actual net effect per year (null: not known yet). */
  readonly actual: readonly (number | null)[];
  readonly cumulativeBudget: readonly number[];
  /** Running sum of the actual years (null from the first year without one). */
  readonly cumulativeActual: readonly (number | null)[];
  /** Actual where known, else the budget: the re-forecast, cumulated. */
  readonly cumulativeForecast: readonly number[];
}

/** The report's summary as the preview uses it (the shape of `ReportPlan.summary`). */
export interface PlanSummary {
  /** Two or three sentences, in the plan's language. */
  readonly conclusion: readonly string[];
  /** The headline figures, in the order a decision needs them. */
  readonly headline: readonly KeyFigure[];
  /** null: no budget, or a single year (no chart). */
  readonly economyChart: EconomyChartData | null;
}

/** Key figures of the uncertainty analysis (issue 12) shown among the headline cards. */
export const UNCERTAINTY_FIGURES: readonly string[] = ["chanceOfGain", "breakevenDeadweight"];

/** The preview's split of the plan: the summary, and every other key figure. */
export interface PreviewSummary extends PlanSummary {
  readonly others: readonly KeyFigure[];
}

/** The plan's summary (or, until it has one, the adapter's), with the remaining key figures. */
export function previewSummary(plan: ReportPlan): PreviewSummary {
  const given = (plan as { readonly summary?: PlanSummary }).summary;
  const summary = given ?? deriveSummary(plan);
  const ids = new Set(summary.headline.map((k) => k.id));
  const extra = plan.keyFigures.filter((k) => UNCERTAINTY_FIGURES.includes(k.id) && !ids.has(k.id));
  const headline = [...summary.headline, ...extra];
  // A figure the headline shows (same label and value) is not shown twice; one that shares an
  // id but says something else (the budget's payback beside the headline's) stays.
  const seen = (k: KeyFigure) => `${k.label}\u0000${k.text}`;
  const shown = new Set(headline.map(seen));
  return {
    ...summary,
    headline,
    others: plan.keyFigures.filter((k) => !shown.has(seen(k))),
  };
}

// ---- ADAPTER: remove with `ReportPlan.summary` ----------------------------------------------

/** Today's key figures that answer the headline questions, in the order. */
const HEADLINE_IDS = ["actual", "variance", "netGain", "payback", "progress", "selfSupporting"];

/** KIK Økonomi's year rows by column, read from the plan's cells under the table's headers. */
function economyTable(plan: ReportPlan) {
  const sheet = plan.sheets.find((s) => s.kind === "economy");
  const table = sheet?.tables[0];
  if (sheet === undefined || table === undefined) return null;
  const cells = new Map<string, PlannedCell["value"]>();
  for (const c of sheet.cells) cells.set(`${c.row},${c.column}`, c.value);
  const l = (key: "year" | "budgeted" | "actual") => label(key, {}, plan.language);
  const columnOf = (name: string) => {
    for (let c = table.left; c <= table.right; c++) {
      const h = String(cells.get(`${table.top},${c}`) ?? "");
      if (h === name || h.startsWith(`${name} (`)) return c;
    }
    return null;
  };
  const budgeted = columnOf(l("budgeted"));
  const header = budgeted === null ? "" : String(cells.get(`${table.top},${budgeted}`));
  const unit = /\(([^)]*)\)$/.exec(header)?.[1] ?? "";
  const column = (c: number | null) => {
    const out: (number | null)[] = [];
    // The last row is the totals row.
    for (let r = table.top + 1; r < table.bottom; r++) {
      const v = c === null ? null : cells.get(`${r},${c}`);
      out.push(typeof v === "number" && Number.isFinite(v) ? v : null);
    }
    return out;
  };
  return {
    unit,
    years: column(columnOf(l("year"))),
    budget: column(budgeted),
    actual: column(columnOf(l("actual"))),
  };
}

/** Running sums; null from the first gap on when `stopAtGap`, else a gap counts as 0. */
function runningSum(values: readonly (number | null)[], stopAtGap: boolean): (number | null)[] {
  let sum = 0;
  let open = true;
  return values.map((v) => {
    if (v === null && stopAtGap) open = false;
    if (!open) return null;
    sum += v ?? 0;
    return sum;
  });
}

/** The summary derived from a plan without one (see the module's note). */
export function deriveSummary(plan: ReportPlan): PlanSummary {
  const byId = new Map(plan.keyFigures.map((k) => [k.id, k]));
  const headline = HEADLINE_IDS.flatMap((id) => byId.get(id) ?? []);
  const e = economyTable(plan);
  if (e === null || e.years.length < 2 || e.years.some((y) => y === null))
    return { conclusion: [], headline, economyChart: null };
  const economyChart: EconomyChartData = {
    unit: e.unit,
    years: e.years as number[],
    budget: e.budget,
    actual: e.actual,
    cumulativeBudget: runningSum(e.budget, false) as number[],
    cumulativeActual: runningSum(e.actual, true),
    cumulativeForecast: runningSum(
      e.actual.map((a, i) => a ?? e.budget[i] ?? null),
      false
    ) as number[],
  };
  return { conclusion: conclusionOf(economyChart, plan.language), headline, economyChart };
}

/** One sentence: the actual result so far against the budget for the same years. */
function conclusionOf(e: EconomyChartData, language: Language): string[] {
  const known = e.actual.flatMap((v, i) => (v === null ? [] : [i]));
  if (known.length === 0) return [];
  const last = known[known.length - 1] as number;
  const money = (v: number) => {
    const u = (["kr", "t.kr", "mio.kr"] as MoneyUnit[]).find(
      (m) => unitText(m, language) === e.unit
    );
    return u === undefined ? String(v) : moneyText(v, u, language);
  };
  return [
    message(
      "conclusionSoFar",
      {
        from: String(e.years[0]),
        to: String(e.years[last]),
        actual: money(e.cumulativeActual[last] ?? 0),
        budget: money(e.cumulativeBudget[last] ?? 0),
      },
      language
    ),
  ];
}
