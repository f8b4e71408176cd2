/**
 * Reading the input tables over Office.js: the ranges the readers can ask for are loaded
 * (values, number formats, value types and merged areas) and handed to `readCaseInput` as an
 * in-memory {@link WorkbookView}.
 *
 * Which ranges: what the user selected, every table and defined name with one of the
 * conventional names, and the used range of the input sheet ("KIK Input" …) – each with the
 * row above it, where the readers look for a title that may state the unit. They come from the
 * last {@link WorkbookState}; the same sync re-reads the workbook's sheets, tables, names and
 * the input sheet's used range, so a changed workbook is noticed ("stale") and read again.
 */
import type { Grid, GridValue } from "../input/grid";
import { INPUT_SHEET_NAMES, TABLE_KINDS, TABLE_NAMES } from "../input/headers";
import type { RangeRef } from "../input/model";
import type { InputSelection, ViewTable, WorkbookView } from "../input/read-case";
import { localAddress, parseRangeAddress, qualifiedRange, sameName } from "../sheet";
import { gridValueOfOffice, jsonBytes } from "./cells";
import type { XlContext, XlRange, XlRangeAreas } from "./office-api";
import { rangeOfAddress, sheetNamed, type WorkbookState } from "./workbook-state";

/**
 * Rows per read at most, and the response bytes a sync may bring back (Excel on the web allows
 * 5 MB, Microsoft: "Resource limits and performance optimization for Office Add-ins"). The
 * bytes are measured: `firstBytesPerCell` only plans the first sync (values, number formats and
 * value types of a cell as JSON); later syncs are planned with the most a cell took so far.
 */
export const READ_LIMITS = { rows: 20_000, bytes: 4_000_000, firstBytesPerCell: 40 } as const;

/** The ranges to load for a selection, and the input sheet the readers will scan. */
export interface InputReads {
  readonly blocks: readonly RangeRef[];
  /** The input sheet (first of "KIK Input", "KIK Inputs", "Input", "Inputs" that exists). */
  readonly inputSheet: string | null;
  /** Tables read, whose ranges must still be where the state says. */
  readonly tables: readonly string[];
}

