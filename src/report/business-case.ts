/**
 * The top of "KIK Overblik" as a one-page business case (issue 11): a title with the period, a
 * conclusion of two or three live sentences, the headline figures in the order a decision
 * needs them (each against its budget, target or goal), the cumulative chart, and the
 * reconciliation of the model's savings with the accounts. Every number is a formula over KIK
 * Økonomi, KIK Sagstal and the detail below it, with the engine's value cached; numbers inside
 * sentences use FIXED(), which follows the reader's own separators (a TEXT() format code is
 * not translated between Danish and English Excel).
 */
import { cumulative, payback } from "../engine";
import type { Language } from "../i18n";
import type { MoneyUnit } from "../input/model";
import type { CaseloadFigures } from "./caseload-sheet";
import type { EconomyTotals } from "./economy-sheet";
import {
  FORMATS,
  fixedText,
  moneyFormula,
  moneyText,
  numberText,
  percentFormula,
  percentText,
  textFormula,
  textLiteral,
  unitText,
  UNIT_SCALE,
} from "./format";
import { label, type LabelKey } from "./labels";
import type { EconomyChartData, KeyFigure, PageSetupPlan, ReportSummary } from "./plan";
import type { UncertaintyLinks } from "./sensitivity-sheet";
import { lineCount, type SheetBuilder } from "./sheet-builder";

/** The rows of the page's top part; the detail ("Alle nøgletal") starts at {@link DETAIL_TITLE}. */
export const PAGE = {
  title: 1,
  madeBy: 2,
  conclusionTitle: 4,
  conclusion: 5,
  headlineTitle: 9,
  headlineHeader: 10,
  headline: 11,
  /**
   * The marked row for the uncertainty line ("Usikkerhed"): left blank here; the lead wires it
   * to the sensitivity sheet's key figures (chanceOfGain, breakevenDeadweight) when present.
   */
  uncertainty: 16,
  chartTop: 18,
  chartBottom: 35,
  reconTitle: 37,
  recon: 38,
} as const;

/** Where the detail key-figure table starts (its title; the header row is one below). */
export const DETAIL_TITLE = 43;
/** About how many characters of a note fit on a line of the explanation column (D). */
const HEADLINE_NOTE_CHARS = 52;
/** The columns of the page: label, value, comparison, explanation. */
const WIDTHS = [40, 18, 24, 46];
/** Where the chart's own data (formulas over KIK Økonomi) sits: right of the printed page. */
const CHART_DATA_COLUMN = 6;

/** A figure of the detail table the top refers to: its local address and value. */
export interface DetailCell {
  readonly address: string;
  readonly value: number | string | null;
}

/** What the business case draws on. */
export interface BusinessCaseInput {
  readonly municipality: { readonly value: string; readonly address: string } | null;
  readonly unit: MoneyUnit | null;
  readonly economy: EconomyTotals | null;
  readonly caseload: CaseloadFigures | null;
  /** Cells of the detail table by key-figure id (payback, savings …). */
  readonly detail: ReadonlyMap<string, DetailCell>;
  /** The self-supporting share (outcome groups) and the goal, when known. */
  readonly selfSupporting: DetailCell | null;
  readonly goal: DetailCell | null;
  /** The last row of the detail table (the end of the printed page). */
  readonly detailBottom: number;
  /** KIK Følsomhed's cells for the uncertainty line (issue 12), or null without that sheet. */
  readonly uncertainty: UncertaintyLinks | null;
}

/** Line heights (points) of a wrapped note (10 pt) and a key figure (14 pt). */
export const NOTE_LINE = 13;
export const KEY_FIGURE_LINE = 18;

/**
 * The row height (points) a text needs when it wraps at word boundaries, `chars` characters a
 * line, `line` points each ({@link lineCount}, the result sheets' one estimate).
 */
export function wrappedHeight(text: string, chars: number, line: number): number {
  return lineCount(text, chars) * line + 3;
}

/** The years format: "2,5 år" / "2.5 years", by number format (the value stays a number). */
export function yearsFormat(language: Language): string {
  return `0.0 "${label("yearsUnit", {}, language)}"`;
}

/**
 * Lays out the business case on `s` (rows 1 to {@link DETAIL_TITLE} − 1) and returns the
 * summary for the task pane's preview: the sentences' and figures' cached values.
 */
