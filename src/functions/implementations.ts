/**
 * The KIK functions as plain TypeScript: Excel arguments in, a value or a {@link KikError}
 * out. `functions.ts` only adds the TSDoc the metadata is generated from and the Office
 * error type; everything testable lives here. Each body reads its arguments through
 * {@link Args} and hands the maths to the engine.
 */
import {
  OUTCOME_GROUPS,
  OutcomeTally,
  benefitRate,
  caseloadReduction,
  impliedExitRate,
  netCostOfSpell,
  netGain,
  netPresentValue,
  parseBenefitGroup,
  payback,
  periodVariance,
  projectCaseload,
  refundRate,
  returnOnInvestment,
  savingsNetOfDeadweight,
  targetProgress,
  type OutcomeShares,
  type RefundScheme,
  type Timing,
} from "../engine";
import { t, type MessageKey } from "../i18n";
import { Args, evaluate } from "./coerce";
import {
  isExcelError,
  isMatrix,
  type ExcelArg,
  type ExcelScalar,
  type KikError,
} from "./excel-values";

/** A spilled result: rows of cells; "" is an empty cell. */
export type Spill = (number | string)[][];

/** Per-call context from Excel: the addresses of the arguments, when it provides them. */
export interface CallContext {
  readonly parameterAddresses?: readonly string[];
}

function readTiming(args: Args, param: string, v: ExcelArg): Timing {
  const s = isMatrix(v) ? (v.length === 1 && v[0]?.length === 1 ? v[0][0] : v) : v;
  if (s === null || s === undefined || s === "") return "start";
  const key =
    typeof s === "string" ? s.trim().toLowerCase() : typeof s === "number" ? String(s) : "";
  if (["0", "primo", "start", "begin", "beginning"].includes(key)) return "start";
  if (["1", "ultimo", "end", "slut"].includes(key)) return "end";
  if (isExcelError(s)) args.passError(param, 0, s);
  return args.fail("#VALUE!", "argUnknownTiming", { arg: args.label(param), text: String(s) });
}

function discounting(
  args: Args,
  rate: ExcelArg,
  timing: ExcelArg,
  rateIndex: number
): { rate?: number; timing: Timing } {
  const r = args.optionalNumber("rate", rateIndex, rate, undefined);
  const tm = readTiming(args, "timing", timing);
  return r === undefined ? { timing: tm } : { rate: r, timing: tm };
}

/** Reads outcome labels (and optional counts) in one pass into a tally. */
function tallyOutcomes(
  args: Args,
  outcomes: ExcelArg,
  counts: ExcelArg,
  fleksjob: ExcelArg
): OutcomeShares {
  const fleksjobIsSelfSupporting = args.optionalBoolean(
    "fleksjobIsSelfSupporting",
    fleksjob,
    false
  );
  const tally = new OutcomeTally({ fleksjobIsSelfSupporting });
  const labels = args.cells("outcomes", outcomes);
  const countCells = counts === null || counts === undefined ? null : args.cells("counts", counts);
  if (countCells !== null) args.sameLength("outcomes", labels, "counts", countCells);
  const n = labels.length;
  // A column range is read in place: the common shape, and the one that runs on a million rows.
  const column = isMatrix(outcomes) && labels.orientation === "column" ? outcomes : null;
  for (let i = 0; i < n; i++) {
    const label = column === null ? labels.at(i) : (column[i] as readonly ExcelScalar[])[0];
    const count = countCells === null ? 1 : args.numberAt("counts", 1, countCells, i);
    if (typeof label === "string" && label !== "") {
      if (count === null) continue;
      const failed = tally.add(label, count);
      if (failed === null) continue;
      // Whitespace-only labels are empty rows; checked only on failure to keep the loop lean.
      const blank = !failed.ok && failed.failure.reason === "unknownOutcome" && label.trim() === "";
      if (!blank && !failed.ok)
        throw args.failureToError({
          ...failed.failure,
          detail: { ...failed.failure.detail, row: i + 1 },
        });
      if (countCells !== null && count !== 0) countWithoutLabel(args, i);
    } else if (label === null || label === undefined || label === "") {
      if (countCells !== null && count !== null && count !== 0) countWithoutLabel(args, i);
    } else if (isExcelError(label)) {
      args.passError("outcomes", 0, label, labels.row(i), labels.column(i));
    } else {
      args.unwrap({
        ok: false,
        failure: {
          kind: "invalid",
          reason: "unknownOutcome",
          detail: { label: String(label), row: i + 1 },
        },
      });
    }
  }
  return args.unwrap(tally.result());
}

