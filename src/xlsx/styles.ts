/**
 * How the plan's cell styles look in an .xlsx file, and how they get into the package's
 * `styles.xml` without disturbing the user's formats.
 *
 * The look: calm, Danish-municipal-report look on Calibri (present in every Excel; Excel 365
 * shows its own default font Aptos for unstyled cells, Calibri sits well next to it).
 *
 * Adding them (docs/report.md, "Skrivningen"): cells refer to formats by their position in
 * `cellXfs`, so KIK only appends. Fonts, fills, borders, number formats and cell formats KIK
 * needs are added at the end of their lists (and the lists' `count`s updated); no existing
 * entry is changed or moved, so every index the user's sheets use stays valid. An entry that
 * is already there (KIK's own from an earlier run) is reused, so a re-run adds nothing.
 */
import type { CellStyle } from "../report/plan";
import {
  Splices,
  childrenOf,
  elementPrefix,
  insertionPoint,
  rootSpan,
  withAttribute,
  type ElementSpan,
} from "./edit";
import { XML_DECLARATION } from "./opc";
import { XmlScanner, escapeXml } from "./xml";

const FONT = "Calibri";
const DARK_BLUE = "FF1F4E79";
const GREY = "FF595959";
const HEADER_FILL = "FFDDEBF7";
const RULE = "FF8EA9DB";
const BLACK = "FF000000";

/** A border line. */
export interface Line {
  readonly style: "thin";
  readonly color: string;
}

/** Font, fill, borders and alignment of a style (colours as ARGB hex). */
export interface XlsxStyle {
  readonly font: {
    readonly size: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly color?: string;
  };
  readonly fill?: string;
  readonly top?: Line;
  readonly bottom?: Line;
  readonly alignment?: {
    readonly vertical?: "bottom" | "top" | "center";
    readonly wrapText?: boolean;
  };
}

/** The look of each {@link CellStyle}. */
export const XLSX_STYLES: Readonly<Record<CellStyle, XlsxStyle>> = {
  title: { font: { size: 16, bold: true, color: DARK_BLUE } },
  subtitle: { font: { size: 12, bold: true, color: DARK_BLUE } },
  header: {
    font: { size: 11, bold: true },
    fill: HEADER_FILL,
    bottom: { style: "thin", color: RULE },
    alignment: { vertical: "bottom", wrapText: true },
  },
  // Top-aligned, so a label, its figure and a wrapped explanation start on the same line in a
  // tall row (KIK Overblik).
  label: { font: { size: 11 }, alignment: { vertical: "top" } },
  value: { font: { size: 11 }, alignment: { vertical: "top" } },
  total: { font: { size: 11, bold: true }, top: { style: "thin", color: BLACK } },
  note: { font: { size: 10, italic: true, color: GREY } },
  keyFigure: {
    font: { size: 14, bold: true, color: DARK_BLUE },
    alignment: { vertical: "top", wrapText: true },
  },
  conclusion: { font: { size: 12 }, alignment: { vertical: "top", wrapText: true } },
  wrapNote: {
    font: { size: 10, italic: true, color: GREY },
    alignment: { vertical: "top", wrapText: true },
  },
};

/** The look of unstyled cells KIK writes. */
export const DEFAULT_XLSX_STYLE: XlsxStyle = { font: { size: 11 } };

/** Table style of the native tables KIK makes (light, striped rows). */
export const TABLE_THEME = "TableStyleLight1";

/** Built-in number formats (ECMA-376 Part 1 §18.8.30) KIK's codes may equal. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);

/** The first number format id free for custom codes. */
const FIRST_CUSTOM_FORMAT = 164;

function fontXml(p: string, style: XlsxStyle): string {
  const f = style.font;
  return (
    `<${p}font>${f.bold === true ? `<${p}b/>` : ""}${f.italic === true ? `<${p}i/>` : ""}` +
    `<${p}sz val="${f.size}"/>${f.color === undefined ? "" : `<${p}color rgb="${f.color}"/>`}` +
    `<${p}name val="${FONT}"/><${p}family val="2"/></${p}font>`
  );
}

function fillXml(p: string, argb: string): string {
  return (
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/>` +
    `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
  );
}

function borderXml(p: string, style: XlsxStyle): string {
  const line = (side: string, l: Line | undefined): string =>
    l === undefined
      ? `<${p}${side}/>`
      : `<${p}${side} style="${l.style}"><${p}color rgb="${l.color}"/></${p}${side}>`;
  // left/right are left out: Strict's schema names them start/end, and KIK draws neither.
  return `<${p}border>${line("top", style.top)}${line("bottom", style.bottom)}<${p}diagonal/></${p}border>`;
}

/**
 * A canonical form of an element's XML for comparing entries: no prefixes, attributes sorted,
 * whitespace between tags dropped.
 */
export function canonical(xml: string): string {
  const s = new XmlScanner(xml);
  let out = "";
  while (s.next()) {
    if (s.tag() === "close") {
      out += `</${s.local}>`;
      continue;
    }
    const attrs = [...s.attributes()]
      .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:"))
      .map(([k, v]) => `${k.slice(k.indexOf(":") + 1)}=${JSON.stringify(v)}`)
      .sort();
    out += `<${s.local}${attrs.length > 0 ? ` ${attrs.join(" ")}` : ""}>`;
    if (s.tag() === "empty") out += `</${s.local}>`;
  }
  return out;
}

const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

/** One list of the stylesheet: its element, its entries, and what KIK appends. */
interface StyleList {
  span: ElementSpan | undefined;
  /** Canonical form of each entry, in order (existing ones first). */
  readonly entries: string[];
  /** XML KIK appends. */
  readonly added: string[];
}

