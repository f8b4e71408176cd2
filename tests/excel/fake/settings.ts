/** `Office.context.document.settings`: values kept in memory, persisted by `saveAsync`. */
import type { XlAsyncResult, XlSettings } from "../../../src/excel/office-api";

export class FakeSettings implements XlSettings {
  private readonly values = new Map<string, unknown>();
  /** What the document holds (after a successful `saveAsync`). */
  readonly saved = new Map<string, unknown>();
  saves = 0;
  /** Makes the next `saveAsync` fail with this message. */
  failNextSave: string | null = null;

  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }

  set(name: string, value: unknown): void {
    // Office stores settings as JSON: what cannot be serialised cannot be stored.
    this.values.set(name, value === undefined ? null : JSON.parse(JSON.stringify(value)));
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  saveAsync(callback?: (result: XlAsyncResult) => void): void {
    const failure = this.failNextSave;
    this.failNextSave = null;
    void Promise.resolve().then(() => {
      if (failure === null) {
        this.saves++;
        this.saved.clear();
        for (const [k, v] of this.values) this.saved.set(k, v);
      }
      callback?.(
        failure === null
          ? { status: "succeeded", error: null }
          : { status: "failed", error: { message: failure } }
      );
    });
  }

  /** Puts a raw value into the document, as another version of the add-in might have. */
  seed(name: string, value: unknown): void {
    this.values.set(name, value);
    this.saved.set(name, value);
  }
}
