/**
 * The input tables, declared as data: the one place that says which tables KIK reads, what
 * they are called (Excel table names, titles in messages), which columns they have, the words
 * that name each column in Danish and English, what each column's cells hold and which
 * bounds they keep. The header matcher (`headers.ts`), the generic reader (`table.ts`), the
 * cell readers (`read-cell.ts`), the template and docs/input.md all follow it.
 *
 * Each row of a table is named by its key column (År, Måned, Udfald, Navn, Kategori): totals
 * ("I alt", "Total", "Sum" …) are recognised there, and a row with values but no key is refused
 * with the table's `withoutKey` message.
 */
import type { KeyOf, Language } from "../i18n";
import type { GridValue } from "./grid";
import type { YearMonth } from "./model";

/** The five input tables. */
export type TableKind = "budget" | "caseload" | "outcomes" | "assumptions" | "investment";

/** The input tables in the order people see them: the wizard's fields, the CLI's options, the docs. */
export const INPUT_TABLES: readonly TableKind[] = [
  "budget",
  "caseload",
  "outcomes",
  "assumptions",
  "investment",
];

/** The input tables in the order they are read (assumptions first: they may state the unit). */
export const TABLE_KINDS: readonly TableKind[] = [
  "assumptions",
  "investment",
  "budget",
  "caseload",
  "outcomes",
];

/**
 * What a column's cells hold, which decides how a cell is read (see `read-cell.ts`):
 * - `year`: a whole year 1900–2200, also as text with a remark ("2018, pr. juni.");
 * - `month`: a date, a date serial or a month as text (`months.ts`);
 * - `amount`: money in the table's unit; refuses percentages, "mio." in the cell and a "kr."
 *   suffix in a table that is not in kr.;
 * - `count`, `outcomeCount`: a number of people or closed cases; refuses percentages;
 * - `number`: any number, percentages allowed (a comparison series or an index);
 * - `label`: text kept as written (trimmed), numbers as their text; refuses errors, dates and
 *   TRUE/FALSE;
 * - `text`: a remark, anything shown as text (a unit, a source);
 * - `any`: the cell as it is, for the table's own code (an assumption's value).
 */
export type CellKind =
  "year" | "month" | "amount" | "count" | "outcomeCount" | "number" | "label" | "text" | "any";

/** Limits on a numeric column's values. */
export interface Bounds {
  /** Below 0 is an error: "negative" for counts, "negativeInvestment" for amounts. */
  readonly nonNegative?: boolean;
  /** Not whole is a warning ("notWholeCount"). */
  readonly whole?: boolean;
}

/** Messages for a row whose key is given but whose cell of a column is blank. */
export type BlankCellMessage = Extract<
  KeyOf<"input">,
  "labelWithoutCount" | "categoryWithoutAmount"
>;

/** Messages for a row with values but no key. */
export type WithoutKeyMessage = Extract<
  KeyOf<"input">,
  | "valueWithoutYear"
  | "valueWithoutMonth"
  | "countWithoutLabel"
  | "amountWithoutCategory"
  | "assumptionWithoutName"
>;

/** One column of a table. */
export interface ColumnSpec<F extends string = string> {
  readonly field: F;
  /** A table whose header lacks a required column is not read (an error names the column). */
  readonly required: boolean;
  /** Shown in messages and the docs. */
  readonly names: Readonly<Record<Language, string>>;
  /** Normalised synonyms (lower case, single spaces), Danish and English. */
  readonly synonyms: readonly string[];
  /** What the cells hold. */
  readonly cell: CellKind;
  readonly bounds?: Bounds;
  /** A row with a key but this cell blank is refused with this error (else blank = not known). */
  readonly blank?: BlankCellMessage;
}

/** One input table. */
export interface TableSpec<F extends string = string> {
  /** The Excel table / defined name per language (the template writes it; both are read, any case). */
  readonly excelName: Readonly<Record<Language, string>>;
  /** How messages call the table ("budgettabellen" / "the budget table"). */
  readonly title: Readonly<Record<Language, string>>;
  /** The table in a list of tables ("budgettabellen" / "budget table"). */
  readonly listTitle: Readonly<Record<Language, string>>;
  /** The columns, in the order messages and the docs list them. */
  readonly columns: readonly ColumnSpec<F>[];
  /** The column that names a row; a totals label there skips the row. */
  readonly key: F;
  /** The error for a row with values in other columns (not `text` ones) but a blank key. */
  readonly withoutKey: WithoutKeyMessage;
  /**
   * When set, a row whose key cell is words only ("Note") with nothing else is a note: skipped
   * with a warning naming what the key column expects (this phrase) rather than refused.
   */
  readonly notes?: KeyOf<"inputPhrases">;
}