function clip(range: RangeRef, used: RangeRef | null): RangeRef | null {
  if (used === null) return null;
  const r = {
    sheet: range.sheet,
    top: Math.max(range.top, 1),
    left: Math.max(range.left, 1),
    bottom: Math.min(range.bottom, used.bottom),
    right: Math.min(range.right, used.right),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

/**
 * The ranges `readCaseInput` may ask for, given the selection and the workbook's state
 * (`inputSheetOnly`: only the input sheet, for finding tables there by their headers).
 */
export function planInputReads(
  state: WorkbookState,
  selection: InputSelection,
  inputSheetOnly = false
): InputReads {
  const blocks: RangeRef[] = [];
  const tables = new Set<string>();
  const add = (range: RangeRef, withTitle = true) => {
    const sheet = sheetNamed(state, range.sheet);
    if (sheet === undefined) return;
    const wanted = { ...range, sheet: sheet.name, top: withTitle ? range.top - 1 : range.top };
    const clipped = clip(wanted, sheet.used);
    if (clipped === null) return;
    const same = blocks.some(
      (b) =>
        b.sheet === clipped.sheet &&
        b.top === clipped.top &&
        b.left === clipped.left &&
        b.bottom === clipped.bottom &&
        b.right === clipped.right
    );
    if (!same) blocks.push(clipped);
  };
  const addNamed = (name: string) => {
    for (const t of state.tables)
      if (sameName(t.name, name)) {
        add(t.range);
        tables.add(t.name);
      }
    for (const n of state.names) if (sameName(n.name, name) && n.range !== null) add(n.range);
  };
  for (const kind of inputSheetOnly ? [] : TABLE_KINDS) {
    const chosen = selection[kind]?.trim() ?? "";
    if (chosen !== "") {
      const address = parseRangeAddress(chosen);
      if (address !== null) add(address);
      else addNamed(chosen);
      continue;
    }
    for (const name of TABLE_NAMES[kind]) addNamed(name);
  }
  let inputSheet: string | null = null;
  for (const name of INPUT_SHEET_NAMES) {
    const sheet = sheetNamed(state, name);
    if (sheet === undefined) continue;
    inputSheet = sheet.name;
    if (sheet.used !== null) add(sheet.used, false);
    break;
  }
  // A block inside another one (a table on the input sheet, whose used range is read) is
  // read once: the view finds it in the bigger block.
  const inside = (a: RangeRef, b: RangeRef) =>
    a !== b &&
    a.sheet === b.sheet &&
    a.top >= b.top &&
    a.left >= b.left &&
    a.bottom <= b.bottom &&
    a.right <= b.right;
  const needed = blocks.filter(
    (a, i) => !blocks.some((b, j) => j !== i && inside(a, b) && !(inside(b, a) && j > i))
  );
  return { blocks: needed, inputSheet, tables: [...tables] };
}

/** A loaded block of one sheet, as grid values. */
interface LoadedBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly values: GridValue[][];
}

type Merge = { top: number; left: number; bottom: number; right: number };

/** Splits "Sheet!A1:B2,'My sheet'!C3:D4" at the commas outside quotes. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((p) => p !== "");
}

/** The in-memory view the readers run on. */
class LoadedView implements WorkbookView {
  readonly sheetNames: readonly string[];
  tables: readonly ViewTable[];
  readonly names: readonly { name: string; range: RangeRef }[];
  private readonly blocks = new Map<string, LoadedBlock[]>();
  private readonly merges = new Map<string, Merge[]>();
  private readonly used = new Map<string, RangeRef | null>();

  constructor(state: WorkbookState) {
    this.sheetNames = state.sheets.map((s) => s.name);
    this.tables = state.tables.map((t) => ({ name: t.name, range: t.range, totalsRow: false }));
    this.names = state.names.flatMap((n) =>
      n.range === null ? [] : [{ name: n.name, range: n.range }]
    );
  }

  /** Marks the tables that show a totals row (`table.showTotals`, loaded in the first sync). */
  setTotalsRows(tables: readonly { name: string; showTotals: boolean }[]): void {
    this.tables = this.tables.map((t) => ({
      ...t,
      totalsRow: tables.some((x) => x.showTotals && sameName(x.name, t.name)),
    }));
  }

  private sheetKey(sheet: string): string {
    return this.sheetNames.find((s) => sameName(s, sheet)) ?? sheet;
  }

  addBlock(sheet: string, block: LoadedBlock): void {
    const list = this.blocks.get(sheet) ?? [];
    list.push(block);
    this.blocks.set(sheet, list);
  }

  addMerges(sheet: string, merges: Merge[]): void {
    const list = this.merges.get(sheet) ?? [];
    for (const m of merges)
      if (
        !list.some(
          (x) =>
            x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right
        )
      )
        list.push(m);
    this.merges.set(sheet, list);
  }

  /** The used range of `sheet`: the cells with a value among those loaded. */
  computeUsed(sheet: string): void {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const b of this.blocks.get(sheet) ?? []) {
      b.values.forEach((row, i) => {
        row.forEach((v, j) => {
          if (v === null) return;
          top = Math.min(top, b.top + i);
          bottom = Math.max(bottom, b.top + i);
          left = Math.min(left, b.left + j);
          right = Math.max(right, b.left + j);
        });
      });
    }
    this.used.set(sheet, top === Infinity ? null : { sheet, top, left, bottom, right });
  }

  usedRange(sheet: string): RangeRef | null {
    return this.used.get(this.sheetKey(sheet)) ?? null;
  }

  grid(range: RangeRef): Grid {
    const sheet = this.sheetKey(range.sheet);
    const blocks = this.blocks.get(sheet) ?? [];
    const merges = (this.merges.get(sheet) ?? []).filter(
      (m) =>
        m.top <= range.bottom &&
        m.bottom >= range.top &&
        m.left <= range.right &&
        m.right >= range.left
    );
    const result = (values: GridValue[][]): Grid => {
      const g: Grid = { sheet, top: range.top, left: range.left, values };
      return merges.length > 0 ? { ...g, merges } : g;
    };
    const whole = blocks.find(
      (b) =>
        b.top <= range.top &&
        b.left <= range.left &&
        b.bottom >= range.bottom &&
        b.right >= range.right
    );
    if (whole !== undefined) {
      const values: GridValue[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row = whole.values[r - whole.top] ?? [];
        values.push(row.slice(range.left - whole.left, range.right - whole.left + 1));
      }
      return result(values);
    }
    // Pieced together from the blocks that overlap (cells outside every block are blank).
    const values: GridValue[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: GridValue[] = [];
      for (let c = range.left; c <= range.right; c++) {
        let v: GridValue = null;
        for (const b of blocks)
          if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right)
            v = b.values[r - b.top]?.[c - b.left] ?? null;
        row.push(v);
      }
      values.push(row);
    }
    return result(values);
  }
}

/** One read of part of a block. */
interface Chunk {
  readonly block: RangeRef;
  readonly top: number;
  readonly bottom: number;
  readonly first: boolean;
}

