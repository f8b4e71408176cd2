/**
 * Real-files corpus: small spreadsheet packages shaped the way real producers write them
 * (Excel for Windows/Mac, LibreOffice, Strict Open XML, openpyxl), one generator per case.
 *
 * Each generator returns the bytes of one file. The packages are minimal but valid per
 * ECMA-376 Part 1 (content types, relationships, workbook, sheets, styles) and open in
 * LibreOffice; the non-xlsx cases (.ods, CSV, encrypted, .xls) are what such files really
 * are, renamed to .xlsx by the caller. Bytes are deterministic (fixed zip dates, no
 * randomness except a seeded generator in {@link largeRegister}).
 *
 * {@link CASES} lists every case with the values a faithful reader must return for the
 * cells that matter, so a test can run any reader over the corpus.
 *
 * Uses only jszip and string templates on purpose: a fixture must not depend on the reader
 * or writer under test.
 */
import JSZip from "jszip";

// ---------------------------------------------------------------------------------------
// Namespaces, relationship types, content types (ECMA-376 Part 1 §§ 12, 18; Part 2 OPC)
// ---------------------------------------------------------------------------------------

const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** The two conformance classes differ in the main and relationship namespaces (Part 1 §A). */
interface Conformance {
  main: string;
  r: string;
  /** Prefix of officeDocument relationship types. */
  rel: string;
}
const TRANSITIONAL: Conformance = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
};
const STRICT: Conformance = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  r: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships/",
};

const REL_CORE =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
const CT = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  workbook: `${SML}sheet.main+xml`,
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  worksheet: `${SML}worksheet+xml`,
  chartsheet: `${SML}chartsheet+xml`,
  styles: `${SML}styles+xml`,
  sharedStrings: `${SML}sharedStrings+xml`,
  table: `${SML}table+xml`,
  comments: `${SML}comments+xml`,
  pivotTable: `${SML}pivotTable+xml`,
  pivotCacheDefinition: `${SML}pivotCacheDefinition+xml`,
  pivotCacheRecords: `${SML}pivotCacheRecords+xml`,
  externalLink: `${SML}externalLink+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  vba: "application/vnd.ms-office.vbaProject",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};

/** UTF-8 bytes of a string (no TextEncoder or Buffer, so the module runs in any environment). */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

/** Fixed zip entry date so that the same case always gives the same bytes. */
const ZIP_DATE = new Date("2024-01-02T03:04:05Z");
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML-escape text for element content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// ---------------------------------------------------------------------------------------
// Cell addresses and dates
// ---------------------------------------------------------------------------------------

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnName(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

/** A1 address of a 1-based row and column. */
export function addr(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** Days between 1899-12-30 and 1904-01-01: the offset between the two date systems. */
export const DATE1904_OFFSET = 1462;

/**
 * Excel serial of an ISO date (`YYYY-MM-DD`) in the 1900 date system, or in the 1904 system
 * when `date1904` (ECMA-376 Part 1 §18.17.4.1). Valid from 1900-03-01.
 */
export function serialOf(isoDate: string, date1904 = false): number {
  const days = Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000 + 25_569;
  return date1904 ? days - DATE1904_OFFSET : days;
}

// ---------------------------------------------------------------------------------------
// OPC package builder
// ---------------------------------------------------------------------------------------

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The folder part of a part name ("xl/workbook.xml" → "xl"). */
function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

/** A relationship target relative to the source part's folder (OPC § 9.3). */
function relativeTarget(source: string, target: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The relationships part of a source part ("" = the package). */
function relsPathOf(source: string): string {
  if (source === "") return "_rels/.rels";
  const folder = folderOf(source);
  const name = source.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : `${folder}/`}_rels/${name}.rels`;
}

/**
 * An OPC package under construction: parts, their content types and relationships. Writes
 * `[Content_Types].xml` first, as Office does.
 */
export class PackageBuilder {
  private readonly parts = new Map<string, string | Uint8Array>();
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>([
    ["rels", CT.rels],
    ["xml", CT.xml],
  ]);
  private readonly rels = new Map<string, Relationship[]>();

  /** Adds a part; `contentType` becomes an Override unless the extension has a Default. */
  add(path: string, data: string | Uint8Array, contentType?: string): this {
    this.parts.set(path, data);
    if (contentType !== undefined) {
      const ext = path.slice(path.lastIndexOf(".") + 1);
      if (this.defaults.get(ext) !== contentType) this.overrides.set(path, contentType);
    }
    return this;
  }

  /** Declares a Default content type for an extension (e.g. `vml`, `bin`). */
  defaultType(extension: string, contentType: string): this {
    this.defaults.set(extension, contentType);
    return this;
  }

  /**
   * Adds a relationship from `source` ("" = package) to the part `target` (a part name,
   * or a URI when `external`) and returns its id.
   */
  relate(source: string, type: string, target: string, external = false): string {
    const list = this.rels.get(source) ?? [];
    const id = `rId${list.length + 1}`;
    list.push({ id, type, target: external ? target : relativeTarget(source, target), external });
    this.rels.set(source, list);
    return id;
  }

