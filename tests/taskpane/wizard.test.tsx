/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { FakeHost } from "./fake-host";
import { isDisabled, nextButton, renderWizard, stepHeading, waitForNext } from "./render";

describe("the wizard", () => {
  test("a step indicator marks the current step, and focus moves to each new step's heading", async () => {
    const { user } = renderWizard(new FakeHost());
    const nav = screen.getByRole("navigation", { name: "Trin i guiden" });
    const current = () => nav.querySelector("[aria-current=step]")?.textContent;
    expect(current()).toBe("1. Data");
    // Opening the pane does not steal focus from Excel.
    expect(document.activeElement).not.toBe(stepHeading());
    await user.click(await waitForNext());
    await waitFor(() => expect(current()).toBe("2. Antagelser"));
    expect(document.activeElement).toBe(stepHeading());
    expect(stepHeading().textContent).toBe("Antagelser");
    expect(screen.getByText("Trin 2 af 4")).toBeTruthy();
    // Earlier steps are buttons in the indicator.
    await user.click(within(nav).getByRole("button", { name: "1. Data" }));
    await waitFor(() => expect(current()).toBe("1. Data"));
    expect(document.activeElement).toBe(stepHeading());
  });

  test("saves the setup on each step change and restores it when the workbook is opened again", async () => {
    const first = new FakeHost();
    const a = renderWizard(first);
    await a.user.click(await waitForNext());
    const rate = screen.getByRole("textbox", { name: /^Diskonteringsrente/ });
    await a.user.clear(rate);
    await a.user.type(rate, "4,25");
    await a.user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(first.saved).toHaveLength(2);
    const settings = first.saved.at(-1)!;
    expect(settings.assumptions).toEqual({ discountRate: 0.0425 });
    a.unmount();

    // A colleague opens the same workbook: same ranges (even where detection finds other
    // tables), same assumptions.
    const second = new FakeHost();
    second.settings = {
      ...settings,
      selection: { ...settings.selection, budget: "'KIK Input'!A1:C4" },
    };
    const b = renderWizard(second);
    const budget = screen.getByRole("textbox", { name: "Budgetopfølgning" }) as HTMLInputElement;
    expect(budget.value).toBe("'KIK Input'!A1:C4");
    await b.user.click(await waitForNext());
    expect(second.reads.at(-1)?.budget).toBe("'KIK Input'!A1:C4");
    const restored = screen.getByRole("textbox", {
      name: /^Diskonteringsrente/,
    }) as HTMLInputElement;
    expect(restored.value).toBe("4,25");
    await b.user.click(nextButton());
    expect(await screen.findByText(/med 4,3 % om året/)).toBeTruthy();
  });

  test("English when Office speaks English", async () => {
    const host = new FakeHost();
    const { user } = renderWizard(host, "en");
    expect(screen.getByRole("heading", { level: 2, name: "Data" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Budget follow-up" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Use selection for Caseload" })).toBeTruthy();
    expect(await screen.findByText(/^Found automatically: Budget follow-up/)).toBeTruthy();
    await user.click(await waitForNext("en"));
    expect(stepHeading().textContent).toBe("Assumptions");
    const rate = screen.getByRole("textbox", { name: /^Discount rate/ }) as HTMLInputElement;
    expect(rate.value).toBe("3.5");
    await user.clear(rate);
    await user.type(rate, "x");
    expect(await screen.findByText("Discount rate must be a number, e.g. 3.5")).toBeTruthy();
    await user.clear(rate);
    await user.type(rate, "3,5");
    expect(screen.getByText("Net cost per person-year: DKK 105,292.80")).toBeTruthy();
    await user.click(nextButton("en"));
    // (Once on its card; a headline card may also hold it up as its comparison.)
    expect((await screen.findAllByText("Not within 2016–2019")).length).toBeGreaterThan(0);
    await user.click(nextButton("en"));
    await user.click(screen.getByRole("button", { name: "Write result sheets" }));
    expect(await screen.findByRole("button", { name: "KIK Overview" })).toBeTruthy();
    expect(host.saved.at(-1)?.language).toBe("en");
  });

  test("keyboard only: Tab to a field, type, Tab on to Næste, Enter", async () => {
    const host = new FakeHost();
    const { user } = renderWizard(host);
    await waitForNext();
    // From the top of the page: the fields come in reading order, each followed by its button.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Budgetopfølgning" }));
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Brug markering til Budgetopfølgning" })
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Sagstal" }));
    while (document.activeElement !== nextButton()) await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));
    expect(document.activeElement).toBe(stepHeading());

    // Into the first field, change it with the keyboard, and on through the radio group.
    await user.tab();
    const rate = screen.getByRole("textbox", { name: /^Diskonteringsrente/ });
    expect(document.activeElement).toBe(rate);
    await user.keyboard("{Control>}a{/Control}4");
    expect((rate as HTMLInputElement).value).toBe("4");
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole("radio", { name: "Beregn ud fra ydelsen og refusionen" })
    );
    await user.keyboard("{ArrowDown}");
    expect(
      (screen.getByRole("radio", { name: "Skriv beløbet selv" }) as HTMLInputElement).checked
    ).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole("textbox", { name: /^Nettoudgift pr. helårsperson/ })
    );
    // Space toggles the fleksjob switch.
    while (document.activeElement?.getAttribute("role") !== "switch") await user.tab();
    await user.keyboard(" ");
    expect((document.activeElement as HTMLInputElement).checked).toBe(true);
    while (document.activeElement !== nextButton()) await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({
      discountRate: 0.04,
      netCostPerPersonYear: 105292.8,
      fleksjobIsSelfSupporting: true,
    });
  });

  test("no axe violations on any step", async () => {
    const host = new FakeHost();
    host.sheets["Bad"] = [
      ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
      [2016, "abc", 6.1],
    ];
    const { user, container } = renderWizard(host);
    await waitForNext();
    expect(await axe(container)).toHaveNoViolations();

    // Data with errors and warnings showing.
    const budget = screen.getByRole("textbox", { name: "Budgetopfølgning" });
    await user.clear(budget);
    await user.type(budget, "Bad!A1:C2");
    await screen.findByText(/Bad!B2: »abc«/);
    await waitFor(() => expect(isDisabled(nextButton())).toBe(true));
    expect(await axe(container)).toHaveNoViolations();
    await user.clear(budget);
    await user.type(budget, "'KIK Input'!A1:C5");
    await user.click(await waitForNext());

    // Assumptions, also with an inline error.
    await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));
    expect(await axe(container)).toHaveNoViolations();
    const rate = screen.getByRole("textbox", { name: /^Diskonteringsrente/ });
    await user.clear(rate);
    await user.type(rate, "abc");
    await screen.findByText(/Diskonteringsrente skal være et tal/);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole("radio", { name: "Skriv beløbet selv" }));
    expect(await axe(container)).toHaveNoViolations();
    await user.clear(rate);
    await user.type(rate, "3,5");

    // Preview.
    await user.click(nextButton());
    await screen.findByRole("img", { name: /Sagstal mod mål/ });
    expect(await axe(container)).toHaveNoViolations();
    // With every key figure shown.
    await user.click(screen.getByText("Alle nøgletal"));
    expect(await axe(container)).toHaveNoViolations();

    // Write: before, failed, done.
    await user.click(nextButton());
    expect(await axe(container)).toHaveNoViolations();
    host.failures.writeReport = [new (await import("./fake-host")).HostError("Arket er låst.")];
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    await screen.findByText("Arket er låst.");
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole("button", { name: "Prøv igen" }));
    await screen.findByText("Resultatarkene er skrevet.");
    expect(await axe(container)).toHaveNoViolations();
  });
});
