/**
 * Writes a {@link ReportPlan} into the user's package: the command line's counterpart of the
 * task pane's Office.js writer. The result is the user's package with KIK's parts added or
 * replaced and nothing else changed (docs/report.md, "Skrivningen"):
 *
 * - KIK's sheets are worksheet parts with their tables, one drawing each with their charts,
 *   and the workbook-level names `KIK_GENERATED_<KIND>` that mark them. A re-run replaces
 *   exactly these: the sheet keeps its part, position and relationship id, so formulas on the
 *   user's sheets that point at it keep working; its old tables, drawing and charts go.
 * - A sheet KIK did not make is never written: {@link NotGeneratedSheetError} (the caller picks
 *   free names with `resolveSheetNames`).
 * - Bookkeeping is edited in place, element by element: the workbook's sheet list, defined
 *   names and calculation properties (`fullCalcOnLoad`, so Excel recalculates on opening), the
 *   relationships, `[Content_Types].xml`, the sheet titles in `docProps/app.xml`, and KIK's
 *   cell formats appended to `styles.xml` (see styles.ts). `calcChain.xml` is dropped only when
 *   it lists cells of a sheet KIK replaces (Excel rebuilds it).
 * - Every other part is copied as it was read, compressed bytes included.
 */
import type { Buffer } from "node:buffer";
import type { Language } from "../i18n";
import type { PlannedCell, ReportPlan, ReportSheetKind, SheetContent } from "../report/plan";
import { generatedMarkerName, GENERATED_NAME_PREFIX } from "../report/plan";
import {
  assignTableNames,
  localAddress,
  markerReference,
  quoteSheet,
  sameName,
  tableHeaders,
  tableRenames,
  takenNames,
} from "../sheet";
import { chartXml, drawableCharts, drawingXml } from "./chart";
import {
  Splices,
  appendToChild,
  childNamed,
  childrenOf,
  elementPrefix,
  insertionPoint,
  prefixFor,
  rootSpan,
  withAttribute,
  type ElementSpan,
} from "./edit";
import { CONTENT_TYPE, folderOf, type Conformance } from "./opc";
import { PackageEditor } from "./package-editor";
import { StylesEditor } from "./styles";
import { tableXml } from "./table";
import type { SheetEntry, XlsxWorkbook } from "./workbook";
import { storedValue, worksheetXml } from "./worksheet";
import { XmlScanner, escapeXml, escapeXstring, textContent } from "./xml";

/** Something in the plan the writer could not write, for the caller to tell the user. */
export interface SkippedItem {
  readonly sheet: string;
  readonly kind: "table";
  readonly title: string;
  readonly reason: "tableWithoutDataRows";
}

/** What {@link writeReport} did. */
export interface WriteResult {
  readonly sheets: readonly {
    readonly kind: ReportSheetKind;
    readonly name: string;
    readonly reused: boolean;
  }[];
  readonly skipped: readonly SkippedItem[];
  /** Tables that got another name because the workbook already used the planned one. */
  readonly renamedTables: readonly { readonly from: string; readonly to: string }[];
  /** Charts written as DrawingML parts. */
  readonly charts: number;
}

/** Thrown when a plan would overwrite a sheet KIK did not make. */
export class NotGeneratedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" was not made by KIK and is not overwritten`);
    this.name = "NotGeneratedSheetError";
  }
}

/** Options for {@link writeReport}. */
export interface WriteOptions {
  /** Date stamped on the zip entries KIK writes (for byte-identical output in tests). */
  readonly date?: Date;
}

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** A sheet to put into the package: a report sheet (marked) or the template's input sheet. */
export interface SheetToWrite {
  readonly content: SheetContent;
  /** The report sheet's kind (its marker name is written), or null for an unmarked sheet. */
  readonly kind: ReportSheetKind | null;
  /** The sheet it replaces (KIK's own), or undefined for a new sheet. */
  readonly replaces?: SheetEntry;
}