  /** The finished package as zip bytes (DEFLATE, fixed dates). */
  async bytes(): Promise<Uint8Array> {
    const zip = new JSZip();
    const defaults = [...this.defaults]
      .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
      .join("");
    const overrides = [...this.overrides]
      .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
      .join("");
    const options = { date: ZIP_DATE, createFolders: false };
    zip.file(
      "[Content_Types].xml",
      `${XML_DECL}<Types xmlns="${NS_CT}">${defaults}${overrides}</Types>`,
      options
    );
    for (const [source, list] of this.rels) {
      const body = list
        .map(
          (r) =>
            `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${
              r.external ? ' TargetMode="External"' : ""
            }/>`
        )
        .join("");
      zip.file(
        relsPathOf(source),
        `${XML_DECL}<Relationships xmlns="${NS_PKG_RELS}">${body}</Relationships>`,
        options
      );
    }
    for (const [path, data] of this.parts) zip.file(path, data, options);
    return zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}

// ---------------------------------------------------------------------------------------
// SpreadsheetML workbook builder
// ---------------------------------------------------------------------------------------

/** Style indexes of {@link STYLES_XML}'s cellXfs. */
export const STYLE = {
  general: 0,
  /** Built-in number format 14 (short date, locale-dependent). */
  shortDate: 1,
  /** Custom number format 164 `mmm yyyy`, as a month column is usually formatted. */
  month: 2,
} as const;

/** Minimal styles part as Excel writes it, plus one differential format for CF rules. */
const stylesXml = (c: Conformance): string =>
  `${XML_DECL}<styleSheet xmlns="${c.main}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\ yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** A minimal Office theme (DrawingML §20.1.6): colour, font and format schemes. */
const THEME_XML = (() => {
  const colors: [string, string][] = [
    ["dk1", '<a:sysClr val="windowText" lastClr="000000"/>'],
    ["lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'],
    ["dk2", '<a:srgbClr val="44546A"/>'],
    ["lt2", '<a:srgbClr val="E7E6E6"/>'],
    ["accent1", '<a:srgbClr val="4472C4"/>'],
    ["accent2", '<a:srgbClr val="ED7D31"/>'],
    ["accent3", '<a:srgbClr val="A5A5A5"/>'],
    ["accent4", '<a:srgbClr val="FFC000"/>'],
    ["accent5", '<a:srgbClr val="5B9BD5"/>'],
    ["accent6", '<a:srgbClr val="70AD47"/>'],
    ["hlink", '<a:srgbClr val="0563C1"/>'],
    ["folHlink", '<a:srgbClr val="954F72"/>'],
  ];
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const fonts = (face: string): string =>
    `<a:latin typeface="${face}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  return (
    `${XML_DECL}<a:theme xmlns:a="${NS_DRAWING}" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office">${colors.map(([n, v]) => `<a:${n}>${v}</a:${n}>`).join("")}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont>${fonts("Calibri Light")}</a:majorFont><a:minorFont>${fonts("Calibri")}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${`<a:ln w="6350">${solid}</a:ln>`.repeat(3)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${"<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3)}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
  );
})();

/**
 * A cell value for {@link SheetSpec.rows}: text goes to the shared-string table (as Excel
 * writes it), `{ v, s }` is a number with a style, `{ date }` a date cell (serial, month
 * format), `{ xml }` a raw `<c>` element written as is (its own `r` included or not).
 */
export type CellInput =
  number | string | boolean | null | { v: number; s: number } | { date: string } | { xml: string };

/** An Excel table (ListObject) on a sheet (ECMA-376 Part 1 §18.5). */
export interface TableSpec {
  name: string;
  /** Whole table including header and totals rows, e.g. `A1:B5`. */
  ref: string;
  columns: string[];
  /** A totals row: the label in the first column and each column's totals function. */
  totals?: { label: string; functions: (string | undefined)[] };
  /**
   * Written as LibreOffice Calc writes a table: `headerRowCount`, `totalsRowCount` and
   * `totalsRowShown` spelled out, the autoFilter over the whole ref, no totals attributes
   * on the columns and no `tableStyleInfo` (Excel and openpyxl always write one).
   */
  libreOffice?: boolean;
}

/** One worksheet of {@link WorkbookSpec}. */
export interface SheetSpec {
  name: string;
  /** Rows from A1 down; `null` leaves a cell out. Ignored when `sheetData` is given. */
  rows?: CellInput[][];
  /**
   * Raw inner XML of `<sheetData>` (rows written exactly as given); as a function it gets
   * the workbook's shared-string table and returns the XML (`<v>${strings.add("x")}</v>`).
   */
  sheetData?: string | ((strings: { add(text: string): number }) => string);
  /** Raw elements between `</sheetData>` and `<pageMargins>` (CF, validation, ...). */
  afterSheetData?: string;
  tables?: TableSpec[];
  /** Part name of a drawing already added to the package. */
  drawing?: string;
  /** Part names of a comments part and its VML drawing already added to the package. */
  comments?: { part: string; vml: string };
  /** Part names of pivot tables already added to the package. */
  pivotTables?: string[];
}

/** A whole workbook for {@link buildWorkbook}. */
export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** Raw `<definedName>` elements, in the order to write them. */
  definedNames?: string;
  strict?: boolean;
  /** Makes the workbook an .xlsm main part (for a VBA project). */
  macroEnabled?: boolean;
  /** Extra sheets of other kinds (chart sheets), placed after `sheets` in the sheet list. */
  chartsheets?: { name: string; part: string }[];
  /** Part names of external links already added; listed in `<externalReferences>`. */
  externalLinks?: string[];
  /** Pivot caches already added: cacheId and the cache definition part. */
  pivotCaches?: { cacheId: number; part: string }[];
  /** The producer written to docProps/app.xml. */
  application?: string;
  /** Excel always writes a theme part; LibreOffice never does. Default true. */
  theme?: boolean;
}

/** Shared-string table collected while the sheets are written. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private count = 0;
  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  get size(): number {
    return this.list.length;
  }
  xml(c: Conformance): string {
    const items = this.list
      .map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${esc(t)}</t></si>`)
      .join("");
    return `${XML_DECL}<sst xmlns="${c.main}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, value: CellInput, sst: SharedStrings, date1904: boolean): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}" t="s"><v>${sst.add(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("xml" in value) return value.xml;
  if ("date" in value)
    return `<c r="${ref}" s="${STYLE.month}"><v>${serialOf(value.date, date1904)}</v></c>`;
  return `<c r="${ref}" s="${value.s}"><v>${value.v}</v></c>`;
}

function sheetDataOf(rows: CellInput[][], sst: SharedStrings, date1904: boolean): string {
  return rows
    .map((row, r) => {
      const cells = row.map((v, c) => cellXml(addr(r + 1, c + 1), v, sst, date1904)).join("");
      return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
}

/** Splits `A1:B5` into its corners. */
function corners(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (m === null) throw new Error(`not a range: ${ref}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: +m[2]!, left: col(m[1]!), bottom: +m[4]!, right: col(m[3]!) };
}

function tableXml(c: Conformance, id: number, t: TableSpec): string {
  const { top, left, bottom, right } = corners(t.ref);
  const totals = t.totals !== undefined;
  const lo = t.libreOffice === true;
  const filterRef = lo ? t.ref : `${addr(top, left)}:${addr(totals ? bottom - 1 : bottom, right)}`;
  const columns = t.columns
    .map((name, i) => {
      let extra = "";
      if (t.totals !== undefined && !lo) {
        if (i === 0) extra = ` totalsRowLabel="${esc(t.totals.label)}"`;
        const fn = t.totals.functions[i];
        if (fn !== undefined) extra += ` totalsRowFunction="${fn}"`;
      }
      return `<tableColumn id="${i + 1}" name="${esc(name)}"${extra}/>`;
    })
    .join("");
  const style = lo
    ? ""
    : '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>';
  const counts = lo
    ? ` headerRowCount="1" totalsRowCount="${totals ? 1 : 0}" totalsRowShown="${totals ? 1 : 0}"`
    : totals
      ? ' totalsRowCount="1"'
      : "";
  return (
    `${XML_DECL}<table xmlns="${c.main}" id="${id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}"${counts}>` +
    `<autoFilter ref="${filterRef}"${lo ? "></autoFilter>" : "/>"}` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>${style}</table>`
  );
}

function worksheetXml(
  c: Conformance,
  sheetData: string,
  tail: { after?: string; drawingId?: string; legacyId?: string; tableIds: string[] }
): string {
  const tables =
    tail.tableIds.length === 0
      ? ""
      : `<tableParts count="${tail.tableIds.length}">${tail.tableIds
          .map((id) => `<tablePart r:id="${id}"/>`)
          .join("")}</tableParts>`;
  return (
    `${XML_DECL}<worksheet xmlns="${c.main}" xmlns:r="${c.r}">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>${sheetData}</sheetData>${tail.after ?? ""}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (tail.drawingId !== undefined ? `<drawing r:id="${tail.drawingId}"/>` : "") +
    (tail.legacyId !== undefined ? `<legacyDrawing r:id="${tail.legacyId}"/>` : "") +
    `${tables}</worksheet>`
  );
}

/** Part name of the n-th (1-based) worksheet. */
export const worksheetPart = (n: number): string => `xl/worksheets/sheet${n}.xml`;

/**
 * Builds a workbook package from a spec: workbook, worksheets, tables, shared strings,
 * styles and document properties, with every relationship and content type. Returns the
 * builder so a case can add further parts (charts, pivots, ...) before {@link PackageBuilder.bytes}.
 * Parts a spec refers to (drawings, comments, pivots, links) must be added by the caller.
 */
