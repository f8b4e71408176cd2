/**
 * Outcomes of closed cases (afsluttede sager), grouped as Aabenraa reports them:
 * self-supporting / job- or education-ready / other public support.
 *
 * Fleksjob is a subsidised job: the financing law does not count it as self-support, other
 * guidance does. It is therefore "other support" unless `fleksjobIsSelfSupporting` is set
 * (DOMAIN.md: default not counted).
 */
import { fail, ok, type Result } from "./result";

/** The three outcome groups. */
export type OutcomeGroup = "selfSupporting" | "ready" | "otherSupport";

/** Order in which groups are reported. */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = ["selfSupporting", "ready", "otherSupport"];

/** What a label means before the fleksjob setting is applied. */
export type LabelMeaning = OutcomeGroup | "fleksjob";

const SYNONYMS: Readonly<Record<LabelMeaning, readonly string[]>> = {
  selfSupporting: [
    "selvforsørgende",
    "selvforsørgelse",
    "selvforsorgende",
    "selvforsoergende",
    "selvforsørget",
    "job",
    "i job",
    "ordinært job",
    "ordinaert job",
    "ordinært arbejde",
    "arbejde",
    "beskæftigelse",
    "ordinær beskæftigelse",
    "lønmodtager",
    "lønmodtagerbeskæftigelse",
    "lønbeskæftigelse",
    "selvstændig",
    "selvstændig virksomhed",
    "uddannelse",
    "i uddannelse",
    "ordinær uddannelse",
    "su",
    "job eller uddannelse",
    "job og uddannelse",
    "job uddannelse",
    "ude af offentlig forsørgelse",
    "self supporting",
    "self sufficient",
    "self sufficiency",
    "job",
    "employment",
    "employed",
    "in employment",
    "ordinary job",
    "ordinary employment",
    "wage employment",
    "regular job",
    "self employed",
    "self employment",
    "education",
    "in education",
    "student",
    "job or education",
  ],
  ready: [
    "job eller uddannelsesparat",
    "job og uddannelsesparat",
    "job uddannelsesparat",
    "jobparat",
    "uddannelsesparat",
    "jobparat eller uddannelsesparat",
    "parat",
    "job ready",
    "education ready",
    "job or education ready",
    "ready for job or education",
    "ready for job",
    "ready for education",
    "work ready",
  ],
  otherSupport: [
    "anden forsørgelse",
    "anden offentlig forsørgelse",
    "offentlig forsørgelse",
    "anden ydelse",
    "andet",
    "førtidspension",
    "fortidspension",
    "foertidspension",
    "pension",
    "folkepension",
    "efterløn",
    "ledighedsydelse",
    "sygedagpenge",
    "dagpenge",
    "a dagpenge",
    "arbejdsløshedsdagpenge",
    "ressourceforløb",
    "ressourceforløbsydelse",
    "jobafklaringsforløb",
    "jobafklaring",
    "revalidering",
    "kontanthjælp",
    "uddannelseshjælp",
    "integrationsydelse",
    "selvforsørgelses og hjemrejseydelse",
    "overgangsydelse",
    "løntilskud",
    "job med løntilskud",
    "skånejob",
    "other support",
    "other public support",
    "public support",
    "other benefit",
    "other",
    "benefit",
    "disability pension",
    "early retirement pension",
    "sickness benefit",
    "unemployment benefit",
    "cash benefit",
    "resource programme",
    "resource program",
    "rehabilitation",
    "subsidised job",
    "subsidized job",
  ],
  fleksjob: ["fleksjob", "flexjob", "flex job", "flexijob", "flexi job", "fleks job"],
};

/**
 * The characters a label's normal form turns into spaces: hyphens and dashes, slashes,
 * punctuation, quotes, and Excel's wildcard characters (* ? ~), which would otherwise make
 * a sheet's exact-match lookup of the label match other labels. The result sheets apply the
 * same list by formula (nested SUBSTITUTE, then TRIM), so the sheet groups a label as the
 * engine does.
 */
export const LABEL_SEPARATORS: readonly string[] = [..."-–—_/\\.,:;()'\"’*?~"];

/**
 * Whitespace other than the plain space that the normal form also collapses (tab, line
 * breaks, no-break spaces); the sheets substitute these too before Excel's TRIM.
 */
export const LABEL_SPACES: readonly string[] = ["\t", "\n", "\r", "\u00a0", "\u2007", "\u202f"];

/** Normalised label → meaning. Built once. */
const LOOKUP: ReadonlyMap<string, LabelMeaning> = (() => {
  const map = new Map<string, LabelMeaning>();
  for (const meaning of Object.keys(SYNONYMS) as LabelMeaning[]) {
    for (const s of SYNONYMS[meaning]) map.set(normaliseLabel(s), meaning);
  }
  return map;
})();

/**
 * Normalises a label for lookup: case, accents written out (aa/oe/ae), hyphens, slashes and
 * punctuation as spaces, runs of spaces as one. "Job- eller uddannelsesparat" and
 * "job eller  uddannelsesparat" become the same key.
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/[-–—_/\\.,:;()'"’*?~]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every label KIK knows, in its normal form ({@link normaliseLabel}), with its meaning, in
 * the order of the synonym lists (self-supporting, ready, other support, fleksjob). The result
 * sheets write this table out and look each outcome's normal form up in it.
 */
