/**
 * Rendering the wizard for the tests: Fluent's provider around it, user-event, jest-axe's
 * matcher, and small queries for what screen readers see (descriptions, the Næste button).
 */
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toHaveNoViolations } from "jest-axe";
import type { Language } from "../../src/i18n";
import type { PaneVisibility } from "../../src/taskpane/visibility";
import { Wizard } from "../../src/taskpane/Wizard";
import type { FakeHost } from "./fake-host";

expect.extend(toHaveNoViolations);

// jsdom has no CSS.escape; user-event needs it to walk a radio group with the arrow keys.
const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
if (css?.escape === undefined) {
  (globalThis as { CSS?: object }).CSS = {
    ...css,
    escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`),
  };
}

/**
 * Renders the wizard over `host`; reading waits only 5 ms after typing.
 *
 * No CSS rule is inserted: jsdom's getComputedStyle matches every rule in the document against
 * the element on each call, and Testing Library, user-event and axe call it for every element
 * they look at, so Fluent's stylesheet made each query slow. Rules can only hide or restyle
 * what these tests look at (labels, roles, errors, focus); the browser test runs with them.
 */
export function renderWizard(
  host: FakeHost,
  language: Language = "da",
  visibility?: PaneVisibility
) {
  const user = userEvent.setup();
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  const view = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <Wizard
          host={host}
          language={language}
          version="9.9.9"
          readDelayMs={5}
          now={() => new Date(Date.UTC(2024, 0, 15, 12))}
          visibility={visibility}
        />
      </FluentProvider>
    </RendererProvider>
  );
  return { user, ...view };
}

/** The accessible description of an element (the texts its aria-describedby points at). */
export function description(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** The Next button ("Næste" / "Next"). */
export function nextButton(language: Language = "da"): HTMLElement {
  return screen.getByRole("button", { name: language === "da" ? "Næste" : "Next" });
}

export function isDisabled(button: HTMLElement): boolean {
  return button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true";
}

/** Waits until the data step has read the inputs and Næste can be pressed. */
export async function waitForNext(language: Language = "da"): Promise<HTMLElement> {
  await waitFor(() => expect(isDisabled(nextButton(language))).toBe(false), { timeout: 5000 });
  return nextButton(language);
}

/** The heading of the current step (level 2). */
export function stepHeading(): HTMLElement {
  return screen.getByRole("heading", { level: 2 });
}
