/** Where the user is in the guide: the steps in order, the earlier ones as buttons back. */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Translate } from "./shared";
import { STEPS, type StepId } from "./wizard-state";
import type { TaskpaneMessageKey } from "./messages";

/** Each step's name in the catalogue. */
export const STEP_LABELS: Readonly<Record<StepId, TaskpaneMessageKey>> = {
  data: "stepData",
  assumptions: "stepAssumptions",
  preview: "stepPreview",
  write: "stepWrite",
};

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: {
    display: "flex",
    alignItems: "center",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground3,
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  back: {
    minWidth: 0,
    padding: 0,
    fontSize: "inherit",
    fontWeight: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
  },
});

export interface StepIndicatorProps {
  readonly t: Translate;
  readonly step: StepId;
  readonly onChoose: (step: StepId) => void;
}

export function StepIndicator({ t, step, onChoose }: StepIndicatorProps) {
  const styles = useStyles();
  const index = STEPS.indexOf(step);
  return (
    <nav aria-label={t("stepsLabel")}>
      <ol className={styles.list}>
        {STEPS.map((s, i) => {
          const text = `${i + 1}. ${t(STEP_LABELS[s])}`;
          const current = s === step;
          return (
            <li
              key={s}
              aria-current={current ? "step" : undefined}
              className={mergeClasses(styles.item, current && styles.current)}
            >
              {i < index ? (
                <Button
                  appearance="transparent"
                  className={styles.back}
                  onClick={() => onChoose(s)}
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
  );
}
