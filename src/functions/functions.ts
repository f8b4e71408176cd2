/* global CustomFunctions */
/**
 * The KIK custom functions as Excel sees them. The TSDoc below is the English metadata
 * (custom-functions-metadata generates functions.json from it and adds the
 * `CustomFunctions.associate` calls); a test keeps it equal to `catalogue.ts`, which declares
 * each function once (Danish names, parameter kinds, defaults), and to `descriptions.ts`. Each
 * custom function needs its own exported declaration with its TSDoc and parameter list, so
 * functions with the same parameters repeat their signature. Bodies are one call: the
 * arguments are read by the catalogue and the engine called in `implementations.ts`; `toCell`
 * (`office.ts`) turns an error into the Office error.
 *
 * `@requiresParameterAddresses` only on the functions with a matrix result: Microsoft's metadata
 * reference requires `result.dimensionality` "matrix" with it (custom-functions-json.md,
 * options). The scalar functions name a faulty cell by argument and position instead.
 */
import * as impl from "./implementations";
import { initialiseLanguage, toCell } from "./office";

initialiseLanguage();

/**
 * Share of closed cases that ended self-supporting (0–1). Fleksjob counts only when told to.
 * @customfunction SELFSUFFICIENCY
 * @helpurl https://localhost:3000/docs/functions.html#selfsufficiency
 * @param outcomes Outcome of each closed case, one per row (e.g. "Job", "Education", "Fleksjob").
 * @param [counts] Number of cases per row; omit when each row is one case.
 * @param [fleksjobIsSelfSupporting] TRUE counts fleksjob as self-supporting (default FALSE, as in the financing law).
 * @returns Share self-supporting.
 */
export function selfSufficiency(
  outcomes: any[][],
  counts?: any[][],
  fleksjobIsSelfSupporting?: any
): number {
  return toCell(impl.selfSufficiency(outcomes, counts, fleksjobIsSelfSupporting));
}

/**
 * Table of closed cases: self-supporting, job- or education-ready, other support and total, with count and share.
 * @customfunction OUTCOMESHARES
 * @helpurl https://localhost:3000/docs/functions.html#outcomeshares
 * @param outcomes Outcome of each closed case, one per row.
 * @param [counts] Number of cases per row; omit when each row is one case.
 * @param [fleksjobIsSelfSupporting] TRUE counts fleksjob as self-supporting (default FALSE).
 * @param invocation Call context: the arguments' cell addresses, which Excel gives only to a function with a matrix result (named in messages).
 * @requiresParameterAddresses
 * @returns 4 rows × 3 columns: group, count, share.
 */
export function outcomeShares(
  outcomes: any[][],
  counts?: any[][],
  fleksjobIsSelfSupporting?: any,
  invocation?: CustomFunctions.Invocation
): any[][] {
  return toCell(impl.outcomeSharesTable(outcomes, counts, fleksjobIsSelfSupporting, invocation));
}

/**
 * Return on investment: (savings − investment) / investment, discounted when a rate is given.
 * @customfunction ROI
 * @helpurl https://localhost:3000/docs/functions.html#roi
 * @param investment Investment, one amount or one per year (positive amounts).
 * @param savings Savings, one amount or one per year.
 * @param [rate] Discount rate, e.g. 3.5 %. Omit for nominal amounts.
 * @param [timing] 0 = start of year: first year undiscounted (default); 1 = end of year, as Excel's NPV.
 * @returns ROI as a share (0.5 = 50 %).
 */
export function roi(investment: any[][], savings: any[][], rate?: any, timing?: any): number {
  return toCell(impl.roi(investment, savings, rate, timing));
}

/**
 * Net present value of yearly net flows at a discount rate.
 * @customfunction NPV
 * @helpurl https://localhost:3000/docs/functions.html#npv
 * @param rate Discount rate per year, e.g. 3.5 % (Ministry of Finance rate from 2021).
 * @param flows Net flows per year, first year first.
 * @param [timing] 0 = start of year: first year undiscounted (default); 1 = end of year, as Excel's NPV.
 * @returns Present value in the flows' unit.
 */
export function npv(rate: any, flows: any[][], timing?: any): number {
  return toCell(impl.npv(rate, flows, timing));
}

/**
 * Net gain: savings − investment, discounted when a rate is given.
 * @customfunction NETGAIN
 * @helpurl https://localhost:3000/docs/functions.html#netgain
 * @param investment Investment, one amount or one per year (positive amounts).
 * @param savings Savings, one amount or one per year.
 * @param [rate] Discount rate. Omit for nominal amounts.
 * @param [timing] 0 = start of year (default); 1 = end of year.
 * @returns Net gain in the amounts' unit.
 */
