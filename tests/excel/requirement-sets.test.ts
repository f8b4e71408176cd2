/**
 * Every Office.js member used under src/, with its requirement set as `@types/office-js` (and
 * `@types/custom-functions-runtime`) annotate it ("[Api set: ExcelApi 1.13]", "Requirement set:
 * SharedRuntime 1.1"), checked against what the add-in declares in manifest.xml or checks at run
 * time with `isSetSupported` (src/excel/requirements.ts). The members of our structural
 * interfaces (src/excel/office-api.ts, `XlRange` …) count as the Excel class they stand for.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { XMLParser } from "fast-xml-parser";
import { TASK_PANE_REQUIREMENT, taskPaneSupported } from "../../src/excel/requirements";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const OFFICE_API = path.join(SRC, "excel", "office-api.ts");

interface Requirement {
  readonly set: string;
  readonly version: string;
}

interface Use extends Requirement {
  readonly member: string;
  readonly file: string;
}

/** The requirement set in the JSDoc before a declaration, if any. */
function requirementOf(node: ts.Node): Requirement | null {
  const source = node.getSourceFile();
  const doc = source.text.slice(node.getFullStart(), node.getStart(source));
  const m =
    /\[Api set: (\w+) ([\d.]+)/.exec(doc) ??
    /Requirement set\*\*: \{@link [^|}]*\|\s*(\w+) ([\d.]+)\s*\}/.exec(doc);
  return m === null ? null : { set: m[1] as string, version: m[2] as string };
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The Excel class a structural interface of office-api.ts stands for ("XlRange" -> "Range"). */
function excelClassOf(iface: string): string | null {
  const special: Record<string, string | null> = {
    XlContext: "RequestContext",
    XlObject: null,
    XlSettings: null,
    XlAsyncResult: null,
  };
  return iface in special ? (special[iface] as string | null) : iface.replace(/^Xl/, "");
}

function collectUses(): { uses: Use[]; unresolved: string[] } {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files(SRC), { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();

  // The Excel namespace's classes (and OfficeExtension's base classes) and their members' declarations.
  const excel = new Map<string, Map<string, ts.Node>>();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.includes("@types/office-js/")) continue;
    const visit = (node: ts.Node, inExcel: boolean): void => {
      if (ts.isModuleDeclaration(node)) {
        const name = node.name.getText(sf);
        ts.forEachChild(node, (c) =>
          visit(
            c,
            name === "Excel" || name === "OfficeExtension" || (inExcel && name !== "Interfaces")
          )
        );
        return;
      }
      if (ts.isModuleBlock(node)) return ts.forEachChild(node, (c) => visit(c, inExcel));
      if (
        inExcel &&
        (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) &&
        node.name !== undefined
      ) {
        const members = excel.get(node.name.text) ?? new Map<string, ts.Node>();
        for (const m of node.members)
          if (m.name !== undefined && !members.has(m.name.getText(sf)))
            members.set(m.name.getText(sf), m);
        excel.set(node.name.text, members);
      }
    };
    ts.forEachChild(sf, (c) => visit(c, false));
  }

  const uses: Use[] = [];
  const unresolved: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(SRC) || sf.fileName === OFFICE_API) continue;
    const file = path.relative(ROOT, sf.fileName);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const where = decl.getSourceFile().fileName;
          if (
            where.includes("@types/office-js/") ||
            where.includes("@types/custom-functions-runtime/")
          ) {
            const req = requirementOf(decl);
            if (req !== null) uses.push({ member: `${qualifiedName(decl)}`, file, ...req });
          } else if (where === OFFICE_API) {
            const iface =
              decl.parent !== undefined && ts.isInterfaceDeclaration(decl.parent)
                ? decl.parent.name.text
                : "";
            const cls = iface === "" ? null : excelClassOf(iface);
            if (cls === null) continue;
            // Members a class inherits from Office.js's base classes (sync, isNullObject …).
            const member = [cls, "ClientRequestContext", "ClientObject"]
              .map((c) => excel.get(c)?.get(node.name.text))
              .find((m) => m !== undefined);
            if (member === undefined) {
              unresolved.push(`${file}: ${iface}.${node.name.text} (Excel.${cls})`);
              continue;
            }
            const req = requirementOf(member);
            if (req !== null) uses.push({ member: `Excel.${cls}.${node.name.text}`, file, ...req });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { uses, unresolved };
}

