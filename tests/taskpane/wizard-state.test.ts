/** The wizard's step logic without React or a workbook: the reducer and what it lets through. */
import type { WizardSettings } from "../../src/excel/host";
import { readCaseInput, type CaseInputRead } from "../../src/input/read-case";
import { buildReport } from "../../src/report/build";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { NO_CHANGES } from "../../src/taskpane/assumption-form";
import {
  fillBlank,
  initialWizardState,
  selectForm,
  selectOverrides,
  selectProblems,
  selectProgress,
  settingsOf,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from "../../src/taskpane/wizard-state";
import { fakeView } from "../input/fake-view";
import { aabenraaWorkbook, FakeHost } from "./fake-host";
import { paneRead } from "./pane-read";

const FOUND = {
  budget: "'KIK Input'!A1:C5",
  caseload: "'KIK Input'!A7:E12",
  outcomes: "'KIK Input'!A14:B17",
  assumptions: "'KIK Input'!A19:D24",
};

/** Aabenraa read as the wizard reads it. */
const aabenraa: CaseInputRead = readCaseInput(fakeView(aabenraaWorkbook()), FOUND, "da");

/** A read with a cell that is not a number (one error). */
function badRead(): CaseInputRead {
  const host = new FakeHost();
  host.sheets["Bad"] = [
    ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
    [2016, "abc", 6.1],
  ];
  return readCaseInput(
    fakeView({ sheets: host.sheets, tables: host.tables }),
    { budget: "Bad!A1:C2" },
    "da"
  );
}

/** Freezes a state all the way down, so a reducer that writes into it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs `actions` from `state`, checking that no step changes the state it was given. */
function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce((s, a) => wizardReducer(deepFreeze(s), a), state);
}

const start = () => initialWizardState(null, "da");
/** The data step after detection and a clean read of Aabenraa. */
const readState = () =>
  run(
    start(),
    { type: "detected", found: FOUND },
    { type: "readStarted" },
    { type: "readDone", read: paneRead(aabenraa) }
  );

describe("the wizard's state when the pane opens", () => {
  test("without saved settings: the data step, nothing chosen, nothing read", () => {
    const s = start();
    expect(s.step).toBe("data");
    expect(s.selection).toEqual({});
    expect(s.changes).toBe(NO_CHANGES);
    expect(s.savedAssumptions).toEqual({});
    expect([s.detected, s.reading, s.busy, s.read, s.plan]).toEqual([
      false,
      false,
      false,
      null,
      null,
    ]);
    expect(s.write).toEqual({ phase: "idle" });
  });

  test("with saved settings: their ranges and their assumptions as the user typed them", () => {
    const saved: WizardSettings = {
      version: 1,
      selection: { budget: "Data!A1:C5" },
      assumptions: { discountRate: 0.0425, fleksjobIsSelfSupporting: true },
      language: "da",
    };
    const s = initialWizardState(saved, "da");
    expect(s.selection).toEqual({ budget: "Data!A1:C5" });
    expect(s.changes.text.discountRate).toBe("4,25");
    expect(s.changes.fleksjob).toBe(true);
    expect(s.savedAssumptions).toBe(saved.assumptions);
    expect(initialWizardState(saved, "en").changes.text.discountRate).toBe("4.25");
  });
});

