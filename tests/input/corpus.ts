/**
 * The input corpus: workbooks described as data (sheets of cells, Excel tables, defined names,
 * merged areas) with what reading them must give — typed values, or errors whose messages name
 * the sheet!cell and what was expected. Good inputs (the Aabenraa case in both layouts) and
 * malformed ones. `corpus.test.ts` runs every case through `readCaseInput` over the fake view;
 * the ExcelJS face can write each case to an .xlsx file and run the same expectations.
 *
 * Expectations: `errors` lists every error (each a substring of exactly one message; the
 * count must match; absent = no errors). `warnings` likewise when present (absent = unchecked).
 */
import type { CellDate, GridValue } from "../../src/input/grid";
import type { AssumptionKey, MoneyUnit } from "../../src/input/model";
import type { InputSelection, InputTable } from "../../src/input/read-case";
import type { Language } from "../../src/i18n";
import type { FakeWorkbook } from "./fake-view";

/** What reading a case must give. */
export interface CorpusExpectation {
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly budget?: null | {
    readonly unit?: MoneyUnit;
    readonly years: readonly number[];
    readonly budgeted?: readonly (number | null)[];
    readonly actual?: readonly (number | null)[];
    /** null: the table has no investment column. */
    readonly investment?: readonly (number | null)[] | null;
    readonly categories?: readonly (readonly [string, number])[];
  };
  readonly caseload?: null | {
    /** "YYYY-MM" per row, in order. */
    readonly months?: readonly string[];
    readonly count?: readonly (number | null)[];
    /** null: the table has no such column. */
    readonly target?: readonly (number | null)[] | null;
    readonly original?: readonly (number | null)[] | null;
    readonly newcomers?: readonly (number | null)[] | null;
    readonly comparison?: readonly (number | null)[] | null;
    readonly rows?: number;
    readonly first?: string;
    readonly last?: string;
  };
  readonly outcomes?: null | {
    readonly labels: readonly string[];
    /** null: no count column (one case per row). */
    readonly counts?: readonly number[] | null;
  };
  readonly assumptions?: readonly {
    readonly key: AssumptionKey | null;
    readonly value: number | string | boolean;
    readonly name?: string;
    readonly unit?: string;
    readonly source?: string;
  }[];
  /** Where each table was found, as "Sheet!A1:C5". */
  readonly ranges?: Partial<Record<InputTable, string>>;
}

/** One case of the corpus. */
export interface CorpusCase extends FakeWorkbook {
  readonly name: string;
  readonly selection?: InputSelection;
  /** Message language (default Danish). */
  readonly language?: Language;
  readonly expect: CorpusExpectation;
}

