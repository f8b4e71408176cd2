/**
 * Printing in the plan, without LibreOffice (tests/libreoffice/print.test.ts renders it): the
 * input template prints as the result sheets do, its help lines wrap inside the printed width
 * in rows tall enough, header rows fit their wrapped titles, and no text that does not wrap is
 * cut by a neighbour with content; on KIK Følsomhed every source (»Kilde«) wraps in its own
 * column in a row tall enough for it; on KIK Antagelser every name, unit and source is whole
 * and no value touches its unit; KIK Sagstal prints its table's columns only, header repeated.
 */
import type { Language } from "../../src/i18n";
import { buildReport } from "../../src/report/build";
import type { PlannedCell, ReportSheetKind, SheetContent, SheetPlan } from "../../src/report/plan";
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

/** The result sheet of `kind` of the Aabenraa example in `language`. */
function reportSheet(kind: ReportSheetKind, language: Language): SheetPlan {
  const plan = buildReport(aabenraaInput(), {
    language,
    sheetNames: resolveSheetNames([], language),
    inputRanges: {},
    generatedAt: new Date("2026-01-01T00:00:00Z"),
    version: "test",
  });
  return plan.sheets.find((s) => s.kind === kind)!;
}

/** KIK Følsomhed of the Aabenraa example in `language`. */
function sensitivitySheet(language: Language): SheetContent {
  return reportSheet("sensitivity", language);
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

describe("KIK Antagelser prints every name, unit and source whole", () => {
  test.each(LANGUAGES)(
    "%s: each fits its column or wraps in it, its row tall enough; values clear of units",
    (language) => {
      const sheet = reportSheet("assumptions", language);
      const header = (key: "assumption" | "value" | "unit" | "source") =>
        sheet.cells.find((c) => c.style === "header" && c.value === label(key, {}, language))!;
      const table = sheet.tables[0]!;
      const [name, value, unit, source] = (["assumption", "value", "unit", "source"] as const).map(
        header
      ) as [PlannedCell, PlannedCell, PlannedCell, PlannedCell];
      const inTable = (column: number) =>
        sheet.cells.filter(
          (c) => c.column === column && c.row > table.top && c.row <= table.bottom
        );
      const texts = [...inTable(name.column), ...inTable(unit.column), ...inTable(source.column)];
      // Every assumption of the example has a name, a unit and a source.
      expect(texts.length).toBe(3 * (table.bottom - table.top));
      for (const c of texts) {
        const width = sheet.columnWidths[c.column - 1] ?? 8.43;
        const text = String(c.value);
        if (c.style === "wrapNote") {
          const lines = wrappedLines(text, width, NOTE_PER_UNIT);
          expect({ text, height: heightOf(sheet, c.row) >= lines * LINE_HEIGHT }).toEqual({
            text,
            height: true,
          });
        } else {
          // Not wrapped: shorter than its column (one character per unit of width).
          expect({ text, fits: text.length < width }).toEqual({ text, fits: true });
        }
      }
      // The sources always wrap: a few lines each, not the page's width.
      for (const c of inTable(source.column)) {
        expect(c.style).toBe("wrapNote");
        expect(
          wrappedLines(String(c.value), sheet.columnWidths[source.column - 1]!, NOTE_PER_UNIT)
        ).toBeLessThanOrEqual(4);
      }
      // A number right-aligned in the value column keeps a space before its unit (Excel's `_-`),
      // and a text value (the municipality) fits its column.
      for (const c of inTable(value.column)) {
        if (typeof c.value === "number") expect(c.numberFormat).toMatch(/_-$/);
        else expect(String(c.value).length).toBeLessThan(sheet.columnWidths[value.column - 1]!);
      }
      expect(cutTexts(sheet)).toEqual([]);
      // A4 fit to width, one page tall or more: nothing shrinks to fit the height.
      expect(sheet.page).toMatchObject({ fitToWidth: 1, fitToHeight: 0 });
    }
  );
});

describe("KIK Sagstal prints its table, not the formulas' workings", () => {
  test.each(LANGUAGES)(
    "%s: A–K down to the last month shown, fit to width, the header row on every page",
    (language) => {
      const sheet = reportSheet("caseload", language);
      const table = sheet.tables[0]!;
      const page = sheet.page!;
      expect(page.printArea).toMatchObject({ top: 1, left: 1, right: table.right });
      expect(table.right).toBe(11);
      expect(page).toMatchObject({ orientation: "portrait", fitToWidth: 1, fitToHeight: 1 });
      expect(page.titleRows).toEqual({ first: table.top, last: table.top });
      const area = page.printArea!;
      // Every month shown is printed; the helper columns' titles are not.
      const months = sheet.cells.filter(
        (c) => c.column === 1 && c.row > table.top && typeof c.value === "number"
      );
      expect(months.length).toBeGreaterThan(12);
      expect(area.bottom).toBe(Math.max(...months.map((c) => c.row)));
      const helpers = sheet.cells.filter((c) => c.style === "header" && c.column > table.right);
      expect(helpers.length).toBeGreaterThan(5);
      for (const c of helpers) expect(c.column).toBeGreaterThan(area.right);
      // The header row, on every page, is as tall as the printed titles need, no taller.
      const printedLines = sheet.cells
        .filter((c) => c.style === "header" && c.column <= area.right)
        .map((c) => wrappedLines(String(c.value), sheet.columnWidths[c.column - 1] ?? 8.43));
      expect(heightOf(sheet, table.top)).toBe(Math.max(...printedLines) * LINE_HEIGHT);
      // Readable: at most as wide as a landscape page reads at about 100 %.
      expect(widthOf(sheet, area.left, area.right)).toBeLessThanOrEqual(150);
    }
  );
});
