/**
 * The input tables' headers: which words name which column, in Danish or English, in any case
 * and spacing, with or without a unit in parentheses ("Budgetteret (mio. kr.)").
 *
 * A header matches a field when, after {@link normaliseHeader}, it is one of the field's
 * synonyms, or starts with one followed by a space ("Antal sager" → count), or one of its
 * parts split at "/" does ("År/Year"). Exact matches win over prefix matches.
 */
import type { Language } from "../i18n";
import type { GridValue } from "./grid";
import type { MoneyUnit } from "./model";

/** The five input tables. */
export type TableKind = "budget" | "caseload" | "outcomes" | "assumptions" | "investment";

/** The input tables in the order they are read (assumptions first: they may state the unit). */
export const TABLE_KINDS: readonly TableKind[] = [
  "assumptions",
  "investment",
  "budget",
  "caseload",
  "outcomes",
];

/** Columns of each table. */
export interface FieldOf {
  budget: "year" | "budgeted" | "actual" | "investment" | "difference";
  caseload: "month" | "count" | "target" | "original" | "newcomers" | "comparison";
  outcomes: "label" | "count";
  assumptions: "name" | "value" | "unit" | "source";
  investment: "category" | "amount";
}

/** One column of a table: its names and the words that mean it. */
export interface FieldSpec<F extends string> {
  readonly field: F;
  readonly required: boolean;
  /** Shown in messages and the docs. */
  readonly names: Readonly<Record<Language, string>>;
  /** Normalised synonyms (lower case, single spaces), Danish and English. */
  readonly synonyms: readonly string[];
}

const BUDGET: readonly FieldSpec<FieldOf["budget"]>[] = [
  {
    field: "year",
    required: true,
    names: { da: "År", en: "Year" },
    synonyms: ["år", "aar", "årstal", "budgetår", "regnskabsår", "year", "fiscal year"],
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
  },
  {
    field: "investment",
    required: false,
    names: { da: "Investering", en: "Investment" },
    synonyms: ["investering", "investeret", "investment", "invested"],
  },
  {
    field: "difference",
    required: false,
    names: { da: "Forskel", en: "Difference" },
    synonyms: ["forskel", "afvigelse", "difference", "variance", "diff"],
  },
];

const CASELOAD: readonly FieldSpec<FieldOf["caseload"]>[] = [
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
  },
  {
    field: "target",
    required: false,
    names: { da: "Mål", en: "Target" },
    synonyms: ["mål", "maal", "målsætning", "delmål", "måltal", "target", "goal"],
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
  },
  {
    field: "newcomers",
    required: false,
    names: { da: "Nytilgang", en: "Newcomers" },
    synonyms: ["nytilgang", "nytilkomne", "nye", "tilgang", "newcomers", "new"],
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
  },
];

const OUTCOMES: readonly FieldSpec<FieldOf["outcomes"]>[] = [
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
  },
  {
    field: "count",
    required: false,
    names: { da: "Antal", en: "Count" },
    synonyms: ["antal", "antal sager", "sager", "personer", "borgere", "count", "cases", "number"],
  },
];

const ASSUMPTIONS: readonly FieldSpec<FieldOf["assumptions"]>[] = [
  {
    field: "name",
    required: true,
    names: { da: "Navn", en: "Name" },
    synonyms: ["navn", "antagelse", "forudsætning", "parameter", "name", "assumption"],
  },
  {
    field: "value",
    required: true,
    names: { da: "Værdi", en: "Value" },
    synonyms: ["værdi", "vaerdi", "sats", "value"],
  },
  {
    field: "unit",
    required: false,
    names: { da: "Enhed", en: "Unit" },
    synonyms: ["enhed", "unit"],
  },
  {
    field: "source",
    required: false,
    names: { da: "Kilde", en: "Source" },
    synonyms: ["kilde", "note", "noter", "bemærkning", "kommentar", "source", "comment"],
  },
];

const INVESTMENT: readonly FieldSpec<FieldOf["investment"]>[] = [
  {
    field: "category",
    required: true,
    names: { da: "Kategori", en: "Category" },
    synonyms: ["kategori", "post", "indsats", "område", "category", "item"],
  },
  {
    field: "amount",
    required: true,
    names: { da: "Beløb", en: "Amount" },
    synonyms: ["beløb", "beloeb", "investering", "amount", "investment"],
  },
];

/** The columns of each table. */
export const TABLE_FIELDS: { readonly [K in TableKind]: readonly FieldSpec<FieldOf[K]>[] } = {
  budget: BUDGET,
  caseload: CASELOAD,
  outcomes: OUTCOMES,
  assumptions: ASSUMPTIONS,
  investment: INVESTMENT,
};

/** Excel table / defined names of each table: the Danish name first, then English aliases. */
export const TABLE_NAMES: { readonly [K in TableKind]: readonly string[] } = {
  budget: ["KIK_Budget"],
  caseload: ["KIK_Sagstal", "KIK_Caseload"],
  outcomes: ["KIK_Udfald", "KIK_Outcomes"],
  assumptions: ["KIK_Antagelser", "KIK_Assumptions"],
  investment: ["KIK_Investering", "KIK_Investment"],
};

/** Names of the sheet KIK scans for tables when they are not Excel tables or names. */
export const INPUT_SHEET_NAMES: readonly string[] = ["KIK Input", "KIK Inputs", "Input", "Inputs"];

/** How messages call each table. */
export const TABLE_TITLES: { readonly [K in TableKind]: Readonly<Record<Language, string>> } = {
  budget: { da: "budgettabellen", en: "the budget table" },
  caseload: { da: "sagstalstabellen", en: "the caseload table" },
  outcomes: { da: "udfaldstabellen", en: "the outcomes table" },
  assumptions: { da: "antagelsestabellen", en: "the assumptions table" },
  investment: { da: "investeringstabellen", en: "the investment table" },
};

/** Labels of the transposed budget layout's rows that are totals and are skipped. */
const TOTALS = new Set(["i alt", "ialt", "total", "totalt", "sum", "samlet", "subtotal"]);

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
  return typeof v === "string" && TOTALS.has(normaliseHeader(v));
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
  const required = specs.filter((f) => f.required).map((f) => f.names[language]);
  const optional = specs.filter((f) => !f.required).map((f) => f.names[language]);
  const word = language === "da" ? "valgfri" : "optional";
  return optional.length === 0
    ? required.join(", ")
    : `${required.join(", ")} (${word}: ${optional.join(", ")})`;
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
