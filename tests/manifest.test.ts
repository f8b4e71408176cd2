/**
 * Static checks of manifest.xml: the things Office rejects silently or late (unresolved resids,
 * a shared runtime split across pages, missing icons, untranslated ribbon text).
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const repoRoot = path.resolve(__dirname, "..");
const devBase = "https://localhost:3000/";
const xml = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

type XmlElement = { [key: string]: unknown };
type XmlNode = XmlElement | string;
interface Found {
  tag: string;
  path: string;
  node: XmlNode;
}

// Every element becomes an array, so repeated and single elements read the same way.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  ignoreDeclaration: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

function parse(): XmlElement {
  return parser.parse(xml) as XmlElement;
}

function walk(node: XmlElement, at: string, out: Found[]): Found[] {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    for (const item of value as XmlNode[]) {
      out.push({ tag: key, path: `${at}/${key}`, node: item });
      if (typeof item === "object") walk(item, `${at}/${key}`, out);
    }
  }
  return out;
}

function attr(node: XmlNode, name: string): string | undefined {
  if (typeof node === "string") return undefined;
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

function text(node: XmlNode): string | undefined {
  if (typeof node === "string") return node;
  const value = node["#text"];
  return typeof value === "string" ? value : undefined;
}

const all = walk(parse(), "", []);

function only(pathSuffix: string): Found {
  const matches = all.filter((f) => f.path.endsWith(pathSuffix));
  if (matches.length !== 1) throw new Error(`expected exactly one ${pathSuffix}, found ${matches.length}`);
  return matches[0]!;
}

function each(pathSuffix: string): Found[] {
  return all.filter((f) => f.path.endsWith(pathSuffix));
}

type ResourceKind = "image" | "url" | "shortString" | "longString";
interface Resource {
  id: string;
  kind: ResourceKind;
  node: XmlNode;
}

const resourcePaths: Record<ResourceKind, string> = {
  image: "/Resources/bt:Images/bt:Image",
  url: "/Resources/bt:Urls/bt:Url",
  shortString: "/Resources/bt:ShortStrings/bt:String",
  longString: "/Resources/bt:LongStrings/bt:String",
};

const resources: Resource[] = (Object.keys(resourcePaths) as ResourceKind[]).flatMap((kind) =>
  each(resourcePaths[kind]).map((f) => ({ id: attr(f.node, "id") ?? "", kind, node: f.node }))
);

function resource(id: string | undefined): Resource {
  const found = resources.filter((r) => r.id === id);
  if (found.length !== 1) throw new Error(`resid "${id}" is defined ${found.length} times`);
  return found[0]!;
}

function overrides(node: XmlNode, tag: "bt:Override" | "Override"): Map<string, string> {
  const list = typeof node === "string" ? [] : ((node[tag] as XmlNode[] | undefined) ?? []);
  return new Map(list.map((o) => [attr(o, "Locale") ?? "", attr(o, "Value") ?? ""]));
}

/** Every value a localisable element can take: the default and each override. */
function allValues(node: XmlNode, tag: "bt:Override" | "Override"): string[] {
  return [attr(node, "DefaultValue") ?? "", ...overrides(node, tag).values()];
}

