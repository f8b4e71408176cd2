/** @jest-environment jsdom */
/** A headline card shows what its figure is held against, when the report says (issue 11). */
import { render, screen, within } from "@testing-library/react";
import type { KeyFigure } from "../../src/report/plan";
import { KeyFigureCards } from "../../src/taskpane/KeyFigureCards";

test("a card names its comparison beside the figure; a card without one shows none", () => {
  const actual = {
    id: "actualToDate",
    label: "Faktisk resultat hidtil (mio. kr.)",
    value: 42.8,
    text: "42,8 mio. kr.",
    explanation: "Summen af de kendte år.",
    comparison: { label: "Budget for samme år", value: -22.7, text: "-22,7 mio. kr." },
  } as KeyFigure;
  const plain: KeyFigure = { ...actual, id: "plain", label: "Uden sammenligning" };
  delete (plain as { comparison?: unknown }).comparison;
  render(<KeyFigureCards figures={[actual, plain]} />);
  const card = screen.getByRole("article", { name: "Faktisk resultat hidtil (mio. kr.)" });
  expect(within(card).getByText(/^Budget for samme år:/).textContent).toBe(
    "Budget for samme år: -22,7 mio. kr."
  );
  const other = screen.getByRole("article", { name: "Uden sammenligning" });
  expect(within(other).queryByText(/Budget for samme år/)).toBeNull();
});