export function buildWorkbook(spec: WorkbookSpec, pkg = new PackageBuilder()): PackageBuilder {
  const c = spec.strict === true ? STRICT : TRANSITIONAL;
  const date1904 = /date1904="(1|true)"/.test(spec.workbookPr ?? "");
  const wb = "xl/workbook.xml";
  pkg.add(wb, "", spec.macroEnabled === true ? CT.macroWorkbook : CT.workbook);
  pkg.relate("", `${c.rel}officeDocument`, wb);
  pkg.add("docProps/core.xml", coreXml(), CT.core);
  pkg.relate("", REL_CORE, "docProps/core.xml");
  pkg.relate("", `${c.rel}extended-properties`, "docProps/app.xml");

  const sst = new SharedStrings();
  const sheetEntries: string[] = [];
  let tableCount = 0;
  spec.sheets.forEach((sheet, i) => {
    const part = worksheetPart(i + 1);
    const rid = pkg.relate(wb, `${c.rel}worksheet`, part);
    sheetEntries.push(`<sheet name="${esc(sheet.name)}" sheetId="${i + 1}" r:id="${rid}"/>`);
    const tableIds: string[] = [];
    for (const t of sheet.tables ?? []) {
      tableCount++;
      const tpart = `xl/tables/table${tableCount}.xml`;
      pkg.add(tpart, tableXml(c, tableCount, t), CT.table);
      tableIds.push(pkg.relate(part, `${c.rel}table`, tpart));
    }
    const drawingId =
      sheet.drawing === undefined ? undefined : pkg.relate(part, `${c.rel}drawing`, sheet.drawing);
    let legacyId: string | undefined;
    if (sheet.comments !== undefined) {
      pkg.relate(part, `${c.rel}comments`, sheet.comments.part);
      legacyId = pkg.relate(part, `${c.rel}vmlDrawing`, sheet.comments.vml);
    }
    for (const p of sheet.pivotTables ?? []) pkg.relate(part, `${c.rel}pivotTable`, p);
    const data =
      typeof sheet.sheetData === "function"
        ? sheet.sheetData(sst)
        : (sheet.sheetData ?? sheetDataOf(sheet.rows ?? [], sst, date1904));
    pkg.add(
      part,
      worksheetXml(c, data, { after: sheet.afterSheetData, drawingId, legacyId, tableIds }),
      CT.worksheet
    );
  });
  (spec.chartsheets ?? []).forEach((cs, i) => {
    const rid = pkg.relate(wb, `${c.rel}chartsheet`, cs.part);
    sheetEntries.push(
      `<sheet name="${esc(cs.name)}" sheetId="${spec.sheets.length + i + 1}" r:id="${rid}"/>`
    );
  });
  const theme = spec.theme !== false;
  if (theme) {
    pkg.add("xl/theme/theme1.xml", THEME_XML, CT.theme);
    pkg.relate(wb, `${c.rel}theme`, "xl/theme/theme1.xml");
  }
  pkg.add("xl/styles.xml", stylesXml(c), CT.styles);
  pkg.relate(wb, `${c.rel}styles`, "xl/styles.xml");
  if (sst.size > 0) {
    pkg.add("xl/sharedStrings.xml", sst.xml(c), CT.sharedStrings);
    pkg.relate(wb, `${c.rel}sharedStrings`, "xl/sharedStrings.xml");
  }
  const externals = (spec.externalLinks ?? []).map((p) =>
    pkg.relate(wb, `${c.rel}externalLink`, p)
  );
  const caches = (spec.pivotCaches ?? []).map(
    (p) =>
      `<pivotCache cacheId="${p.cacheId}" r:id="${pkg.relate(wb, `${c.rel}pivotCacheDefinition`, p.part)}"/>`
  );
  pkg.add(
    wb,
    `${XML_DECL}<workbook xmlns="${c.main}" xmlns:r="${c.r}"${spec.strict === true ? ' conformance="strict"' : ""}>` +
      `<workbookPr ${spec.workbookPr ?? ""}${theme ? ' defaultThemeVersion="166925"' : ""}/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      `<sheets>${sheetEntries.join("")}</sheets>` +
      (externals.length === 0
        ? ""
        : `<externalReferences>${externals.map((id) => `<externalReference r:id="${id}"/>`).join("")}</externalReferences>`) +
      (spec.definedNames === undefined ? "" : `<definedNames>${spec.definedNames}</definedNames>`) +
      '<calcPr calcId="191029"/>' +
      (caches.length === 0 ? "" : `<pivotCaches>${caches.join("")}</pivotCaches>`) +
      "</workbook>",
    spec.macroEnabled === true ? CT.macroWorkbook : CT.workbook
  );
  const names = [...spec.sheets.map((s) => s.name), ...(spec.chartsheets ?? []).map((s) => s.name)];
  pkg.add("docProps/app.xml", appXml(spec.application ?? "Microsoft Excel", names), CT.app);
  return pkg;
}

function coreXml(): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>KIK fixtures</dc:creator>' +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created></cp:coreProperties>'
  );
}

function appXml(application: string, sheetNames: string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join("");
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${esc(application)}</Application>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`
  );
}

// ---------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------

/** The caseload months used by several cases (Aabenraa's figures, June–August 2015). */
const MONTHS: [string, number][] = [
  ["2015-06-01", 661],
  ["2015-07-01", 655],
  ["2015-08-01", 648],
];

/**
 * (a) Formula cells whose cached result is 0, FALSE or "" — exactly what Excel stores:
 * `<v>0</v>` for a number, `t="b"` with `<v>0</v>`, `t="str"` with an empty `<v></v>`;
 * also shared formulas (master and dependants) cached 0 and an empty `<v/>`.
 * Sheet "KIK Input": B2 = 0, C2 = FALSE, D2 = "", B3 = B4 = 0, D3 = "".
 */
export function formulaCachedFalsy(): Promise<Uint8Array> {
  const sheetData = (strings: { add(text: string): number }): string =>
    `<row r="1">${["Værdi", "Nul", "Sandt", "Tekst"]
      .map((h, i) => `<c r="${addr(1, i + 1)}" t="s"><v>${strings.add(h)}</v></c>`)
      .join("")}</row>` +
    '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>A1*0</f><v>0</v></c>' +
    '<c r="C2" t="b"><f>A2&gt;10</f><v>0</v></c><c r="D2" t="str"><f>IF(A2&gt;10,"x","")</f><v></v></c></row>' +
    '<row r="3"><c r="A3"><v>7</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*0</f><v>0</v></c>' +
    '<c r="D3" t="str"><f>""</f><v/></c></row>' +
    '<row r="4"><c r="A4"><v>9</v></c><c r="B4"><f t="shared" si="0"/><v>0</v></c></row>';
  return buildWorkbook({ sheets: [{ name: "KIK Input", sheetData }] }).bytes();
}

/** Caseload rows (header, months) as {@link CellInput}s. */
function caseloadRows(months = MONTHS): CellInput[][] {
  return [["Måned", "Sagstal"], ...months.map(([d, n]): CellInput[] => [{ date: d }, n])];
}

/**
 * (b) Tables with a totals row (`totalsRowCount="1"`), as Excel writes them: the totals row
 * is part of the table's `ref` and holds a label and SUBTOTAL formulas with cached values.
 * "KIK_Sagstal" A1:B5 (data A2:B4, totals "I alt" 1964 in row 5) and "KIK_Udfald" D1:E4
 * (data D2:E3, totals "Total" 100 in row 4).
 */
export function tableTotalsRow(): Promise<Uint8Array> {
  const total = MONTHS.reduce((s, [, n]) => s + n, 0);
  const rows = caseloadRows();
  rows[0]!.push(null, "Udfald", "Antal");
  rows[1]!.push(null, "Job", 60);
  rows[2]!.push(null, "Uddannelse", 40);
  rows[3]!.push(null, "Total", {
    xml: '<c r="E4"><f>SUBTOTAL(109,KIK_Udfald[Antal])</f><v>100</v></c>',
  });
  rows.push([
    "I alt",
    { xml: `<c r="B5"><f>SUBTOTAL(109,KIK_Sagstal[Sagstal])</f><v>${total}</v></c>` },
  ]);
  const pkg = buildWorkbook({
    sheets: [
      {
        name: "KIK Input",
        rows,
        tables: [
          {
            name: "KIK_Sagstal",
            ref: "A1:B5",
            columns: ["Måned", "Sagstal"],
            totals: { label: "I alt", functions: [undefined, "sum"] },
          },
          {
            name: "KIK_Udfald",
            ref: "D1:E4",
            columns: ["Udfald", "Antal"],
            totals: { label: "Total", functions: [undefined, "sum"] },
          },
        ],
      },
    ],
  });
  return pkg.bytes();
}

/**
 * (c) The 1904 date system (`<workbookPr date1904="1"/>`, Excel for Mac's old default):
 * month cells hold 1904 serials (June 2015 = 40694). A2:A4 = 2015-06-01 … 2015-08-01.
 */
export function date1904(): Promise<Uint8Array> {
  return buildWorkbook({
    workbookPr: 'date1904="1"',
    sheets: [
      {
        name: "KIK Input",
        rows: caseloadRows(),
        tables: [{ name: "KIK_Sagstal", ref: "A1:B4", columns: ["Måned", "Sagstal"] }],
      },
    ],
  }).bytes();
}

/**
 * (d) ISO-8601 date cells (`t="d"`), as openpyxl and Strict writers store dates:
 * A2 `2015-06-01T00:00:00`, A3 `2015-07-01` (date only), A4 `2015-08-01T00:00:00Z`.
 */
export function isoDateCells(): Promise<Uint8Array> {
  const iso = ["2015-06-01T00:00:00", "2015-07-01", "2015-08-01T00:00:00Z"];
  const rows: CellInput[][] = [
    ["Måned", "Sagstal"],
    ...MONTHS.map(([, n], i): CellInput[] => [
      { xml: `<c r="A${i + 2}" t="d" s="${STYLE.month}"><v>${iso[i]}</v></c>` },
      n,
    ]),
  ];
  return buildWorkbook({
    application: "openpyxl",
    sheets: [
      {
        name: "KIK Input",
        rows,
        tables: [{ name: "KIK_Sagstal", ref: "A1:B4", columns: ["Måned", "Sagstal"] }],
      },
    ],
  }).bytes();
}

