/**
 * Yes and no as users write them in any face: the input sheet, the wizard's saved settings, a
 * custom function's TRUE/FALSE argument typed as text. One list, Danish and English.
 */

/** Words read as yes (lower case). */
export const YES_WORDS: readonly string[] = ["ja", "j", "sand", "true", "yes", "y", "1"];
/** Words read as no (lower case). */
export const NO_WORDS: readonly string[] = ["nej", "n", "falsk", "false", "no", "0"];

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/**
 * A yes/no value: TRUE/FALSE, 1/0, or one of {@link YES_WORDS} / {@link NO_WORDS} in any case
 * and spacing. Returns null for anything else (blank included), so the caller can say what it
 * expected.
 */
export function parseYesNo(v: string | number | boolean | null | undefined): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== "string") return null;
  const key = v.trim().toLocaleLowerCase("da-DK");
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
