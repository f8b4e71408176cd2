/**
 * "KIK Overblik": the key figures, each with a one-line explanation and the assumptions
 * behind it, and the closed cases by outcome and group. Figures are formulas over the other
 * result sheets and the input wherever Excel can express them; payback is computed by KIK.
 */
import {
  OUTCOME_GROUPS,
  savingsNetOfDeadweight,
  caseloadReduction,
  classifyOutcome,
  outcomeShares,
  payback,
  returnOnInvestment,
  targetProgress,
  type OutcomeGroup,
} from "../engine";
import { t, type Language } from "../i18n";
import type { MoneyUnit, OutcomesInput } from "../input/model";
import { a1, qualified } from "../sheet";
import type { CaseloadFigures } from "./caseload-sheet";
import type { EconomyTotals } from "./economy-sheet";
import { FORMATS, moneyText, numberText, percentText, unitText } from "./format";
import { label, type LabelKey } from "./labels";
import type { KeyFigure, SheetPlan } from "./plan";
import { inputRef, SheetBuilder } from "./sheet-builder";
import { tableName } from "./assumptions-sheet";

/** Everything the overview draws on. */
export interface OverviewInput {
  readonly name: string;
  readonly madeBy: string;
  readonly unit: MoneyUnit | null;
  readonly economy: EconomyTotals | null;
  readonly caseload: CaseloadFigures | null;
  readonly outcomes: OutcomesInput | null;
  readonly fleksjobIsSelfSupporting: boolean;
  readonly discountRate: number;
  readonly goal: { readonly value: number; readonly address: string } | null;
  readonly netCost: { readonly value: number; readonly address: string } | null;
  readonly deadweight: { readonly value: number; readonly address: string } | null;
}

const HEADER = 4;
const GROUP_LABEL: Record<
  OutcomeGroup,
  "groupSelfSupporting" | "groupReady" | "groupOtherSupport"
> = {
  selfSupporting: "groupSelfSupporting",
  ready: "groupReady",
  otherSupport: "groupOtherSupport",
};

