/**
 * The task pane's guide: Data → Antagelser → Forhåndsvisning → Skriv. It talks to Excel only
 * through a {@link WorkbookHost}, so the tests drive it with an in-memory fake.
 */
import { Button } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookHost, WizardSettings } from "../excel/host";
import type { Language } from "../i18n";
import type { CaseInputRead, InputSelection } from "../input/read-case";
import { buildReport, type AssumptionOverrides } from "../report/build";
import type { ReportPlan } from "../report/plan";
import { resolveSheetNames } from "../report/sheet-names";
import {
  changesFromOverrides,
  formDefaults,
  formErrors,
  formOverrides,
  formValues,
  NO_CHANGES,
  type FormChanges,
} from "./assumption-form";
import { AssumptionsStep } from "./AssumptionsStep";
import { DATA_SUMMARY_ID, DataStep } from "./DataStep";
import { cleanSelection, groupProblems, INPUT_TABLES, isUsable } from "./input-problems";
import { message, type TaskpaneMessageKey } from "./messages";
import { PreviewStep } from "./PreviewStep";
import { failureText, STEP_HEADING_ID, tableName, type Translate } from "./shared";
import { classes, cx, WIZARD_CSS } from "./styles";
import { WriteStep, type WriteState } from "./WriteStep";

const FIX_FIELDS_ID = "kik-fix-fields";

export const STEPS = ["data", "assumptions", "preview", "write"] as const;
export type StepId = (typeof STEPS)[number];

const STEP_LABELS: Readonly<Record<StepId, TaskpaneMessageKey>> = {
  data: "stepData",
  assumptions: "stepAssumptions",
  preview: "stepPreview",
  write: "stepWrite",
};

export interface WizardProps {
  readonly host: WorkbookHost;
  readonly language: Language;
  /** KIK's version, shown on the result sheets. */
  readonly version?: string;
  /** Pause after typing before an address is read and checked (milliseconds). */
  readonly readDelayMs?: number;
  /** The clock for the report's time stamp. */
  readonly now?: () => Date;
}

function loadSaved(host: WorkbookHost): WizardSettings | null {
  try {
    const s = host.loadSettings();
    return s !== null && s.version === 1 ? s : null;
  } catch {
    return null;
  }
}

/** Fills the blank fields of `current` from `found`; returns the new selection and what it filled. */
function fillBlank(
  current: InputSelection,
  found: InputSelection
): { next: InputSelection; filled: (keyof InputSelection)[] } {
  const next: InputSelection = { ...current };
  const filled: (keyof InputSelection)[] = [];
  for (const kind of INPUT_TABLES) {
    const value = found[kind];
    if ((current[kind] ?? "").trim() === "" && value !== undefined && value.trim() !== "") {
      next[kind] = value;
      filled.push(kind);
    }
  }
  return { next, filled };
}

