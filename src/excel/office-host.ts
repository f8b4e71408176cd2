/* global Excel, Office */

/**
 * The workbook as the task pane sees it, over Office.js: {@link OfficeWorkbookHost}.
 *
 * `Excel.run` and `Office.context.document.settings` come in through the constructor, so the
 * tests run it on a fake (tests/excel/fake). In the task pane: {@link createOfficeHost}.
 *
 * Syncs (round trips to Excel):
 * - `existingSheets()`: 2 (the sheet, table and name lists; then each sheet's marker, used
 *   range, tables and charts, and each table's range). The state read is kept, so a following
 *   `readInput` or `writeReport` checks it in its own first sync instead of reading it again.
 * - `detectInputs()`: 2 when every table has a conventional table or defined name; 3 when the
 *   input sheet must be read to find tables by their headers.
 * - `readInput()`: 1 with a kept state (all ranges in one sync, which also checks that the
 *   sheets, tables and names are still as read; more for inputs over about 4 MB); 2 more
 *   without one or when the workbook changed.
 * - `writeReport()`: 2 after `existingSheets()` (checks, protection and the KIK sheets'
 *   contents for a rollback; then all commands), 3 without a kept state. Beyond about 4 MB of
 *   commands the cells go in chunks of at most 20,000 rows, one sync each.
 */
import { getLanguage, parseLanguage, type Language } from "../i18n";
import { INPUT_SHEET_NAMES, TABLE_KINDS, TABLE_NAMES, type TableKind } from "../input/headers";
import { readCaseInput, type CaseInputRead, type InputSelection } from "../input/read-case";
import type { ReportPlan } from "../report/plan";
import type { ExistingSheet } from "../report/sheet-names";
import { sameName } from "../sheet";
import {
  HostError,
  type WizardSettings,
  type WorkbookHost,
  type WriteProgress,
  type WriteResult,
} from "./host";
import { excelMessage } from "./messages";
import type { ExcelRun, XlContext, XlSettings } from "./office-api";
import { isItemNotFound, loadInputView, selectionText } from "./read-input";
import {
  existingSheetsOf,
  readWorkbookState,
  sheetNamed,
  type WorkbookState,
} from "./workbook-state";

/**
 * The writer and the template, loaded when first needed: the pane opens without their code
 * (webpack puts them in a chunk of their own), and a user who only previews never loads it.
 */
const loadWriter = () => import(/* webpackChunkName: "writer" */ "./writer-chunk");

/** The key of the wizard's settings in the workbook. */
export const SETTINGS_KEY = "KIK.wizard";

/** What the host needs from Office. */
export interface OfficeHostOptions {
  /** `Excel.run` (or a fake with the same shape). */
  readonly run: ExcelRun;
  /** `Office.context.document.settings`. */
  readonly settings: XlSettings;
  /** Language of messages from calls that take none (default: the language in force). */
  readonly language?: Language;
}

/** Reads the wizard's settings from a stored value (JSON text); null when missing or corrupt. */
export function parseWizardSettings(raw: unknown): WizardSettings | null {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return null;
  const selection: InputSelection = {};
  if (typeof v.selection === "object" && v.selection !== null) {
    const s = v.selection as Record<string, unknown>;
    for (const kind of TABLE_KINDS) {
      const text = s[kind];
      if (typeof text === "string") selection[kind] = text;
    }
  } else if (v.selection !== undefined) return null;
  const assumptions: Record<string, number | boolean | string> = {};
  if (typeof v.assumptions === "object" && v.assumptions !== null) {
    for (const [k, x] of Object.entries(v.assumptions as Record<string, unknown>))
      if (typeof x === "number" || typeof x === "boolean" || typeof x === "string")
        assumptions[k] = x;
  } else if (v.assumptions !== undefined) return null;
  const language = parseLanguage(v.language);
  return {
    version: 1,
    selection,
    assumptions: assumptions as WizardSettings["assumptions"],
    ...(language === undefined ? {} : { language }),
  };
}

