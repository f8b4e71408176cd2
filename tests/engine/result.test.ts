import { fail, ok } from "../../src/engine";

describe("result", () => {
  test("ok wraps a value", () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  test("fail carries kind, reason and detail; no detail key when none is given", () => {
    expect(fail("impossible", "negativeCount", { name: "x", value: -1 })).toEqual({
      ok: false,
      failure: { kind: "impossible", reason: "negativeCount", detail: { name: "x", value: -1 } },
    });
    const bare = fail("divideByZero", "zeroInvestment");
    expect(bare).toEqual({ ok: false, failure: { kind: "divideByZero", reason: "zeroInvestment" } });
    expect(bare.ok ? null : Object.keys(bare.failure)).not.toContain("detail");
  });
});
