/**
 * Which sheet names a report gets. Our own sheets (marked) are reused; a sheet with the
 * default name that KIK did not make is never touched: the report gets "KIK Overblik (2)".
 */
import type { Language } from "../i18n";
import type { ReportSheetKind } from "./plan";

/** Default names of the result sheets per language. */
export const DEFAULT_SHEET_NAMES: Readonly<
  Record<Language, Readonly<Record<ReportSheetKind, string>>>
> = {
  da: {
    overview: "KIK Overblik",
    economy: "KIK Økonomi",
    caseload: "KIK Sagstal",
    assumptions: "KIK Antagelser",
    sensitivity: "KIK Følsomhed",
  },
  en: {
    overview: "KIK Overview",
    economy: "KIK Economy",
    caseload: "KIK Caseload",
    assumptions: "KIK Assumptions",
    sensitivity: "KIK Sensitivity",
  },
};

/** A sheet that exists in the workbook, and which report sheet it is if KIK made it. */
export interface ExistingSheet {
  readonly name: string;
  readonly generatedKind: ReportSheetKind | null;
}

/**
 * The name each report sheet gets: the sheet KIK made before for that kind (whatever it is
 * called now), else the default name, else the default with " (2)", " (3)" … that is free.
 * Names are compared case-insensitively, as Excel does.
 */
export function resolveSheetNames(
  existing: readonly ExistingSheet[],
  language: Language
): Record<ReportSheetKind, string> {
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase("da-DK")));
  const result = {} as Record<ReportSheetKind, string>;
  const kinds = Object.keys(DEFAULT_SHEET_NAMES[language]) as ReportSheetKind[];
  for (const kind of kinds) {
    const ours = existing.find((s) => s.generatedKind === kind);
    if (ours !== undefined) result[kind] = ours.name;
  }
  for (const kind of kinds) {
    if (result[kind] !== undefined) continue;
    const base = DEFAULT_SHEET_NAMES[language][kind];
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase("da-DK")); n++) name = `${base} (${n})`;
    taken.add(name.toLocaleLowerCase("da-DK"));
    result[kind] = name;
  }
  return result;
}
