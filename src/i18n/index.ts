/**
 * Languages, the message catalogues and the formatting of numbers, lists and plurals. Imports
 * nothing but its own catalogues. Every choice between Danish and English is made here: the
 * faces pass a {@link Language} and get text back.
 */
import { da, type Catalogue } from "./da";
import { en } from "./en";

export type { Catalogue } from "./da";

/** Supported UI languages. Danish is the default. */
export type Language = "da" | "en";

/** Both languages, Danish first. */
export const LANGUAGES: readonly Language[] = ["da", "en"];

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { da, en };

/** The BCP 47 locale whose conventions a language's numbers and lists follow. */
const LOCALES: Readonly<Record<Language, string>> = { da: "da-DK", en: "en-GB" };

let current: Language = "da";

/** Maps an Office display language ("da-DK", "en-US" …) to ours: English for en-*, else Danish. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale !== undefined && locale !== null && /^en\b/i.test(locale) ? "en" : "da";
}

/** A language from a setting or a flag ("da", "en"), or undefined for anything else. */
export function parseLanguage(value: unknown): Language | undefined {
  return value === "da" || value === "en" ? value : undefined;
}

/** Sets the language used when none is passed. */
export function setLanguage(language: Language): void {
  current = language;
}

/** The language in force. */
export function getLanguage(): Language {
  return current;
}

/** The locale of a language, for `Intl` and `toLocaleLowerCase`. */
export function localeOf(language: Language = current): string {
  return LOCALES[language];
}

/** A namespace of the catalogue: one per face (functions, input, report, taskpane, excel …; the command line's strings are in `cli-da.ts`). */
export type Namespace = keyof Catalogue;

/** The keys of one namespace. */
export type KeyOf<N extends Namespace> = keyof Catalogue[N] & string;

/** Parameters of a message: `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** Options for {@link formatNumber}. */
export interface NumberOptions {
  /** Exact number of decimals (min = max). */
  readonly digits?: number;
  /** At most this many decimals (default 4 when `digits` is not given). */
  readonly maxDigits?: number;
  /** Thousands separators (default true). */
  readonly grouping?: boolean;
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A number in the language's notation: Danish 1.008,5; English 1,008.5. */
export function formatNumber(
  value: number,
  language: Language = current,
  options: NumberOptions = {}
): string {
  const min = options.digits ?? 0;
  const max = options.digits ?? options.maxDigits ?? 4;
  const grouping = options.grouping ?? true;
  const key = `${language}|${min}|${max}|${grouping}`;
  let f = NUMBER_FORMATS.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
    });
    NUMBER_FORMATS.set(key, f);
  }
  return f.format(value);
}

/**
 * A share as a percentage: Danish "3,5 %", English "3.5%" (each language's own spacing).
 * @param fraction - 0.25 for 25 %
 * @param digits - decimals shown; `undefined` shows up to 4 without trailing zeros
 */
export function formatPercent(
  fraction: number,
  language: Language = current,
  digits?: number
): string {
  // Scale by shifting the decimal exponent so 0.07 shows as 7, not 7.000000000000001.
  const points = Number(Number(`${fraction}e2`).toPrecision(12));
  const n = formatNumber(points, language, digits === undefined ? {} : { digits });
  return fill(CATALOGUES[language].common.percent, { n }, language);
}

/** "a, b og c" / "a, b and c" (or "eller"/"or" with `type: "disjunction"`). */
export function formatList(
  items: readonly string[],
  language: Language = current,
  type: "conjunction" | "disjunction" = "conjunction"
): string {
  if (typeof Intl.ListFormat === "function")
    return new Intl.ListFormat(LOCALES[language], { type, style: "long" }).format(items);
  // Older WebViews without Intl.ListFormat: the same result for both languages' long style.
  const word = CATALOGUES[language].common[type === "conjunction" ? "and" : "or"];
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/**
 * The form of a word for a count, by the language's plural rules.
 * @param forms - the forms by plural category; "other" is required
 */
export function plural(
  count: number,
  forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string },
  language: Language = current
): string {
  const rule = new Intl.PluralRules(LOCALES[language]).select(count);
  return forms[rule] ?? forms.other;
}

/** Text quoted the way the language quotes words in a message: »Job« / 'Job'. */
export function quote(text: string, language: Language = current): string {
  return fill(CATALOGUES[language].common.quoted, { text }, language);
}

/** TRUE/FALSE as the language's Excel shows them: SAND/FALSK, TRUE/FALSE. */
export function booleanText(value: boolean, language: Language = current): string {
  return CATALOGUES[language].common[value ? "excelTrue" : "excelFalse"];
}

/** Fills `{placeholders}` in `template` from `params`; numbers in the language's notation. */
export function fill(template: string, params: Params, language: Language = current): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, language) : v;
  });
}

/** The message `key` of namespace `ns` in `language`, with its placeholders filled. */
export function message<N extends Namespace>(
  ns: N,
  key: KeyOf<N>,
  params: Params = {},
  language: Language = current
): string {
  const table = CATALOGUES[language][ns] as Readonly<Record<string, string>>;
  return fill(table[key] as string, params, language);
}

/** A translator bound to one namespace, for a face's own module. */
export function translator<N extends Namespace>(
  ns: N
): (key: KeyOf<N>, params?: Params, language?: Language) => string {
  return (key, params = {}, language = current) => message(ns, key, params, language);
}

/**
 * A translator over a face's own message tables, for strings only one face uses and the add-in's
 * bundles should not carry (the command line's, `cli.ts`).
 */
export function tableTranslator<K extends string>(
  tables: Readonly<Record<Language, Readonly<Record<K, string>>>>
): (key: K, params?: Params, language?: Language) => string {
  return (key, params = {}, language = current) => fill(tables[language][key], params, language);
}

/** True if `key` is a message of namespace `ns`. */
export function hasMessage<N extends Namespace>(ns: N, key: string): key is KeyOf<N> {
  return Object.prototype.hasOwnProperty.call(da[ns], key);
}

/** A message of the custom functions (engine failure reasons and argument errors). */
export type MessageKey = KeyOf<"functions">;

/** The custom functions' messages (engine failure reasons and argument errors). */
export const t = translator("functions");

/** True if `key` is a message of the custom functions. */
export function isMessageKey(key: string): key is MessageKey {
  return hasMessage("functions", key);
}
