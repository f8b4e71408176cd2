/**
 * Writing sheets into the workbook as one transaction: the report's four sheets (or the
 * input template) are written in as few syncs as Excel accepts, and a failure half-way puts
 * the workbook back as it was.
 *
 * Before anything is written (one sync, two more when no fresh {@link WorkbookState} is at
 * hand): the sheets and names are checked against the state; the workbook's and the target
 * sheets' protection, and the ownership of every existing target sheet (only sheets KIK marked
 * are rewritten) are checked; the KIK sheets that will be cleared are read (formulas, values,
 * value types, number formats, frozen panes). Then the commands go out: all in one sync when
 * they fit Excel on the web's 5 MB request, otherwise in chunks of at most 20,000 rows.
 *
 * On a failure, a new batch deletes the sheets this run created, clears the KIK sheets it
 * rewrote and writes back what was read (values and formulas, number formats, frozen panes;
 * the fonts, fills, column widths, merged cells, page setup, tables and charts of those sheets
 * are not restored – the next run makes them again), and puts the marker names and properties
 * back.
 */
import { formatList, quote, type Language } from "../i18n";
import type { RangeRef } from "../input/model";
import { generatedMarkerName, REPORT_SHEET_KINDS, type ReportSheetKind } from "../report/plan";
import {
  assignTableNames,
  columnIndex,
  localAddress,
  markerReference,
  parseLocalAddress,
  parseRangeAddress,
  sameName,
  takenNames,
} from "../sheet";
import { HostError, type WriteProgress } from "./host";
import { jsonBytes, restoreEntry } from "./cells";
import { excelMessage } from "./messages";
import type {
  ExcelRun,
  XlApplication,
  XlChartCollection,
  XlContext,
  XlNamedItem,
  XlRange,
  XlTableCollection,
  XlWorksheet,
  XlWorksheetCustomProperty,
  XlWorksheetProtection,
} from "./office-api";
import { isItemNotFound, readChunked } from "./read-input";
import {
  generatedKinds,
  namesOf,
  GENERATED_PROPERTY,
  readWorkbookStateWith,
  sheetNamed,
  type SheetInfo,
  type WorkbookState,
} from "./workbook-state";
import {
  packSteps,
  sheetSteps,
  WRITE_LIMITS,
  type SheetContent,
  type Step,
  type Writer,
} from "./write-sheets";

/** One sheet to write; `kind` null for a sheet that is not a report sheet (the template). */
export interface WriteTarget {
  readonly content: SheetContent;
  readonly kind: ReportSheetKind | null;
}

/** What to write. */
export interface WriteRequest {
  readonly targets: readonly WriteTarget[];
  readonly language: Language;
  /** A sheet to activate at the end (the inserted template). */
  readonly activate?: string;
  readonly onProgress?: (p: WriteProgress) => void;
  /** The message key when the write fails ("writeFailed" for the report). */
  readonly failure: "writeFailed" | "templateFailed";
}

/** What a write did. */
export interface WriteOutcome {
  readonly sheets: readonly { readonly kind: ReportSheetKind | null; readonly name: string }[];
  readonly syncs: number;
  /** Excel calculates manually, so KIK calculated the written sheets itself. */
  readonly recalculated: boolean;
}

/** The name a target sheet has in the workbook (a reused sheet keeps its exact name). */
function nameOf(prepared: { readonly state: WorkbookState }, t: WriteTarget): string {
  return sheetNamed(prepared.state, t.content.name)?.name ?? t.content.name;
}

/**
 * Rows of a KIK sheet read in the first sync at most (the rest, if any, in chunks afterwards),
 * and the response bytes the heads of all target sheets may take together in that sync.
 */
const SNAPSHOT_HEAD = { rows: 2_000, bytes: 3_000_000 } as const;
/**
 * Response bytes per cell of a snapshot read (formulas, values, value types, formats) to plan
 * the heads with; the rest is read by what the heads measured (`readChunked`).
 */
const SNAPSHOT_BYTES_PER_CELL = 90;

/** What is read of an existing target sheet before it is cleared. */
interface Prepared {
  readonly name: string;
  readonly ws: XlWorksheet;
  readonly protection: XlWorksheetProtection;
  readonly property: XlWorksheetCustomProperty;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly freeze: XlRange;
  readonly used: XlRange;
  readonly head: XlRange;
  /** Rows the head covers (the byte budget shared by the target sheets, by their width). */
  readonly headRows: number;
}

