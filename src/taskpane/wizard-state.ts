/**
 * The wizard's step logic as a pure reducer: what the guide knows (the chosen ranges, the
 * last read, the assumptions typed, the preview, the write) and how each event changes it.
 * No React and no workbook here: the hooks in `hooks/` talk to the workbook and dispatch the
 * {@link WizardAction}s below; the components only render a {@link WizardState}.
 */
import type { Assumptions } from "../assumptions/resolved";
import type { WizardSettings } from "../excel/host";
import type { Language } from "../i18n";
import type { CaseInputRead, InputSelection, TableKind } from "../input/read-case";
import type { AssumptionOverrides } from "../report/build";
import type { ReportPlan } from "../report/plan";
import {
  changesFromOverrides,
  formDefaults,
  formErrors,
  formOverrides,
  formValues,
  NO_CHANGES,
  type FormChanges,
  type FormDefaults,
  type FormValues,
  type TextField,
} from "./assumption-form";
import { cleanSelection, groupProblems, INPUT_TABLES, isUsable } from "./input-problems";
import type { GroupedProblems } from "./input-problems";

/** The guide's steps, in order. */
export const STEPS = ["data", "assumptions", "preview", "write"] as const;
export type StepId = (typeof STEPS)[number];

/** A table detection filled in, and where it found it. */
export interface FoundTable {
  readonly table: TableKind;
  readonly address: string;
}

/** What the data step says about finding the tables (null: nothing to say). */
export type DataStatus =
  | { readonly kind: "detected"; readonly filled: readonly FoundTable[] }
  | { readonly kind: "noneFound" }
  | { readonly kind: "templateInserted"; readonly sheet: string }
  | null;

/** How far a write has come: rows written of all. */
interface WriteProgressCount {
  readonly done: number;
  readonly total: number;
}

/** What a finished write wrote. */
interface WriteOutcome {
  readonly sheets: readonly string[];
  /** The name KIK Overblik was written under: the main action after writing opens it. */
  readonly overview?: string;
  /** Excel calculates manually; KIK calculated the result sheets itself. */
  readonly recalculated?: boolean;
}

/** Where the write is. */
export type WriteState =
  | { readonly phase: "idle" }
  | ({ readonly phase: "writing" } & WriteProgressCount)
  | ({
      readonly phase: "done";
      /** A link that could not open its sheet. */
      readonly error?: string;
    } & WriteOutcome)
  | { readonly phase: "failed"; readonly error: string };

/**
 * A read of the input tables with the assumptions the report resolves from them before any
 * change in the guide (the form's defaults), loaded with the report's code as the input is read.
 */
export interface PaneRead extends CaseInputRead {
  readonly assumptions: Assumptions;
}

/** Everything the wizard shows. Failure texts are already in the user's language. */
export interface WizardState {
  readonly step: StepId;
  /** The address typed or found for each input table (blank: let KIK find it). */
  readonly selection: InputSelection;
  /** The assumptions the user changed, as typed. */
  readonly changes: FormChanges;
  /** The assumptions saved in the workbook: the overrides until the input has been read. */
  readonly savedAssumptions: AssumptionOverrides;
  /** Detection on open has finished (reading waits for it). */
  readonly detected: boolean;
  readonly read: PaneRead | null;
  readonly reading: boolean;
  readonly dataStatus: DataStatus;
  readonly dataError: string | null;
  /** A workbook action of the data step ("Brug markering", "Indsæt skabelon") is running. */
  readonly busy: boolean;
  readonly settingsError: string | null;
  readonly plan: ReportPlan | null;
  readonly planError: string | null;
  readonly write: WriteState;
}

