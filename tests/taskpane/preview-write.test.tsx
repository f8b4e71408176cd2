/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost, gate, HostError } from "./fake-host";
import { nextButton, renderWizard, stepHeading, waitForNext } from "./render";

async function goTo(heading: string, host = new FakeHost()) {
  const r = renderWizard(host);
  await r.user.click(await waitForNext());
  while (stepHeading().textContent !== heading) {
    await waitFor(() => expect(nextButton().getAttribute("aria-disabled")).not.toBe("true"));
    await r.user.click(nextButton());
  }
  return { host, ...r };
}

describe("preview step", () => {
  test("shows Aabenraa's key figures as cards", async () => {
    await goTo("Forhåndsvisning");
    const payback = await screen.findByRole("heading", { name: "Tilbagebetalingstid, budget" });
    const card = payback.closest("li") as HTMLElement;
    expect(within(card).getByText("Ikke inden for 2016–2019")).toBeTruthy();
    expect(
      within(card).getByText(/investeringen er ikke tjent hjem i budgetperioden/)
    ).toBeTruthy();
    const gain = screen.getByRole("heading", { name: "Nettogevinst, budget (mio. kr.)" });
    expect(within(gain.closest("li") as HTMLElement).getByText("-0,7 mio. kr.")).toBeTruthy();
    expect(screen.getByText("87,6 %")).toBeTruthy();
    // Notes from the report (defaults used …).
    expect(screen.getByRole("heading", { name: "Bemærkninger" })).toBeTruthy();
  });

  test("leads with the conclusion, the headline cards and the economy chart; the rest behind 'Alle nøgletal'", async () => {
    await goTo("Forhåndsvisning");
    const conclusion = await screen.findByRole("heading", { name: "Konklusion" });
    // The actual result so far comes first, in the sentence and on the first card.
    const sentence = screen.getByText(/^Strategien har .*2016–2018.* 42,8 mio\. kr\./);
    const firstCard = screen.getAllByRole("article")[0]!;
    expect(within(firstCard).getByText("42,8 mio. kr.")).toBeTruthy();
    const economy = screen.getByRole("img", { name: /^Søjle- og linjediagram, Økonomi pr\. år/ });
    const all = screen.getByText("Alle nøgletal");
    const order = [conclusion, sentence, firstCard, economy, all];
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING
      ).toBeTruthy();
    // Budget and actual per year, with running sums, as a table for screen readers.
    const table = screen.getByRole("table", { name: /Økonomi pr\. år \(mio\. kr\.\) som tabel/ });
    const row2018 = within(table).getByRole("rowheader", { name: "2018" }).closest("tr")!;
    expect([...row2018.querySelectorAll("td")].map((c) => c.textContent)).toEqual([
      "4,0",
      "11,4",
      "-22,7",
      "42,8",
    ]);
    // The other figures wait closed behind the disclosure.
    const details = all.closest("details")!;
    expect(details.open).toBe(false);
    expect(
      within(details).getByRole("heading", { name: "Nutidsværdi, budget (mio. kr.)" })
    ).toBeTruthy();
    // No headline card is repeated behind it.
    const inside = within(details)
      .getAllByRole("article")
      .map((a) => a.textContent);
    const headline = screen
      .getAllByRole("article")
      .filter((a) => !details.contains(a))
      .map((a) => a.textContent);
    expect(headline.length).toBeGreaterThanOrEqual(4);
    for (const card of headline) expect(inside).not.toContain(card);
  });

  test("a note that a card already explains is said once", async () => {
    await goTo("Forhåndsvisning");
    await screen.findByRole("heading", { name: "Bemærkninger" });
    // Aabenraa's investment is unknown: its card says why, the notes do not repeat it.
    expect(screen.getAllByText(/^Investeringen kendes ikke/)).toHaveLength(1);
  });

  test("draws caseload against target as an image with a summary and a data table", async () => {
    await goTo("Forhåndsvisning");
    const chart = await screen.findByRole("img", { name: /^Linjediagram, Sagstal mod mål/ });
    const label = chart.getAttribute("aria-label") ?? "";
    expect(label).toMatch(/Sagstal: fra 1\.008 \(jun\. 2015\) til 563 \(jul\. 2017\)/);
    expect(label).toMatch(/Målsti: fra 1\.008 \(jun\. 2015\)/);
    const table = screen.getByRole("table", { name: /Sagstal mod mål som tabel/ });
    const rows = within(table).getAllByRole("row");
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole("columnheader")
        .map((c) => c.textContent)
    ).toEqual(expect.arrayContaining(["Måned", "Sagstal", "Målsti"]));
    expect(within(table).getByRole("rowheader", { name: "jun. 2015" })).toBeTruthy();
  });

  test("the assumptions chosen reach the plan", async () => {
    const host = new FakeHost();
    const r = renderWizard(host);
    await r.user.click(await waitForNext());
    const rate = screen.getByRole("textbox", { name: /^Diskonteringsrente/ });
    await r.user.clear(rate);
    await r.user.type(rate, "0");
    await r.user.click(nextButton());
    const npv = await screen.findByRole("heading", { name: "Nutidsværdi, budget (mio. kr.)" });
    // Undiscounted, the present value equals the net gain.
    expect(within(npv.closest("li") as HTMLElement).getByText("-0,7 mio. kr.")).toBeTruthy();
  });
});