/** A block of a sheet as read for restoring it. */
interface SnapshotBlock {
  readonly top: number;
  readonly left: number;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
}

/** A KIK sheet as it was before this run cleared it. */
interface SheetSnapshot {
  readonly name: string;
  readonly property: string | null;
  readonly blocks: SnapshotBlock[];
  /** The frozen rows and columns. */
  readonly freeze: Frozen;
  readonly hadTablesOrCharts: boolean;
}

/** Everything the rollback needs. */
interface Undo {
  readonly created: string[];
  readonly snapshots: SheetSnapshot[];
  /** Marker names before the run: name -> formula (absent: there was none). */
  readonly names: Map<string, string>;
}

function failureReason(error: unknown, language: Language): string {
  if (error instanceof Error && error.message !== "") return error.message.replace(/\.$/, "");
  if (typeof error === "object" && error !== null) {
    const m = (error as { message?: unknown }).message;
    if (typeof m === "string" && m !== "") return m.replace(/\.$/, "");
  }
  return excelMessage("unknownReason", {}, language);
}

function list(items: readonly string[], language: Language): string {
  return formatList(
    items.map((s) => quote(s, language)),
    language
  );
}

/** Runs one write transaction. `state` is the last state read (null: read it first). */
export async function writeTransaction(
  run: ExcelRun,
  cached: WorkbookState | null,
  request: WriteRequest
): Promise<WriteOutcome> {
  const { language } = request;
  const m = (key: Parameters<typeof excelMessage>[0], params: Record<string, string> = {}) =>
    excelMessage(key, params, language);

  // Duplicate names in the plan would make two targets one sheet.
  const seen: string[] = [];
  for (const t of request.targets) {
    if (seen.some((s) => sameName(s, t.content.name)))
      throw new HostError(m("duplicateSheet", { sheet: t.content.name }));
    seen.push(t.content.name);
  }

  let syncs = 0;
  // Filled inside the batch; read when it fails.
  const progress: { undo: Undo | null; failing: string[] } = { undo: null, failing: [] };
  try {
    return await run(async (context) => {
      const sync = async () => {
        syncs++;
        await context.sync();
      };
      const prepared = await prepare(context, sync, cached, request, m);
      progress.undo = prepared.undo;
      const steps = buildSteps(context, prepared, request);
      const batches = packSteps(steps.steps);
      const total = batches.reduce((s, b) => s + b.reduce((r, x) => r + x.rows, 0), 0);
      let done = 0;
      request.onProgress?.({ done, total });
      let application: XlApplication | null = null;
      for (const [i, batch] of batches.entries()) {
        // Manual calculation leaves the written formulas at their cached values until F9
        // (calculationMode: ExcelApi 1.1); read with the first commands.
        if (i === 0) application = context.application.load("calculationMode");
        progress.failing = [...new Set(batch.map((s) => s.sheet))];
        context.application.suspendApiCalculationUntilNextSync();
        // Once per write: repeated calls make the Excel window flicker (Microsoft, performance.md).
        if (i === 0) context.application.suspendScreenUpdatingUntilNextSync();
        for (const step of batch) step.queue(steps.writer);
        await sync();
        done += batch.reduce((r, x) => r + x.rows, 0);
        request.onProgress?.({ done, total });
      }
      const manual = application?.calculationMode === "Manual";
      if (manual) {
        // Only the written sheets: the user chose manual calculation for the rest.
        for (const t of request.targets) steps.writer.sheet(nameOf(prepared, t)).calculate(true);
        await sync();
      }
      progress.failing = [];
      return {
        sheets: request.targets.map((t) => ({ kind: t.kind, name: nameOf(prepared, t) })),
        syncs,
        recalculated: manual,
      };
    });
  } catch (error) {
    if (error instanceof HostError) throw error;
    const reason = failureReason(error, language);
    const undo = progress.undo;
    if (undo === null) throw new HostError(m("readFailed", { reason }));
    const failing = progress.failing;
    const sheets = list(
      failing.length > 0 ? failing : request.targets.map((t) => t.content.name),
      language
    );
    try {
      await rollback(run, undo);
    } catch (rollbackError) {
      throw new HostError(
        m("rollbackFailed", { sheets, reason, rollback: failureReason(rollbackError, language) })
      );
    }
    const limits = undo.snapshots.some((s) => s.hadTablesOrCharts);
    if (request.failure === "templateFailed")
      throw new HostError(
        m("templateFailed", { sheet: request.targets[0]?.content.name ?? "", reason })
      );
    throw new HostError(m(limits ? "writeFailedRestoreLimits" : "writeFailed", { sheets, reason }));
  }
}

