/** Danish and English strings, and the language in force. Imports nothing. */
import { da, en, type MessageKey } from "./messages";

export type { MessageKey } from "./messages";

/** Supported UI languages. Danish is the default. */
export type Language = "da" | "en";

const TABLES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { da, en };

let current: Language = "da";

/** Maps an Office display language ("da-DK", "en-US" …) to ours: English for en-*, else Danish. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale !== undefined && locale !== null && /^en\b/i.test(locale) ? "en" : "da";
}

/** Sets the language used when none is passed to {@link t}. */
export function setLanguage(language: Language): void {
  current = language;
}

/** The language in force. */
export function getLanguage(): Language {
  return current;
}

/** True if `key` is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(da, key);
}

/** Formats a number for a message in the language's notation (Danish: 1.008,5). */
export function formatNumber(value: number, language: Language = current): string {
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 4,
  }).format(value);
}

/** Fills `{placeholders}` in `template` from `params`; numbers in the language's notation. */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>>,
  language: Language = current
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, language) : v;
  });
}

/**
 * A translator over a Danish table and an English table with the same keys, for a module's
 * own strings (input messages, report labels …).
 */
export function makeTranslator<K extends string>(
  tables: Readonly<Record<Language, Readonly<Record<K, string>>>>
): (key: K, params?: Readonly<Record<string, string | number>>, language?: Language) => string {
  return (key, params = {}, language = current) => fill(tables[language][key], params, language);
}

/**
 * The message for `key` in `language`, with `{placeholders}` filled from `params`.
 * Numbers are formatted in the language's notation; a missing placeholder stays visible.
 */
export function t(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
  language: Language = current
): string {
  return fill(TABLES[language][key], params, language);
}