describe("write step", () => {
  test("writes with progress, then links to each sheet that activate it", async () => {
    const host = new FakeHost();
    const held = gate();
    host.writeGate = held.promise;
    const { user } = await goTo("Skriv", host);
    expect(document.activeElement).toBe(stepHeading());
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    const bar = await screen.findByRole("progressbar");
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
    // Danish grouping: KIK Følsomhed's draw table takes the total past 1.000 rows.
    expect(screen.getByText(/^\d{1,3}(\.\d{3})* af \d{1,3}(\.\d{3})* rækker$/)).toBeTruthy();
    held.open();
    expect(await screen.findByText("Resultatarkene er skrevet.")).toBeTruthy();
    const links = screen.getByRole("navigation", { name: "Gå til et resultatark" });
    const buttons = within(links).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "KIK Overblik",
      "KIK Økonomi",
      "KIK Sagstal",
      "KIK Antagelser",
      "KIK Følsomhed",
    ]);
    await user.click(within(links).getByRole("button", { name: "KIK Økonomi" }));
    await waitFor(() => expect(host.activated).toEqual(["KIK Økonomi"]));
    expect(host.written).toHaveLength(1);
    expect(host.written[0]?.keyFigures.find((k) => k.id === "payback")?.text).toBe(
      "Ikke inden for 2016–2019"
    );
  });

  test("after writing, the main action opens KIK Overblik; Skriv igen comes second", async () => {
    const host = new FakeHost();
    const { user } = await goTo("Skriv", host);
    // (Which button is primary is seen in the browser test: jsdom has no styles.)
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    const open = await screen.findByRole("button", { name: "Gå til KIK Overblik" });
    const again = screen.getByRole("button", { name: "Skriv igen" });
    expect(open.compareDocumentPosition(again) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Focus stays on the button the user pressed.
    expect(document.activeElement).toBe(again);
    await user.click(open);
    await waitFor(() => expect(host.activated).toEqual(["KIK Overblik"]));
  });

  test("when Excel calculates manually, the pane says KIK calculated the sheets and F9 updates the rest", async () => {
    const automatic = await goTo("Skriv");
    await automatic.user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    expect(await screen.findByText("Resultatarkene er skrevet.")).toBeTruthy();
    expect(screen.queryByText(/F9/)).toBeNull();
    automatic.unmount();

    const host = new FakeHost();
    host.manualCalculation = true;
    const { user } = await goTo("Skriv", host);
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    expect(await screen.findByText("Resultatarkene er skrevet.")).toBeTruthy();
    const note = screen.getByText(/Excel beregner manuelt.*F9/);
    expect(note.closest("[role=status]")).not.toBeNull();
  });

  test("a sheet the user made under KIK's name is left alone: the report gets '(2)'", async () => {
    const host = new FakeHost();
    host.extraSheets = [{ name: "KIK Overblik", generatedKind: null }];
    const { user } = await goTo("Skriv", host);
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    expect(await screen.findByRole("button", { name: "KIK Overblik (2)" })).toBeTruthy();
  });

  test("a HostError is shown in an error message bar, and Prøv igen retries", async () => {
    const host = new FakeHost();
    host.failures.writeReport = [
      new HostError("Arket »KIK Overblik« er beskyttet – ophæv beskyttelsen, og prøv igen."),
    ];
    const { user } = await goTo("Skriv", host);
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    const message = await screen.findByText(/Arket »KIK Overblik« er beskyttet/);
    expect(message.closest("[role=alert]")).not.toBeNull();
    expect(screen.getByText("Resultatarkene blev ikke skrevet")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Prøv igen" }));
    expect(await screen.findByText("Resultatarkene er skrevet.")).toBeTruthy();
    expect(screen.queryByText(/er beskyttet/)).toBeNull();
  });

  test("a sheet link that fails says why and keeps the links", async () => {
    const host = new FakeHost();
    host.failures.activateSheet = [new HostError("Arket »KIK Sagstal« findes ikke længere.")];
    const { user } = await goTo("Skriv", host);
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    await user.click(await screen.findByRole("button", { name: "KIK Sagstal" }));
    const message = await screen.findByText("Arket »KIK Sagstal« findes ikke længere.");
    expect(message.closest("[role=alert]")).not.toBeNull();
    await user.click(screen.getByRole("button", { name: "KIK Sagstal" }));
    await waitFor(() => expect(host.activated).toEqual(["KIK Sagstal"]));
    expect(screen.queryByText(/findes ikke længere/)).toBeNull();
  });

  test("an unexpected error shows no stack trace", async () => {
    const host = new FakeHost();
    const boom = new Error("RichApi.Error: GeneralException");
    boom.stack = "RichApi.Error at writeReport (office-host.ts:99:1)";
    host.failures.writeReport = [boom];
    const { user } = await goTo("Skriv", host);
    await user.click(screen.getByRole("button", { name: "Skriv resultatark" }));
    expect(await screen.findByText("Der skete en uventet fejl. Prøv igen.")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/RichApi|office-host/);
  });
});