export function netGain(investment: any[][], savings: any[][], rate?: any, timing?: any): number {
  return toCell(impl.netGainFn(investment, savings, rate, timing));
}

/**
 * Years from the start until cumulative net flow is non-negative for good; #N/A if not within the horizon.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/docs/functions.html#payback
 * @param flows Net flows per year (savings − investment), first year first.
 * @param [rate] Discount rate for discounted payback. Omit for nominal.
 * @param [timing] 0 = start of year (default); 1 = end of year.
 * @returns Payback in years, interpolated within the year.
 */
export function payback(flows: any[][], rate?: any, timing?: any): number {
  return toCell(impl.paybackFn(flows, rate, timing));
}

/**
 * Variance = actual − budgeted per year; blank where the actual is not known yet.
 * @customfunction VARIANCE
 * @helpurl https://localhost:3000/docs/functions.html#variance
 * @param budgeted Budgeted amounts, one row or column.
 * @param actual Actual amounts in the same shape; blank cells = not known yet.
 * @param invocation Call context: the arguments' cell addresses, which Excel gives only to a function with a matrix result (named in messages).
 * @requiresParameterAddresses
 * @returns Variances, spilled in the shape of budgeted.
 */
export function variance(
  budgeted: any[][],
  actual: any[][],
  invocation?: CustomFunctions.Invocation
): any[][] {
  return toCell(impl.variance(budgeted, actual, invocation));
}

/**
 * Progress towards a caseload target: (baseline − current) / (baseline − target); 1 = reached.
 * @customfunction TARGETPROGRESS
 * @helpurl https://localhost:3000/docs/functions.html#targetprogress
 * @param baseline Caseload at the start, e.g. 1008.
 * @param current Caseload now, e.g. 563.
 * @param target Target caseload, e.g. 500.
 * @returns Progress as a share.
 */
export function targetProgress(baseline: any, current: any, target: any): number {
  return toCell(impl.targetProgressFn(baseline, current, target));
}

/**
 * Share by which the caseload fell: (baseline − current) / baseline.
 * @customfunction REDUCTION
 * @helpurl https://localhost:3000/docs/functions.html#reduction
 * @param baseline Caseload at the start.
 * @param current Caseload now.
 * @returns Reduction as a share.
 */
export function reduction(baseline: any, current: any): number {
  return toCell(impl.reductionFn(baseline, current));
}

/**
 * Caseload projected month by month from a start, a monthly inflow and a monthly exit rate.
 * @customfunction PROJECTCASELOAD
 * @helpurl https://localhost:3000/docs/functions.html#projectcaseload
 * @param start People on benefit at the start (the original group).
 * @param inflow New people per month.
 * @param exitRate Share leaving the benefit per month (0–1).
 * @param months Months to project (1–1200).
 * @param [detail] TRUE gives three columns: original group, newcomers, total. Default: total only.
 * @param invocation Call context: the arguments' cell addresses, which Excel gives only to a function with a matrix result (named in messages).
 * @requiresParameterAddresses
 * @returns One row per month 1..months.
 */
export function projectCaseload(
  start: any,
  inflow: any,
  exitRate: any,
  months: any,
  detail?: any,
  invocation?: CustomFunctions.Invocation
): number[][] {
  return toCell(impl.projectCaseloadFn(start, inflow, exitRate, months, detail, invocation));
}

/**
 * Monthly exit rate that takes a group from start to remaining in a number of months.
 * @customfunction EXITRATE
 * @helpurl https://localhost:3000/docs/functions.html#exitrate
 * @param start Size of the group at the start, e.g. 1008.
 * @param remaining How many of the group are still on benefit, e.g. 387.
 * @param months Months in between, e.g. 25.
 * @returns Exit rate per month (0–1).
 */
export function exitRate(start: any, remaining: any, months: any): number {
  return toCell(impl.exitRateFn(start, remaining, months));
}

/**
 * State refund (80/40/30/20 %) or municipal co-financing (20/60/70/80 %) in a cumulative week on benefit.
 * @customfunction REFUNDRATE
 * @helpurl https://localhost:3000/docs/functions.html#refundrate
 * @param week Cumulative weeks on public benefit, 1 = the first week.
 * @param [scheme] "refund" (default) or "cofinancing" (Danish: "refusion", "medfinansiering").
 * @returns The rate as a share.
 */
