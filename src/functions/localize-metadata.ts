/**
 * Builds the Danish custom-functions metadata (functions.da.json) from the English
 * functions.json that custom-functions-metadata generates from `functions.ts` and the catalogue
 * (`catalogue.ts`), so ids, types, dimensionality and options can never drift apart: only names
 * and descriptions change. First it checks that the TSDoc and the catalogue describe the same
 * functions. Used by the webpack build and by the tests.
 */
import { CATALOGUE, type FunctionId, type FunctionSpec, type ParameterSpec } from "./catalogue";

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

/** Every way one parameter of functions.ts disagrees with the catalogue. */
function parameterProblems(where: string, english: MetadataParameter, p: ParameterSpec): string[] {
  const problems: string[] = [];
  if ((english.optional === true) !== (p.optional === true))
    problems.push(
      `${where}: optional is ${english.optional === true} in functions.ts, ${p.optional === true} in the catalogue`
    );
  const got = english.dimensionality ?? "scalar";
  const expected = dimensionality(RANGE_KINDS.has(p.kind));
  if (got !== expected)
    problems.push(`${where}: functions.ts takes a ${got}, the catalogue's ${p.kind} a ${expected}`);
  if ((english.description ?? "") !== p.description.en)
    problems.push(
      `${where}: English description differs: functions.ts "${english.description ?? ""}", catalogue "${p.description.en}"`
    );
  if (p.danish.trim() === "" || p.description.da.trim() === "")
    problems.push(`${where}: Danish name or description is empty`);
  return problems;
}

/**
 * Every way the catalogue disagrees with the English metadata generated from functions.ts;
 * empty when they match. Checks: the same function ids in the same order, the same parameter
 * names in the same order, optional flags, dimensionality of parameters and result, English
 * descriptions, and valid, unique Danish names with descriptions.
 */
export function catalogueProblems(
  english: Metadata,
  catalogue: Readonly<Record<string, FunctionSpec>> = CATALOGUE
): string[] {
  const problems: string[] = [];
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
    if (spec.description.da.trim() === "") problems.push(`${f.id}: Danish description is empty`);
    if ((f.description ?? "") !== spec.description.en)
      problems.push(
        `${f.id}: English description differs: functions.ts "${f.description ?? ""}", catalogue "${spec.description.en}"`
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
        ...parameterProblems(`${f.id}.${p.name}`, p, spec.parameters[i] as ParameterSpec)
      )
    );
  }
  return problems;
}

/**
 * The metadata for `lang`, as JSON text.
 * @throws Error listing every mismatch between the English metadata and the catalogue
 */
export function localizeMetadata(englishJson: string, lang: "da"): string {
  if (lang !== "da") throw new Error(`No metadata catalogue for language "${lang}"`);
  const english = JSON.parse(englishJson) as Metadata;
  const problems = catalogueProblems(english);
  if (problems.length > 0)
    throw new Error(
      `The function catalogue does not match functions.ts:\n- ${problems.join("\n- ")}`
    );
  const localized: Metadata = {
    ...english,
    functions: english.functions.map((f) => {
      const spec = CATALOGUE[f.id as FunctionId];
      return {
        ...f,
        name: spec.danish,
        description: spec.description.da,
        parameters: f.parameters.map((p, i) => {
          const dp = spec.parameters[i] as ParameterSpec;
          return { ...p, name: dp.danish, description: dp.description.da };
        }),
      };
    }),
  };
  return JSON.stringify(localized, null, 2);
}
