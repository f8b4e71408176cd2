/**
 * A typed in-memory fake of the Office.js Excel objects KIK uses (see src/excel/office-api.ts).
 *
 * - `new FakeExcel()`: the workbook; `fake.run` is `Excel.run`, `fake.settings` the document's
 *   settings. Set up sheets with `addSheet`, `setCell(s)`, `addTable`, `addName` …; inspect with
 *   `cell`, `values`, `tables`, `charts`, `names`, `snapshot` …; count `syncs` and
 *   `writeOperations`; inject failures with `failAtOperation(n)` / `failWhen(op => …)`; protect
 *   with `protectSheet` / `protectWorkbook`.
 * - `installFakeOffice(window)`: the fake as the globals `Excel` and `Office` for a browser run
 *   of the built task pane.
 */
export {
  FakeExcel,
  type CellView,
  type FunctionMetadata,
  type SeedCell,
  type WorkbookSnapshot,
} from "./fake-excel";
export { FakeOfficeError } from "./errors";
export type { FakeOperation, SyncRecord } from "./context";
export { installFakeOffice } from "./install";
export { FakeSettings } from "./settings";
