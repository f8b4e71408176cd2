/**
 * Builds the Danish custom-functions metadata (functions.da.json) from the English
 * functions.json that custom-functions-metadata generates from `functions.ts`, the catalogue
 * (`catalogue.ts`) and the descriptions (`descriptions.ts`), so ids, types, dimensionality and
 * options can never drift apart: only names and descriptions change. First it checks that the
 * TSDoc, the catalogue and the descriptions describe the same functions. Used by the webpack
 * build (through tsx, at build time) and by the tests; the add-in itself never loads it.
 */
import { CATALOGUE, type FunctionSpec, type ParameterSpec, type Text } from "./catalogue";
import { DESCRIPTIONS, type FunctionDescriptions } from "./descriptions";

/** The parts of functions.json this module reads and writes. */
interface MetadataParameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  [key: string]: unknown;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: unknown;
  [key: string]: unknown;
}
interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/** Excel's rule for custom-function names (the same one custom-functions-metadata applies). */
const VALID_NAME = /^\p{L}[\p{L}0-9._]*$/u;

/** Kinds that take a range (`any[][]` in functions.ts, dimensionality "matrix"). */
const RANGE_KINDS: ReadonlySet<ParameterSpec["kind"]> = new Set([
  "flows",
  "series",
  "cells",
  "labels",
]);

/** The dimensionality functions.json gives a value of this shape. */
function dimensionality(matrix: boolean): string {
  return matrix ? "matrix" : "scalar";
}

/** The descriptions to check, by function id (the real ones, or a drifted copy in a test). */
type DescriptionTable = Readonly<Record<string, FunctionDescriptions | undefined>>;

/** What is wrong with one description: missing, or empty in a language. */
function textProblems(where: string, text: Text | undefined): string[] {
  if (text === undefined) return [`${where}: no description in src/functions/descriptions.ts`];
  return (["da", "en"] as const)
    .filter((language) => (text[language] ?? "").trim() === "")
    .map((language) => `${where}: the ${language} description is empty`);
}

/**
 * Every function and parameter of `catalogue` that lacks a description in either language, and
 * every description of something the catalogue does not declare; empty when they match. (The
 * type of `DESCRIPTIONS` already refuses a missing entry; this also catches empty texts.)
 */
export function descriptionProblems(
  catalogue: Readonly<Record<string, FunctionSpec>> = CATALOGUE,
  descriptions: DescriptionTable = DESCRIPTIONS
): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(descriptions))
    if (!(id in catalogue)) problems.push(`${id}: described, but not in the catalogue`);
  for (const [id, spec] of Object.entries(catalogue)) {
    const described = descriptions[id];
    problems.push(...textProblems(id, described?.description));
    if (described === undefined) continue;
    const names = new Set(spec.parameters.map((p) => p.name));
    for (const p of spec.parameters)
      problems.push(...textProblems(`${id}.${p.name}`, described.parameters[p.name]));
    for (const name of Object.keys(described.parameters))
      if (!names.has(name)) problems.push(`${id}.${name}: described, but not in the catalogue`);
  }
  return problems;
}

/** Every way one parameter of functions.ts disagrees with the catalogue and its description. */
function parameterProblems(
  where: string,
  english: MetadataParameter,
  p: ParameterSpec,
  description: Text | undefined
): string[] {
  const problems: string[] = [];
  if ((english.optional === true) !== (p.optional === true))
    problems.push(
      `${where}: optional is ${english.optional === true} in functions.ts, ${p.optional === true} in the catalogue`
    );
  const got = english.dimensionality ?? "scalar";
  const expected = dimensionality(RANGE_KINDS.has(p.kind));
  if (got !== expected)
    problems.push(`${where}: functions.ts takes a ${got}, the catalogue's ${p.kind} a ${expected}`);
  if (description !== undefined && (english.description ?? "") !== description.en)
    problems.push(
      `${where}: English description differs: functions.ts "${english.description ?? ""}", descriptions.ts "${description.en}"`
    );
  if (p.danish.trim() === "") problems.push(`${where}: Danish name is empty`);
  return problems;
}