export function Wizard({
  host,
  language,
  version = "",
  readDelayMs = 300,
  now = () => new Date(),
}: WizardProps) {
  const t: Translate = useCallback(
    (key, params = {}) => message(key, params, language),
    [language]
  );
  const [saved] = useState(() => loadSaved(host));
  const [step, setStep] = useState<StepId>("data");
  const [selection, setSelection] = useState<InputSelection>(() => ({ ...saved?.selection }));
  const [changes, setChanges] = useState<FormChanges>(() =>
    saved === null ? NO_CHANGES : changesFromOverrides(saved.assumptions, language)
  );
  const [detected, setDetected] = useState(false);
  const [read, setRead] = useState<CaseInputRead | null>(null);
  const [reading, setReading] = useState(false);
  const [dataStatus, setDataStatus] = useState("");
  const [dataError, setDataError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const [plan, setPlan] = useState<ReportPlan | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const [write, setWrite] = useState<WriteState>({ phase: "idle" });
  const readSeq = useRef(0);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  // The clock is read when a plan is built; a new function each render must not rebuild it.
  const clock = useRef(now);
  clock.current = now;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  // On open: find the input tables by convention and fill the fields that are still blank.
  useEffect(() => {
    let live = true;
    host.detectInputs().then(
      (found) => {
        if (!live) return;
        const current = selectionRef.current;
        const { next, filled } = fillBlank(current, found);
        const restored = INPUT_TABLES.some((k) => (current[k] ?? "").trim() !== "");
        const names = filled.map((k) => `${tableName(k, t)} (${next[k] ?? ""})`);
        setSelection(next);
        setDataStatus(
          filled.length > 0
            ? t("detectedSome", { list: names.join(", ") })
            : restored
              ? ""
              : t("detectedNone")
        );
        setDetected(true);
      },
      (err: unknown) => {
        if (!live) return;
        setDataError(failureText(err, t));
        setDetected(true);
      }
    );
    return () => {
      live = false;
    };
  }, []); // once, when the pane opens

  // Read and check the inputs shortly after the addresses change.
  useEffect(() => {
    if (!detected) return;
    const seq = ++readSeq.current;
    setReading(true);
    const timer = setTimeout(() => {
      host.readInput(cleanSelection(selection), language).then(
        (result) => {
          if (seq !== readSeq.current) return;
          setRead(result);
          setReading(false);
          setDataError(null);
        },
        (err: unknown) => {
          if (seq !== readSeq.current) return;
          setRead(null); // nothing stale to go on with
          setReading(false);
          setDataError(failureText(err, t));
        }
      );
    }, readDelayMs);
    return () => clearTimeout(timer);
  }, [detected, selection, host, language, readDelayMs, t]);

  const grouped = useMemo(
    () => (read === null ? null : groupProblems(read, cleanSelection(selection), language)),
    [read, selection, language]
  );
  const defaults = useMemo(
    () => (read === null ? null : formDefaults(read.input, language)),
    [read, language]
  );
  const values = useMemo(
    () => (defaults === null ? null : formValues(defaults, changes)),
    [defaults, changes]
  );
  const errors = useMemo(
    () => (values === null ? {} : formErrors(values, language)),
    [values, language]
  );
  const overrides: AssumptionOverrides = useMemo(
    () =>
      defaults === null ? (saved?.assumptions ?? {}) : formOverrides(defaults, changes, language),
    [defaults, changes, language, saved]
  );

  const buildPlan = useCallback(async (): Promise<ReportPlan> => {
    if (read === null) throw new Error("no input");
    const existing = await host.existingSheets();
    return buildReport(read.input, {
      language,
      sheetNames: resolveSheetNames(existing, language),
      inputRanges: read.ranges,
      generatedAt: clock.current(),
      version,
      overrides,
    });
  }, [read, host, language, version, overrides]);

  // The preview is built when its step opens (and again if the inputs change meanwhile).
  useEffect(() => {
    if (step !== "preview") return;
    let live = true;
    setPlan(null);
    setPlanError(null);
    buildPlan().then(
      (p) => live && setPlan(p),
      (err: unknown) => live && setPlanError(failureText(err, t))
    );
    return () => {
      live = false;
    };
  }, [step, buildPlan]);

  // Focus follows the step: the new step's heading, so screen readers start reading there.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const goTo = (next: StepId) => {
    if (next === "write") setWrite({ phase: "idle" });
    setStep(next);
    const settings: WizardSettings = {
      version: 1,
      selection: cleanSelection(selection),
      assumptions: overrides,
      language,
    };
    host.saveSettings(settings).then(
      () => setSettingsError(null),
      (err: unknown) => setSettingsError(t("settingsNotSaved", { message: failureText(err, t) }))
    );
  };

  const onUseSelection = async (kind: keyof InputSelection) => {
    setBusy(true);
    try {
      const address = await host.selectionAddress();
      setSelection((s) => ({ ...s, [kind]: address }));
      setDataError(null);
    } catch (err) {
      setDataError(failureText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const onInsertTemplate = async () => {
    setBusy(true);
    try {
      const sheet = await host.insertTemplate(language);
      const found = await host.detectInputs();
      setSelection((s) => fillBlank(s, found).next);
      setDataStatus(t("templateInserted", { sheet }));
      setDataError(null);
    } catch (err) {
      setDataError(failureText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const onWrite = async () => {
    setWrite({ phase: "writing", done: 0, total: 0 });
    try {
      const fresh = await buildPlan();
      const result = await host.writeReport(fresh, (p) =>
        setWrite({ phase: "writing", done: p.done, total: p.total })
      );
      setWrite({ phase: "done", sheets: result.sheets.map((s) => s.name) });
    } catch (err) {
      setWrite({ phase: "failed", error: failureText(err, t) });
    }
  };

  const index = STEPS.indexOf(step);
  const dataReady =
    detected &&
    !reading &&
    read !== null &&
    grouped !== null &&
    grouped.errorCount === 0 &&
    isUsable(read);
  const canGoOn =
    step === "data"
      ? dataReady
      : step === "assumptions"
        ? Object.keys(errors).length === 0
        : step === "preview"
          ? plan !== null
          : false;
  // Why Næste cannot be pressed: the data step's summary, or the assumptions step's hint.
  const blockedBy =
    canGoOn || (step === "data" && (reading || !detected || grouped === null))
      ? undefined
      : step === "data"
        ? DATA_SUMMARY_ID
        : step === "assumptions"
          ? FIX_FIELDS_ID
          : undefined;

  return (
    <main className={classes.root} lang={language}>
      <style>{WIZARD_CSS}</style>
      <h1 className={classes.appTitle}>{t("appTitle")}</h1>
      <nav aria-label={t("stepsLabel")}>
        <ol className={classes.steps}>
          {STEPS.map((s, i) => {
            const text = `${i + 1}. ${t(STEP_LABELS[s])}`;
            const current = s === step;
            return (
              <li
                key={s}
                aria-current={current ? "step" : undefined}
                className={cx(classes.stepItem, current && classes.stepCurrent)}
              >
                {i < index ? (
                  <Button
                    appearance="transparent"
                    className={classes.stepButton}
                    onClick={() => goTo(s)}
                  >
                    {text}
                  </Button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <p className={classes.stepOf}>{t("stepOf", { n: index + 1, total: STEPS.length })}</p>
      <h2 id={STEP_HEADING_ID} ref={headingRef} tabIndex={-1} className={classes.stepHeading}>
        {t(STEP_LABELS[step])}
      </h2>
      {step === "data" && (
        <DataStep
          t={t}
          selection={selection}
          grouped={grouped}
          reading={reading || !detected}
          usable={read !== null && isUsable(read)}
          busy={busy}
          status={dataStatus}
          error={dataError}
          onChange={(kind, value) => setSelection((s) => ({ ...s, [kind]: value }))}
          onUseSelection={(kind) => void onUseSelection(kind)}
          onInsertTemplate={() => void onInsertTemplate()}
        />
      )}
      {step === "assumptions" && defaults !== null && values !== null && (
        <AssumptionsStep
          t={t}
          language={language}
          defaults={defaults}
          values={values}
          errors={errors}
          onChange={setChanges}
        />
      )}
      {step === "preview" && (
        <PreviewStep t={t} language={language} plan={plan} error={planError} />
      )}
      {step === "write" && (
        <WriteStep
          t={t}
          state={write}
          onWrite={() => void onWrite()}
          onActivate={(name) =>
            host.activateSheet(name).then(
              () => setWrite((w) => (w.phase === "done" ? { ...w, error: undefined } : w)),
              (err: unknown) =>
                setWrite((w) => (w.phase === "done" ? { ...w, error: failureText(err, t) } : w))
            )
          }
        />
      )}
      <div role="alert">{settingsError !== null && <p>{settingsError}</p>}</div>
      <div className={classes.nav}>
        {index > 0 ? (
          <Button onClick={() => goTo(STEPS[index - 1] as StepId)}>{t("back")}</Button>
        ) : (
          <span />
        )}
        {index < STEPS.length - 1 && (
          <Button
            appearance="primary"
            disabledFocusable={!canGoOn}
            aria-describedby={blockedBy}
            onClick={() => canGoOn && goTo(STEPS[index + 1] as StepId)}
          >
            {t("next")}
          </Button>
        )}
      </div>
      {step === "assumptions" && !canGoOn && (
        <p id={FIX_FIELDS_ID} className={classes.hint}>
          {t("fixFields")}
        </p>
      )}
    </main>
  );
}
