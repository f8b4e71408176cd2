/**
 * Problems found while reading the input tables, with messages in Danish or English that name
 * the sheet and cell ("KIK Input!B5: »abc« er ikke et tal (Budgetteret) – forventede …").
 *
 * Severity "error": the value is wrong or missing and the report would be wrong without a fix.
 * Severity "warning": KIK read the table but did something the user should know about
 * (sorted the months, ignored a column, assumed a unit …).
 */
import { getLanguage, makeTranslator, type Language } from "../i18n";
import { a1 } from "./grid";
import type { CellRef, RangeRef } from "./model";

/** One problem, with the cell it is about (the top-left cell for a range), if any. */
export interface InputProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly ref: CellRef | null;
}

const da = {
  notNumber: "»{text}« er ikke et tal ({field}) – forventede {expected}",
  millionsInCell:
    "»{text}« er ikke et tal ({field}) – skriv kun tallet; enheden står i overskriften, fx »{field} (mio. kr.)«",
  krInCell:
    "»{text}« er angivet i kr., men tabellen er i {unit} ({field}) – skriv beløbet i {unit} uden enhed",
  percentNotAllowed: "»{text}« er en procentsats ({field}) – forventede {expected}",
  dateNotNumber:
    "en dato ({date}) er ikke et tal ({field}) – har Excel læst tallet som en dato? Formatér cellen som tal, og skriv tallet igen",
  booleanNotNumber: "{text} er ikke et tal ({field}) – forventede {expected}",
  errorCell: "indeholder fejlen {error} ({field}) – forventede {expected}",
  notText: "»{text}« er ikke en tekst ({field}) – forventede {expected}",
  negative: "{value} er negativ ({field}) – et antal kan ikke være negativt",
  negativeInvestment:
    "{value} er negativ ({field}) – investeringen angives som et positivt beløb (bruttoinvestering)",
  notWholeYear: "{value} er ikke et helt årstal ({field}) – forventede et årstal, fx 2016",
  notYear: "»{text}« er ikke et år ({field}) – forventede et årstal, fx 2016",
  notMonth:
    "»{text}« er ikke en måned ({field}) – forventede en dato eller fx »2015-06«, »06-2015«, »juni 2015« eller »2015M06« med firecifret år",
  duplicateYear: "året {year} står to gange (også i {other}) – hvert år må kun stå én gang",
  duplicateMonth: "måneden {month} står to gange (også i {other}) – hver måned må kun stå én gang",
  monthsSorted:
    "{month} står efter {previous} – KIK sorterer rækkerne efter måned; sortér tabellen, så forsvinder denne advarsel",
  yearsSorted:
    "{year} står efter {previous} – KIK sorterer årene; sortér tabellen, så forsvinder denne advarsel",
  yearGap: "{table} springer år over ({missing}) – KIK regner kun med de år, der står i tabellen",
  missingColumns: "{table} mangler {missing} – forventede overskrifterne {expected}",
  missingRows: "{table} mangler {missing} – forventede {expected}",
  noHeader: "fandt ingen overskrifter for {table} – forventede overskrifterne {expected}",
  emptySelection: "det valgte område til {table} er tomt",
  badSelection:
    "»{text}« er hverken et område (fx »KIK Input!A1:D5«), en tabel eller et navn i projektmappen ({table})",
  unknownSheet: "arket »{sheet}« findes ikke ({table}: »{text}«)",
  headerOnly: "{table} har overskrifter, men ingen rækker",
  unknownColumn:
    "kolonnen »{text}« kendes ikke i {table} og bliver ikke læst – kendte overskrifter: {expected}",
  unnamedColumn: "kolonnen har tal eller tekst, men ingen overskrift, og bliver ikke læst",
  unknownRow:
    "rækken »{text}« kendes ikke i {table} og bliver ikke læst – kendte rækker: {expected}",
  duplicateColumn: "»{text}« står to gange i {table} (også i {other}) – behold én af dem",
  mergedData:
    "flettede celler i {table} ({field}) – ophæv fletningen, og skriv én værdi i hver celle",
  valueWithoutYear: "rækken har beløb, men intet år ({field}) – skriv året",
  valueWithoutMonth: "rækken har tal, men ingen måned ({field}) – skriv måneden",
  countWithoutLabel: "antal uden udfald – skriv udfaldet i kolonnen {field}",
  labelWithoutCount: "»{label}« mangler et antal ({field}) – skriv 0, hvis der ingen sager er",
  notWholeCount: "{value} er ikke et helt antal sager ({field})",
  amountWithoutCategory: "beløb uden kategori – skriv kategorien i kolonnen {field}",
  categoryWithoutAmount: "»{label}« mangler et beløb ({field})",
  differenceMismatch:
    "Forskel {given} stemmer ikke med Faktisk − Budgetteret = {computed} – KIK bruger sin egen beregning",
  totalIgnored: "»{text}« er en total og bliver ikke læst – KIK lægger selv sammen",
  sumMismatch: "Oprindelig gruppe + Nytilgang = {sum}, men Sagstal er {count} – KIK bruger Sagstal",
  unitDefault:
    "{table} angiver ingen enhed – KIK antager mio. kr. Skriv enheden i en overskrift, fx »Budgetteret (mio. kr.)«",
  unitMissingLarge:
    "{table} angiver ingen enhed, og beløb som {example} ligner ikke mio. kr. – skriv enheden i en overskrift, fx »Budgetteret (kr.)« eller »Budgetteret (t. kr.)«",
  unitConflict:
    "enheden {unit} passer ikke med {otherUnit} i {other} – KIK omregner aldrig beløb; brug samme enhed i hele budgettet",
  notUnit: "»{text}« er ikke en enhed ({field}) – forventede mio. kr., t. kr. eller kr.",
  blob: "en blok af tal uden genkendelige overskrifter – forventede en af tabellerne {expected}",
  continuation:
    "ser ud til at fortsætte {table} ({range}) efter en tom række – en tom række afslutter en tabel; fjern den tomme række",
  twoTables:
    "både {range} og {other} ligner {table} – navngiv den rigtige tabel {name}, eller vælg den",
  investmentWithoutBudget:
    "{table} bliver ikke brugt, fordi der ingen budgettabel er – investeringen fordeles på budgettets år",
  investmentSumMismatch:
    "investeringen fordelt på kategorier er {categories} i alt, men kolonnen Investering i budgettet summer til {budget}",
  unknownAssumption:
    "antagelsen »{text}« kendes ikke – den vises, men bruges ikke i beregningerne. Kendte navne: {expected}",
  assumptionNoValue: "»{text}« har ingen værdi – KIK bruger standardværdien",
  assumptionWithoutName: "værdi uden navn – skriv antagelsens navn i kolonnen {field}",
  assumptionNotNumber: "»{text}« er ikke et tal ({name}) – forventede {expected}",
  assumptionNotBoolean: "»{text}« er hverken ja eller nej ({name}) – forventede ja/nej",
  assumptionNotMonth:
    "»{text}« er ikke en måned ({name}) – forventede en dato eller fx »2018-12« eller »december 2018«",
  assumptionRange: "{value} er uden for det tilladte ({name}) – forventede {expected}",
  assumptionNotWhole: "{value} er ikke et helt tal ({name}) – forventede {expected}",
  assumptionPercentPoints: "{value} læst som {percent} ({name})",
  duplicateAssumption: "»{text}« står to gange (også i {other}) – behold én af dem",
  moreProblems: "… og {count} problemer mere i {table}, som ikke vises",
} as const;