function countWithoutLabel(args: Args, i: number): never {
  return args.unwrap({
    ok: false,
    failure: { kind: "invalid", reason: "countWithoutLabel", detail: { row: i + 1 } },
  });
}

/** KIK.SELFSUFFICIENCY: share of closed cases that ended self-supporting. */
export function selfSufficiency(
  outcomes: ExcelArg,
  counts?: ExcelArg,
  fleksjob?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(
    () =>
      tallyOutcomes(new Args("SELFSUFFICIENCY", ctx.parameterAddresses), outcomes, counts, fleksjob)
        .shares.selfSupporting
  );
}

const GROUP_LABELS: Readonly<Record<(typeof OUTCOME_GROUPS)[number], MessageKey>> = {
  selfSupporting: "groupSelfSupporting",
  ready: "groupReady",
  otherSupport: "groupOtherSupport",
};

/** KIK.OUTCOMESHARES: 4 × 3 table of group, count and share (last row: total). */
export function outcomeSharesTable(
  outcomes: ExcelArg,
  counts?: ExcelArg,
  fleksjob?: ExcelArg,
  ctx: CallContext = {}
): Spill | KikError {
  return evaluate(() => {
    const args = new Args("OUTCOMESHARES", ctx.parameterAddresses);
    const result = tallyOutcomes(args, outcomes, counts, fleksjob);
    const rows: Spill = OUTCOME_GROUPS.map((g) => [
      t(GROUP_LABELS[g], {}, args.language),
      result.counts[g],
      result.shares[g],
    ]);
    rows.push([t("groupTotal", {}, args.language), result.total, 1]);
    return rows;
  });
}

/** KIK.ROI: (savings − investment) / investment, discounted when a rate is given. */
export function roi(
  investment: ExcelArg,
  savings: ExcelArg,
  rate?: ExcelArg,
  timing?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("ROI", ctx.parameterAddresses);
    const c = {
      investment: args.flows("investment", 0, investment),
      savings: args.flows("savings", 1, savings),
    };
    return args.unwrap(returnOnInvestment(c, discounting(args, rate, timing, 2)));
  });
}

/** KIK.NETGAIN: savings − investment, discounted when a rate is given. */
export function netGainFn(
  investment: ExcelArg,
  savings: ExcelArg,
  rate?: ExcelArg,
  timing?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("NETGAIN", ctx.parameterAddresses);
    const c = {
      investment: args.flows("investment", 0, investment),
      savings: args.flows("savings", 1, savings),
    };
    return args.unwrap(netGain(c, discounting(args, rate, timing, 2)));
  });
}

/** KIK.NPV: present value of yearly flows; first year undiscounted unless timing = 1. */
export function npv(
  rate: ExcelArg,
  flows: ExcelArg,
  timing?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("NPV", ctx.parameterAddresses);
    const r = args.number("rate", 0, rate);
    return args.unwrap(
      netPresentValue(r, args.flows("flows", 1, flows), readTiming(args, "timing", timing))
    );
  });
}

/** KIK.PAYBACK: years until cumulative net flow is non-negative for good; #N/A if never. */
export function paybackFn(
  flows: ExcelArg,
  rate?: ExcelArg,
  timing?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("PAYBACK", ctx.parameterAddresses);
    return args.unwrap(payback(args.flows("flows", 0, flows), discounting(args, rate, timing, 1)));
  });
}