/**
 * The package's `styles.xml`, with KIK's styles appended on demand: {@link cellFormat} gives
 * the `cellXfs` index of a (style, number format) pair, adding what is missing.
 */
export class StylesEditor {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly lists: Record<ListName, StyleList>;
  /** Custom number format code → id (existing and added). */
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly hasCellStyleXfs: boolean;
  private readonly cache = new Map<string, number>();

  /** @param xml - the package's styles part, or null when it has none (a fresh one is made) */
  constructor(xml: string | null, mainNamespace: string) {
    this.xml = xml ?? emptyStylesheet(mainNamespace);
    const root = rootSpan(this.xml);
    this.prefix = elementPrefix(root);
    const children = childrenOf(this.xml, root);
    const list = (name: ListName): StyleList => {
      const span = children.find((c) => c.local === name);
      const entries =
        span === undefined
          ? []
          : childrenOf(this.xml, span).map((e) => canonical(this.xml.slice(e.start, e.end)));
      return { span, entries, added: [] };
    };
    this.lists = {
      numFmts: list("numFmts"),
      fonts: list("fonts"),
      fills: list("fills"),
      borders: list("borders"),
      cellXfs: list("cellXfs"),
    };
    this.hasCellStyleXfs = children.some((c) => c.local === "cellStyleXfs");
    const numFmts = this.lists.numFmts.span;
    if (numFmts !== undefined) {
      for (const e of childrenOf(this.xml, numFmts)) {
        const s = new XmlScanner(this.xml, e.start);
        s.next();
        const id = Number(s.attr("numFmtId"));
        const code = s.attr("formatCode");
        if (!Number.isInteger(id) || code === undefined) continue;
        if (!this.formatIds.has(code)) this.formatIds.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    // A package without the two fills every stylesheet starts with (none, gray125) gets them,
    // so KIK's solid fill is not taken for one of the reserved positions.
    if (this.lists.fills.entries.length === 0) {
      this.add(
        "fills",
        `<${this.prefix}fill><${this.prefix}patternFill patternType="none"/></${this.prefix}fill>`
      );
      this.add(
        "fills",
        `<${this.prefix}fill><${this.prefix}patternFill patternType="gray125"/></${this.prefix}fill>`
      );
    }
    if (this.lists.fonts.entries.length === 0)
      this.add("fonts", fontXml(this.prefix, DEFAULT_XLSX_STYLE));
    if (this.lists.borders.entries.length === 0)
      this.add("borders", borderXml(this.prefix, {} as XlsxStyle));
    if (this.lists.cellXfs.entries.length === 0)
      this.add("cellXfs", `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  }

  /** Index of an entry in a list, appending it when no equal entry exists. */
  private add(name: ListName, xml: string): number {
    const list = this.lists[name];
    const key = canonical(xml);
    const found = list.entries.indexOf(key);
    if (found >= 0) return found;
    list.entries.push(key);
    list.added.push(xml);
    return list.entries.length - 1;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined || code === "") return 0;
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    const existing = this.formatIds.get(code);
    if (existing !== undefined) return existing;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The `cellXfs` index for cells of `style` with `numberFormat`. */
  cellFormat(style: XlsxStyle, numberFormat?: string): number {
    const cacheKey = `${JSON.stringify(style)}\u0000${numberFormat ?? ""}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const numFmtId = this.numberFormatId(numberFormat);
    const fontId = this.add("fonts", fontXml(p, style));
    const fillId = style.fill === undefined ? 0 : this.add("fills", fillXml(p, style.fill));
    const borderId =
      style.top === undefined && style.bottom === undefined
        ? 0
        : this.add("borders", borderXml(p, style));
    const align = style.alignment;
    const alignment =
      align === undefined
        ? ""
        : `<${p}alignment${align.vertical === undefined ? "" : ` vertical="${align.vertical}"`}${
            align.wrapText === true ? ' wrapText="1"' : ""
          }/>`;
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"` +
      `${this.hasCellStyleXfs ? ' xfId="0"' : ""}${numFmtId !== 0 ? ' applyNumberFormat="1"' : ""}` +
      ` applyFont="1"${fillId !== 0 ? ' applyFill="1"' : ""}${borderId !== 0 ? ' applyBorder="1"' : ""}` +
      (alignment === "" ? "/>" : ` applyAlignment="1">${alignment}</${p}xf>`);
    const index = this.add("cellXfs", xf);
    this.cache.set(cacheKey, index);
    return index;
  }

  /** True when KIK added anything. */
  get changed(): boolean {
    return Object.values(this.lists).some((l) => l.added.length > 0);
  }

  /** The styles part with KIK's entries appended (the input text when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const root = rootSpan(xml);
    const splices = new Splices();
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const) {
      const list = this.lists[name];
      if (list.added.length === 0) continue;
      const content = list.added.join("");
      const span = list.span;
      if (span === undefined) {
        const at = insertionPoint(xml, root, STYLESHEET_ORDER, name);
        splices.insert(
          at,
          `<${this.prefix}${name} count="${list.entries.length}">${content}</${this.prefix}${name}>`
        );
        continue;
      }
      const startTag = withAttribute(xml, span, "count", String(list.entries.length));
      if (span.empty) {
        // `<fonts count="0"/>` is opened up: `<fonts count="1">…</fonts>`.
        splices.replace(
          span.start,
          span.end,
          `${startTag.replace(/\s*\/>$/, ">")}${content}</${span.name}>`
        );
      } else {
        splices.replace(span.start, span.openEnd, startTag);
        splices.insert(span.closeStart, content);
      }
    }
    return splices.apply(xml);
  }
}

/** A stylesheet with nothing in it, for a package that has none. */
export function emptyStylesheet(mainNamespace: string): string {
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${mainNamespace}">` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}
