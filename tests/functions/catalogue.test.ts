/**
 * The function catalogue is consistent in itself, and the one argument path reads what it
 * declares: positions, labels in both languages, defaults and the words of each text option.
 */
import {
  CATALOGUE,
  FUNCTIONS,
  SCHEME,
  TIMING,
  parameterName,
  type FunctionId,
  type ParameterSpec,
} from "../../src/functions/catalogue";
import * as f from "../../src/functions/implementations";
import { netPresentValue, refundRate } from "../../src/engine";
import { setLanguage } from "../../src/i18n";
import type { KikError } from "../../src/functions/excel-values";

const row = (...xs: unknown[]) => [xs] as never;
const ids = Object.keys(FUNCTIONS) as FunctionId[];
const RANGE_KINDS = ["flows", "series", "cells", "labels"];

beforeEach(() => setLanguage("da"));

describe("the catalogue", () => {
  test("optional parameters come last, and defaults belong to optional single values", () => {
    for (const id of ids) {
      const ps = CATALOGUE[id].parameters;
      const firstOptional = ps.findIndex((p) => p.optional === true);
      if (firstOptional >= 0)
        expect([id, ps.slice(firstOptional).every((p) => p.optional === true)]).toEqual([id, true]);
      for (const p of ps) {
        if (p.default !== undefined) {
          expect([id, p.name, p.optional]).toEqual([id, p.name, true]);
          expect(["number", "wholeNumber", "yesNo"]).toContain(p.kind);
        }
        if (p.kind === "yesNo" && p.optional === true) expect(typeof p.default).toBe("boolean");
      }
    }
  });

  test("every option has its words or a parser, and its default is one of its values", () => {
    for (const id of ids)
      for (const p of CATALOGUE[id].parameters) {
        expect([id, p.name, p.kind === "option"]).toEqual([id, p.name, p.option !== undefined]);
        const option = p.option;
        if (option === undefined) continue;
        expect((option.words === undefined) !== (option.parse === undefined)).toBe(true);
        if (option.words !== undefined) expect(Object.keys(option.words)).toContain(option.default);
        else expect(option.parse?.(option.default)).toBe(option.default);
      }
  });

  test("length rules name an earlier range; blanks and orSingle only where they apply", () => {
    for (const id of ids) {
      const ps: readonly ParameterSpec[] = CATALOGUE[id].parameters;
      ps.forEach((p, i) => {
        if (p.sameLengthAs !== undefined) {
          const other = ps.slice(0, i).find((q) => q.name === p.sameLengthAs);
          expect([id, p.name, other !== undefined && RANGE_KINDS.includes(other.kind)]).toEqual([
            id,
            p.name,
            true,
          ]);
          expect(RANGE_KINDS).toContain(p.kind);
        }
        if (p.orSingle === true) expect(p.sameLengthAs).toBeDefined();
        if (p.blanks === "refuse") expect(p.kind).toBe("series");
        // A blank that counts as 0 only where no default and no "0 is blank" says otherwise.
        if (p.blanks === "zero") {
          expect(["number", "wholeNumber"]).toContain(p.kind);
          expect([p.optional, p.zero]).toEqual([undefined, undefined]);
        }
        if (p.zero === "blank") expect(p.kind).not.toBe("flows");
      });
    }
  });

  test("parameter names are unique within a function in both languages", () => {
    for (const id of ids) {
      const ps = CATALOGUE[id].parameters;
      for (const language of ["da", "en"] as const) {
        const names = ps.map((p) => parameterName(p, language));
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });
});

describe("the argument path reads what the catalogue declares", () => {
  const flows = row(-100, 60, 60);

  test("every timing word reaches its value, in any case and spacing; 0 and 1 as numbers too", () => {
    for (const [value, words] of Object.entries(TIMING.words ?? {})) {
      const expected = netPresentValue(0.1, [-100, 60, 60], value as "start" | "end");
      if (!expected.ok) throw new Error("engine failed");
      for (const word of words) {
        expect(f.npv(0.1, flows, word)).toBeCloseTo(expected.value, 12);
        expect(f.npv(0.1, flows, `  ${word.toUpperCase()} `)).toBeCloseTo(expected.value, 12);
        if (/^\d+$/.test(word))
          expect(f.npv(0.1, flows, Number(word))).toBeCloseTo(expected.value, 12);
      }
    }
    expect(f.npv(0.1, flows)).toBe(f.npv(0.1, flows, TIMING.default));
    expect((f.npv(0.1, flows, -1) as KikError).code).toBe("#VALUE!");
    expect((f.npv(0.1, flows, 2) as KikError).code).toBe("#VALUE!");
  });

  test("every scheme word reaches its value; the scheme takes no numbers", () => {
    for (const [value, words] of Object.entries(SCHEME.words ?? {})) {
      const expected = refundRate(53, value as "refund" | "coFinancing");
      if (!expected.ok) throw new Error("engine failed");
      for (const word of words) expect(f.refundRateFn(53, word)).toBeCloseTo(expected.value, 12);
    }
    expect(f.refundRateFn(53, "Co-Financing")).toBe(f.refundRateFn(53, "cofinancing"));
    expect(f.refundRateFn(53, "  ")).toBe(f.refundRateFn(53));
    expect(f.refundRateFn(53, 1)).toEqual({
      code: "#VALUE!",
      message: "ordning: forventede tekst, fik et tal",
    });
  });

  test("omitted optional numbers take the catalogue's defaults", () => {
    const [, weeksOnBenefit, weeks, serviceCost] = CATALOGUE.NETCOST.parameters;
    expect(f.netCostFn(12326)).toBe(
      f.netCostFn(
        12326,
        weeksOnBenefit!.default as number,
        weeks!.default as number,
        serviceCost!.default as number
      )
    );
    expect(f.netCostFn(12326, null, "", [[null]])).toBe(f.netCostFn(12326));
    const [, , , , periodsPerYear, deadweight] = CATALOGUE.SAVINGS.parameters;
    const actual = [[900], [950]] as never;
    expect(f.savingsFn(actual, 1000, 100)).toBe(
      f.savingsFn(
        actual,
        1000,
        100,
        undefined,
        periodsPerYear!.default as number,
        deadweight!.default as number
      )
    );
  });

  test("messages name the argument by its catalogue name in the user's language", () => {
    const rate = CATALOGUE.NPV.parameters[0]!;
    expect((f.npv(null, flows) as KikError).message).toBe(`${rate.danish} mangler`);
    setLanguage("en");
    expect((f.npv(null, flows) as KikError).message).toBe(`${rate.name} is missing`);
  });

  test("a cell address comes from the argument's position in the catalogue", () => {
    const addresses = { parameterAddresses: ["Ark!A1", "Ark!B2:D2", "Ark!E1"] };
    // flows is NPV's second parameter and PAYBACK's first: each names its own range.
    expect((f.npv(0.1, row(1, "x", 3), undefined, addresses) as KikError).message).toMatch(
      /betalinger, celle Ark!C2/
    );
    expect(
      (f.paybackFn(row(1, "x", 3), undefined, undefined, addresses) as KikError).message
    ).toMatch(/betalinger, celle Ark!B1/);
    expect((f.npv(0.1, row(1, "x", 3)) as KikError).message).toMatch(/betalinger, celle nr\. 2/);
    setLanguage("en");
    expect((f.npv(0.1, row(1, "x", 3)) as KikError).message).toMatch(/flows, cell no\. 2/);
  });
});
