/** A read as the pane holds it: with the report's resolution of its assumptions (useInputRead). */
import type { Language } from "../../src/i18n";
import type { CaseInput } from "../../src/input/model";
import type { CaseInputRead } from "../../src/input/read-case";
import { resolveAssumptions } from "../../src/report/assumptions";
import { firstYearOf } from "../../src/taskpane/assumption-form";
import type { PaneRead } from "../../src/taskpane/wizard-state";

/** The report's resolution of an input before any change in the guide: the form's defaults. */
export function assumedOf(input: CaseInput, language: Language = "da") {
  return resolveAssumptions(input, firstYearOf(input), language);
}

/** `read` with the assumptions the pane resolves when it reads. */
export function paneRead(read: CaseInputRead, language: Language = "da"): PaneRead {
  return { ...read, assumptions: assumedOf(read.input, language) };
}
