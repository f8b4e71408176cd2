/**
 * The input tables' headers: which words name which column, in Danish or English, in any case
 * and spacing, with or without a unit in parentheses ("Budgetteret (mio. kr.)").
 *
 * A header matches a field when, after {@link normaliseHeader}, it is one of the field's
 * synonyms, or starts with one followed by a space ("Antal sager" → count), or one of its
 * parts split at "/" does ("År/Year"). Exact matches win over prefix matches.
 */
import { formatList, LANGUAGES, message, type Language } from "../i18n";
import type { GridValue } from "./grid";
import type { MoneyUnit } from "./model";
import {
  excelNamesOf,
  TABLES,
  TOTAL_LABELS,
  type ColumnSpec,
  type FieldOf,
  type TableKind,
} from "./tables";

export { INPUT_SHEET_NAMES, TABLE_KINDS, type FieldOf, type TableKind } from "./tables";

/** One column of a table: its names and the words that mean it (see `tables.ts`). */
export type FieldSpec<F extends string> = ColumnSpec<F>;

/** The columns of each table. */
export const TABLE_FIELDS: { readonly [K in TableKind]: readonly FieldSpec<FieldOf[K]>[] } = {
  budget: TABLES.budget.columns,
  caseload: TABLES.caseload.columns,
  outcomes: TABLES.outcomes.columns,
  assumptions: TABLES.assumptions.columns,
  investment: TABLES.investment.columns,
};

/** Excel table / defined names of each table: the Danish name first, then English aliases. */
export const TABLE_NAMES: { readonly [K in TableKind]: readonly string[] } = {
  budget: excelNamesOf("budget"),
  caseload: excelNamesOf("caseload"),
  outcomes: excelNamesOf("outcomes"),
  assumptions: excelNamesOf("assumptions"),
  investment: excelNamesOf("investment"),
};

/** How messages call each table. */
export const TABLE_TITLES: { readonly [K in TableKind]: Readonly<Record<Language, string>> } = {
  budget: TABLES.budget.title,
  caseload: TABLES.caseload.title,
  outcomes: TABLES.outcomes.title,
  assumptions: TABLES.assumptions.title,
  investment: TABLES.investment.title,
};

const TOTALS = new Set(TOTAL_LABELS);
/**
 * A word of each total label: normalising never joins words, so a cell without any of these
 * cannot be a total, and most cells are turned away without normalising.
 */
const TOTAL_WORDS = new RegExp(
  TOTAL_LABELS.map((l) => l.split(" ").pop() as string)
    .filter((w, i, all) => !all.some((o, j) => j !== i && w.includes(o) && (o !== w || j < i)))
    .join("|"),
  "i"
);

const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/**
 * A header or label in the form synonyms are written in: Unicode NFC, lower case, units and
 * bracketed remarks removed, "*", ":" and trailing dots removed, runs of spaces as one.
 */
export function normaliseHeader(text: string): string {
  let s = text.normalize("NFC").toLocaleLowerCase("da-DK").replace(SPACES, " ");
  s = s.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  s = s.replace(UNIT_ANYWHERE, " ");
  s = s.replace(/[*:]+/g, " ").replace(/[-–,.]+\s*$/g, "");
  return s
    .replace(SPACES, " ")
    .trim()
    .replace(/[.,]+$/, "")
    .trim();
}

type Lookup<F> = { exact: Map<string, F>; prefixes: [string, F][] };

const LOOKUPS = new Map<TableKind, Lookup<string>>();

function lookup(kind: TableKind): Lookup<string> {
  let l = LOOKUPS.get(kind);
  if (l === undefined) {
    const exact = new Map<string, string>();
    const prefixes: [string, string][] = [];
    for (const spec of TABLE_FIELDS[kind] as readonly FieldSpec<string>[]) {
      for (const s of spec.synonyms) {
        exact.set(s, spec.field);
        prefixes.push([s + " ", spec.field]);
      }
    }
    // Longest first, so "antal sager" wins over "antal".
    prefixes.sort((a, b) => b[0].length - a[0].length);
    l = { exact, prefixes };
    LOOKUPS.set(kind, l);
  }
  return l;
}

function matchNormalised(l: Lookup<string>, s: string): string | null {
  const e = l.exact.get(s);
  if (e !== undefined) return e;
  for (const [p, f] of l.prefixes) if (s.startsWith(p)) return f;
  return null;
}