export function refundRate(week: any, scheme?: any): number {
  return toCell(impl.refundRateFn(week, scheme));
}

/**
 * Municipal net cost of a spell on benefit after refund, plus the service's own costs.
 * @customfunction NETCOST
 * @helpurl https://localhost:3000/docs/functions.html#netcost
 * @param monthlyRate Gross benefit in kr. per month, e.g. 12,326 (2024, 30+ without children).
 * @param [weeksOnBenefit] Weeks already on public benefit before the spell (default 0).
 * @param [weeks] Length of the spell in weeks (default 52 = one person-year).
 * @param [serviceCost] The job centre's own cost per person-year in kr. (default 0).
 * @returns Net cost in kr.
 */
export function netCost(
  monthlyRate: any,
  weeksOnBenefit?: any,
  weeks?: any,
  serviceCost?: any
): number {
  return toCell(impl.netCostFn(monthlyRate, weeksOnBenefit, weeks, serviceCost));
}

/**
 * KIK's default gross benefit rate in kr. per month; #N/A for a year without a default.
 * @customfunction BENEFITRATE
 * @helpurl https://localhost:3000/docs/functions.html#benefitrate
 * @param year The year, e.g. 2024.
 * @param [group] E.g. "30+ without children" (default), "30+ with children", "under 30 away from home".
 * @returns Kr. per month.
 */
export function benefitRate(year: any, group?: any): number {
  return toCell(impl.benefitRateFn(year, group));
}

/**
 * Savings from person-years on benefit avoided against the baseline, net of deadweight and an optional comparison trend.
 * @customfunction SAVINGS
 * @helpurl https://localhost:3000/docs/functions.html#savings
 * @param actual Actual caseload per period; blank cells are skipped.
 * @param baseline Caseload without the strategy: one number or a series of the same length.
 * @param netCost Municipal net cost per person-year in kr.
 * @param [comparison] Comparison series (e.g. the national trend); its first value is the reference.
 * @param [periodsPerYear] 12 for monthly counts (default), 1 for yearly averages.
 * @param [deadweight] Extra share that would have happened anyway (0–1, default 0).
 * @returns Savings in kr.
 */
export function savings(
  actual: any[][],
  baseline: any[][],
  netCost: any,
  comparison?: any[][],
  periodsPerYear?: any,
  deadweight?: any
): number {
  return toCell(impl.savingsFn(actual, baseline, netCost, comparison, periodsPerYear, deadweight));
}

/**
 * Break-even: the share of the savings that may fall away (deadweight, drop-off, optimism) before the net gain is 0.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/docs/functions.html#breakeven
 * @param investment Investment, one amount or one per year (positive amounts).
 * @param savings Savings, one amount or one per year.
 * @param [rate] Discount rate, e.g. 3.5 %. Omit for nominal amounts.
 * @param [timing] 0 = start of year: first year undiscounted (default); 1 = end of year, as Excel's NPV.
 * @returns A share: 1 − value of investment / value of savings (0.495 = 49.5 %).
 */
export function breakeven(investment: any[][], savings: any[][], rate?: any, timing?: any): number {
  return toCell(impl.breakevenFn(investment, savings, rate, timing));
}

/**
 * Chance that the savings exceed the investment, each given as one value or as low, likely and high.
 * @customfunction PROBABILITY
 * @helpurl https://localhost:3000/docs/functions.html#probability
 * @param investment One amount, or three cells: low, likely, high.
 * @param savings One amount, or three cells: low, likely, high (same unit as the investment).
 * @param [draws] Number of Latin hypercube draws (default 1000).
 * @returns A share (0.66 = 66 %).
 */
export function probability(investment: any[][], savings: any[][], draws?: any): number {
  return toCell(impl.probabilityFn(investment, savings, draws));
}

/**
 * The municipality's share of the benefit a spell costs, after the state's refund.
 * @customfunction MUNICIPALSHARE
 * @helpurl https://localhost:3000/docs/functions.html#municipalshare
 * @param [weeksOnBenefit] Weeks already on public benefit before the spell (default 0).
 * @param [weeks] Length of the spell in weeks (default 52 = one person-year).
 * @returns A share (0.8 = 80 %); the state's share is 1 minus it.
 */
export function municipalShare(weeksOnBenefit?: any, weeks?: any): number {
  return toCell(impl.municipalShareFn(weeksOnBenefit, weeks));
}
