/** Step 3, Forhåndsvisning: the report's key figures and caseload chart, before anything is written. */
import type { Language } from "../i18n";
import type { ReportPlan } from "../report/plan";
import { CaseloadChart } from "./CaseloadChart";
import { caseloadChart } from "./chart-data";
import { ErrorRegion } from "./controls";
import { KeyFigureCards } from "./KeyFigureCards";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { classes } from "./styles";

export interface PreviewStepProps {
  readonly t: Translate;
  readonly language: Language;
  readonly plan: ReportPlan | null;
  readonly error: string | null;
}

export function PreviewStep({ t, language, plan, error }: PreviewStepProps) {
  const chart = plan === null ? null : caseloadChart(plan);
  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("previewIntro")}</p>
      <ErrorRegion title={t("errorTitle")} error={error} />
      <div role="status" aria-live="polite">
        {plan === null && error === null && <p>{t("building")}</p>}
      </div>
      {plan !== null && (
        <>
          <h3 className={classes.subheading}>{t("keyFigures")}</h3>
          <KeyFigureCards figures={plan.keyFigures} />
          <h3 className={classes.subheading}>{t("chartHeading")}</h3>
          {chart === null ? (
            <p>{t("chartNone")}</p>
          ) : (
            <CaseloadChart data={chart} t={t} language={language} />
          )}
          {plan.notes.length > 0 && (
            <>
              <h3 className={classes.subheading}>{t("notes")}</h3>
              <ul className={classes.problems}>
                {plan.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
