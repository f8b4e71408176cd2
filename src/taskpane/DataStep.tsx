/** Step 1, Data: where the input tables are, and what reading them found wrong. */
import { Button } from "@fluentui/react-components";
import type { InputSelection } from "../input/read-case";
import { Notice, TextInput } from "./controls";
import { INPUT_TABLES, type GroupedProblems, type ProblemList } from "./input-problems";
import { classes } from "./styles";
import { STEP_HEADING_ID, tableName, type Translate } from "./shared";

type Kind = keyof InputSelection;

/** The sentence that says whether the data can be used (Næste points at it when disabled). */
export const DATA_SUMMARY_ID = "kik-data-summary";

const OPTIONAL: ReadonlySet<Kind> = new Set<Kind>(["assumptions", "investment"]);

export interface DataStepProps {
  readonly t: Translate;
  readonly selection: InputSelection;
  readonly grouped: GroupedProblems | null;
  readonly reading: boolean;
  /** The read found a budget, caseload or outcomes to work with. */
  readonly usable: boolean;
  readonly busy: boolean;
  readonly status: string;
  readonly error: string | null;
  readonly onChange: (kind: Kind, value: string) => void;
  readonly onUseSelection: (kind: Kind) => void;
  readonly onInsertTemplate: () => void;
}

function Problems({ list }: { list: readonly string[] }) {
  return (
    <ul className={classes.problems}>
      {list.map((p, i) => (
        <li key={i}>{p}</li>
      ))}
    </ul>
  );
}

function Warnings({ problems, t }: { problems: ProblemList; t: Translate }) {
  if (problems.warnings.length === 0) return null;
  return (
    <div className={classes.warnings}>
      {t("warningsLabel")}:
      <Problems list={problems.warnings} />
    </div>
  );
}

export function DataStep(props: DataStepProps) {
  const { t, selection, grouped, reading, busy, status, error } = props;
  const errorCount = grouped?.errorCount ?? 0;
  const summary = reading
    ? t("reading")
    : grouped === null
      ? ""
      : errorCount === 0
        ? props.usable
          ? t("readOk")
          : t("readNothing")
        : errorCount === 1
          ? t("readOneError")
          : t("readErrors", { count: errorCount });
  const other = grouped?.other;
  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("dataIntro")}</p>
      <div role="status" aria-live="polite">
        {status !== "" && <p>{status}</p>}
      </div>
      <div role="alert">
        {error !== null && (
          <Notice intent="error" title={t("errorTitle")}>
            {error}
          </Notice>
        )}
      </div>
      {INPUT_TABLES.map((kind) => {
        const name = tableName(kind, t);
        const label = OPTIONAL.has(kind) ? t("optional", { name }) : name;
        const problems = grouped?.tables[kind] ?? { errors: [], warnings: [] };
        const hasErrors = problems.errors.length > 0;
        return (
          <TextInput
            key={kind}
            label={label}
            value={selection[kind] ?? ""}
            placeholder={t("addressExample")}
            spellCheck={false}
            error={hasErrors ? <Problems list={problems.errors} /> : undefined}
            hint={problems.warnings.length > 0 ? <Warnings problems={problems} t={t} /> : undefined}
            onChange={(value) => props.onChange(kind, value)}
            action={
              <Button
                disabledFocusable={busy}
                aria-label={t("useSelectionFor", { table: name })}
                onClick={() => props.onUseSelection(kind)}
              >
                {t("useSelection")}
              </Button>
            }
          />
        );
      })}
      <div className={classes.actions}>
        <Button disabledFocusable={busy} onClick={props.onInsertTemplate}>
          {t("insertTemplate")}
        </Button>
      </div>
      {other !== undefined && (other.errors.length > 0 || other.warnings.length > 0) && (
        <div>
          <h3 className={classes.subheading}>{t("otherProblems")}</h3>
          <div role="alert">{other.errors.length > 0 && <Problems list={other.errors} />}</div>
          <Warnings problems={other} t={t} />
        </div>
      )}
      <div role="status" aria-live="polite">
        {summary !== "" && <p id={reading ? undefined : DATA_SUMMARY_ID}>{summary}</p>}
      </div>
    </section>
  );
}
