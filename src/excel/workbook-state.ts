/**
 * What the Office.js face knows about a workbook before it reads or writes cells: sheets,
 * generated-sheet markers (both kinds), protection, used ranges, tables, charts and defined
 * names. Read in two syncs: the collections, then each sheet's and table's details (Office.js
 * cannot reach into a collection's items before a sync has listed them).
 */
import type { RangeRef } from "../input/model";
import { generatedMarkerName, REPORT_SHEET_KINDS, type ReportSheetKind } from "../report/plan";
import type { ExistingSheet } from "../report/sheet-names";
import { parseRangeAddress, sameName } from "../sheet";
import type { XlContext, XlRange, XlWorksheet } from "./office-api";

/** The worksheet custom property that marks a sheet KIK made; its value is the sheet's kind. */
export const GENERATED_PROPERTY = "KIK.generated";

/** One worksheet. */
export interface SheetInfo {
  readonly name: string;
  /** Value of the {@link GENERATED_PROPERTY} custom property, if set. */
  readonly property: string | null;
  readonly protected: boolean;
  /** Used range (cells with values or formats), null for an empty sheet. */
  readonly used: RangeRef | null;
  readonly tables: readonly string[];
  readonly charts: readonly string[];
}

/** A workbook-level defined name. */
export interface NameInfo {
  readonly name: string;
  readonly type: string;
  readonly formula: string;
  /** The range it refers to, when it is one range on an existing sheet. */
  readonly range: RangeRef | null;
}

/** An Excel table (header row = range.top). */
export interface TableInfo {
  readonly name: string;
  readonly range: RangeRef;
}

/** The workbook as last read. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NameInfo[];
  readonly tables: readonly TableInfo[];
  /** The workbook's structure is protected (no sheets can be added, deleted or renamed). */
  readonly protected: boolean;
}

/** The existing sheet called `name` (case-insensitively, as Excel compares), if any. */
export function sheetNamed(state: WorkbookState, name: string): SheetInfo | undefined {
  return state.sheets.find((s) => sameName(s.name, name));
}

/** A range address Office.js returned, on the sheet of that name in `sheets`. */
export function rangeOfAddress(
  address: unknown,
  sheets: readonly { readonly name: string }[]
): RangeRef | null {
  if (typeof address !== "string") return null;
  const parsed = parseRangeAddress(address.startsWith("=") ? address.slice(1) : address);
  if (parsed === null) return null;
  const sheet = sheets.find((s) => sameName(s.name, parsed.sheet));
  return sheet === undefined ? null : { ...parsed, sheet: sheet.name };
}

/** The workbook's defined names as Office.js loaded them (`items/name,type,formula`). */
export function namesOf(
  items: readonly { readonly name: string; readonly type: string; readonly formula: unknown }[],
  sheets: readonly { readonly name: string }[]
): NameInfo[] {
  return items.map((n) => {
    const formula = typeof n.formula === "string" ? n.formula : String(n.formula);
    return {
      name: n.name,
      type: n.type,
      formula,
      range: n.type === "Range" ? rangeOfAddress(formula, sheets) : null,
    };
  });
}

/** Loads to queue in the second sync for some sheets (by name), e.g. what a write needs. */
export interface SheetExtras<T> {
  readonly sheets: readonly string[];
  queue(ws: XlWorksheet, name: string): T;
}

/** Reads the workbook's state in two syncs (`sync` counts them). */
export async function readWorkbookState(
  context: XlContext,
  sync: () => Promise<void>
): Promise<WorkbookState> {
  return (await readWorkbookStateWith<never>(context, sync, null)).state;
}

/** {@link readWorkbookState}, with `extras` queued for some sheets in the second sync. */
export async function readWorkbookStateWith<T>(
  context: XlContext,
  sync: () => Promise<void>,
  extras: SheetExtras<T> | null
): Promise<{ state: WorkbookState; extras: Map<string, T> }> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name,items/type,items/formula");
  const protection = wb.protection.load("protected");
  await sync();

  const perSheet = sheets.items.map((ws) => ({
    name: ws.name,
    property: ws.customProperties.getItemOrNullObject(GENERATED_PROPERTY).load("value"),
    protection: ws.protection.load("protected"),
    used: ws.getUsedRangeOrNullObject(false).load("address"),
    tables: ws.tables.load("items/name"),
    charts: ws.charts.load("items/name"),
  }));
  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    range: t.getRange().load("address"),
  }));
  const extra = new Map<string, T>();
  if (extras !== null)
    for (const ws of sheets.items)
      if (extras.sheets.some((n) => sameName(n, ws.name)))
        extra.set(ws.name, extras.queue(ws, ws.name));
  await sync();

  const sheetList = perSheet.map((s) => ({ name: s.name }));
  const usedOf = (range: XlRange, sheet: string): RangeRef | null => {
    if (range.isNullObject) return null;
    const parsed = rangeOfAddress(range.address, sheetList);
    return parsed === null ? null : { ...parsed, sheet };
  };
  const state: WorkbookState = {
    sheets: perSheet.map((s) => ({
      name: s.name,
      property: s.property.isNullObject ? null : String(s.property.value),
      protected: s.protection.protected,
      used: usedOf(s.used, s.name),
      tables: s.tables.items.map((t) => t.name),
      charts: s.charts.items.map((c) => c.name),
    })),
    names: namesOf(names.items, sheetList),
    tables: tableRanges.flatMap((t) => {
      const range = rangeOfAddress(t.range.address, sheetList);
      return range === null ? [] : [{ name: t.name, range }];
    }),
    protected: protection.protected,
  };
  return { state, extras: extra };
}

/**
 * Which report sheet each sheet is, if KIK made it. The workbook name `KIK_GENERATED_<KIND>`
 * (written by both faces) decides first; then the custom property (written by the task pane),
 * for kinds no name claims, first sheet first. A copy of a KIK sheet carries the custom
 * property but not the name, so the original stays the one KIK rewrites.
 */
export function generatedKinds(state: WorkbookState): Map<string, ReportSheetKind> {
  const bySheet = new Map<string, ReportSheetKind>();
  const claimed = new Set<ReportSheetKind>();
  for (const kind of REPORT_SHEET_KINDS) {
    const marker = state.names.find((n) => sameName(n.name, generatedMarkerName(kind)));
    if (marker === undefined || marker.range === null) continue;
    const sheet = sheetNamed(state, marker.range.sheet);
    if (sheet === undefined || bySheet.has(sheet.name)) continue;
    bySheet.set(sheet.name, kind);
    claimed.add(kind);
  }
  for (const sheet of state.sheets) {
    if (bySheet.has(sheet.name)) continue;
    const kind = REPORT_SHEET_KINDS.find((k) => k === sheet.property);
    if (kind === undefined || claimed.has(kind)) continue;
    bySheet.set(sheet.name, kind);
    claimed.add(kind);
  }
  return bySheet;
}

/** The sheets and which of them KIK made. */
export function existingSheetsOf(state: WorkbookState): ExistingSheet[] {
  const kinds = generatedKinds(state);
  return state.sheets.map((s) => ({ name: s.name, generatedKind: kinds.get(s.name) ?? null }));
}