/**
 * (e) Defined names and their scopes. Sheets "Data" (B2 = 563) and "Data (2)" (B2 = 400, a
 * copy of "Data"). `Antal` is defined twice: workbook-level → Data!$B$2 and, left by copying
 * the sheet, scoped to "Data (2)" (localSheetId 1) → 'Data (2)'!$B$2. Read at workbook level,
 * `Antal` is 563 whatever the element order (`globalFirst` chooses it). Also `Ekstern`, which
 * points into another workbook (`[1]Sheet1!$A$1`, with an externalLink part), and
 * `Dynamisk`, a formula (OFFSET).
 */
export function definedNameScopes(globalFirst: boolean): Promise<Uint8Array> {
  const global = '<definedName name="Antal">Data!$B$2</definedName>';
  const local = '<definedName name="Antal" localSheetId="1">\'Data (2)\'!$B$2</definedName>';
  const names =
    (globalFirst ? global + local : local + global) +
    '<definedName name="Dynamisk">OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),2)</definedName>' +
    '<definedName name="Ekstern">[1]Sheet1!$A$1</definedName>';
  const pkg = new PackageBuilder();
  addExternalLink(pkg, "xl/externalLinks/externalLink1.xml");
  return buildWorkbook(
    {
      sheets: [
        {
          name: "Data",
          rows: [
            ["Navn", "Antal"],
            ["Sager", 563],
          ],
        },
        {
          name: "Data (2)",
          rows: [
            ["Navn", "Antal"],
            ["Sager", 400],
          ],
        },
      ],
      definedNames: names,
      externalLinks: ["xl/externalLinks/externalLink1.xml"],
    },
    pkg
  ).bytes();
}

/** An external link part to `Budget2019.xlsx` with a cached A1 = 42 on its Sheet1. */
function addExternalLink(pkg: PackageBuilder, part: string): void {
  const c = TRANSITIONAL;
  pkg.add(
    part,
    `${XML_DECL}<externalLink xmlns="${c.main}" xmlns:r="${c.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>` +
      '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
    CT.externalLink
  );
  pkg.relate(part, `${c.rel}externalLinkPath`, "Budget2019.xlsx", true);
}

/**
 * (f) Rows and cells without `r` attributes (optional per §18.3.1.73/§18.3.1.4: a row
 * follows the previous row, a cell the previous cell). Mixed with explicit ones, as
 * streaming writers produce: row 1 A1:B1, row 2 A2:B2, row 3 `r="4"` (a gap), whose cells
 * are A4 then, after an explicit `r="C4"`, D4 without `r`. Row 5 follows without `r`.
 */
export function noRowColumnRefs(): Promise<Uint8Array> {
  const n = (v: number, style = ""): string => `<c${style}><v>${v}</v></c>`;
  const month = (d: string): string => n(serialOf(d), ` s="${STYLE.month}"`);
  const sheetData = (strings: { add(text: string): number }): string => {
    const s = (t: string): string => `<c t="s"><v>${strings.add(t)}</v></c>`;
    return (
      `<row>${s("Måned")}${s("Sagstal")}</row>` +
      `<row>${month("2015-06-01")}${n(661)}</row>` +
      `<row r="4">${month("2015-07-01")}${n(655)}<c r="C4" t="s"><v>${strings.add("Note")}</v></c>${n(1)}</row>` +
      `<row>${month("2015-08-01")}${n(648)}</row>`
    );
  };
  return buildWorkbook({
    application: "streaming writer",
    sheets: [{ name: "KIK Input", sheetData }],
  }).bytes();
}

/**
 * (g) A table as LibreOffice Calc writes it (see {@link TableSpec.libreOffice}), in a
 * package shaped like Calc's: `date1904="false"` spelled out, `t="n"` on numbers, row
 * attributes written as "false", no theme part. KIK_Sagstal A1:B4.
 */
export function libreOfficeTable(): Promise<Uint8Array> {
  const row = (r: number, cells: string): string =>
    `<row r="${r}" customFormat="false" ht="15" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">${cells}</row>`;
  const sheetData = (strings: { add(text: string): number }): string =>
    row(
      1,
      `<c r="A1" s="0" t="s"><v>${strings.add("Måned")}</v></c><c r="B1" s="0" t="s"><v>${strings.add("Sagstal")}</v></c>`
    ) +
    MONTHS.map(([d, n], i) =>
      row(
        i + 2,
        `<c r="A${i + 2}" s="${STYLE.month}" t="n"><v>${serialOf(d)}</v></c><c r="B${i + 2}" s="0" t="n"><v>${n}</v></c>`
      )
    ).join("");
  return buildWorkbook({
    application: "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2",
    workbookPr: 'backupFile="false" showObjects="all" date1904="false"',
    theme: false,
    sheets: [
      {
        name: "KIK Input",
        sheetData,
        tables: [
          { name: "KIK_Sagstal", ref: "A1:B4", columns: ["Måned", "Sagstal"], libreOffice: true },
        ],
      },
    ],
  }).bytes();
}

/**
 * (h) A Strict Open XML package (ISO/IEC 29500 Strict: purl.oclc.org namespaces and
 * relationship types, `conformance="strict"`), with dates as ISO-8601 `t="d"` cells as
 * Excel's Strict writer stores them. KIK_Sagstal A1:B4: A2 = 2015-06-01, B2 = 661.
 */
export function strictPackage(): Promise<Uint8Array> {
  const rows: CellInput[][] = [
    ["Måned", "Sagstal"],
    ...MONTHS.map(([d, n], i): CellInput[] => [
      { xml: `<c r="A${i + 2}" t="d" s="${STYLE.month}"><v>${d}T00:00:00</v></c>` },
      n,
    ]),
  ];
  return buildWorkbook({
    strict: true,
    sheets: [
      {
        name: "KIK Input",
        rows,
        tables: [{ name: "KIK_Sagstal", ref: "A1:B4", columns: ["Måned", "Sagstal"] }],
      },
    ],
  }).bytes();
}

/** (i) An OpenDocument spreadsheet (what LibreOffice saves by default), to be named .xlsx. */
export async function odsFile(): Promise<Uint8Array> {
  const zip = new JSZip();
  const o = { date: ZIP_DATE, createFolders: false };
  // ODF 1.2 §3.3: "mimetype" first and stored, so the type can be sniffed at offset 38.
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
    ...o,
    compression: "STORE",
  });
  zip.file(
    "META-INF/manifest.xml",
    `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
      '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
      '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    o
  );
  const office =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"';
  // LibreOffice always writes styles.xml, meta.xml and settings.xml; readers expect them.
  zip.file(
    "styles.xml",
    `${XML_DECL}<office:document-styles ${office}><office:styles/></office:document-styles>`,
    o
  );
  zip.file(
    "meta.xml",
    `${XML_DECL}<office:document-meta ${office} xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator></office:meta></office:document-meta>`,
    o
  );
  zip.file(
    "settings.xml",
    `${XML_DECL}<office:document-settings ${office}><office:settings/></office:document-settings>`,
    o
  );
  const row = (cells: string): string => `<table:table-row>${cells}</table:table-row>`;
  const text = (t: string): string =>
    `<table:table-cell office:value-type="string"><text:p>${esc(t)}</text:p></table:table-cell>`;
  const num = (v: number): string =>
    `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  const date = (d: string): string =>
    `<table:table-cell office:value-type="date" office:date-value="${d}"><text:p>${d}</text:p></table:table-cell>`;
  zip.file(
    "content.xml",
    `${XML_DECL}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
      '<office:body><office:spreadsheet><table:table table:name="KIK Input"><table:table-column table:number-columns-repeated="2"/>' +
      row(text("Måned") + text("Sagstal")) +
      MONTHS.map(([d, n]) => row(date(d) + num(n))).join("") +
      "</table:table></office:spreadsheet></office:body></office:document-content>",
    o
  );
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.oasis.opendocument.spreadsheet",
  });
}

/** (i) A CSV as Danish Excel saves it (UTF-8 with BOM, semicolons, CRLF), to be named .xlsx. */
export function csvFile(): Uint8Array {
  const lines = [
    "Måned;Sagstal",
    ...MONTHS.map(([d, n]) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)};${n}`),
  ];
  return utf8(`\uFEFF${lines.join("\r\n")}\r\n`);
}

// ---------------------------------------------------------------------------------------
// Compound File Binary (MS-CFB) writer, for the encrypted workbook, the .xls and VBA
// ---------------------------------------------------------------------------------------

/** A stream or a storage (folder) of a compound file. */
export type CfbEntry = { name: string; data: Uint8Array } | { name: string; children: CfbEntry[] };

