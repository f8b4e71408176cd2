/**
 * What the preview leads with: the conclusion, the headline key figures in order and the
 * economy chart's data per budget year, taken from the report plan's `summary`
 * (src/report/plan.ts, issue 11) — the same sentences and figures KIK Overblik shows at the top.
 */
import type { KeyFigure, ReportPlan, ReportSummary } from "../report/plan";

export type { EconomyChartData } from "../report/plan";

/** Key figures of the uncertainty analysis (issue 12) shown among the headline cards. */
export const UNCERTAINTY_FIGURES: readonly string[] = ["chanceOfGain", "breakevenDeadweight"];

/** The preview's split of the plan: the summary, and every other key figure. */
export interface PreviewSummary extends ReportSummary {
  readonly others: readonly KeyFigure[];
}

/** The plan's summary, the uncertainty figures added to its headline, and the remaining key figures. */
export function previewSummary(plan: ReportPlan): PreviewSummary {
  const summary = plan.summary;
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
