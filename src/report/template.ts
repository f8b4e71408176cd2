/**
 * The input template: one sheet "KIK Input" with the five native tables the readers look for
 * (see docs/input.md), Danish or English headers, the assumptions prefilled with KIK's
 * defaults and their sources, and a short instruction. Host-neutral like the report plan:
 * the command line writes it with its .xlsx writer, the task pane inserts the same sheet.
 *
 * The tables are stacked in columns A–F (issue 11), the budget first, so a laptop screen
 * (about 20 rows × 10 columns) shows it whole; {@link ROOM} blank rows under each table let it
 * grow by typing below it. An empty table gets a grey example row whose key cell starts with
 * "Eksempel" (see `isExampleLabel`): the readers never take it as data. The investment is
 * asked for in one place, by category; the budget's Investering column is only written when
 * the content has investment per year (existing workbooks with both still read).
 */
import { ASSUMPTIONS, assumptionSpec } from "../assumptions/catalogue";
import type { Language } from "../i18n";
import { exampleMarker, fieldName, type FieldOf, type TableKind } from "../input/headers";
import { TABLES } from "../input/tables";
import type { AssumptionKey } from "../input/model";
import { label, type LabelKey } from "./labels";
import type { Block, DataValidationPlan, PlannedCell, SheetPlan, TablePlan } from "./plan";
import { sheetPage } from "./print";
import { headerRowHeights, LINE_HEIGHT, NOTE_PER_UNIT, wrappedLines } from "./sheet-builder";

/** The template's sheet: a {@link SheetPlan} without a report kind. */
export type TemplateSheet = Omit<SheetPlan, "kind">;

/** The name of the input sheet (the readers also look for tables on it by this name). */
export const TEMPLATE_SHEET_NAME = "KIK Input";

/** One year of the budget follow-up (mio. kr.); null = blank (for Faktisk: not known yet). */
export interface TemplateBudgetRow {
  readonly year: number;
  readonly budgeted: number | null;
  readonly actual: number | null;
  readonly investment: number | null;
}

/** One month of the caseload; null = blank. */
export interface TemplateCaseloadRow {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly count: number | null;
  readonly target?: number | null;
  readonly original?: number | null;
  readonly newcomers?: number | null;
  readonly comparison?: number | null;
}

/** One assumption row. */
export interface TemplateAssumption {
  readonly name: string;
  readonly value: number | string | boolean | null;
  readonly unit: string;
  readonly source: string;
  /** Excel number format of the value (e.g. "0.0%"). */
  readonly numberFormat?: string;
}

/** What the template's tables hold; every part may be empty (the table gets one blank row). */
export interface TemplateContent {
  readonly budget: readonly TemplateBudgetRow[];
  readonly investment: readonly { readonly category: string; readonly amount: number | null }[];
  readonly caseload: readonly TemplateCaseloadRow[];
  readonly outcomes: readonly { readonly label: string; readonly count: number | null }[];
  /** Defaults to {@link defaultAssumptions}. */
  readonly assumptions?: readonly TemplateAssumption[];
}

/** Number formats of the template (English syntax; Danish Excel shows 1.234,5). */
export const TEMPLATE_FORMATS = {
  money: "#,##0.0",
  count: "#,##0",
  year: "0",
  month: "yyyy-mm",
  percent: "0.0%",
  kroner: "#,##0",
} as const;

const TEXT = {
  da: {
    title: "KIK – input til investeringsstrategien",
    help1:
      "Udfyld tabellerne herunder. En ny række kommer med, når du skriver lige under en tabel. Beløb er i mio. kr. Den grå række »Eksempel« viser, hvad der skal stå; KIK læser den aldrig.",
    help2:
      "Budget: resultat i forhold til uændret budget, positivt = bedre. Tom »Faktisk« betyder ikke kendt endnu (ikke 0).",
    help3:
      "Sagstal: én række pr. måned (dato eller fx 2015-06); et mål kan stå alene i en række. Udfald: antal afsluttede sager pr. udfald.",
    help4:
      "Antagelser: ret værdien og skriv kilden; det, der mangler, tager KIK fra sine standardværdier. Rapport: KIK-panelet i Excel eller »kik report fil.xlsx«.",
    budget: "Budgetopfølgning",
    investment: "Investering (hele investeringen, fordelt på kategorier)",
    caseload: "Sagstal pr. måned",
    outcomes: "Udfald af afsluttede sager",
    assumptions: "Antagelser",
    money: "mio. kr.",
    exampleCategory: "Nye indsatser",
    exampleOutcome: "Selvforsørgende",
  },
  en: {
    title: "KIK – input for the investment strategy",
    help1:
      "Fill in the tables below. Typing just below a table adds a row to it. Amounts are in DKK million. The grey “Example” row shows what goes where; KIK never reads it.",
    help2:
      "Budget: result against the unchanged budget, positive = better. A blank “Actual” means not known yet (not 0).",
    help3:
      "Caseload: one row per month (a date or e.g. 2015-06); a target may stand alone in a row. Outcomes: closed cases per outcome.",
    help4:
      "Assumptions: change the value and give the source; KIK uses its defaults for anything missing. Report: the KIK pane in Excel or “kik report file.xlsx”.",
    budget: "Budget follow-up",
    investment: "Investment (the whole investment, by category)",
    caseload: "Caseload by month",
    outcomes: "Outcomes of closed cases",
    assumptions: "Assumptions",
    money: "DKK million",
    exampleCategory: "New services",
    exampleOutcome: "Self-supporting",
  },
} as const;