const references = all.filter((f) => attr(f.node, "resid") !== undefined);

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("is a task pane add-in for Excel workbooks", () => {
    expect(attr(only("/OfficeApp").node, "xsi:type")).toBe("TaskPaneApp");
    expect(each("/OfficeApp/Hosts/Host").map((f) => attr(f.node, "Name"))).toEqual(["Workbook"]);
    expect(each("/VersionOverrides/Hosts/Host").map((f) => attr(f.node, "xsi:type"))).toEqual(["Workbook"]);
  });

  test("has a GUID as its id", () => {
    expect(text(only("/OfficeApp/Id").node)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("defaults to Danish", () => {
    expect(text(only("/OfficeApp/DefaultLocale").node)).toBe("da-DK");
  });

  test("asks for ReadWriteDocument", () => {
    expect(text(only("/OfficeApp/Permissions").node)).toBe("ReadWriteDocument");
  });

  test("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.3", () => {
    const sets = new Map(each("/Requirements/Sets/Set").map((f) => [attr(f.node, "Name"), attr(f.node, "MinVersion")]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.3");
  });

  test("runs functions, ribbon and task pane in one long-lived shared runtime page", () => {
    const runtimes = each("/Runtimes/Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!.node;
    expect(attr(runtime, "lifetime")).toBe("long");
    const page = attr(runtime, "resid");
    expect(page).toBeDefined();
    expect(attr(only("/ExtensionPoint/Page/SourceLocation").node, "resid")).toBe(page);
    expect(attr(only("/DesktopFormFactor/FunctionFile").node, "resid")).toBe(page);
    const showTaskpane = each("/Control/Action").filter((f) => attr(f.node, "xsi:type") === "ShowTaskpane");
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const action of showTaskpane) {
      expect(attr(only(`${action.path}/SourceLocation`).node, "resid")).toBe(page);
    }
    const pageUrl = attr(resource(page).node, "DefaultValue");
    expect(pageUrl).toBe(`${devBase}taskpane.html`);
    expect(attr(only("/DefaultSettings/SourceLocation").node, "DefaultValue")).toBe(pageUrl);
  });

  test("registers the custom functions under the namespace KIK in every language", () => {
    const ns = resource(attr(only("/ExtensionPoint/Namespace").node, "resid"));
    expect(ns.kind).toBe("shortString");
    expect(new Set(allValues(ns.node, "bt:Override"))).toEqual(new Set(["KIK"]));
  });

  test("serves Danish function metadata by default and English for en-US and en-GB", () => {
    const metadata = resource(attr(only("/ExtensionPoint/Metadata/SourceLocation").node, "resid"));
    expect(metadata.kind).toBe("url");
    expect(attr(metadata.node, "DefaultValue")).toBe(`${devBase}functions.da.json`);
    const english = overrides(metadata.node, "bt:Override");
    expect(english.get("en-US")).toBe(`${devBase}functions.json`);
    expect(english.get("en-GB")).toBe(`${devBase}functions.json`);
  });

  test("resolves every resid to exactly one resource of the right kind", () => {
    expect(references.length).toBeGreaterThan(0);
    const expectedKind = (f: Found): ResourceKind => {
      if (f.tag === "bt:Image") return "image";
      if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(f.tag)) return "url";
      if (f.tag === "Description") return "longString";
      return "shortString"; // Label, Title, Namespace
    };
    const problems: string[] = [];
    for (const ref of references) {
      const id = attr(ref.node, "resid");
      const target = resources.filter((r) => r.id === id);
      if (target.length !== 1) problems.push(`${ref.path}: resid ${id} defined ${target.length} times`);
      else if (target[0]!.kind !== expectedKind(ref)) {
        problems.push(`${ref.path}: resid ${id} is a ${target[0]!.kind}, expected ${expectedKind(ref)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("uses every resource it defines, each id once", () => {
    const used = new Set(references.map((f) => attr(f.node, "resid")));
    expect(resources.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
    const ids = resources.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test("gives every string an English (en-US and en-GB) override within Office's length limits", () => {
    const strings = resources.filter((r) => r.kind === "shortString" || r.kind === "longString");
    expect(strings.length).toBeGreaterThan(0);
    const localisable = [
      ...strings.map((r) => ({ id: r.id, node: r.node, tag: "bt:Override" as const, max: r.kind === "shortString" ? 125 : 250 })),
      { id: "DisplayName", node: only("/OfficeApp/DisplayName").node, tag: "Override" as const, max: 125 },
      { id: "Description", node: only("/OfficeApp/Description").node, tag: "Override" as const, max: 250 },
    ];
    const problems: string[] = [];
    for (const { id, node, tag, max } of localisable) {
      const english = overrides(node, tag);
      for (const locale of ["en-US", "en-GB"]) {
        const value = english.get(locale);
        if (!value?.trim()) problems.push(`${id}: no ${locale} override`);
        // A Danish letter in the English text means the override was left untranslated.
        else if (/[æøåÆØÅ]/.test(value)) problems.push(`${id}: ${locale} override looks Danish: ${value}`);
      }
      for (const value of allValues(node, tag)) {
        if (value.length > max) problems.push(`${id}: ${value.length} characters, Office allows ${max}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("ships every icon as a real PNG of the stated size under assets/", () => {
    const sizeFromId = (id: string): number => {
      const m = /^Icon\.(\d+)x(\d+)$/.exec(id);
      if (!m || m[1] !== m[2]) throw new Error(`image resource ${id} should be named Icon.NxN`);
      return Number(m[1]);
    };
    const icons: { what: string; url: string; size: number }[] = [
      { what: "IconUrl", url: attr(only("/OfficeApp/IconUrl").node, "DefaultValue") ?? "", size: 32 },
      { what: "HighResolutionIconUrl", url: attr(only("/OfficeApp/HighResolutionIconUrl").node, "DefaultValue") ?? "", size: 64 },
    ];
    for (const image of resources.filter((r) => r.kind === "image")) {
      for (const url of allValues(image.node, "bt:Override")) icons.push({ what: image.id, url, size: sizeFromId(image.id) });
    }
    // Where the ribbon uses an image, the size it asks for must be the image's size.
    for (const use of references.filter((f) => f.tag === "bt:Image")) {
      const id = attr(use.node, "resid")!;
      expect({ id, size: Number(attr(use.node, "size")) }).toEqual({ id, size: sizeFromId(id) });
    }
    expect(icons.length).toBeGreaterThan(2);
    for (const { what, url, size } of icons) {
      expect({ what, url: url.startsWith(`${devBase}assets/`) }).toEqual({ what, url: true });
      const file = path.join(repoRoot, url.slice(devBase.length));
      expect({ what, exists: fs.existsSync(file) }).toEqual({ what, exists: true });
      const png = fs.readFileSync(file);
      expect({ what, signature: png.subarray(0, 8).toString("hex") }).toEqual({ what, signature: "89504e470d0a1a0a" });
      expect({ what, chunk: png.toString("ascii", 12, 16) }).toEqual({ what, chunk: "IHDR" });
      expect({ what, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ what, width: size, height: size });
    }
  });

  test("keeps every URL under https://localhost:3000/ so the production build can rebase it", () => {
    const urls = all.flatMap((f) =>
      ["DefaultValue", "Value"].map((a) => attr(f.node, a)).filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v))
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(devBase))).toEqual([]);
  });
});