/** Keys of the input messages. */
export type InputMessageKey = keyof typeof da;

const en: Readonly<Record<InputMessageKey, string>> = {
  notNumber: "'{text}' is not a number ({field}) – expected {expected}",
  millionsInCell:
    "'{text}' is not a number ({field}) – write the number only; the unit goes in the header, e.g. '{field} (mio. kr.)'",
  krInCell:
    "'{text}' is in kr., but the table is in {unit} ({field}) – write the amount in {unit} without a unit",
  percentNotAllowed: "'{text}' is a percentage ({field}) – expected {expected}",
  dateNotNumber:
    "a date ({date}) is not a number ({field}) – did Excel read the number as a date? Format the cell as a number and type the number again",
  booleanNotNumber: "{text} is not a number ({field}) – expected {expected}",
  errorCell: "contains the error {error} ({field}) – expected {expected}",
  notText: "'{text}' is not text ({field}) – expected {expected}",
  negative: "{value} is negative ({field}) – a count cannot be negative",
  negativeInvestment:
    "{value} is negative ({field}) – the investment is entered as a positive amount (gross investment)",
  notWholeYear: "{value} is not a whole year ({field}) – expected a year, e.g. 2016",
  notYear: "'{text}' is not a year ({field}) – expected a year, e.g. 2016",
  notMonth:
    "'{text}' is not a month ({field}) – expected a date or e.g. '2015-06', '06-2015', 'June 2015' or '2015M06' with a four-digit year",
  duplicateYear: "the year {year} appears twice (also in {other}) – each year may appear only once",
  duplicateMonth:
    "the month {month} appears twice (also in {other}) – each month may appear only once",
  monthsSorted:
    "{month} comes after {previous} – KIK sorts the rows by month; sort the table to remove this warning",
  yearsSorted:
    "{year} comes after {previous} – KIK sorts the years; sort the table to remove this warning",
  yearGap: "{table} skips years ({missing}) – KIK only uses the years in the table",
  missingColumns: "{table} lacks {missing} – expected the headers {expected}",
  missingRows: "{table} lacks {missing} – expected {expected}",
  noHeader: "found no headers for {table} – expected the headers {expected}",
  emptySelection: "the range selected for {table} is empty",
  badSelection:
    "'{text}' is neither a range (e.g. 'KIK Input!A1:D5'), a table nor a name in the workbook ({table})",
  unknownSheet: "there is no sheet '{sheet}' ({table}: '{text}')",
  headerOnly: "{table} has headers but no rows",
  unknownColumn:
    "the column '{text}' is not known in {table} and is not read – known headers: {expected}",
  unnamedColumn: "the column has values but no header and is not read",
  unknownRow: "the row '{text}' is not known in {table} and is not read – known rows: {expected}",
  duplicateColumn: "'{text}' appears twice in {table} (also in {other}) – keep one of them",
  mergedData: "merged cells in {table} ({field}) – unmerge them and write one value in each cell",
  valueWithoutYear: "the row has amounts but no year ({field}) – enter the year",
  valueWithoutMonth: "the row has values but no month ({field}) – enter the month",
  countWithoutLabel: "a count without an outcome – enter the outcome in the column {field}",
  labelWithoutCount: "'{label}' has no count ({field}) – enter 0 if there are no cases",
  notWholeCount: "{value} is not a whole number of cases ({field})",
  amountWithoutCategory: "an amount without a category – enter the category in the column {field}",
  categoryWithoutAmount: "'{label}' has no amount ({field})",
  differenceMismatch:
    "Difference {given} does not match Actual − Budgeted = {computed} – KIK uses its own calculation",
  totalIgnored: "'{text}' is a total and is not read – KIK adds up by itself",
  sumMismatch: "Original group + Newcomers = {sum}, but Count is {count} – KIK uses Count",
  unitDefault:
    "{table} states no unit – KIK assumes mio. kr. (DKK million). Put the unit in a header, e.g. 'Budgeted (mio. kr.)'",
  unitMissingLarge:
    "{table} states no unit, and amounts such as {example} do not look like mio. kr. – put the unit in a header, e.g. 'Budgeted (kr.)' or 'Budgeted (t. kr.)'",
  unitConflict:
    "the unit {unit} does not match {otherUnit} in {other} – KIK never converts amounts; use one unit throughout the budget",
  notUnit: "'{text}' is not a unit ({field}) – expected mio. kr., t. kr. or kr.",
  blob: "a block of numbers without recognisable headers – expected one of the tables {expected}",
  continuation:
    "seems to continue {table} ({range}) after a blank row – a blank row ends a table; remove the blank row",
  twoTables:
    "both {range} and {other} look like {table} – name the right one {name} as a table, or select it",
  investmentWithoutBudget:
    "{table} is not used because there is no budget table – the investment is spread over the budget's years",
  investmentSumMismatch:
    "the investment by category totals {categories}, but the budget's Investment column sums to {budget}",
  unknownAssumption:
    "the assumption '{text}' is not known – it is shown but not used in calculations. Known names: {expected}",
  assumptionNoValue: "'{text}' has no value – KIK uses the default",
  assumptionWithoutName:
    "a value without a name – enter the assumption's name in the column {field}",
  assumptionNotNumber: "'{text}' is not a number ({name}) – expected {expected}",
  assumptionNotBoolean: "'{text}' is neither yes nor no ({name}) – expected yes/no",
  assumptionNotMonth:
    "'{text}' is not a month ({name}) – expected a date or e.g. '2018-12' or 'December 2018'",
  assumptionRange: "{value} is out of range ({name}) – expected {expected}",
  assumptionNotWhole: "{value} is not a whole number ({name}) – expected {expected}",
  assumptionPercentPoints: "{value} read as {percent} ({name})",
  duplicateAssumption: "'{text}' appears twice (also in {other}) – keep one of them",
  moreProblems: "… and {count} more problems in {table}, not shown",
};