export function knownOutcomeLabels(): readonly (readonly [string, LabelMeaning])[] {
  return [...LOOKUP.entries()];
}

/** Options for classifying outcomes. */
export interface OutcomeOptions {
  /** Count fleksjob as self-supporting (default false, as the financing law does). */
  readonly fleksjobIsSelfSupporting?: boolean;
}

/**
 * The group a closed-case label belongs to, or null for a label KIK does not know.
 * Case, spacing, hyphens and common synonyms in Danish and English are tolerated.
 */
export function classifyOutcome(label: string, options: OutcomeOptions = {}): OutcomeGroup | null {
  const meaning = LOOKUP.get(normaliseLabel(label));
  if (meaning === undefined) return null;
  if (meaning === "fleksjob")
    return options.fleksjobIsSelfSupporting ? "selfSupporting" : "otherSupport";
  return meaning;
}

/** Counts per group and shares of the total. */
export interface OutcomeShares {
  readonly counts: Readonly<Record<OutcomeGroup, number>>;
  readonly total: number;
  readonly shares: Readonly<Record<OutcomeGroup, number>>;
}

/**
 * Adds up closed cases one row at a time, so a face can stream a million-row range through it
 * in a single pass. Labels are classified once each (memoised): real data repeats a handful
 * of labels.
 */
export class OutcomeTally {
  // Each cell Excel passes is its own string object, so a Map would hash every one. Labels
  // seen before are found by length first, then one comparison: close to a plain === loop.
  private readonly byLength: ({ label: string; group: OutcomeGroup | null }[] | undefined)[] = [];
  private readonly memo = new Map<string, OutcomeGroup | null>();
  private selfSupporting = 0;
  private ready = 0;
  private otherSupport = 0;

  constructor(private readonly options: OutcomeOptions = {}) {}

  private groupOf(label: string): OutcomeGroup | null {
    const bucket = label.length < 128 ? this.byLength[label.length] : undefined;
    if (bucket !== undefined) {
      for (let j = 0; j < bucket.length; j++) {
        const entry = bucket[j] as { label: string; group: OutcomeGroup | null };
        if (entry.label === label) return entry.group;
      }
    }
    let group = this.memo.get(label);
    if (group === undefined) {
      group = classifyOutcome(label, this.options);
      this.memo.set(label, group);
    }
    if (label.length < 128 && (bucket === undefined || bucket.length < 8)) {
      if (bucket === undefined) this.byLength[label.length] = [{ label, group }];
      else bucket.push({ label, group });
    }
    return group;
  }

  /**
   * Adds `count` cases (default 1) with outcome `label`.
   * @returns null when added, or the failure (unknown label, negative count) for this row.
   */
  add(label: string, count = 1): Result<true> | null {
    const group = this.groupOf(label);
    if (group === null) return fail("invalid", "unknownOutcome", { label });
    if (!(count >= 0) || !Number.isFinite(count))
      return fail("impossible", "negativeCount", { name: "count", value: count });
    if (group === "selfSupporting") this.selfSupporting += count;
    else if (group === "ready") this.ready += count;
    else this.otherSupport += count;
    return null;
  }

  /** The counts and shares so far; `divideByZero` when there are no cases. */
  result(): Result<OutcomeShares> {
    const counts = {
      selfSupporting: this.selfSupporting,
      ready: this.ready,
      otherSupport: this.otherSupport,
    };
    const total = counts.selfSupporting + counts.ready + counts.otherSupport;
    if (total === 0) return fail("divideByZero", "noClosedCases");
    return ok({
      counts,
      total,
      shares: {
        selfSupporting: counts.selfSupporting / total,
        ready: counts.ready / total,
        otherSupport: counts.otherSupport / total,
      },
    });
  }
}

/**
 * Shares of closed cases per group.
 * @param labels - one outcome label per row (null or "" = empty row, skipped)
 * @param counts - cases per row; omitted = one case per row
 * @returns failures name the 1-based row in `detail.row`
 */
export function outcomeShares(
  labels: readonly (string | null)[],
  counts?: readonly (number | null)[],
  options: OutcomeOptions = {}
): Result<OutcomeShares> {
  if (counts !== undefined && counts.length !== labels.length) {
    return fail("invalid", "lengthMismatch", { first: labels.length, second: counts.length });
  }
  const tally = new OutcomeTally(options);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? null;
    const count = counts === undefined ? 1 : (counts[i] ?? null);
    if (label === null || label.trim() === "") {
      if (count !== null && count !== 0 && counts !== undefined)
        return fail("invalid", "countWithoutLabel", { row: i + 1 });
      continue;
    }
    if (count === null) continue;
    const failure = tally.add(label, count);
    if (failure !== null && !failure.ok) {
      return {
        ok: false,
        failure: { ...failure.failure, detail: { ...failure.failure.detail, row: i + 1 } },
      };
    }
  }
  return tally.result();
}
