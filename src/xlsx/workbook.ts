/**
 * A spreadsheet package read directly: the workbook part (sheets, defined names, date system),
 * its tables, shared strings and cell formats, and each worksheet's cells when they are first
 * asked for. This is the command line's reader (README: why the package's XML is read
 * directly instead of through ExcelJS or SheetJS).
 *
 * {@link XlsxWorkbook.view} gives the host-neutral {@link WorkbookView} the input readers read,
 * with the same values Office.js hands the task pane.
 */
import type { Grid, GridValue } from "../input/grid";
import type { RangeRef } from "../input/model";
import type { ViewTable, WorkbookView } from "../input/read-case";
import { GENERATED_NAME_PREFIX, REPORT_SHEET_KINDS, type ReportSheetKind } from "../report/plan";
import type { ExistingSheet } from "../report/sheet-names";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  isBuiltInDateFormat,
  isDateFormat,
  parseLocalAddress,
  parseRangeAddress,
  sameName,
} from "../sheet";
import {
  CONTENT_TYPE,
  CONTENT_TYPES_PART,
  ContentTypes,
  STRICT,
  TRANSITIONAL,
  parseRelationships,
  relsPartOf,
  type Conformance,
  type Relationship,
} from "./opc";
import { readSheetCells, type CellContext, type SheetCells } from "./sheet-data";
import { compoundFileKind, isCompoundFile, isZip, looksLikeText } from "./sniff";
import { XmlScanner, textContent, unescapeXstring } from "./xml";
import { ZipPackage, ZipReadError } from "./zip";

/** Why a file cannot be read as a workbook; the command line says what to do for each. */
export type NotAWorkbook =
  | "empty"
  | "encrypted"
  | "xls"
  | "compound"
  | "ods"
  | "zip"
  | "text"
  | "xlsb"
  | "notWorkbook"
  | "damaged"
  | "unknown";

/** A file that is not a workbook KIK can read (see {@link NotAWorkbook}). */
export class XlsxReadError extends Error {
  constructor(
    readonly kind: NotAWorkbook,
    readonly detail = ""
  ) {
    super(detail === "" ? kind : `${kind}: ${detail}`);
    this.name = "XlsxReadError";
  }
}

/** A sheet of the workbook, in the workbook's order. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** Relationship id of the sheet's part in the workbook's relationships. */
  readonly rId: string;
  /** The sheet's part, or null when the relationship is missing. */
  readonly part: string | null;
  /** The relationship's kind: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet" … */
  readonly kind: string;
  /** 0-based position: what `localSheetId` of a sheet-scoped name refers to. */
  readonly index: number;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
}

/** A defined name as written in the workbook part. */
export interface DefinedName {
  readonly name: string;
  /** The sheet index of a sheet-scoped name; null for a workbook-level name. */
  readonly localSheetId: number | null;
  /** What it refers to, as written (without "="). */
  readonly formula: string;
  readonly hidden: boolean;
}

/** A workbook-level name that is not a plain range, so the readers cannot use it. */
export interface UnusableName {
  readonly name: string;
  readonly formula: string;
  /** Points into another workbook, or is a formula (OFFSET, a constant, #REF! …). */
  readonly reason: "external" | "formula";
}