/** MS-CFB §2.6.4: shorter names first, then code-point order of the upper-cased names. */
function cfbCompare(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

/**
 * A version 3 compound file (512-byte sectors) holding `entries` under the root storage.
 * Streams under 4096 bytes live in the mini stream, as MS-CFB §2.6.3 requires; each
 * storage's children form a balanced binary tree (all nodes black). No DIFAT: up to
 * 109 FAT sectors (about 6.8 MB), plenty for fixtures.
 */
export function compoundFile(entries: CfbEntry[]): Uint8Array {
  const SECTOR = 512;
  const MINI = 64;
  const CUTOFF = 4096;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const NOSTREAM = 0xffffffff;

  interface Node {
    name: string;
    type: 1 | 2 | 5;
    data?: Uint8Array;
    children: Node[];
    left: number;
    right: number;
    child: number;
    start: number;
    size: number;
  }
  const nodes: Node[] = [];
  const toNode = (name: string, type: 1 | 2 | 5, data?: Uint8Array): Node => {
    const n: Node = {
      name,
      type,
      data,
      children: [],
      left: NOSTREAM,
      right: NOSTREAM,
      child: NOSTREAM,
      start: END,
      size: 0,
    };
    nodes.push(n);
    return n;
  };
  const addChildren = (parent: Node, list: CfbEntry[]): void => {
    for (const e of list) {
      const n = "data" in e ? toNode(e.name, 2, e.data) : toNode(e.name, 1);
      parent.children.push(n);
      if ("children" in e) addChildren(n, e.children);
    }
  };
  const root = toNode("Root Entry", 5);
  addChildren(root, entries);
  const idOf = (n: Node): number => nodes.indexOf(n);
  const balance = (list: Node[]): number => {
    if (list.length === 0) return NOSTREAM;
    const mid = list.length >> 1;
    const n = list[mid]!;
    n.left = balance(list.slice(0, mid));
    n.right = balance(list.slice(mid + 1));
    return idOf(n);
  };
  for (const n of nodes)
    n.child = balance([...n.children].sort((a, b) => cfbCompare(a.name, b.name)));

  // Mini stream: small streams packed in 64-byte mini sectors.
  const miniFat: number[] = [];
  const miniChunks: Uint8Array[] = [];
  const bigStreams: Node[] = [];
  for (const n of nodes) {
    if (n.type !== 2 || n.data === undefined) continue;
    n.size = n.data.length;
    if (n.size === 0) continue;
    if (n.size >= CUTOFF) {
      bigStreams.push(n);
      continue;
    }
    const count = Math.ceil(n.size / MINI);
    n.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END : n.start + i + 1);
    const padded = new Uint8Array(count * MINI);
    padded.set(n.data);
    miniChunks.push(padded);
  }
  const miniStreamSize = miniFat.length * MINI;
  const dirSectors = Math.ceil((nodes.length * 128) / SECTOR);
  const miniFatSectors = Math.ceil((miniFat.length * 4) / SECTOR);
  const miniStreamSectors = Math.ceil(miniStreamSize / SECTOR);
  const bigSectors = bigStreams.reduce((s, n) => s + Math.ceil(n.size / SECTOR), 0);
  const other = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + other) fatSectors++;
  if (fatSectors > 109) throw new Error("compound file too large for a header-only DIFAT");

  const total = fatSectors + other;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  let next = 0;
  const chain = (count: number): number => {
    if (count === 0) return END;
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return start;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = 0xfffffffd; // FATSECT
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  root.start = chain(miniStreamSectors);
  root.size = miniStreamSize;
  for (const n of bigStreams) n.start = chain(Math.ceil(n.size / SECTOR));

  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // 512-byte sectors
  view.setUint16(32, 6, true); // 64-byte mini sectors
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, dirStart, true);
  view.setUint32(56, CUTOFF, true);
  view.setUint32(60, miniFatSectors === 0 ? END : miniFatStart, true);
  view.setUint32(64, miniFatSectors, true);
  view.setUint32(68, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i < fatSectors ? i : FREE, true);

  const sectorOffset = (s: number): number => SECTOR * (1 + s);
  fat.forEach((v, i) => view.setUint32(sectorOffset(0) + i * 4, v, true));
  nodes.forEach((n, i) => {
    const o = sectorOffset(dirStart) + i * 128;
    for (let k = 0; k < n.name.length; k++) view.setUint16(o + k * 2, n.name.charCodeAt(k), true);
    view.setUint16(o + 64, (n.name.length + 1) * 2, true);
    out[o + 66] = n.type;
    out[o + 67] = 1; // black
    view.setUint32(o + 68, n.left, true);
    view.setUint32(o + 72, n.right, true);
    view.setUint32(o + 76, n.child, true);
    view.setUint32(o + 116, n.type === 1 ? 0 : n.start, true);
    view.setUint32(o + 120, n.size, true);
  });
  for (let i = nodes.length; i < (dirSectors * SECTOR) / 128; i++) {
    const o = sectorOffset(dirStart) + i * 128;
    view.setUint32(o + 68, NOSTREAM, true);
    view.setUint32(o + 72, NOSTREAM, true);
    view.setUint32(o + 76, NOSTREAM, true);
  }
  const miniFatPadded = [
    ...miniFat,
    ...new Array<number>(miniFatSectors * (SECTOR / 4) - miniFat.length).fill(FREE),
  ];
  miniFatPadded.forEach((v, i) => view.setUint32(sectorOffset(miniFatStart) + i * 4, v, true));
  let o = sectorOffset(root.start);
  for (const chunk of miniChunks) {
    out.set(chunk, o);
    o += chunk.length;
  }
  for (const n of bigStreams) out.set(n.data!, sectorOffset(n.start));
  return out;
}

/** Deterministic pseudo-random bytes (mulberry32), standing in for ciphertext. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const utf16 = (s: string): Uint8Array => {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    b[i * 2] = s.charCodeAt(i) & 0xff;
    b[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return b;
};

/**
 * (i) A password-protected workbook as Excel saves it (MS-OFFCRYPTO agile encryption): not
 * a zip but a compound file with the streams `EncryptionInfo` (version 4.4 + XML
 * descriptor) and `EncryptedPackage` (size + ciphertext, here noise), and the
 * `\u0006DataSpaces` storage. Detect it by the CFB signature D0 CF 11 E0 A1 B1 1A E1 and
 * the `EncryptionInfo`/`EncryptedPackage` stream names (an .xls has `Workbook`).
 */
export function encryptedWorkbook(): Uint8Array {
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/>' +
    '<dataIntegrity encryptedHmacKey="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==" encryptedHmacValue="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
    'saltValue="AAECAwQFBgcICQoLDA0ODw==" encryptedVerifierHashInput="AAECAwQFBgcICQoLDA0ODw==" ' +
    'encryptedVerifierHashValue="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==" encryptedKeyValue="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="/>' +
    "</keyEncryptor></keyEncryptors></encryption>";
  const xml = utf8(descriptor);
  const info = new Uint8Array(8 + xml.length);
  new DataView(info.buffer).setUint16(0, 4, true);
  new DataView(info.buffer).setUint16(2, 4, true);
  new DataView(info.buffer).setUint32(4, 0x40, true);
  info.set(xml, 8);
  const plainSize = 8000;
  const pkg = new Uint8Array(8 + 8192);
  new DataView(pkg.buffer).setUint32(0, plainSize, true);
  pkg.set(noise(8192, 9), 8);
  const transform = utf16("StrongEncryptionTransform");
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
    {
      name: "\u0006DataSpaces",
      children: [
        {
          name: "Version",
          data: new Uint8Array([
            60,
            0,
            0,
            0,
            ...utf16("Microsoft.Container.DataSpaces"),
            1,
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            0,
            0,
            0,
          ]),
        },
        { name: "DataSpaceMap", data: new Uint8Array(8) },
        {
          name: "DataSpaceInfo",
          children: [{ name: "StrongEncryptionDataSpace", data: new Uint8Array(8) }],
        },
        {
          name: "TransformInfo",
          children: [
            {
              name: "StrongEncryptionTransform",
              children: [{ name: "\u0006Primary", data: transform }],
            },
          ],
        },
      ],
    },
  ]);
}

/** One BIFF8 record: type, length, body (MS-XLS §2.1.4). */
function biff(type: number, body: number[]): number[] {
  return [type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body];
}
const u16 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff];
const u32 = (v: number): number[] => [...u16(v & 0xffff), ...u16(v >>> 16)];
const f64 = (v: number): number[] => [...new Uint8Array(new Float64Array([v]).buffer)];