/** The state of one write: the workbook, its package editor and what was written. */
class Writer {
  readonly editor: PackageEditor;
  readonly conformance: Conformance;
  readonly folder: string;
  private workbookXml: string;
  private readonly styles: StylesEditor;
  private readonly stylesPart: string | null;
  private readonly reserved = new Set<string>();
  private nextTableId: number;
  private readonly newSheets: { name: string; rId: string }[] = [];
  private readonly markers = new Map<string, string>();
  /** The print titles and print area of KIK's sheets by sheet index (local defined names). */
  private readonly printNames = new Map<number, { name: string; ref: string }[]>();
  readonly skipped: SkippedItem[] = [];
  readonly renamedTables: { from: string; to: string }[] = [];
  charts = 0;

  constructor(
    readonly book: XlsxWorkbook,
    private readonly language: Language
  ) {
    this.editor = new PackageEditor(book.pkg);
    this.conformance = book.main.conformance;
    this.folder = folderOf(book.main.part);
    this.workbookXml = book.workbookXml;
    const stylesRel = book.relationships.find((r) => r.kind === "styles" && !r.external);
    this.stylesPart = stylesRel?.target ?? null;
    this.styles = new StylesEditor(
      this.stylesPart === null ? null : book.pkg.text(this.stylesPart),
      this.conformance.main
    );
    this.nextTableId = 1;
  }

  /** Table ids of the tables that stay (after KIK's old sheets' tables are gone). */
  startTableIds(remaining: readonly number[]): void {
    this.nextTableId = Math.max(0, ...remaining) + 1;
  }

  private rel(kind: string): string {
    return `${this.conformance.rel}${kind}`;
  }

  /** Drops everything hanging off a sheet KIK replaces (tables, drawing, charts …). */
  clearSheet(entry: SheetEntry): void {
    if (entry.part === null) return;
    this.editor.unrelateAll(entry.part);
  }

  /** Writes one sheet (new or replacing KIK's), with its tables and charts. */
  writeSheet(
    sheet: SheetToWrite,
    name: string,
    tableNames: ReadonlyMap<string, string>,
    selected: boolean,
    index: number
  ): void {
    const { content } = sheet;
    this.printNames.set(index, printDefinedNames(content, name));
    const replaces = sheet.replaces;
    const part =
      replaces?.part ??
      this.editor.freePartName(`${this.folder}worksheets/sheet`, ".xml", this.reserved);
    this.reserved.add(part.toLowerCase());
    this.editor.ownRelationships(part);
    const renames = tableRenames(tableNames);

    // Cells by address (the last one planned for an address wins), keyed by a number: a sheet
    // can hold millions of cells, and string keys cost a string each.
    const byKey = new Map<number, PlannedCell>();
    for (const cell of content.cells) byKey.set(cellKey(cell.row, cell.column), cell);

    const tableIds: string[] = [];
    for (const table of content.tables) {
      const dataRows = table.bottom - table.top - (table.totalsRow ? 1 : 0);
      if (dataRows < 1 || table.right < table.left) {
        this.skipped.push({
          sheet: name,
          kind: "table",
          title: table.name,
          reason: "tableWithoutDataRows",
        });
        continue;
      }
      const tableName = tableNames.get(table.name) ?? table.name;
      if (tableName !== table.name) this.renamedTables.push({ from: table.name, to: tableName });
      // Header cells are text, unique (case-insensitive) and not empty, as Excel requires.
      const texts: string[] = [];
      for (let c = table.left; c <= table.right; c++) {
        const cell = byKey.get(cellKey(table.top, c));
        texts.push(
          cell?.value === null || cell?.value === undefined ? "" : String(cell.value).trim()
        );
      }
      const headers = tableHeaders(texts, this.language);
      headers.forEach((header, i) => {
        const key = cellKey(table.top, table.left + i);
        const cell = byKey.get(key);
        const { formula: _formula, ...rest } = cell ?? {
          row: table.top,
          column: table.left + i,
          value: header,
        };
        void _formula;
        byKey.set(key, { ...rest, value: header });
      });
      const tablePart = this.editor.freePartName(
        `${this.folder}tables/table`,
        ".xml",
        this.reserved
      );
      this.reserved.add(tablePart.toLowerCase());
      this.editor.putPart(
        tablePart,
        tableXml(
          {
            plan: table,
            id: this.nextTableId++,
            name: tableName,
            headers,
            totalsCell: (column) => byKey.get(cellKey(table.bottom, column)),
            renames,
          },
          this.conformance
        ),
        CONTENT_TYPE.table
      );
      tableIds.push(this.editor.relate(part, this.rel("table"), tablePart));
    }

    const charts = drawableCharts(content.charts);
    let drawingId: string | undefined;
    if (charts.length > 0) {
      const drawingPart = this.editor.freePartName(
        `${this.folder}drawings/drawing`,
        ".xml",
        this.reserved
      );
      this.reserved.add(drawingPart.toLowerCase());
      this.editor.ownRelationships(drawingPart);
      const chartIds: string[] = [];
      for (const chart of charts) {
        const chartPart = this.editor.freePartName(
          `${this.folder}charts/chart`,
          ".xml",
          this.reserved
        );
        this.reserved.add(chartPart.toLowerCase());
        this.editor.putPart(
          chartPart,
          chartXml(chart, {
            conformance: this.conformance,
            sheet: name,
            cells: (row, column) => byKey.get(cellKey(row, column)),
            date1904: this.book.date1904,
            written: (cell) => storedValue(cell, this.book.date1904),
            language: this.language,
          }),
          CONTENT_TYPE.chart
        );
        chartIds.push(this.editor.relate(drawingPart, this.rel("chart"), chartPart));
        this.charts++;
      }
      this.editor.putPart(
        drawingPart,
        drawingXml(charts, chartIds, this.conformance),
        CONTENT_TYPE.drawing
      );
      drawingId = this.editor.relate(part, this.rel("drawing"), drawingPart);
    }

    this.editor.putPart(
      part,
      worksheetXml(content, [...byKey.values()], {
        conformance: this.conformance,
        styles: this.styles,
        date1904: this.book.date1904,
        renames,
        tableIds,
        ...(drawingId === undefined ? {} : { drawingId }),
        selected,
      }),
      CONTENT_TYPE.worksheet
    );

    if (replaces === undefined) {
      const rId = this.editor.relate(this.book.main.part, this.rel("worksheet"), part);
      this.newSheets.push({ name, rId });
    }
    if (sheet.kind !== null)
      this.markers.set(generatedMarkerName(sheet.kind), markerReference(name));
  }