/** The field a header cell names in a table of `kind`, or null. */
export function matchField<K extends TableKind>(kind: K, header: GridValue): FieldOf[K] | null {
  if (typeof header !== "string") return null;
  const s = normaliseHeader(header);
  if (s === "") return null;
  const l = lookup(kind);
  const whole = matchNormalised(l, s);
  if (whole !== null) return whole as FieldOf[K];
  if (s.includes("/")) {
    for (const part of s.split("/")) {
      const m = matchNormalised(l, part.trim());
      if (m !== null) return m as FieldOf[K];
    }
  }
  return null;
}

/** True for a label that names a total ("I alt", "Total", "Sum" …). */
export function isTotalLabel(v: GridValue): boolean {
  return typeof v === "string" && TOTAL_WORDS.test(v) && TOTALS.has(normaliseHeader(v));
}

/**
 * The word that marks a template's example row (issue 11: a grey row in each table showing
 * what to fill in), written first in the row's key cell, e.g. "Eksempel: 2016". Such a row is
 * never data: the readers skip it in either language.
 */
export function exampleMarker(language: Language): string {
  return message("input", "exampleMarker", {}, language);
}

const EXAMPLE_LABEL = new RegExp(
  `^\\s*(${LANGUAGES.map(exampleMarker).join("|")})(?![\\p{L}\\p{N}])`,
  "iu"
);

/** True for the key cell of a template's example row ("Eksempel: 2016", "Example"). */
export function isExampleLabel(v: GridValue): boolean {
  return typeof v === "string" && EXAMPLE_LABEL.test(v);
}

/** The field's name in `language`. */
export function fieldName<K extends TableKind>(
  kind: K,
  field: FieldOf[K],
  language: Language
): string {
  const spec = (TABLE_FIELDS[kind] as readonly FieldSpec<string>[]).find((f) => f.field === field);
  return spec === undefined ? field : spec.names[language];
}

/** "År, Budgetteret, Faktisk (valgfri: Investering, Forskel)": the headers a table expects. */
export function expectedHeaders(kind: TableKind, language: Language): string {
  const specs = TABLE_FIELDS[kind] as readonly FieldSpec<string>[];
  return namesWithOptional(specs, ", ", language);
}

/**
 * The columns' names, required ones first joined by `join` (", " or a list's "and"), then
 * the optional ones in parentheses: "Budgetteret og Faktisk (valgfri: Investering, Forskel)".
 */
export function namesWithOptional(
  specs: readonly FieldSpec<string>[],
  join: ", " | "list",
  language: Language
): string {
  const required = specs.filter((f) => f.required).map((f) => f.names[language]);
  const optional = specs.filter((f) => !f.required).map((f) => f.names[language]);
  const head = join === "list" ? formatList(required, language) : required.join(", ");
  if (optional.length === 0) return head;
  const word = message("inputPhrases", "optional", {}, language);
  return `${head} (${word}: ${optional.join(", ")})`;
}

// Units. Order matters: millions, then thousands, then plain kroner.
const NOT_LETTER_BEFORE = "(?<![a-zæøå])";
const NOT_LETTER_AFTER = "(?![a-zæøå])";
const MIO = new RegExp(
  `${NOT_LETTER_BEFORE}(?:mio|mill|millioner|million|millions|mdkk|mkr)${NOT_LETTER_AFTER}\\.?(?:\\s*(?:kr|kroner|dkk)${NOT_LETTER_AFTER}\\.?)?`,
  "i"
);
const TKR = new RegExp(
  `${NOT_LETTER_BEFORE}(?:t\\.?\\s*kr|tkr|tus(?:ind|inde)?\\.?\\s*kr(?:oner)?|1[.,\\s]?000\\s*kr|'?000\\s*kr|kdkk|dkk\\s*(?:1[.,]?000|'000|thousands?)|thousands?\\s*(?:of\\s*)?(?:dkk|kr))${NOT_LETTER_AFTER}\\.?`,
  "i"
);
const KR = new RegExp(`${NOT_LETTER_BEFORE}(?:kr|kroner|dkk)${NOT_LETTER_AFTER}\\.?`, "i");
const UNIT_ANYWHERE = new RegExp(`${MIO.source}|${TKR.source}|${KR.source}`, "gi");

/** The money unit a header or title mentions ("Budgetteret (mio. kr.)", "Mio.", "1.000 kr."), or null. */
export function unitInText(text: string): MoneyUnit | null {
  const s = text.normalize("NFC").toLocaleLowerCase("da-DK").replace(SPACES, " ");
  if (MIO.test(s)) return "mio.kr";
  if (TKR.test(s)) return "t.kr";
  if (KR.test(s)) return "kr";
  return null;
}

/** How a unit is written for people: "mio. kr.", "t. kr.", "kr.". */
export function unitText(unit: MoneyUnit): string {
  return unit === "mio.kr" ? "mio. kr." : unit === "t.kr" ? "t. kr." : "kr.";
}
