/** Excel's error values and the ones a custom function may return. */
import { EXCEL_ERROR_VALUES, displayErrorCode, outputErrorCode } from "../../src/sheet";

test("Office.js error names read as Excel's error values", () => {
  expect(displayErrorCode("invalidReference")).toBe("#REF!");
  expect(displayErrorCode("invalidName")).toBe("#NAME?");
  expect(displayErrorCode("#SPILL!")).toBe("#SPILL!");
  expect(displayErrorCode("constructor")).toBe("constructor");
});

test("a function passes on #VALUE!, #NUM!, #DIV/0!, #N/A and #NULL!, nothing else", () => {
  expect(outputErrorCode("notAvailable")).toBe("#N/A");
  expect(outputErrorCode("#DIV/0!")).toBe("#DIV/0!");
  expect(outputErrorCode("nullReference")).toBe("#NULL!");
  expect(outputErrorCode("#REF!")).toBeNull();
  expect(outputErrorCode("invalidName")).toBeNull();
  for (const code of ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A", "#NULL!"])
    expect(EXCEL_ERROR_VALUES.has(code)).toBe(true);
});
