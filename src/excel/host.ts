/**
 * What the task pane needs from the workbook, as one small interface. `OfficeWorkbookHost`
 * implements it with Office.js; the task pane's tests use a fake. Nothing here imports Office.
 */
import type { Language } from "../i18n";
import type { CaseInputRead, InputSelection } from "../input/read-case";
import type { ReportPlan, ReportSheetKind } from "../report/plan";
import type { ExistingSheet } from "../report/sheet-names";
import type { AssumptionOverrides } from "../report/build";

/** The wizard's choices, kept in the workbook's settings so a colleague finds the same setup. */
export interface WizardSettings {
  readonly version: 1;
  /** Sheet-qualified ranges (or table / defined names) per input table. */
  readonly selection: InputSelection;
  /** The assumptions step's values (only those the user set). */
  readonly assumptions: AssumptionOverrides;
  readonly language?: Language;
}

/** Progress while the report is written. */
export interface WriteProgress {
  /** Rows written so far and in all. */
  readonly done: number;
  readonly total: number;
}

/** What was written. */
export interface WriteResult {
  readonly sheets: readonly { readonly kind: ReportSheetKind; readonly name: string }[];
  /** Number of `context.sync()` calls the write used. */
  readonly syncs: number;
  /**
   * Excel calculates manually: KIK calculated the written sheets itself; formulas elsewhere
   * that use them wait for F9.
   */
  readonly recalculated: boolean;
}

/** A failure the user should read: already in their language, naming sheet or cell. */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostError";
  }
}

/** The workbook as the task pane sees it. */
export interface WorkbookHost {
  /** The address of the current selection, sheet-qualified ("'KIK Input'!A1:D6"). */
  selectionAddress(): Promise<string>;
  /** Input tables found by convention (Excel tables / defined names / the "KIK Input" sheet). */
  detectInputs(): Promise<InputSelection>;
  /** Reads and validates the chosen inputs (all ranges in one sync). */
  readInput(selection: InputSelection, language: Language): Promise<CaseInputRead>;
  /** Inserts the empty input template as a new sheet; returns its name. */
  insertTemplate(language: Language): Promise<string>;
  /** The workbook's sheets and which of them KIK made. */
  existingSheets(): Promise<ExistingSheet[]>;
  /** Writes the report's sheets; throws {@link HostError} with a readable message on failure. */
  writeReport(plan: ReportPlan, onProgress?: (p: WriteProgress) => void): Promise<WriteResult>;
  /** Selects a sheet (the links at the end of the wizard). */
  activateSheet(name: string): Promise<void>;
  /** The settings saved in this workbook, if any. */
  loadSettings(): WizardSettings | null;
  saveSettings(settings: WizardSettings): Promise<void>;
}
