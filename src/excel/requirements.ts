/**
 * The Office.js requirement sets KIK needs, per face (docs/conventions.md#krav).
 *
 * - The custom functions and the shared runtime: what the manifest's `<Requirements>` declares
 *   (SharedRuntime 1.1, CustomFunctionsRuntime 1.3); Excel loads the add-in only where they hold.
 * - The task pane's workbook calls (`OfficeWorkbookHost`): up to ExcelApi 1.13
 *   (`Range.getMergedAreasOrNullObject`), checked at run time with `isSetSupported`, so an older
 *   Excel still gets the functions and the pane says what it needs instead of failing on the
 *   first read. Microsoft recommends the run-time check for an add-in that "can provide value
 *   even to users on platforms that do not support the requirement set" (Excel JavaScript API
 *   requirement sets, "Defining requirement set support in the manifest").
 *
 * `tests/excel/requirement-sets.test.ts` lists every Office.js member `src/` uses with its set
 * (from the `@types/office-js` annotations) and fails when one exceeds these.
 */

/** The requirement set the task pane checks before it touches the workbook. */
export const TASK_PANE_REQUIREMENT = { set: "ExcelApi", version: "1.13" } as const;

/** `Office.context.requirements`, or a fake with the same shape. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** True when Excel supports what the task pane needs (false when it cannot say). */
export function taskPaneSupported(requirements: RequirementChecker | undefined): boolean {
  try {
    return (
      requirements?.isSetSupported(TASK_PANE_REQUIREMENT.set, TASK_PANE_REQUIREMENT.version) ===
      true
    );
  } catch {
    return false;
  }
}