const DEFAULT_SOURCE = { da: "KIK-standard", en: "KIK default" } as const;

/**
 * An assumption row under the name and unit the readers know (the assumptions catalogue,
 * src/assumptions/catalogue.ts, the one list of assumption names).
 */
export function assumptionRow(
  key: AssumptionKey,
  value: number | string | boolean | null,
  source: string,
  language: Language,
  numberFormat?: string
): TemplateAssumption {
  const spec = assumptionSpec(key);
  return {
    name: spec.names[language],
    value,
    unit: spec.units[language],
    source,
    ...(numberFormat === undefined ? {} : { numberFormat }),
  };
}

/**
 * KIK's default assumptions with their sources, as the template prefills them: every
 * assumption with a fixed default in the catalogue, in its order, with its number format.
 */
export function defaultAssumptions(language: Language): TemplateAssumption[] {
  const rows: TemplateAssumption[] = [];
  for (const spec of ASSUMPTIONS) {
    const d = spec.default;
    if (d.kind !== "value") continue;
    const source = `${DEFAULT_SOURCE[language]}: ${d.text[language]}`;
    rows.push(assumptionRow(spec.key, d.value, source, language, spec.numberFormat ?? undefined));
  }
  return rows;
}

/** Excel serial of the first day of a month. */
export function monthStartSerial(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / 86_400_000 + 25_569;
}

/** The empty template: tables with one blank row each, assumptions prefilled. */
export function buildTemplate(language: Language): TemplateSheet {
  return buildInputSheet(language, { budget: [], investment: [], caseload: [], outcomes: [] });
}

type Value = number | string | boolean | null;

interface TableLayout<K extends TableKind> {
  readonly kind: K;
  readonly fields: readonly FieldOf[K][];
  /** Fields whose header carries the money unit. */
  readonly money: readonly FieldOf[K][];
  readonly widths: readonly number[];
  /** Number format per field (also on blank cells, so typed-in values look right). */
  readonly formats: readonly (string | undefined)[];
  readonly rows: readonly (readonly Value[])[];
  /** Number format of one row's value, overriding `formats` (assumptions differ by row). */
  readonly rowFormats?: readonly (string | undefined)[];
  /** The grey example row an empty table gets; its key (first) cell is prefixed by the marker. */
  readonly example?: readonly Value[];
}

const TITLE_ROW = 1;
const HELP_ROWS = [2, 3, 4, 5] as const;
/** The first table's title; the first table's header is the row below it. */
const SUBTITLE_ROW = 7;
/** Blank rows left under each table (but the last) for rows typed below it. */
export const ROOM = 12;