interface PrepareResult {
  readonly state: WorkbookState;
  readonly existing: Map<string, Prepared>;
  readonly tableNames: Map<string, string>;
  readonly markers: Map<string, string>;
  readonly undo: Undo;
}

/**
 * Checks and reads what the write needs, before anything is written. Throws HostError for a
 * protected workbook or sheet and for a target sheet KIK did not make.
 */
async function prepare(
  context: XlContext,
  sync: () => Promise<void>,
  cached: WorkbookState | null,
  request: WriteRequest,
  m: (key: Parameters<typeof excelMessage>[0], params?: Record<string, string>) => string
): Promise<PrepareResult> {
  const wb = context.workbook;
  const targetNames = request.targets.map((t) => t.content.name);
  // Each head gets a share of the bytes by the sheet's width (the plan's, or the width the
  // workbook's state knew), so wide or many sheets read fewer rows in the first sync.
  const headRows = (name: string): number => {
    const content = request.targets.find((t) => sameName(t.content.name, name))?.content;
    let width = 1;
    for (const c of content?.cells ?? []) width = Math.max(width, c.column);
    const used = cached === null ? undefined : sheetNamed(cached, name)?.used;
    if (used !== undefined && used !== null) width = Math.max(width, used.right);
    const share = SNAPSHOT_HEAD.bytes / Math.max(1, request.targets.length);
    const rows = Math.floor(share / (width * SNAPSHOT_BYTES_PER_CELL));
    return Math.max(1, Math.min(SNAPSHOT_HEAD.rows, rows));
  };
  const queuePrepared = (ws: XlWorksheet, name: string): Prepared => {
    const used = ws.getUsedRange(false).load("address");
    const rows = headRows(name);
    return {
      headRows: rows,
      name,
      ws,
      protection: ws.protection.load("protected"),
      property: ws.customProperties.getItemOrNullObject(GENERATED_PROPERTY).load("value"),
      tables: ws.tables.load("items/name"),
      charts: ws.charts.load("items/name"),
      freeze: ws.freezePanes.getLocationOrNullObject().load("address"),
      used,
      head: used
        .getIntersectionOrNullObject(`A1:XFD${rows}`)
        .load(["address", "formulas", "values", "valueTypes", "numberFormat"]),
    };
  };
  let state = cached;
  for (let attempt = 0; ; attempt++) {
    let existing: Map<string, Prepared>;
    let fresh: WorkbookState;
    let tablesNow: readonly string[];
    if (state === null) {
      // No state at hand: read it, with what the write needs of the target sheets.
      const read = await readWorkbookStateWith(context, sync, {
        sheets: targetNames,
        queue: queuePrepared,
      });
      state = read.state;
      existing = read.extras;
      fresh = state;
      tablesNow = state.tables.map((t) => t.name);
    } else {
      // A state from an earlier call: check it in the same sync that reads the targets.
      const known: WorkbookState = state;
      const sheetsNow = wb.worksheets.load("items/name");
      const namesNow = wb.names.load("items/name,items/type,items/formula");
      const tablesLoaded = wb.tables.load("items/name");
      const protection = wb.protection.load("protected");
      existing = new Map<string, Prepared>();
      for (const name of targetNames) {
        const info = sheetNamed(known, name);
        if (info !== undefined)
          existing.set(info.name, queuePrepared(wb.worksheets.getItem(info.name), info.name));
      }
      try {
        await sync();
      } catch (error) {
        if (attempt === 0 && isItemNotFound(error)) {
          state = null;
          continue;
        }
        throw error;
      }
      const names = sheetsNow.items.map((s) => s.name);
      const sameSheets =
        names.length === known.sheets.length &&
        names.every((n) => known.sheets.some((s) => s.name === n));
      if (!sameSheets) {
        if (attempt === 0) {
          state = null;
          continue;
        }
        throw new Error("the workbook changed while KIK was writing");
      }
      const sheets: SheetInfo[] = known.sheets.map((s) => {
        const p = existing.get(s.name);
        return p === undefined
          ? s
          : {
              ...s,
              property: p.property.isNullObject ? null : String(p.property.value),
              protected: p.protection.protected,
            };
      });
      fresh = {
        sheets,
        names: namesOf(namesNow.items, sheets),
        tables: known.tables,
        protected: protection.protected,
      };
      tablesNow = tablesLoaded.items.map((t) => t.name);
    }

    // Ownership and protection, before anything is written.
    const kinds = generatedKinds(fresh);
    for (const t of request.targets) {
      const info = sheetNamed(fresh, t.content.name);
      if (info === undefined) continue;
      if (t.kind === null || kinds.get(info.name) !== t.kind)
        throw new HostError(m("notGenerated", { sheet: info.name }));
    }
    const creates = request.targets.some(
      (t) => !existing.has(sheetNamed(fresh, t.content.name)?.name ?? "")
    );
    if (fresh.protected && creates) throw new HostError(m("workbookProtected"));
    for (const p of existing.values())
      if (p.protection.protected) throw new HostError(m("sheetProtected", { sheet: p.name }));

    // The rest of big KIK sheets, in chunks.
    const snapshots: SheetSnapshot[] = [];
    const later: { snapshot: SheetSnapshot; range: RangeRef }[] = [];
    // The most a cell of the heads took: the rest is read by it.
    let headBytesPerCell = SNAPSHOT_BYTES_PER_CELL;
    for (const p of existing.values()) {
      const blocks: SnapshotBlock[] = [];
      if (!p.head.isNullObject) {
        const r = parseRangeAddress(p.head.address);
        const cells = r === null ? 0 : (r.bottom - r.top + 1) * (r.right - r.left + 1);
        if (cells > 0) {
          const bytes = jsonBytes(p.head.formulas, p.head.values, p.head.valueTypes);
          headBytesPerCell = Math.max(
            headBytesPerCell,
            (bytes + jsonBytes(p.head.numberFormat)) / cells
          );
        }
        if (r !== null)
          blocks.push({
            top: r.top,
            left: r.left,
            formulas: p.head.formulas,
            values: p.head.values,
            valueTypes: p.head.valueTypes,
            numberFormat: p.head.numberFormat,
          });
      }
      const snapshot: SheetSnapshot = {
        name: p.name,
        property: p.property.isNullObject ? null : String(p.property.value),
        blocks,
        freeze: p.freeze.isNullObject ? { rows: 0, columns: 0 } : frozenOf(p.freeze.address),
        hadTablesOrCharts: p.tables.items.length > 0 || p.charts.items.length > 0,
      };
      snapshots.push(snapshot);
      const used = parseRangeAddress(p.used.address);
      if (used !== null && used.bottom > p.headRows)
        later.push({
          snapshot,
          range: { ...used, sheet: p.name, top: Math.max(used.top, p.headRows + 1) },
        });
    }
    if (later.length > 0) await readRest(context, sync, later, headBytesPerCell * 1.25);

    const markers = new Map<string, string>();
    for (const n of fresh.names)
      if (REPORT_SHEET_KINDS.some((k) => generatedMarkerName(k) === n.name))
        markers.set(n.name, n.formula);

    // Table names are unique in the workbook (with defined names); KIK's old tables go.
    const rewritten = new Set<string>();
    for (const p of existing.values()) for (const t of p.tables.items) rewritten.add(t.name);
    const taken = takenNames(
      tablesNow.filter((t) => !rewritten.has(t)),
      fresh.names.map((n) => n.name)
    );
    const tableNames = assignTableNames(
      request.targets.flatMap((t) => t.content.tables),
      taken
    );

    return {
      state: fresh,
      existing,
      tableNames,
      markers,
      undo: {
        created: request.targets
          .map((t) => t.content.name)
          .filter((n) => sheetNamed(fresh, n) === undefined),
        snapshots,
        names: new Map(markers),
      },
    };
  }
}

