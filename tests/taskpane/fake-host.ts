/**
 * An in-memory {@link WorkbookHost} for the task pane's tests: a workbook described as data
 * (tests/input/fake-view.ts), read by the real `readCaseInput`, so the wizard sees exactly the
 * problems and inputs the Office host would give it. Records what the wizard asked for.
 */
import {
  HostError,
  type WizardSettings,
  type WorkbookHost,
  type WriteProgress,
  type WriteResult,
} from "../../src/excel/host";
import type { Language } from "../../src/i18n";
import type { GridValue } from "../../src/input/grid";
import { a1, quoteSheet } from "../../src/sheet";
import type { RangeRef } from "../../src/input/model";
import { readCaseInput, type CaseInputRead, type InputSelection } from "../../src/input/read-case";
import type { ReportPlan } from "../../src/report/plan";
import type { ExistingSheet } from "../../src/report/sheet-names";
import { buildTemplate } from "../../src/report/template";
import { CORPUS } from "../input/corpus";
import { fakeView, type FakeWorkbook } from "../input/fake-view";

export { HostError };

/** Aabenraa's case as Excel tables on "KIK Input" (the first case of the input corpus). */
export function aabenraaWorkbook(): FakeWorkbook {
  const c = CORPUS.find((x) => x.name === "Aabenraa as Excel tables (normal layout)");
  if (c === undefined) throw new Error("the corpus lacks the Aabenraa case");
  return { sheets: c.sheets, tables: c.tables ?? [] };
}

/** The same cells on a sheet KIK does not scan ("Data"), without tables: nothing is detected. */
export function hiddenAabenraaWorkbook(): FakeWorkbook {
  const sheets = aabenraaWorkbook().sheets;
  return { sheets: { Data: sheets["KIK Input"] ?? [] } };
}

/** A workbook's address in the form Excel gives it: 'KIK Input'!A1:C5. */
export function addressOf(range: RangeRef): string {
  return `${quoteSheet(range.sheet)}!${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/** A promise the test resolves when it wants the host to go on. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export class FakeHost implements WorkbookHost {
  sheets: Record<string, GridValue[][]>;
  tables: { name: string; ref: string }[];
  /** What "the user has selected" in Excel. */
  selection = "'KIK Input'!A1:C5";
  settings: WizardSettings | null = null;
  readonly saved: WizardSettings[] = [];
  readonly reads: InputSelection[] = [];
  readonly templates: Language[] = [];
  readonly written: ReportPlan[] = [];
  readonly activated: string[] = [];
  /** Failures for the next calls of a method (first in, first thrown). */
  readonly failures: Partial<Record<keyof WorkbookHost, Error[]>> = {};
  /** When set, writeReport reports its first progress and then waits for this. */
  writeGate: Promise<void> | null = null;
  /** Excel calculates manually (the write then says it calculated the sheets itself). */
  manualCalculation = false;
  /** Sheets that exist besides the input (e.g. one the user called "KIK Overblik"). */
  extraSheets: ExistingSheet[] = [];

  constructor(workbook: FakeWorkbook = aabenraaWorkbook()) {
    this.sheets = Object.fromEntries(
      Object.entries(workbook.sheets).map(([k, rows]) => [k, rows.map((r) => [...r])])
    );
    this.tables = [...(workbook.tables ?? [])];
  }

  private fail(method: keyof WorkbookHost): void {
    const next = this.failures[method]?.shift();
    if (next !== undefined) throw next;
  }

  private view() {
    return fakeView({ sheets: this.sheets, tables: this.tables });
  }

  async selectionAddress(): Promise<string> {
    this.fail("selectionAddress");
    return this.selection;
  }

  async detectInputs(): Promise<InputSelection> {
    this.fail("detectInputs");
    const { ranges } = readCaseInput(this.view(), {}, "da");
    const found: InputSelection = {};
    for (const [kind, range] of Object.entries(ranges)) {
      if (range !== undefined) found[kind as keyof InputSelection] = addressOf(range);
    }
    return found;
  }

  async readInput(selection: InputSelection, language: Language): Promise<CaseInputRead> {
    this.fail("readInput");
    this.reads.push(selection);
    return readCaseInput(this.view(), selection, language);
  }

  async insertTemplate(language: Language): Promise<string> {
    this.fail("insertTemplate");
    this.templates.push(language);
    const template = buildTemplate(language);
    let name = template.name;
    for (let n = 2; this.sheets[name] !== undefined; n++) name = `${template.name} (${n})`;
    const rows: GridValue[][] = [];
    for (const cell of template.cells) {
      const row = (rows[cell.row - 1] ??= []);
      row[cell.column - 1] = cell.value;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    this.sheets[name] = rows;
    for (const t of template.tables) {
      this.tables.push({
        name: t.name,
        ref: `${quoteSheet(name)}!${a1(t.top, t.left)}:${a1(t.bottom, t.right)}`,
      });
    }
    return name;
  }

  async existingSheets(): Promise<ExistingSheet[]> {
    this.fail("existingSheets");
    return [
      ...Object.keys(this.sheets).map((name) => ({ name, generatedKind: null })),
      ...this.extraSheets,
    ];
  }

  async writeReport(
    plan: ReportPlan,
    onProgress?: (p: WriteProgress) => void
  ): Promise<WriteResult> {
    this.fail("writeReport");
    const rows = plan.sheets.map((s) => Math.max(0, ...s.cells.map((c) => c.row)));
    const total = rows.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const [i, n] of rows.entries()) {
      done += n;
      onProgress?.({ done, total });
      if (i === 0 && this.writeGate !== null) await this.writeGate;
      await Promise.resolve();
    }
    this.written.push(plan);
    return {
      sheets: plan.sheets.map((s) => ({ kind: s.kind, name: s.name })),
      syncs: 3,
      recalculated: this.manualCalculation,
    };
  }

  async activateSheet(name: string): Promise<void> {
    this.fail("activateSheet");
    this.activated.push(name);
  }

  loadSettings(): WizardSettings | null {
    return this.settings;
  }

  async saveSettings(settings: WizardSettings): Promise<void> {
    this.fail("saveSettings");
    this.saved.push(settings);
    this.settings = settings;
  }
}