/** The input tables. */
export const TABLES = {
  budget: {
    excelName: { da: "KIK_Budget", en: "KIK_Budget" },
    title: { da: "budgettabellen", en: "the budget table" },
    listTitle: { da: "budgettabellen", en: "budget table" },
    key: "year",
    withoutKey: "valueWithoutYear",
    notes: "years",
    columns: [
      {
        field: "year",
        required: true,
        names: { da: "År", en: "Year" },
        synonyms: ["år", "aar", "årstal", "budgetår", "regnskabsår", "year", "fiscal year"],
        cell: "year",
      },
      {
        field: "budgeted",
        required: true,
        names: { da: "Budgetteret", en: "Budgeted" },
        synonyms: [
          "budgetteret",
          "budget",
          "budgetteret resultat",
          "forventet",
          "planlagt",
          "plan",
          "budgeted",
          "expected",
          "planned",
        ],
        cell: "amount",
      },
      {
        field: "actual",
        required: true,
        names: { da: "Faktisk", en: "Actual" },
        synonyms: [
          "faktisk",
          "regnskab",
          "realiseret",
          "faktisk resultat",
          "actual",
          "actuals",
          "realised",
          "realized",
        ],
        cell: "amount",
      },
      {
        field: "investment",
        required: false,
        names: { da: "Investering", en: "Investment" },
        synonyms: ["investering", "investeret", "investment", "invested"],
        cell: "amount",
        bounds: { nonNegative: true },
      },
      {
        field: "difference",
        required: false,
        names: { da: "Forskel", en: "Difference" },
        synonyms: ["forskel", "afvigelse", "difference", "variance", "diff"],
        cell: "amount",
      },
    ],
  },
  caseload: {
    excelName: { da: "KIK_Sagstal", en: "KIK_Caseload" },
    title: { da: "sagstalstabellen", en: "the caseload table" },
    listTitle: { da: "sagstalstabellen", en: "caseload table" },
    key: "month",
    withoutKey: "valueWithoutMonth",
    columns: [
      {
        field: "month",
        required: true,
        names: { da: "Måned", en: "Month" },
        synonyms: [
          "måned",
          "maaned",
          "dato",
          "periode",
          "tidspunkt",
          "opgørelsesdato",
          "month",
          "date",
          "period",
        ],
        cell: "month",
      },
      {
        field: "count",
        required: true,
        names: { da: "Sagstal", en: "Count" },
        synonyms: [
          "sagstal",
          "antal",
          "antal sager",
          "sager",
          "personer",
          "borgere",
          "aktivitetsparate",
          "i alt",
          "count",
          "caseload",
          "cases",
          "number",
          "total",
        ],
        cell: "count",
        bounds: { nonNegative: true },
      },
      {
        field: "target",
        required: false,
        names: { da: "Mål", en: "Target" },
        synonyms: ["mål", "maal", "målsætning", "delmål", "måltal", "target", "goal"],
        cell: "count",
        bounds: { nonNegative: true },
      },
      {
        field: "original",
        required: false,
        names: { da: "Oprindelig gruppe", en: "Original group" },
        synonyms: [
          "oprindelig gruppe",
          "oprindelige gruppe",
          "oprindelig",
          "original group",
          "original",
        ],
        cell: "count",
        bounds: { nonNegative: true },
      },
      {
        field: "newcomers",
        required: false,
        names: { da: "Nytilgang", en: "Newcomers" },
        synonyms: ["nytilgang", "nytilkomne", "nye", "tilgang", "newcomers", "new"],
        cell: "count",
        bounds: { nonNegative: true },
      },
      {
        field: "comparison",
        required: false,
        names: { da: "Sammenligning", en: "Comparison" },
        synonyms: [
          "sammenligning",
          "landsplan",
          "hele landet",
          "indeks",
          "comparison",
          "national",
          "benchmark",
          "index",
        ],
        cell: "number",
      },
    ],
  },
  outcomes: {
    excelName: { da: "KIK_Udfald", en: "KIK_Outcomes" },
    title: { da: "udfaldstabellen", en: "the outcomes table" },
    listTitle: { da: "udfaldstabellen", en: "outcomes table" },
    key: "label",
    withoutKey: "countWithoutLabel",
    columns: [
      {
        field: "label",
        required: true,
        names: { da: "Udfald", en: "Outcome" },
        synonyms: [
          "udfald",
          "afgang til",
          "afgangsårsag",
          "afslutning",
          "status",
          "resultat",
          "outcome",
          "result",
          "destination",
          "exit",
        ],
        cell: "label",
      },
      {
        field: "count",
        required: false,
        names: { da: "Antal", en: "Count" },
        synonyms: [
          "antal",
          "antal sager",
          "sager",
          "personer",
          "borgere",
          "count",
          "cases",
          "number",
        ],
        cell: "outcomeCount",
        bounds: { nonNegative: true, whole: true },
        blank: "labelWithoutCount",
      },
    ],
  },
  assumptions: {
    excelName: { da: "KIK_Antagelser", en: "KIK_Assumptions" },
    title: { da: "antagelsestabellen", en: "the assumptions table" },
    listTitle: { da: "antagelsestabellen", en: "assumptions table" },
    key: "name",
    withoutKey: "assumptionWithoutName",
    columns: [
      {
        field: "name",
        required: true,
        names: { da: "Navn", en: "Name" },
        synonyms: ["navn", "antagelse", "forudsætning", "parameter", "name", "assumption"],
        cell: "label",
      },
      {
        field: "value",
        required: true,
        names: { da: "Værdi", en: "Value" },
        synonyms: ["værdi", "vaerdi", "sats", "value"],
        // Read by what the assumption's name means (read-assumptions.ts).
        cell: "any",
      },
      {
        field: "unit",
        required: false,
        names: { da: "Enhed", en: "Unit" },
        synonyms: ["enhed", "unit"],
        cell: "text",
      },
      {
        field: "source",
        required: false,
        names: { da: "Kilde", en: "Source" },
        synonyms: ["kilde", "note", "noter", "bemærkning", "kommentar", "source", "comment"],
        cell: "text",
      },
    ],
  },
  investment: {
    excelName: { da: "KIK_Investering", en: "KIK_Investment" },
    title: { da: "investeringstabellen", en: "the investment table" },
    listTitle: { da: "investeringstabellen", en: "investment table" },
    key: "category",
    withoutKey: "amountWithoutCategory",
    columns: [
      {
        field: "category",
        required: true,
        names: { da: "Kategori", en: "Category" },
        synonyms: ["kategori", "post", "indsats", "område", "category", "item"],
        cell: "label",
      },
      {
        field: "amount",
        required: true,
        names: { da: "Beløb", en: "Amount" },
        synonyms: ["beløb", "beloeb", "investering", "amount", "investment"],
        cell: "amount",
        bounds: { nonNegative: true },
        blank: "categoryWithoutAmount",
      },
    ],
  },
} as const satisfies { readonly [K in TableKind]: TableSpec };

