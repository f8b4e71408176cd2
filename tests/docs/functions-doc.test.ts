/**
 * docs/functions.md documents every custom function: the anchor its helpUrl points at, its
 * Danish and English names, every parameter in both languages and both signatures, in the order
 * of functions.ts. The function list comes from the metadata generated from functions.ts, so a
 * function added without documentation fails here.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE, type FunctionSpec, type ParameterSpec } from "../../src/functions/catalogue";

const ROOT = path.join(__dirname, "../..");
const FUNCTIONS_TS = path.join(ROOT, "src/functions/functions.ts");
const FUNCTIONS_MD = path.join(ROOT, "docs/functions.md");
const CONVENTIONS_MD = path.join(ROOT, "docs/conventions.md");

interface Param {
  name: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  helpUrl?: string;
  parameters: Param[];
}

let functions: Fn[];
const functionsDoc = fs.readFileSync(FUNCTIONS_MD, "utf8");
const conventionsDoc = fs.readFileSync(CONVENTIONS_MD, "utf8");

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: Fn[] }).functions;
});

/** The anchor line a function's section starts with; its id is the helpUrl fragment. */
const anchor = (id: string) => `<a id="${id.toLowerCase()}"></a>`;

/** All occurrences of `needle` in `text`. */
function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The signature as the docs write it: optional parameters in brackets, `;` in Danish, `,` in English. */
function signature(name: string, params: readonly { name: string; optional: boolean }[], separator: string): string {
  return `=KIK.${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator)})`;
}

/**
 * Every way `doc` fails to document `fns`; empty when it documents them all.
 * A section runs from a function's anchor to the next function's anchor (or the end).
 */
function docProblems(fns: readonly Fn[], doc: string, danish: Readonly<Record<string, FunctionSpec>> = CATALOGUE): string[] {
  const problems: string[] = [];
  const positions = fns.map((f) => doc.indexOf(anchor(f.id)));
  const starts = positions.filter((p) => p >= 0).sort((a, b) => a - b);
  let previous = -1;
  fns.forEach((f, i) => {
    const a = anchor(f.id);
    const fragment = f.helpUrl?.split("#")[1];
    if (fragment !== f.id.toLowerCase()) problems.push(`${f.id}: helpUrl fragment "${fragment}" is not "${f.id.toLowerCase()}"`);
    const at = positions[i] as number;
    if (at < 0) {
      problems.push(`${f.id}: docs/functions.md has no anchor ${a}`);
      return;
    }
    if (count(doc, a) !== 1) problems.push(`${f.id}: anchor ${a} appears ${count(doc, a)} times`);
    if (at < previous) problems.push(`${f.id}: its section comes before the previous function's; keep the order of functions.ts`);
    previous = at;
    const end = starts.find((p) => p > at) ?? doc.length;
    const section = doc.slice(at, end);
    const da = danish[f.id];
    if (da === undefined) {
      problems.push(`${f.id}: no Danish entry to document`);
      return;
    }
    const heading = `## KIK.${da.danish} · KIK.${f.id}`;
    if (!section.includes(heading)) problems.push(`${f.id}: section lacks the heading "${heading}"`);
    for (const name of [`KIK.${f.id}`, `KIK.${da.danish}`]) if (!section.includes(name)) problems.push(`${f.id}: section does not mention ${name}`);
    const english = f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }));
    const danishParams = f.parameters.map((p) => ({ name: da.parameters.find((q) => q.name === p.name)?.danish ?? `?${p.name}`, optional: p.optional === true }));
    for (const p of [...english, ...danishParams]) {
      if (!section.includes(`| ${p.name} |`)) problems.push(`${f.id}: parameter table lacks ${p.name}`);
    }
    const signatures = [signature(da.danish, danishParams, "; "), signature(f.id, english, ", ")];
    for (const s of signatures) if (!section.includes(s)) problems.push(`${f.id}: section lacks the signature ${s}`);
  });
  const headings = doc.match(/^## KIK\./gm)?.length ?? 0;
  if (headings !== fns.length) problems.push(`docs/functions.md has ${headings} function headings for ${fns.length} functions`);
  return problems;
}

/** Anchor ids declared in a document. */
function anchors(doc: string): Set<string> {
  return new Set([...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1] as string));
}

/** Links `](file.md#id)` or `](#id)` whose anchor does not exist. */
function brokenLinks(doc: string, docs: Readonly<Record<string, string>>, self: string): string[] {
  const broken: string[] = [];
  for (const m of doc.matchAll(/\]\(([\w-]+\.md)?#([^)\s]+)\)/g)) {
    const file = m[1] ?? self;
    const target = docs[file];
    if (target === undefined || !anchors(target).has(m[2] as string)) broken.push(`${self}: link to ${file}#${m[2]}`);
  }
  return broken;
}

test("the metadata lists the functions to document", () => {
  expect(functions.length).toBeGreaterThanOrEqual(15);
  expect(Object.keys(CATALOGUE).sort()).toEqual(functions.map((f) => f.id).sort());
});

test("every function has a section at its helpUrl anchor, with both names, all parameters and both signatures, in the order of functions.ts", () => {
  expect(docProblems(functions, functionsDoc)).toEqual([]);
});

test("each anchor matches the helpUrl fragment and the anchors appear in the order of the functions", () => {
  const positions = functions.map((f) => {
    expect(f.helpUrl?.endsWith(`#${f.id.toLowerCase()}`)).toBe(true);
    expect(functionsDoc).toContain(anchor(f.id));
    return functionsDoc.indexOf(anchor(f.id));
  });
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test("a function added without docs, or documented out of order, is reported", () => {
  const extra: Fn = { id: "NEWFN", name: "NEWFN", helpUrl: "https://localhost:3000/docs/functions.html#newfn", parameters: [{ name: "x" }] };
  const newFn: FunctionSpec = {
    danish: "NYFN",
    result: "scalar",
    parameters: [{ name: "x", danish: "x_da", kind: "number" }],
  };
  const danish = { ...CATALOGUE, NEWFN: newFn };
  expect(docProblems([...functions, extra], functionsDoc, danish)).toEqual(
    expect.arrayContaining([expect.stringMatching(/NEWFN: docs\/functions.md has no anchor <a id="newfn"><\/a>/)]),
  );
  const swapped = [functions[1], functions[0], ...functions.slice(2)] as Fn[];
  expect(docProblems(swapped, functionsDoc).join("\n")).toMatch(/keep the order of functions.ts/);
  const renamed = functions.map((f, i) => (i === 0 ? { ...f, parameters: [...f.parameters, { name: "newParam", optional: true }] } : f));
  const first = CATALOGUE[renamed[0]!.id as keyof typeof CATALOGUE];
  const newParam: ParameterSpec = { name: "newParam", danish: "ny_param", kind: "number", optional: true };
  const danishRenamed = { ...CATALOGUE, [renamed[0]!.id]: { ...first, parameters: [...first.parameters, newParam] } };
  expect(docProblems(renamed, functionsDoc, danishRenamed).join("\n")).toMatch(/parameter table lacks newParam[\s\S]*lacks ny_param/);
});

test("links between the docs point at anchors that exist", () => {
  const docs = { "functions.md": functionsDoc, "conventions.md": conventionsDoc };
  expect([...brokenLinks(functionsDoc, docs, "functions.md"), ...brokenLinks(conventionsDoc, docs, "conventions.md")]).toEqual([]);
});
