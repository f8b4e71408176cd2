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

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 100;
  }
}

/** The queue behind one `Excel.run`. */
export class CommandQueue {
  private queue: Queued[] = [];

  constructor(readonly host: FakeHost) {}

  write(
    type: string,
    payload: unknown,
    prepare: () => { sheet: string | null; rows?: number; apply: () => void }
  ): void {
    this.queue.push({ kind: "write", type, bytes: 60 + jsonBytes(payload), prepare });
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
    await Promise.resolve();
    const requestBytes = batch.reduce((s, q) => s + (q.kind === "write" ? q.bytes : 40), 0);
    const calls = batch.flatMap((q) => (q.kind === "call" ? [q.type] : []));
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