/** An Excel date cell for a day (serial = days since 1899-12-30). */
export function dateCell(year: number, month: number, day: number): CellDate {
  return { date: (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000 };
}

const IN = "KIK Input";

/** Aabenraa's budget follow-up (mio. kr.), normal layout. */
export const AABENRAA_BUDGET: GridValue[][] = [
  ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
  [2016, -18.1, 6.1],
  [2017, -8.6, 25.3],
  [2018, 4, 11.4],
  [2019, 22, null],
];

/** The same table as the seed note prints it: years across, "Forskel" row, "Mio." corner. */
export const AABENRAA_BUDGET_TRANSPOSED: GridValue[][] = [
  ["Mio.", 2016, 2017, "2018, pr. juni.", 2019],
  ["Budgetteret", -18.1, -8.6, 4, 22],
  ["Faktisk", 6.1, 25.3, 11.4, null],
  ["Forskel", 24.2, 33.9, 7.4, null],
];

/** Aabenraa's caseload points and targets. */
export const AABENRAA_CASELOAD: GridValue[][] = [
  ["Måned", "Sagstal", "Mål", "Oprindelig gruppe", "Nytilgang"],
  ["2015-06", 1008, null, null, null],
  [dateCell(2017, 1, 31), 661, null, 499, 162],
  ["juli 2017", 563, null, 387, 176],
  ["2017-12", null, 700, null, null],
  [dateCell(2018, 12, 1), null, 500, null, null],
];

/** Closed cases 2016 as counts per 100 (Aabenraa's status shares). */
export const AABENRAA_OUTCOMES: GridValue[][] = [
  ["Udfald", "Antal"],
  ["Selvforsørgende", 54],
  ["Job- eller uddannelsesparat", 19],
  ["Anden forsørgelse", 27],
];

/** Assumptions with Danish names. */
export const AABENRAA_ASSUMPTIONS: GridValue[][] = [
  ["Navn", "Værdi", "Enhed", "Kilde"],
  ["Diskonteringsrente", "3,5 %", "%", "Finansministeriet"],
  ["Fleksjob tæller som selvforsørgelse", "nej", "ja/nej", "Finansieringsloven"],
  ["Udgangspunkt", 1008, "personer", "Aabenraa, juni 2015"],
  ["Mål", 500, "personer", "Målsætning 1"],
  ["Måldato", "december 2018", "", ""],
];

const AABENRAA_VALUES = {
  years: [2016, 2017, 2018, 2019],
  budgeted: [-18.1, -8.6, 4, 22],
  actual: [6.1, 25.3, 11.4, null],
} as const;

const AABENRAA_OUTCOME_VALUES = {
  labels: ["Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"],
  counts: [54, 19, 27],
} as const;

const AABENRAA_CASELOAD_VALUES = {
  months: ["2015-06", "2017-01", "2017-07", "2017-12", "2018-12"],
  count: [1008, 661, 563, null, null],
  target: [null, null, null, 700, 500],
  original: [null, 499, 387, null, null],
  newcomers: [null, 162, 176, null, null],
  comparison: null,
} as const;

/** Stacks blocks on one sheet with a blank row between them; returns rows and their first rows. */
function stack(...blocks: GridValue[][][]): GridValue[][] {
  const out: GridValue[][] = [];
  blocks.forEach((b, i) => {
    if (i > 0) out.push([]);
    out.push(...b);
  });
  return out;
}

/** Places a block so that its top-left cell is at (row, column), 1-based. */
function at(row: number, column: number, block: GridValue[][]): GridValue[][] {
  const out: GridValue[][] = [];
  for (let i = 1; i < row; i++) out.push([]);
  for (const line of block) out.push([...(new Array(column - 1).fill(null) as null[]), ...line]);
  return out;
}

/** A caseload of `n` consecutive months from 1000-01 (text months), count = row number. */
function bigCaseload(n: number): GridValue[][] {
  const rows: GridValue[][] = [["Måned", "Sagstal", "Mål"]];
  for (let i = 0; i < n; i++) {
    const year = 1000 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    rows.push([`${year}-${month < 10 ? "0" : ""}${month}`, i + 1, i % 12 === 11 ? 500 : null]);
  }
  return rows;
}

export const CORPUS: readonly CorpusCase[] = [
  {
    name: "Aabenraa as Excel tables (normal layout)",
    sheets: {
      [IN]: stack(AABENRAA_BUDGET, AABENRAA_CASELOAD, AABENRAA_OUTCOMES, AABENRAA_ASSUMPTIONS),
    },
    tables: [
      { name: "KIK_Budget", ref: `'${IN}'!A1:C5` },
      { name: "KIK_Sagstal", ref: `'${IN}'!A7:E12` },
      { name: "KIK_Udfald", ref: `'${IN}'!A14:B17` },
      { name: "KIK_Antagelser", ref: `'${IN}'!A19:D24` },
    ],
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", ...AABENRAA_VALUES, investment: null },
      caseload: AABENRAA_CASELOAD_VALUES,
      outcomes: AABENRAA_OUTCOME_VALUES,
      assumptions: [
        { key: "discountRate", value: 0.035, unit: "%", source: "Finansministeriet" },
        { key: "fleksjobIsSelfSupporting", value: false },
        { key: "baseline", value: 1008 },
        { key: "target", value: 500 },
        { key: "targetDate", value: "2018-12" },
      ],
      ranges: {
        budget: "KIK Input!A1:C5",
        caseload: "KIK Input!A7:E12",
        outcomes: "KIK Input!A14:B17",
        assumptions: "KIK Input!A19:D24",
      },
    },
  },
  {
    name: "Aabenraa transposed as the seed prints it, found by scanning; Forskel ignored",
    sheets: { [IN]: stack(AABENRAA_BUDGET_TRANSPOSED, AABENRAA_CASELOAD) },
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", ...AABENRAA_VALUES, investment: null },
      caseload: AABENRAA_CASELOAD_VALUES,
      outcomes: null,
      assumptions: [],
      ranges: { budget: "KIK Input!A1:E4", caseload: "KIK Input!A6:E11" },
    },
  },
  {
    name: "numbers as text in Danish notation (decimal comma, thousands dot, minus sign)",
    sheets: {
      [IN]: stack(
        [
          ["Mio. kr.", "2016", "2017", "2018", "2019"],
          ["Budgetteret", "−18,1", "-8,6", "4", "22"],
          ["Faktisk", "6,1", "25,3", "11,4", ""],
        ],
        [
          ["Måned", "Sagstal"],
          ["2015-06", "1.008"],
          ["2017-01", " 661 "],
        ]
      ),
    },
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", ...AABENRAA_VALUES },
      caseload: { months: ["2015-06", "2017-01"], count: [1008, 661], target: null },
    },
  },
  {
    name: "English headers and English number text; messages in English",
    language: "en",
    sheets: {
      [IN]: stack(
        [
          ["Year", "Budgeted (DKK million)", "Actual (DKK million)", "Investment"],
          [2016, "-18.1", "6.1", 17],
          [2017, "-8.6", "25.3", 17],
        ],
        [
          ["Month", "Count", "Target", "Original group", "Newcomers", "Comparison"],
          ["June 2015", 1008, null, null, null, 100],
          ["Jan 2017", 661, null, 499, 162, 95.5],
        ],
        [["Outcome"], ["Self-supporting"], ["Fleksjob"], ["Self-supporting"]],
        [
          ["Name", "Value", "Unit", "Source"],
          ["Discount rate", 0.035, "%", "Ministry of Finance"],
          ["Fleksjob counts as self-supporting", "yes", "", ""],
          ["Horizon", 4, "years", ""],
        ]
      ),
    },
    expect: {
      warnings: [],
      budget: {
        unit: "mio.kr",
        years: [2016, 2017],
        budgeted: [-18.1, -8.6],
        actual: [6.1, 25.3],
        investment: [17, 17],
      },
      caseload: {
        months: ["2015-06", "2017-01"],
        count: [1008, 661],
        target: [null, null],
        original: [null, 499],
        newcomers: [null, 162],
        comparison: [100, 95.5],
      },
      outcomes: { labels: ["Self-supporting", "Fleksjob", "Self-supporting"], counts: null },
      assumptions: [
        { key: "discountRate", value: 0.035 },
        { key: "fleksjobIsSelfSupporting", value: true },
        { key: "horizonYears", value: 4 },
      ],
    },
  },
  {
    name: "header synonyms, case and spacing: Budget / REGNSKAB / dato / antal",
    sheets: {
      [IN]: stack(
        [
          ["  år ", "BUDGET (mio. kr.)", "  regnskab  "],
          [2016, -18.1, 6.1],
        ],
        [
          ["Dato", "Antal"],
          [dateCell(2015, 6, 1), 1008],
        ]
      ),
    },
    expect: {
      budget: { years: [2016], budgeted: [-18.1], actual: [6.1] },
      caseload: { months: ["2015-06"], count: [1008] },
    },
  },
  {
    name: "text where a number belongs",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2016, "abc", 6.1],
      ],
    },
    expect: {
      errors: ["KIK Input!B2: »abc« er ikke et tal (Budgetteret) – forventede et beløb, fx -18,1"],
      budget: { years: [2016], budgeted: [null], actual: [6.1] },
    },
  },
  {
    name: "text where a number belongs, in English",
    language: "en",
    sheets: {
      [IN]: [
        ["Year", "Budgeted (mio. kr.)", "Actual"],
        [2016, "abc", 6.1],
      ],
    },
    expect: {
      errors: ["KIK Input!B2: 'abc' is not a number (Budgeted) – expected an amount, e.g. -18.1"],
    },
  },
  {
    name: "error cells (#N/A, #DIV/0!)",
    sheets: {
      [IN]: stack(AABENRAA_BUDGET.slice(0, 2).concat([[2017, -8.6, { error: "#N/A" }]]), [
        ["Måned", "Sagstal"],
        ["2015-06", { error: "#DIV/0!" }],
      ]),
    },
    expect: {
      errors: [
        "KIK Input!C3: indeholder fejlen #N/A (Faktisk) – forventede et beløb",
        "KIK Input!B6: indeholder fejlen #DIV/0! (Sagstal) – forventede et antal",
      ],
      budget: { years: [2016, 2017], actual: [6.1, null] },
    },
  },
  {
    name: "blank Faktisk is not known yet (null), never 0",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
        [2018, 4, "  "],
        [2019, 22, null],
      ],
    },
    expect: { budget: { years: [2018, 2019], budgeted: [4, 22], actual: [null, null] } },
  },
  {
    name: "missing required column in an Excel table",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)"],
        [2016, -18.1],
      ],
    },
    tables: [{ name: "kik_budget", ref: `'${IN}'!A1:B2` }],
    expect: {
      errors: [
        "KIK Input!A1:B1: budgettabellen mangler kolonnen »Faktisk« – forventede overskrifterne År, Budgetteret, Faktisk (valgfri: Investering, Forskel)",
      ],
      budget: null,
      ranges: { budget: "KIK Input!A1:B2" },
    },
  },
  {
    name: "duplicate years",
    sheets: { [IN]: [...AABENRAA_BUDGET, [2017, 1, 2]] },
    expect: {
      errors: [
        "KIK Input!A6: året 2017 står to gange (også i KIK Input!A3) – hvert år må kun stå én gang",
      ],
      budget: { years: [2016, 2017, 2018, 2019] },
    },
  },
  {
    name: "a year that is not a whole number, and one that is no year",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2016.5, 1, 2],
        ["2016/17", 1, 2],
        [2018, 3, 4],
      ],
    },
    expect: {
      errors: [
        "KIK Input!A2: 2016,5 er ikke et helt årstal (År) – forventede et årstal, fx 2016",
        "KIK Input!A3: »2016/17« er ikke et år (År)",
      ],
      budget: { years: [2018] },
    },
  },
  {
    name: "months out of order are sorted, with a warning naming the cell",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["2017-07", 563],
        ["2015-06", 1008],
        ["2017-01", 661],
      ],
    },
    expect: {
      warnings: ["KIK Input!A3: 2015-06 står efter 2017-07 – KIK sorterer rækkerne efter måned"],
      caseload: { months: ["2015-06", "2017-01", "2017-07"], count: [1008, 661, 563] },
    },
  },
  {
    name: "duplicate months (text and date cell for the same month)",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["2017-01", 661],
        [dateCell(2017, 1, 31), 660],
      ],
    },
    expect: {
      errors: [
        "KIK Input!A3: måneden 2017-01 står to gange (også i KIK Input!A2) – hver måned må kun stå én gang",
      ],
      caseload: { months: ["2017-01"], count: [661] },
    },
  },
  {
    name: "month cells in many notations",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["06-2015", 1],
        ["jun 2016", 2],
        ["June 2017", 3],
        ["2018M06", 4],
        ["1. juni 2019", 5],
        ["01-06-2020", 6],
        [dateCell(2021, 6, 15), 7],
        ["2022/6", 8],
        ["juni 2023", 9],
        [44713, 10],
      ],
    },
    expect: {
      caseload: {
        months: [
          "2015-06",
          "2016-06",
          "2017-06",
          "2018-06",
          "2019-06",
          "2020-06",
          "2021-06",
          "2022-06",
          "2023-06",
        ],
        count: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      },
      errors: ["KIK Input!A11: måneden 2022-06 står to gange (også i KIK Input!A9)"],
    },
  },
  {
    name: "a month with a two-digit year is refused",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["jun-15", 1008],
      ],
    },
    expect: {
      errors: [
        "KIK Input!A2: »jun-15« er ikke en måned (Måned) – forventede en dato eller fx »2015-06«, »06-2015«, »juni 2015« eller »2015M06« med firecifret år",
      ],
      caseload: null,
    },
  },
  {
    name: "negative count",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["2015-06", -5],
      ],
    },
    expect: {
      errors: ["KIK Input!B2: -5 er negativ (Sagstal) – et antal kan ikke være negativt"],
      caseload: { months: ["2015-06"], count: [null] },
    },
  },
  {
    name: "a percentage where a count belongs",
    sheets: {
      [IN]: [
        ["Udfald", "Antal"],
        ["Selvforsørgende", "54 %"],
      ],
    },
    expect: {
      errors: ["KIK Input!B2: »54 %« er en procentsats (Antal) – forventede et antal sager"],
      outcomes: null,
    },
  },
  {
    name: "count without label and label without count",
    sheets: {
      [IN]: [
        ["Udfald", "Antal"],
        ["Selvforsørgende", 54],
        [null, 19],
        ["Anden forsørgelse", null],
      ],
    },
    expect: {
      errors: [
        "KIK Input!A3: antal uden udfald – skriv udfaldet i kolonnen Udfald",
        "KIK Input!B4: »Anden forsørgelse« mangler et antal (Antal) – skriv 0, hvis der ingen sager er",
      ],
      outcomes: { labels: ["Selvforsørgende"], counts: [54] },
    },
  },
  {
    name: "formula-looking labels are kept as plain text",
    sheets: {
      [IN]: [
        ["Udfald"],
        ['=HYPERLINK("http://x";"Selvforsørgende")'],
        ["+45 12 34 56 78"],
        ["@foo"],
        ["-job"],
      ],
    },
    expect: {
      outcomes: {
        labels: ['=HYPERLINK("http://x";"Selvforsørgende")', "+45 12 34 56 78", "@foo", "-job"],
        counts: null,
      },
    },
  },
  {
    name: "a merged title above the table states the unit",
    sheets: {
      [IN]: [
        ["Budgetopfølgning (t. kr.)"],
        ...AABENRAA_BUDGET.map((r, i) => (i === 0 ? ["År", "Budgetteret", "Faktisk"] : r)),
      ],
    },
    merges: { [IN]: ["A1:C1"] },
    expect: {
      warnings: [],
      budget: { unit: "t.kr", ...AABENRAA_VALUES },
      ranges: { budget: "KIK Input!A2:C6" },
    },
  },
  {
    name: "a two-row header with merged cells (År merged down, unit merged across)",
    sheets: {
      [IN]: [
        ["År", "Mio. kr.", null],
        [null, "Budgetteret", "Faktisk"],
        [2016, -18.1, 6.1],
        [2017, -8.6, 25.3],
      ],
    },
    merges: { [IN]: ["A1:A2", "B1:C1"] },
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", years: [2016, 2017], budgeted: [-18.1, -8.6], actual: [6.1, 25.3] },
      ranges: { budget: "KIK Input!A2:C4" },
    },
  },
  {
    name: "merged data cells are refused with the merged range named",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["2015-06", 1008],
        ["2015-07", null],
        ["2015-08", 990],
      ],
    },
    merges: { [IN]: ["B2:B3"] },
    expect: {
      errors: [
        "KIK Input!B2:B3: flettede celler i sagstalstabellen (Sagstal) – ophæv fletningen, og skriv én værdi i hver celle",
      ],
      caseload: { months: ["2015-06", "2015-07", "2015-08"], count: [null, null, 990] },
    },
  },
  {
    name: "a merged label cell is read from its top-left cell on every row",
    sheets: {
      [IN]: [
        ["Udfald", "Antal"],
        ["Selvforsørgende", 30],
        [null, 24],
        ["Anden forsørgelse", 27],
      ],
    },
    merges: { [IN]: ["A2:A3"] },
    expect: {
      outcomes: {
        labels: ["Selvforsørgende", "Selvforsørgende", "Anden forsørgelse"],
        counts: [30, 24, 27],
      },
    },
  },
  {
    name: "transposed layout with a stray note column and a total column",
    sheets: {
      [IN]: [
        ["Mio. kr.", 2016, 2017, "I alt", "Note"],
        ["Budgetteret", -18.1, -8.6, -26.7, "foreløbigt"],
        ["Faktisk", 6.1, 25.3, 31.4, null],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!D1: »I alt« er en total og bliver ikke læst",
        "KIK Input!E1: kolonnen »Note« kendes ikke i budgettabellen og bliver ikke læst",
      ],
      budget: { years: [2016, 2017], budgeted: [-18.1, -8.6], actual: [6.1, 25.3] },
      ranges: { budget: "KIK Input!A1:C3" },
    },
  },
  {
    name: "transposed layout with numbers in a column without a year",
    sheets: {
      [IN]: [
        ["Mio. kr.", 2016, 2017, null],
        ["Budgetteret", -18.1, -8.6, 4],
        ["Faktisk", 6.1, 25.3, null],
      ],
    },
    expect: {
      errors: ["KIK Input!D2: rækken har beløb, men intet år (År) – skriv året"],
      budget: { years: [2016, 2017] },
    },
  },
  {
    name: "a header-only table is reported as empty",
    sheets: { [IN]: [["Måned", "Sagstal", "Mål"]] },
    tables: [{ name: "KIK_Caseload", ref: `'${IN}'!A1:C2` }],
    expect: {
      warnings: ["KIK Input!A1:C1: sagstalstabellen har overskrifter, men ingen rækker"],
      caseload: null,
    },
  },
  {
    name: "assumptions: Danish and English names, percentages, booleans, unknown names",
    sheets: {
      [IN]: [
        ["Navn", "Værdi", "Enhed", "Kilde"],
        ["diskonteringsrente", 3.5, "%", "FM"],
        ["FLEKSJOB TÆLLER SOM SELVFORSØRGELSE", true, "", ""],
        ["Net cost per person-year", "118.330 kr.", "kr.", "bm.dk"],
        ["Dødvægt", "20 %", "", ""],
        ["Inflation", "2 %", "", "DST"],
        ["Måldato", dateCell(2018, 12, 31), "", ""],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!B2: 3,5 læst som 3,5 % (diskonteringsrente)",
        "KIK Input!A6: antagelsen »Inflation« kendes ikke – den vises, men bruges ikke i beregningerne",
      ],
      assumptions: [
        { key: "discountRate", value: 0.035, name: "diskonteringsrente" },
        { key: "fleksjobIsSelfSupporting", value: true },
        { key: "netCostPerPersonYear", value: 118330 },
        { key: "deadweightShare", value: 0.2 },
        { key: null, value: 0.02, name: "Inflation", source: "DST" },
        { key: "targetDate", value: "2018-12" },
      ],
    },
  },
  {
    name: "assumption values of the wrong kind",
    sheets: {
      [IN]: [
        ["Navn", "Værdi"],
        ["Diskonteringsrente", "lav"],
        ["Fleksjob tæller som selvforsørgelse", "måske"],
        ["Tidshorisont", 4.5],
        ["Diskonteringsrente", "4 %"],
      ],
    },
    expect: {
      errors: [
        "KIK Input!B2: »lav« er ikke et tal (Diskonteringsrente) – forventede en procentsats",
        "KIK Input!B3: »måske« er hverken ja eller nej",
        "KIK Input!B4: 4,5 er ikke et helt tal (Tidshorisont)",
      ],
      assumptions: [{ key: "discountRate", value: 0.04 }],
    },
  },
  {
    name: "unit missing: small amounts default to mio. kr. with a warning",
    sheets: {
      [IN]: [
        ["År", "Budgetteret", "Faktisk"],
        [2016, -18.1, 6.1],
      ],
    },
    expect: {
      warnings: ["KIK Input!A1:C1: budgettabellen angiver ingen enhed – KIK antager mio. kr."],
      budget: { unit: "mio.kr", years: [2016] },
    },
  },
  {
    name: "unit missing and amounts too large to be millions",
    sheets: {
      [IN]: [
        ["År", "Budgetteret", "Faktisk"],
        [2016, -18100000, 6100000],
      ],
    },
    expect: {
      errors: [
        "KIK Input!A1:C1: budgettabellen angiver ingen enhed, og beløb som -18.100.000 ligner ikke mio. kr.",
      ],
    },
  },
  {
    name: "amounts clearly in kr. under a mio. kr. header are refused, not read a million times too large",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
        [2016, -18100000, 6100000],
      ],
    },
    expect: {
      // One error per column, at the amount itself, naming the column's own header; every
      // amount is too large, so changing the unit is offered.
      errors: [
        "KIK Input!B2: -18.100.000 kan ikke være mio. kr. (det er over 100 mia. kr.; Budgetteret har 1 beløb over den grænse) – tabellens beløb ser ud til at være skrevet i en mindre enhed; ret enheden i KIK Input!B1",
        "KIK Input!C2: 6.100.000 kan ikke være mio. kr. (det er over 100 mia. kr.; Faktisk har 1 beløb over den grænse) – tabellens beløb ser ud til at være skrevet i en mindre enhed; ret enheden i KIK Input!C1",
      ],
    },
  },
  {
    name: "one column in kr. among amounts in mio. kr.: the error says to write it in mio. kr., not to change the unit",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
        [2016, -18.1, 6100000],
        [2017, -8.6, 25.3],
      ],
    },
    expect: {
      errors: [
        "KIK Input!C2: 6.100.000 kan ikke være mio. kr. (det er over 100 mia. kr.; Faktisk har 1 beløb over den grænse) – tallet ser ud til at være skrevet i en mindre enhed (kr. eller t. kr.); skriv det i mio. kr. som tabellens andre beløb",
      ],
      warnings: [],
    },
  },
  {
    name: "amounts in t. kr. under a mio. kr. header: warned, one per column, at the amount, naming its header",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
        [2016, -18100, 6100],
        [2017, -8600, 25300],
        [2018, 4000, 0.5],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!B2: -18.100 mio. kr. er 1 mia. kr. eller mere på ét år (Budgetteret har 3 beløb så store) – står beløbene i en mindre enhed (t. kr. eller kr.)? Ret i så fald enheden i KIK Input!B1",
        "KIK Input!C2: 6.100 mio. kr. er 1 mia. kr. eller mere på ét år (Faktisk har 2 beløb så store) – står beløbene i en mindre enhed (t. kr. eller kr.)? Ret i så fald enheden i KIK Input!C1",
      ],
      budget: { unit: "mio.kr", years: [2016, 2017, 2018] },
    },
  },
  {
    name: "amounts in kr. under a t. kr. header: warned",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (t. kr.)", "Faktisk (t. kr.)"],
        [2016, -18100000, 6100000],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!B2: -18.100.000 t. kr. er 1 mia. kr. eller mere på ét år (Budgetteret har 1 beløb så store)",
        "KIK Input!C2: 6.100.000 t. kr. er 1 mia. kr. eller mere på ét år (Faktisk har 1 beløb så store)",
      ],
      budget: { unit: "t.kr", years: [2016] },
    },
  },
  {
    name: "a large municipality's amounts in mio. kr. below 1 mia. kr. a year: no warning",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)"],
        [2016, -180.5, 610],
        [2017, 999, -999.9],
      ],
    },
    expect: { warnings: [], budget: { unit: "mio.kr", years: [2016, 2017] } },
  },
  {
    name: "amounts in kr. under a mio. kr. title, years across: each row named at its first amount, with the count",
    sheets: {
      [IN]: [
        ["Budgetopfølgning (mio. kr.)", "", ""],
        ["År", 2016, 2017],
        ["Budgetteret", -18100000, -2.5],
        ["Faktisk", 6100000, 7200000],
      ],
    },
    expect: {
      errors: [
        "KIK Input!B3: -18.100.000 kan ikke være mio. kr. (det er over 100 mia. kr.; Budgetteret har 1 beløb over den grænse)",
        "KIK Input!B4: 6.100.000 kan ikke være mio. kr. (det er over 100 mia. kr.; Faktisk har 2 beløb over den grænse) – tallet ser ud til at være skrevet i en mindre enhed (kr. eller t. kr.); skriv det i mio. kr. som tabellens andre beløb",
      ],
    },
  },
  {
    name: "large amounts in kr. under a kr. header are read",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (kr.)", "Faktisk (kr.)"],
        [2016, -18100000, 6100000],
      ],
    },
    expect: { budget: { unit: "kr", years: [2016] } },
  },
  {
    name: "unit ambiguous: two different units in the headers",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (t. kr.)"],
        [2016, -18.1, 6100],
      ],
    },
    expect: {
      errors: [
        "KIK Input!C1: enheden t. kr. passer ikke med mio. kr. i KIK Input!B1 – KIK omregner aldrig beløb",
      ],
    },
  },
  {
    name: "unit from a Budgetenhed assumption; investment split by category",
    sheets: {
      [IN]: stack(
        [
          ["År", "Budgetteret", "Faktisk", "Investering"],
          [2016, -18100, 6100, 17000],
          [2017, -8600, 25300, 17000],
        ],
        [
          ["Navn", "Værdi"],
          ["Budgetenhed", "t. kr."],
        ],
        [
          ["Kategori", "Beløb"],
          ["Nye indsatser", 21250],
          ["Medarbejdere", 9000],
          ["Øvrigt", 3750],
        ]
      ),
    },
    expect: {
      warnings: [],
      budget: {
        unit: "t.kr",
        years: [2016, 2017],
        investment: [17000, 17000],
        categories: [
          ["Nye indsatser", 21250],
          ["Medarbejdere", 9000],
          ["Øvrigt", 3750],
        ],
      },
      assumptions: [],
    },
  },
  {
    name: "a kr. amount in a mio. kr. table",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2016, "12.326 kr.", 1],
      ],
    },
    expect: {
      errors: [
        "KIK Input!B2: »12.326 kr.« er angivet i kr., men tabellen er i mio. kr. (Budgetteret)",
      ],
    },
  },
  {
    name: "a date where an amount belongs (Danish Excel turned 6.1 into 6 January)",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2016, -18.1, dateCell(2016, 1, 6)],
      ],
    },
    expect: {
      errors: [
        "KIK Input!C2: en dato (06-01-2016) er ikke et tal (Faktisk) – har Excel læst tallet som en dato?",
      ],
    },
  },
  {
    name: "a block of numbers without headers on the input sheet",
    sheets: {
      [IN]: stack(AABENRAA_OUTCOMES, [
        [1, 2, 3],
        [4, 5, 6],
      ]),
    },
    expect: {
      errors: ["KIK Input!A6:C7: en blok af tal uden genkendelige overskrifter"],
      outcomes: { labels: ["Selvforsørgende", "Job- eller uddannelsesparat", "Anden forsørgelse"] },
    },
  },
  {
    name: "a blank row inside a table ends it: the rest is reported",
    sheets: {
      [IN]: [["Måned", "Sagstal"], ["2015-06", 1008], [], ["2017-01", 661], ["2017-07", 563]],
    },
    expect: {
      errors: [
        "KIK Input!A4:B5: ser ud til at fortsætte sagstalstabellen (KIK Input!A1:B2) efter en tom række",
      ],
      caseload: { months: ["2015-06"] },
    },
  },
  {
    name: "two budget tables on the input sheet",
    sheets: { [IN]: stack(AABENRAA_BUDGET, AABENRAA_BUDGET) },
    expect: {
      errors: [
        "KIK Input!A7:C11: både KIK Input!A1:C5 og KIK Input!A7:C11 ligner budgettabellen – navngiv den rigtige tabel KIK_Budget",
      ],
      budget: { years: [2016, 2017, 2018, 2019] },
    },
  },
  {
    name: "side-by-side tables with titles, separated by a blank column",
    sheets: {
      [IN]: [
        ["Budget (mio. kr.)", null, null, null, "Sagstal"],
        ...AABENRAA_BUDGET.map((r, i) => [...r, null, ...(AABENRAA_CASELOAD[i] ?? []).slice(0, 2)]),
      ],
    },
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", ...AABENRAA_VALUES },
      caseload: {
        months: ["2015-06", "2017-01", "2017-07", "2017-12"],
        count: [1008, 661, 563, null],
      },
      ranges: { budget: "KIK Input!A2:C6", caseload: "KIK Input!E2:F6" },
    },
  },
  {
    name: "explicit selection on another sheet wins over the input sheet",
    sheets: {
      Budget: at(3, 2, AABENRAA_BUDGET),
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk"],
        [2030, 1, 2],
      ],
    },
    selection: { budget: "Budget!B3:D7" },
    expect: { budget: { years: [2016, 2017, 2018, 2019] }, ranges: { budget: "Budget!B3:D7" } },
  },
  {
    name: "a defined name for the caseload",
    sheets: { Data: at(2, 1, AABENRAA_CASELOAD) },
    names: [{ name: "KIK_Sagstal", ref: "Data!A2:E7" }],
    expect: { caseload: AABENRAA_CASELOAD_VALUES, budget: null },
  },
  {
    name: "a selection that cannot be read",
    sheets: { [IN]: AABENRAA_BUDGET },
    selection: { budget: "Budget!A1:C5", caseload: "'KIK Input'!H1:J3", outcomes: "Udfaldene" },
    expect: {
      errors: [
        "arket »Budget« findes ikke (budgettabellen: »Budget!A1:C5«)",
        "KIK Input!H1:J3: det valgte område til sagstalstabellen er tomt",
        "»Udfaldene« er hverken et område (fx »KIK Input!A1:D5«), en tabel eller et navn i projektmappen (udfaldstabellen)",
      ],
      budget: null,
      caseload: null,
      outcomes: null,
    },
  },
  {
    name: "a total row and a Forskel column that disagrees",
    sheets: {
      [IN]: [
        ["År", "Budgetteret (mio. kr.)", "Faktisk (mio. kr.)", "Forskel"],
        [2016, -18.1, 6.1, 24.2],
        [2017, -8.6, 25.3, 30],
        ["I alt", -26.7, 31.4, 54.2],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!D3: Forskel 30 stemmer ikke med Faktisk − Budgetteret = 33,9",
        "KIK Input!A4: »I alt« er en total og bliver ikke læst",
      ],
      budget: { years: [2016, 2017], budgeted: [-18.1, -8.6], actual: [6.1, 25.3] },
    },
  },
  {
    name: "a totals row at the end of every table is skipped with a warning",
    sheets: {
      [IN]: stack(
        [...AABENRAA_BUDGET, ["I alt", -0.7, 42.8]],
        [
          ["Kategori", "Beløb (mio. kr.)"],
          ["Nye indsatser", 42.5],
          ["Medarbejdere", 18],
          ["I alt", 60.5],
        ],
        [...AABENRAA_CASELOAD, ["Total", 2232, 1200, 886, 338]],
        [...AABENRAA_OUTCOMES, ["I alt", 100]],
        [...AABENRAA_ASSUMPTIONS, ["Sum", 3]]
      ),
    },
    expect: {
      warnings: [
        "KIK Input!A6: »I alt« er en total og bliver ikke læst – KIK lægger selv sammen",
        "KIK Input!A11: »I alt« er en total og bliver ikke læst",
        "KIK Input!A19: »Total« er en total og bliver ikke læst",
        "KIK Input!A25: »I alt« er en total og bliver ikke læst",
        "KIK Input!A33: »Sum« er en total og bliver ikke læst",
      ],
      budget: {
        unit: "mio.kr",
        ...AABENRAA_VALUES,
        categories: [
          ["Nye indsatser", 42.5],
          ["Medarbejdere", 18],
        ],
      },
      caseload: AABENRAA_CASELOAD_VALUES,
      outcomes: AABENRAA_OUTCOME_VALUES,
      assumptions: [
        { key: "discountRate", value: 0.035 },
        { key: "fleksjobIsSelfSupporting", value: false },
        { key: "baseline", value: 1008 },
        { key: "target", value: 500 },
        { key: "targetDate", value: "2018-12" },
      ],
    },
  },
  {
    name: "Excel tables with a totals row: the totals row is not data, whatever it holds",
    sheets: {
      [IN]: stack(
        [...AABENRAA_BUDGET, [null, -0.7, 42.8]],
        [...AABENRAA_CASELOAD, [null, 2232, null, 886, 338]],
        [...AABENRAA_OUTCOMES, ["Total", 100]]
      ),
    },
    tables: [
      { name: "KIK_Budget", ref: `'${IN}'!A1:C6`, totalsRow: true },
      { name: "KIK_Sagstal", ref: `'${IN}'!A8:E14`, totalsRow: true },
      { name: "KIK_Udfald", ref: `'${IN}'!A16:B20`, totalsRow: true },
    ],
    expect: {
      warnings: [],
      budget: { unit: "mio.kr", ...AABENRAA_VALUES, investment: null },
      caseload: AABENRAA_CASELOAD_VALUES,
      outcomes: AABENRAA_OUTCOME_VALUES,
      ranges: {
        budget: "KIK Input!A1:C5",
        caseload: "KIK Input!A8:E13",
        outcomes: "KIK Input!A16:B19",
      },
    },
  },
  {
    name: "an Excel table of another name on the input sheet: its totals row is not data either",
    sheets: { [IN]: at(3, 2, [...AABENRAA_OUTCOMES, [null, 100]]) },
    tables: [{ name: "Tabel1", ref: `'${IN}'!B3:C7`, totalsRow: true }],
    expect: {
      warnings: [],
      outcomes: AABENRAA_OUTCOME_VALUES,
      ranges: { outcomes: "KIK Input!B3:C6" },
    },
  },
  {
    name: "a month typed with a wrong year (1017 for 2017) is warned: Excel's dates begin in 1900",
    sheets: {
      [IN]: [
        ["Måned", "Sagstal"],
        ["2016-12", 700],
        ["1017-01", 661],
        ["2017-02", 650],
      ],
    },
    expect: {
      warnings: [
        "KIK Input!A3: 1017-01 ligger før 1900, hvor Excels datoer begynder – KIK kan ikke regne med måneden på resultatarkene (sætningerne på KIK Overblik viser en fejl); er årstallet en slåfejl?",
        "KIK Input!A3: 1017-01 står efter 2016-12",
      ],
      caseload: { rows: 3, first: "1017-01", last: "2017-02" },
    },
  },
  {
    name: "a 100,000-row caseload reads (speed: npm run bench)",
    sheets: { [IN]: bigCaseload(100000) },
    tables: [{ name: "KIK_Sagstal", ref: `'${IN}'!A1:C100001` }],
    expect: {
      // 100.000 distinct months only fit from year 1000: warned once, at the first.
      warnings: ["KIK Input!A2: 1000-01 ligger før 1900, hvor Excels datoer begynder"],
      caseload: { rows: 100000, first: "1000-01", last: "9333-04" },
    },
  },
];
