import {
  formatMonth,
  monthNumber,
  monthOfSerial,
  parseMonthCell,
  parseMonthText,
  parseYearCell,
  serialOfMonth,
} from "../../src/input/months";
import { dateCell } from "./corpus";

function month(text: string): string | null {
  const m = parseMonthText(text);
  return m.kind === "month" ? formatMonth(m.value) : null;
}

describe("month text", () => {
  it.each([
    ["2015-06", "2015-06"],
    ["2015-6", "2015-06"],
    ["2015/06", "2015-06"],
    ["2015.06", "2015-06"],
    ["2015M06", "2015-06"],
    ["2015m6", "2015-06"],
    ["06-2015", "2015-06"],
    ["6/2015", "2015-06"],
    ["06.2015", "2015-06"],
    ["juni 2015", "2015-06"],
    ["Juni 2015", "2015-06"],
    ["jun 2015", "2015-06"],
    ["jun. 2015", "2015-06"],
    ["June 2015", "2015-06"],
    ["JUNE 2015", "2015-06"],
    ["2015 juni", "2015-06"],
    ["marts 2016", "2016-03"],
    ["maj 2016", "2016-05"],
    ["May 2016", "2016-05"],
    ["okt 2016", "2016-10"],
    ["Oct 2016", "2016-10"],
    ["sept. 2016", "2016-09"],
    ["2015-06-01", "2015-06"],
    ["2015-06-30T00:00:00", "2015-06"],
    ["01-06-2015", "2015-06"],
    ["31.07.2017", "2017-07"],
    ["1. juni 2015", "2015-06"],
    ["31. juli 2017", "2017-07"],
    ["06/13/2015", "2015-06"],
    ["  2017-01  ", "2017-01"],
  ])("%s is %s", (text, expected) => {
    expect(month(text)).toBe(expected);
  });

  it.each([
    "jun-15",
    "juni 15",
    "2015-13",
    "13-2015",
    "2015",
    "abc",
    "32-06-2015",
    "2015-06-32",
    "junij 2015",
    "Q2 2015",
    "0999-01",
  ])("%s is not a month", (text) => {
    expect(parseMonthText(text).kind).toBe("invalid");
  });

  it("blank text is blank", () => {
    expect(parseMonthText("   ").kind).toBe("blank");
  });
});

describe("month cells", () => {
  it("reads date cells by the month they fall in", () => {
    expect(parseMonthCell(dateCell(2017, 7, 31))).toEqual({
      kind: "month",
      value: { year: 2017, month: 7 },
    });
    expect(parseMonthCell(dateCell(2015, 6, 1))).toEqual({
      kind: "month",
      value: { year: 2015, month: 6 },
    });
  });

  it("counts a serial a hair below midnight as the next day", () => {
    const june1 = serialOfMonth({ year: 2015, month: 6 });
    expect(monthOfSerial(june1 - 1e-9)).toEqual({ year: 2015, month: 6 });
    expect(monthOfSerial(june1 - 0.5)).toEqual({ year: 2015, month: 5 });
    expect(monthOfSerial(june1 + 0.75)).toEqual({ year: 2015, month: 6 });
  });

  it("reads whole numbers in the date range as serials whose format was lost", () => {
    expect(parseMonthCell(serialOfMonth({ year: 2015, month: 6 }))).toEqual({
      kind: "month",
      value: { year: 2015, month: 6 },
    });
    expect(parseMonthCell(2015).kind).toBe("invalid");
    expect(parseMonthCell(42156.5).kind).toBe("invalid");
  });

  it("refuses booleans and errors, and treats null as blank", () => {
    expect(parseMonthCell(true).kind).toBe("invalid");
    expect(parseMonthCell({ error: "#N/A" }).kind).toBe("invalid");
    expect(parseMonthCell(null).kind).toBe("blank");
  });

  it("orders months by monthNumber", () => {
    expect(monthNumber({ year: 2015, month: 12 }) + 1).toBe(monthNumber({ year: 2016, month: 1 }));
  });
});

describe("year cells", () => {
  it.each([
    [2016, 2016],
    ["2016", 2016],
    ["2018, pr. juni.", 2018],
    ["2018 (til juni)", 2018],
    ["2018 foreløbigt", 2018],
    [" 2019 ", 2019],
  ])("%s is %s", (v, year) => {
    expect(parseYearCell(v)).toEqual({ kind: "year", value: year });
  });

  it("says when a year is not whole", () => {
    expect(parseYearCell(2016.5)).toEqual({ kind: "notWhole", value: 2016.5 });
    expect(parseYearCell("2016,5")).toEqual({ kind: "notWhole", value: 2016.5 });
  });

  it.each([["2016/17"], ["2018-06"], [1899], [2201], ["abc"], [true]])("%s is not a year", (v) => {
    expect(parseYearCell(v).kind).toBe("invalid");
  });

  it("dates are not years", () => {
    expect(parseYearCell(dateCell(2016, 1, 1)).kind).toBe("invalid");
  });
});