export function buildBusinessCase(
  s: SheetBuilder,
  o: BusinessCaseInput,
  language: Language
): ReportSummary {
  const l = (k: LabelKey, p: Record<string, string | number> = {}) => label(k, p, language);
  const unit: MoneyUnit = o.unit ?? "mio.kr";
  const digits = unit === "mio.kr" ? 1 : 0;
  const unitLabel = ` (${unitText(unit, language)})`;
  const money = (v: number) => moneyText(v, unit, language);
  const moneyF = (expr: string) => moneyFormula(expr, unit, language);
  const moneyCached = (v: number) =>
    `${fixedText(v, language, digits)} ${unitText(unit, language)}`;
  const count = (v: number) => fixedText(v, language, 0);
  const conclusion: string[] = [];
  const headline: KeyFigure[] = [];
  const e = o.economy;
  const c = o.caseload;

  // Title with the period (live over KIK Økonomi's year cells).
  if (e === null) s.value(PAGE.title, 1, l("overviewTitle"), { style: "title" });
  else {
    const years = { firstYear: e.payback.firstYear, lastYear: e.payback.lastYear };
    const yearValues = { firstYear: String(e.firstYear), lastYear: String(e.lastYear) };
    const m = o.municipality;
    const period = textFormula((p) => l("overviewTitlePeriod", p), years);
    s.formula(
      PAGE.title,
      1,
      m === null
        ? period
        : `IF(TRIM(${m.address}&"")="",${period},${textFormula((p) => l("overviewTitleMunicipality", p), { ...years, municipality: `TRIM(${m.address}&"")` })})`,
      m === null
        ? l("overviewTitlePeriod", yearValues)
        : l("overviewTitleMunicipality", { ...yearValues, municipality: m.value }),
      { style: "title" }
    );
  }

  // --- the conclusion ---
  s.value(PAGE.conclusionTitle, 1, l("conclusionTitle"), { style: "subtitle" });
  const sentences: { formula: string; value: string }[] = [];
  let budgetToDate: { formula: string; value: number } | null = null;
  if (e !== null) {
    budgetToDate = {
      formula: `${e.netGain.address}-(${e.forecast.address}-${e.actual.address})`,
      value: e.netGain.value - (e.forecast.value - e.actual.value),
    };
    const last = e.lastActualYear;
    const years = { firstYear: e.payback.firstYear, lastYear: last.address };
    const better = textFormula((p) => l("conclusionBetter", p), {
      ...years,
      actual: moneyF(`ABS(${e.actual.address})`),
      budget: moneyF(`(${budgetToDate.formula})`),
    });
    const worse = textFormula((p) => l("conclusionWorse", p), {
      ...years,
      actual: moneyF(`ABS(${e.actual.address})`),
      budget: moneyF(`(${budgetToDate.formula})`),
    });
    const none = textFormula((p) => l("conclusionNoActual", p), {
      firstYear: e.payback.firstYear,
      lastYear: e.payback.lastYear,
      budget: moneyF(e.netGain.address),
    });
    sentences.push({
      formula: `IF(${last.address}="",${none},IF(${e.actual.address}>=0,${better},${worse}))`,
      value:
        last.value === null
          ? l("conclusionNoActual", {
              firstYear: String(e.firstYear),
              lastYear: String(e.lastYear),
              budget: moneyCached(e.netGain.value),
            })
          : l(e.actual.value >= 0 ? "conclusionBetter" : "conclusionWorse", {
              firstYear: String(e.firstYear),
              lastYear: String(last.value),
              actual: moneyCached(Math.abs(e.actual.value)),
              budget: moneyCached(budgetToDate.value),
            }),
    });
    if (last.value !== null)
      sentences.push({
        formula: textFormula((p) => l("conclusionForecast", p), {
          forecast: moneyF(e.forecast.address),
          budget: moneyF(e.netGain.address),
          firstYear: e.payback.firstYear,
          lastYear: e.payback.lastYear,
        }),
        value: l("conclusionForecast", {
          forecast: moneyCached(e.forecast.value),
          budget: moneyCached(e.netGain.value),
          firstYear: String(e.firstYear),
          lastYear: String(e.lastYear),
        }),
      });
  }
  const base = c?.baseline ?? null;
  const now = c?.current ?? null;
  if (base !== null && now !== null) {
    const t = c?.target ?? null;
    const targetFormula =
      t === null
        ? '""'
        : `IF(${now.address}<=${t.address},${textFormula((p) => l("conclusionTargetMet", p), { target: `FIXED(${t.address},0)` })},${textFormula((p) => l("conclusionTargetNotMet", p), { target: `FIXED(${t.address},0)`, month: textLiteral(t.month) })})`;
    const targetValue =
      t === null
        ? ""
        : now.value <= t.value
          ? l("conclusionTargetMet", { target: count(t.value) })
          : l("conclusionTargetNotMet", { target: count(t.value), month: t.month });
    const parts = {
      baseline: `FIXED(${base.address},0)`,
      from: base.monthFormula ?? textLiteral(base.month),
      current: `FIXED(${now.address},0)`,
      to: now.monthFormula ?? textLiteral(now.month),
      target: targetFormula,
    };
    const params = {
      baseline: count(base.value),
      from: base.month,
      current: count(now.value),
      to: now.month,
      target: targetValue,
    };
    sentences.push({
      formula: `IF(${now.address}<=${base.address},${textFormula((p) => l("conclusionCaseloadFell", p), parts)},${textFormula((p) => l("conclusionCaseloadRose", p), parts)})`,
      value: l(
        now.value <= base.value ? "conclusionCaseloadFell" : "conclusionCaseloadRose",
        params
      ),
    });
  }
  // With room left (no economy or no caseload), the outcome: the self-supporting share against
  // the goal, so a report on outcomes alone still opens with a conclusion.
  const share = o.selfSupporting;
  if (sentences.length <= 2 && share !== null && typeof share.value === "number") {
    const goal = o.goal !== null && typeof o.goal.value === "number" ? o.goal : null;
    const goalValue = goal === null ? null : (goal.value as number);
    const goalFormula =
      goal === null
        ? '""'
        : `IF(${share.address}>=${goal.address},${textFormula((p) => l("conclusionGoalMet", p), { goal: percentFormula(goal.address, language) })},${textFormula((p) => l("conclusionGoalNotMet", p), { goal: percentFormula(goal.address, language) })})`;
    sentences.push({
      formula: textFormula((p) => l("conclusionOutcomes", p), {
        share: percentFormula(share.address, language),
        goal: goalFormula,
      }),
      value: l("conclusionOutcomes", {
        share: percentText(share.value, language),
        goal:
          goalValue === null
            ? ""
            : l(share.value >= goalValue ? "conclusionGoalMet" : "conclusionGoalNotMet", {
                goal: percentText(goalValue, language),
              }),
      }),
    });
  }
  sentences.forEach((sentence, i) => {
    const row = PAGE.conclusion + i;
    s.formula(row, 1, sentence.formula, sentence.value, { style: "conclusion" });
    s.merge({ top: row, left: 1, bottom: row, right: WIDTHS.length });
    s.rowHeight(row, 33);
    conclusion.push(sentence.value);
  });

  // --- the headline figures, in decision order ---
  s.value(PAGE.headlineTitle, 1, l("headlineTitle"), { style: "subtitle" });
  [l("keyFigure"), l("value"), l("compareWith"), l("explanation")].forEach((h, i) =>
    s.value(PAGE.headlineHeader, i + 1, h, { style: "header" })
  );
  let row = PAGE.headline;
  const line = (
    id: string,
    name: string,
    value: { formula: string; value: number | string; format: string; text: string },
    comparison: { formula: string; value: number | string; format: string; text: string } | null,
    explanation: { formula?: string; value: string }
  ) => {
    s.value(row, 1, name, { style: "label" });
    s.formula(row, 2, value.formula, value.value, {
      style: "keyFigure",
      numberFormat: value.format,
    });
    if (comparison !== null)
      s.formula(row, 3, comparison.formula, comparison.value, {
        style: "value",
        numberFormat: comparison.format,
      });
    if (explanation.formula === undefined)
      s.value(row, 4, explanation.value, { style: "wrapNote" });
    else s.formula(row, 4, explanation.formula, explanation.value, { style: "wrapNote" });
    s.rowHeight(
      row,
      Math.max(40, wrappedHeight(explanation.value, HEADLINE_NOTE_CHARS, NOTE_LINE))
    );
    headline.push({
      id,
      label: name,
      value: typeof value.value === "number" ? value.value : null,
      text: value.text,
      explanation: explanation.value,
      ...(comparison === null
        ? {}
        : {
            comparison: {
              label: l("compareWith"),
              value: typeof comparison.value === "number" ? comparison.value : null,
              text: comparison.text,
            },
          }),
    });
    row++;
  };
  let chartData: EconomyChartData | null = null;
  if (e !== null && budgetToDate !== null) {
    const lastYear = e.lastActualYear.value;
    line(
      "resultToDate",
      `${l("hlResultToDate")}${unitLabel}`,
      {
        formula: e.actual.address,
        value: e.actual.value,
        format: FORMATS.money,
        text: money(e.actual.value),
      },
      {
        formula: budgetToDate.formula,
        value: budgetToDate.value,
        format: FORMATS.money,
        text: money(budgetToDate.value),
      },
      {
        formula: textFormula((p) => l("hlResultToDateExplain", p), {
          firstYear: e.payback.firstYear,
          lastYear: e.lastActualYear.address,
        }),
        value: l("hlResultToDateExplain", {
          firstYear: String(e.firstYear),
          lastYear: lastYear === null ? "" : String(lastYear),
        }),
      }
    );
    line(
      "expectedResult",
      `${l("hlExpected")}${unitLabel}`,
      {
        formula: e.forecast.address,
        value: e.forecast.value,
        format: FORMATS.money,
        text: money(e.forecast.value),
      },
      {
        formula: e.netGain.address,
        value: e.netGain.value,
        format: FORMATS.money,
        text: money(e.netGain.value),
      },
      {
        formula: textFormula((p) => l("hlExpectedExplain", p), {
          firstYear: e.payback.firstYear,
          lastYear: e.payback.lastYear,
        }),
        value: l("hlExpectedExplain", {
          firstYear: String(e.firstYear),
          lastYear: String(e.lastYear),
        }),
      }
    );
    // Payback on the re-forecast, by the same formula as the budget's (KIK Overblik's detail).
    const pb = e.forecastPayback;
    const flows = e.budgeted.map((b, i) => e.actuals[i] ?? b ?? 0);
    const back = payback(flows);
    const noneText = l("kfPaybackNone", {
      firstYear: String(e.firstYear),
      lastYear: String(e.lastYear),
    });
    const h = pb.lastNegative;
    const noneFormula = textFormula((p) => l("kfPaybackNone", p), {
      firstYear: pb.firstYear,
      lastYear: pb.lastYear,
    });
    const budgetPayback = o.detail.get("payback");
    const yearsText = (v: number | string | null) =>
      typeof v === "number"
        ? l("kfPaybackYears", { years: numberText(v, language, 1) })
        : String(v ?? "");
    line(
      "payback",
      l("hlPayback"),
      {
        formula:
          `IF(${h}=0,0,IF(${h}=${pb.years},${noneFormula},` +
          `${h}+MIN(1,-INDEX(${pb.cumulativeRange},${h})/INDEX(${pb.budgetedRange},${h}+1))))`,
        value: back.ok ? back.value : noneText,
        format: yearsFormat(language),
        text: back.ok ? yearsText(back.value) : noneText,
      },
      budgetPayback === undefined
        ? null
        : {
            formula: budgetPayback.address,
            value: budgetPayback.value ?? "",
            format: yearsFormat(language),
            text: yearsText(budgetPayback.value),
          },
      {
        formula: textFormula((p) => l("hlPaybackExplain", p), { firstYear: pb.firstYear }),
        value: l("hlPaybackExplain", { firstYear: String(e.firstYear) }),
      }
    );
    const years = e.rows.map((r) => r.year.value);
    let known = true;
    let running = 0;
    chartData = {
      unit: unitText(unit, language),
      years,
      budget: e.budgeted,
      actual: e.actuals,
      cumulativeBudget: e.rows.map((r) => r.cumulative.value),
      cumulativeActual: e.actuals.map((a) => {
        if (a === null) known = false;
        if (!known) return null;
        running += a as number;
        return running;
      }),
      cumulativeForecast: cumulative(flows),
    };
  }
  if (base !== null && now !== null) {
    const t = c?.target ?? null;
    line(
      "caseload",
      l("hlCaseload"),
      { formula: now.address, value: now.value, format: FORMATS.count, text: count(now.value) },
      t === null
        ? null
        : { formula: t.address, value: t.value, format: FORMATS.count, text: count(t.value) },
      {
        formula: textFormula((p) => l("hlCaseloadExplain", p), {
          month: now.monthFormula ?? textLiteral(now.month),
          baseline: `FIXED(${base.address},0)`,
          from: base.monthFormula ?? textLiteral(base.month),
        }),
        value: l("hlCaseloadExplain", {
          month: now.month,
          baseline: count(base.value),
          from: base.month,
        }),
      }
    );
  }
  if (o.selfSupporting !== null && typeof o.selfSupporting.value === "number") {
    const share = o.selfSupporting.value;
    const goal = o.goal;
    line(
      "selfSupporting",
      l("hlSelfSupporting"),
      {
        formula: o.selfSupporting.address,
        value: share,
        format: FORMATS.percent,
        text: percentText(share, language),
      },
      goal === null || typeof goal.value !== "number"
        ? null
        : {
            formula: goal.address,
            value: goal.value,
            format: FORMATS.percent,
            text: percentText(goal.value, language),
          },
      { value: l("hlSelfSupportingExplain") }
    );
  }
  // The uncertainty line: the chance of a gain, the break-even deadweight in words and the
  // municipality's share of a saved benefit, each a formula over KIK Følsomhed (issue 12).
  const u = o.uncertainty;
  if (u === null) {
    s.value(PAGE.uncertainty, 1, l("hlUncertainty"), { style: "label" });
    s.value(PAGE.uncertainty, 4, l("hlUncertaintyExplain"), { style: "wrapNote" });
  } else {
    s.value(PAGE.uncertainty, 1, l("hlChance"), { style: "label" });
    s.formula(PAGE.uncertainty, 2, u.chance.address, u.chance.value, {
      style: "keyFigure",
      numberFormat: FORMATS.percent,
    });
    const share = u.municipalShare;
    const explanation =
      share === null
        ? { formula: u.breakevenSentence.address, value: u.breakevenSentence.value }
        : {
            formula:
              `${u.breakevenSentence.address}&" "&` +
              textFormula((p) => l("hlMunicipalShare", p), {
                share: percentFormula(share.address, language),
              }),
            value: `${u.breakevenSentence.value} ${l("hlMunicipalShare", {
              share: percentText(share.value, language),
            })}`,
          };
    s.formula(PAGE.uncertainty, 4, explanation.formula, explanation.value, {
      style: "wrapNote",
    });
    s.rowHeight(PAGE.uncertainty, 40);
    headline.push({
      id: "chanceOfGain",
      label: l("hlChance"),
      value: u.chance.value,
      text: percentText(u.chance.value, language),
      explanation: explanation.value,
    });
  }

  // --- the cumulative chart on the page, over its own data right of the printed columns ---
  if (e !== null && e.rows.length > 1) {
    const col = CHART_DATA_COLUMN;
    const head = PAGE.headlineHeader;
    s.value(head, col, l("year"), { style: "header" });
    s.value(head, col + 1, `${l("cumulativeBudget")} (${unitText(unit, language)})`, {
      style: "header",
    });
    s.value(head, col + 2, `${l("forecastCumulative")} (${unitText(unit, language)})`, {
      style: "header",
    });
    e.rows.forEach((r, i) => {
      const at = head + 1 + i;
      s.formula(at, col, r.year.address, r.year.value, { numberFormat: FORMATS.year });
      s.formula(at, col + 1, r.cumulative.address, r.cumulative.value, {
        numberFormat: FORMATS.money,
      });
      s.formula(at, col + 2, r.forecastCumulative.address, r.forecastCumulative.value, {
        numberFormat: FORMATS.money,
      });
    });
    const first = head + 1;
    const last = head + e.rows.length;
    const column = (c: number) => ({ top: first, left: c, bottom: last, right: c });
    s.chart({
      kind: "line",
      title: l("chartOverview", { unit: unitText(unit, language) }),
      categories: column(col),
      series: [
        // "Budget, akkumuleret": the legend says which line is the budget.
        { name: l("cumulativeBudget"), values: column(col + 1), markers: true },
        { name: `${l("forecastCumulative")}`, values: column(col + 2), markers: true },
      ],
      size: { rows: PAGE.chartBottom - PAGE.chartTop, columns: WIDTHS.length },
      place: { top: PAGE.chartTop, left: 1, bottom: PAGE.chartBottom, right: WIDTHS.length },
    });
  }

  // --- reconciliation: the model's savings beside the accounts ---
  const savings = o.detail.get("savings");
  if (
    e !== null &&
    e.investment !== null &&
    savings !== undefined &&
    typeof savings.value === "number"
  ) {
    const factor = UNIT_SCALE[unit];
    s.value(PAGE.reconTitle, 1, l("reconTitle"), { style: "subtitle" });
    const r0 = PAGE.recon;
    const modelValue = savings.value / factor;
    s.value(r0, 1, `${l("reconModel")}${unitLabel}`, { style: "label" });
    s.formula(r0, 2, `${savings.address}/${factor}`, modelValue, {
      numberFormat: FORMATS.money,
      style: "value",
    });
    s.value(r0, 4, l("reconModelExplain"), { style: "wrapNote" });
    s.rowHeight(r0, wrappedHeight(l("reconModelExplain"), HEADLINE_NOTE_CHARS, NOTE_LINE));
    const perYear = e.investmentPerYear;
    const knownYears = e.actuals.filter((a) => a !== null).length;
    const invFormula =
      perYear === null
        ? `${e.investment.address}*COUNT(${e.actualRange})/${e.rows.length}`
        : perYear.toDate.address;
    const invValue =
      perYear === null ? (e.investment.value * knownYears) / e.rows.length : perYear.toDate.value;
    const accountsValue = e.actual.value + invValue;
    s.value(r0 + 1, 1, `${l("reconAccounts")}${unitLabel}`, { style: "label" });
    s.formula(r0 + 1, 2, `${e.actual.address}+${invFormula}`, accountsValue, {
      numberFormat: FORMATS.money,
      style: "value",
    });
    const accountsNote = l(
      perYear === null ? "reconAccountsExplainProrated" : "reconAccountsExplain"
    );
    s.value(r0 + 1, 4, accountsNote, { style: "wrapNote" });
    s.rowHeight(r0 + 1, wrappedHeight(accountsNote, HEADLINE_NOTE_CHARS, NOTE_LINE));
    const model = s.local(r0, 2);
    const accounts = s.local(r0 + 1, 2);
    const difference = modelValue - accountsValue;
    s.value(r0 + 2, 1, `${l("reconDifference")}${unitLabel}`, { style: "total" });
    s.formula(r0 + 2, 2, `${model}-${accounts}`, difference, {
      numberFormat: FORMATS.money,
      style: "total",
    });
    const diff = s.local(r0 + 2, 2);
    const share = accountsValue === 0 ? 0 : difference / accountsValue;
    s.formula(
      r0 + 3,
      1,
      textFormula((p) => l("reconSentence", p), {
        difference: moneyF(diff),
        share: percentFormula(`IF(${accounts}=0,0,${diff}/${accounts})`, language),
      }),
      l("reconSentence", {
        difference: moneyCached(difference),
        share: percentText(share, language),
      }),
      { style: "conclusion" }
    );
    s.merge({ top: r0 + 3, left: 1, bottom: r0 + 3, right: WIDTHS.length });
    s.rowHeight(r0 + 3, 33);
  }

  s.columnWidths([...WIDTHS, 2, 8, 14, 14]);
  s.page(overviewPage(o.detailBottom, language));
  return { conclusion, headline, economyChart: chartData };
}

/** Margins of every printed result sheet (inches): narrow, as a report page. */
export const PRINT_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.7,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
} as const;

/** Header and footer of every printed result sheet: the sheet, KIK and the date, page x of y. */
export function printHeaderFooter(language: Language): Pick<PageSetupPlan, "header" | "footer"> {
  return {
    header: { left: "&A" },
    footer: {
      left: label("printFooterLeft", {}, language),
      right: label("printPage", {}, language),
    },
  };
}

/** KIK Overblik prints on one A4 page, portrait: the business case and the detail. */
function overviewPage(bottom: number, language: Language): PageSetupPlan {
  return {
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 1,
    printArea: { top: 1, left: 1, bottom, right: WIDTHS.length },
    margins: PRINT_MARGINS,
    ...printHeaderFooter(language),
  };
}
