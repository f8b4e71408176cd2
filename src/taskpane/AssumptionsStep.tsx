/** Step 2, Antagelser: the assumptions the report rests on, validated as they are typed. */
import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  useId,
} from "@fluentui/react-components";
import type { Dispatch, SetStateAction } from "react";
import type { Language } from "../i18n";
import {
  computedNetCost,
  type FormChanges,
  type FormDefaults,
  type FormValues,
  type NetCostMode,
  type TextField,
} from "./assumption-form";
import { RadioChoice, TextInput, Toggle } from "./controls";
import type { TaskpaneMessageKey } from "./messages";
import { shownNumber } from "./numbers";
import { STEP_HEADING_ID, type Translate } from "./shared";
import { classes } from "./styles";

export interface AssumptionsStepProps {
  readonly t: Translate;
  readonly language: Language;
  readonly defaults: FormDefaults;
  readonly values: FormValues;
  readonly errors: Partial<Record<TextField, string>>;
  readonly onChange: Dispatch<SetStateAction<FormChanges>>;
}

export function AssumptionsStep(props: AssumptionsStepProps) {
  const { t, language, defaults, values, errors, onChange } = props;
  const setText = (field: TextField, text: string) =>
    onChange((c) => ({ ...c, text: { ...c.text, [field]: text } }));

  const textField = (
    field: TextField,
    label: TaskpaneMessageKey,
    options: {
      hint?: string | undefined;
      unit?: string;
      inputMode?: "decimal" | "numeric" | "text";
    } = {}
  ) => (
    <TextInput
      label={t(label)}
      value={values.text[field]}
      hint={options.hint}
      error={errors[field]}
      unit={options.unit}
      inputMode={options.inputMode ?? "decimal"}
      onChange={(text) => setText(field, text)}
    />
  );

  const cost = computedNetCost(values);
  const rateHint =
    defaults.rateYear === null
      ? undefined
      : defaults.rateIsDefault
        ? t("monthlyRateHint", { year: String(defaults.rateYear) })
        : values.text.monthlyBenefitRate.trim() === ""
          ? t("monthlyRateNoDefault", { year: String(defaults.rateYear) })
          : undefined;

  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("assumptionsIntro")}</p>
      {textField("discountRate", "discountRate", { hint: t("discountRateHint"), unit: "%" })}

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
        <div className={`${classes.section} ${classes.indent}`}>
          {textField("monthlyBenefitRate", "monthlyRate", { hint: rateHint })}
          {textField("weeksOnBenefit", "weeksOnBenefit")}
          {textField("serviceCostPerYear", "serviceCost")}
          <output aria-live="polite">
            {cost === null
              ? ""
              : t("netCostResult", {
                  amount: t("kr", { amount: shownNumber(cost, language, 2) }),
                })}
          </output>
        </div>
      ) : (
        <div className={`${classes.section} ${classes.indent}`}>
          {textField("netCostPerPersonYear", "netCostAmount")}
        </div>
      )}

      {textField("baseline", "baseline", { inputMode: "numeric" })}
      {textField("target", "target", { inputMode: "numeric" })}
      {textField("targetDate", "targetDate", { inputMode: "text" })}
      {textField("horizonYears", "horizon", { inputMode: "numeric" })}

      <Toggle
        kind="switch"
        label={t("fleksjob")}
        hint={t("fleksjobHint")}
        checked={values.fleksjob}
        onChange={(fleksjob) => onChange((c) => ({ ...c, fleksjob }))}
      />
      <Toggle
        kind="checkbox"
        label={t("comparison")}
        hint={defaults.comparisonAvailable ? t("comparisonHint") : t("comparisonUnavailable")}
        checked={values.comparison}
        disabled={!defaults.comparisonAvailable}
        onChange={(comparison) => onChange((c) => ({ ...c, comparison }))}
      />
    </section>
  );
}
