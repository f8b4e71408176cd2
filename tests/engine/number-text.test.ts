import { parseNumberText, parseShare, parseYesNo } from "../../src/engine";

const num = (value: number) => ({ kind: "number", value });

describe("number-text: parseNumberText", () => {
  test.each<[string, number]>([
    ["1.000.000", 1000000],
    ["24,2", 24.2], // Danish decimal comma (rule 5)
    ["24.2", 24.2], // decimal point: 1 digit after the dot is not a thousands group
    ["1,008.5", 1008.5], // English: both separators, last one is the decimal (rule 3)
    ["1.008,5", 1008.5], // Danish: both separators
    ["1,000,000", 1000000], // two or more English thousands groups (rule 5)
    ["0.035", 0.035], // first group starts with 0: decimal point, not thousands
    ["3,5 %", 0.035], // trailing % divides by 100 (rule 2)
    ["3,5%", 0.035],
    ["35 %", 0.35], // exactly 0.35, not 35 × 0.01 = 0.35000000000000003
    ["1,1 %", 0.011],
    ["(24,2)", -24.2], // accounting parentheses (rule 6)
    ["1\u00a0008", 1008], // non-breaking space as thousands separator (rule 1)
    ["1 008", 1008],
    ["1\u202f008,5", 1008.5], // narrow no-break space (fr-FR)
    ["\u221218,1", -18.1], // U+2212 minus sign
    ["-18,1", -18.1],
    ["+4", 4],
    ["1.008,50 kr.", 1008.5], // trailing kr. dropped
    ["  22  ", 22],
    [".5", 0.5],
  ])("%j reads as %p", (text, value) => {
    expect(parseNumberText(text)).toEqual(num(value));
  });

  test.each([
    "abc",
    "1.00.0",
    "1,2,3",
    "12abc",
    "%",
    "kr.",
    "-",
    "()",
    "1,008.5.3",
    "01.008,5",
    "1.0008,5",
  ])("%j is text, not a number", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "text" });
  });

  test.each(["", "  ", "\u00a0", "\t\n"])("%j is blank", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "blank" });
  });

  test("mio. is never scaled: '-18,1 mio. kr.' is not read as -18,100,000 (it is refused as text)", () => {
    expect(parseNumberText("-18,1 mio. kr.")).toEqual({ kind: "text" });
  });

  describe("the 1000x trap (rule 7): one separator and three digits is ambiguous", () => {
    // Without a notation the text is never read silently one way: both readings are returned,
    // so the caller refuses it with a message naming the cell.
    test.each<[string, number, number]>([
      ["1.008", 1008, 1.008],
      ["1,008", 1.008, 1008],
      ["1.008 kr", 1008, 1.008],
      ["1.008 DKK", 1008, 1.008],
      ["12.326 kr.", 12326, 12.326],
      ["-1.008", -1008, -1.008],
    ])("%j is ambiguous: Danish %p, English %p", (text, da, en) => {
      expect(parseNumberText(text)).toEqual({ kind: "ambiguous", da, en });
      expect(parseNumberText(text, "da")).toEqual(num(da));
      expect(parseNumberText(text, "en")).toEqual(num(en));
    });

    test("en-US '1,008' (one thousand and eight) reads as 1008 in English notation, 1.008 in Danish", () => {
      const enUs = new Intl.NumberFormat("en-US").format(1008);
      expect(enUs).toBe("1,008");
      expect(parseNumberText(enUs, "en")).toEqual(num(1008));
      expect(parseNumberText(enUs, "da")).toEqual(num(1.008));
    });

    test("en-US '1.008' (three decimals) reads as 1.008 in English notation, 1008 in Danish", () => {
      const enUs = new Intl.NumberFormat("en-US", { minimumFractionDigits: 3 }).format(1.008);
      expect(enUs).toBe("1.008");
      expect(parseNumberText(enUs, "en")).toEqual(num(1.008));
      expect(parseNumberText(enUs, "da")).toEqual(num(1008));
    });

    test("da-DK '1,008' (three decimals) reads as 1.008 in Danish notation", () => {
      const daDk = new Intl.NumberFormat("da-DK", { minimumFractionDigits: 3 }).format(1.008);
      expect(daDk).toBe("1,008");
      expect(parseNumberText(daDk, "da")).toEqual(num(1.008));
    });

    test("two or more groups, or both separators, are not ambiguous", () => {
      expect(parseNumberText("1.008.000")).toEqual(num(1008000));
      expect(parseNumberText("1,008,000")).toEqual(num(1008000));
      expect(parseNumberText("1.008,5")).toEqual(num(1008.5));
      expect(parseNumberText("0.008")).toEqual(num(0.008));
    });
  });
});

describe("spaces are thousands separators only between whole groups", () => {
  test.each([
    ["1 008", 1008],
    ["1\u00a0000\u00a0000", 1000000],
    ["1 008,5", 1008.5],
    [" - 18,1 ", -18.1],
    ["3,5 %", 0.035],
  ])("%j reads as %d", (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: "number", value });
  });
  test.each(["12 34", "1 2,5", "1 0080", "(-5)", "(+5)", "- (5)"])("%j is text", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "text" });
  });
});

describe("number-text: parseShare, the one percent reading of every face", () => {
  test.each<[string | number, number, boolean]>([
    ["3,5 %", 0.035, false],
    ["3,5 pct.", 0.035, false],
    ["3,5 pct", 0.035, false],
    ["3,5 procent", 0.035, false],
    ["0,035", 0.035, false],
    ["3.5%", 0.035, false],
    ["3,5", 0.035, true], // a plain number above 1 is percentage points, flagged
    [3.5, 0.035, true],
    [0.035, 0.035, false], // a number cell formatted as 3,5 %
    ["1", 1, false],
    ["100 %", 1, false],
  ])("%j is %p", (raw, value, readAsPoints) => {
    expect(parseShare(raw)).toEqual({ kind: "number", value, readAsPoints });
  });

  test("text and blanks are said to be so", () => {
    expect(parseShare("tre")).toEqual({ kind: "text" });
    expect(parseShare(" ")).toEqual({ kind: "blank" });
    expect(parseShare(Number.NaN)).toEqual({ kind: "text" });
  });

  test("'pct.' inside a word is not a percent sign", () => {
    expect(parseNumberText("3,5 xpct")).toEqual({ kind: "text" });
  });
});

describe("yes-no: parseYesNo, the one yes/no list of every face", () => {
  test.each(["ja", "J", " Sand ", "TRUE", "yes", "y", "1"])("%j is yes", (w) => {
    expect(parseYesNo(w)).toBe(true);
  });
  test.each(["nej", "N", "falsk", "FALSE", "no", "n", "0"])("%j is no", (w) => {
    expect(parseYesNo(w)).toBe(false);
  });
  test("booleans and 1/0 as numbers; anything else is null", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(2)).toBeNull();
    expect(parseYesNo("måske")).toBeNull();
    expect(parseYesNo("")).toBeNull();
    expect(parseYesNo(null)).toBeNull();
  });
});