/** A table part on a worksheet. */
export interface TableEntry {
  readonly sheet: string;
  readonly part: string;
  readonly name: string;
  readonly id: number;
  readonly range: RangeRef | null;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

/** A sheet-qualified range in a name's formula: Sheet!$A$1:$C$5, 'Kim''s tal'!$B$2, Data!$A:$A. */
export function rangeOfNameFormula(formula: string): RangeRef | null {
  const text = formula.trim().replace(/^=/, "");
  const m =
    /^(?:'((?:[^']|'')+)'|([^!'[\]]+))!(\$?[A-Za-z]{1,3}|\$?\d+)(?::(\$?[A-Za-z]{1,3}|\$?\d+))?$/.exec(
      text
    );
  if (m !== null) {
    // Whole columns ($A:$C) or whole rows ($1:$3).
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string).trim();
    const a = (m[3] as string).replace(/\$/g, "");
    const b = (m[4] ?? (m[3] as string)).replace(/\$/g, "");
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
      const top = Math.min(Number(a), Number(b));
      const bottom = Math.max(Number(a), Number(b));
      if (top < 1 || bottom > MAX_ROWS) return null;
      return { sheet, top, left: 1, bottom, right: MAX_COLUMNS };
    }
    if (/^[A-Za-z]+$/.test(a) && /^[A-Za-z]+$/.test(b)) {
      const block = parseLocalAddress(`${a}1:${b}1`);
      if (block === null || block.right > MAX_COLUMNS) return null;
      return { sheet, top: 1, left: block.left, bottom: MAX_ROWS, right: block.right };
    }
    return null;
  }
  if (text.includes("[")) return null;
  const range = parseRangeAddress(text);
  if (range === null || range.bottom > MAX_ROWS || range.right > MAX_COLUMNS) return null;
  return range;
}

/** The package's main workbook part, its kind and conformance. */
interface MainPart {
  readonly part: string;
  readonly contentType: string;
  readonly conformance: Conformance;
}

/** The whole workbook as read. */
export class XlsxWorkbook implements CellContext {
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
  /** The workbook part's relationships. */
  readonly relationships: readonly Relationship[];
  private sst: string[] | null = null;
  private dateStyles: boolean[] | null = null;
  private readonly cellsBySheet = new Map<string, SheetCells>();
  private tableList: TableEntry[] | null = null;

  private constructor(
    readonly pkg: ZipPackage,
    readonly contentTypes: ContentTypes,
    readonly main: MainPart,
    readonly workbookXml: string
  ) {
    this.relationships = parseRelationships(main.part, pkg.text(relsPartOf(main.part)));
    const byId = new Map(this.relationships.map((r) => [r.id, r]));
    const sheets: SheetEntry[] = [];
    const names: DefinedName[] = [];
    let date1904 = false;
    const s = new XmlScanner(workbookXml);
    let inNames = false;
    while (s.next()) {
      const local = s.local;
      if (s.kind === "close") {
        if (local === "definedNames") inNames = false;
        continue;
      }
      if (local === "sheet") {
        const rId = s.attr("id") ?? "";
        const rel = byId.get(rId);
        sheets.push({
          name: s.attr("name") ?? "",
          sheetId: Number(s.attr("sheetId") ?? 0),
          rId,
          part: rel === undefined || rel.external ? null : rel.target,
          kind: rel?.kind ?? "",
          index: sheets.length,
          state: s.attr("state") ?? "visible",
        });
      } else if (local === "workbookPr") {
        const v = s.attr("date1904");
        date1904 = v === "1" || v === "true";
      } else if (local === "definedNames") {
        inNames = s.kind === "open";
      } else if (local === "definedName" && inNames) {
        const name = s.attr("name") ?? "";
        const scope = s.attr("localSheetId");
        const hidden = s.attr("hidden");
        let formula = "";
        if (s.kind === "open") {
          const from = s.end;
          s.skipElement();
          formula = textContent(workbookXml, from, s.start);
        }
        names.push({
          name,
          localSheetId: scope === undefined ? null : Number(scope),
          formula: unescapeXstring(formula),
          hidden: hidden === "1" || hidden === "true",
        });
      }
    }
    this.sheets = sheets;
    this.names = names;
    this.date1904 = date1904;
  }

  /**
   * Reads a workbook from file bytes. Throws {@link XlsxReadError} naming what the file is when
   * it is not a workbook KIK can read.
   */
  static async open(bytes: Uint8Array): Promise<XlsxWorkbook> {
    if (bytes.length === 0) throw new XlsxReadError("empty");
    if (isCompoundFile(bytes)) throw new XlsxReadError(compoundFileKind(bytes));
    if (!isZip(bytes)) throw new XlsxReadError(looksLikeText(bytes) ? "text" : "unknown");
    let pkg: ZipPackage;
    try {
      pkg = await ZipPackage.open(bytes);
    } catch (e) {
      throw new XlsxReadError("damaged", e instanceof ZipReadError ? e.reason : String(e));
    }
    try {
      return XlsxWorkbook.fromPackage(pkg);
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      throw new XlsxReadError("damaged", e instanceof Error ? e.message : String(e));
    }
  }