/** Lays out the overview; returns it with the key figures and notes for the faces. */
export function buildOverviewSheet(
  o: OverviewInput,
  language: Language
): { sheet: SheetPlan; keyFigures: KeyFigure[]; notes: string[] } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("overview", o.name);
  const keyFigures: KeyFigure[] = [];
  const notes: string[] = [];
  s.value(1, 1, l("overviewTitle"), { style: "title" });
  s.value(2, 1, o.madeBy, { style: "note" });
  s.value(HEADER, 1, l("keyFigure"), { style: "header" });
  s.value(HEADER, 2, l("value"), { style: "header" });
  s.value(HEADER, 3, l("explanation"), { style: "header" });
  let row = HEADER;
  const unit = o.unit === null ? "" : ` (${unitText(o.unit, language)})`;
  const money = (v: number) =>
    o.unit === null ? numberText(v, language, 1) : moneyText(v, o.unit, language);

  /** Adds one key-figure row; returns the local address of its value cell. */
  const figure = (
    id: string,
    name: string,
    value: { formula?: string; value: number | string | null; format?: string },
    text: string,
    explanation: string
  ): string => {
    row++;
    s.value(row, 1, name, { style: "label" });
    const options = {
      style: "keyFigure" as const,
      ...(value.format === undefined ? {} : { numberFormat: value.format }),
    };
    if (value.formula !== undefined) s.formula(row, 2, value.formula, value.value, options);
    else s.value(row, 2, value.value, options);
    s.value(row, 3, explanation, { style: "note" });
    keyFigures.push({
      id,
      label: name,
      value: typeof value.value === "number" ? value.value : null,
      text,
      explanation,
    });
    return s.local(row, 2);
  };
  const missing = (id: string, name: string, why: string) =>
    figure(id, name, { value: l("missing") }, l("missing"), why);

  const e = o.economy;
  if (e === null) {
    notes.push(l("missingBudget"));
  } else {
    const years = `${e.firstYear}–${e.lastYear}`;
    let investmentCell: string | null = null;
    if (e.investment === null) {
      notes.push(l("missingInvestment"));
      missing("investment", `${l("kfInvestment")}${unit}`, l("missingInvestment"));
    } else {
      investmentCell = figure(
        "investment",
        `${l("kfInvestment")}${unit}`,
        { formula: e.investment.address, value: e.investment.value, format: FORMATS.money },
        money(e.investment.value),
        l("kfInvestmentExplain", { orYears: l("kfInvestmentYears") })
      );
    }
    const netCell = figure(
      "netGain",
      `${l("kfNetGain")}${unit}`,
      { formula: e.netGain.address, value: e.netGain.value, format: FORMATS.money },
      money(e.netGain.value),
      l("kfNetGainExplain", { years })
    );
    if (investmentCell !== null && e.investment !== null && e.investment.value !== 0) {
      const inv = e.investment.value;
      const roi = returnOnInvestment({ investment: [inv], savings: [inv + e.netGain.value] });
      const value = roi.ok ? roi.value : e.netGain.value / inv;
      figure(
        "roi",
        l("kfRoi"),
        { formula: `${netCell}/${investmentCell}`, value, format: FORMATS.percent },
        percentText(value, language),
        l("kfRoiExplain")
      );
    }
    figure(
      "npv",
      `${l("kfNpv")}${unit}`,
      { formula: e.presentValue.address, value: e.presentValue.value, format: FORMATS.money },
      money(e.presentValue.value),
      l("kfNpvExplain", {
        firstYear: String(e.firstYear),
        rate: percentText(o.discountRate, language),
      })
    );
    const back = payback(e.netFlows);
    if (back.ok) {
      const years = numberText(back.value, language, 2);
      figure(
        "payback",
        l("kfPayback"),
        { value: back.value, format: FORMATS.years },
        l("kfPaybackYears", { years }),
        l("kfPaybackExplain", { firstYear: String(e.firstYear) })
      );
      const year = e.firstYear + Math.max(0, Math.ceil(back.value) - 1);
      figure(
        "paybackYear",
        l("kfPaybackYear"),
        { value: year, format: FORMATS.year },
        String(year),
        l("kfPaybackExplain", { firstYear: String(e.firstYear) })
      );
    } else {
      const final = Number(back.failure.detail?.finalCumulative ?? 0);
      const text = l("kfPaybackNone", {
        firstYear: String(e.firstYear),
        lastYear: String(e.lastYear),
      });
      figure(
        "payback",
        l("kfPayback"),
        { value: text },
        text,
        l("kfPaybackNoneExplain", { final: money(final), lastYear: String(e.lastYear) })
      );
    }
    figure(
      "actual",
      `${l("kfActual")}${unit}`,
      { formula: e.actual.address, value: e.actual.value, format: FORMATS.money },
      money(e.actual.value),
      l("kfActualExplain")
    );
    figure(
      "variance",
      `${l("kfVariance")}${unit}`,
      { formula: e.variance.address, value: e.variance.value, format: FORMATS.money },
      money(e.variance.value),
      l("kfVarianceExplain")
    );
  }

  const c = o.caseload;
  if (c === null || c.baseline === null) {
    notes.push(l("missingCaseload"));
  } else {
    const count = (v: number) => numberText(v, language, 0);
    const base = figure(
      "baseline",
      l("kfBaseline"),
      { formula: c.baseline.address, value: c.baseline.value, format: FORMATS.count },
      count(c.baseline.value),
      l("kfBaselineExplain", { month: c.baseline.month })
    );
    const current = c.current as NonNullable<CaseloadFigures["current"]>;
    const now = figure(
      "current",
      l("kfCurrent"),
      { formula: current.address, value: current.value, format: FORMATS.count },
      count(current.value),
      l("kfCurrentExplain", { month: current.month })
    );
    if (c.target !== null) {
      const target = figure(
        "target",
        l("kfTarget"),
        { formula: c.target.address, value: c.target.value, format: FORMATS.count },
        count(c.target.value),
        l("kfTargetExplain", { month: c.target.month })
      );
      const progress = targetProgress(c.baseline.value, current.value, c.target.value);
      if (progress.ok) {
        figure(
          "progress",
          l("kfProgress"),
          {
            formula: `(${base}-${now})/(${base}-${target})`,
            value: progress.value,
            format: FORMATS.percent,
          },
          percentText(progress.value, language),
          l("kfProgressExplain")
        );
      }
    }
    if (c.saved !== null) {
      const personYears = c.saved.sum / 12;
      const years = figure(
        "personYears",
        l("kfPersonYears"),
        { formula: `${c.saved.sumAddress}/12`, value: personYears, format: FORMATS.decimal },
        numberText(personYears, language, 1),
        l("kfPersonYearsExplain", {
          from: c.saved.from,
          to: c.saved.to,
          trend: c.saved.trend ? l("kfTrend") : "",
        })
      );
      if (o.netCost !== null) {
        const dw = o.deadweight ?? { value: 0, address: "0" };
        const saved = savingsNetOfDeadweight({
          actual: [0],
          baseline: c.saved.sum,
          periodsPerYear: 12,
          netCostPerPersonYear: o.netCost.value,
          deadweightShare: dw.value,
        });
        const value = saved.ok
          ? saved.value.savings
          : personYears * o.netCost.value * (1 - dw.value);
        figure(
          "savings",
          l("kfSavings"),
          {
            formula: `${years}*${o.netCost.address}*(1-${dw.address})`,
            value,
            format: FORMATS.kroner,
          },
          moneyText(value / 1e6, "mio.kr", language),
          l("kfSavingsExplain", {
            cost: moneyText(o.netCost.value, "kr", language),
            deadweight: percentText(dw.value, language),
          })
        );
      }
    }
    const reduction = caseloadReduction(c.baseline.value, current.value);
    if (reduction.ok) {
      figure(
        "reduction",
        l("kfReduction"),
        { formula: `(${base}-${now})/${base}`, value: reduction.value, format: FORMATS.percent },
        percentText(reduction.value, language),
        l("kfReductionExplain")
      );
    }
  }

  let groupShareAddress: { address: string; value: number } | null = null;
  const outcomes = o.outcomes;
  let outcomeBlockTop = row + 3;
  if (outcomes === null || outcomes.rows.length === 0) {
    notes.push(l("missingOutcomes"));
  } else {
    const block = outcomeBlock(
      s,
      outcomes,
      outcomeBlockTop,
      o.fleksjobIsSelfSupporting,
      language,
      notes
    );
    groupShareAddress = block.selfSupportingShare;
    outcomeBlockTop = block.bottom;
  }
  // The key figures come first on the sheet, so the outcome share is inserted after the caseload rows.
  if (groupShareAddress !== null) {
    figure(
      "selfSupporting",
      l("kfSelfSupporting"),
      {
        formula: groupShareAddress.address,
        value: groupShareAddress.value,
        format: FORMATS.percent,
      },
      percentText(groupShareAddress.value, language),
      l("kfSelfSupportingExplain", {
        fleksjob: l(o.fleksjobIsSelfSupporting ? "kfFleksjobYes" : "kfFleksjobNo"),
      })
    );
  }
  if (o.goal !== null) {
    figure(
      "goal",
      l("kfGoal"),
      { formula: o.goal.address, value: o.goal.value, format: FORMATS.percent },
      percentText(o.goal.value, language),
      l("kfGoalExplain")
    );
  }
  s.table({
    name: tableName("Overblik", o.name),
    top: HEADER,
    left: 1,
    bottom: row,
    right: 3,
    totalsRow: false,
  });
  s.columnWidths([38, 30, 90, 12]);
  s.freeze(HEADER, 1);
  void outcomeBlockTop;
  return { sheet: s.build(), keyFigures, notes };
}