  private openTab: number | null = null;

  /** Opens the workbook on the sheet at `index` (its first workbook view's active tab). */
  openOn(index: number): void {
    this.openTab = index;
  }

  /** The workbook part with the new sheets, KIK's names and full recalculation on load. */
  private editedWorkbook(): string {
    const xml = this.workbookXml;
    const root = rootSpan(xml);
    const children = childrenOf(xml, root);
    const splices = new Splices();
    const p = elementPrefix(root);

    if (this.openTab !== null) {
      const views = children.find((c) => c.local === "bookViews");
      const view =
        views === undefined
          ? undefined
          : childrenOf(xml, views).find((c) => c.local === "workbookView");
      if (view !== undefined)
        splices.replace(
          view.start,
          view.openEnd,
          withAttribute(xml, view, "activeTab", String(this.openTab))
        );
      else if (views === undefined)
        splices.insert(
          insertionPoint(xml, root, WORKBOOK_ORDER, "bookViews"),
          `<${p}bookViews><${p}workbookView activeTab="${this.openTab}"/></${p}bookViews>`
        );
    }

    if (this.newSheets.length > 0) {
      const sheets = children.find((c) => c.local === "sheets");
      let maxId = 0;
      for (const s of this.book.sheets) maxId = Math.max(maxId, s.sheetId);
      const rPrefix = prefixFor(xml, this.conformance.r);
      const idAttr = (rId: string): string =>
        rPrefix !== null && rPrefix !== ""
          ? `${rPrefix}:id="${rId}"`
          : `xmlns:r="${this.conformance.r}" r:id="${rId}"`;
      const elements = this.newSheets
        .map(
          (s, i) =>
            `<${p}sheet name="${escapeXml(s.name)}" sheetId="${maxId + i + 1}" ${idAttr(s.rId)}/>`
        )
        .join("");
      appendToChild(splices, xml, root, sheets, WORKBOOK_ORDER, "sheets", p, elements);
    }

    if (this.markers.size > 0 || this.printNames.size > 0)
      this.editNames(xml, root, children, splices, p);

    const calcPr = children.find((c) => c.local === "calcPr");
    if (calcPr === undefined)
      splices.insert(
        insertionPoint(xml, root, WORKBOOK_ORDER, "calcPr"),
        `<${p}calcPr fullCalcOnLoad="1"/>`
      );
    else {
      const s = new XmlScanner(xml, calcPr.start);
      s.next();
      const current = s.attr("fullCalcOnLoad");
      if (current !== "1" && current !== "true")
        splices.replace(
          calcPr.start,
          calcPr.openEnd,
          withAttribute(xml, calcPr, "fullCalcOnLoad", "1")
        );
    }
    return splices.size === 0 ? xml : splices.apply(xml);
  }