  /** Reads a workbook from an opened package. */
  static fromPackage(pkg: ZipPackage): XlsxWorkbook {
    const mimetype = pkg.text("mimetype");
    if (mimetype !== null && mimetype.startsWith("application/vnd.oasis.opendocument"))
      throw new XlsxReadError(
        mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? "ods" : "zip"
      );
    const typesXml = pkg.text(CONTENT_TYPES_PART);
    if (typesXml === null) throw new XlsxReadError("zip");
    const contentTypes = new ContentTypes(typesXml);
    const root = parseRelationships("", pkg.text(relsPartOf("")));
    const office = root.find((r) => r.kind === "officeDocument" && !r.external);
    if (office === undefined) throw new XlsxReadError("notWorkbook");
    const contentType = contentTypes.typeOf(office.target) ?? "";
    if (contentType === CONTENT_TYPE.binaryWorkbook) throw new XlsxReadError("xlsb");
    const xml = pkg.text(office.target);
    if (xml === null) throw new XlsxReadError("damaged", `${office.target} is missing`);
    const rootTag = new XmlScanner(xml);
    if (!rootTag.next() || rootTag.local !== "workbook") throw new XlsxReadError("notWorkbook");
    const strict =
      office.type.startsWith(STRICT.rel) ||
      rootTag.attr("conformance") === "strict" ||
      xml.includes(STRICT.main);
    return new XlsxWorkbook(
      pkg,
      contentTypes,
      { part: office.target, contentType, conformance: strict ? STRICT : TRANSITIONAL },
      xml
    );
  }