/** Splits the blocks into reads of at most {@link READ_LIMITS} and groups them per sync. */
export function readBatches(
  blocks: readonly RangeRef[],
  bytesPerCell: number = READ_LIMITS.firstBytesPerCell
): Chunk[][] {
  const batches: Chunk[][] = [];
  let batch: Chunk[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const width = block.right - block.left + 1;
    const rowBytes = width * bytesPerCell;
    const rowsPerChunk = Math.max(
      1,
      Math.min(READ_LIMITS.rows, Math.floor(READ_LIMITS.bytes / rowBytes))
    );
    for (let top = block.top; top <= block.bottom; top += rowsPerChunk) {
      const bottom = Math.min(block.bottom, top + rowsPerChunk - 1);
      const size = (bottom - top + 1) * rowBytes;
      if (batch.length > 0 && bytes + size > READ_LIMITS.bytes) {
        batches.push(batch);
        batch = [];
        bytes = 0;
      }
      batch.push({ block, top, bottom, first: top === block.top });
      bytes += size;
    }
  }
  if (batch.length > 0 || batches.length === 0) batches.push(batch);
  return batches;
}

/** True for Excel's refusal of a response over its size limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : "";
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Loads queued for the first sync of a chunked read, and the check of what they brought. */
export interface FirstSync {
  queue(): void;
  /** False stops the read (the workbook is not as expected). */
  check(): boolean;
}

/**
 * Reads `blocks` in chunks, each sync's response within {@link READ_LIMITS}.bytes as measured:
 * the first sync is planned with `bytesPerCell`, each later one with the most a cell took so far
 * (and a quarter more), so long Danish texts shrink the chunks instead of overflowing them. A
 * sync Excel refuses as too large is planned again with twice the bytes per cell.
 * @param load - queues the loads of a chunk; the function it returns takes their result after
 *   the sync and returns the response bytes they took
 * @returns false when `first.check` stopped the read
 */
export async function readChunked(
  blocks: readonly RangeRef[],
  bytesPerCell: number,
  sync: () => Promise<void>,
  load: (chunk: Chunk) => () => number,
  first: FirstSync | null = null
): Promise<boolean> {
  const next = new Map<RangeRef, number>(blocks.map((b) => [b, b.top]));
  let perCell = bytesPerCell;
  let firstPending = first !== null;
  for (let refused = 0; ;) {
    const remaining: RangeRef[] = [];
    const origin = new Map<RangeRef, RangeRef>();
    for (const b of blocks) {
      const top = next.get(b) as number;
      if (top > b.bottom) continue;
      const rest = { ...b, top };
      origin.set(rest, b);
      remaining.push(rest);
    }
    if (remaining.length === 0 && !firstPending) return true;
    const batch = (readBatches(remaining, perCell)[0] ?? []).map((c) => {
      const block = origin.get(c.block) as RangeRef;
      return { ...c, block, first: c.top === block.top };
    });
    if (firstPending) first?.queue();
    const taken = batch.map((chunk) => ({ chunk, take: load(chunk) }));
    try {
      await sync();
    } catch (error) {
      const cells = batch.reduce((s, c) => s + (c.bottom - c.top + 1), 0);
      if (isPayloadTooLarge(error) && cells > 1 && refused++ < 10) {
        perCell *= 2;
        continue;
      }
      throw error;
    }
    if (firstPending) {
      firstPending = false;
      if (first?.check() === false) return false;
    }
    let most = 0;
    for (const { chunk, take } of taken) {
      const cells = (chunk.bottom - chunk.top + 1) * (chunk.block.right - chunk.block.left + 1);
      most = Math.max(most, take() / cells);
      next.set(chunk.block, chunk.bottom + 1);
    }
    if (taken.length > 0) perCell = Math.max(most * 1.25, 4);
  }
}

/**
 * Loads what `readCaseInput` needs for `selection` and builds the view, in one sync when it
 * fits in a request (more for very large inputs). Returns "stale" when the workbook no longer
 * matches `state` (a sheet, table or name added, removed or moved): read the state again.
 */