/** "Office.Addin.onVisibilityModeChanged" for a declaration in a declaration file. */
function qualifiedName(decl: ts.Node): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n !== undefined; n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)))
      parts.unshift(name.text);
  }
  return parts.join(".");
}

/** The requirement sets manifest.xml declares. */
function manifestSets(): Map<string, string> {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "Set",
  }).parse(xml);
  const sets = doc.OfficeApp.Requirements.Sets.Set as {
    "@_Name": string;
    "@_MinVersion": string;
  }[];
  return new Map(sets.map((s) => [s["@_Name"], s["@_MinVersion"]]));
}

const atMost = (version: string, limit: string) => {
  const [a, b] = [version, limit].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a!.length, b!.length); i++)
    if ((a![i] ?? 0) !== (b![i] ?? 0)) return (a![i] ?? 0) < (b![i] ?? 0);
  return true;
};

let found: { uses: Use[]; unresolved: string[] };
beforeAll(() => {
  found = collectUses();
}, 120_000);

test("every Office.js member used under src/ is within what the manifest declares or the task pane checks at run time", () => {
  const declared = manifestSets();
  const taskPaneFace = (file: string) =>
    file.startsWith("src/excel/") || file.startsWith("src/taskpane/");
  const limitOf = (use: Use): string | undefined => {
    const manifest = declared.get(use.set);
    if (use.set === TASK_PANE_REQUIREMENT.set && taskPaneFace(use.file))
      return TASK_PANE_REQUIREMENT.version;
    // ExcelApi 1.1 comes with every Excel that runs custom functions.
    return manifest ?? (use.set === "ExcelApi" ? "1.1" : undefined);
  };
  const list = [...new Map(found.uses.map((u) => [`${u.member} (${u.file})`, u])).values()].sort(
    (a, b) => a.member.localeCompare(b.member)
  );
  const beyond = list.filter((u) => {
    const limit = limitOf(u);
    return limit === undefined || !atMost(u.version, limit);
  });
  if (process.env.KIK_LIST_OFFICE_MEMBERS === "1")
    console.log(list.map((u) => `${u.member}: ${u.set} ${u.version} (${u.file})`).join("\n"));
  expect(found.unresolved).toEqual([]);
  expect(beyond.map((u) => `${u.member} needs ${u.set} ${u.version} (${u.file})`)).toEqual([]);
  // The list itself: the members the issue names, at the sets the annotations give.
  const setOf = (member: string) => list.find((u) => u.member === member);
  expect(setOf("Excel.Range.getMergedAreasOrNullObject")).toMatchObject({
    set: "ExcelApi",
    version: "1.13",
  });
  expect(setOf("Excel.Worksheet.customProperties")).toMatchObject({
    set: "ExcelApi",
    version: "1.12",
  });
  expect(setOf("Excel.Application.suspendScreenUpdatingUntilNextSync")).toMatchObject({
    set: "ExcelApi",
    version: "1.9",
  });
  expect(setOf("Excel.Worksheet.freezePanes")).toMatchObject({ set: "ExcelApi", version: "1.7" });
  expect(setOf("Office.Addin.onVisibilityModeChanged")).toMatchObject({
    set: "SharedRuntime",
    version: "1.1",
  });
  expect(
    Math.max(
      ...list.filter((u) => u.set === "ExcelApi").map((u) => Number(u.version.split(".")[1]))
    )
  ).toBe(13);
});

test("the manifest declares what the functions' face needs; the task pane checks ExcelApi 1.13 at run time", () => {
  const declared = manifestSets();
  expect(declared.get("SharedRuntime")).toBe("1.1");
  expect(declared.get("CustomFunctionsRuntime")).toBe("1.3");
  expect(TASK_PANE_REQUIREMENT).toEqual({ set: "ExcelApi", version: "1.13" });
  const asked: [string, string | undefined][] = [];
  const checker = (supported: boolean) => ({
    isSetSupported: (name: string, version?: string) => {
      asked.push([name, version]);
      return supported;
    },
  });
  expect(taskPaneSupported(checker(true))).toBe(true);
  expect(taskPaneSupported(checker(false))).toBe(false);
  expect(taskPaneSupported(undefined)).toBe(false);
  expect(asked).toEqual([
    ["ExcelApi", "1.13"],
    ["ExcelApi", "1.13"],
  ]);
});
