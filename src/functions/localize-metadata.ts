/**
 * Builds the Danish custom-functions metadata (functions.da.json) from the English
 * functions.json that custom-functions-metadata generates from `functions.ts`, so ids, types,
 * dimensionality and options can never drift apart: only names and descriptions change.
 * Used by the webpack build and by the tests.
 */
import { DANISH, type DanishFunction } from "./danish";

/** The parts of functions.json this module reads and writes. */
interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [key: string]: unknown;
}
interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/** Excel's rule for custom-function names (the same one custom-functions-metadata applies). */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;

/**
 * Every way the Danish catalogue disagrees with the English metadata; empty when they match.
 * Checks: same function ids, same parameter names in the same order, valid and unique
 * Danish names, and a description for every function and parameter.
 */
export function catalogueProblems(
  english: Metadata,
  danish: Readonly<Record<string, DanishFunction>> = DANISH
): string[] {
  const problems: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(danish))
    if (!ids.has(id))
      problems.push(`Danish catalogue has ${id}, which functions.ts does not define`);
  const names = new Set<string>();
  for (const f of english.functions) {
    const da = danish[f.id];
    if (da === undefined) {
      problems.push(`${f.id} has no Danish entry in src/functions/danish.ts`);
      continue;
    }
    if (!VALID_NAME.test(da.name))
      problems.push(`${f.id}: Danish name "${da.name}" is not a valid function name`);
    if (names.has(da.name)) problems.push(`${f.id}: Danish name "${da.name}" is used twice`);
    names.add(da.name);
    if (da.description.trim() === "") problems.push(`${f.id}: Danish description is empty`);
    const englishParams = f.parameters.map((p) => p.name);
    const danishParams = Object.keys(da.parameters);
    if (englishParams.join(",") !== danishParams.join(",")) {
      problems.push(
        `${f.id}: parameters differ: functions.ts has [${englishParams.join(", ")}], danish.ts has [${danishParams.join(", ")}]`
      );
    }
    for (const [key, p] of Object.entries(da.parameters)) {
      if (p.name.trim() === "" || p.description.trim() === "")
        problems.push(`${f.id}.${key}: Danish name or description is empty`);
    }
  }
  return problems;
}

/**
 * The metadata for `lang`, as JSON text.
 * @throws Error listing every mismatch between the English metadata and the Danish catalogue
 */
export function localizeMetadata(englishJson: string, lang: "da"): string {
  if (lang !== "da") throw new Error(`No metadata catalogue for language "${lang}"`);
  const english = JSON.parse(englishJson) as Metadata;
  const problems = catalogueProblems(english);
  if (problems.length > 0)
    throw new Error(
      `Danish function metadata does not match functions.ts:\n- ${problems.join("\n- ")}`
    );
  const localized: Metadata = {
    ...english,
    functions: english.functions.map((f) => {
      const da = DANISH[f.id] as DanishFunction;
      return {
        ...f,
        name: da.name,
        description: da.description,
        parameters: f.parameters.map((p) => {
          const dp = da.parameters[p.name] as { name: string; description: string };
          return { ...p, name: dp.name, description: dp.description };
        }),
      };
    }),
  };
  return JSON.stringify(localized, null, 2);
}