/** KIK.VARIANCE: actual − budgeted per cell, spilled in the shape of `budgeted`; "" where unknown. */
export function variance(
  budgeted: ExcelArg,
  actual: ExcelArg,
  ctx: CallContext = {}
): Spill | KikError {
  return evaluate(() => {
    const args = new Args("VARIANCE", ctx.parameterAddresses);
    const b = args.cells("budgeted", budgeted);
    const a = args.cells("actual", actual);
    args.sameLength("budgeted", b, "actual", a);
    // One pass, straight from Excel's arrays into the spill: this runs on a million rows.
    const n = a.length;
    const out: Spill = new Array(n);
    if (b.orientation === "row") {
      const values = new Array<number | string>(n);
      for (let i = 0; i < n; i++)
        values[i] =
          periodVariance(args.numberAt("budgeted", 0, b, i), args.numberAt("actual", 1, a, i)) ??
          "";
      return [values];
    }
    for (let i = 0; i < n; i++) {
      const v = periodVariance(
        args.numberAt("budgeted", 0, b, i),
        args.numberAt("actual", 1, a, i)
      );
      // Two literals on purpose: the [v] site then only ever holds numbers and stays unboxed.
      out[i] = v === null ? [""] : [v];
    }
    return out;
  });
}

/** KIK.TARGETPROGRESS: (baseline − current) / (baseline − target). */
export function targetProgressFn(
  baseline: ExcelArg,
  current: ExcelArg,
  target: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("TARGETPROGRESS", ctx.parameterAddresses);
    return args.unwrap(
      targetProgress(
        args.number("baseline", 0, baseline),
        args.number("current", 1, current),
        args.number("target", 2, target)
      )
    );
  });
}

/** KIK.REDUCTION: (baseline − current) / baseline. */
export function reductionFn(
  baseline: ExcelArg,
  current: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("REDUCTION", ctx.parameterAddresses);
    return args.unwrap(
      caseloadReduction(args.number("baseline", 0, baseline), args.number("current", 1, current))
    );
  });
}

/** KIK.PROJECTCASELOAD: months 1..n, one column (total) or three (original, newcomers, total). */
export function projectCaseloadFn(
  start: ExcelArg,
  inflow: ExcelArg,
  exitRate: ExcelArg,
  months: ExcelArg,
  detail?: ExcelArg,
  ctx: CallContext = {}
): number[][] | KikError {
  return evaluate(() => {
    const args = new Args("PROJECTCASELOAD", ctx.parameterAddresses);
    const projection = args.unwrap(
      projectCaseload({
        start: args.number("start", 0, start),
        monthlyInflow: args.number("inflow", 1, inflow),
        monthlyExitRate: args.number("exitRate", 2, exitRate),
        months: args.wholeNumber("months", 3, months),
      })
    );
    const wide = args.optionalBoolean("detail", detail, false);
    return projection.slice(1).map((m) => (wide ? [m.original, m.newcomers, m.total] : [m.total]));
  });
}

/** KIK.EXITRATE: monthly exit rate implied by start → remaining over months. */
export function exitRateFn(
  start: ExcelArg,
  remaining: ExcelArg,
  months: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("EXITRATE", ctx.parameterAddresses);
    return args.unwrap(
      impliedExitRate(
        args.number("start", 0, start),
        args.number("remaining", 1, remaining),
        args.number("months", 2, months)
      )
    );
  });
}

