import { cellName } from "../../src/input/problems";
import { readInvestment } from "../../src/input/read-investment";
import { gridOf } from "./fake-view";

describe("investment by category", () => {
  it("reads categories and amounts, and the unit its header states", () => {
    const { value, problems } = readInvestment(
      gridOf([
        ["Kategori", "Beløb (mio. kr.)"],
        ["Nye indsatser", 42.5],
        ["Medarbejdere", "18"],
      ])
    );
    expect(problems).toEqual([]);
    expect(value.categories.map((c) => [c.category.value, c.amount.value])).toEqual([
      ["Nye indsatser", 42.5],
      ["Medarbejdere", 18],
    ]);
    expect(value.categories[1]?.amount.fromText).toBe(true);
    expect(value.unitMentions.map((m) => [m.unit, cellName(m.ref)])).toEqual([
      ["mio.kr", "KIK Input!B1"],
    ]);
  });

  it("skips a totals row »I alt« with a warning instead of reading it as a category", () => {
    const { value, problems } = readInvestment(
      gridOf([
        ["Kategori", "Beløb"],
        ["Nye indsatser", 42.5],
        ["Medarbejdere", 18],
        ["I alt", 60.5],
      ])
    );
    expect(value.categories.map((c) => c.category.value)).toEqual([
      "Nye indsatser",
      "Medarbejdere",
    ]);
    expect(value.range?.bottom).toBe(4);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ["warning", "KIK Input!A4: »I alt« er en total og bliver ikke læst – KIK lægger selv sammen"],
    ]);
  });

  it("refuses a negative amount, an amount without a category and a category without one", () => {
    const { value, problems } = readInvestment(
      gridOf([
        ["Kategori", "Beløb"],
        ["Nye indsatser", -42.5],
        [null, 18],
        ["Øvrigt", null],
      ])
    );
    expect(value.categories).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!B2: -42,5 er negativ (Beløb) – investeringen angives som et positivt beløb (bruttoinvestering)",
      "KIK Input!A3: beløb uden kategori – skriv kategorien i kolonnen Kategori",
      "KIK Input!B4: »Øvrigt« mangler et beløb (Beløb)",
    ]);
  });
});
