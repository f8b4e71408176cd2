/**
 * Installs the fake as the globals `Excel` and `Office`, so the built task pane runs on it
 * (e.g. in headless Chromium: bundle this module, then `installFakeOffice(window)` before the
 * task pane's script runs). No Node modules: it bundles with webpack (HyperFormula included).
 */
import { FakeExcel } from "./fake-excel";

export interface InstallOptions {
  /** `Office.context.displayLanguage` (default "da-DK"). */
  readonly displayLanguage?: string;
}

/** Sets `target.Excel` and `target.Office` to the fake; returns the fake. */
export function installFakeOffice(
  target: object = globalThis,
  fake: FakeExcel = new FakeExcel(),
  options: InstallOptions = {}
): FakeExcel {
  const info = { host: "Excel", platform: "OfficeOnline" };
  Object.assign(target, {
    Excel: {
      run: fake.run,
      ChartType: { line: "Line", columnClustered: "ColumnClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    },
    Office: {
      context: {
        document: { settings: fake.settings },
        displayLanguage: options.displayLanguage ?? "da-DK",
        requirements: { isSetSupported: () => true },
      },
      onReady: (callback?: (i: typeof info) => void) =>
        Promise.resolve().then(() => {
          callback?.(info);
          return info;
        }),
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    },
    kikFakeExcel: fake,
  });
  return fake;
}