  private editNames(
    xml: string,
    root: ElementSpan,
    children: readonly ElementSpan[],
    splices: Splices,
    p: string
  ): void {
    const pending = new Map(this.markers);
    const names = children.find((c) => c.local === "definedNames");
    if (names !== undefined) {
      for (const el of childrenOf(xml, names)) {
        if (el.local !== "definedName") continue;
        const s = new XmlScanner(xml, el.start);
        s.next();
        const name = s.attr("name") ?? "";
        const local = s.attr("localSheetId");
        if (local !== undefined) {
          // A print title or area of a sheet KIK writes is KIK's: replaced by the plan's below.
          if (this.printNames.has(Number(local)) && PRINT_NAMES.some((n) => sameName(n, name)))
            splices.replace(el.start, el.end, "");
          continue;
        }
        const marker = [...pending.keys()].find((m) => sameName(m, name));
        if (marker === undefined) {
          // A marker of a kind this plan has no sheet for stays; a stale duplicate too.
          continue;
        }
        const wanted = pending.get(marker) as string;
        pending.delete(marker);
        const current = el.empty ? "" : textContent(xml, el.openEnd, el.closeStart);
        if (current !== wanted) {
          const open = el.empty
            ? xml.slice(el.start, el.end).replace(/\s*\/>$/, ">")
            : xml.slice(el.start, el.openEnd);
          splices.replace(el.start, el.end, `${open}${escapeXstring(wanted)}</${el.name}>`);
        }
      }
    }
    const printed = [...this.printNames].flatMap(([index, names]) =>
      names.map(
        ({ name, ref }) =>
          `<${p}definedName name="${name}" localSheetId="${index}">${escapeXstring(ref)}</${p}definedName>`
      )
    );
    if (pending.size === 0 && printed.length === 0) return;
    const added =
      [...pending]
        .map(
          ([name, ref]) =>
            `<${p}definedName name="${escapeXml(name)}">${escapeXstring(ref)}</${p}definedName>`
        )
        .join("") + printed.join("");
    appendToChild(splices, xml, root, names, WORKBOOK_ORDER, "definedNames", p, added);
  }

  /** Drops calcChain.xml when it lists cells of a sheet KIK replaced (Excel rebuilds it). */
  dropCalcChainFor(replaced: readonly SheetEntry[]): void {
    if (replaced.length === 0) return;
    const rel = this.book.relationships.find((r) => r.kind === "calcChain" && !r.external);
    if (rel === undefined) return;
    const xml = this.book.pkg.text(rel.target);
    if (xml === null) return;
    const ids = new Set(replaced.map((s) => String(s.sheetId)));
    const s = new XmlScanner(xml);
    // `i` (the sheet id) may be left out: it then is the previous cell's.
    let current = "";
    let listsReplaced = false;
    while (s.next()) {
      if (s.tag() === "close" || s.local !== "c") continue;
      current = s.attr("i") ?? current;
      if (ids.has(current)) {
        listsReplaced = true;
        break;
      }
    }
    if (listsReplaced) this.editor.unrelate(this.book.main.part, rel.id);
  }

  /** The titles in docProps/app.xml with the new sheets' names (left as is if it cannot be read). */
  private updateAppTitles(): void {
    const rootRels = this.editor.relationshipsOf("");
    const app = rootRels.find((r) => r.kind === "extended-properties" && !r.external);
    if (app === undefined || this.newSheets.length === 0) return;
    const xml = this.book.pkg.text(app.target);
    if (xml === null) return;
    const edited = withSheetTitles(
      xml,
      this.book.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name),
      this.newSheets.map((s) => s.name)
    );
    if (edited !== null && edited !== xml) this.editor.updatePart(app.target, edited);
  }

  /** Writes the bookkeeping parts. */
  finish(): void {
    const wb = this.editedWorkbook();
    if (wb !== this.workbookXml) this.editor.updatePart(this.book.main.part, wb);
    if (this.styles.changed) {
      if (this.stylesPart !== null) this.editor.updatePart(this.stylesPart, this.styles.toXml());
      else {
        const part = `${this.folder}styles.xml`;
        this.editor.putPart(part, this.styles.toXml(), CONTENT_TYPE.styles);
        this.editor.relate(this.book.main.part, this.rel("styles"), part);
      }
    }
    this.updateAppTitles();
    this.editor.finish();
  }
}