describe("the data step", () => {
  test("detection fills only the blank fields and says which, in the step's order", () => {
    const s = run(
      { ...start(), selection: { budget: "Data!A1:C5", caseload: "  " } },
      {
        type: "detected",
        found: { outcomes: FOUND.outcomes, budget: FOUND.budget, caseload: FOUND.caseload },
      }
    );
    expect(s.detected).toBe(true);
    expect(s.selection).toEqual({
      budget: "Data!A1:C5",
      caseload: FOUND.caseload,
      outcomes: FOUND.outcomes,
    });
    expect(s.dataStatus).toEqual({
      kind: "detected",
      filled: [
        { table: "caseload", address: FOUND.caseload },
        { table: "outcomes", address: FOUND.outcomes },
      ],
    });
  });

  test("detection that finds nothing: says so, unless the fields were restored", () => {
    expect(run(start(), { type: "detected", found: {} }).dataStatus).toEqual({ kind: "noneFound" });
    const restored = { ...start(), selection: { budget: "Data!A1:C5" } };
    expect(
      run(restored, { type: "detected", found: { budget: FOUND.budget } }).dataStatus
    ).toBeNull();
  });

  test("fillBlank keeps what is typed and ignores blank findings", () => {
    expect(
      fillBlank({ budget: "X!A1" }, { budget: "Y!A1", caseload: " ", outcomes: "Z!A1" })
    ).toEqual({
      next: { budget: "X!A1", outcomes: "Z!A1" },
      filled: ["outcomes"],
    });
  });

  test("a failed detection is shown and reading may start", () => {
    const s = run(start(), { type: "detectFailed", error: "Excel svarer ikke." });
    expect([s.detected, s.dataError]).toEqual([true, "Excel svarer ikke."]);
  });

  test("a read replaces the last one and clears an old error; a failed read leaves nothing stale", () => {
    const reading = run(start(), { type: "detectFailed", error: "x" }, { type: "readStarted" });
    expect(reading.reading).toBe(true);
    const read = paneRead(aabenraa);
    const done = run(reading, { type: "readDone", read });
    expect([done.reading, done.read, done.dataError]).toEqual([false, read, null]);
    const failed = run(
      done,
      { type: "readStarted" },
      { type: "readFailed", error: "Arket findes ikke." }
    );
    expect([failed.reading, failed.read, failed.dataError]).toEqual([
      false,
      null,
      "Arket findes ikke.",
    ]);
  });

  test("typing an address changes only that field", () => {
    const s = run(readState(), { type: "addressTyped", table: "budget", address: "Bad!A1:C2" });
    expect(s.selection).toEqual({ ...FOUND, budget: "Bad!A1:C2" });
  });

  test("'Brug markering' and 'Indsæt skabelon' are busy until Excel answers", () => {
    const busy = run(start(), { type: "actionStarted" });
    expect(busy.busy).toBe(true);
    const used = run(busy, { type: "selectionUsed", table: "caseload", address: "Data!A1:E9" });
    expect([used.busy, used.selection.caseload, used.dataError]).toEqual([
      false,
      "Data!A1:E9",
      null,
    ]);
    const failed = run(busy, {
      type: "actionFailed",
      error: "Der skete en uventet fejl. Prøv igen.",
    });
    expect([failed.busy, failed.dataError]).toEqual([
      false,
      "Der skete en uventet fejl. Prøv igen.",
    ]);
    const inserted = run(
      { ...busy, selection: { budget: "Data!A1:C5" } },
      { type: "templateInserted", sheet: "KIK Input", found: FOUND }
    );
    expect(inserted.busy).toBe(false);
    expect(inserted.selection).toEqual({ ...FOUND, budget: "Data!A1:C5" });
    expect(inserted.dataStatus).toEqual({ kind: "templateInserted", sheet: "KIK Input" });
    // "Læs igen": the same addresses as a new selection, which the read hook reads again.
    const again = run(inserted, { type: "readAgain" });
    expect(again.selection).toEqual(inserted.selection);
    expect(again.selection).not.toBe(inserted.selection);
    expect(again.dataStatus).toBe(inserted.dataStatus);
  });

  test("Næste waits for detection and the read, and then for a usable read without errors", () => {
    const progress = (s: WizardState) =>
      selectProgress(
        s,
        selectProblems(s.read, s.selection, "da"),
        selectForm(s.read, s.changes, "da")
      );
    // Still finding or reading: nothing to point at yet.
    expect(progress(start())).toEqual({ canGoOn: false, blockedBy: undefined });
    expect(progress(run(readState(), { type: "readStarted" }))).toEqual({
      canGoOn: false,
      blockedBy: undefined,
    });
    expect(progress(readState())).toEqual({ canGoOn: true, blockedBy: undefined });
    // An error in the read: the summary says why.
    const bad = run(
      readState(),
      { type: "addressTyped", table: "budget", address: "Bad!A1:C2" },
      { type: "readDone", read: paneRead(badRead()) }
    );
    expect(selectProblems(bad.read, bad.selection, "da")?.errorCount).toBe(1);
    expect(progress(bad)).toEqual({ canGoOn: false, blockedBy: "data" });
    // A read with nothing to calculate on.
    const empty = readCaseInput(fakeView({ sheets: { Ark1: [] } }), {}, "da");
    expect(progress(run(readState(), { type: "readDone", read: paneRead(empty) }))).toEqual({
      canGoOn: false,
      blockedBy: "data",
    });
  });
});

describe("the assumptions step", () => {
  test("edits apply to the changes; an invalid field blocks Næste and the hint says why", () => {
    const s = run(
      readState(),
      { type: "stepChosen", step: "assumptions" },
      {
        type: "assumptionsEdited",
        edit: (c) => ({ ...c, text: { ...c.text, discountRate: "abc" } }),
      }
    );
    expect(s.changes.text.discountRate).toBe("abc");
    const form = selectForm(s.read, s.changes, "da");
    expect(form?.errors.discountRate).toBe("Diskonteringsrente skal være et tal, fx 3,5");
    expect(selectProgress(s, null, form)).toEqual({ canGoOn: false, blockedBy: "fields" });
    const fixed = run(s, {
      type: "assumptionsEdited",
      edit: (c) => ({ ...c, text: { ...c.text, discountRate: "4" } }),
    });
    expect(selectProgress(fixed, null, selectForm(fixed.read, fixed.changes, "da")).canGoOn).toBe(
      true
    );
  });

  test("the report gets only what the user changed; before a read, what the workbook saved", () => {
    const saved = { discountRate: 0.04 };
    expect(selectOverrides(null, NO_CHANGES, saved, "da")).toBe(saved);
    const s = run(readState(), {
      type: "assumptionsEdited",
      edit: (c) => ({ ...c, text: { ...c.text, discountRate: "4,25" }, fleksjob: true }),
    });
    const overrides = selectOverrides(selectForm(s.read, s.changes, "da"), s.changes, saved, "da");
    expect(overrides).toEqual({ discountRate: 0.0425, fleksjobIsSelfSupporting: true });
    expect(settingsOf(s, overrides, "da")).toEqual({
      version: 1,
      selection: FOUND,
      assumptions: { discountRate: 0.0425, fleksjobIsSelfSupporting: true },
      language: "da",
    });
  });
});