/** The events of the wizard: the user's and the workbook's answers. */
export type WizardAction =
  // Data step
  | { readonly type: "detected"; readonly found: InputSelection }
  | { readonly type: "detectFailed"; readonly error: string }
  | { readonly type: "addressTyped"; readonly table: TableKind; readonly address: string }
  /** "Læs igen": read the same addresses again (the user has filled in the tables). */
  | { readonly type: "readAgain" }
  | { readonly type: "readStarted" }
  | { readonly type: "readDone"; readonly read: PaneRead }
  | { readonly type: "readFailed"; readonly error: string }
  | { readonly type: "actionStarted" }
  | { readonly type: "selectionUsed"; readonly table: TableKind; readonly address: string }
  | { readonly type: "templateInserted"; readonly sheet: string; readonly found: InputSelection }
  | { readonly type: "actionFailed"; readonly error: string }
  // Assumptions step
  | { readonly type: "assumptionsEdited"; readonly edit: (changes: FormChanges) => FormChanges }
  // Moving between steps, and the settings saved on each move
  | { readonly type: "stepChosen"; readonly step: StepId }
  | { readonly type: "settingsSaved" }
  | { readonly type: "settingsFailed"; readonly error: string }
  // Preview
  | { readonly type: "planStarted" }
  | { readonly type: "planBuilt"; readonly plan: ReportPlan }
  | { readonly type: "planFailed"; readonly error: string }
  // Write
  | { readonly type: "writeStarted" }
  | ({ readonly type: "writeProgress" } & WriteProgressCount)
  | ({ readonly type: "writeDone" } & WriteOutcome)
  | { readonly type: "writeFailed"; readonly error: string }
  | { readonly type: "sheetOpened" }
  | { readonly type: "sheetFailed"; readonly error: string };

/**
 * The state when the pane opens: the first step, with the ranges and assumptions saved in the
 * workbook (`saved`, or none), read in `language`.
 */
export function initialWizardState(saved: WizardSettings | null, language: Language): WizardState {
  return {
    step: "data",
    selection: { ...saved?.selection },
    changes: saved === null ? NO_CHANGES : changesFromOverrides(saved.assumptions, language),
    savedAssumptions: saved?.assumptions ?? {},
    detected: false,
    read: null,
    reading: false,
    dataStatus: null,
    dataError: null,
    busy: false,
    settingsError: null,
    plan: null,
    planError: null,
    write: { phase: "idle" },
  };
}

function isBlank(address: string | undefined): boolean {
  return (address ?? "").trim() === "";
}

/**
 * Fills the blank fields of `current` from `found` (what the user typed or restored wins);
 * returns the new selection and the tables it filled, in the data step's order.
 */
export function fillBlank(
  current: InputSelection,
  found: InputSelection
): { readonly next: InputSelection; readonly filled: readonly TableKind[] } {
  const next: InputSelection = { ...current };
  const filled: TableKind[] = [];
  for (const table of INPUT_TABLES) {
    const address = found[table];
    if (isBlank(current[table]) && address !== undefined && !isBlank(address)) {
      next[table] = address;
      filled.push(table);
    }
  }
  return { next, filled };
}