/** The input sheet with `content` in its tables. */
export function buildInputSheet(language: Language, content: TemplateContent): TemplateSheet {
  const text = TEXT[language];
  const opt = (x: number | null | undefined): number | null => (x === undefined ? null : x);
  const F = TEMPLATE_FORMATS;
  const assumptions = content.assumptions ?? defaultAssumptions(language);
  // Investment per year only when the content has it; else the category table is the one place.
  const perYear = content.budget.some((r) => r.investment !== null);

  const layouts: TableLayout<TableKind>[] = [
    {
      kind: "budget",
      ...(perYear
        ? {
            fields: ["year", "budgeted", "actual", "investment"],
            money: ["budgeted", "actual", "investment"],
            widths: [8, 14, 14, 14],
            formats: [F.year, F.money, F.money, F.money],
            rows: content.budget.map((r) => [r.year, r.budgeted, r.actual, r.investment]),
          }
        : {
            fields: ["year", "budgeted", "actual"],
            money: ["budgeted", "actual"],
            widths: [8, 14, 14],
            formats: [F.year, F.money, F.money],
            rows: content.budget.map((r) => [r.year, r.budgeted, r.actual]),
          }),
      example: ["2016", -18.1, 6.1],
    },
    {
      kind: "investment",
      fields: ["category", "amount"],
      money: ["amount"],
      widths: [38, 14],
      formats: [undefined, F.money],
      rows: content.investment.map((r) => [r.category, r.amount]),
      example: [text.exampleCategory, 34.5],
    },
    {
      kind: "caseload",
      fields: ["month", "count", "target", "original", "newcomers", "comparison"],
      money: [],
      // Wide enough that no header word breaks (»Sammenligning«).
      widths: [10, 10, 10, 12, 12, 16],
      formats: [F.month, F.count, F.count, F.count, F.count, F.count],
      rows: content.caseload.map((r) => [
        monthStartSerial(r.year, r.month),
        r.count,
        opt(r.target),
        opt(r.original),
        opt(r.newcomers),
        opt(r.comparison),
      ]),
      example: ["2015-06", 1008, 500, null, null, null],
    },
    {
      kind: "outcomes",
      fields: ["label", "count"],
      money: [],
      widths: [30, 9],
      formats: [undefined, F.count],
      rows: content.outcomes.map((r) => [r.label, r.count]),
      example: [text.exampleOutcome, 54],
    },
    {
      kind: "assumptions",
      fields: ["name", "value", "unit", "source"],
      money: [],
      // The value wide enough for a municipality's name and the unit for the longest
      // (»% self-supporting after 12 months«): the next column's text would cut them, on
      // screen and on paper.
      widths: [36, 18, 34, 60],
      formats: [undefined, undefined, undefined, undefined],
      // A yes/no value as the word its list offers ("nej"), not the boolean: Excel would show
      // FALSK and flag it as outside the list.
      rows: assumptions.map((r) => [
        r.name,
        typeof r.value === "boolean" ? label(r.value ? "yes" : "no", {}, language) : r.value,
        r.unit,
        r.source,
      ]),
      rowFormats: assumptions.map((r) => r.numberFormat),
    },
  ];

  const cells: PlannedCell[] = [];
  const tables: TablePlan[] = [];
  const columnWidths: number[] = [];
  cells.push({ row: TITLE_ROW, column: 1, value: text.title, style: "title" });
  const help = [text.help1, text.help2, text.help3, text.help4];
  // Wrapped over the tables' columns (merged below, once the widths are known), so a help line
  // is read whole on screen and on paper instead of running off the page.
  HELP_ROWS.forEach((row, i) =>
    cells.push({ row, column: 1, value: help[i] as string, style: "wrapNote" })
  );

  const validations: DataValidationPlan[] = [];
  const left = 1;
  let subtitle = SUBTITLE_ROW;
  layouts.forEach((layout, t) => {
    const kind = layout.kind;
    const header = subtitle + 1;
    const last = t === layouts.length - 1;
    cells.push({ row: subtitle, column: left, value: text[kind], style: "subtitle" });
    layout.fields.forEach((field, i) => {
      const name = fieldName(kind, field, language);
      const title = (layout.money as readonly string[]).includes(field)
        ? `${name} (${text.money})`
        : name;
      cells.push({ row: header, column: left + i, value: title, style: "header" });
      // Stacked tables share columns: each column as wide as its widest table needs.
      columnWidths[left + i - 1] = Math.max(
        columnWidths[left + i - 1] ?? 0,
        layout.widths[i] ?? 12
      );
    });
    // An Excel table needs a data row: the grey example row when there is nothing yet.
    const example = layout.rows.length === 0 ? layout.example : undefined;
    const rows =
      layout.rows.length > 0
        ? layout.rows
        : example !== undefined
          ? [example.map((v, c) => (c === 0 ? `${exampleMarker(language)}: ${String(v)}` : v))]
          : [layout.fields.map(() => null)];
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const numberFormat = (c === 1 ? layout.rowFormats?.[r] : undefined) ?? layout.formats[c];
        if (value === null && numberFormat === undefined && example === undefined) return;
        const cell: PlannedCell = {
          row: header + 1 + r,
          column: left + c,
          value,
          ...(example === undefined ? {} : { style: "note" as const }),
        };
        cells.push(numberFormat === undefined ? cell : { ...cell, numberFormat });
      });
    });
    // The rows this table may grow into: up to the next table's title (the last: VALIDATED_ROWS).
    const bottom = last
      ? header + Math.max(rows.length, VALIDATED_ROWS)
      : header + rows.length + ROOM;
    // Issue 11: an input message on every column, and a rule where one can be stated, over
    // the table and the rows below it that it may grow into.
    layout.fields.forEach((field, i) => {
      const column = left + i;
      const block = { top: header + 1, left: column, bottom, right: column };
      const key = `tpl_${kind}_${String(field)}` as LabelKey;
      const prompt = { title: fieldName(kind, field, language), text: label(key, {}, language) };
      if (kind === "assumptions" && field === "value") {
        // One rule per assumption row, from the catalogue (kind and bounds); the rest: the message.
        rows.forEach((_row, r) => {
          const row = header + 1 + r;
          const rule = assumptionRule(assumptions[r]?.name ?? "", language);
          validations.push({ block: { ...block, top: row, bottom: row }, rule, prompt });
        });
        validations.push({
          block: { ...block, top: header + 1 + rows.length },
          rule: { kind: "any" },
          prompt,
        });
        return;
      }
      validations.push({
        block,
        rule: FIELD_RULES[`${kind}.${String(field)}`] ?? { kind: "any" },
        prompt,
      });
    });
    tables.push({
      name: TABLES[kind].excelName[language],
      top: header,
      left,
      bottom: header + rows.length,
      right: left + layout.fields.length - 1,
      totalsRow: false,
    });
    subtitle = bottom + 2;
  });
  for (let i = 0; i < columnWidths.length; i++) columnWidths[i] ??= 10;

  // Each help line merged over every column a table uses, its row as tall as its lines need.
  let helpWidth = 0;
  for (const w of columnWidths) helpWidth += w;
  const merges: Block[] = HELP_ROWS.map((row) => ({
    top: row,
    left: 1,
    bottom: row,
    right: columnWidths.length,
  }));
  const helpHeights = HELP_ROWS.map((row, i) => ({
    row,
    height: wrappedLines(help[i] as string, helpWidth, NOTE_PER_UNIT) * LINE_HEIGHT,
  }));
  const sheet = {
    name: TEMPLATE_SHEET_NAME,
    cells,
    columnWidths,
    // Stacked tables: no frozen header row (it would be the first table's only), and so no
    // repeated rows on paper either.
    freeze: { rows: 0, columns: 0 },
    tables,
    charts: [],
    validations,
    merges,
    // Header rows as tall as their wrapped titles (»Beløb (mio. kr.)« takes two lines).
    rowHeights: headerRowHeights(cells, columnWidths, helpHeights),
  };
  // Printed as the result sheets are (A4, fit to width, their header and footer): every cell
  // the template writes, not the rows below the last table that only carry input messages.
  return { ...sheet, page: sheetPage(sheet, language) };
}

