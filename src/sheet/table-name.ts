/**
 * Excel tables as both writers make them: valid, workbook-unique table names, table references
 * in formulas following a rename, and header texts Excel accepts.
 */
import { message, type Language } from "../i18n";

/**
 * A valid table name: letters, digits, "_" and "." (anything else becomes "_"), starting with
 * a letter or "_", not shaped like a cell reference (A1, R1C1: "_" put in front), at most 255
 * characters. "KIK Økonomi 2016" → "KIK_Økonomi_2016"; "A1" → "_A1".
 */
export function sanitizeTableName(name: string): string {
  let s = name.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(s)) s = `_${s}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(s) || /^[Rr]\d*[Cc]\d*$/.test(s)) s = `_${s}`;
  return s.slice(0, 255);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `formula` with its structured references to renamed tables following the rename:
 * "SUM(KIKR_Sagstal[Antal])" with KIKR_Sagstal → KIKR_Sagstal_2 reads "SUM(KIKR_Sagstal_2[Antal])".
 * A name is only replaced where it stands whole before "[".
 */
export function renameInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  let f = formula;
  for (const [from, to] of renames) {
    f = f.replace(new RegExp(`(^|[^\\p{L}\\p{N}_.])${escapeRegExp(from)}\\[`, "gu"), `$1${to}[`);
  }
  return f;
}

/**
 * A planned formula as a writer puts it in a cell: without its leading "=" (if any), table
 * references following `renames` (planned → written name).
 */
export function writtenFormula(formula: string, renames?: ReadonlyMap<string, string>): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  return renames !== undefined && renames.size > 0 ? renameInFormula(f, renames) : f;
}

/** The renames among assigned table names (planned → written, where they differ). */
export function tableRenames(names: ReadonlyMap<string, string>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [from, to] of names) if (from !== to) renames.set(from, to);
  return renames;
}

/**
 * The names a new table may not take, as {@link assignTableNames} wants them: the workbook's
 * table names (those that stay) and defined names, lower-case.
 */
export function takenNames(tables: Iterable<string>, definedNames: Iterable<string>): Set<string> {
  const taken = new Set<string>();
  for (const name of tables) taken.add(name.toLowerCase());
  for (const name of definedNames) taken.add(name.toLowerCase());
  return taken;
}

/**
 * Free, valid names for planned tables, in order (planned name → name to write). Table names
 * share one namespace with defined names and compare without case: `taken` holds the lower-case
 * names in use and gets the new ones; a taken name gets "_2", "_3" … after its sanitised form.
 */
export function assignTableNames(
  tables: Iterable<{ readonly name: string }>,
  taken: Set<string>
): Map<string, string> {
  const result = new Map<string, string>();
  for (const table of tables) {
    const base = sanitizeTableName(table.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    result.set(table.name, name);
  }
  return result;
}

/**
 * A table's header texts as Excel requires them: not empty (a blank header is "Kolonne3" /
 * "Column3" after its position) and unique without case (a repeat gets 2, 3 … appended).
 * `texts` are the header cells' texts, left to right.
 */
export function tableHeaders(texts: readonly string[], language: Language): string[] {
  const used = new Set<string>();
  return texts.map((text, i) => {
    const trimmed = text.trim();
    const header =
      trimmed === "" ? message("common", "tableColumn", { n: String(i + 1) }, language) : trimmed;
    let unique = header;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${header}${n}`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