/** Frozen rows and columns. */
interface Frozen {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The frozen panes from `freezePanes.getLocationOrNullObject()`'s address: "Sheet!1:3" (rows),
 * "Sheet!A:B" (columns) or "Sheet!A1:B3" (both).
 */
export function frozenOf(address: string): Frozen {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const rowsOnly = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rowsOnly !== null) return { rows: Number(rowsOnly[2]), columns: 0 };
  const columnsOnly = /^\$?([A-Za-z]+):\$?([A-Za-z]+)$/.exec(local);
  if (columnsOnly !== null) return { rows: 0, columns: columnIndex(columnsOnly[2] as string) };
  const r = parseLocalAddress(local);
  return r === null ? { rows: 0, columns: 0 } : { rows: r.bottom, columns: r.right };
}

/** Reads the rest of big KIK sheets in syncs within the response budget, as measured. */
async function readRest(
  context: XlContext,
  sync: () => Promise<void>,
  later: { snapshot: SheetSnapshot; range: RangeRef }[],
  bytesPerCell: number
): Promise<void> {
  const owner = new Map<RangeRef, SheetSnapshot>();
  for (const l of later) owner.set(l.range, l.snapshot);
  await readChunked(
    later.map((l) => l.range),
    bytesPerCell,
    sync,
    (chunk) => {
      const range = context.workbook.worksheets
        .getItem(chunk.block.sheet)
        .getRange(localAddress(chunk.top, chunk.block.left, chunk.bottom, chunk.block.right))
        .load(["formulas", "values", "valueTypes", "numberFormat"]);
      return () => {
        owner.get(chunk.block)?.blocks.push({
          top: chunk.top,
          left: chunk.block.left,
          formulas: range.formulas,
          values: range.values,
          valueTypes: range.valueTypes,
          numberFormat: range.numberFormat,
        });
        return jsonBytes(range.formulas, range.values, range.valueTypes, range.numberFormat);
      };
    }
  );
}