describe("moving between steps", () => {
  test("the write step always opens ready to write; other steps keep the write's outcome", () => {
    const done = run(
      readState(),
      { type: "writeStarted" },
      { type: "writeDone", sheets: ["KIK Overblik"] }
    );
    expect(run(done, { type: "stepChosen", step: "preview" }).write.phase).toBe("done");
    const again = run(done, { type: "stepChosen", step: "write" });
    expect([again.step, again.write]).toEqual(["write", { phase: "idle" }]);
  });

  test("a settings failure is shown until the next save works", () => {
    const failed = run(start(), { type: "settingsFailed", error: "Dine valg kunne ikke gemmes" });
    expect(failed.settingsError).toBe("Dine valg kunne ikke gemmes");
    expect(run(failed, { type: "settingsSaved" }).settingsError).toBeNull();
  });
});

describe("preview and write", () => {
  test("the preview starts empty, then shows the plan or the failure", () => {
    const plan = buildReport(aabenraa.input, {
      language: "da",
      sheetNames: resolveSheetNames([], "da"),
      inputRanges: aabenraa.ranges,
      generatedAt: new Date(Date.UTC(2024, 0, 15)),
      version: "9.9.9",
    });
    const building = run({ ...readState(), planError: "old" }, { type: "planStarted" });
    expect([building.plan, building.planError]).toEqual([null, null]);
    expect(run(building, { type: "planBuilt", plan }).plan).toBe(plan);
    expect(
      selectProgress(run(building, { type: "stepChosen", step: "preview" }), null, null).canGoOn
    ).toBe(false);
    const built = run(
      building,
      { type: "stepChosen", step: "preview" },
      { type: "planBuilt", plan }
    );
    expect(selectProgress(built, null, null)).toEqual({ canGoOn: true, blockedBy: undefined });
    expect(run(building, { type: "planFailed", error: "Fejl" }).planError).toBe("Fejl");
  });

  test("writing: progress, then the sheets; a failure, then a retry", () => {
    const writing = run(readState(), { type: "writeStarted" });
    expect(writing.write).toEqual({ phase: "writing", done: 0, total: 0 });
    expect(run(writing, { type: "writeProgress", done: 40, total: 120 }).write).toEqual({
      phase: "writing",
      done: 40,
      total: 120,
    });
    const failed = run(writing, { type: "writeFailed", error: "Arket er låst." });
    expect(failed.write).toEqual({ phase: "failed", error: "Arket er låst." });
    // Progress that arrives after the write ended changes nothing.
    expect(run(failed, { type: "writeProgress", done: 1, total: 2 })).toEqual(failed);
    const done = run(
      failed,
      { type: "writeStarted" },
      { type: "writeDone", sheets: ["KIK Overblik", "KIK Økonomi"] }
    );
    expect(done.write).toEqual({ phase: "done", sheets: ["KIK Overblik", "KIK Økonomi"] });
    // The overview's name, for the main action after writing.
    expect(
      run(writing, { type: "writeDone", sheets: ["KIK Overview"], overview: "KIK Overview" }).write
    ).toEqual({ phase: "done", sheets: ["KIK Overview"], overview: "KIK Overview" });
    expect(selectProgress({ ...done, step: "write" }, null, null).canGoOn).toBe(false);
  });

  test("a sheet link that fails keeps the links and says why; the next one that works clears it", () => {
    const done = run(
      readState(),
      { type: "writeStarted" },
      { type: "writeDone", sheets: ["KIK Sagstal"] }
    );
    const failed = run(done, { type: "sheetFailed", error: "Arket findes ikke længere." });
    expect(failed.write).toEqual({
      phase: "done",
      sheets: ["KIK Sagstal"],
      error: "Arket findes ikke længere.",
    });
    expect(run(failed, { type: "sheetOpened" }).write).toEqual({
      phase: "done",
      sheets: ["KIK Sagstal"],
    });
    // A write Excel left to manual calculation: the note stays with the links.
    const manual = run(
      readState(),
      { type: "writeStarted" },
      { type: "writeDone", sheets: ["KIK Sagstal"], recalculated: true }
    );
    expect(manual.write).toEqual({ phase: "done", sheets: ["KIK Sagstal"], recalculated: true });
    const manualFailed = run(manual, { type: "sheetFailed", error: "x" });
    expect(run(manualFailed, { type: "sheetOpened" }).write).toEqual(manual.write);
    // Outside the done phase a link answer changes nothing.
    const writing = run(done, { type: "writeStarted" });
    expect(run(writing, { type: "sheetFailed", error: "x" })).toEqual(writing);
  });
});
