/** Step 1, Data: where the input tables are, and what reading them found wrong. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatList, type Language } from "../i18n";
import type { InputSelection, TableKind } from "../input/read-case";
import { ErrorRegion, TextInput } from "./controls";
import { INPUT_TABLES, type GroupedProblems, type ProblemList } from "./input-problems";
import { STEP_HEADING_ID, tableName, type Translate } from "./shared";
import { classes } from "./styles";
import type { DataStatus } from "./wizard-state";

/** The sentence that says whether the data can be used (Næste points at it when disabled). */
export const DATA_SUMMARY_ID = "kik-data-summary";

const OPTIONAL: ReadonlySet<TableKind> = new Set<TableKind>(["assumptions", "investment"]);

const useStyles = makeStyles({
  warnings: { color: tokens.colorNeutralForeground2 },
});

export interface DataStepProps {
  readonly t: Translate;
  readonly language: Language;
  readonly selection: InputSelection;
  readonly grouped: GroupedProblems | null;
  readonly reading: boolean;
  /** The read found a budget, caseload or outcomes to work with. */
  readonly usable: boolean;
  readonly busy: boolean;
  readonly status: DataStatus;
  readonly error: string | null;
  readonly onChange: (table: TableKind, address: string) => void;
  readonly onUseSelection: (table: TableKind) => void;
  readonly onInsertTemplate: () => void;
  /** "Læs igen" after the template: reads the same addresses again. */
  readonly onReadAgain: () => void;
  /** The tables the last read found rows in. */
  readonly filled: ReadonlySet<TableKind>;
}

/** The template's tables, what to fill in each, and whether the last read found rows there. */
const TODO: readonly [TableKind, Parameters<Translate>[0]][] = [
  ["budget", "templateTodoBudget"],
  ["caseload", "templateTodoCaseload"],
  ["outcomes", "templateTodoOutcomes"],
];

/** The greeting after "Indsæt skabelon": what to fill in, ticked off as the tables fill. */
function Checklist(props: DataStepProps & { sheet: string }) {
  const { t, filled } = props;
  return (
    <div className={classes.section}>
      <p>{t("templateChecklist", { sheet: props.sheet })}</p>
      <ol className={classes.problems}>
        {TODO.map(([table, key]) => (
          <li key={table}>
            {t(key)}
            {filled.has(table) && <strong> ✓ {t("templateDone")}</strong>}
          </li>
        ))}
        <li className={classes.hint}>{t("templateTodoOptional")}</li>
      </ol>
      <p className={classes.hint}>{t("templateReadsWhenFilled")}</p>
      <div className={classes.actions}>
        <Button disabledFocusable={props.reading} onClick={props.onReadAgain}>
          {t("readAgain")}
        </Button>
      </div>
    </div>
  );
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
  const styles = useStyles();
  if (problems.warnings.length === 0) return null;
  return (
    <div className={styles.warnings}>
      {t("warningsLabel")}:
      <Problems list={problems.warnings} />
    </div>
  );
}

/** What finding the tables came to, in words. */
function statusText(status: DataStatus, t: Translate, language: Language): string {
  if (status === null) return "";
  switch (status.kind) {
    case "detected":
      return t("detectedSome", {
        list: formatList(
          status.filled.map((f) => `${tableName(f.table, t)} (${f.address})`),
          language
        ),
      });
    case "noneFound":
      return t("detectedNone");
    case "templateInserted":
      // Said by the checklist.
      return "";
  }
}

/** The template was just inserted: the step greets with its checklist. */
const template = (props: DataStepProps) => props.status?.kind === "templateInserted";

/** Whether the data can be used, in words (empty while there is nothing to say). */
function summaryText(props: DataStepProps): string {
  const { t, grouped, reading } = props;
  if (reading) return t("reading");
  if (grouped === null) return "";
  if (grouped.errorCount === 0) return props.usable ? t("readOk") : t("readNothing");
  return grouped.errorCount === 1
    ? t("readOneError")
    : t("readErrors", { count: grouped.errorCount });
}

export function DataStep(props: DataStepProps) {
  const { t, selection, grouped, reading, busy, error } = props;
  const status = statusText(props.status, t, props.language);
  const summary = summaryText(props);
  const other = grouped?.other;
  return (
    <section className={classes.section} aria-labelledby={STEP_HEADING_ID}>
      <p>{t("dataIntro")}</p>
      <div role="status" aria-live="polite">
        {status !== "" && <p>{status}</p>}
      </div>
      {props.status?.kind === "templateInserted" && (
        <Checklist {...props} sheet={props.status.sheet} />
      )}
      <ErrorRegion title={t("errorTitle")} error={error} />
      {/* After a failure (a read Excel refused, code that did not load) the user can try again
          without retyping an address; the template's checklist has its own button. */}
      {error !== null && !template(props) && (
        <div className={classes.actions}>
          <Button disabledFocusable={reading} onClick={props.onReadAgain}>
            {t("readAgain")}
          </Button>
        </div>
      )}
      {INPUT_TABLES.map((table) => {
        const name = tableName(table, t);
        const all = grouped?.tables[table] ?? { errors: [], warnings: [] };
        // A template table not filled in yet is on the checklist, not a warning.
        const problems =
          template(props) && !props.filled.has(table) ? { ...all, warnings: [] } : all;
        return (
          <TextInput
            key={table}
            label={OPTIONAL.has(table) ? t("optional", { name }) : name}
            value={selection[table] ?? ""}
            placeholder={t("addressExample")}
            spellCheck={false}
            error={problems.errors.length > 0 ? <Problems list={problems.errors} /> : undefined}
            hint={problems.warnings.length > 0 ? <Warnings problems={problems} t={t} /> : undefined}
            onChange={(address) => props.onChange(table, address)}
            action={
              <Button
                disabledFocusable={busy}
                aria-label={t("useSelectionFor", { table: name })}
                onClick={() => props.onUseSelection(table)}
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