/** The steps of the write and the worksheet proxies they use. */
function buildSteps(
  context: XlContext,
  prepared: PrepareResult,
  request: WriteRequest
): { steps: Step[]; writer: Writer } {
  const proxies = new Map<string, XlWorksheet>();
  for (const p of prepared.existing.values()) proxies.set(p.name, p.ws);
  const writer: Writer = {
    context,
    sheet(name: string): XlWorksheet {
      let ws = proxies.get(name);
      if (ws === undefined) {
        ws = context.workbook.worksheets.getItem(name);
        proxies.set(name, ws);
      }
      return ws;
    },
  };
  const names = request.targets.map((t) => t.content.name);
  const steps: Step[] = [
    {
      sheet: names[0] ?? "",
      bytes: 200 * request.targets.length,
      rows: 0,
      what: "prepare",
      // New sheets first, so formulas between the report's sheets find each other.
      queue: () => {
        for (const t of request.targets) {
          const p = prepared.existing.get(sheetNamed(prepared.state, t.content.name)?.name ?? "");
          if (p === undefined) {
            proxies.set(t.content.name, context.workbook.worksheets.add(t.content.name));
            continue;
          }
          for (const chart of p.charts.items) chart.delete();
          for (const table of p.tables.items) table.delete();
          p.ws.freezePanes.unfreeze();
          p.ws.getRange().clear("All");
        }
      },
    },
  ];
  for (const t of request.targets) {
    const info = sheetNamed(prepared.state, t.content.name);
    // A reused sheet keeps its exact name (case included).
    const content = info === undefined ? t.content : { ...t.content, name: info.name };
    steps.push(...sheetSteps(content, prepared.tableNames, request.language));
    const kind = t.kind;
    if (kind === null) continue;
    steps.push({
      sheet: content.name,
      bytes: 300,
      rows: 0,
      what: "markers",
      queue: (w) => {
        const ws = w.sheet(content.name);
        ws.customProperties.add(GENERATED_PROPERTY, kind);
        const marker = generatedMarkerName(kind);
        const reference = `=${markerReference(content.name)}`;
        const before = prepared.markers.get(marker);
        if (before === undefined) context.workbook.names.add(marker, ws.getRange("A1"));
        else if (before !== reference) context.workbook.names.getItem(marker).formula = reference;
      },
    });
  }
  if (request.activate !== undefined) {
    const sheet = request.activate;
    steps.push({
      sheet,
      bytes: 50,
      rows: 0,
      what: "activate",
      queue: (w) => w.sheet(sheet).activate(),
    });
  }
  return { steps, writer };
}