type ColumnsOf<K extends TableKind> = (typeof TABLES)[K]["columns"][number];

/** The fields (columns) of each table. */
export type FieldOf = { [K in TableKind]: ColumnsOf<K>["field"] };

/** What a cell of each kind is read as. */
export interface CellValues {
  year: number;
  month: YearMonth;
  amount: number;
  count: number;
  outcomeCount: number;
  number: number;
  label: string;
  text: string;
  any: GridValue;
}

/** The value a cell of field `F` of table `K` is read as. */
export type ValueOf<K extends TableKind, F extends FieldOf[K]> = CellValues[Extract<
  ColumnsOf<K>,
  { readonly field: F }
>["cell"]];

/** The key field of each table. */
export type KeyFieldOf<K extends TableKind> = Extract<(typeof TABLES)[K]["key"], FieldOf[K]>;

/** A table's spec, typed by its fields. */
export function tableSpec<K extends TableKind>(kind: K): TableSpec<FieldOf[K]> {
  return TABLES[kind] as unknown as TableSpec<FieldOf[K]>;
}

/** The spec of one column. */
export function columnSpec<K extends TableKind>(
  kind: K,
  field: FieldOf[K]
): ColumnSpec<FieldOf[K]> {
  return tableSpec(kind).columns.find((c) => c.field === field) as ColumnSpec<FieldOf[K]>;
}

/** Names of the sheet KIK scans for tables when they are not Excel tables or names. */
export const INPUT_SHEET_NAMES: readonly string[] = ["KIK Input", "KIK Inputs", "Input", "Inputs"];

/** Row labels that name a total: such a row (or, in the transposed budget, column) is skipped. */
export const TOTAL_LABELS: readonly string[] = [
  "i alt",
  "ialt",
  "total",
  "totalt",
  "sum",
  "samlet",
  "subtotal",
];

/** The Excel table / defined names a table is found by: the Danish name first, then the English. */
export function excelNamesOf(kind: TableKind): readonly string[] {
  const { da, en } = TABLES[kind].excelName;
  return da === en ? [da] : [da, en];
}