  /** The worksheet of that name (case-insensitively, as Excel compares names). */
  sheet(name: string): SheetEntry | undefined {
    return (
      this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => sameName(s.name, name))
    );
  }

  /** The workbook part's relationship of a kind ("styles", "sharedStrings" …). */
  private related(kind: string): string | null {
    const rel = this.relationships.find((r) => r.kind === kind && !r.external);
    return rel === undefined ? null : rel.target;
  }

  sharedString(index: number): string | null {
    if (this.sst === null) this.sst = readSharedStrings(this.textOf(this.related("sharedStrings")));
    return this.sst[index] ?? null;
  }

  isDateStyle(style: number): boolean {
    if (this.dateStyles === null)
      this.dateStyles = readDateStyles(this.textOf(this.related("styles")));
    return this.dateStyles[style] === true;
  }

  private textOf(part: string | null): string | null {
    return part === null ? null : this.pkg.text(part);
  }

  /** The cells of a worksheet (read once, then kept); null for a sheet without cells. */
  cells(sheetName: string): SheetCells | null {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined || sheet.kind !== "worksheet" || sheet.part === null) return null;
    const cached = this.cellsBySheet.get(sheet.name);
    if (cached !== undefined) return cached;
    const xml = this.pkg.text(sheet.part);
    // A sheet the workbook lists whose part is missing or cut off: the file is damaged, and
    // reading what is left would give figures from part of the data.
    if (xml === null)
      throw new XlsxReadError("damaged", `${sheet.part} (${sheet.name}) is missing`);
    const cells = readSheetCells(xml, this);
    if (!cells.wellFormed)
      throw new XlsxReadError("damaged", `${sheet.part} (${sheet.name}) is not well-formed`);
    this.cellsBySheet.set(sheet.name, cells);
    return cells;
  }

  /** The worksheets' tables. */
  tables(): readonly TableEntry[] {
    if (this.tableList !== null) return this.tableList;
    const list: TableEntry[] = [];
    for (const sheet of this.sheets) {
      if (sheet.kind !== "worksheet" || sheet.part === null) continue;
      for (const rel of parseRelationships(sheet.part, this.pkg.text(relsPartOf(sheet.part)))) {
        if (rel.kind !== "table" || rel.external) continue;
        const xml = this.pkg.text(rel.target);
        if (xml === null) continue;
        const t = new XmlScanner(xml);
        if (!t.next() || t.local !== "table") continue;
        const block = parseLocalAddress(t.attr("ref") ?? "");
        const inLimits = block !== null && block.bottom <= MAX_ROWS && block.right <= MAX_COLUMNS;
        list.push({
          sheet: sheet.name,
          part: rel.target,
          name: t.attr("displayName") ?? t.attr("name") ?? "",
          id: Number(t.attr("id") ?? 0),
          range: inLimits ? { sheet: sheet.name, ...block } : null,
          headerRowCount: Number(t.attr("headerRowCount") ?? 1),
          totalsRowCount: Number(t.attr("totalsRowCount") ?? 0),
        });
      }
    }
    this.tableList = list;
    return list;
  }

  /** Workbook-level names that are plain ranges (as Office.js's `workbook.names` gives them). */
  rangeNames(): { name: string; range: RangeRef }[] {
    const out: { name: string; range: RangeRef }[] = [];
    for (const n of this.names) {
      if (n.localSheetId !== null || n.name.startsWith("_xlnm.")) continue;
      const range = rangeOfNameFormula(n.formula);
      if (range !== null) out.push({ name: n.name, range });
    }
    return out;
  }

  /** Workbook-level names the readers cannot use: links into other workbooks and formulas. */
  unusableNames(): UnusableName[] {
    const out: UnusableName[] = [];
    for (const n of this.names) {
      if (n.localSheetId !== null || n.name.startsWith("_xlnm.")) continue;
      if (rangeOfNameFormula(n.formula) !== null) continue;
      const external = /^'?\[[^\]]*\]/.test(n.formula.trim().replace(/^=/, ""));
      out.push({ name: n.name, formula: n.formula, reason: external ? "external" : "formula" });
    }
    return out;
  }

  /**
   * The sheets and which report sheet each is, if KIK made it: the workbook-level name
   * `KIK_GENERATED_<KIND>` refers to a cell on it.
   */
  existingSheets(): ExistingSheet[] {
    const kindBySheet = new Map<string, ReportSheetKind>();
    for (const kind of REPORT_SHEET_KINDS) {
      const sheet = this.markedSheet(kind);
      if (sheet !== undefined && !kindBySheet.has(sheet.name)) kindBySheet.set(sheet.name, kind);
    }
    return this.sheets.map((s) => ({
      name: s.name,
      generatedKind: kindBySheet.get(s.name) ?? null,
    }));
  }

  /** The worksheet the marker name of `kind` points at, if any. */
  markedSheet(kind: ReportSheetKind): SheetEntry | undefined {
    const marker = `${GENERATED_NAME_PREFIX}${kind.toUpperCase()}`;
    const name = this.names.find((n) => n.localSheetId === null && sameName(n.name, marker));
    if (name === undefined) return undefined;
    const range = parseRangeAddress(name.formula.trim().replace(/^=/, ""));
    if (range === null) return undefined;
    const sheet = this.sheet(range.sheet);
    return sheet !== undefined && sheet.kind === "worksheet" ? sheet : undefined;
  }

  /** Formula cells without a cached result inside `range`, in reading order. */
  formulasWithoutResult(range: RangeRef, limit = 20): { row: number; column: number }[] {
    const cells = this.cells(range.sheet);
    if (cells === null) return [];
    const out: { row: number; column: number }[] = [];
    for (const key of cells.uncalculated) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right)
        out.push({ row, column });
    }
    out.sort((a, b) => a.row - b.row || a.column - b.column);
    return out.slice(0, limit);
  }

  /** Uncompressed bytes of the worksheets' parts: the size of what a full read would parse. */
  worksheetBytes(): number {
    let total = 0;
    for (const s of this.sheets) if (s.part !== null) total += this.pkg.size(s.part) ?? 0;
    return total;
  }

  /** The host-neutral view the input readers read. */
  view(): WorkbookView {
    const worksheets = this.sheets.filter((s) => s.kind === "worksheet");
    const tables: ViewTable[] = [];
    for (const t of this.tables()) {
      if (t.range === null || t.name === "") continue;
      tables.push({ name: t.name, range: t.range, totalsRow: t.totalsRowCount > 0 });
    }
    const book = this;
    return {
      sheetNames: worksheets.map((s) => s.name),
      tables,
      names: this.rangeNames(),
      grid(range: RangeRef): Grid {
        return gridOf(book, range);
      },
      usedRange(sheet: string): RangeRef | null {
        const entry = book.sheet(sheet);
        const cells = book.cells(sheet);
        if (entry === undefined || cells === null || cells.used === null) return null;
        return { sheet: entry.name, ...cells.used };
      },
    };
  }
}