/** Restore steps of one snapshot block: formulas and number formats, in chunks. */
function restoreSteps(sheet: string, block: SnapshotBlock): Step[] {
  const steps: Step[] = [];
  const rows = block.formulas.length;
  const width = block.formulas[0]?.length ?? 0;
  if (rows === 0 || width === 0) return steps;
  // The entries as they are written back, measured row by row: a sheet of long formulas (KIK
  // Sagstal's interpolation) is many times an average cell, and one request must stay under
  // Excel's 5 MB payload limit.
  const entries: (string | number | boolean | null)[][] = [];
  const sizes: number[] = [];
  for (let i = 0; i < rows; i++) {
    const f = block.formulas[i] ?? [];
    const v = block.values[i] ?? [];
    const t = block.valueTypes[i] ?? [];
    const row = f.map((x, j) => restoreEntry(x, v[j], t[j]));
    entries.push(row);
    sizes.push(jsonBytes(row, block.numberFormat[i] ?? []));
  }
  let start = 0;
  while (start < rows) {
    let end = start;
    let bytes = 0;
    while (
      end < rows &&
      end - start < WRITE_LIMITS.rows &&
      (end === start || bytes + (sizes[end] as number) <= WRITE_LIMITS.stepBytes)
    ) {
      bytes += sizes[end] as number;
      end++;
    }
    const [from, to] = [start, end];
    steps.push({
      sheet,
      bytes,
      rows: to - from,
      what: "restore",
      queue: (w) => {
        const range = w
          .sheet(sheet)
          .getRange(
            localAddress(block.top + from, block.left, block.top + to - 1, block.left + width - 1)
          );
        range.numberFormat = block.numberFormat.slice(from, to);
        range.formulas = entries.slice(from, to);
      },
    });
    start = end;
  }
  return steps;
}

/** Puts the workbook back as it was before the failed write (a new batch). */
async function rollback(run: ExcelRun, undo: Undo): Promise<void> {
  await run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const names = wb.names.load("items/name,items/formula");
    const restored = undo.snapshots.map((s) => {
      const ws = wb.worksheets.getItem(s.name);
      return {
        snapshot: s,
        ws,
        tables: ws.tables.load("items/name"),
        charts: ws.charts.load("items/name"),
        property: ws.customProperties.getItemOrNullObject(GENERATED_PROPERTY).load("value"),
      };
    });
    await context.sync();

    const present = new Set(sheets.items.map((s) => s.name));
    const proxies = new Map<string, XlWorksheet>();
    for (const r of restored) proxies.set(r.snapshot.name, r.ws);
    const writer: Writer = {
      context,
      sheet: (name: string) => proxies.get(name) ?? wb.worksheets.getItem(name),
    };
    const steps: Step[] = [
      {
        sheet: "",
        bytes: 500,
        rows: 0,
        what: "undo",
        queue: () => {
          for (const name of undo.created)
            if (present.has(name)) wb.worksheets.getItem(name).delete();
          for (const r of restored) {
            for (const chart of r.charts.items) chart.delete();
            for (const table of r.tables.items) table.delete();
            r.ws.freezePanes.unfreeze();
            r.ws.getRange().clear("All");
            const before = r.snapshot.property;
            if (before === null) {
              if (!r.property.isNullObject) r.property.delete();
            } else if (r.property.isNullObject || r.property.value !== before) {
              r.ws.customProperties.add(GENERATED_PROPERTY, before);
            }
          }
          const now = new Map<string, XlNamedItem>();
          for (const n of names.items) now.set(n.name, n);
          for (const kind of REPORT_SHEET_KINDS) {
            const marker = generatedMarkerName(kind);
            const before = undo.names.get(marker);
            const current = now.get(marker);
            if (before === undefined) {
              if (current !== undefined) wb.names.getItem(marker).delete();
            } else if (current === undefined) wb.names.add(marker, before);
            else if (current.formula !== before) wb.names.getItem(marker).formula = before;
          }
        },
      },
    ];
    for (const r of restored) {
      for (const block of r.snapshot.blocks) steps.push(...restoreSteps(r.snapshot.name, block));
      const { rows, columns } = r.snapshot.freeze;
      if (rows > 0 || columns > 0)
        steps.push({
          sheet: r.snapshot.name,
          bytes: 50,
          rows: 0,
          what: "freeze",
          queue: (w) => {
            const panes = w.sheet(r.snapshot.name).freezePanes;
            if (rows > 0 && columns > 0) panes.freezeAt(localAddress(1, 1, rows, columns));
            else if (rows > 0) panes.freezeRows(rows);
            else panes.freezeColumns(columns);
          },
        });
    }
    const sync = () => context.sync();
    for (const batch of packSteps(steps)) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const step of batch) step.queue(writer);
      await sync();
    }
  });
}
