/** The Office boundary: errors reach Excel as CustomFunctions.Error, with messages only where Excel shows them. */
class FakeCustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
});

function thrown(fn: () => unknown): FakeCustomFunctionsError {
  try {
    fn();
  } catch (e) {
    return e as FakeCustomFunctionsError;
  }
  throw new Error("expected the function to throw");
}

test("values pass straight through to the cell", async () => {
  const kik = await import("../../src/functions/functions");
  expect(kik.roi(158 as never, 312.7 as never)).toBeCloseTo(154.7 / 158, 12);
  expect(kik.variance([[-18.1, -8.6, 4, 22]], [[6.1, 25.3, 11.4, ""]])[0]?.[3]).toBe("");
});

test("#VALUE! and #N/A carry a message; #DIV/0! and #NUM! go without, as Excel requires", async () => {
  const kik = await import("../../src/functions/functions");
  const value = thrown(() => kik.variance([[1, 2]], [[1]]));
  expect(value).toBeInstanceOf(FakeCustomFunctionsError);
  expect(value.code).toBe("#VALUE!");
  expect(value.message).toMatch(/lige mange celler/);
  const na = thrown(() => kik.payback([[-18.1, -8.6, 4, 22]]));
  expect(na.code).toBe("#N/A");
  expect(na.message).toMatch(/tilbagebetaling/);
  const div = thrown(() => kik.roi(0 as never, 1 as never));
  expect(div.code).toBe("#DIV/0!");
  expect(div.message).toBeUndefined();
  expect(thrown(() => kik.refundRate(0)).code).toBe("#NUM!");
});

test("cell addresses from the invocation reach the message", async () => {
  const kik = await import("../../src/functions/functions");
  const invocation = { parameterAddresses: ["Ark1!B2:B5", "Ark1!C2:C5"] } as unknown as CustomFunctions.Invocation;
  const e = thrown(() => kik.variance([[1], [2], [3], [4]], [[1], [2], ["fejl"], [4]], invocation));
  expect(e.message).toMatch(/Ark1!C4/);
});