/** The cells of a range as a grid: rows below the last used row and blank row ends left out. */
function gridOf(book: XlsxWorkbook, range: RangeRef): Grid {
  const entry = book.sheet(range.sheet);
  const cells = book.cells(range.sheet);
  const sheet = entry?.name ?? range.sheet;
  if (cells === null || cells.used === null)
    return { sheet, top: range.top, left: range.left, values: [] };
  const lastRow = Math.min(range.bottom, cells.used.bottom);
  const lastColumn = Math.min(range.right, cells.used.right);
  const values: GridValue[][] = [];
  for (let r = range.top; r <= lastRow; r++) {
    const row = cells.rows.get(r);
    const out: GridValue[] = [];
    if (row !== undefined) {
      let width = 0;
      for (let c = range.left; c <= Math.min(lastColumn, row.length); c++) {
        const v = row[c - 1] ?? null;
        out.push(v);
        if (v !== null) width = out.length;
      }
      out.length = width;
    }
    values.push(out);
  }
  const merges = cells.merges.filter(
    (m) =>
      m.top <= range.bottom &&
      m.bottom >= range.top &&
      m.left <= range.right &&
      m.right >= range.left
  );
  const grid: Grid = { sheet, top: range.top, left: range.left, values };
  return merges.length > 0 ? { ...grid, merges } : grid;
}

/** The shared-string table: each `<si>`'s text runs, phonetic runs (`<rPh>`) left out. */
export function readSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const s = new XmlScanner(xml);
  let current: string | null = null;
  let phonetic = 0;
  while (s.next()) {
    const local = s.local;
    if (s.kind === "close") {
      if (local === "si") {
        out.push(unescapeXstring(current ?? ""));
        current = null;
      } else if (local === "rPh") phonetic--;
      continue;
    }
    if (local === "si") {
      current = "";
      if (s.kind === "empty") {
        out.push("");
        current = null;
      }
    } else if (local === "rPh") {
      if (s.kind === "open") phonetic++;
    } else if (local === "t" && s.kind === "open") {
      const from = s.end;
      s.skipElement();
      if (phonetic === 0 && current !== null) current += textContent(xml, from, s.start);
    }
  }
  return out;
}

/** For each cell format (cellXfs, in order): whether its number format shows dates. */
export function readDateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  let inNumFmts = false;
  while (s.next()) {
    const local = s.local;
    if (s.kind === "close") {
      if (local === "cellXfs") inCellXfs = false;
      else if (local === "numFmts") inNumFmts = false;
      continue;
    }
    if (local === "numFmts") {
      inNumFmts = s.kind === "open";
    } else if (local === "numFmt" && inNumFmts) {
      custom.set(Number(s.attr("numFmtId") ?? -1), s.attr("formatCode") ?? "");
    } else if (local === "cellXfs") {
      inCellXfs = s.kind === "open";
    } else if (local === "xf" && inCellXfs) {
      const id = Number(s.attr("numFmtId") ?? 0);
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id));
      if (s.kind === "open") s.skipElement();
    }
  }
  return out;
}
