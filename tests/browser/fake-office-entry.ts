/**
 * Browser bundle standing in for office.js in the real-browser test: a fake Excel holding the
 * workbook the test seeds (window.__KIK_SEED__), in the display language it names
 * (window.__KIK_DISPLAY_LANGUAGE__), installed as the globals Office and Excel before
 * the task pane's own scripts run. The custom-functions bundle only needs CustomFunctions.associate.
 */
import { FakeExcel, installFakeOffice } from "../excel/fake";

type SeedCall = readonly [string, ...unknown[]];

const w = window as unknown as {
  __KIK_SEED__?: SeedCall[];
  /** Office's display language for the run (default da-DK). */
  __KIK_DISPLAY_LANGUAGE__?: string;
  CustomFunctions?: unknown;
};

const fake = new FakeExcel();
for (const [method, ...args] of w.__KIK_SEED__ ?? []) {
  (fake as unknown as Record<string, (...a: unknown[]) => unknown>)[method]?.(...args);
}
installFakeOffice(window, fake, { displayLanguage: w.__KIK_DISPLAY_LANGUAGE__ ?? "da-DK" });

class FunctionError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
w.CustomFunctions = {
  associate: () => undefined,
  Error: FunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
};