/**
 * Every way the catalogue and the descriptions disagree with the English metadata generated
 * from functions.ts; empty when they match. Checks: the same function ids in the same order, the
 * same parameter names in the same order, optional flags, dimensionality of parameters and
 * result, English descriptions, valid, unique Danish names, and a description in both languages
 * for every function and parameter ({@link descriptionProblems}).
 */
export function catalogueProblems(
  english: Metadata,
  catalogue: Readonly<Record<string, FunctionSpec>> = CATALOGUE,
  descriptions: DescriptionTable = DESCRIPTIONS
): string[] {
  const problems: string[] = descriptionProblems(catalogue, descriptions);
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(catalogue))
    if (!ids.has(id)) problems.push(`the catalogue has ${id}, which functions.ts does not define`);
  const order = Object.keys(catalogue).filter((id) => ids.has(id));
  const generated = english.functions.map((f) => f.id).filter((id) => id in catalogue);
  if (order.join(",") !== generated.join(","))
    problems.push(
      `the catalogue lists [${order.join(", ")}], functions.ts [${generated.join(", ")}]: keep one order`
    );
  const names = new Set<string>();
  for (const f of english.functions) {
    const spec = catalogue[f.id];
    if (spec === undefined) {
      problems.push(`${f.id} has no entry in src/functions/catalogue.ts`);
      continue;
    }
    if (!VALID_NAME.test(spec.danish))
      problems.push(`${f.id}: Danish name "${spec.danish}" is not a valid function name`);
    if (names.has(spec.danish))
      problems.push(`${f.id}: Danish name "${spec.danish}" is used twice`);
    names.add(spec.danish);
    const described = descriptions[f.id];
    if (described !== undefined && (f.description ?? "") !== described.description.en)
      problems.push(
        `${f.id}: English description differs: functions.ts "${f.description ?? ""}", descriptions.ts "${described.description.en}"`
      );
    const result =
      (f.result as { dimensionality?: string } | undefined)?.dimensionality ?? "scalar";
    if (result !== dimensionality(spec.result === "spill"))
      problems.push(`${f.id}: functions.ts returns a ${result}, the catalogue a ${spec.result}`);
    const englishParams = f.parameters.map((p) => p.name);
    const catalogueParams = spec.parameters.map((p) => p.name);
    if (englishParams.join(",") !== catalogueParams.join(",")) {
      problems.push(
        `${f.id}: parameters differ: functions.ts has [${englishParams.join(", ")}], the catalogue [${catalogueParams.join(", ")}]`
      );
      continue;
    }
    f.parameters.forEach((p, i) =>
      problems.push(
        ...parameterProblems(
          `${f.id}.${p.name}`,
          p,
          spec.parameters[i] as ParameterSpec,
          described?.parameters[p.name]
        )
      )
    );
  }
  return problems;
}

/**
 * The metadata for `lang`, as JSON text.
 * @throws Error listing every mismatch between the English metadata, the catalogue and the
 *   descriptions
 */
export function localizeMetadata(englishJson: string, lang: "da"): string {
  if (lang !== "da") throw new Error(`No metadata catalogue for language "${lang}"`);
  const english = JSON.parse(englishJson) as Metadata;
  const problems = catalogueProblems(english);
  if (problems.length > 0)
    throw new Error(
      `The function catalogue does not match functions.ts:\n- ${problems.join("\n- ")}`
    );
  const table: DescriptionTable = DESCRIPTIONS;
  const localized: Metadata = {
    ...english,
    functions: english.functions.map((f) => {
      // Checked above: every id has a catalogue entry and descriptions for all its parameters.
      const spec = CATALOGUE[f.id as keyof typeof CATALOGUE];
      const described = table[f.id] as FunctionDescriptions;
      return {
        ...f,
        name: spec.danish,
        description: described.description.da,
        parameters: f.parameters.map((p, i) => ({
          ...p,
          name: (spec.parameters[i] as ParameterSpec).danish,
          description: (described.parameters[p.name] as Text).da,
        })),
      };
    }),
  };
  return JSON.stringify(localized, null, 2);
}
