/**
 * The request context: a queue of commands that `sync()` applies in order, like Office.js.
 *
 * - Writes take effect in the workbook only at `sync()`; if one fails, the ones before it in
 *   the batch stay applied, the rest are dropped, and `sync()` rejects with the error.
 * - Loads take their values at their place in the queue; the proxies see them only after the
 *   sync succeeded. Reading a property that was not loaded, or before its sync, throws
 *   PropertyNotLoaded.
 * - A request whose commands carry more than the payload limit (Excel on the web: 5 MB) is
 *   refused as a whole; so is a response over the limit (the writes of that batch stay).
 */
import { FakeOfficeError } from "./errors";
import type { WorkbookModel } from "./model";

/** One command as the fake's failure injection and log see it. */
export interface FakeOperation {
  /** "Range.formulas", "Worksheet.add", "TableCollection.add", "Chart.setPosition" … */
  readonly type: string;
  /** The sheet it acts on, if any. */
  readonly sheet: string | null;
  /** 1-based count of write operations since the fake was made. */
  readonly index: number;
  /** Rows of cells it writes (values, formulas, number formats), else 0. */
  readonly rows: number;
}

/** What one sync did. */
export interface SyncRecord {
  readonly writes: number;
  readonly loads: number;
  readonly calls: readonly string[];
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Most rows one command wrote. */
  readonly maxRows: number;
  readonly error?: string;
}

/** The fake's side of a context: the workbook, counters and the failure hook. */
export interface FakeHost {
  readonly model: WorkbookModel;
  readonly payloadLimit: number;
  /** Called before each write is applied; throws to make it fail. */
  beforeWrite(op: Omit<FakeOperation, "index">): FakeOperation;
  recordSync(record: SyncRecord): void;
  /** A batch of the same run suspended screen updating again (the window flickers). */
  flicker(): void;
}

interface QueuedWrite {
  readonly kind: "write";
  readonly type: string;
  readonly bytes: number;
  /** Resolves the target and returns its sheet, rows written and the change. */
  readonly prepare: () => { sheet: string | null; rows?: number; apply: () => void };
}

interface QueuedLoad {
  readonly kind: "load";
  readonly read: () => { bytes: number; commit: () => void };
}

interface QueuedCall {
  readonly kind: "call";
  readonly type: string;
}

type Queued = QueuedWrite | QueuedLoad | QueuedCall;

/** UTF-8 bytes of a text (what goes over the wire: "ø" is 2 bytes, "€" 3). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  try {
    return utf8Bytes(JSON.stringify(value) ?? "");
  } catch {
    return 100;
  }
}

/**
 * Request overhead, as Office.js serialises a batch: each proxy object is an object path
 * (`{"Id":…,"ObjectPathType":…,"Name":"getRange","ParentObjectPathId":…,"ArgumentInfo":…}`)
 * and each command an action (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…}`).
 */
export const REQUEST_OVERHEAD = { objectPath: 110, action: 70 } as const;

/** The queue behind one `Excel.run`. */
export class CommandQueue {
  private queue: Queued[] = [];
  /** Object paths made since the last sync (their bytes go with the next request). */
  private pathBytes = 0;
  /** Syncs of this run that suspended screen updating. */
  private screenSuspensions = 0;

  constructor(readonly host: FakeHost) {}

  /** A proxy object made: its object path goes with the next request. */
  objectPath(args: unknown = null): void {
    this.pathBytes += REQUEST_OVERHEAD.objectPath + (args === null ? 0 : jsonBytes(args));
  }

  write(
    type: string,
    payload: unknown,
    prepare: () => { sheet: string | null; rows?: number; apply: () => void }
  ): void {
    this.queue.push({
      kind: "write",
      type,
      bytes: REQUEST_OVERHEAD.action + jsonBytes(payload),
      prepare,
    });
  }

  load(read: () => { bytes: number; commit: () => void }): void {
    this.queue.push({ kind: "load", read });
  }

  call(type: string): void {
    this.queue.push({ kind: "call", type });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const paths = this.pathBytes;
    this.pathBytes = 0;
    await Promise.resolve();
    const requestBytes =
      paths +
      batch.reduce((s, q) => s + (q.kind === "write" ? q.bytes : REQUEST_OVERHEAD.action), 0);
    const calls = batch.flatMap((q) => (q.kind === "call" ? [q.type] : []));
    // Microsoft: calling suspendScreenUpdatingUntilNextSync repeatedly makes Excel flicker.
    if (calls.includes("Application.suspendScreenUpdatingUntilNextSync"))
      if (++this.screenSuspensions > 1) this.host.flicker();
    let writes = 0;
    let loads = 0;
    let maxRows = 0;
    let responseBytes = 0;
    const record = (error?: string) =>
      this.host.recordSync({
        writes,
        loads,
        calls,
        requestBytes,
        responseBytes,
        maxRows,
        ...(error === undefined ? {} : { error }),
      });
    if (requestBytes > this.host.payloadLimit) {
      const error = new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
      record(error.message);
      throw error;
    }
    const commits: (() => void)[] = [];
    try {
      for (const q of batch) {
        if (q.kind === "call") continue;
        if (q.kind === "load") {
          const { bytes, commit } = q.read();
          responseBytes += bytes;
          commits.push(commit);
          loads++;
          continue;
        }
        const { sheet, rows = 0, apply } = q.prepare();
        this.host.beforeWrite({ type: q.type, sheet, rows });
        apply();
        this.host.model.touch();
        writes++;
        maxRows = Math.max(maxRows, rows);
      }
      if (responseBytes > this.host.payloadLimit)
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${responseBytes} bytes`);
    } catch (error) {
      record(error instanceof Error ? error.message : String(error));
      throw error;
    }
    for (const commit of commits) commit();
    record();
  }
}