/** The wizard's next state after `action`. Pure: the same state and action give the same result. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "detected": {
      const { next, filled } = fillBlank(state.selection, action.found);
      // Found again when the pane is shown again: only news changes what the step says.
      if (state.detected && filled.length === 0) return state;
      const restored = INPUT_TABLES.some((t) => !isBlank(state.selection[t]));
      const dataStatus: DataStatus =
        filled.length > 0
          ? { kind: "detected", filled: filled.map((t) => ({ table: t, address: next[t] ?? "" })) }
          : restored
            ? null
            : { kind: "noneFound" };
      return { ...state, selection: next, dataStatus, detected: true };
    }
    case "detectFailed":
      return { ...state, dataError: action.error, detected: true };
    case "addressTyped":
      return { ...state, selection: { ...state.selection, [action.table]: action.address } };
    case "readAgain":
      // A new selection object: the read hook reads whenever the selection changes.
      return { ...state, selection: { ...state.selection } };
    case "readStarted":
      return { ...state, reading: true };
    case "readDone":
      return { ...state, read: action.read, reading: false, dataError: null };
    case "readFailed":
      // Nothing stale to go on with.
      return { ...state, read: null, reading: false, dataError: action.error };
    case "actionStarted":
      return { ...state, busy: true };
    case "selectionUsed":
      return {
        ...state,
        selection: { ...state.selection, [action.table]: action.address },
        dataError: null,
        busy: false,
      };
    case "templateInserted":
      return {
        ...state,
        selection: fillBlank(state.selection, action.found).next,
        dataStatus: { kind: "templateInserted", sheet: action.sheet },
        dataError: null,
        busy: false,
      };
    case "actionFailed":
      return { ...state, dataError: action.error, busy: false };
    case "assumptionsEdited":
      return { ...state, changes: action.edit(state.changes) };
    case "stepChosen":
      // The write step always opens ready to write, never on the last write's outcome.
      return action.step === "write"
        ? { ...state, step: action.step, write: { phase: "idle" } }
        : { ...state, step: action.step };
    case "settingsSaved":
      return { ...state, settingsError: null };
    case "settingsFailed":
      return { ...state, settingsError: action.error };
    case "planStarted":
      return { ...state, plan: null, planError: null };
    case "planBuilt":
      return { ...state, plan: action.plan };
    case "planFailed":
      return { ...state, planError: action.error };
    case "writeStarted":
      return { ...state, write: { phase: "writing", done: 0, total: 0 } };
    case "writeProgress":
      return state.write.phase === "writing"
        ? { ...state, write: { phase: "writing", done: action.done, total: action.total } }
        : state;
    case "writeDone":
      return {
        ...state,
        write: {
          phase: "done",
          sheets: action.sheets,
          ...(action.overview === undefined ? {} : { overview: action.overview }),
          ...(action.recalculated === true ? { recalculated: true } : {}),
        },
      };
    case "writeFailed":
      return { ...state, write: { phase: "failed", error: action.error } };
    case "sheetOpened":
      return state.write.phase === "done"
        ? { ...state, write: { ...state.write, error: undefined } }
        : state;
    case "sheetFailed":
      return state.write.phase === "done"
        ? { ...state, write: { ...state.write, error: action.error } }
        : state;
  }
}

/** The problems of the last read, sorted under the table they are about (null: no read yet). */
export function selectProblems(
  read: CaseInputRead | null,
  selection: InputSelection,
  language: Language
): GroupedProblems | null {
  return read === null ? null : groupProblems(read, cleanSelection(selection), language);
}

/** The assumptions step's form: defaults from the input, values as typed, their errors. */
export interface AssumptionForm {
  readonly defaults: FormDefaults;
  readonly values: FormValues;
  readonly errors: Partial<Record<TextField, string>>;
}

/** The assumptions form over the last read and the changes typed (null: no read yet). */
export function selectForm(
  read: PaneRead | null,
  changes: FormChanges,
  language: Language
): AssumptionForm | null {
  if (read === null) return null;
  const defaults = formDefaults(read.input, read.assumptions, language);
  const values = formValues(defaults, changes);
  return { defaults, values, errors: formErrors(values, language) };
}

/**
 * The assumptions the report gets: only those the user changed from the input's defaults;
 * before the input has been read, those saved in the workbook.
 */
export function selectOverrides(
  form: AssumptionForm | null,
  changes: FormChanges,
  saved: AssumptionOverrides,
  language: Language
): AssumptionOverrides {
  return form === null ? saved : formOverrides(form.defaults, changes, language);
}

/** The settings saved in the workbook when the user moves between steps. */
export function settingsOf(
  state: WizardState,
  overrides: AssumptionOverrides,
  language: Language
): WizardSettings {
  return {
    version: 1,
    selection: cleanSelection(state.selection),
    assumptions: overrides,
    language,
  };
}

/** Whether Næste can be pressed, and if not, what the user should read about why. */
export interface Progress {
  readonly canGoOn: boolean;
  /**
   * "data": the data step's summary says why; "fields": the assumptions step's hint does;
   * undefined: nothing to point at (still reading, or the last step).
   */
  readonly blockedBy: "data" | "fields" | undefined;
}

/** Whether the current step lets the user go on. */
export function selectProgress(
  state: WizardState,
  problems: GroupedProblems | null,
  form: AssumptionForm | null
): Progress {
  switch (state.step) {
    case "data": {
      const settled = state.detected && !state.reading && problems !== null;
      const canGoOn =
        settled && state.read !== null && problems.errorCount === 0 && isUsable(state.read);
      return { canGoOn, blockedBy: canGoOn || !settled ? undefined : "data" };
    }
    case "assumptions": {
      const canGoOn = form !== null && Object.keys(form.errors).length === 0;
      return { canGoOn, blockedBy: canGoOn ? undefined : "fields" };
    }
    case "preview":
      return { canGoOn: state.plan !== null, blockedBy: undefined };
    case "write":
      return { canGoOn: false, blockedBy: undefined };
  }
}
