/**
 * Runs every corpus case through readCaseInput over the fake view and checks the typed values
 * and the problems (see corpus.ts for what the expectations mean).
 */
import { rangeName } from "../../src/input/problems";
import { readCaseInput } from "../../src/input/read-case";
import { formatMonth } from "../../src/input/months";
import { CORPUS, type CorpusCase } from "./corpus";
import { fakeView } from "./fake-view";

/** Each pattern matches exactly one message and every message is matched. */
function expectMessages(kind: string, messages: readonly string[], patterns: readonly string[]) {
  const unmatched = [...messages];
  const missing: string[] = [];
  for (const p of patterns) {
    const i = unmatched.findIndex((m) => m.includes(p));
    if (i < 0) missing.push(p);
    else unmatched.splice(i, 1);
  }
  expect({ kind, missing, unexpected: unmatched }).toEqual({ kind, missing: [], unexpected: [] });
}

/** Reads a case. */
function run(c: CorpusCase) {
  return { result: readCaseInput(fakeView(c), c.selection, c.language ?? "da") };
}

describe("input corpus", () => {
  it("has at least 20 malformed inputs and the Aabenraa case in both layouts", () => {
    const malformed = CORPUS.filter((c) => (c.expect.errors ?? []).length > 0);
    expect(malformed.length).toBeGreaterThanOrEqual(20);
    expect(CORPUS.filter((c) => c.name.startsWith("Aabenraa")).length).toBe(2);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { result } = run(c);
    const { input, problems, ranges } = result;
    const e = c.expect;
    const errors = problems.filter((p) => p.severity === "error").map((p) => p.message);
    const warnings = problems.filter((p) => p.severity === "warning").map((p) => p.message);
    expectMessages("errors", errors, e.errors ?? []);
    if (e.warnings !== undefined) expectMessages("warnings", warnings, e.warnings);
    // Every problem that names a cell names it in its message.
    for (const p of problems) if (p.ref !== null) expect(p.message).toContain(`${p.ref.sheet}!`);

    if (e.budget === null) expect(input.budget).toBeNull();
    else if (e.budget !== undefined) {
      const b = input.budget;
      expect(b).not.toBeNull();
      if (b === null) return;
      if (e.budget.unit !== undefined) expect(b.unit).toBe(e.budget.unit);
      expect(b.rows.map((r) => r.year.value)).toEqual(e.budget.years);
      if (e.budget.budgeted !== undefined)
        expect(b.rows.map((r) => r.budgeted.value)).toEqual(e.budget.budgeted);
      if (e.budget.actual !== undefined)
        expect(b.rows.map((r) => r.actual.value)).toEqual(e.budget.actual);
      if (e.budget.investment === null)
        expect(b.rows.every((r) => r.investment === null)).toBe(true);
      else if (e.budget.investment !== undefined)
        expect(b.rows.map((r) => r.investment?.value)).toEqual(e.budget.investment);
      if (e.budget.categories !== undefined)
        expect(b.investmentByCategory.map((x) => [x.category.value, x.amount.value])).toEqual(
          e.budget.categories
        );
    }

    if (e.caseload === null) expect(input.caseload).toBeNull();
    else if (e.caseload !== undefined) {
      const cl = input.caseload;
      expect(cl).not.toBeNull();
      if (cl === null) return;
      const x = e.caseload;
      if (x.months !== undefined)
        expect(cl.rows.map((r) => formatMonth(r.month.value))).toEqual(x.months);
      if (x.count !== undefined) expect(cl.rows.map((r) => r.count.value)).toEqual(x.count);
      for (const f of ["target", "original", "newcomers", "comparison"] as const) {
        const want = x[f];
        if (want === undefined) continue;
        if (want === null) expect(cl.rows.every((r) => r[f] === null)).toBe(true);
        else expect(cl.rows.map((r) => r[f]?.value ?? null)).toEqual(want);
      }
      if (x.rows !== undefined) expect(cl.rows.length).toBe(x.rows);
      if (x.first !== undefined)
        expect(formatMonth((cl.rows[0] ?? cl.rows[0])!.month.value)).toBe(x.first);
      if (x.last !== undefined)
        expect(formatMonth(cl.rows[cl.rows.length - 1]!.month.value)).toBe(x.last);
    }

    if (e.outcomes === null) expect(input.outcomes).toBeNull();
    else if (e.outcomes !== undefined) {
      const o = input.outcomes;
      expect(o).not.toBeNull();
      if (o === null) return;
      expect(o.rows.map((r) => r.label.value)).toEqual(e.outcomes.labels);
      if (e.outcomes.counts === null) expect(o.rows.every((r) => r.count === null)).toBe(true);
      else if (e.outcomes.counts !== undefined)
        expect(o.rows.map((r) => r.count?.value)).toEqual(e.outcomes.counts);
    }

    if (e.assumptions !== undefined) {
      expect(input.assumptions.map((a) => [a.key, a.value.value])).toEqual(
        e.assumptions.map((a) => [a.key, a.value])
      );
      e.assumptions.forEach((a, i) => {
        const got = input.assumptions[i]!;
        if (a.name !== undefined) expect(got.name.value).toBe(a.name);
        if (a.unit !== undefined) expect(got.unit).toBe(a.unit);
        if (a.source !== undefined) expect(got.source).toBe(a.source);
      });
    }

    if (e.ranges !== undefined) {
      const got: Record<string, string> = {};
      for (const [k, r] of Object.entries(ranges)) if (k in e.ranges) got[k] = rangeName(r);
      expect(got).toEqual(e.ranges);
    }
  });
});
