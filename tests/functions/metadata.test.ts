import * as path from "path";
import * as ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { catalogueProblems, descriptionProblems, localizeMetadata } from "../../src/functions/localize-metadata";
import { CATALOGUE, FUNCTIONS, type FunctionSpec } from "../../src/functions/catalogue";
import { DESCRIPTIONS, type FunctionDescriptions } from "../../src/functions/descriptions";
import { metadataProblems } from "./metadata-rules";

const FUNCTIONS_TS = path.join(__dirname, "../../src/functions/functions.ts");

interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; description: string; type: string; dimensionality?: string; optional?: boolean }[];
  result: unknown;
  options?: unknown;
  [key: string]: unknown;
}

let english: { functions: Fn[] };
let englishJson: string;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
  expect(generated.errors).toEqual([]);
  englishJson = generated.metadataJson;
  english = JSON.parse(englishJson);
});

/** Names of the functions functions.ts exports, read from its syntax tree. */
function exportedFunctions(): string[] {
  const source = ts.createSourceFile(FUNCTIONS_TS, ts.sys.readFile(FUNCTIONS_TS) as string, ts.ScriptTarget.Latest, true);
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((d) => d.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .map((d) => d.name?.text as string);
}

test("every exported function has metadata, and the issue's functions are all there", () => {
  expect(english.functions).toHaveLength(exportedFunctions().length);
  const ids = english.functions.map((f) => f.id);
  for (const id of ["SELFSUFFICIENCY", "OUTCOMESHARES", "ROI", "NPV", "NETGAIN", "PAYBACK", "VARIANCE", "TARGETPROGRESS", "PROJECTCASELOAD", "REFUNDRATE", "NETCOST", "SAVINGS"]) {
    expect(ids).toContain(id);
  }
});

test("every function has a description, a help URL into the docs and described parameters", () => {
  for (const f of english.functions) {
    expect(f.description.length).toBeGreaterThan(10);
    expect(f.helpUrl).toBe(`https://localhost:3000/docs/functions.html#${f.id.toLowerCase()}`);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
  }
});

test("spilling functions declare a matrix result", () => {
  const spill = english.functions.filter((f) => JSON.stringify(f.result).includes("matrix")).map((f) => f.id);
  expect(spill.sort()).toEqual(["OUTCOMESHARES", "PROJECTCASELOAD", "VARIANCE"]);
});

/** The descriptions of function `id`, indexable by any parameter name. */
const describedAs = (id: string): FunctionDescriptions => DESCRIPTIONS[id as keyof typeof DESCRIPTIONS];

test("the catalogue and the descriptions match functions.ts exactly: ids, parameter names and order, optional flags, dimensionality, English descriptions", () => {
  expect(catalogueProblems(english)).toEqual([]);
  // The same facts, compared directly, so a failure shows the difference.
  expect(english.functions.map((f) => f.id)).toEqual(Object.keys(FUNCTIONS));
  expect(Object.keys(DESCRIPTIONS)).toEqual(Object.keys(FUNCTIONS));
  for (const f of english.functions) {
    const spec = CATALOGUE[f.id as keyof typeof FUNCTIONS];
    const described = describedAs(f.id);
    expect(f.description).toBe(described.description.en);
    expect(f.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar", p.description])).toEqual(
      spec.parameters.map((p) => [p.name, p.optional === true, ["flows", "series", "cells", "labels"].includes(p.kind) ? "matrix" : "scalar", described.parameters[p.name]?.en]),
    );
    expect(Object.keys(described.parameters)).toEqual(spec.parameters.map((p) => p.name));
  }
});

test("every function and parameter has a description in both languages, and only those the catalogue declares", () => {
  expect(descriptionProblems()).toEqual([]);
  for (const [id, spec] of Object.entries(CATALOGUE)) {
    const described = describedAs(id);
    for (const text of [described.description, ...spec.parameters.map((p) => described.parameters[p.name])]) {
      expect(text?.da.trim()).toBeTruthy();
      expect(text?.en.trim()).toBeTruthy();
    }
  }
});

test("a missing, empty or stray description is reported, and the build step refuses it", () => {
  const roi = DESCRIPTIONS.ROI;
  const { rate: _rate, ...withoutRate } = roi.parameters;
  const drift = (ROI: FunctionDescriptions | undefined) => descriptionProblems(CATALOGUE, { ...DESCRIPTIONS, ROI }).join("\n");
  expect(drift({ ...roi, parameters: withoutRate })).toMatch(/ROI.rate: no description in src\/functions\/descriptions.ts/);
  expect(drift(undefined)).toMatch(/ROI: no description/);
  expect(drift({ ...roi, description: { ...roi.description, da: " " } })).toMatch(/ROI: the da description is empty/);
  expect(drift({ ...roi, parameters: { ...roi.parameters, timing: { ...roi.parameters.timing, en: "" } } })).toMatch(/ROI.timing: the en description is empty/);
  expect(drift({ ...roi, parameters: { ...roi.parameters, interest: roi.parameters.rate } })).toMatch(/ROI.interest: described, but not in the catalogue/);
  expect(descriptionProblems(CATALOGUE, { ...DESCRIPTIONS, NEWFN: roi }).join("\n")).toMatch(/NEWFN: described, but not in the catalogue/);
  // The same problems stop functions.da.json.
  expect(catalogueProblems(english, CATALOGUE, { ...DESCRIPTIONS, ROI: { ...roi, parameters: withoutRate } }).join("\n")).toMatch(/ROI.rate: no description/);
});

test("the Danish metadata keeps ids, types and options and changes only names and descriptions", () => {
  const danish = JSON.parse(localizeMetadata(englishJson, "da")) as { functions: Fn[] };
  expect(danish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  danish.functions.forEach((d, i) => {
    const e = english.functions[i] as Fn;
    expect(d.result).toEqual(e.result);
    expect(d.options).toEqual(e.options);
    expect(d.helpUrl).toEqual(e.helpUrl);
    expect(d.parameters.map(({ name: _n, description: _d, ...rest }) => rest)).toEqual(e.parameters.map(({ name: _n, description: _d, ...rest }) => rest));
    const spec = CATALOGUE[e.id as keyof typeof FUNCTIONS];
    const described = describedAs(e.id);
    expect(d.name).toBe(spec.danish);
    expect(d.description).toBe(described.description.da);
    expect(d.parameters.map((p) => [p.name, p.description])).toEqual(spec.parameters.map((p) => [p.danish, described.parameters[p.name]?.da]));
  });
  const names = danish.functions.map((f) => f.name);
  expect(names).toEqual(expect.arrayContaining(["SELVFORSØRGELSE", "AFKAST", "NUTIDSVÆRDI", "TILBAGEBETALINGSTID", "AFVIGELSE"]));
});

test("a catalogue that drifts from functions.ts is reported, and the build step refuses it", () => {
  const roi = CATALOGUE.ROI;
  const [investment] = roi.parameters as FunctionSpec["parameters"];
  const drifted: Record<string, FunctionSpec> = { ...CATALOGUE, ROI: { ...roi, parameters: [{ ...investment!, name: "investering" }] }, EXTRA: CATALOGUE.NPV };
  const problems = catalogueProblems(english, drifted);
  expect(problems.join("\n")).toMatch(/ROI: parameters differ/);
  expect(problems.join("\n")).toMatch(/the catalogue has EXTRA, which functions.ts does not define/);
  const bad = { ...english, functions: [...english.functions, { ...english.functions[0]!, id: "NEWFN" }] };
  expect(() => localizeMetadata(JSON.stringify(bad), "da")).toThrow(/NEWFN has no entry in src\/functions\/catalogue.ts/);
});

test("each fact the TSDoc and the catalogue share is compared: optional flag, dimensionality, descriptions, result, order", () => {
  const roi = CATALOGUE.ROI;
  const [investment, savings, rate, timing] = roi.parameters as FunctionSpec["parameters"];
  const drift = (spec: FunctionSpec) => catalogueProblems(english, { ...CATALOGUE, ROI: spec }).join("\n");
  const roiText = DESCRIPTIONS.ROI;
  const driftText = (ROI: FunctionDescriptions) => catalogueProblems(english, CATALOGUE, { ...DESCRIPTIONS, ROI }).join("\n");
  expect(drift({ ...roi, parameters: [investment!, savings!, { ...rate!, optional: false }, timing!] })).toMatch(/ROI.rate: optional is true in functions.ts, false in the catalogue/);
  expect(drift({ ...roi, parameters: [investment!, savings!, { ...rate!, kind: "series" }, timing!] })).toMatch(/ROI.rate: functions.ts takes a scalar, the catalogue's series a matrix/);
  expect(drift({ ...roi, parameters: [{ ...investment!, kind: "number" }, savings!, rate!, timing!] })).toMatch(/ROI.investment: functions.ts takes a matrix/);
  expect(driftText({ ...roiText, parameters: { ...roiText.parameters, rate: { ...roiText.parameters.rate, en: "Rate." } } })).toMatch(/ROI.rate: English description differs/);
  expect(driftText({ ...roiText, description: { ...roiText.description, en: "Return." } })).toMatch(/ROI: English description differs/);
  expect(drift({ ...roi, result: "spill" })).toMatch(/ROI: functions.ts returns a scalar, the catalogue a spill/);
  expect(drift({ ...roi, danish: "NUTIDSVÆRDI" })).toMatch(/Danish name "NUTIDSVÆRDI" is used twice/);
  const { ROI: _roi, ...rest } = CATALOGUE;
  expect(catalogueProblems(english, { ROI: roi, ...rest }).join("\n")).toMatch(/keep one order/);
});

describe("Microsoft's documented metadata rules (tests/functions/metadata-rules.ts)", () => {
  test("functions.json and functions.da.json keep them: ids, names, option combinations, dimensionality, lengths", () => {
    expect(metadataProblems(english)).toEqual([]);
    expect(metadataProblems(JSON.parse(localizeMetadata(englishJson, "da")))).toEqual([]);
  });
  test("requiresParameterAddresses only where the result is a matrix: the spilling functions", () => {
    const withAddresses = english.functions.filter((f) => (f.options as { requiresParameterAddresses?: boolean } | undefined)?.requiresParameterAddresses === true);
    expect(withAddresses.map((f) => f.id).sort()).toEqual(["OUTCOMESHARES", "PROJECTCASELOAD", "VARIANCE"]);
  });
  test("data types on, error arguments left to Excel: what docs/functions.md#fejl-i-argumenter says", () => {
    // allowCustomDataForDataTypeAny: a formatted number arrives as { type, basicValue } (read by
    // its basic value). allowErrorForDataTypeAny stays off (default false): Excel returns an
    // argument's error without calling the function, as the docs tell the user.
    for (const metadata of [english, JSON.parse(localizeMetadata(englishJson, "da"))]) {
      expect((metadata as Record<string, unknown>).allowCustomDataForDataTypeAny).toBe(true);
      expect((metadata as Record<string, unknown>).allowErrorForDataTypeAny).toBeUndefined();
    }
  });
  test("each rule reports what breaks it", () => {
    const base = english.functions[2] as Fn;
    const one = (changes: Partial<Fn>) => metadataProblems({ functions: [{ ...base, ...changes }] }).join("\n");
    expect(one({ options: { requiresParameterAddresses: true }, result: { dimensionality: "scalar" } })).toMatch(/requiresParameterAddresses needs a result of dimensionality "matrix"/);
    expect(one({ id: "ROI_2" })).toMatch(/id has characters other than/);
    expect(one({ id: "R" })).toMatch(/id must have 3 to 128/);
    expect(one({ name: "ARK1" })).toMatch(/is a cell reference/);
    expect(one({ name: "R1C1" })).toMatch(/is a cell reference/);
    expect(one({ name: "XFD1048576" })).toMatch(/is a cell reference/);
    expect(one({ name: "XFE1" })).toBe("");
    expect(one({ name: "RUN" })).toMatch(/Excel 4.0 macro function/);
    expect(one({ name: "1AFKAST" })).toMatch(/must start with a letter/);
    expect(one({ name: "AF KAST" })).toMatch(/must start with a letter and hold only/);
    expect(one({ name: "A".repeat(129) })).toMatch(/3 to 128/);
    expect(one({ options: { stream: true, volatile: true } })).toMatch(/stream and volatile/);
    expect(one({ options: { requiresStreamAddress: true } })).toMatch(/without stream/);
    expect(one({ parameters: [{ name: "x", description: "", type: "any", dimensionality: "cube" }] })).toMatch(/dimensionality "cube"/);
    expect(metadataProblems({ functions: [base, base] }).join("\n")).toMatch(/id used twice/);
    expect(metadataProblems({ allowErrorForDataTypeAny: "yes", functions: [] }).join("\n")).toMatch(/not a boolean/);
  });
});
