/**
 * How the result sheets print (issue 11): A4 with fit to width, the table header repeated on
 * every page, and the same header and footer (sheet, KIK and the date, page x of y).
 */
import type { Language } from "../i18n";
import { PRINT_MARGINS, printHeaderFooter } from "./business-case";
import type { Block, PageSetupPlan, SheetPlan } from "./plan";

/** The block a sheet's cells and charts use (1-based, inclusive). */
export function usedBlock(sheet: Pick<SheetPlan, "cells" | "charts">): Block {
  let bottom = 1;
  let right = 1;
  for (const c of sheet.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  for (const c of sheet.charts) {
    bottom = Math.max(bottom, c.anchor.bottom);
    right = Math.max(right, c.anchor.right);
  }
  return { top: 1, left: 1, bottom, right };
}

/**
 * The page setup of a result sheet that has none of its own: A4, fit to one page wide
 * (landscape when wider than a portrait page reads), the frozen header rows repeated.
 * @param printArea - the part that prints; default everything the sheet uses
 */
export function sheetPage(
  sheet: Pick<SheetPlan, "cells" | "charts" | "freeze" | "columnWidths">,
  language: Language,
  printArea: Block = usedBlock(sheet)
): PageSetupPlan {
  let width = 0;
  for (let c = printArea.left; c <= printArea.right; c++)
    width += sheet.columnWidths[c - 1] ?? 8.43;
  const rows = sheet.freeze.rows;
  return {
    // About 95 characters fit across a portrait A4 page at 100 %.
    orientation: width > 110 ? "landscape" : "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    ...(rows > 0 ? { titleRows: { first: rows, last: rows } } : {}),
    printArea,
    margins: PRINT_MARGINS,
    ...printHeaderFooter(language),
  };
}

/**
 * `sheet` with {@link sheetPage} when it has no page setup of its own, and the municipality
 * before the sheet's name in the printed header when the input names it.
 */
export function withPage(
  sheet: SheetPlan,
  language: Language,
  municipality: string | null = null
): SheetPlan {
  const page = sheet.page ?? sheetPage(sheet, language);
  // "&" starts a code in a header: a literal one is doubled.
  const header =
    municipality === null ? page.header : { left: `${municipality.replace(/&/g, "&&")} – &A` };
  return { ...sheet, page: { ...page, ...(header === undefined ? {} : { header }) } };
}
