import { classifyOutcome, normaliseLabel, OUTCOME_GROUPS, OutcomeTally, outcomeShares } from "../../src/engine";
import { failureOf, valueOf } from "./helpers";

describe("outcomes", () => {
  describe("Aabenraa closed cases 2016: 54 % / 19 % / 27 %", () => {
    test("Danish labels with counts", () => {
      const r = valueOf(outcomeShares(["Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"], [54, 19, 27]));
      expect(r.total).toBe(100);
      expect(r.counts).toEqual({ selfSupporting: 54, ready: 19, otherSupport: 27 });
      expect(r.shares).toEqual({ selfSupporting: 0.54, ready: 0.19, otherSupport: 0.27 });
    });

    test("English labels with counts", () => {
      const r = valueOf(outcomeShares(["Self-supporting", "Job or education ready", "Other public support"], [54, 19, 27]));
      expect(r.shares).toEqual({ selfSupporting: 0.54, ready: 0.19, otherSupport: 0.27 });
    });

    test("one row per case, mixed detailed labels and variants", () => {
      const labels: string[] = [
        ...Array<string>(20).fill("JOB"),
        ...Array<string>(20).fill(" ordinært  job "),
        ...Array<string>(14).fill("Uddannelse"),
        ...Array<string>(10).fill("Job- eller uddannelsesparat"),
        ...Array<string>(9).fill("job eller uddannelsesparat"),
        ...Array<string>(10).fill("Førtidspension"),
        ...Array<string>(10).fill("Sygedagpenge"),
        ...Array<string>(7).fill("Fleksjob"),
      ];
      const r = valueOf(outcomeShares(labels));
      expect(r.counts).toEqual({ selfSupporting: 54, ready: 19, otherSupport: 27 });
      expect(r.shares).toEqual({ selfSupporting: 0.54, ready: 0.19, otherSupport: 0.27 });
    });
  });

  describe("classifyOutcome", () => {
    test.each<[string, string]>([
      ["JOB", "selfSupporting"],
      [" ordinært  job ", "selfSupporting"],
      ["Ordinært job", "selfSupporting"],
      ["Uddannelse", "selfSupporting"],
      ["Selvforsørgende", "selfSupporting"],
      ["SELVFORSØRGENDE", "selfSupporting"],
      ["Job/uddannelse", "selfSupporting"],
      ["Self-supporting", "selfSupporting"],
      ["wage employment", "selfSupporting"],
      ["Job- eller uddannelsesparat", "ready"],
      ["job eller uddannelsesparat", "ready"],
      ["Job – eller uddannelsesparat", "ready"],
      ["Jobparat", "ready"],
      ["Job ready", "ready"],
      ["Førtidspension", "otherSupport"],
      ["Sygedagpenge", "otherSupport"],
      ["Anden forsørgelse", "otherSupport"],
      ["Ressourceforløb", "otherSupport"],
      ["Job med løntilskud", "otherSupport"],
      ["Disability pension", "otherSupport"],
    ])("%j → %s", (label, group) => {
      expect(classifyOutcome(label)).toBe(group);
    });

    test("fleksjob is other support by default and self-supporting with the option", () => {
      for (const label of ["Fleksjob", "fleksjob", "Flex job", "FLEKS-JOB"]) {
        expect(classifyOutcome(label)).toBe("otherSupport");
        expect(classifyOutcome(label, { fleksjobIsSelfSupporting: false })).toBe("otherSupport");
        expect(classifyOutcome(label, { fleksjobIsSelfSupporting: true })).toBe("selfSupporting");
      }
    });

    test("the fleksjob option changes nothing else", () => {
      expect(classifyOutcome("Førtidspension", { fleksjobIsSelfSupporting: true })).toBe("otherSupport");
      expect(classifyOutcome("Jobparat", { fleksjobIsSelfSupporting: true })).toBe("ready");
    });

    test("an unknown label is null", () => {
      expect(classifyOutcome("Månefærd")).toBeNull();
      expect(classifyOutcome("")).toBeNull();
    });

    test("normaliseLabel: case, hyphens, slashes, punctuation and runs of spaces", () => {
      expect(normaliseLabel("  Job- eller  Uddannelsesparat. ")).toBe("job eller uddannelsesparat");
      expect(normaliseLabel("Job/Uddannelse")).toBe("job uddannelse");
      expect(normaliseLabel("ØRE")).toBe("øre");
    });
  });

  describe("outcomeShares", () => {
    test("fleksjob counts as other support by default and as self-supporting with the option", () => {
      const labels = ["Job", "Fleksjob", "Fleksjob", "Førtidspension"];
      expect(valueOf(outcomeShares(labels)).counts).toEqual({ selfSupporting: 1, ready: 0, otherSupport: 3 });
      expect(valueOf(outcomeShares(labels, undefined, { fleksjobIsSelfSupporting: true })).counts).toEqual({
        selfSupporting: 3,
        ready: 0,
        otherSupport: 1,
      });
    });

    test("an unknown label fails as invalid, naming the label and its 1-based row", () => {
      expect(failureOf(outcomeShares(["Job", null, "Månefærd", "Job"]))).toEqual({
        kind: "invalid",
        reason: "unknownOutcome",
        detail: { label: "Månefærd", row: 3 },
      });
    });

    test("a negative count fails as impossible with its row", () => {
      const f = failureOf(outcomeShares(["Job", "Jobparat"], [3, -2]));
      expect(f.kind).toBe("impossible");
      expect(f.reason).toBe("negativeCount");
      expect(f.detail?.row).toBe(2);
      expect(f.detail?.value).toBe(-2);
    });

    test("empty label rows are skipped; a count without a label fails with its row", () => {
      expect(valueOf(outcomeShares(["Job", "", null, "  ", "Jobparat"])).total).toBe(2);
      expect(valueOf(outcomeShares(["Job", null], [2, 0])).total).toBe(2);
      expect(valueOf(outcomeShares(["Job", null], [2, null])).total).toBe(2);
      expect(failureOf(outcomeShares(["Job", null], [2, 5]))).toEqual({ kind: "invalid", reason: "countWithoutLabel", detail: { row: 2 } });
    });

    test("a row with a label and a blank count is skipped", () => {
      expect(valueOf(outcomeShares(["Job", "Jobparat"], [4, null])).counts).toEqual({ selfSupporting: 4, ready: 0, otherSupport: 0 });
    });

    test("labels and counts of different lengths fail", () => {
      expect(failureOf(outcomeShares(["Job"], [1, 2]))).toEqual({ kind: "invalid", reason: "lengthMismatch", detail: { first: 1, second: 2 } });
    });

    test("no closed cases divides by zero", () => {
      expect(failureOf(outcomeShares([]))).toEqual({ kind: "divideByZero", reason: "noClosedCases" });
      expect(failureOf(outcomeShares(["Job"], [0])).kind).toBe("divideByZero");
    });
  });

  describe("OutcomeTally", () => {
    test("adds rows one at a time and reports in the group order", () => {
      expect(OUTCOME_GROUPS).toEqual(["selfSupporting", "ready", "otherSupport"]);
      const t = new OutcomeTally();
      expect(t.add("Job", 3)).toBeNull();
      expect(t.add("Job")).toBeNull();
      expect(t.add("Jobparat", 2)).toBeNull();
      expect(t.add("Fleksjob", 2)).toBeNull();
      const r = valueOf(t.result());
      expect(r.counts).toEqual({ selfSupporting: 4, ready: 2, otherSupport: 2 });
      expect(r.shares).toEqual({ selfSupporting: 0.5, ready: 0.25, otherSupport: 0.25 });
    });

    test("the fleksjob option applies to the tally", () => {
      const t = new OutcomeTally({ fleksjobIsSelfSupporting: true });
      t.add("Fleksjob");
      expect(valueOf(t.result()).counts.selfSupporting).toBe(1);
    });

    test("an unknown label or a bad count is reported for the row and not added", () => {
      const t = new OutcomeTally();
      const unknown = t.add("Månefærd", 5);
      expect(unknown).toEqual({ ok: false, failure: { kind: "invalid", reason: "unknownOutcome", detail: { label: "Månefærd" } } });
      expect(t.add("Månefærd", 5)).toEqual(unknown); // memoised label, same answer
      expect(t.add("Job", Number.NaN)?.ok).toBe(false);
      expect(t.add("Job", -1)?.ok).toBe(false);
      expect(t.add("Job", Number.POSITIVE_INFINITY)?.ok).toBe(false);
      expect(failureOf(t.result()).reason).toBe("noClosedCases");
    });
  });
});
