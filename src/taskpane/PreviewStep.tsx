/**
 * Step 3, Forhåndsvisning: the report before anything is written, led by what a decision needs
 * (the conclusion, the headline figures, the economy chart); the caseload chart follows, and
 * every other key figure waits behind a disclosure, so a 320 px pane stays short.
 */
import type { Language } from "../i18n";
import { CaseloadChart } from "./CaseloadChart";
import { caseloadChart } from "./chart-data";
import { ErrorRegion } from "./controls";
import { EconomyChart, economyChartData } from "./EconomyChart";
import { KeyFigureCards } from "./KeyFigureCards";
import { previewSummary } from "./preview-summary";
import type { ReportPlan } from "../report/plan";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { classes } from "./styles";

export interface PreviewStepProps {
  readonly t: Translate;
  readonly language: Language;
  readonly plan: ReportPlan | null;
  readonly error: string | null;
}

function Preview({ t, language, plan }: { t: Translate; language: Language; plan: ReportPlan }) {
  const summary = previewSummary(plan);
  const chart = caseloadChart(plan);
  const economy = summary.economyChart;
  const economyTitle =
    economy === null || economy.unit === ""
      ? t("economyHeading")
      : t("economyHeadingUnit", { unit: economy.unit });
  // A note a card already explains (a figure that is missing, and why) is said once.
  const explained = new Set(plan.keyFigures.map((k) => k.explanation));
  const notes = plan.notes.filter((n) => !explained.has(n));
  return (
    <>
      {summary.conclusion.length > 0 && (
        <section aria-labelledby="kik-conclusion" className={classes.section}>
          <h3 id="kik-conclusion" className={classes.subheading}>
            {t("conclusionHeading")}
          </h3>
          {summary.conclusion.map((sentence, i) => (
            <p key={i}>{sentence}</p>
          ))}
        </section>
      )}
      {summary.headline.length > 0 && (
        <>
          <h3 className={classes.subheading}>{t("keyFigures")}</h3>
          <KeyFigureCards figures={summary.headline} />
        </>
      )}
      {economy !== null && (
        <>
          <h3 className={classes.subheading}>{economyTitle}</h3>
          <EconomyChart
            data={economyChartData(economy, economyTitle, t)}
            t={t}
            language={language}
          />
        </>
      )}
      <h3 className={classes.subheading}>{t("chartHeading")}</h3>
      {chart === null ? (
        <p>{t("chartNone")}</p>
      ) : (
        <CaseloadChart data={chart} t={t} language={language} />
      )}
      {summary.others.length > 0 && (
        <details>
          <summary className={classes.fieldLegend}>{t("allKeyFigures")}</summary>
          <KeyFigureCards figures={summary.others} />
        </details>
      )}
      {notes.length > 0 && (
        <>
          <h3 className={classes.subheading}>{t("notes")}</h3>
          <ul className={classes.problems}>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function PreviewStep({ t, language, plan, error }: PreviewStepProps) {
  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("previewIntro")}</p>
      <ErrorRegion title={t("errorTitle")} error={error} />
      <div role="status" aria-live="polite">
        {plan === null && error === null && <p>{t("building")}</p>}
      </div>
      {plan !== null && <Preview t={t} language={language} plan={plan} />}
    </section>
  );
}