/**
 * The sheet titles of `docProps/app.xml` (`HeadingPairs` + `TitlesOfParts`) with `added` sheet
 * names appended to the group that lists the worksheets; null when the part is not shaped as
 * Office writes it (it is then left alone: Excel does not read these titles).
 */
export function withSheetTitles(
  xml: string,
  worksheets: readonly string[],
  added: readonly string[]
): string | null {
  const root = rootSpan(xml);
  const pairs = childNamed(xml, root, "HeadingPairs");
  const titles = childNamed(xml, root, "TitlesOfParts");
  if (pairs === undefined || titles === undefined) return null;
  const pairVector = childrenOf(xml, pairs).find((c) => c.local === "vector");
  const titleVector = childrenOf(xml, titles).find((c) => c.local === "vector");
  if (pairVector === undefined || titleVector === undefined) return null;
  // Heading pairs: (label, count) as variants: lpstr then i4.
  const variants = childrenOf(xml, pairVector);
  const groups: { count: number; countSpan: ElementSpan }[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countVariant = variants[i + 1] as ElementSpan;
    const countSpan = childrenOf(xml, countVariant)[0];
    if (countSpan === undefined || countSpan.empty) return null;
    const count = Number(textContent(xml, countSpan.openEnd, countSpan.closeStart));
    if (!Number.isInteger(count) || count < 0) return null;
    groups.push({ count, countSpan });
  }
  const names = childrenOf(xml, titleVector);
  const texts = names.map((n) => (n.empty ? "" : textContent(xml, n.openEnd, n.closeStart)));
  if (groups.reduce((s, g) => s + g.count, 0) !== names.length) return null;
  // The group holding the first worksheet's name.
  let first = 0;
  let group = -1;
  for (let g = 0; g < groups.length; g++) {
    const list = texts.slice(first, first + (groups[g] as { count: number }).count);
    if (worksheets.some((w) => list.includes(w)) || (worksheets.length === 0 && g === 0)) {
      group = g;
      break;
    }
    first += (groups[g] as { count: number }).count;
  }
  if (group < 0) return null;
  const target = groups[group] as { count: number; countSpan: ElementSpan };
  const fresh = added.filter((n) => !texts.includes(n));
  if (fresh.length === 0) return xml;
  const insertAt =
    first + target.count < names.length
      ? (names[first + target.count] as ElementSpan).start
      : titleVector.closeStart;
  const lpstr = names[0]?.name ?? `${elementPrefix(titleVector)}lpstr`;
  const splices = new Splices();
  splices.replace(
    target.countSpan.openEnd,
    target.countSpan.closeStart,
    String(target.count + fresh.length)
  );
  splices.insert(insertAt, fresh.map((n) => `<${lpstr}>${escapeXml(n)}</${lpstr}>`).join(""));
  splices.replace(
    titleVector.start,
    titleVector.openEnd,
    withAttribute(xml, titleVector, "size", String(names.length + fresh.length))
  );
  return splices.apply(xml);
}

/**
 * Writes the report into the workbook's package: each planned sheet into KIK's existing sheet of
 * that kind (replaced in place) or a new sheet at the end, marked as generated. Returns the new
 * package's bytes. Throws {@link NotGeneratedSheetError} (before anything is written) if a
 * planned sheet name belongs to a sheet KIK did not make.
 */