export async function loadInputView(
  context: XlContext,
  sync: () => Promise<void>,
  state: WorkbookState,
  selection: InputSelection,
  inputSheetOnly = false
): Promise<WorkbookView | "stale"> {
  const reads = planInputReads(state, selection, inputSheetOnly);
  const wb = context.workbook;
  // Checks that the state still holds, in the first sync.
  const queueChecks = () => ({
    sheetsNow: wb.worksheets.load("items/name"),
    // showTotals too: a table's totals row is not data (the readers leave it out).
    tablesNow: wb.tables.load("items/name,items/showTotals"),
    namesNow: wb.names.load("items/name,items/type,items/formula"),
    tableRanges: reads.tables.map((name) => ({
      name,
      range: wb.tables.getItem(name).getRange().load("address"),
    })),
    inputUsed:
      reads.inputSheet === null
        ? null
        : wb.worksheets.getItem(reads.inputSheet).getUsedRangeOrNullObject(false).load("address"),
  });
  let checks: ReturnType<typeof queueChecks> | null = null;

  const view = new LoadedView(state);
  let checked = false;
  const check = (): boolean => {
    checked = true;
    if (checks === null) return false;
    const { sheetsNow, tablesNow, namesNow, tableRanges, inputUsed } = checks;
    if (!stillHolds(state, sheetsNow.items, tablesNow.items, namesNow.items)) return false;
    for (const t of tableRanges) {
      const known = state.tables.find((x) => x.name === t.name);
      const now = rangeOfAddress(t.range.address, state.sheets);
      if (known === undefined || now === null || !sameRange(known.range, now)) return false;
    }
    if (inputUsed !== null && !sameUsed(state, reads.inputSheet, inputUsed)) return false;
    view.setTotalsRows(tablesNow.items);
    return true;
  };
  const load = (chunk: Chunk) => {
    const ws = wb.worksheets.getItem(chunk.block.sheet);
    const range = ws
      .getRange(localAddress(chunk.top, chunk.block.left, chunk.bottom, chunk.block.right))
      .load(["values", "numberFormat", "valueTypes"]);
    const merges: XlRangeAreas | null = chunk.first
      ? ws.getRange(qualifiedLocal(chunk.block)).getMergedAreasOrNullObject().load("address")
      : null;
    return () => {
      view.addBlock(chunk.block.sheet, {
        top: chunk.top,
        left: chunk.block.left,
        bottom: chunk.bottom,
        right: chunk.block.right,
        values: gridValues(range),
      });
      if (merges !== null && !merges.isNullObject)
        view.addMerges(chunk.block.sheet, mergesOf(merges.address, state));
      return jsonBytes(range.values, range.numberFormat, range.valueTypes);
    };
  };
  // The checks ride with the first sync; a refused first sync queues them again.
  const first: FirstSync = { queue: () => void (checks = queueChecks()), check };
  try {
    if (!(await readChunked(reads.blocks, READ_LIMITS.firstBytesPerCell, sync, load, first)))
      return "stale";
  } catch (error) {
    // A table or sheet the state names is gone: the state is stale.
    if (!checked && isItemNotFound(error)) return "stale";
    throw error;
  }
  if (reads.inputSheet !== null) view.computeUsed(reads.inputSheet);
  return view;
}

function qualifiedLocal(block: RangeRef): string {
  return localAddress(block.top, block.left, block.bottom, block.right);
}

function gridValues(range: XlRange): GridValue[][] {
  const values = range.values;
  const types = range.valueTypes;
  const formats = range.numberFormat;
  return values.map((row, i) =>
    row.map((v, j) => gridValueOfOffice(v, types[i]?.[j], formats[i]?.[j]))
  );
}

function mergesOf(address: string, state: WorkbookState): Merge[] {
  const out: Merge[] = [];
  for (const part of splitAreas(address)) {
    const r = rangeOfAddress(part, state.sheets);
    if (r !== null) out.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  }
  return out;
}

function sameRange(a: RangeRef, b: RangeRef): boolean {
  return (
    sameName(a.sheet, b.sheet) &&
    a.top === b.top &&
    a.left === b.left &&
    a.bottom === b.bottom &&
    a.right === b.right
  );
}

function sameUsed(state: WorkbookState, sheet: string | null, used: XlRange): boolean {
  if (sheet === null) return true;
  const known = sheetNamed(state, sheet)?.used ?? null;
  if (used.isNullObject) return known === null;
  const now = rangeOfAddress(used.address, state.sheets);
  return known !== null && now !== null && sameRange(known, now);
}

function stillHolds(
  state: WorkbookState,
  sheets: readonly { name: string }[],
  tables: readonly { name: string }[],
  names: readonly { name: string; type: string; formula: unknown }[]
): boolean {
  const list = (xs: readonly string[]) => [...xs].sort().join("\u0000");
  if (list(sheets.map((s) => s.name)) !== list(state.sheets.map((s) => s.name))) return false;
  if (list(tables.map((t) => t.name)) !== list(state.tables.map((t) => t.name))) return false;
  const nameKey = (n: { name: string; type: string; formula: unknown }) =>
    `${n.name}\u0001${n.type}\u0001${String(n.formula)}`;
  return list(names.map(nameKey)) === list(state.names.map(nameKey));
}

/** True for Office.js's "ItemNotFound" (a sheet, table or name that is not there). */
export function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "ItemNotFound"
  );
}

/** How a found table is named in a selection: its table or defined name, else its address. */
export function selectionText(state: WorkbookState, range: RangeRef): string {
  const table = state.tables.find((t) => sameRange(t.range, range));
  if (table !== undefined) return table.name;
  const name = state.names.find((n) => n.range !== null && sameRange(n.range, range));
  if (name !== undefined) return name.name;
  return qualifiedRange(range);
}
