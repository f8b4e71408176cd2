/**
 * Installs the fake as the globals `Excel` and `Office`, so the built task pane runs on it
 * (e.g. in headless Chromium: bundle this module, then `installFakeOffice(window)` before the
 * task pane's script runs). No Node modules: it bundles with webpack (HyperFormula included).
 */
import { FakeExcel } from "./fake-excel";

export interface InstallOptions {
  /** `Office.context.displayLanguage` (default "da-DK"). */
  readonly displayLanguage?: string;
  /**
   * The newest version of each requirement set this Excel supports, for
   * `Office.context.requirements.isSetSupported` (default: every set, every version).
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /**
   * Start as the shared runtime does when a custom function needs it first: the page loaded
   * without a pane (`document.visibilityState` "hidden") until `fake.setVisibility("Taskpane")`.
   */
  readonly startHidden?: boolean;
  /** The page's document (default: `target.document`). */
  readonly document?: Document;
}

/** True when `version` is at most `newest` ("1.9" < "1.13"). */
function atMost(version: string, newest: string): boolean {
  const a = version.split(".").map(Number);
  const b = newest.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return true;
}

/** Sets `target.Excel` and `target.Office` to the fake; returns the fake. */
export function installFakeOffice(
  target: object = globalThis,
  fake: FakeExcel = new FakeExcel(),
  options: InstallOptions = {}
): FakeExcel {
  const info = { host: "Excel", platform: "OfficeOnline" };
  const sets = options.requirementSets;
  const isSetSupported = (name: string, version = "1.1") =>
    sets === undefined || (sets[name] !== undefined && atMost(version, sets[name] as string));
  const doc = options.document ?? (target as { document?: Document }).document;
  if (options.startHidden === true) {
    fake.visibility = "Hidden";
    if (doc !== undefined) {
      Object.defineProperty(doc, "visibilityState", {
        configurable: true,
        get: () => (fake.visibility === "Hidden" ? "hidden" : "visible"),
      });
      fake.onVisibility(() => doc.dispatchEvent(new Event("visibilitychange")));
    }
  }
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
        requirements: { isSetSupported },
      },
      addin: {
        onVisibilityModeChanged: (handler: (m: { visibilityMode: string }) => void) => {
          fake.onVisibility((visibilityMode) => handler({ visibilityMode }));
          return Promise.resolve(() => Promise.resolve());
        },
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