/**
 * (i) An old binary .xls (BIFF8 in a compound file, stream `Workbook`): one sheet
 * "KIK Input" with A1 = 661 and B1 = 655 (numbers only, so no SST is needed).
 */
export function xlsFile(): Uint8Array {
  const bof = (dt: number): number[] =>
    biff(0x0809, [
      ...u16(0x0600),
      ...u16(dt),
      ...u16(0x0dbb),
      ...u16(0x07cc),
      ...u32(0x41),
      ...u32(0x06),
    ]);
  const name = "KIK Input";
  const boundsheet = (pos: number): number[] =>
    biff(0x0085, [...u32(pos), 0, 0, name.length, 0, ...[...name].map((ch) => ch.charCodeAt(0))]);
  // XF records: BIFF readers expect at least the 16 built-in style XFs and one cell XF.
  const font = biff(0x0031, [
    ...u16(220),
    ...u16(0),
    ...u16(0x7fff),
    ...u16(400),
    ...u16(0),
    0,
    0,
    0,
    0,
    5,
    1,
    ...[..."Arial"].map((c) => c.charCodeAt(0)),
  ]);
  const xf = (style: boolean): number[] =>
    biff(0x00e0, [
      ...u16(0),
      ...u16(0),
      ...u16(style ? 0xfff5 : 0x0001),
      0x20,
      0,
      0,
      0,
      ...u32(0),
      ...u32(0),
      ...u16(0x20c0),
    ]);
  const globalsWithout = (pos: number): number[] => [
    ...bof(0x0005),
    ...biff(0x0042, u16(1200)), // CODEPAGE: UTF-16
    ...font,
    ...font,
    ...font,
    ...font,
    ...Array.from({ length: 15 }, () => xf(true)).flat(),
    ...xf(false),
    ...boundsheet(pos),
    ...biff(0x000a, []),
  ];
  const globalsLength = globalsWithout(0).length;
  const number = (col: number, v: number): number[] =>
    biff(0x0203, [...u16(0), ...u16(col), ...u16(15), ...f64(v)]);
  const sheet = [
    ...bof(0x0010),
    ...biff(0x0200, [...u32(0), ...u32(1), ...u16(0), ...u16(2), ...u16(0)]), // DIMENSIONS A1:B1
    ...number(0, 661),
    ...number(1, 655),
    ...biff(0x000a, []),
  ];
  const stream = new Uint8Array([...globalsWithout(globalsLength), ...sheet]);
  return compoundFile([{ name: "Workbook", data: stream }]);
}

/**
 * (j) Sheet names that need quoting: "Ark1" (Danish Excel's default) and "Kim's tal"
 * (an apostrophe, doubled inside quotes), with print areas and print titles as Excel writes
 * them: `_xlnm.Print_Area` scoped to each sheet. Kim's tal!B2 = 563.
 */
export function quotedSheetNames(): Promise<Uint8Array> {
  return buildWorkbook({
    sheets: [
      {
        name: "Ark1",
        rows: [
          ["Navn", "Antal"],
          ["Sager", 661],
        ],
      },
      {
        name: "Kim's tal",
        rows: [
          ["Navn", "Antal"],
          ["Sager", 563],
          ["Mål", 700],
        ],
      },
    ],
    definedNames:
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Ark1!$A$1:$B$2</definedName>' +
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">'Kim''s tal'!$A$1:$B$3</definedName>" +
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Kim''s tal'!$1:$1</definedName>" +
      "<definedName name=\"KimsAntal\">'Kim''s tal'!$B$2</definedName>",
  }).bytes();
}

