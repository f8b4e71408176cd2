/* global Office, Document */
/**
 * Whether the task pane is shown. With the shared runtime the page also runs while the pane is
 * hidden: Excel loads it when a custom function first needs the runtime (Microsoft: "Configure
 * your Office Add-in to use a shared runtime"; "Show or hide the task pane of your Office
 * Add-in"). The guide reads the workbook only while the pane is shown, and looks for the inputs
 * again each time it is shown again.
 */

/** The pane's visibility and its changes. */
export interface PaneVisibility {
  visible(): boolean;
  /** Calls `listener` on every change. */
  onChange(listener: (visible: boolean) => void): void;
}

/** The pane as always shown (outside the shared runtime, and in tests that do not care). */
export const ALWAYS_VISIBLE: PaneVisibility = { visible: () => true, onChange: () => {} };

/** `Office.addin`'s part used here (SharedRuntime 1.1). */
type AddinEvents = Pick<Office.Addin, "onVisibilityModeChanged">;

/**
 * Visibility from the page (`document.visibilityState`, hidden while Excel keeps the page
 * without a pane) and from `Office.addin.onVisibilityModeChanged` ("Taskpane" / "Hidden").
 */
export function officeVisibility(doc: Document, addin: AddinEvents | undefined): PaneVisibility {
  let shown = doc.visibilityState !== "hidden";
  const listeners: ((visible: boolean) => void)[] = [];
  const set = (visible: boolean) => {
    if (visible === shown) return;
    shown = visible;
    for (const l of listeners) l(visible);
  };
  doc.addEventListener("visibilitychange", () => set(doc.visibilityState !== "hidden"));
  void addin
    ?.onVisibilityModeChanged((m) => set(String(m.visibilityMode) === "Taskpane"))
    .catch(() => undefined);
  return { visible: () => shown, onChange: (l) => void listeners.push(l) };
}
