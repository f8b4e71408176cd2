/** A1 addresses: column letters, cells, blocks, and reading addresses back. */
import {
  a1,
  cellAddress,
  columnIndex,
  columnName,
  localAddress,
  parseLocalAddress,
  parseRangeAddress,
  qualifiedRange,
  MAX_COLUMNS,
} from "../../src/sheet";

test("column letters and indexes are inverse, A to XFD", () => {
  expect(columnName(1)).toBe("A");
  expect(columnName(26)).toBe("Z");
  expect(columnName(27)).toBe("AA");
  expect(columnName(MAX_COLUMNS)).toBe("XFD");
  expect(columnIndex("xfd")).toBe(MAX_COLUMNS);
  for (let c = 1; c <= MAX_COLUMNS; c += 97) expect(columnIndex(columnName(c))).toBe(c);
});

test("cells and blocks, relative and absolute", () => {
  expect(a1(4, 2)).toBe("B4");
  expect(a1(4, 2, true)).toBe("$B$4");
  expect(localAddress(2, 2, 5, 4)).toBe("B2:D5");
  expect(localAddress(2, 2)).toBe("B2");
  expect(localAddress(2, 2, 5, 4, true)).toBe("$B$2:$D$5");
});

test("sheet-qualified addresses are read back, quotes and all", () => {
  expect(parseRangeAddress("Budget!A1:C5")).toEqual({
    sheet: "Budget",
    top: 1,
    left: 1,
    bottom: 5,
    right: 3,
  });
  expect(parseRangeAddress("'KIK Input'!$B$2")).toEqual({
    sheet: "KIK Input",
    top: 2,
    left: 2,
    bottom: 2,
    right: 2,
  });
  expect(parseRangeAddress(" 'O''Brien'!C5:A1 ")).toEqual({
    sheet: "O'Brien",
    top: 1,
    left: 1,
    bottom: 5,
    right: 3,
  });
  for (const sheet of ["Ark1", "R1C1", "Hej!", "Budget 2016", "Ø-tal", "O'Brien"]) {
    const range = { sheet, top: 8, left: 16, bottom: 11, right: 17 };
    expect(parseRangeAddress(qualifiedRange(range, true))).toEqual(range);
  }
  expect(parseRangeAddress("A1:C5")).toBeNull();
  expect(parseRangeAddress("Budget!Total")).toBeNull();
  expect(parseLocalAddress("$C$5:A1")).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
  expect(parseLocalAddress("1:3")).toBeNull();
});

test("the address of a cell inside a range keeps the range's sheet prefix", () => {
  expect(cellAddress("Budget!B2:E3", 1, 2)).toBe("Budget!D3");
  expect(cellAddress("'Ark1'!$Z$2:$AB$9", 0, 1)).toBe("'Ark1'!AA2");
  expect(cellAddress("C3", 0, 0)).toBe("C3");
  expect(cellAddress(undefined, 0, 0)).toBeNull();
  expect(cellAddress("Budget!Total", 0, 0)).toBeNull();
});