export async function writeReport(
  book: XlsxWorkbook,
  plan: ReportPlan,
  options: WriteOptions = {}
): Promise<{ bytes: Buffer; result: WriteResult }> {
  const existing = book.existingSheets();
  const targets: SheetToWrite[] = plan.sheets.map((sheet) => {
    const entry = book.sheet(sheet.name);
    if (entry === undefined) return { content: sheet, kind: sheet.kind };
    const known = existing.find((e) => e.name === entry.name);
    if (known === undefined || known.generatedKind !== sheet.kind || entry.kind !== "worksheet")
      throw new NotGeneratedSheetError(entry.name);
    return { content: sheet, kind: sheet.kind, replaces: entry };
  });
  const writer = new Writer(book, plan.language);
  const sheets = writeSheets(writer, book, targets);
  writer.finish();
  const bytes = await book.pkg.toBytes(options.date === undefined ? {} : { date: options.date });
  return {
    bytes,
    result: {
      sheets: sheets.map((s) => ({
        kind: s.kind as ReportSheetKind,
        name: s.name,
        reused: s.reused,
      })),
      skipped: writer.skipped,
      renamedTables: writer.renamedTables,
      charts: writer.charts,
    },
  };
}

/** Writes `targets` into the package; the shared path of the report and the template. */
export function writeSheets(
  writer: Writer,
  book: XlsxWorkbook,
  targets: readonly SheetToWrite[]
): { kind: ReportSheetKind | null; name: string; reused: boolean }[] {
  const replaced = targets.flatMap((t) => (t.replaces === undefined ? [] : [t.replaces]));
  const rewritten = new Set(replaced.map((s) => s.name));
  for (const entry of replaced) writer.clearSheet(entry);
  writer.dropCalcChainFor(replaced);

  const remaining = book
    .tables()
    .filter((t) => !rewritten.has(t.sheet) && writer.editor.exists(t.part));
  writer.startTableIds(remaining.map((t) => t.id));
  const taken = takenNames(
    remaining.map((t) => t.name),
    book.names
      .filter((n) => !n.name.startsWith("_xlnm.") && !n.name.startsWith(GENERATED_NAME_PREFIX))
      .map((n) => n.name)
  );
  const tableNames = assignTableNames(
    targets.flatMap((t) => t.content.tables),
    taken
  );

  // The workbook opens where the user left it. Only when that sheet is hidden (or there is
  // none yet, as in the template) does it open on KIK's first sheet instead: Excel must open
  // on a visible sheet.
  let active = activeTab(book.workbookXml);
  const shown = book.sheets[active];
  const indexOf = (i: number): number => {
    const replaces = targets[i]?.replaces;
    if (replaces !== undefined) return replaces.index;
    return book.sheets.length + targets.slice(0, i).filter((t) => t.replaces === undefined).length;
  };
  if ((shown === undefined || shown.state !== "visible") && targets.length > 0) {
    active = indexOf(0);
    writer.openOn(active);
  }
  const out: { kind: ReportSheetKind | null; name: string; reused: boolean }[] = [];
  targets.forEach((target, i) => {
    const name = target.replaces?.name ?? target.content.name;
    writer.writeSheet(target, name, tableNames, indexOf(i) === active, indexOf(i));
    out.push({ kind: target.kind, name, reused: target.replaces !== undefined });
  });
  return out;
}

/** A cell's address as one number (Excel has at most 16.384 columns). */
function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/** The built-in names of a sheet's printing (ECMA-376 Part 1 §18.2.5). */
const PRINT_NAMES = ["_xlnm.Print_Titles", "_xlnm.Print_Area"] as const;

/** The print titles (repeated rows) and print area of a planned sheet, as local defined names. */
function printDefinedNames(content: SheetContent, sheet: string): { name: string; ref: string }[] {
  const page = content.page;
  if (page === undefined) return [];
  const out: { name: string; ref: string }[] = [];
  if (page.titleRows !== undefined)
    out.push({
      name: PRINT_NAMES[0],
      ref: `${quoteSheet(sheet)}!$${page.titleRows.first}:$${page.titleRows.last}`,
    });
  if (page.printArea !== undefined) {
    const a = page.printArea;
    out.push({
      name: PRINT_NAMES[1],
      ref: `${quoteSheet(sheet)}!${localAddress(a.top, a.left, a.bottom, a.right, true)}`,
    });
  }
  return out;
}

/** The workbook view's active sheet index (0 when not stated). */
function activeTab(xml: string): number {
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.tag() !== "close" && s.local === "workbookView") return Number(s.attr("activeTab") ?? 0);
  }
  return 0;
}

export { Writer };
