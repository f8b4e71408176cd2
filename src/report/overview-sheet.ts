/**
 * "KIK Overblik": the key figures, each with a one-line explanation and the assumptions
 * behind it, and the closed cases by outcome and group. Figures are formulas over the other
 * result sheets and the input wherever Excel can express them; payback is computed by KIK.
 */
import {
  OUTCOME_GROUPS,
  LABEL_SEPARATORS,
  LABEL_SPACES,
  knownOutcomeLabels,
  normaliseLabel,
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
import { a1, qualified } from "../sheet";
import type { MoneyUnit, OutcomesInput } from "../input/model";
import type { CaseloadFigures } from "./caseload-sheet";
import type { EconomyTotals } from "./economy-sheet";
import {
  FORMATS,
  kronerIn,
  UNIT_SCALE,
  moneyFormula,
  moneyText,
  numberText,
  percentFormula,
  percentText,
  textFormula,
  textLiteral,
  unitText,
  yesFormula,
} from "./format";
import type { UncertaintyLinks } from "./sensitivity-sheet";
import { label, type LabelKey } from "./labels";
import type { KeyFigure, ReportSummary, SheetPlan } from "./plan";
import { inputRef, SheetBuilder } from "./sheet-builder";
import { tableName } from "./assumptions-sheet";
import {
  buildBusinessCase,
  DETAIL_TITLE,
  KEY_FIGURE_LINE,
  NOTE_LINE,
  wrappedHeight,
  yearsFormat,
  type DetailCell,
} from "./business-case";

/** Everything the overview draws on. */
export interface OverviewInput {
  readonly name: string;
  /** The municipality's name and its cell on KIK Antagelser, when the input gives it. */
  readonly municipality: { readonly value: string; readonly address: string } | null;
  readonly madeBy: string;
  readonly unit: MoneyUnit | null;
  readonly economy: EconomyTotals | null;
  readonly caseload: CaseloadFigures | null;
  readonly outcomes: OutcomesInput | null;
  readonly fleksjobIsSelfSupporting: boolean;
  /** The fleksjob assumption's cell, which the outcome groups' formulas read. */
  readonly fleksjobAddress: string | null;
  readonly discountRate: { readonly value: number; readonly address: string };
  readonly goal: { readonly value: number; readonly address: string } | null;
  readonly netCost: { readonly value: number; readonly address: string } | null;
  readonly deadweight: { readonly value: number; readonly address: string } | null;
  /** KIK Følsomhed's cells for the page's uncertainty line (issue 12), or null. */
  readonly uncertainty: UncertaintyLinks | null;
}

/** About how many characters of a note fit on a line of the merged explanation (C:D). */
const DETAIL_NOTE_CHARS = 75;
/** … and of a key figure in words in the value column (B). */
const VALUE_CHARS = 13;

/** The detail table's header row, below the one-page business case (business-case.ts). */
const HEADER = DETAIL_TITLE + 1;
/** The payback year when there is none: a dash, the same in every language. */
const NO_YEAR = "–";
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
): { sheet: SheetPlan; keyFigures: KeyFigure[]; notes: string[]; summary: ReportSummary } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const s = new SheetBuilder("overview", o.name);
  const keyFigures: KeyFigure[] = [];
  const notes: string[] = [];
  const detail = new Map<string, DetailCell>();
  // The title (period) stays in view; the page itself is read from the top.
  s.freeze(1, 0);
  s.value(2, 1, o.madeBy, { style: "note" });
  s.value(DETAIL_TITLE, 1, l("allFiguresTitle"), { style: "subtitle" });
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
    explanation: string,
    explanationFormula?: string,
    nameFormula?: string
  ): string => {
    row++;
    // A name whose wording depends on an editable value is a formula too.
    if (nameFormula !== undefined) s.formula(row, 1, nameFormula, name, { style: "label" });
    else s.value(row, 1, name, { style: "label" });
    const options = {
      style: "keyFigure" as const,
      ...(value.format === undefined ? {} : { numberFormat: value.format }),
    };
    if (value.formula !== undefined) s.formula(row, 2, value.formula, value.value, options);
    else s.value(row, 2, value.value, options);
    // An explanation quoting figures builds them by formula, so it never goes stale. It wraps
    // over the two right columns (the printed page ends there), and the row is as tall as the
    // longer of it and a value in words ("Ikke inden for 2016–2019").
    if (explanationFormula !== undefined)
      s.formula(row, 3, explanationFormula, explanation, { style: "wrapNote" });
    else s.value(row, 3, explanation, { style: "wrapNote" });
    s.merge({ top: row, left: 3, bottom: row, right: 4 });
    const height = Math.max(
      wrappedHeight(explanation, DETAIL_NOTE_CHARS, NOTE_LINE),
      typeof value.value === "string" ? wrappedHeight(value.value, VALUE_CHARS, KEY_FIGURE_LINE) : 0
    );
    if (height > 15) s.rowHeight(row, height);
    detail.set(id, {
      address: s.local(row, 2),
      value:
        typeof value.value === "number" || typeof value.value === "string" ? value.value : null,
    });
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
  /** An amount in the budget's unit, read from the cell of another KIK sheet. */
  const moneyFigure = (
    id: string,
    name: string,
    cell: { readonly address: string; readonly value: number },
    explanation: string,
    explanationFormula?: string
  ) =>
    figure(
      id,
      name,
      { formula: cell.address, value: cell.value, format: FORMATS.money },
      money(cell.value),
      explanation,
      explanationFormula
    );

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
      investmentCell = moneyFigure(
        "investment",
        `${l("kfInvestment")}${unit}`,
        e.investment,
        l("kfInvestmentExplain", { orYears: l("kfInvestmentYears") })
      );
    }
    const netCell = moneyFigure(
      "netGain",
      `${l("kfNetGain")}${unit}`,
      e.netGain,
      l("kfNetGainExplain", { years })
    );
    // The row is there whenever the investment is known (the layout follows the input's
    // shape, not its values); an investment of 0 leaves it blank.
    if (investmentCell !== null && e.investment !== null) {
      const inv = e.investment.value;
      const roi = returnOnInvestment({ investment: [inv], savings: [inv + e.netGain.value] });
      const value = roi.ok ? roi.value : "";
      figure(
        "roi",
        l("kfRoi"),
        {
          formula: `IF(${investmentCell}=0,"",${netCell}/${investmentCell})`,
          value,
          format: FORMATS.percent,
        },
        value === "" ? l("missing") : percentText(value, language),
        l("kfRoiExplain")
      );
    }
    moneyFigure(
      "npv",
      `${l("kfNpv")}${unit}`,
      e.presentValue,
      l("kfNpvExplain", {
        firstYear: String(e.firstYear),
        rate: percentText(o.discountRate.value, language),
      }),
      textFormula((p) => l("kfNpvExplain", p), {
        firstYear: e.payback.firstYear,
        rate: percentFormula(o.discountRate.address, language),
      })
    );
    // Payback by formula over KIK Økonomi's cumulative column and its helper column (the last
    // year ending below −tolerance): the same rule and tolerance as the engine's `payback`.
    const pb = e.payback;
    const back = payback(e.netFlows);
    const h = pb.lastNegative;
    const yearsText = { firstYear: pb.firstYear, lastYear: pb.lastYear };
    const noneText = l("kfPaybackNone", {
      firstYear: String(e.firstYear),
      lastYear: String(e.lastYear),
    });
    const noneFormula = textFormula((p) => l("kfPaybackNone", p), yearsText);
    const paybackFormula =
      `IF(${h}=0,0,IF(${h}=${pb.years},${noneFormula},` +
      `${h}+MIN(1,-INDEX(${pb.cumulativeRange},${h})/INDEX(${pb.budgetedRange},${h}+1))))`;
    const final = Number(back.ok ? 0 : (back.failure.detail?.finalCumulative ?? 0));
    const explainValue = back.ok
      ? l("kfPaybackExplain", { firstYear: String(e.firstYear) })
      : l("kfPaybackNoneExplain", { final: money(final), lastYear: String(e.lastYear) });
    const explainFormula =
      `IF(${h}=${pb.years},` +
      textFormula((p) => l("kfPaybackNoneExplain", p), {
        final:
          o.unit === null
            ? `FIXED(${pb.finalCumulative},1)`
            : moneyFormula(pb.finalCumulative, o.unit, language),
        lastYear: pb.lastYear,
      }) +
      `,${textFormula((p) => l("kfPaybackExplain", p), { firstYear: pb.firstYear })})`;
    const paybackCell = figure(
      "payback",
      l("kfPayback"),
      {
        formula: paybackFormula,
        value: back.ok ? back.value : noneText,
        format: yearsFormat(language),
      },
      back.ok ? l("kfPaybackYears", { years: numberText(back.value, language, 2) }) : noneText,
      explainValue,
      explainFormula
    );
    // The calendar year of the payback, with its own explanation; without a payback a dash,
    // explained (not a blank that repeats the row above).
    const yearParams = { firstYear: String(e.firstYear), lastYear: String(e.lastYear) };
    const year = back.ok ? e.firstYear + Math.max(0, Math.ceil(back.value) - 1) : NO_YEAR;
    figure(
      "paybackYear",
      l("kfPaybackYear"),
      {
        formula: `IF(${h}=${pb.years},${textLiteral(NO_YEAR)},${pb.firstYear}+MAX(0,ROUNDUP(${paybackCell},0)-1))`,
        value: year,
        format: FORMATS.year,
      },
      String(year),
      l(back.ok ? "kfPaybackYearExplain" : "kfPaybackYearNoneExplain", yearParams),
      `IF(${h}=${pb.years},` +
        textFormula((p) => l("kfPaybackYearNoneExplain", p), yearsText) +
        `,${textFormula((p) => l("kfPaybackYearExplain", p), yearsText)})`
    );
    moneyFigure("actual", `${l("kfActual")}${unit}`, e.actual, l("kfActualExplain"));
    moneyFigure("variance", `${l("kfVariance")}${unit}`, e.variance, l("kfVarianceExplain"));
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
      // One meaning: the cell and its explanation both say where the start figure comes from.
      l(c.baseline.fromAssumption === true ? "kfBaselineExplainAssumption" : "kfBaselineExplain", {
        month: c.baseline.month,
      }),
      // Issue 10: the month follows the measurements (KIK Sagstal finds it by formula).
      c.baseline.monthFormula === undefined
        ? undefined
        : textFormula(
            (p) =>
              l(
                c.baseline!.fromAssumption === true
                  ? "kfBaselineExplainAssumption"
                  : "kfBaselineExplain",
                p
              ),
            { month: c.baseline.monthFormula }
          )
    );
    const current = c.current as NonNullable<CaseloadFigures["current"]>;
    const now = figure(
      "current",
      l("kfCurrent"),
      { formula: current.address, value: current.value, format: FORMATS.count },
      count(current.value),
      l("kfCurrentExplain", { month: current.month }),
      current.monthFormula === undefined
        ? undefined
        : textFormula((p) => l("kfCurrentExplain", p), { month: current.monthFormula })
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
      const value = progress.ok ? progress.value : "";
      figure(
        "progress",
        l("kfProgress"),
        {
          formula: `IF(${base}=${target},"",(${base}-${now})/(${base}-${target}))`,
          value,
          format: FORMATS.percent,
        },
        value === "" ? l("missing") : percentText(value, language),
        l("kfProgressExplain")
      );
    }
    if (c.saved !== null) {
      const personYears = c.saved.sum / 12;
      const years = figure(
        "personYears",
        l("kfPersonYears"),
        { formula: `${c.saved.sumAddress}/12`, value: personYears, format: FORMATS.personYears },
        numberText(personYears, language, 1),
        l("kfPersonYearsExplain", {
          from: c.saved.from,
          to: c.saved.to,
          trend: c.saved.trend ? l("kfTrend") : "",
        }),
        c.saved.fromFormula === undefined || c.saved.toFormula === undefined
          ? undefined
          : textFormula((p) => l("kfPersonYearsExplain", p), {
              from: c.saved.fromFormula,
              to: c.saved.toFormula,
              trend:
                c.saved.trendAddress === undefined
                  ? textLiteral(c.saved.trend ? l("kfTrend") : "")
                  : `IF(${c.saved.trendAddress},${textLiteral(l("kfTrend"))},"")`,
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
        // "efter dødvægt" only when a deadweight or a comparison trend is applied; otherwise the
        // figure says it is gross, and why that overstates (docs/conventions.md). The deadweight
        // cell can be edited, so the wording is a formula over it.
        const trend = c.saved.trend;
        const savingsUnit = o.unit ?? "mio.kr";
        const savingsLabel = ` (${unitText(savingsUnit, language)})`;
        const net = trend || dw.value > 0;
        const netTest =
          c.saved.trendAddress === undefined
            ? trend
              ? "TRUE()"
              : `${dw.address}>0`
            : `OR(${c.saved.trendAddress},${dw.address}>0)`;
        const explanation = l("kfSavingsExplain", {
          cost: moneyText(o.netCost.value, "kr", language),
          deadweight: percentText(dw.value, language),
        });
        figure(
          "savings",
          `${l(net ? "kfSavings" : "kfSavingsGross")}${savingsLabel}`,
          {
            formula: `${years}*${o.netCost.address}*(1-${dw.address})`,
            value,
            // Kroner shown in the budget's unit (the value stays kroner, the cell's own unit).
            format: kronerIn(savingsUnit),
          },
          moneyText(value / UNIT_SCALE[savingsUnit], savingsUnit, language),
          net ? explanation : explanation + l("kfSavingsGrossExplain"),
          textFormula((p) => l("kfSavingsExplain", p), {
            cost: moneyFormula(o.netCost.address, "kr", language),
            deadweight:
              o.deadweight === null
                ? textLiteral(percentText(0, language))
                : percentFormula(dw.address, language),
          }) + `&IF(${netTest},"",${textLiteral(l("kfSavingsGrossExplain"))})`,
          `IF(${netTest},${textLiteral(l("kfSavings") + savingsLabel)},${textLiteral(l("kfSavingsGross") + savingsLabel)})`
        );
      }
    }
    const reduction = caseloadReduction(c.baseline.value, current.value);
    const reduced = reduction.ok ? reduction.value : "";
    figure(
      "reduction",
      l("kfReduction"),
      {
        formula: `IF(${base}=0,"",(${base}-${now})/${base})`,
        value: reduced,
        format: FORMATS.percent,
      },
      reduced === "" ? l("missing") : percentText(reduced, language),
      l("kfReductionExplain")
    );
  }

  let groupShareAddress: { address: string; value: number } | null = null;
  const outcomes = o.outcomes;
  let outcomeBlockTop = row + 3;
  if (outcomes === null || outcomes.rows.length === 0) {
    notes.push(l("missingOutcomes"));
  } else {
    const block =
      outcomes.rows.length > LIVE_OUTCOME_ROWS
        ? groupedOutcomeBlock(
            s,
            outcomes,
            outcomeBlockTop,
            o.fleksjobIsSelfSupporting,
            language,
            notes
          )
        : outcomeBlock(
            s,
            outcomes,
            outcomeBlockTop,
            { value: o.fleksjobIsSelfSupporting, address: o.fleksjobAddress },
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
      }),
      o.fleksjobAddress === null
        ? undefined
        : textFormula((p) => l("kfSelfSupportingExplain", p), {
            fleksjob: `IF(${yesFormula(o.fleksjobAddress)},${textLiteral(l("kfFleksjobYes"))},${textLiteral(l("kfFleksjobNo"))})`,
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
  void outcomeBlockTop;
  const summary = buildBusinessCase(
    s,
    {
      municipality: o.municipality,
      unit: o.unit,
      economy: o.economy,
      caseload: o.caseload,
      detail,
      selfSupporting: detail.get("selfSupporting") ?? null,
      goal: detail.get("goal") ?? null,
      detailBottom: row,
      uncertainty: o.uncertainty,
    },
    language
  );
  return { sheet: s.build(), keyFigures, notes, summary };
}

/** A label's normal form by formula: `normaliseLabel`'s characters as spaces, lower case, trimmed. */
function normalFormFormula(cell: string): string {
  let f = cell;
  for (const ch of [...LABEL_SEPARATORS, ...LABEL_SPACES]) {
    // Control characters as CHAR() (a line break inside a formula's text is fragile), and the
    // backslash and double quote too (HyperFormula's parser reads neither inside a string).
    const literal =
      ch < " " || ch === "\\" || ch === '"' ? `CHAR(${ch.charCodeAt(0)})` : textLiteral(ch);
    f = `SUBSTITUTE(${f},${literal}," ")`;
  }
  // Excel's TRIM also collapses inner runs of spaces, as the engine's \s+ → " " does.
  return `TRIM(LOWER(${f}))`;
}

/** The meaning written in the outcome key for labels that depend on the fleksjob setting. */
const FLEKSJOB = "fleksjob";

/**
 * The closed cases, one row per input row: the label (a formula over the input cell), its
 * normal form, its group looked up in KIK's outcome key written below (so a renamed label is
 * regrouped when the input is edited, or counted visibly as unknown), the count and the share;
 * then the groups with SUMIF over that list, the unknown outcomes with a warning cell, and
 * the key itself.
 */
function outcomeBlock(
  s: SheetBuilder,
  outcomes: OutcomesInput,
  top: number,
  fleksjob: { readonly value: boolean; readonly address: string | null },
  language: Language,
  notes: string[]
): { selfSupportingShare: { address: string; value: number }; bottom: number } {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const fleksjobIsSelfSupporting = fleksjob.value;
  // Place the block far enough below the key figures (at most 18 of them).
  const start = Math.max(top, HEADER + 22);
  const groupNames = Object.fromEntries(
    OUTCOME_GROUPS.map((g) => [g, t(GROUP_LABEL[g], {}, language)])
  ) as Record<OutcomeGroup, string>;
  const unknownName = l("unknownGroup");

  s.value(start, 1, l("outcomesTitle"), { style: "subtitle" });
  const header = start + 1;
  [l("outcome"), l("group"), l("count"), l("share"), l("outcomeKey")].forEach((h, i) =>
    s.value(header, i + 1, h, { style: "header" })
  );
  const rows = outcomes.rows;
  const first = header + 1;
  const last = header + rows.length;
  const groups = rows.map((r) => classifyOutcome(r.label.value, { fleksjobIsSelfSupporting }));
  const counts = rows.map((r) => (r.count === null ? 1 : r.count.value));
  const knownLabels: string[] = [];
  const knownCounts: number[] = [];
  rows.forEach((r, i) => {
    if (groups[i] === null) return;
    knownLabels.push(r.label.value);
    knownCounts.push(counts[i] as number);
  });
  const shares = outcomeShares(knownLabels, knownCounts, { fleksjobIsSelfSupporting });
  const knownTotal = shares.ok ? shares.value.total : 0;

  // Where the groups, the unknown line, the total and the key go (fixed by the row count).
  const gTitle = last + 2;
  const gHeader = gTitle + 1;
  const unknownRow = gHeader + 1 + OUTCOME_GROUPS.length;
  const groupTotalRow = unknownRow + 1;
  const keyTitle = groupTotalRow + 2;
  const keyHeader = keyTitle + 1;
  const known = knownOutcomeLabels();
  const keyFirst = keyHeader + 1;
  const keyLast = keyHeader + known.length;
  const keyRange = `${s.local(keyFirst, 1, true)}:${s.local(keyLast, 2, true)}`;
  const fleksjobTest =
    fleksjob.address === null
      ? fleksjobIsSelfSupporting
        ? "TRUE()"
        : "FALSE()"
      : yesFormula(fleksjob.address);

  rows.forEach((r, i) => {
    const row = first + i;
    const labelCell = s.local(row, 1);
    const keyCell = s.local(row, 5);
    const group = groups[i] as OutcomeGroup | null;
    if (group === null)
      notes.push(
        l("noteUnknownOutcome", { label: r.label.value, cell: inputRef(r.label.ref, false) })
      );
    // TRIM, as the input reader trims the label (Excel's TRIM also collapses inner spaces).
    s.formula(
      row,
      1,
      `TRIM(${inputRef(r.label.ref)}&"")`,
      r.label.value.replace(/ {2,}/g, " ").trim(),
      {
        style: "label",
      }
    );
    const meaning = `IFERROR(VLOOKUP(${keyCell},${keyRange},2,0),"?")`;
    s.formula(
      row,
      2,
      `IF(${meaning}=${textLiteral(FLEKSJOB)},IF(${fleksjobTest},${textLiteral(groupNames.selfSupporting)},${textLiteral(groupNames.otherSupport)}),IF(${meaning}="?",${textLiteral(unknownName)},${meaning}))`,
      group === null ? unknownName : groupNames[group]
    );
    const count = counts[i] as number;
    if (r.count === null || r.count.fromText === true)
      s.value(row, 3, count, { numberFormat: FORMATS.count });
    else s.formula(row, 3, `N(${inputRef(r.count.ref)})`, count, { numberFormat: FORMATS.count });
    const share = group === null || knownTotal === 0 ? "" : count / knownTotal;
    s.formula(
      row,
      4,
      `IF(OR(${s.local(row, 2)}=${textLiteral(unknownName)},${s.local(groupTotalRow, 2, true)}=0),"",${s.local(row, 3)}/${s.local(groupTotalRow, 2, true)})`,
      share,
      { numberFormat: FORMATS.percent }
    );
    s.formula(row, 5, normalFormFormula(labelCell), normaliseLabel(r.label.value), {
      style: "note",
    });
  });
  s.table({
    name: tableName("Udfald", s.name),
    top: header,
    left: 1,
    bottom: last,
    right: 5,
    totalsRow: false,
  });

  const {
    groupRange,
    countRange: countRangeLocal,
    selfSupportingShare,
  } = groupSummary(s, { first, last }, groupTotalRow, shares, groupNames, l);
  // Unrecognised labels: counted here, visibly, and left out of the shares.
  const unknownCount = rows.reduce(
    (n, _r, i) => n + (groups[i] === null ? (counts[i] as number) : 0),
    0
  );
  s.value(unknownRow, 1, l("unknownOutcomes"), { style: "label" });
  s.formula(
    unknownRow,
    2,
    `SUMIF(${groupRange},${textLiteral(unknownName)},${countRangeLocal})`,
    unknownCount,
    { numberFormat: FORMATS.count }
  );
  s.formula(
    unknownRow,
    3,
    `IF(${s.local(unknownRow, 2)}>0,${textLiteral(l("unknownOutcomesWarning"))},"")`,
    unknownCount > 0 ? l("unknownOutcomesWarning") : "",
    { style: "note" }
  );

  // KIK's outcome key: every label it knows, in normal form, with its meaning.
  s.value(keyTitle, 1, l("outcomeKeyTitle"), { style: "subtitle" });
  s.value(keyHeader, 1, l("outcomeKey"), { style: "header" });
  s.value(keyHeader, 2, l("group"), { style: "header" });
  known.forEach(([key, meaning], i) => {
    s.value(keyFirst + i, 1, key);
    s.value(keyFirst + i, 2, meaning === FLEKSJOB ? FLEKSJOB : groupNames[meaning]);
  });
  return { selfSupportingShare, bottom: keyLast };
}

/**
 * The outcome groups under an outcome list (rows first..last: column 2 the group, column 3 the
 * count): a title two rows below it, a header, one row per group with its count (SUMIF over the list)
 * and share of the known total, and the total at `groupTotalRow` (rows between the groups and
 * the total, such as the unknown outcomes, are the caller's).
 */
function groupSummary(
  s: SheetBuilder,
  list: { readonly first: number; readonly last: number },
  groupTotalRow: number,
  shares: ReturnType<typeof outcomeShares>,
  groupNames: Readonly<Record<OutcomeGroup, string>>,
  l: (k: LabelKey) => string
): {
  groupRange: string;
  countRange: string;
  selfSupportingShare: { address: string; value: number };
} {
  const { first, last } = list;
  const gTitle = last + 2;
  const gHeader = gTitle + 1;
  s.value(gTitle, 1, l("groupsTitle"), { style: "subtitle" });
  [l("group"), l("count"), l("share")].forEach((h, i) =>
    s.value(gHeader, i + 1, h, { style: "header" })
  );
  const groupRange = `${s.local(first, 2, true)}:${s.local(last, 2, true)}`;
  const countRange = `${s.local(first, 3, true)}:${s.local(last, 3, true)}`;
  const total = s.local(groupTotalRow, 2, true);
  let selfSupportingShare = { address: "", value: 0 };
  OUTCOME_GROUPS.forEach((g, i) => {
    const row = gHeader + 1 + i;
    const count = shares.ok ? shares.value.counts[g] : 0;
    const share = shares.ok ? shares.value.shares[g] : 0;
    s.value(row, 1, groupNames[g], { style: "label" });
    s.formula(row, 2, `SUMIF(${groupRange},${s.local(row, 1)},${countRange})`, count, {
      numberFormat: FORMATS.count,
    });
    s.formula(row, 3, `IF(${total}=0,0,${s.local(row, 2)}/${total})`, share, {
      numberFormat: FORMATS.percent,
    });
    if (g === "selfSupporting") selfSupportingShare = { address: s.local(row, 3), value: share };
  });
  const lastGroup = gHeader + OUTCOME_GROUPS.length;
  s.value(groupTotalRow, 1, l("total"), { style: "total" });
  s.formula(
    groupTotalRow,
    2,
    `SUM(${s.local(gHeader + 1, 2)}:${s.local(lastGroup, 2)})`,
    shares.ok ? shares.value.total : 0,
    { numberFormat: FORMATS.count, style: "total" }
  );
  const shareSum = shares.ok
    ? OUTCOME_GROUPS.reduce((sum, g) => sum + shares.value.shares[g], 0)
    : 0;
  s.formula(
    groupTotalRow,
    3,
    `SUM(${s.local(gHeader + 1, 3)}:${s.local(lastGroup, 3)})`,
    shareSum,
    { numberFormat: FORMATS.percent, style: "total" }
  );
  return { groupRange, countRange, selfSupportingShare };
}

/** Above this many outcome rows the overview groups by distinct label (one row per input row would be too large a sheet). */
const LIVE_OUTCOME_ROWS = 2000;

/**
 * For very many outcome rows (over {@link LIVE_OUTCOME_ROWS}), the closed cases grouped by
 * distinct label instead (grouped as Excel's "=" compares: ignoring case), with
 * SUMPRODUCT counts over the input, and the three groups with SUMIF over that list.
 */
function groupedOutcomeBlock(
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

  const { selfSupportingShare } = groupSummary(
    s,
    { first, last },
    groupTotalRow,
    shares,
    groupNames,
    l
  );
  return { selfSupportingShare, bottom: groupTotalRow };
}
