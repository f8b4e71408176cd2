/**
 * The task pane's guide: Data → Antagelser → Forhåndsvisning → Skriv. The step logic is
 * `wizardReducer` (wizard-state.ts); the workbook is reached only through the hooks in
 * `hooks/` over a {@link WorkbookHost}, so the tests drive the guide with an in-memory fake.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useReducer, type SetStateAction } from "react";
import type { WorkbookHost } from "../excel/host";
import type { Language } from "../i18n";
import type { FormChanges } from "./assumption-form";
import { AssumptionsStep } from "./AssumptionsStep";
import { DATA_SUMMARY_ID, DataStep } from "./DataStep";
import { useDataActions } from "./hooks/useDataActions";
import { useDetectInputs } from "./hooks/useDetectInputs";
import { useInputRead } from "./hooks/useInputRead";
import { useBuildPlan, usePreviewPlan } from "./hooks/useReportPlan";
import { useStepFocus } from "./hooks/useStepFocus";
import { loadSettings, useSaveSettings } from "./hooks/useWorkbookSettings";
import { useWriteReport } from "./hooks/useWriteReport";
import { filledTables, isUsable } from "./input-problems";
import { ALWAYS_VISIBLE, type PaneVisibility } from "./visibility";
import { message } from "./messages";
import { PreviewStep } from "./PreviewStep";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { StepButtons } from "./StepButtons";
import { STEP_LABELS, StepIndicator } from "./StepIndicator";
import { classes, useSharedStyles } from "./styles";
import {
  initialWizardState,
  selectForm,
  selectOverrides,
  selectProblems,
  selectProgress,
  settingsOf,
  STEPS,
  wizardReducer,
  type StepId,
} from "./wizard-state";
import { WriteStep } from "./WriteStep";

export { STEPS, type StepId } from "./wizard-state";

const NONE_FILLED: ReadonlySet<never> = new Set();

/** The hint under Næste while the assumptions have errors. */
const FIX_FIELDS_ID = "kik-fix-fields";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    "& p": { margin: 0 },
  },
  appTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  stepOf: { color: tokens.colorNeutralForeground3 },
  stepHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
});

export interface WizardProps {
  readonly host: WorkbookHost;
  readonly language: Language;
  /** KIK's version, shown on the result sheets. */
  readonly version?: string;
  /** Pause after typing before an address is read and checked (milliseconds). */
  readonly readDelayMs?: number;
  /** The clock for the report's time stamp. */
  readonly now?: () => Date;
  /** Whether the pane is shown; the workbook is read only then (default: always). */
  readonly visibility?: PaneVisibility | undefined;
}

export function Wizard({
  host,
  language,
  version = "",
  readDelayMs = 300,
  now = () => new Date(),
  visibility = ALWAYS_VISIBLE,
}: WizardProps) {
  useSharedStyles();
  const styles = useStyles();
  const t: Translate = useCallback(
    (key, params = {}) => message(key, params, language),
    [language]
  );
  const [state, dispatch] = useReducer(wizardReducer, null, () =>
    initialWizardState(loadSettings(host), language)
  );
  const { step, read, selection, changes, savedAssumptions } = state;

  const problems = useMemo(
    () => selectProblems(read, selection, language),
    [read, selection, language]
  );
  const filled = useMemo(() => (read === null ? NONE_FILLED : filledTables(read)), [read]);
  const form = useMemo(() => selectForm(read, changes, language), [read, changes, language]);
  // Kept the same object while nothing it depends on changes: the preview is rebuilt when it changes.
  const overrides = useMemo(
    () => selectOverrides(form, changes, savedAssumptions, language),
    [form, changes, savedAssumptions, language]
  );
  const { canGoOn, blockedBy } = selectProgress(state, problems, form);

  useDetectInputs(host, dispatch, t, visibility);
  useInputRead({
    host,
    selection,
    enabled: state.detected,
    language,
    delayMs: readDelayMs,
    dispatch,
    t,
  });
  const data = useDataActions(host, language, dispatch, t);
  const buildPlan = useBuildPlan({ host, read, language, version, overrides, now });
  usePreviewPlan(step === "preview", buildPlan, dispatch, t);
  const report = useWriteReport(host, buildPlan, dispatch, t);
  const saveSettings = useSaveSettings(host, dispatch, t);
  const headingRef = useStepFocus(step);

  const goTo = (next: StepId) => {
    dispatch({ type: "stepChosen", step: next });
    saveSettings(settingsOf(state, overrides, language));
  };
  const editAssumptions = useCallback(
    (update: SetStateAction<FormChanges>) =>
      dispatch({
        type: "assumptionsEdited",
        edit: typeof update === "function" ? update : () => update,
      }),
    []
  );
  const index = STEPS.indexOf(step);

  return (
    <main className={styles.root} lang={language}>
      <h1 className={styles.appTitle}>{t("appTitle")}</h1>
      <StepIndicator t={t} step={step} onChoose={goTo} />
      <p className={styles.stepOf}>{t("stepOf", { n: index + 1, total: STEPS.length })}</p>
      <h2 id={STEP_HEADING_ID} ref={headingRef} tabIndex={-1} className={styles.stepHeading}>
        {t(STEP_LABELS[step])}
      </h2>
      {step === "data" && (
        <DataStep
          t={t}
          language={language}
          selection={selection}
          grouped={problems}
          reading={state.reading || !state.detected}
          usable={read !== null && isUsable(read)}
          busy={state.busy}
          status={state.dataStatus}
          error={state.dataError}
          onChange={(table, address) => dispatch({ type: "addressTyped", table, address })}
          onUseSelection={data.takeSelection}
          onInsertTemplate={data.insertTemplate}
          onReadAgain={() => dispatch({ type: "readAgain" })}
          filled={filled}
        />
      )}
      {step === "assumptions" && form !== null && (
        <AssumptionsStep
          t={t}
          language={language}
          defaults={form.defaults}
          values={form.values}
          errors={form.errors}
          onChange={editAssumptions}
        />
      )}
      {step === "preview" && (
        <PreviewStep t={t} language={language} plan={state.plan} error={state.planError} />
      )}
      {step === "write" && (
        <WriteStep t={t} state={state.write} onWrite={report.write} onActivate={report.openSheet} />
      )}
      <div role="alert">{state.settingsError !== null && <p>{state.settingsError}</p>}</div>
      <StepButtons
        t={t}
        back={index > 0}
        next={index < STEPS.length - 1}
        canGoOn={canGoOn}
        blockedBy={
          blockedBy === "data"
            ? DATA_SUMMARY_ID
            : blockedBy === "fields"
              ? FIX_FIELDS_ID
              : undefined
        }
        onBack={() => goTo(STEPS[index - 1] as StepId)}
        onNext={() => goTo(STEPS[index + 1] as StepId)}
      />
      {blockedBy === "fields" && (
        <p id={FIX_FIELDS_ID} className={classes.hint}>
          {t("fixFields")}
        </p>
      )}
    </main>
  );
}
