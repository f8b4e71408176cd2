/**
 * Open Packaging Conventions (ECMA-376 Part 2): part names, relationships and content types,
 * and the namespaces of the two SpreadsheetML conformance classes.
 *
 * Transitional and Strict packages differ in their namespaces and relationship types
 * (ECMA-376 Part 1 §A / ISO/IEC 29500-1 Strict), so relationships are recognised by the last
 * segment of their type ("worksheet", "table" …) and elements by their local name; parts KIK
 * adds use the namespaces of the package they go into.
 */
import { XmlScanner, escapeXml } from "./xml";

/** Namespaces and relationship-type prefix of a conformance class. */
export interface Conformance {
  readonly strict: boolean;
  /** SpreadsheetML main namespace. */
  readonly main: string;
  /** Namespace of `r:id` attributes. */
  readonly r: string;
  /** Prefix of officeDocument relationship types ("…/relationships/"). */
  readonly rel: string;
  /** DrawingML main (`a:`), chart (`c:`) and spreadsheet drawing (`xdr:`). */
  readonly drawing: string;
  readonly chart: string;
  readonly spreadsheetDrawing: string;
}

export const TRANSITIONAL: Conformance = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

export const STRICT: Conformance = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  r: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships/",
  drawing: "http://purl.oclc.org/ooxml/drawingml/main",
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
};

/** Namespace of relationship parts (the same in both classes). */
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Namespace of `[Content_Types].xml`. */
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CONTENT_TYPES_PART = "[Content_Types].xml";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

/** Content types of the parts KIK reads or writes. */
export const CONTENT_TYPE = {
  workbook: `${SML}sheet.main+xml`,
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  template: `${SML}template.main+xml`,
  macroTemplate: "application/vnd.ms-excel.template.macroEnabled.main+xml",
  addIn: "application/vnd.ms-excel.addin.macroEnabled.main+xml",
  binaryWorkbook: "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
  worksheet: `${SML}worksheet+xml`,
  styles: `${SML}styles+xml`,
  sharedStrings: `${SML}sharedStrings+xml`,
  table: `${SML}table+xml`,
  calcChain: `${SML}calcChain+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

/** The file extension a workbook of each main content type must have for Excel to open it. */
export const EXTENSION_OF_CONTENT_TYPE: Readonly<Record<string, string>> = {
  [CONTENT_TYPE.workbook]: "xlsx",
  [CONTENT_TYPE.macroWorkbook]: "xlsm",
  [CONTENT_TYPE.template]: "xltx",
  [CONTENT_TYPE.macroTemplate]: "xltm",
  [CONTENT_TYPE.addIn]: "xlam",
};

/** Relationship types outside the officeDocument family (the same in both classes). */
export const PACKAGE_REL = {
  coreProperties:
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

/** A relationship read from a `.rels` part. */
export interface Relationship {
  readonly id: string;
  /** The full type URI. */
  readonly type: string;
  /** The last segment of the type ("worksheet", "officeDocument" …). */
  readonly kind: string;
  /** The target part's name (no leading "/"), or the URI as written when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The `.rels` part of a source part ("" = the package): "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(source: string): string {
  if (source === "") return "_rels/.rels";
  const i = source.lastIndexOf("/");
  return `${source.slice(0, i + 1)}_rels/${source.slice(i + 1)}.rels`;
}

/** The source part of a `.rels` part (the inverse of {@link relsPartOf}), or null. */
export function sourceOfRelsPart(rels: string): string | null {
  if (rels.toLowerCase() === "_rels/.rels") return "";
  const m = /^(.*?)_rels\/([^/]+)\.rels$/i.exec(rels);
  return m === null ? null : `${m[1] as string}${m[2] as string}`;
}

/** The folder of a part with its trailing "/" ("xl/workbook.xml" → "xl/"). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target resolved against its source part: a part name without leading "/". */
export function resolveTarget(source: string, target: string): string {
  const clean = decodeURIComponentSafe(target.split("#")[0] ?? "");
  if (clean.startsWith("/")) return normalise(clean.slice(1));
  return normalise(folderOf(source) + clean);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The target of `part` written relative to `source`'s folder, as Office writes targets. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The last segment of a relationship type URI. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The relationships of `source` from its `.rels` part's text (null text = none). */
export function parseRelationships(source: string, xml: string | null): Relationship[] {
  if (xml === null) return [];
  const out: Relationship[] = [];
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.kind === "close" || s.local !== "Relationship") continue;
    const type = s.attr("Type") ?? "";
    const target = s.attr("Target") ?? "";
    const external = s.attr("TargetMode") === "External";
    out.push({
      id: s.attr("Id") ?? "",
      type,
      kind: relationshipKind(type),
      target: external ? target : resolveTarget(source, target),
      external,
    });
  }
  return out;
}

/** A relationship id not used in `taken`: rId1, rId2 … */
export function freeRelationshipId(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A `<Relationship>` element. */
export function relationshipXml(
  id: string,
  type: string,
  target: string,
  external = false
): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"${
    external ? ' TargetMode="External"' : ""
  }/>`;
}

/** `[Content_Types].xml` read: defaults by extension and overrides by part. */
export class ContentTypes {
  readonly defaults = new Map<string, string>();
  /** Lower-case part name (no leading "/") → content type. */
  readonly overrides = new Map<string, string>();

  constructor(xml: string | null) {
    if (xml === null) return;
    const s = new XmlScanner(xml);
    while (s.next()) {
      if (s.kind === "close") continue;
      if (s.local === "Default") {
        const ext = s.attr("Extension");
        const type = s.attr("ContentType");
        if (ext !== undefined && type !== undefined) this.defaults.set(ext.toLowerCase(), type);
      } else if (s.local === "Override") {
        const part = s.attr("PartName");
        const type = s.attr("ContentType");
        if (part !== undefined && type !== undefined)
          this.overrides.set(part.replace(/^\//, "").toLowerCase(), type);
      }
    }
  }

  /** The content type of a part, or undefined. */
  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return this.defaults.get(ext);
  }
}

/** The XML declaration KIK writes at the top of every part. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