/** A chart part: a clustered column chart of Data!C2:C5 by Data!B2:B5 with cached values. */
function chartXml(title: string): string {
  const pts = (vals: (string | number)[]): string =>
    `<c:ptCount val="${vals.length}"/>` +
    vals.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return (
    `${XML_DECL}<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${TRANSITIONAL.r}">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Data!$C$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Antal</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
    `<c:cat><c:strRef><c:f>Data!$B$2:$B$5</c:f><c:strCache>${pts(["Job", "Uddannelse", "Job", "Uddannelse"])}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Data!$C$2:$C$5</c:f><c:numCache><c:formatCode>General</c:formatCode>${pts([12, 5, 3, 9])}</c:numCache></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart>' +
    '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/><c:crosses val="autoZero"/></c:catAx>' +
    '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/><c:crosses val="autoZero"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

/** A graphic frame that shows the chart of relationship `rid`. */
function chartFrame(rid: string, id: number): string {
  return (
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Diagram ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
  );
}

/** Adds a drawing part holding one chart (anchored in cells, or absolute for a chart sheet). */
function addChartDrawing(
  pkg: PackageBuilder,
  drawing: string,
  chart: string,
  title: string,
  absolute: boolean
): void {
  pkg.add(chart, chartXml(title), CT.chart);
  const rid = pkg.relate(drawing, `${TRANSITIONAL.rel}chart`, chart);
  const anchor = absolute
    ? `<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6300000"/>${chartFrame(rid, 2)}<xdr:clientData/></xdr:absoluteAnchor>`
    : "<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
      "<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
      `${chartFrame(rid, 2)}<xdr:clientData/></xdr:twoCellAnchor>`;
  pkg.add(
    drawing,
    `${XML_DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_DRAWING}" xmlns:r="${TRANSITIONAL.r}">${anchor}</xdr:wsDr>`,
    CT.drawing
  );
}

/** The legacy VML shape Excel writes for a note on A1. */
const COMMENT_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';

/**
 * (k) A workbook with what a user's real workbook carries beside the data, for lossless-write
 * checks: a worksheet "Data" with a chart in a drawing, a note (comments + VML), data
 * validation and conditional formatting; a worksheet "Pivot" with a pivot table and its
 * cache; a chart sheet "Diagram1"; a VBA project (so this is an .xlsm); a custom XML part;
 * an external link; print area and a sheet-scoped name. Data!C2 = 12.
 */
export function richWorkbook(): Promise<Uint8Array> {
  const c = TRANSITIONAL;
  const pkg = new PackageBuilder();
  pkg.defaultType("vml", CT.vml).defaultType("bin", CT.vba);

  addChartDrawing(pkg, "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "Udfald", false);
  addChartDrawing(
    pkg,
    "xl/drawings/drawing2.xml",
    "xl/charts/chart2.xml",
    "Udfald pr. afdeling",
    true
  );
  pkg.add(
    "xl/chartsheets/sheet1.xml",
    `${XML_DECL}<chartsheet xmlns="${c.main}" xmlns:r="${c.r}"><sheetPr/><sheetViews><sheetView zoomToFit="1" workbookViewId="0"/></sheetViews>` +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>',
    CT.chartsheet
  );
  pkg.relate("xl/chartsheets/sheet1.xml", `${c.rel}drawing`, "xl/drawings/drawing2.xml");

  pkg.add(
    "xl/comments1.xml",
    `${XML_DECL}<comments xmlns="${c.main}"><authors><author>Kim</author></authors><commentList>` +
      '<comment ref="A1" authorId="0"><text><r><t xml:space="preserve">Kilde: Jobindsats</t></r></text></comment></commentList></comments>',
    CT.comments
  );
  pkg.add("xl/drawings/vmlDrawing1.vml", COMMENT_VML);

  // Pivot table over Data!A1:C5 on sheet "Pivot", with its cache definition and records.
  pkg.add(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML_DECL}<pivotCacheDefinition xmlns="${c.main}" xmlns:r="${c.r}" r:id="rId1" refreshedBy="Kim" refreshedDate="45292" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="4">` +
      '<cacheSource type="worksheet"><worksheetSource ref="A1:C5" sheet="Data"/></cacheSource><cacheFields count="3">' +
      '<cacheField name="Afdeling" numFmtId="0"><sharedItems count="2"><s v="Nord"/><s v="Syd"/></sharedItems></cacheField>' +
      '<cacheField name="Udfald" numFmtId="0"><sharedItems count="2"><s v="Job"/><s v="Uddannelse"/></sharedItems></cacheField>' +
      '<cacheField name="Antal" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="12"/></cacheField>' +
      "</cacheFields></pivotCacheDefinition>",
    CT.pivotCacheDefinition
  );
  pkg.add(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${XML_DECL}<pivotCacheRecords xmlns="${c.main}" xmlns:r="${c.r}" count="4">` +
      '<r><x v="0"/><x v="0"/><n v="12"/></r><r><x v="0"/><x v="1"/><n v="5"/></r><r><x v="1"/><x v="0"/><n v="3"/></r><r><x v="1"/><x v="1"/><n v="9"/></r></pivotCacheRecords>',
    CT.pivotCacheRecords
  );
  pkg.relate(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${c.rel}pivotCacheRecords`,
    "xl/pivotCache/pivotCacheRecords1.xml"
  );
  pkg.add(
    "xl/pivotTables/pivotTable1.xml",
    `${XML_DECL}<pivotTableDefinition xmlns="${c.main}" name="Pivottabel1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Værdier" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
      '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="3">' +
      '<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>' +
      '<pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields>' +
      '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>' +
      '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum af Antal" fld="2" baseField="0" baseItem="0"/></dataFields>' +
      '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>',
    CT.pivotTable
  );
  pkg.relate(
    "xl/pivotTables/pivotTable1.xml",
    `${c.rel}pivotCacheDefinition`,
    "xl/pivotCache/pivotCacheDefinition1.xml"
  );

  // VBA project: a compound file as Office writes it (content is not a working project).
  pkg.add(
    "xl/vbaProject.bin",
    compoundFile([
      {
        name: "PROJECT",
        data: utf8('ID="{00000000-0000-0000-0000-000000000000}"\r\nName="VBAProject"\r\n'),
      },
      {
        name: "VBA",
        children: [
          { name: "dir", data: new Uint8Array(16) },
          { name: "_VBA_PROJECT", data: new Uint8Array([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]) },
        ],
      },
    ]),
    CT.vba
  );
  pkg.relate("xl/workbook.xml", REL_VBA, "xl/vbaProject.bin");

  // Custom XML data part with its properties part.
  pkg.add(
    "customXml/item1.xml",
    `${XML_DECL}<kik:sag xmlns:kik="urn:example:kik"><kommune>Aabenraa</kommune></kik:sag>`
  );
  pkg.add(
    "customXml/itemProps1.xml",
    `${XML_DECL}<ds:datastoreItem ds:itemID="{6B2F5C9A-1D3E-4F70-9A1B-2C3D4E5F6A7B}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    CT.customXmlProps
  );
  pkg.relate("customXml/item1.xml", `${c.rel}customXmlProps`, "customXml/itemProps1.xml");
  pkg.relate("xl/workbook.xml", `${c.rel}customXml`, "customXml/item1.xml");

  addExternalLink(pkg, "xl/externalLinks/externalLink1.xml");

  const data: CellInput[][] = [
    ["Afdeling", "Udfald", "Antal"],
    ["Nord", "Job", 12],
    ["Nord", "Uddannelse", 5],
    ["Syd", "Job", 3],
    ["Syd", "Uddannelse", 9],
    ["Ekstern", null, { xml: '<c r="C6"><f>[1]Sheet1!$A$1</f><v>42</v></c>' }],
  ];
  const pivot: CellInput[][] = [
    [],
    [],
    ["Rækkenavne", "Sum af Antal"],
    ["Nord", 17],
    ["Syd", 12],
    ["Hovedtotal", 29],
  ];
  return buildWorkbook(
    {
      macroEnabled: true,
      sheets: [
        {
          name: "Data",
          rows: data,
          afterSheetData:
            '<conditionalFormatting sqref="C2:C5"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting>' +
            '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="C2:C5"><formula1>0</formula1></dataValidation></dataValidations>',
          drawing: "xl/drawings/drawing1.xml",
          comments: { part: "xl/comments1.xml", vml: "xl/drawings/vmlDrawing1.vml" },
        },
        { name: "Pivot", rows: pivot, pivotTables: ["xl/pivotTables/pivotTable1.xml"] },
      ],
      chartsheets: [{ name: "Diagram1", part: "xl/chartsheets/sheet1.xml" }],
      externalLinks: ["xl/externalLinks/externalLink1.xml"],
      pivotCaches: [{ cacheId: 1, part: "xl/pivotCache/pivotCacheDefinition1.xml" }],
      definedNames:
        '<definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$C$5</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">Data!$1:$1</definedName>' +
        '<definedName name="Lokal" localSheetId="1">Pivot!$B$4</definedName>' +
        '<definedName name="Udfald">Data!$A$1:$C$5</definedName>',
    },
    pkg
  ).bytes();
}

/**
 * A user's large workbook for speed and memory: sheet "Register" with `rows` case rows of
 * 25 columns (ids, names, dates, outcomes, monthly amounts in kr. with decimals, shares at
 * full precision, free-text notes: the mix that keeps a real register from compressing
 * well; about 20 MB zipped and 2.8 million cells for 100,000 rows) and a small "KIK Input" sheet with the KIK_Sagstal table. Seeded, so deterministic.
 */
export function largeRegister(rows = 100_000, seed = 42): Promise<Uint8Array> {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const first = [
    "Anne",
    "Bo",
    "Camilla",
    "Dennis",
    "Emma",
    "Frederik",
    "Gitte",
    "Hans",
    "Ida",
    "Jens",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Ole",
    "Pia",
    "Rasmus",
    "Sofie",
    "Thomas",
    "Ulla",
  ];
  const last = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
  ];
  const outcomes = ["Job", "Uddannelse", "Fleksjob", "Førtidspension", "Flyttet", "Andet"];
  const units = ["Jobcenter Nord", "Jobcenter Syd", "Ungeenheden", "Virksomhedsservice"];
  const words = [
    "samtale",
    "opfølgning",
    "praktik",
    "løntilskud",
    "mentor",
    "afklaring",
    "sygdom",
    "kursus",
    "virksomhed",
    "aftale",
    "indsats",
    "plan",
  ];

  const monthNames = [
    "jan",
    "feb",
    "mar",
    "apr",
    "maj",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
  ];
  const header = [
    "Løbenr",
    "Sags-id",
    "Navn",
    "Enhed",
    "Start",
    "Slut",
    "Udfald",
    "Ydelse (kr.)",
    "Timer",
    "Note",
    ...monthNames.map((m) => `Udbetalt ${m}. (kr.)`),
    ...monthNames.slice(0, 3).map((m) => `Andel ${m}.`),
  ];
  const start0 = serialOf("2015-01-01");
  const register = (strings: { add(text: string): number }): string => {
    const str = (ref: string, text: string): string =>
      `<c r="${ref}" t="s"><v>${strings.add(text)}</v></c>`;
    const parts: string[] = [
      `<row r="1">${header.map((h, c) => str(addr(1, c + 1), h)).join("")}</row>`,
    ];
    for (let r = 2; r <= rows + 1; r++) {
      const start = start0 + Math.floor(rand() * 1800);
      const note = `${Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(words)).join(" ")} ${Math.floor(rand() * 1e6)}`;
      parts.push(
        `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>` +
          str(
            `B${r}`,
            `S-${Math.floor(rand() * 1e9)
              .toString(36)
              .toUpperCase()}`
          ) +
          str(`C${r}`, `${pick(first)} ${pick(last)}`) +
          str(`D${r}`, pick(units)) +
          `<c r="E${r}" s="${STYLE.shortDate}"><v>${start}</v></c>` +
          `<c r="F${r}" s="${STYLE.shortDate}"><v>${start + Math.floor(rand() * 400)}</v></c>` +
          str(`G${r}`, pick(outcomes)) +
          `<c r="H${r}"><v>${(rand() * 250_000).toFixed(2)}</v></c>` +
          `<c r="I${r}"><v>${rand() * 300}</v></c>` +
          str(`J${r}`, note) +
          monthNames
            .map((_m, i) => `<c r="${addr(r, 11 + i)}"><v>${(rand() * 20_000).toFixed(2)}</v></c>`)
            .join("") +
          // Shares as formulas leave them: full double precision.
          monthNames
            .slice(0, 3)
            .map((_m, i) => `<c r="${addr(r, 23 + i)}"><v>${rand()}</v></c>`)
            .join("") +
          "</row>"
      );
    }
    return parts.join("");
  };
  return buildWorkbook({
    sheets: [
      {
        name: "KIK Input",
        rows: caseloadRows(),
        tables: [{ name: "KIK_Sagstal", ref: "A1:B4", columns: ["Måned", "Sagstal"] }],
      },
      { name: "Register", sheetData: register },
    ],
  }).bytes();
}

// ---------------------------------------------------------------------------------------
// Catalogue with expected values
// ---------------------------------------------------------------------------------------

/** A value as a faithful reader gives it; dates as `{ date: "YYYY-MM-DD" }`. */
export type Expected = number | string | boolean | null | { date: string };

/** A cell a faithful reader must read as `expect`. */
export interface Probe {
  sheet: string;
  cell: string;
  expect: Expected;
}

/** One case of the corpus. */
export interface FixtureCase {
  /** Short id, also the file stem. */
  id: string;
  /** Letter of the case in issue 9's list and what it shows. */
  title: string;
  /** What the file really is. Non-xlsx kinds are saved with an .xlsx name all the same. */
  kind: "xlsx" | "xlsm" | "ods" | "encrypted" | "csv" | "xls";
  make: () => Promise<Uint8Array> | Uint8Array;
  probes: Probe[];
  /** Tables a faithful reader finds, with data rows only (header and totals excluded). */
  tables?: { sheet: string; name: string; ref: string; dataRef: string }[];
  /** Defined names read at workbook level: the cell value they lead to, or their formula text. */
  names?: {
    name: string;
    expect: Expected;
    refersTo?: string;
    external?: boolean;
    formula?: boolean;
  }[];
}

const months = (sheet: string, col = "A", first = 2): Probe[] =>
  MONTHS.map(([d], i) => ({ sheet, cell: `${col}${first + i}`, expect: { date: d } }));
const counts = (sheet: string, col = "B", first = 2): Probe[] =>
  MONTHS.map(([, n], i) => ({ sheet, cell: `${col}${first + i}`, expect: n }));

/** Every case with what a faithful reader must return. */
export const CASES: FixtureCase[] = [
  {
    id: "a-formula-cached-falsy",
    title: '(a) formula cells cached 0, FALSE, "" (plain and shared formulas)',
    kind: "xlsx",
    make: formulaCachedFalsy,
    probes: [
      { sheet: "KIK Input", cell: "B2", expect: 0 },
      { sheet: "KIK Input", cell: "C2", expect: false },
      { sheet: "KIK Input", cell: "D2", expect: "" },
      { sheet: "KIK Input", cell: "B3", expect: 0 },
      { sheet: "KIK Input", cell: "B4", expect: 0 },
      { sheet: "KIK Input", cell: "D3", expect: "" },
    ],
  },
  {
    id: "b-table-totals-row",
    title: '(b) tables with a totals row (totalsRowCount=1, "I alt"/"Total")',
    kind: "xlsx",
    make: tableTotalsRow,
    probes: [
      ...counts("KIK Input"),
      { sheet: "KIK Input", cell: "A5", expect: "I alt" },
      { sheet: "KIK Input", cell: "D4", expect: "Total" },
    ],
    tables: [
      { sheet: "KIK Input", name: "KIK_Sagstal", ref: "A1:B5", dataRef: "A2:B4" },
      { sheet: "KIK Input", name: "KIK_Udfald", ref: "D1:E4", dataRef: "D2:E3" },
    ],
  },
  {
    id: "c-date1904",
    title: "(c) 1904 date system, month cells",
    kind: "xlsx",
    make: date1904,
    probes: [...months("KIK Input"), ...counts("KIK Input")],
  },
  {
    id: "d-iso-date-cells",
    title: '(d) ISO-8601 date cells t="d" (openpyxl)',
    kind: "xlsx",
    make: isoDateCells,
    probes: [...months("KIK Input"), ...counts("KIK Input")],
  },
  {
    id: "e1-names-global-first",
    title: "(e) name scopes: workbook-level Antal written before the sheet-scoped copy",
    kind: "xlsx",
    make: () => definedNameScopes(true),
    probes: [{ sheet: "Data", cell: "B2", expect: 563 }],
    names: [
      { name: "Antal", expect: 563, refersTo: "Data!$B$2" },
      {
        name: "Dynamisk",
        expect: null,
        formula: true,
        refersTo: "OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),2)",
      },
      { name: "Ekstern", expect: null, external: true, refersTo: "[1]Sheet1!$A$1" },
    ],
  },
  {
    id: "e2-names-local-first",
    title: "(e) name scopes: sheet-scoped copy of Antal written first",
    kind: "xlsx",
    make: () => definedNameScopes(false),
    probes: [{ sheet: "Data", cell: "B2", expect: 563 }],
    names: [
      { name: "Antal", expect: 563, refersTo: "Data!$B$2" },
      {
        name: "Dynamisk",
        expect: null,
        formula: true,
        refersTo: "OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),2)",
      },
      { name: "Ekstern", expect: null, external: true, refersTo: "[1]Sheet1!$A$1" },
    ],
  },
  {
    id: "f-no-r-attributes",
    title: "(f) rows and cells without r attributes",
    kind: "xlsx",
    make: noRowColumnRefs,
    probes: [
      { sheet: "KIK Input", cell: "A1", expect: "Måned" },
      { sheet: "KIK Input", cell: "B1", expect: "Sagstal" },
      { sheet: "KIK Input", cell: "A2", expect: { date: "2015-06-01" } },
      { sheet: "KIK Input", cell: "B2", expect: 661 },
      { sheet: "KIK Input", cell: "A3", expect: null },
      { sheet: "KIK Input", cell: "A4", expect: { date: "2015-07-01" } },
      { sheet: "KIK Input", cell: "B4", expect: 655 },
      { sheet: "KIK Input", cell: "C4", expect: "Note" },
      { sheet: "KIK Input", cell: "D4", expect: 1 },
      { sheet: "KIK Input", cell: "A5", expect: { date: "2015-08-01" } },
      { sheet: "KIK Input", cell: "B5", expect: 648 },
    ],
  },
  {
    id: "g-libreoffice-table",
    title: "(g) table without tableStyleInfo (LibreOffice)",
    kind: "xlsx",
    make: libreOfficeTable,
    probes: [...months("KIK Input"), ...counts("KIK Input")],
    tables: [{ sheet: "KIK Input", name: "KIK_Sagstal", ref: "A1:B4", dataRef: "A2:B4" }],
  },
  {
    id: "h-strict",
    title: "(h) Strict Open XML package",
    kind: "xlsx",
    make: strictPackage,
    probes: [
      { sheet: "KIK Input", cell: "A1", expect: "Måned" },
      ...months("KIK Input"),
      ...counts("KIK Input"),
    ],
    tables: [{ sheet: "KIK Input", name: "KIK_Sagstal", ref: "A1:B4", dataRef: "A2:B4" }],
  },
  { id: "i1-ods-renamed", title: "(i) .ods renamed .xlsx", kind: "ods", make: odsFile, probes: [] },
  {
    id: "i2-encrypted",
    title: "(i) password-protected workbook (CFB, agile encryption)",
    kind: "encrypted",
    make: encryptedWorkbook,
    probes: [],
  },
  { id: "i3-csv-renamed", title: "(i) CSV renamed .xlsx", kind: "csv", make: csvFile, probes: [] },
  {
    id: "i4-xls-renamed",
    title: "(i) old .xls (BIFF8) renamed .xlsx",
    kind: "xls",
    make: xlsFile,
    probes: [],
  },
  {
    id: "j-quoted-sheet-names",
    title: '(j) sheets "Ark1" and "Kim\'s tal" with print areas',
    kind: "xlsx",
    make: quotedSheetNames,
    probes: [
      { sheet: "Ark1", cell: "B2", expect: 661 },
      { sheet: "Kim's tal", cell: "B2", expect: 563 },
    ],
    names: [{ name: "KimsAntal", expect: 563, refersTo: "'Kim''s tal'!$B$2" }],
  },
  {
    id: "k-rich-xlsm",
    title:
      "(k) chart sheet, chart, pivot, VBA, comments, validation, CF, custom XML, external link",
    kind: "xlsm",
    make: richWorkbook,
    probes: [
      { sheet: "Data", cell: "C2", expect: 12 },
      { sheet: "Data", cell: "C6", expect: 42 },
      { sheet: "Pivot", cell: "B6", expect: 29 },
    ],
    names: [{ name: "Udfald", expect: "Afdeling", refersTo: "Data!$A$1:$C$5" }],
  },
];

/** File name of a case: `<id>.xlsx`, or `.xlsm` for a macro workbook. */
export function fileNameOf(c: FixtureCase): string {
  return `${c.id}.${c.kind === "xlsm" ? "xlsm" : "xlsx"}`;
}