/** The workbook over Office.js. */
export class OfficeWorkbookHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly settings: XlSettings;
  private readonly language: Language | undefined;
  /** The workbook's state as last read (checked again before it is relied on). */
  private state: WorkbookState | null = null;
  /** Syncs of the last call (for tests and the bench). */
  lastSyncs = 0;

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.settings = options.settings;
    this.language = options.language;
  }

  private lang(language?: Language): Language {
    return language ?? this.language ?? getLanguage();
  }

  /** Runs a batch with a sync counter; other failures become HostError("readFailed"). */
  private async batch<T>(
    language: Language,
    body: (context: XlContext, sync: () => Promise<void>) => Promise<T>
  ): Promise<T> {
    let syncs = 0;
    try {
      return await this.run(async (context) =>
        body(context, async () => {
          syncs++;
          await context.sync();
        })
      );
    } catch (error) {
      if (error instanceof HostError) throw error;
      const message =
        error instanceof Error && error.message !== ""
          ? error.message
          : excelMessage("unknownReason", {}, language);
      throw new HostError(excelMessage("readFailed", { reason: message }, language));
    } finally {
      this.lastSyncs = syncs;
    }
  }

  async selectionAddress(): Promise<string> {
    return this.batch(this.lang(), async (context, sync) => {
      // getSelectedRange throws on a selection of several areas (Microsoft: Workbook.
      // getSelectedRange), so the areas are read and the user told to select one range.
      const range = context.workbook.getSelectedRanges().load("address,areaCount");
      await sync();
      if (range.areaCount > 1)
        throw new HostError(
          excelMessage("selectionAreas", { count: range.areaCount }, this.lang())
        );
      return range.address;
    });
  }

  async existingSheets(): Promise<ExistingSheet[]> {
    return this.batch(this.lang(), async (context, sync) => {
      this.state = await readWorkbookState(context, sync);
      return existingSheetsOf(this.state);
    });
  }

  /** Reads the input through the kept state; reads the state again when it is stale. */
  private async read(
    context: XlContext,
    sync: () => Promise<void>,
    selection: InputSelection,
    language: Language,
    inputSheetOnly = false
  ): Promise<{ read: CaseInputRead; state: WorkbookState }> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.state === null || attempt > 0) this.state = await readWorkbookState(context, sync);
      const view = await loadInputView(context, sync, this.state, selection, inputSheetOnly);
      if (view !== "stale")
        return { read: readCaseInput(view, selection, language), state: this.state };
    }
    throw new Error("the workbook changed while KIK was reading it");
  }

  /**
   * Tables with the conventional names (Excel tables, then defined names) are found by name;
   * for the others, the input sheet ("KIK Input" …) is read and its blocks recognised by their
   * headers (their addresses are returned).
   */
  async detectInputs(): Promise<InputSelection> {
    const language = this.lang();
    return this.batch(language, async (context, sync) => {
      const state = (this.state = await readWorkbookState(context, sync));
      const selection: InputSelection = {};
      const missing: TableKind[] = [];
      for (const kind of TABLE_KINDS) {
        const names = TABLE_NAMES[kind];
        const table = names
          .map((n) => state.tables.find((t) => sameName(t.name, n)))
          .find((t) => t !== undefined);
        const name = names
          .map((n) => state.names.find((x) => sameName(x.name, n) && x.range !== null))
          .find((x) => x !== undefined);
        if (table !== undefined) selection[kind] = table.name;
        else if (name !== undefined) selection[kind] = name.name;
        else missing.push(kind);
      }
      const inputSheet = INPUT_SHEET_NAMES.some((n) => sheetNamed(state, n) !== undefined);
      if (missing.length === 0 || !inputSheet) return selection;
      const { read, state: now } = await this.read(context, sync, {}, language, true);
      for (const kind of missing) {
        const range = read.ranges[kind];
        if (range !== undefined) selection[kind] = selectionText(now, range);
      }
      return selection;
    });
  }

  async readInput(selection: InputSelection, language: Language): Promise<CaseInputRead> {
    return this.batch(language, async (context, sync) => {
      const { read } = await this.read(context, sync, selection, language, false);
      return read;
    });
  }

  async insertTemplate(language: Language): Promise<string> {
    // The kept state (checked again by the write) tells which name is free.
    const state =
      this.state ??
      (await this.batch(language, async (context, sync) => readWorkbookState(context, sync)));
    this.state = null;
    const { buildTemplate, TEMPLATE_SHEET_NAME, writeTransaction } = await loadWriter();
    let name = TEMPLATE_SHEET_NAME;
    for (let n = 2; state.sheets.some((s) => sameName(s.name, name)); n++)
      name = `${TEMPLATE_SHEET_NAME} (${n})`;
    const outcome = await writeTransaction(this.run, state, {
      targets: [{ content: { ...buildTemplate(language), name }, kind: null }],
      language,
      activate: name,
      failure: "templateFailed",
    });
    this.lastSyncs = outcome.syncs;
    return name;
  }

  async writeReport(
    plan: ReportPlan,
    onProgress?: (p: WriteProgress) => void
  ): Promise<WriteResult> {
    const cached = this.state;
    this.state = null;
    const { writeTransaction } = await loadWriter();
    const outcome = await writeTransaction(this.run, cached, {
      targets: plan.sheets.map((s) => ({ content: s, kind: s.kind })),
      language: plan.language,
      failure: "writeFailed",
      ...(onProgress === undefined ? {} : { onProgress }),
    });
    this.lastSyncs = outcome.syncs;
    return {
      sheets: plan.sheets.map((s, i) => ({
        kind: s.kind,
        name: outcome.sheets[i]?.name ?? s.name,
      })),
      syncs: outcome.syncs,
      recalculated: outcome.recalculated,
    };
  }

  async activateSheet(name: string): Promise<void> {
    const language = this.lang();
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    } catch (error) {
      if (isItemNotFound(error))
        throw new HostError(excelMessage("sheetNotFound", { sheet: name }, language));
      throw new HostError(
        excelMessage(
          "readFailed",
          { reason: error instanceof Error ? error.message : String(error) },
          language
        )
      );
    }
  }

  loadSettings(): WizardSettings | null {
    try {
      return parseWizardSettings(this.settings.get(SETTINGS_KEY));
    } catch {
      return null;
    }
  }

  async saveSettings(settings: WizardSettings): Promise<void> {
    const language = this.lang(settings.language);
    const fail = (reason: string) =>
      new HostError(excelMessage("settingsFailed", { reason }, language));
    try {
      this.settings.set(SETTINGS_KEY, JSON.stringify(settings));
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    await new Promise<void>((resolve, reject) => {
      try {
        this.settings.saveAsync((result) => {
          if (result.status === "succeeded") resolve();
          else reject(fail(result.error?.message ?? excelMessage("unknownReason", {}, language)));
        });
      } catch (error) {
        reject(fail(error instanceof Error ? error.message : String(error)));
      }
    });
  }
}

/** The host over the real Office.js (`Excel.run`, the document's settings). */
export function createOfficeHost(language?: Language): OfficeWorkbookHost {
  return new OfficeWorkbookHost({
    run: (batch) => Excel.run((context) => batch(context)),
    settings: Office.context.document.settings,
    ...(language === undefined ? {} : { language }),
  });
}
