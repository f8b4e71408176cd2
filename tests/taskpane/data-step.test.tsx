/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { FakeHost, hiddenAabenraaWorkbook } from "./fake-host";
import { description, isDisabled, nextButton, renderWizard, waitForNext } from "./render";

function field(name: string): HTMLInputElement {
  return screen.getByRole("textbox", { name }) as HTMLInputElement;
}

describe("data step", () => {
  test("detection on open fills the fields and says what it found", async () => {
    const host = new FakeHost();
    renderWizard(host);
    expect(screen.getByRole("heading", { level: 2, name: "Data" })).toBeTruthy();
    await waitFor(() => expect(field("Budgetopfølgning").value).toBe("'KIK Input'!A1:C5"));
    expect(field("Sagstal").value).toBe("'KIK Input'!A7:E12");
    expect(field("Udfald af afsluttede sager").value).toBe("'KIK Input'!A14:B17");
    expect(field("Antagelser (valgfri)").value).toBe("'KIK Input'!A19:D24");
    expect(field("Investering fordelt på kategorier (valgfri)").value).toBe("");
    const status = await screen.findByText(
      /^Fundet automatisk: Budgetopfølgning \('KIK Input'!A1:C5\), Sagstal \('KIK Input'!A7:E12\)/
    );
    expect(status.closest("[role=status]")).not.toBeNull();
    await waitForNext();
    expect(await screen.findByText("Inputtet er læst uden fejl.")).toBeTruthy();
    expect(host.reads.at(-1)).toEqual({
      budget: "'KIK Input'!A1:C5",
      caseload: "'KIK Input'!A7:E12",
      outcomes: "'KIK Input'!A14:B17",
      assumptions: "'KIK Input'!A19:D24",
    });
  });

  test("a workbook without input tables: says so, and Næste stays disabled", async () => {
    renderWizard(new FakeHost({ sheets: { Ark1: [] } }));
    expect(await screen.findByText(/KIK fandt ingen inputtabeller/)).toBeTruthy();
    expect(
      await screen.findByText(/Der er endnu intet at regne på/, { selector: "p" })
    ).toBeTruthy();
    expect(isDisabled(nextButton())).toBe(true);
    expect(description(nextButton())).toMatch(/Der er endnu intet at regne på/);
  });

  test("'Brug markering' puts Excel's selection into the field and reads it", async () => {
    const host = new FakeHost(hiddenAabenraaWorkbook());
    const { user } = renderWizard(host);
    await screen.findByText(/KIK fandt ingen inputtabeller/);
    host.selection = "Data!A1:C5";
    await user.click(screen.getByRole("button", { name: "Brug markering til Budgetopfølgning" }));
    await waitFor(() => expect(field("Budgetopfølgning").value).toBe("Data!A1:C5"));
    await waitForNext();
    expect(host.reads.at(-1)).toEqual({ budget: "Data!A1:C5" });
  });

  test("a bad range shows the reader's message naming the cell, under its field, and disables Næste", async () => {
    const host = new FakeHost();
    host.sheets["Bad"] = [
      ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
      [2016, -18.1, 6.1],
      [2017, "abc", 25.3],
    ];
    const { user } = renderWizard(host);
    await waitForNext();
    const budget = field("Budgetopfølgning");
    await user.clear(budget);
    await user.type(budget, "Bad!A1:C3");
    const alert = await screen.findByText(/Bad!B3: »abc« er ikke et tal \(Budgetteret\)/);
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(description(budget)).toMatch(/Bad!B3: »abc« er ikke et tal/);
    expect(budget.getAttribute("aria-invalid")).toBe("true");
    expect(isDisabled(nextButton())).toBe(true);
    expect(await screen.findByText("1 fejl skal rettes, før du kan gå videre.")).toBeTruthy();
    expect(description(nextButton())).toBe("1 fejl skal rettes, før du kan gå videre.");
    // The other fields have no errors.
    expect(field("Sagstal").getAttribute("aria-invalid")).not.toBe("true");

    // A range that is not there: the reader's own message.
    await user.clear(budget);
    await user.type(budget, "Nope!A1:C3");
    expect(await screen.findByText(/arket »Nope« findes ikke/)).toBeTruthy();
    expect(isDisabled(nextButton())).toBe(true);

    // Fixed: the error goes, Næste comes back.
    await user.clear(budget);
    await user.type(budget, "'KIK Input'!A1:C5");
    await waitForNext();
    expect(screen.queryByText(/findes ikke/)).toBeNull();
  });

  test("warnings are listed separately and do not block", async () => {
    const host = new FakeHost();
    host.sheets["W"] = [
      ["År", "Budgetteret", "Faktisk"],
      [2016, -18.1, 6.1],
    ];
    const { user } = renderWizard(host);
    await waitForNext();
    const budget = field("Budgetopfølgning");
    await user.clear(budget);
    await user.type(budget, "W!A1:C2");
    const warning = await screen.findByText(/W!.*angiver ingen enhed – KIK antager mio\. kr\./);
    expect(warning.closest("[role=alert]")).toBeNull();
    expect(within(warning.closest("div") as HTMLElement).getByText(/Advarsler/)).toBeTruthy();
    await waitForNext();
  });

  test("'Indsæt skabelon' inserts the template in the user's language and detects its tables", async () => {
    const host = new FakeHost({ sheets: { Ark1: [] } });
    const { user } = renderWizard(host);
    await screen.findByText(/KIK fandt ingen inputtabeller/);
    await user.click(screen.getByRole("button", { name: "Indsæt skabelon" }));
    expect(await screen.findByText(/Skabelonen er indsat på arket »KIK Input«/)).toBeTruthy();
    expect(host.templates).toEqual(["da"]);
    await waitFor(() => expect(field("Budgetopfølgning").value).toMatch(/^'KIK Input'!/));
    expect(field("Sagstal").value).toMatch(/^'KIK Input'!/);
    // An empty template has nothing to calculate on yet.
    expect(
      await screen.findByText(/Der er endnu intet at regne på/, { selector: "p" })
    ).toBeTruthy();
    expect(isDisabled(nextButton())).toBe(true);
  });

  test("the inserted template greets with what to fill in, not with warnings about its empty tables", async () => {
    const host = new FakeHost({ sheets: { Ark1: [] } });
    const { user, container } = renderWizard(host);
    await screen.findByText(/KIK fandt ingen inputtabeller/);
    await user.click(screen.getByRole("button", { name: "Indsæt skabelon" }));
    const intro = await screen.findByText("Skabelonen er indsat på arket »KIK Input«. Udfyld:");
    const list = intro.parentElement!.querySelector("ol")!;
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      expect.stringMatching(/^Budgetopfølgning: /),
      expect.stringMatching(/^Sagstal: /),
      expect.stringMatching(/^Udfald: /),
      expect.stringMatching(/^Valgfrit: /),
    ]);
    await screen.findByText(/Der er endnu intet at regne på/, { selector: "p" });
    // The read found four empty tables; none of them is a warning here.
    expect(screen.queryByText(/Advarsler/)).toBeNull();
    expect(screen.queryByText(/har overskrifter, men ingen rækker/)).toBeNull();
    expect(await axe(container)).toHaveNoViolations();

    // The user fills in the budget table and reads again: it is ticked off, Næste opens.
    const budget = host.tables.find((t) => /Budget/i.test(t.name))!;
    const top = Number(/![A-Z]+(\d+):/.exec(budget.ref)![1]);
    const rows = host.sheets["KIK Input"]!;
    rows[top] = [2016, -18.1, 6.1];
    budget.ref = budget.ref.replace(/(\d+)$/, String(top + 1));
    const reads = host.reads.length;
    await user.click(screen.getByRole("button", { name: "Læs igen" }));
    await waitFor(() => expect(host.reads.length).toBeGreaterThan(reads));
    const done = await screen.findByText(/udfyldt/, { selector: "strong" });
    expect(done.closest("li")?.textContent).toMatch(/^Budgetopfølgning: /);
    await waitForNext();
    expect(screen.queryByText(/har overskrifter, men ingen rækker/)).toBeNull();
  });

  test("a problem in a range two fields share is listed once, under the table it names", async () => {
    const host = new FakeHost();
    const { user } = renderWizard(host);
    await waitForNext();
    const outcomes = field("Udfald af afsluttede sager");
    await user.clear(outcomes);
    await user.type(outcomes, "'KIK Input'!A1:C5");
    const error = await screen.findByText(/fandt ingen overskrifter for udfaldstabellen/);
    expect(screen.getAllByText(/fandt ingen overskrifter for udfaldstabellen/)).toHaveLength(1);
    expect(outcomes.getAttribute("aria-invalid")).toBe("true");
    expect(field("Budgetopfølgning").getAttribute("aria-invalid")).not.toBe("true");
    expect(description(outcomes)).toContain(error.textContent);
  });

  test("a read that fails (Excel, or the report's code not loading) can be tried again with 'Læs igen'", async () => {
    const host = new FakeHost();
    host.failures.readInput = [new Error("ChunkLoadError: Loading chunk report failed")];
    const { user } = renderWizard(host);
    expect(await screen.findByText("Der skete en uventet fejl. Prøv igen.")).toBeTruthy();
    expect(isDisabled(nextButton())).toBe(true);
    await user.click(screen.getByRole("button", { name: "Læs igen" }));
    await waitForNext();
    expect(screen.queryByText("Der skete en uventet fejl. Prøv igen.")).toBeNull();
    expect(screen.queryByRole("button", { name: "Læs igen" })).toBeNull();
  });

  test("a failure in Excel is shown in words, never as a stack trace", async () => {
    const host = new FakeHost();
    const { user } = renderWizard(host);
    await waitForNext();
    const boom = new Error("TypeError: x is undefined");
    boom.stack = "Error: at Object.<anonymous> (office-host.ts:12:3)";
    host.failures.selectionAddress = [boom];
    await user.click(screen.getByRole("button", { name: "Brug markering til Sagstal" }));
    expect(await screen.findByText("Der skete en uventet fejl. Prøv igen.")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/office-host\.ts|TypeError/);
  });
});