/**
 * The closed cases by outcome label (grouped as Excel's "=" compares: ignoring case), with
 * SUMPRODUCT counts over the input, and the three groups with SUMIF over that list.
 */
function outcomeBlock(
  s: SheetBuilder,
  outcomes: OutcomesInput,
  top: number,
  fleksjobIsSelfSupporting: boolean,
  language: Language,
  notes: string[]
): { selfSupportingShare: { address: string; value: number }; bottom: number } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  // Place the block far enough below the key figures (at most 16 of them).
  const start = Math.max(top, HEADER + 20);
  const labels = outcomes.rows.map((r) => r.label);
  const firstRef = labels[0]?.ref;
  const lastRef = labels[labels.length - 1]?.ref;
  const contiguous =
    firstRef !== undefined &&
    lastRef !== undefined &&
    labels.every(
      (x, i) =>
        x.ref.sheet === firstRef.sheet &&
        x.ref.column === firstRef.column &&
        x.ref.row === firstRef.row + i
    );
  const hasCounts = outcomes.rows.some((r) => r.count !== null);
  const countsUsable =
    !hasCounts ||
    outcomes.rows.every(
      (r, i) =>
        r.count !== null &&
        r.count.fromText !== true &&
        r.count.ref.row === (firstRef?.row ?? 0) + i
    );
  // 'Sheet'!$A$2:$A$4 – the end without its sheet ("!" may occur in a quoted sheet name).
  const labelRange = contiguous
    ? `${inputRef(firstRef)}:${a1(lastRef.row, lastRef.column, true)}`
    : null;
  const countColumn = hasCounts ? outcomes.rows[0]?.count?.ref : undefined;
  const countRange =
    hasCounts && countColumn !== undefined && lastRef !== undefined
      ? `${qualified(countColumn.sheet, countColumn.row, countColumn.column, true)}:${a1(lastRef.row, countColumn.column, true)}`
      : null;

  // Distinct labels, case-insensitive, first spelling kept.
  const distinct = new Map<
    string,
    { label: string; count: number; group: OutcomeGroup | null; cell: string }
  >();
  for (const r of outcomes.rows) {
    const key = r.label.value.toLocaleLowerCase("da-DK");
    const entry = distinct.get(key) ?? {
      label: r.label.value,
      count: 0,
      group: classifyOutcome(r.label.value, { fleksjobIsSelfSupporting }),
      cell: inputRef(r.label.ref, false),
    };
    entry.count += r.count === null ? 1 : r.count.value;
    distinct.set(key, entry);
  }

  s.value(start, 1, l("outcomesTitle"), { style: "subtitle" });
  const header = start + 1;
  [l("outcome"), l("group"), l("count"), l("share")].forEach((h, i) =>
    s.value(header, i + 1, h, { style: "header" })
  );
  const entries = [...distinct.values()];
  const first = header + 1;
  const last = header + entries.length;
  const groupNames = Object.fromEntries(
    OUTCOME_GROUPS.map((g) => [g, t(GROUP_LABEL[g], {}, language)])
  ) as Record<OutcomeGroup, string>;
  const known = entries.filter((x) => x.group !== null);
  const shares = outcomeShares(
    known.map((x) => x.label),
    known.map((x) => x.count),
    { fleksjobIsSelfSupporting }
  );
  const groupTotalRow = last + 3 + OUTCOME_GROUPS.length + 1;
  const knownTotal = shares.ok ? shares.value.total : 0;
  entries.forEach((x, i) => {
    const row = first + i;
    s.value(row, 1, x.label, { style: "label" });
    s.value(row, 2, x.group === null ? l("unknownGroup") : groupNames[x.group]);
    if (x.group === null) notes.push(l("noteUnknownOutcome", { label: x.label, cell: x.cell }));
    const here = s.local(row, 1);
    if (labelRange !== null && countsUsable) {
      const formula =
        countRange === null
          ? `SUMPRODUCT((${labelRange}=${here})*1)`
          : `SUMPRODUCT((${labelRange}=${here})*${countRange})`;
      s.formula(row, 3, formula, x.count, { numberFormat: FORMATS.count });
    } else {
      s.value(row, 3, x.count, { numberFormat: FORMATS.count });
    }
    const share = x.group === null || knownTotal === 0 ? "" : x.count / knownTotal;
    s.formula(
      row,
      4,
      x.group === null ? `""` : `${s.local(row, 3)}/${s.local(groupTotalRow, 2, true)}`,
      share,
      { numberFormat: FORMATS.percent }
    );
  });
  s.table({
    name: tableName("Udfald", s.name),
    top: header,
    left: 1,
    bottom: last,
    right: 4,
    totalsRow: false,
  });

  const gTitle = last + 2;
  s.value(gTitle, 1, l("groupsTitle"), { style: "subtitle" });
  const gHeader = gTitle + 1;
  [l("group"), l("count"), l("share")].forEach((h, i) =>
    s.value(gHeader, i + 1, h, { style: "header" })
  );
  const groupRange = `${s.local(first, 2, true)}:${s.local(last, 2, true)}`;
  const countRangeLocal = `${s.local(first, 3, true)}:${s.local(last, 3, true)}`;
  let selfSupportingShare = { address: "", value: 0 };
  OUTCOME_GROUPS.forEach((g, i) => {
    const row = gHeader + 1 + i;
    const count = shares.ok ? shares.value.counts[g] : 0;
    const share = shares.ok ? shares.value.shares[g] : 0;
    s.value(row, 1, groupNames[g], { style: "label" });
    s.formula(row, 2, `SUMIF(${groupRange},${s.local(row, 1)},${countRangeLocal})`, count, {
      numberFormat: FORMATS.count,
    });
    s.formula(row, 3, `${s.local(row, 2)}/${s.local(groupTotalRow, 2, true)}`, share, {
      numberFormat: FORMATS.percent,
    });
    if (g === "selfSupporting") selfSupportingShare = { address: s.local(row, 3), value: share };
  });
  s.value(groupTotalRow, 1, l("total"), { style: "total" });
  s.formula(
    groupTotalRow,
    2,
    `SUM(${s.local(gHeader + 1, 2)}:${s.local(groupTotalRow - 1, 2)})`,
    knownTotal,
    { numberFormat: FORMATS.count, style: "total" }
  );
  const shareSum = shares.ok
    ? OUTCOME_GROUPS.reduce((sum, g) => sum + shares.value.shares[g], 0)
    : 0;
  s.formula(
    groupTotalRow,
    3,
    `SUM(${s.local(gHeader + 1, 3)}:${s.local(groupTotalRow - 1, 3)})`,
    shareSum,
    { numberFormat: FORMATS.percent, style: "total" }
  );
  return { selfSupportingShare, bottom: groupTotalRow };
}
