/**
 * Printing in the plan, without LibreOffice (tests/libreoffice/print.test.ts renders it): the
 * input template prints as the result sheets do, its help lines wrap inside the printed width
 * in rows tall enough, header rows fit their wrapped titles, and no text that does not wrap is
 * cut by a neighbour with content; on KIK Følsomhed every source (»Kilde«) wraps in its own
 * column in a row tall enough for it.
 */
import type { Language } from "../../src/i18n";
import { buildReport } from "../../src/report/build";
import type { PlannedCell, SheetContent } from "../../src/report/plan";
import { printHeaderFooter } from "../../src/report/business-case";
import { usedBlock } from "../../src/report/print";
import { LINE_HEIGHT, NOTE_PER_UNIT, wrappedLines } from "../../src/report/sheet-builder";
import { buildInputSheet, buildTemplate } from "../../src/report/template";
import { label } from "../../src/report/labels";
import { resolveSheetNames } from "../../src/report/sheet-names";
import { AABENRAA } from "../../scripts/make-example";
import { aabenraaInput } from "./aabenraa";

const LANGUAGES: readonly Language[] = ["da", "en"];

/** The height of `row` in points (Excel's default 15 when the plan sets none). */
function heightOf(sheet: SheetContent, row: number): number {
  return sheet.rowHeights?.find((h) => h.row === row)?.height ?? LINE_HEIGHT;
}

/** The columns' widths summed over `left`..`right`. */
function widthOf(sheet: SheetContent, left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += sheet.columnWidths[c - 1] ?? 8.43;
  return w;
}

/** Styles whose text wraps within its cell (src/xlsx/styles.ts, src/excel/styles.ts). */
const WRAPPING = new Set(["header", "keyFigure", "conclusion", "wrapNote"]);

/**
 * Text cells that do not wrap and whose right neighbour has content, where the text is longer
 * than its column is wide (one character per unit of width: regular 11 pt text is narrower).
 */
function cutTexts(sheet: SheetContent): string[] {
  const occupied = new Set(
    sheet.cells.filter((c) => c.value !== null && c.value !== "").map((c) => `${c.row}:${c.column}`)
  );
  const merged = (c: PlannedCell) =>
    (sheet.merges ?? []).some((m) => m.top === c.row && m.left === c.column);
  return sheet.cells
    .filter(
      (c) =>
        typeof c.value === "string" &&
        !WRAPPING.has(c.style ?? "") &&
        !merged(c) &&
        occupied.has(`${c.row}:${c.column + 1}`) &&
        c.value.length > (sheet.columnWidths[c.column - 1] ?? 8.43)
    )
    .map((c) => `${c.row}:${c.column} ${String(c.value)}`);
}

describe("the input template prints", () => {
  const sheets = LANGUAGES.flatMap((language) => [
    { language, what: "empty", sheet: buildTemplate(language) },
    { language, what: "filled", sheet: buildInputSheet(language, AABENRAA) },
  ]);

  test.each(sheets)(
    "$language, $what: A4 fit to width, the result sheets' header and footer",
    ({ language, sheet }) => {
      const page = sheet.page!;
      expect(page).toBeDefined();
      expect(page.fitToWidth).toBe(1);
      expect(page.fitToHeight).toBe(0);
      // Stacked tables: no row is every page's header.
      expect(page.titleRows).toBeUndefined();
      expect(page.printArea).toEqual(usedBlock(sheet));
      expect({ header: page.header, footer: page.footer }).toEqual(printHeaderFooter(language));
      // Wider than a portrait page reads (the assumptions' source): landscape, as sheetPage rules.
      expect(page.orientation).toBe("landscape");
    }
  );

  test.each(sheets)(
    "$language, $what: each help line wraps over the printed width, its row tall enough",
    ({ sheet }) => {
      const help = sheet.cells.filter((c) => c.style === "wrapNote");
      expect(help).toHaveLength(4);
      const right = sheet.page!.printArea!.right;
      for (const c of help) {
        const merge = (sheet.merges ?? []).find((m) => m.top === c.row && m.left === c.column);
        expect(merge).toEqual({ top: c.row, left: 1, bottom: c.row, right });
        const lines = wrappedLines(String(c.value), widthOf(sheet, 1, right), NOTE_PER_UNIT);
        expect(heightOf(sheet, c.row)).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
      }
    }
  );

  test.each(sheets)(
    "$language, $what: header rows are as tall as their wrapped titles",
    ({ sheet }) => {
      const headers = sheet.cells.filter((c) => c.style === "header");
      expect(headers.length).toBeGreaterThan(10);
      for (const c of headers) {
        const lines = wrappedLines(String(c.value), sheet.columnWidths[c.column - 1] ?? 8.43);
        expect(heightOf(sheet, c.row)).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
      }
    }
  );

  test.each(sheets)("$language, $what: no text is cut by a neighbour with content", ({ sheet }) => {
    expect(cutTexts(sheet)).toEqual([]);
  });
});

