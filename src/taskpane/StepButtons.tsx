/** Tilbage and Næste under each step, fixed to the foot of the pane while the step scrolls. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "./shared";

const useStyles = makeStyles({
  row: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalM,
    // Kept in sight at the foot of the pane however long the step, so Næste never hides below
    // the fold of a short task pane (320×600).
    position: "sticky",
    bottom: 0,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface StepButtonsProps {
  readonly t: Translate;
  /** Tilbage is shown (not on the first step). */
  readonly back: boolean;
  /** Næste is shown (not on the last step). */
  readonly next: boolean;
  readonly canGoOn: boolean;
  /** The id of the text that says why Næste cannot be pressed yet. */
  readonly blockedBy: string | undefined;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

export function StepButtons(props: StepButtonsProps) {
  const styles = useStyles();
  const { t, canGoOn } = props;
  return (
    <div className={styles.row}>
      {props.back ? <Button onClick={props.onBack}>{t("back")}</Button> : <span />}
      {props.next && (
        <Button
          appearance="primary"
          // Focusable while it cannot be pressed, so the keyboard finds it and hears why.
          disabledFocusable={!canGoOn}
          aria-describedby={props.blockedBy}
          onClick={() => canGoOn && props.onNext()}
        >
          {t("next")}
        </Button>
      )}
    </div>
  );
}
