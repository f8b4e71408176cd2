/** @jest-environment jsdom */
/**
 * The assumptions step's "Usikkerhed" disclosure for the uncertainty analysis's fields (issue
 * 12 puts them in the catalogue with `wizard.section: "uncertainty"`). Until they land, a stub:
 * the deadweight field declared in that section.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { FakeHost } from "./fake-host";
import { renderWizard, stepHeading, waitForNext } from "./render";

jest.mock("../../src/assumptions/catalogue", () => {
  const actual = jest.requireActual<typeof import("../../src/assumptions/catalogue")>(
    "../../src/assumptions/catalogue"
  );
  return {
    ...actual,
    WIZARD_ASSUMPTIONS: actual.WIZARD_ASSUMPTIONS.map((s) =>
      s.key === "deadweightShare" && s.wizard !== null
        ? { ...s, wizard: { ...s.wizard, section: "uncertainty" } }
        : s
    ),
  };
});

test("fields of the uncertainty section sit behind 'Usikkerhed', closed until opened, validated like the rest", async () => {
  const host = new FakeHost();
  const { user, container } = renderWizard(host);
  await user.click(await waitForNext());
  await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));
  const summary = screen.getByText("Usikkerhed");
  const details = summary.closest("details") as HTMLDetailsElement;
  expect(details.open).toBe(false);
  const deadweight = within(details).getByRole("textbox", { name: /^Dødvægt/ });
  // Not also behind "Flere antagelser".
  const more = screen.getByText("Flere antagelser").closest("details") as HTMLElement;
  expect(within(more).queryByRole("textbox", { name: /^Dødvægt/ })).toBeNull();
  await user.click(summary);
  await waitFor(() => expect(details.open).toBe(true));
  expect(within(details).getByText(/Hvor sikre tallene er/)).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
  await user.clear(deadweight);
  await user.type(deadweight, "abc");
  expect(await within(details).findByText(/Dødvægt skal være/)).toBeTruthy();
});
