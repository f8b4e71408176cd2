/**
 * Step 2, Antagelser: the assumptions the report rests on, validated as they are typed. The
 * fields are the assumptions catalogue's, in the step's order it declares: the main ones, the
 * net cost choice where its inputs fall, the rest behind a "Flere antagelser" disclosure so the
 * step stays short in a 320 px pane, and the uncertainty analysis's behind "Usikkerhed".
 */
import { useState, type Dispatch, type ReactNode, type SetStateAction } from "react";
import {
  WIZARD_ASSUMPTIONS,
  type AssumptionSpec,
  type WizardField,
} from "../assumptions/catalogue";
import type { Language } from "../i18n";
import {
  computedNetCost,
  formNotes,
  type FormChanges,
  type FormDefaults,
  type FormValues,
  type NetCostMode,
  type TextField,
} from "./assumption-form";
import { RadioChoice, TextInput, Toggle } from "./controls";
import { shownNumber } from "./numbers";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { classes, cx } from "./styles";

export interface AssumptionsStepProps {
  readonly t: Translate;
  readonly language: Language;
  readonly defaults: FormDefaults;
  readonly values: FormValues;
  readonly errors: Partial<Record<TextField, string>>;
  readonly onChange: Dispatch<SetStateAction<FormChanges>>;
}

/** The wizard entry of an assumption the step shows. */
const wizardOf = (spec: AssumptionSpec): WizardField => spec.wizard as WizardField;

/** The catalogue's text assumptions behind the disclosure of `section`. */
const textFieldsOf = (section: WizardField["section"]): readonly TextField[] =>
  WIZARD_ASSUMPTIONS.filter(
    (s) => s.wizard?.section === section && s.wizard.control === "text"
  ).map((s) => s.key as TextField);

const MORE = textFieldsOf("more");
/** The uncertainty analysis's assumptions (low/high ranges, deadweight, durability: issue 12). */
const UNCERTAINTY = textFieldsOf("uncertainty");

export function AssumptionsStep(props: AssumptionsStepProps) {
  const { t, language, defaults, values, errors, onChange } = props;
  const notes = formNotes(values, language);
  const moreHasError = MORE.some((f) => errors[f] !== undefined);
  const [moreOpen, setMoreOpen] = useState(() =>
    MORE.some((f) => values.text[f] !== defaults.text[f])
  );
  const uncertaintyHasError = UNCERTAINTY.some((f) => errors[f] !== undefined);
  const [uncertaintyOpen, setUncertaintyOpen] = useState(() =>
    UNCERTAINTY.some((f) => values.text[f] !== defaults.text[f])
  );
  const setText = (field: TextField, text: string) =>
    onChange((c) => ({ ...c, text: { ...c.text, [field]: text } }));

  const rateHint =
    defaults.rateYear === null
      ? undefined
      : defaults.rateIsDefault
        ? t("monthlyRateHint", { year: String(defaults.rateYear) })
        : values.text.monthlyBenefitRate.trim() === ""
          ? t("monthlyRateNoDefault", { year: String(defaults.rateYear) })
          : undefined;

  const hintOf = (spec: AssumptionSpec): string | undefined => {
    if (spec.key === "monthlyBenefitRate") return rateHint;
    if (spec.key === "comparisonTrend" && !defaults.comparisonAvailable)
      return t("comparisonUnavailable");
    const { hint } = wizardOf(spec);
    return hint === undefined ? undefined : t(hint);
  };

  const textField = (spec: AssumptionSpec) => {
    const field = spec.key as TextField;
    const hint = hintOf(spec);
    const note = notes[field];
    return (
      <TextInput
        key={field}
        label={t(wizardOf(spec).label)}
        value={values.text[field]}
        hint={
          note === undefined ? (
            hint
          ) : (
            <>
              {note}
              {hint === undefined ? null : <> {hint}</>}
            </>
          )
        }
        error={errors[field]}
        inputMode={wizardOf(spec).inputMode}
        onChange={(text) => setText(field, text)}
      />
    );
  };

  const toggle = (spec: AssumptionSpec) => {
    const fleksjob = spec.key === "fleksjobIsSelfSupporting";
    return (
      <Toggle
        key={spec.key}
        kind={wizardOf(spec).control === "switch" ? "switch" : "checkbox"}
        label={t(wizardOf(spec).label)}
        hint={hintOf(spec)}
        checked={fleksjob ? values.fleksjob : values.comparison}
        disabled={fleksjob ? false : !defaults.comparisonAvailable}
        onChange={(checked) =>
          onChange((c) => (fleksjob ? { ...c, fleksjob: checked } : { ...c, comparison: checked }))
        }
      />
    );
  };

  const cost = computedNetCost(values);
  const netCostInputs = WIZARD_ASSUMPTIONS.filter((s) => s.wizard?.together === "netCostInputs");
  const netCostAmount = WIZARD_ASSUMPTIONS.filter(
    (s) => s.wizard?.section === "netCost" && s.wizard.together === undefined
  );
  const netCost = (
    <div key="netCost" className={classes.section}>
      <RadioChoice<NetCostMode>
        legend={t("netCostLegend")}
        value={values.mode}
        options={[
          { value: "computed", label: t("netCostComputed") },
          { value: "direct", label: t("netCostDirect") },
        ]}
        onChange={(mode) => onChange((c) => ({ ...c, mode }))}
      />
      {values.mode === "computed" ? (
        <div className={cx(classes.section, classes.indent)}>
          {netCostInputs.map(textField)}
          <output aria-live="polite">
            {cost === null
              ? ""
              : t("netCostResult", {
                  amount: t("kr", { amount: shownNumber(cost, language, 2) }),
                })}
          </output>
        </div>
      ) : (
        <div className={cx(classes.section, classes.indent)}>{netCostAmount.map(textField)}</div>
      )}
    </div>
  );

  // The step's order; the net cost choice where its first field falls.
  const main: ReactNode[] = [];
  const more: ReactNode[] = [];
  const uncertainty: ReactNode[] = [];
  for (const spec of WIZARD_ASSUMPTIONS) {
    const w = spec.wizard;
    if (w === null) continue;
    if (w.section === "netCost") {
      if (!main.includes(netCost)) main.push(netCost);
      continue;
    }
    const node = w.control === "text" ? textField(spec) : toggle(spec);
    (w.section === "more" ? more : w.section === "uncertainty" ? uncertainty : main).push(node);
  }

  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("assumptionsIntro")}</p>
      {main}
      <details open={moreOpen || moreHasError} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary className={classes.fieldLegend}>{t("moreAssumptions")}</summary>
        <div className={cx(classes.section, classes.indent)}>
          <p className={classes.hint}>{t("moreAssumptionsIntro")}</p>
          {more}
        </div>
      </details>
      {uncertainty.length > 0 && (
        <details
          open={uncertaintyOpen || uncertaintyHasError}
          onToggle={(e) => setUncertaintyOpen(e.currentTarget.open)}
        >
          <summary className={classes.fieldLegend}>{t("uncertaintySection")}</summary>
          <div className={cx(classes.section, classes.indent)}>
            <p className={classes.hint}>{t("uncertaintyIntro")}</p>
            {uncertainty}
          </div>
        </details>
      )}
    </section>
  );
}
