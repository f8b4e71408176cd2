/**
 * Arguments as Excel really sends them while the metadata's `allowCustomDataForDataTypeAny` is
 * on (custom-functions-metadata always sets it): a formatted number, an entity or any other data
 * type arrives as an object `{ type, basicValue, basicType }` (Excel.CellValue, ExcelApi 1.16).
 * KIK reads it by its basic value, the value `Range.values` would show.
 */
import type { KikError } from "../../src/functions/excel-values";
import * as f from "../../src/functions/implementations";
import { setLanguage } from "../../src/i18n";

const formatted = (n: number, numberFormat = "#,##0") => ({
  type: "FormattedNumber",
  basicValue: n,
  basicType: "Double",
  numberFormat,
});
const entity = {
  type: "Entity",
  text: "Aabenraa",
  basicValue: "#VALUE!",
  basicType: "Error",
  properties: {},
};

beforeEach(() => setLanguage("da"));

test("KIK.REDUKTION on a formatted number uses its number (it gave #VALUE! with an unfilled {error})", () => {
  expect(f.reductionFn(formatted(1008) as never, 563)).toBeCloseTo(445 / 1008, 12);
  expect(
    f.reductionFn({ type: "Double", basicValue: 1008 } as never, formatted(563) as never)
  ).toBeCloseTo(445 / 1008, 12);
});

test("formatted numbers, strings and booleans inside ranges read by their basic value", () => {
  const out = f.variance(
    [[formatted(-18.1, "0.0"), -8.6]] as never,
    [[{ type: "String", basicValue: "6,1" }, formatted(25.3)]] as never
  ) as number[][];
  expect(out[0]?.[0]).toBeCloseTo(24.2, 12);
  expect(out[0]?.[1]).toBeCloseTo(33.9, 12);
  expect(
    f.selfSufficiency([[{ type: "String", basicValue: "Job" }], ["Sygedagpenge"]] as never)
  ).toBeCloseTo(0.5, 12);
  expect(
    f.selfSufficiency([["Job"], ["Fleksjob"]] as never, undefined, {
      type: "Boolean",
      basicValue: true,
    } as never)
  ).toBeCloseTo(1, 12);
  expect(f.netCostFn(12326, 52, { type: "Empty", basicValue: "" } as never)).toBeCloseTo(
    118329.6,
    6
  );
});

test("an entity (basic value #VALUE!) and an error data type are errors with a filled message", () => {
  const e = f.reductionFn(entity as never, 563) as KikError;
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toMatch(/^udgangspunkt, celle nr. 1: indeholder fejlen #VALUE!$/);
  const na = f.reductionFn(
    { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" } as never,
    563
  ) as KikError;
  expect([na.code, na.message]).toEqual([
    "#N/A",
    "udgangspunkt, celle nr. 1: indeholder fejlen #N/A",
  ]);
});

test("no message keeps an unfilled placeholder, whatever object Excel sends", () => {
  const odd: unknown[] = [
    entity,
    { foo: 1 },
    { type: "WebImage", address: "https://x" },
    { type: "FormattedNumber" },
    formatted(Number.NaN),
  ];
  const fns = Object.values(f).filter((x) => typeof x === "function") as ((
    ...a: unknown[]
  ) => unknown)[];
  for (const fn of fns)
    for (const v of odd)
      for (const args of [
        [v, v],
        [[[v]], [[v]]],
      ]) {
        const out = fn(...args) as KikError | unknown;
        if (typeof out === "object" && out !== null && !Array.isArray(out))
          expect((out as KikError).message).not.toMatch(/[{}]/);
      }
});
