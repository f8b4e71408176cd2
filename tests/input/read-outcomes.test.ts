import { classifyOutcome } from "../../src/engine";
import { cellName } from "../../src/input/problems";
import { readOutcomes } from "../../src/input/read-outcomes";
import { AABENRAA_OUTCOMES } from "./corpus";
import { gridOf } from "./fake-view";

describe("outcomes", () => {
  it("reads Aabenraa's closed cases with counts", () => {
    const { value, problems } = readOutcomes(gridOf(AABENRAA_OUTCOMES));
    expect(problems).toEqual([]);
    expect(value?.rows.map((r) => [r.label.value, r.count?.value])).toEqual([
      ["Selvforsørgende", 54],
      ["Job- eller uddannelsesparat", 19],
      ["Anden forsørgelse", 27],
    ]);
    expect(cellName(value!.rows[2]!.count!.ref)).toBe("KIK Input!B4");
    // The labels are ones the engine knows.
    expect(value?.rows.map((r) => classifyOutcome(r.label.value))).toEqual([
      "selfSupporting",
      "ready",
      "otherSupport",
    ]);
  });

  it("reads one row per case without a count column", () => {
    const { value, problems } = readOutcomes(
      gridOf([["Udfald"], ["Selvforsørgende"], ["Fleksjob"], [null], ["  Selvforsørgende "]])
    );
    expect(problems).toEqual([]);
    expect(value?.rows.map((r) => [r.label.value, r.count])).toEqual([
      ["Selvforsørgende", null],
      ["Fleksjob", null],
      ["Selvforsørgende", null],
    ]);
  });

  it("picks the real header below a title that mentions it", () => {
    const { value, problems } = readOutcomes(
      gridOf([["Udfald af afsluttede sager 2016"], ["Udfald", "Antal"], ["Selvforsørgende", 54]])
    );
    expect(problems).toEqual([]);
    expect(value?.rows.map((r) => r.count?.value)).toEqual([54]);
    expect(value?.range.top).toBe(2);
  });

  it("warns about a count that is not whole and refuses a negative one", () => {
    const { value, problems } = readOutcomes(
      gridOf([
        ["Udfald", "Antal"],
        ["Selvforsørgende", 0.54],
        ["Anden forsørgelse", -3],
      ])
    );
    expect(value?.rows.map((r) => r.count?.value)).toEqual([0.54]);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ["warning", "KIK Input!B2: 0,54 er ikke et helt antal sager (Antal)"],
      ["error", "KIK Input!B3: -3 er negativ (Antal) – et antal kan ikke være negativt"],
    ]);
  });

  it("keeps numbers used as labels as text and refuses TRUE and error labels", () => {
    const { value, problems } = readOutcomes(
      gridOf([
        ["Udfald", "Antal"],
        [12, 5],
        [true, 1],
        [{ error: "#NAME?" }, 2],
      ]),
      { language: "en" }
    );
    expect(value?.rows.map((r) => r.label.value)).toEqual(["12"]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!A3: 'TRUE' is not text (Udfald) – expected text, e.g. 'Self-supporting'",
      "KIK Input!A4: contains the error #NAME? (Udfald) – expected text, e.g. 'Self-supporting'",
    ]);
  });

  it("skips a totals row »I alt | 100« instead of reading it as an outcome", () => {
    const { value, problems } = readOutcomes(gridOf([...AABENRAA_OUTCOMES, ["I alt", 100]]), {
      language: "en",
    });
    expect(value?.rows.map((r) => [r.label.value, r.count?.value])).toEqual([
      ["Selvforsørgende", 54],
      ["Job- eller uddannelsesparat", 19],
      ["Anden forsørgelse", 27],
    ]);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ["warning", "KIK Input!A5: 'I alt' is a total and is not read – KIK adds up by itself"],
    ]);
  });

  it("a totals row without a count is skipped too, not refused as an outcome without a count", () => {
    const { value, problems } = readOutcomes(
      gridOf([["Udfald", "Antal"], ["Selvforsørgende", 54], ["Total"]])
    );
    expect(value?.rows.map((r) => r.label.value)).toEqual(["Selvforsørgende"]);
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!A3: »Total« er en total og bliver ikke læst – KIK lægger selv sammen",
    ]);
  });

  it("reports a header-only table", () => {
    const { value, problems } = readOutcomes(
      gridOf([
        ["Udfald", "Antal"],
        [null, null],
      ])
    );
    expect(value).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      "KIK Input!A1:B1: udfaldstabellen har overskrifter, men ingen rækker",
    ]);
  });
});