/** The input messages in Danish or English. */
export const inputMessage = makeTranslator<InputMessageKey>({ da, en });

/** Short phrases used inside messages. */
const PHRASES = {
  da: {
    amount: "et beløb, fx -18,1",
    count: "et antal, fx 563",
    number: "et tal",
    outcomeCount: "et antal sager, fx 54",
    label: "en tekst, fx »Selvforsørgende«",
    name: "et navn, fx »Diskonteringsrente«",
    and: "og",
    column: "kolonnen",
    columns: "kolonnerne",
    row: "rækken",
    rows: "rækkerne",
    optional: "valgfri",
  },
  en: {
    amount: "an amount, e.g. -18.1",
    count: "a count, e.g. 563",
    number: "a number",
    outcomeCount: "a number of cases, e.g. 54",
    label: "text, e.g. 'Self-supporting'",
    name: "a name, e.g. 'Discount rate'",
    and: "and",
    column: "the column",
    columns: "the columns",
    row: "the row",
    rows: "the rows",
    optional: "optional",
  },
} as const;

/** A short phrase in `language`. */
export function phrase(key: keyof (typeof PHRASES)["da"], language: Language): string {
  return PHRASES[language][key];
}

/** "KIK Input!B5": sheet and cell, as messages show them (the sheet name is not quoted). */
export function cellName(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.column)}`;
}

/** "KIK Input!A1:C1", or a single cell's name for a 1 × 1 range. */
export function rangeName(range: RangeRef): string {
  const start = a1(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return `${range.sheet}!${start}`;
  return `${range.sheet}!${start}:${a1(range.bottom, range.right)}`;
}

/** Text shown in a message: one line, at most 40 characters. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? line.slice(0, 40) + "…" : line;
}

function isRange(at: CellRef | RangeRef): at is RangeRef {
  return "top" in at;
}

/**
 * Collects problems in one language. Messages are prefixed with the cell or range they are
 * about. At most `limit` problems are kept per scope (a table); the rest are counted and
 * summarised by {@link ProblemLog.finish}, so a 100,000-row table of text does not drown the user.
 */
export class ProblemLog {
  private readonly list: InputProblem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly hidden = new Map<
    string,
    { count: number; severity: InputProblem["severity"] }
  >();
  scope = "";

  constructor(
    readonly language: Language = getLanguage(),
    readonly limit = 50
  ) {}

  /** Records an error. */
  error(
    key: InputMessageKey,
    params: Readonly<Record<string, string | number>>,
    at: CellRef | RangeRef | null
  ): void {
    this.add("error", key, params, at);
  }

  /** Records a warning. */
  warning(
    key: InputMessageKey,
    params: Readonly<Record<string, string | number>>,
    at: CellRef | RangeRef | null
  ): void {
    this.add("warning", key, params, at);
  }

  /** The problems, with a summary line per scope whose problems were cut off. */
  finish(): InputProblem[] {
    const out = [...this.list];
    for (const [scope, h] of this.hidden) {
      out.push({
        severity: h.severity,
        message: inputMessage("moreProblems", { count: h.count, table: scope }, this.language),
        ref: null,
      });
    }
    return out;
  }

  private add(
    severity: InputProblem["severity"],
    key: InputMessageKey,
    params: Readonly<Record<string, string | number>>,
    at: CellRef | RangeRef | null
  ): void {
    const n = (this.counts.get(this.scope) ?? 0) + 1;
    this.counts.set(this.scope, n);
    if (n > this.limit) {
      const h = this.hidden.get(this.scope) ?? { count: 0, severity: "warning" };
      h.count++;
      if (severity === "error") h.severity = "error";
      this.hidden.set(this.scope, h);
      return;
    }
    const text = inputMessage(key, params, this.language);
    if (at === null) {
      this.list.push({ severity, message: text, ref: null });
      return;
    }
    const ref: CellRef = isRange(at) ? { sheet: at.sheet, row: at.top, column: at.left } : at;
    const where = isRange(at) ? rangeName(at) : cellName(at);
    this.list.push({ severity, message: `${where}: ${text}`, ref });
  }
}
