/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { AABENRAA_CASELOAD } from "../input/corpus";
import { FakeHost } from "./fake-host";
import {
  description,
  isDisabled,
  nextButton,
  renderWizard,
  stepHeading,
  waitForNext,
} from "./render";

function field(name: string | RegExp): HTMLInputElement {
  return screen.getByRole("textbox", { name }) as HTMLInputElement;
}

/** Opens the "Flere antagelser" disclosure (closed until one of its fields differs). */
async function openMore(user: { click: (e: Element) => Promise<void> }) {
  const summary = screen.getByText("Flere antagelser");
  const details = summary.closest("details") as HTMLDetailsElement;
  if (!details.open) await user.click(summary);
  await waitFor(() => expect(details.open).toBe(true));
}

async function openAssumptions(host = new FakeHost()) {
  const r = renderWizard(host);
  await r.user.click(await waitForNext());
  await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));
  return { host, ...r };
}

describe("assumptions step", () => {
  test("prefills from the input and KIK's defaults", async () => {
    await openAssumptions();
    expect(field(/^Diskonteringsrente/).value).toBe("3,5");
    expect(field(/^Ydelse pr. måned/).value).toBe("10.968");
    expect(description(field(/^Ydelse pr. måned/))).toMatch(/Standardsats for 2016/);
    expect(field(/^Uger på offentlig forsørgelse/).value).toBe("52");
    expect(field(/^Jobcentrets egne udgifter/).value).toBe("0");
    expect(field(/^Udgangspunkt/).value).toBe("1.008");
    expect(field("Mål (personer)").value).toBe("500");
    expect(field(/^Måldato/).value).toBe("2018-12");
    expect(field(/^Tidshorisont/).value).toBe("4");
    const fleksjob = screen.getByRole("switch", { name: "Fleksjob tæller som selvforsørgelse" });
    expect((fleksjob as HTMLInputElement).checked).toBe(false);
    expect(description(fleksjob)).toMatch(/finansieringsloven tæller ikke fleksjob/);
    // Aabenraa's caseload has no comparison column.
    const comparison = screen.getByRole("checkbox", { name: /sammenligningsserien/ });
    expect((comparison as HTMLInputElement).disabled).toBe(true);
    // Off, and the hint says why.
    expect((comparison as HTMLInputElement).checked).toBe(false);
    expect(description(comparison)).toMatch(/ingen kolonne »Sammenligning«/);
  });

  test("net cost from the benefit: 10.968 kr./md., 52 uger → 105.292,80 kr.", async () => {
    const { user } = await openAssumptions();
    expect(screen.getByText("Nettoudgift pr. helårsperson: 105.292,80 kr.")).toBeTruthy();
    const rate = field(/^Ydelse pr. måned/);
    await user.clear(rate);
    await user.type(rate, "12.326");
    expect(await screen.findByText("Nettoudgift pr. helårsperson: 118.329,60 kr.")).toBeTruthy();
    await user.clear(rate);
    await user.type(rate, "10968");
    expect(await screen.findByText("Nettoudgift pr. helårsperson: 105.292,80 kr.")).toBeTruthy();
  });

  test("each field is validated inline with a message naming it; Næste waits for a fix", async () => {
    const { user } = await openAssumptions();
    const rate = field(/^Diskonteringsrente/);
    await user.clear(rate);
    await user.type(rate, "abc");
    const message = await screen.findByText("Diskonteringsrente skal være et tal, fx 3,5");
    expect(message.closest("[role=alert]")).not.toBeNull();
    expect(rate.getAttribute("aria-invalid")).toBe("true");
    expect(isDisabled(nextButton())).toBe(true);
    expect(description(nextButton())).toBe("Ret de markerede felter, før du går videre.");

    await user.clear(rate);
    await user.type(rate, "150");
    expect(
      await screen.findByText("Diskonteringsrente skal ligge mellem 0 % og 100 %")
    ).toBeTruthy();

    // Danish and English decimal notation both work.
    await user.clear(rate);
    await user.type(rate, "3.5");
    await waitFor(() => expect(screen.queryByText(/Diskonteringsrente skal/)).toBeNull());
    expect(isDisabled(nextButton())).toBe(false);

    const date = field(/^Måldato/);
    await user.clear(date);
    await user.type(date, "en dag");
    expect(
      await screen.findByText("Måldato skal være en måned, fx 2018-12 eller dec 2018")
    ).toBeTruthy();
    await user.clear(date);

    const horizon = field(/^Tidshorisont/);
    await user.clear(horizon);
    await user.type(horizon, "2,5");
    expect(await screen.findByText("Tidshorisont skal være et helt tal, fx 4")).toBeTruthy();
    await user.clear(horizon);
    expect(await screen.findByText("Tidshorisont mangler – skriv et tal, fx 4")).toBeTruthy();
    await user.type(horizon, "5");

    const weeks = field(/^Uger på offentlig forsørgelse/);
    await user.clear(weeks);
    await user.type(weeks, "-3");
    expect(await screen.findByText("Uger på forsørgelse kan ikke være negativ")).toBeTruthy();
    expect(screen.queryByText(/^Nettoudgift pr. helårsperson:/)).toBeNull();
  });

  test("only what the user changed goes into the overrides (saved with the settings)", async () => {
    const { user, host } = await openAssumptions();
    const rate = field(/^Diskonteringsrente/);
    await user.clear(rate);
    await user.type(rate, "4");
    await user.click(screen.getByRole("switch", { name: "Fleksjob tæller som selvforsørgelse" }));
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)).toEqual({
      version: 1,
      selection: {
        budget: "'KIK Input'!A1:C5",
        caseload: "'KIK Input'!A7:E12",
        outcomes: "'KIK Input'!A14:B17",
        assumptions: "'KIK Input'!A19:D24",
      },
      assumptions: { discountRate: 0.04, fleksjobIsSelfSupporting: true },
      language: "da",
    });
  });

  test("net cost typed directly, or computed from changed inputs", async () => {
    const { user, host } = await openAssumptions();
    await user.click(screen.getByRole("radio", { name: "Skriv beløbet selv" }));
    const amount = field(/^Nettoudgift pr. helårsperson/);
    expect(amount.value).toBe("105.292,8");
    await user.clear(amount);
    await user.type(amount, "118.330");
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({ netCostPerPersonYear: 118330 });

    await user.click(screen.getByRole("button", { name: "Tilbage" }));
    await user.click(screen.getByRole("radio", { name: "Beregn ud fra ydelsen og refusionen" }));
    const weeks = field(/^Uger på offentlig forsørgelse/);
    await user.clear(weeks);
    await user.type(weeks, "26");
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({
      monthlyBenefitRate: 10968,
      weeksOnBenefit: 26,
      serviceCostPerYear: 0,
    });
  });

  test("the comparison series can be switched off when the caseload has one", async () => {
    const host = new FakeHost({
      sheets: {
        "KIK Input": AABENRAA_CASELOAD.map((row, i) => [
          ...row,
          i === 0 ? "Sammenligning" : i < 4 ? 100 - i : null,
        ]),
      },
    });
    const { user } = await openAssumptions(host);
    // No budget: the first year is the caseload's (2015), which has no default rate.
    const rate = field(/^Ydelse pr. måned/);
    expect(rate.value).toBe("");
    expect(description(rate)).toMatch(/KIK har ingen standardsats for 2015: skriv satsen/);
    const comparison = screen.getByRole("checkbox", { name: /sammenligningsserien/ });
    expect((comparison as HTMLInputElement).disabled).toBe(false);
    expect((comparison as HTMLInputElement).checked).toBe(true);
    expect(description(comparison)).toMatch(/Trækker den generelle udvikling fra/);
    await user.click(comparison);
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({ comparisonTrend: false });
  });

  test("the target date reads as the input sheet does: 'dec 2018', 'december 2018', '2018-12'", async () => {
    const { user, host } = await openAssumptions();
    const date = field(/^Måldato/);
    for (const text of ["dec 2018", "december 2018", "2018-12"]) {
      await user.clear(date);
      await user.type(date, text);
      await waitFor(() => expect(date.getAttribute("aria-invalid")).toBeNull());
      expect(screen.queryByText(/Måldato skal/)).toBeNull();
    }
    await user.clear(date);
    await user.type(date, "dec 2019");
    await waitFor(() => expect(isDisabled(nextButton())).toBe(false));
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({ targetDate: "2019-12" });
  });

  test("dødvægt is set under 'Flere antagelser', reaches the report, and its remark goes", async () => {
    const { user, host } = await openAssumptions();
    // Untouched, the report says it had to use KIK's 0 %.
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(await screen.findByText(/Antagelsen »Dødvægt« mangler i inputtet/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Tilbage" }));
    await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));

    await openMore(user);
    const deadweight = field(/^Dødvægt/);
    expect(deadweight.value).toBe("0");
    expect(description(deadweight)).toMatch(/kommet uden indsatsen/);
    await user.clear(deadweight);
    await user.type(deadweight, "0");
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({ deadweightShare: 0 });
    await screen.findByText("Nøgletal");
    expect(screen.queryByText(/»Dødvægt« mangler/)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Tilbage" }));
    await waitFor(() => expect(stepHeading().textContent).toBe("Antagelser"));
    // "15 %" reads as 15 %.
    await openMore(user);
    const again = field(/^Dødvægt/);
    await user.clear(again);
    await user.type(again, "15 %");
    await user.click(nextButton());
    await waitFor(() => expect(stepHeading().textContent).toBe("Forhåndsvisning"));
    expect(host.saved.at(-1)?.assumptions).toEqual({ deadweightShare: 0.15 });
  });

  test("a plain number from 0 to 1 in a percent field says it is read as the fraction", async () => {
    const { user } = await openAssumptions();
    const rate = field(/^Diskonteringsrente/);
    await user.clear(rate);
    await user.type(rate, "0,035");
    await waitFor(() => expect(description(rate)).toMatch(/Læst som 3,5 %/));
    expect(isDisabled(nextButton())).toBe(false);
  });
});