/** How far below the header the template's columns carry their rule and input message. */
const VALIDATED_ROWS = 200;

/** Excel serial numbers of 1 January 1990 and 31 December 2100: the months a caseload may have. */
const FIRST_MONTH = monthStartSerial(1990, 1);
const LAST_MONTH = monthStartSerial(2101, 1) - 1;

/** The rule of each template column that has one ("table.field"); the others: the message only. */
const FIELD_RULES: Readonly<Record<string, DataValidationPlan["rule"]>> = {
  "budget.year": { kind: "whole", min: 1990, max: 2100 },
  "budget.budgeted": { kind: "decimal", min: -1e9, max: 1e9 },
  "budget.actual": { kind: "decimal", min: -1e9, max: 1e9 },
  "budget.investment": { kind: "decimal", min: 0, max: 1e9 },
  "investment.amount": { kind: "decimal", min: 0, max: 1e9 },
  "caseload.month": { kind: "date", min: FIRST_MONTH, max: LAST_MONTH },
  "caseload.count": { kind: "whole", min: 0 },
  "caseload.target": { kind: "whole", min: 0 },
  "caseload.original": { kind: "whole", min: 0 },
  "caseload.newcomers": { kind: "whole", min: 0 },
  "caseload.comparison": { kind: "decimal", min: 0 },
  "outcomes.count": { kind: "whole", min: 0 },
};

/** The rule of an assumption's value cell from the catalogue: yes/no as a list, numbers within bounds. */
function assumptionRule(name: string, language: Language): DataValidationPlan["rule"] {
  const spec = ASSUMPTIONS.find((a) => a.names[language] === name);
  if (spec === undefined) return { kind: "any" };
  if (spec.kind === "yesNo")
    return { kind: "list", items: [label("yes", {}, language), label("no", {}, language)] };
  if (spec.kind === "month" || spec.bounds === null) return { kind: "any" };
  return {
    kind: spec.kind === "whole" ? "whole" : "decimal",
    min: spec.bounds.min,
    ...(spec.bounds.max === undefined ? {} : { max: spec.bounds.max }),
  };
}
