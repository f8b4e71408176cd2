/** Step 4, Skriv: writes the result sheets with progress, then links to each sheet. */
import { Button, makeStyles, ProgressBar, tokens, useId } from "@fluentui/react-components";
import { Notice } from "./controls";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { classes } from "./styles";
import type { WriteState } from "./wizard-state";

export type { WriteState } from "./wizard-state";

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  link: {
    minWidth: 0,
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    fontWeight: tokens.fontWeightRegular,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
  },
});

export interface WriteStepProps {
  readonly t: Translate;
  readonly state: WriteState;
  readonly onWrite: () => void;
  readonly onActivate: (sheet: string) => void;
}

export function WriteStep({ t, state, onWrite, onActivate }: WriteStepProps) {
  const styles = useStyles();
  const writing = state.phase === "writing";
  const id = useId("write");
  const overview = state.phase === "done" ? state.overview : undefined;
  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("writeIntro")}</p>
      <div className={classes.actions}>
        {/* After writing, opening KIK Overblik is the main action; writing again comes second. */}
        {overview !== undefined && (
          <Button key="open" appearance="primary" onClick={() => onActivate(overview)}>
            {t("goToSheet", { sheet: overview })}
          </Button>
        )}
        {/* One button through every state, so keyboard focus stays on it. */}
        <Button
          key="write"
          appearance={overview === undefined ? "primary" : "secondary"}
          disabledFocusable={writing}
          onClick={onWrite}
        >
          {state.phase === "done"
            ? t("writeAgain")
            : state.phase === "failed"
              ? t("retry")
              : t("writeButton")}
        </Button>
      </div>
      {writing && (
        <div className={styles.progress}>
          <span id={`${id}-label`}>{t("progressLabel")}</span>
          <ProgressBar
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-text`}
            value={state.total > 0 ? state.done / state.total : undefined}
            max={1}
            thickness="large"
          />
          <span id={`${id}-text`} className={classes.hint}>
            {state.total > 0
              ? t("progressText", { done: state.done, total: state.total })
              : t("writing")}
          </span>
        </div>
      )}
      <div role="status" aria-live="polite">
        {writing && <p className={classes.hint}>{t("writing")}</p>}
        {state.phase === "done" && (
          <Notice intent="success" title={t("writeDone")}>
            {state.recalculated === true ? t("manualCalculation") : undefined}
          </Notice>
        )}
      </div>
      <div role="alert">
        {state.phase === "failed" && (
          <Notice intent="error" title={t("writeFailed")}>
            {state.error}
          </Notice>
        )}
        {state.phase === "done" && state.error !== undefined && (
          <Notice intent="error" title={t("errorTitle")}>
            {state.error}
          </Notice>
        )}
      </div>
      {state.phase === "done" && (
        <nav aria-label={t("sheetLinks")}>
          <h3 className={classes.subheading}>{t("sheetLinks")}</h3>
          <ul className={styles.links}>
            {state.sheets.map((name) => (
              <li key={name}>
                <Button
                  appearance="transparent"
                  className={styles.link}
                  onClick={() => onActivate(name)}
                >
                  {name}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
