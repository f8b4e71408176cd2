/**
 * One production webpack build (Node API, temp output dir) and checks of what it ships: the
 * rebased manifest, the shared-runtime page, and English + Danish function metadata that agree.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { XMLParser } from "fast-xml-parser";
import { reportDa } from "../src/i18n/report-da";
import { reportEn } from "../src/i18n/report-en";
import { metadataProblems } from "./functions/metadata-rules";
import { loadedBy, PANE_BUDGET_GZIP_BYTES, sizes } from "./pane-size";

jest.setTimeout(180_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<webpack.Configuration>;

const baseUrl = "https://kik.example.dk/addin/";
const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let outDir = "";
let stats: webpack.Stats | undefined;

function read(file: string): string {
  return fs.readFileSync(path.join(outDir, file), "utf8");
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-build-"));
  const savedBaseUrl = process.env.KIK_BASE_URL;
  process.env.KIK_BASE_URL = baseUrl;
  try {
    const config = await makeConfig({ WEBPACK_BUILD: true, production: true }, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    const compiler = webpack(config);
    stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, result) => {
        compiler.close(() => (err || !result ? reject(err ?? new Error("no stats")) : resolve(result)));
      })
    );
  } finally {
    if (savedBaseUrl === undefined) delete process.env.KIK_BASE_URL;
    else process.env.KIK_BASE_URL = savedBaseUrl;
  }
});

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("production build", () => {
  test("finishes without errors or warnings", () => {
    const json = stats!.toJson({ all: false, errors: true, warnings: true });
    expect((json.errors ?? []).map((e) => e.message)).toEqual([]);
    expect((json.warnings ?? []).map((w) => w.message)).toEqual([]);
  });

  test("ships a manifest rebased onto KIK_BASE_URL, https only, with the KIK namespace", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toContain(`${baseUrl}taskpane.html`);
    expect(manifest).not.toContain("localhost");
    // xmlns values are schema names, not URLs anything loads.
    expect(manifest.replace(/\sxmlns(?::\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//i);

    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(manifest);
    const strings = doc.OfficeApp.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"] as Record<string, string>[];
    const namespace = strings.find((s) => s["@_id"] === "Functions.Namespace");
    expect(namespace?.["@_DefaultValue"]).toBe("KIK");
  });

  test("emits every file the production manifest points at", () => {
    const manifest = read("manifest.xml");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    const missing = urls.filter((u) => !u.startsWith(baseUrl) || !fs.existsSync(path.join(outDir, u.slice(baseUrl.length))));
    expect(missing).toEqual([]);
  });

  test("ships taskpane.html that loads the emitted bundles and no other network resource than office.js", () => {
    const html = read("taskpane.html");
    // The HTML is minified, so attribute quotes may be gone.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
    const local = scripts.filter((s) => !/^https?:/.test(s)).map((s) => s.split("?")[0]!);
    expect(local).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    for (const file of local) expect(fs.existsSync(path.join(outDir, file))).toBe(true);
    expect([...html.matchAll(/https?:\/\/[^"'\s>)]+/g)].map((m) => m[0])).toEqual([officeJs]);
  });

  test("ships English and Danish function metadata with the same functions in the same order", () => {
    const english = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    const danish = JSON.parse(read("functions.da.json")) as { functions: { id: string }[] };
    expect(english.functions.length).toBeGreaterThan(0);
    expect(danish.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  });

  test("ships English and Danish metadata that keep Microsoft's documented rules", () => {
    for (const file of ["functions.json", "functions.da.json"]) expect([file, metadataProblems(JSON.parse(read(file)))]).toEqual([file, []]);
  });

  test("rebases every help link onto KIK_BASE_URL and ships the docs page with each anchor", () => {
    for (const file of ["functions.json", "functions.da.json"]) {
      const metadata = JSON.parse(read(file)) as { functions: { id: string; helpUrl?: string }[] };
      for (const f of metadata.functions) {
        expect(f.helpUrl).toBe(`${baseUrl}docs/functions.html#${f.id.toLowerCase()}`);
      }
    }
    const docs = read("docs/functions.html");
    const ids = (JSON.parse(read("functions.json")) as { functions: { id: string }[] }).functions.map((f) => f.id.toLowerCase());
    // The page is minified, so attribute quotes may be gone.
    for (const id of ids) expect(docs).toMatch(new RegExp(`id="?${id}"?[\\s>]`));
    expect(docs).not.toMatch(/<script/i);
  });

  test("loads at most 169 KB gzip at start, with the result sheets' code and texts on demand (issue 11)", () => {
    const start = loadedBy(outDir, "taskpane.html");
    expect(start.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    const { gzip } = sizes(start);
    expect(gzip).toBeLessThanOrEqual(PANE_BUDGET_GZIP_BYTES);
    // The report's texts (both languages) come with the plan builder's chunk, not at start.
    const onDemand = fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => path.join(outDir, f))
      .filter((f) => !start.includes(f));
    const holding = (text: string, files: string[]) =>
      files.filter((f) => fs.readFileSync(f, "utf8").includes(text)).map((f) => path.basename(f));
    for (const text of [reportDa.overviewTitle, reportEn.overviewTitle]) {
      expect(holding(text, start)).toEqual([]);
      expect(holding(text, onDemand).length).toBeGreaterThan(0);
    }
  });

  test("ships no source maps", () => {
    const maps = fs.readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith(".map"));
    expect(maps).toEqual([]);
  });
});