/** KIK.REFUNDRATE: refund (or co-financing) share in a cumulative week on benefit. */
export function refundRateFn(
  week: ExcelArg,
  scheme?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("REFUNDRATE", ctx.parameterAddresses);
    const w = args.number("week", 0, week);
    const text = args.optionalText("scheme", scheme ?? null);
    let s: RefundScheme = "refund";
    if (text !== null) {
      const key = text.toLocaleLowerCase("da-DK").replace(/[\s-]/g, "");
      if (["medfinansiering", "cofinancing", "cofinance"].includes(key)) s = "coFinancing";
      else if (!["refusion", "refund"].includes(key))
        args.fail("#VALUE!", "argUnknownScheme", { arg: args.label("scheme"), text });
    }
    return args.unwrap(refundRate(w, s));
  });
}

/** KIK.NETCOST: municipal net cost of a spell on benefit after refund, plus service cost. */
export function netCostFn(
  monthlyRate: ExcelArg,
  weeksOnBenefit?: ExcelArg,
  weeks?: ExcelArg,
  serviceCost?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("NETCOST", ctx.parameterAddresses);
    return args.unwrap(
      netCostOfSpell({
        monthlyRate: args.number("monthlyRate", 0, monthlyRate),
        weeksAlreadyOnBenefit: args.optionalNumber("weeksOnBenefit", 1, weeksOnBenefit, 0),
        weeks: args.optionalNumber("weeks", 2, weeks, 52),
        serviceCostPerYear: args.optionalNumber("serviceCost", 3, serviceCost, 0),
      })
    );
  });
}

/** KIK.BENEFITRATE: KIK's default gross monthly rate for a year and group; #N/A if none. */
export function benefitRateFn(
  year: ExcelArg,
  group?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("BENEFITRATE", ctx.parameterAddresses);
    const y = args.wholeNumber("year", 0, year);
    const text = args.optionalText("group", group ?? null);
    const g = text === null ? "over30WithoutChildren" : parseBenefitGroup(text);
    if (g === null)
      return args.fail("#VALUE!", "argUnknownGroup", {
        arg: args.label("group"),
        text: text as string,
      });
    return args.unwrap(benefitRate(y, g));
  });
}

/** KIK.SAVINGS: person-years avoided against the (trend-adjusted) baseline × net cost. */
export function savingsFn(
  actual: ExcelArg,
  baseline: ExcelArg,
  netCost: ExcelArg,
  comparison?: ExcelArg,
  periodsPerYear?: ExcelArg,
  deadweight?: ExcelArg,
  ctx: CallContext = {}
): number | KikError {
  return evaluate(() => {
    const args = new Args("SAVINGS", ctx.parameterAddresses);
    const actualValues = args.series("actual", 0, actual).values;
    const baselineSeries = args.series("baseline", 1, baseline).values;
    let base: number | number[];
    if (baselineSeries.length === 1) {
      base = baselineSeries[0] ?? args.fail("#VALUE!", "argBlank", { arg: args.label("baseline") });
    } else {
      args.sameLength("actual", actualValues, "baseline", baselineSeries);
      base = baselineSeries.map(
        (v) => v ?? args.fail("#VALUE!", "argBlank", { arg: args.label("baseline") })
      );
    }
    let comparisonValues: number[] | undefined;
    if (
      comparison !== null &&
      comparison !== undefined &&
      !(typeof comparison === "string" && comparison === "")
    ) {
      const c = args.series("comparison", 3, comparison).values;
      args.sameLength("actual", actualValues, "comparison", c);
      comparisonValues = c.map(
        (v) => v ?? args.fail("#VALUE!", "argBlank", { arg: args.label("comparison") })
      );
    }
    const result = savingsNetOfDeadweight({
      actual: actualValues,
      baseline: base,
      ...(comparisonValues === undefined ? {} : { comparison: comparisonValues }),
      periodsPerYear: args.optionalNumber("periodsPerYear", 4, periodsPerYear ?? null, 12),
      netCostPerPersonYear: args.number("netCost", 2, netCost),
      deadweightShare: args.optionalNumber("deadweight", 5, deadweight ?? null, 0),
    });
    return args.unwrap(result).savings;
  });
}
