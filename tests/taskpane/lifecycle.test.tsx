/** @jest-environment jsdom */
/**
 * The pane's start in Excel: an Excel too old for the guide is told so before anything is read,
 * and a pane loaded hidden by the shared runtime reads nothing until it is shown, then looks for
 * the inputs again each time it is shown again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { officeVisibility, type PaneVisibility } from "../../src/taskpane/visibility";
import { installFakeOffice } from "../excel/fake";
import { FakeHost } from "./fake-host";
import { renderWizard, waitForNext } from "./render";

/** A pane whose visibility the test sets. */
function controlled(visible: boolean): PaneVisibility & { set(v: boolean): void } {
  const listeners: ((v: boolean) => void)[] = [];
  return {
    visible: () => visible,
    onChange: (l) => void listeners.push(l),
    set(v) {
      visible = v;
      for (const l of listeners) l(v);
    },
  };
}

/** A host that counts every call that reads the workbook. */
function countingHost(): { host: FakeHost; calls: string[] } {
  const host = new FakeHost();
  const calls: string[] = [];
  for (const method of [
    "detectInputs",
    "readInput",
    "selectionAddress",
    "existingSheets",
  ] as const) {
    const original = host[method].bind(host) as (...a: unknown[]) => Promise<unknown>;
    (host as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => {
      calls.push(method);
      return original(...a);
    };
  }
  return { host, calls };
}

test("Excel without ExcelApi 1.13: the pane says so in Danish or English and reads nothing", async () => {
  for (const [language, text] of [
    [
      "da",
      /Denne Excel er for gammel til KIK's guide: den kræver Excel-API 1\.13 .* KIK-funktionerne virker stadig\./,
    ],
    [
      "en",
      /This Excel is too old for KIK's guide: it needs Excel API 1\.13 .* The KIK functions still work\./,
    ],
  ] as const) {
    const { host, calls } = countingHost();
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} tooOld language={language} version="9.9.9" />
      </FluentProvider>
    );
    expect(screen.getByRole("alert").textContent).toMatch(text);
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);
    view.unmount();
  }
});

test("loaded hidden, the pane reads nothing until it is shown, and finds the inputs again each time it is shown", async () => {
  const { host, calls } = countingHost();
  const pane = controlled(false);
  renderWizard(host, "da", pane);
  await new Promise((r) => setTimeout(r, 100));
  expect(calls).toEqual([]);
  act(() => pane.set(true));
  await waitForNext();
  expect(calls.filter((c) => c === "detectInputs")).toHaveLength(1);
  expect(calls).toContain("readInput");
  act(() => {
    pane.set(false);
    pane.set(true);
  });
  await waitFor(() => expect(calls.filter((c) => c === "detectInputs")).toHaveLength(2));
});

test("officeVisibility follows Office.addin.onVisibilityModeChanged (the fake's hidden-page start) and the page's visibility", async () => {
  const target: Record<string, unknown> = {};
  const fake = installFakeOffice(target, undefined, { startHidden: true, document });
  const office = target.Office as { addin: Office.Addin };
  const pane = officeVisibility(document, office.addin);
  const seen: boolean[] = [];
  pane.onChange((v) => seen.push(v));
  await Promise.resolve();
  fake.setVisibility("Taskpane");
  expect(pane.visible()).toBe(true);
  fake.setVisibility("Hidden");
  expect([pane.visible(), seen]).toEqual([false, [true, false]]);
});