/** KIK Følsomhed of the Aabenraa example in `language`. */
function sensitivitySheet(language: Language): SheetContent {
  const plan = buildReport(aabenraaInput(), {
    language,
    sheetNames: resolveSheetNames([], language),
    inputRanges: {},
    generatedAt: new Date("2026-01-01T00:00:00Z"),
    version: "test",
  });
  return plan.sheets.find((s) => s.kind === "sensitivity")!;
}

describe("KIK Følsomhed prints its sources whole", () => {
  test.each(LANGUAGES)(
    "%s: every »Kilde« cell wraps in its column, its row tall enough",
    (language) => {
      const sheet = sensitivitySheet(language);
      const header = sheet.cells.find(
        (c) => c.style === "header" && c.value === label("source", {}, language)
      )!;
      expect(header).toBeDefined();
      const table = sheet.tables.find((t) => t.top === header.row)!;
      const sources = sheet.cells.filter(
        (c) => c.column === header.column && c.row > header.row && c.row <= table.bottom
      );
      // The five ranges and the optimism correction.
      expect(sources).toHaveLength(6);
      const width = sheet.columnWidths[header.column - 1] ?? 8.43;
      for (const c of sources) {
        expect(c.style).toBe("wrapNote");
        const lines = wrappedLines(String(c.value), width, NOTE_PER_UNIT);
        expect(heightOf(sheet, c.row)).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
        // Readable on paper: at most four lines a source.
        expect(lines).toBeLessThanOrEqual(4);
      }
    }
  );
});

describe("KIK Følsomhed prints on two pages no wider than its ranges table", () => {
  test.each(LANGUAGES)(
    "%s: A–I on two landscape pages, every note inside them whole",
    (language) => {
      const sheet = sensitivitySheet(language);
      const page = sheet.page!;
      // The discount factors sit below the year table, not right of it (13 columns before).
      expect(page.printArea).toMatchObject({ left: 1, right: 9 });
      expect(page).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 2 });
      const area = page.printArea!;
      const printed = sheet.cells.filter((c) => c.row >= area.top && c.row <= area.bottom);
      // Every charted block and table sits inside the printed columns.
      for (const t of sheet.tables.filter((t) => t.top <= area.bottom))
        expect(t.right).toBeLessThanOrEqual(9);
      for (const ch of sheet.charts) expect(ch.anchor.right).toBeLessThanOrEqual(9);
      // A note that wraps: as wide as its merge (else its column), its row tall enough.
      const notes = printed.filter((c) => c.style === "wrapNote");
      expect(notes.length).toBeGreaterThanOrEqual(6 + 5 + 2);
      for (const c of notes) {
        const merge = (sheet.merges ?? []).find((m) => m.top === c.row && m.left === c.column);
        expect(merge?.right ?? c.column).toBeLessThanOrEqual(9);
        const width = widthOf(sheet, c.column, merge?.right ?? c.column);
        const lines = wrappedLines(String(c.value), width, NOTE_PER_UNIT);
        expect(heightOf(sheet, c.row)).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
      }
      // A note that does not wrap fits within the printed width from its column.
      for (const c of printed.filter((c) => c.style === "note" && typeof c.value === "string"))
        expect(wrappedLines(String(c.value), widthOf(sheet, c.column, 9), NOTE_PER_UNIT)).toBe(1);
    }
  );
});
