/** The English catalogue: the same keys as the Danish one (`da.ts`), checked by the compiler. */
import type { Catalogue } from "./da";

export const en: Catalogue = {
  common: {
    unitKr: "DKK",
    unitThousandKr: "DKK thousand",
    unitMillionKr: "DKK million",
    monthsShort: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    percent: "{n}%",
    and: "and",
    or: "or",
    quoted: "'{text}'",
    excelTrue: "TRUE",
    excelFalse: "FALSE",
    // A table column whose header cell is blank (Excel requires a header)
    tableColumn: "Column{n}",
  },
  functions: {
    argNotNumber: "{arg}: '{text}' is not a number",
    argBlank: "{arg} is missing",
    argNotNumberAt: "{arg}, cell {cell}: '{text}' is not a number",
    argErrorAt: "{arg}, cell {cell}: contains the error {error}",
    argError: "{arg} contains the error {error}",
    argNot1D: "{arg} must be one row or one column (got {rows} × {columns})",
    argZeroOrBlank:
      "{arg} is missing: the cell is blank or 0 (Excel for Windows passes a blank cell as 0, and 0 is no valid value here)",
    argOnlyZeros: "{arg} holds only blank cells and 0 (Excel for Windows passes a blank cell as 0)",
    argEmpty: "{arg} contains no numbers",
    argNotBoolean: "{arg}: '{text}' is neither TRUE nor FALSE",
    argNotText: "{arg}: expected text, got a number",
    argUnknownTiming:
      "{arg}: '{text}' – use 0 (start of year, first year undiscounted) or 1 (end of year, like Excel's NPV)",
    argUnknownScheme: "{arg}: '{text}' – use 'refund' or 'cofinancing'",
    argUnknownGroup:
      "{arg}: unknown group '{text}' – e.g. '30+ without children', '30+ with children', 'under 30 away from home'",
    argLengthMismatch:
      "{first} and {second} must have the same number of cells ({firstLength} and {secondLength})",
    argNotWhole: "{arg} must be a whole number (got {value})",
    argPosition: "no. {n}",
    lengthMismatch: "The ranges must have the same number of cells ({first} and {second})",
    rateNotNumber: "The discount rate is not a number",
    rateAtOrBelowMinus100: "The discount rate must be above -100 % (got {rate})",
    negativeInvestment:
      "Investment must be entered as positive amounts (no. {position} is {value})",
    zeroInvestment: "The investment is 0 – ROI cannot be calculated",
    noPaybackWithinHorizon:
      "No payback within {horizon} years (final cumulative net: {finalCumulative})",
    notANumber: "{name} is not a number",
    negativeCount: "{name} cannot be negative (got {value})",
    negativeAmount: "{name} cannot be negative (got {value})",
    zeroBaseline: "The baseline is 0 – there is nothing to reduce",
    targetEqualsBaseline: "The target equals the baseline – progress cannot be calculated",
    rateOutside0to1: "{name} must be between 0 and 1 (0–100 %), got {value}",
    monthsOutOfRange: "Months must be a whole number from 1 to 1200 (got {value})",
    remainingAboveStart: "Remaining ({remaining}) is larger than the start ({start})",
    unknownOutcome:
      "Unknown outcome '{label}' (row {row}) – use e.g. self-supporting, job- or education-ready, other support",
    countWithoutLabel: "Row {row} has a count but no outcome",
    noClosedCases: "No closed cases to compute shares of",
    weekBelowOne: "The week number must be at least 1 (got {value})",
    aboveMaximum: "{name} is unreasonably large (got {value}, at most {max})",
    overflow: "The result is too large to compute",
    yearNotWhole: "The year must be a whole number (got {value})",
    noDefaultRate:
      "KIK has no default rate for {year} – enter the rate yourself (defaults exist for {years})",
    emptySeries: "{name} is empty",
    periodsPerYearNotPositive: "Periods per year must be above 0 (got {value})",
    comparisonReferenceNotPositive: "The comparison series' first value must be above 0",
    rangeNotNumber: "Low, likely and high must all be numbers",
    rangeNotThreePoint:
      "{name} must be one value or three: low, likely and high (got {cells} cells)",
    rangeNotOrdered: "The range must satisfy low ≤ likely ≤ high (got {low}, {likely}, {high})",
    drawsOutOfRange: "The number of draws must be a whole number from 1 to {max} (got {value})",
    noSavingsValue: "The savings are worth 0 or less – nothing can fall away before break-even",
    groupSelfSupporting: "Self-supporting",
    groupReady: "Job- or education-ready",
    groupOtherSupport: "Other public support",
    groupTotal: "Total",
  },
  input: {
    notNumber: "'{text}' is not a number ({field}) – expected {expected}",
    ambiguousNumber:
      "'{text}' reads as {da} in Danish notation and as {en} in English ({field}) – the workbook does not show which it uses; enter the number as a real number or without thousands separators",
    millionsInCell:
      "'{text}' is not a number ({field}) – write the number only; the unit goes in the header, e.g. '{field} (mio. kr.)'",
    krInCell:
      "'{text}' is in kr., but the table is in {unit} ({field}) – write the amount in {unit} without a unit",
    percentNotAllowed: "'{text}' is a percentage ({field}) – expected {expected}",
    dateNotNumber:
      "a date ({date}) is not a number ({field}) – did Excel read the number as a date? Format the cell as a number and type the number again",
    booleanNotNumber: "{text} is not a number ({field}) – expected {expected}",
    errorCell: "contains the error {error} ({field}) – expected {expected}",
    notText: "'{text}' is not text ({field}) – expected {expected}",
    negative: "{value} is negative ({field}) – a count cannot be negative",
    negativeInvestment:
      "{value} is negative ({field}) – the investment is entered as a positive amount (gross investment)",
    notWholeYear: "{value} is not a whole year ({field}) – expected a year, e.g. 2016",
    notYear: "'{text}' is not a year ({field}) – expected a year, e.g. 2016",
    notMonth:
      "'{text}' is not a month ({field}) – expected a date or e.g. '2015-06', '06-2015', 'June 2015' or '2015M06' with a four-digit year",
    duplicateYear:
      "the year {year} appears twice (also in {other}) – each year may appear only once",
    duplicateMonth:
      "the month {month} appears twice (also in {other}) – each month may appear only once",
    monthBefore1900:
      "{month} is before 1900, where Excel's dates begin – KIK cannot compute with the month on the result sheets (the sentences on KIK Overview show an error); is the year a typo?",
    monthsSorted:
      "{month} comes after {previous} – KIK sorts the rows by month; sort the table to remove this warning",
    yearsSorted:
      "{year} comes after {previous} – KIK sorts the years; sort the table to remove this warning",
    yearGap: "{table} skips years ({missing}) – KIK only uses the years in the table",
    missingColumns: "{table} lacks {missing} – expected the headers {expected}",
    missingRows: "{table} lacks {missing} – expected {expected}",
    noHeader: "found no headers for {table} – expected the headers {expected}",
    emptySelection: "the range selected for {table} is empty",
    badSelection:
      "'{text}' is neither a range (e.g. 'KIK Input!A1:D5'), a table nor a name in the workbook ({table})",
    unknownSheet: "there is no sheet '{sheet}' ({table}: '{text}')",
    headerOnly: "{table} has headers but no rows",
    unknownColumn:
      "the column '{text}' is not known in {table} and is not read – known headers: {expected}",
    unnamedColumn: "the column has values but no header and is not read",
    unknownRow: "the row '{text}' is not known in {table} and is not read – known rows: {expected}",
    duplicateColumn: "'{text}' appears twice in {table} (also in {other}) – keep one of them",
    mergedData: "merged cells in {table} ({field}) – unmerge them and write one value in each cell",
    valueWithoutYear: "the row has amounts but no year ({field}) – enter the year",
    valueWithoutMonth: "the row has values but no month ({field}) – enter the month",
    countWithoutLabel: "a count without an outcome – enter the outcome in the column {field}",
    labelWithoutCount: "'{label}' has no count ({field}) – enter 0 if there are no cases",
    notWholeCount: "{value} is not a whole number of cases ({field})",
    amountWithoutCategory:
      "an amount without a category – enter the category in the column {field}",
    categoryWithoutAmount: "'{label}' has no amount ({field})",
    differenceMismatch:
      "Difference {given} does not match Actual − Budgeted = {computed} – KIK uses its own calculation",
    totalIgnored: "'{text}' is a total and is not read – KIK adds up by itself",
    sumMismatch: "Original group + Newcomers = {sum}, but Count is {count} – KIK uses Count",
    unitDefault:
      "{table} states no unit – KIK assumes mio. kr. (DKK million). Put the unit in a header, e.g. 'Budgeted (mio. kr.)'",
    unitMissingLarge:
      "{table} states no unit, and amounts such as {example} do not look like mio. kr. – put the unit in a header, e.g. 'Budgeted (kr.)' or 'Budgeted (t. kr.)'",
    amountNotInUnit:
      "{example} cannot be in {unit} (that is over 100 bn. kr.; amounts over that limit in {field}: {count}) – it looks written in a smaller unit (kr. or t. kr.); write it in {unit} like the table's other amounts",
    amountNotInUnitAll:
      "{example} cannot be in {unit} (that is over 100 bn. kr.; amounts over that limit in {field}: {count}) – the table's amounts look written in a smaller unit; change the unit in {unitCell} to the one they are in (kr. or t. kr.), or write them in {unit}",
    amountLarge:
      "{example} {unit} is 1 bn. kr. or more in one year (amounts that large in {field}: {count}) – are the amounts in a smaller unit (t. kr. or kr.)? If so, change the unit in {unitCell}",
    unitConflict:
      "the unit {unit} does not match {otherUnit} in {other} – KIK never converts amounts; use one unit throughout the budget",
    notUnit: "'{text}' is not a unit ({field}) – expected mio. kr., t. kr. or kr.",
    blob: "a block of numbers without recognisable headers – expected one of the tables {expected}",
    continuation:
      "seems to continue {table} ({range}) after a blank row – a blank row ends a table; remove the blank row",
    twoTables:
      "both {range} and {other} look like {table} – name the right one {name} as a table, or select it",
    investmentWithoutBudget:
      "{table} is not used because there is no budget table – the investment is spread over the budget's years",
    investmentSumMismatch:
      "the investment by category totals {categories}, but the budget's Investment column sums to {budget}",
    // Issue 11: Budgetteret that looks like spending.
    budgetEqualsInvestment:
      "Budgeted equals the investment every year and so looks like spending – the column is the net effect against an unchanged budget (+ = saving, − = extra cost), not the amounts appropriated",
    budgetSumsToInvestment:
      "Budgeted is positive and sums to the total investment ({total}) and so looks like spending – the column is the net effect against an unchanged budget (+ = saving, − = extra cost), not the amounts appropriated",
    unknownAssumption:
      "the assumption '{text}' is not known – it is shown but not used in calculations. Known names: {expected}",
    assumptionNoValue: "'{text}' has no value – KIK uses the default",
    assumptionWithoutName:
      "a value without a name – enter the assumption's name in the column {field}",
    assumptionNotNumber: "'{text}' is not a number ({name}) – expected {expected}",
    assumptionNotBoolean: "'{text}' is neither yes nor no ({name}) – expected yes/no",
    assumptionNotMonth:
      "'{text}' is not a month ({name}) – expected a date or e.g. '2018-12' or 'December 2018'",
    assumptionRange: "{value} is out of range ({name}) – expected {expected}",
    assumptionNotWhole: "{value} is not a whole number ({name}) – expected {expected}",
    assumptionPercentPoints: "{value} read as {percent} ({name})",
    expectedShare: "a percentage between 0 % and 100 %, e.g. 3.5 %",
    expectedMoney: "an amount in kr. (0 or more)",
    expectedNumber: "a number (0 or more)",
    expectedWhole: "a whole number of years from {min} to {max}",
    expectedYesNo: "yes or no",
    expectedMonth: "a month, e.g. 2018-12",
    expectedText: "a name, e.g. Aabenraa Kommune",
    duplicateAssumption: "'{text}' appears twice (also in {other}) – keep one of them",
    // Issue 11: the word that marks the template's example row (never read as data).
    exampleMarker: "Example",
    moreProblems: "… and {count} more problems in {table}, not shown",
  },
  taskpane: {
    appTitle: "KIK – investment strategy",
    needsExcel: "Open KIK from the ribbon in Excel to use the guide.",
    excelTooOld:
      "This Excel is too old for KIK's guide: it needs Excel API {version} (Microsoft 365 version 2102 or later, Excel 2021 or later, Excel for Mac 16.50 or later, or Excel on the web). The KIK functions still work.",
    stepsLabel: "Steps of the guide",
    stepOf: "Step {n} of {total}",
    stepData: "Data",
    stepAssumptions: "Assumptions",
    stepPreview: "Preview",
    stepWrite: "Write",
    back: "Back",
    next: "Next",
    unexpected: "Something unexpected went wrong. Please try again.",
    errorTitle: "Error",
    settingsNotSaved: "Your choices could not be saved in the workbook: {message}",

    dataIntro:
      "Choose the ranges KIK should read. Type an address (e.g. 'KIK Input'!A1:C5) or a table name, or select the range on the sheet and press 'Use selection'.",
    tableBudget: "Budget follow-up",
    tableCaseload: "Caseload",
    tableOutcomes: "Outcomes of closed cases",
    tableAssumptions: "Assumptions",
    tableInvestment: "Investment by category",
    optional: "{name} (optional)",
    useSelection: "Use selection",
    addressExample: "e.g. 'KIK Input'!A1:C5",
    useSelectionFor: "Use selection for {table}",
    insertTemplate: "Insert template",
    detecting: "Looking for input tables …",
    detectedSome: "Found automatically: {list}.",
    detectedNone:
      "KIK found no input tables. Select them on the sheet, type their addresses, or insert the template.",
    reading: "Reading and checking …",
    readOk: "The input was read without errors.",
    readErrors: "{count} errors must be fixed before you can continue.",
    readOneError: "1 error must be fixed before you can continue.",
    readNothing:
      "There is nothing to calculate yet: choose at least a budget follow-up, a caseload or outcomes.",
    warningsLabel: "Warnings",
    otherProblems: "Other errors and warnings",
    foundAt: "Read from {range}",

    assumptionsIntro:
      "The assumptions are filled in from your input and KIK's defaults. Change them if your municipality calculates differently.",
    discountRate: "Discount rate (% a year)",
    discountRateName: "Discount rate",
    discountRateHint: "The Ministry of Finance's rate is 3.5% (years 0–35, from 2021).",
    netCostLegend: "Net cost per person-year",
    netCostComputed: "Compute from the benefit and the refund",
    netCostDirect: "Enter the amount",
    monthlyRate: "Monthly benefit, gross (DKK)",
    monthlyRateName: "Monthly benefit",
    monthlyRateHint: "Default rate for {year}, cash benefit 30+ without children.",
    monthlyRateNoDefault: "KIK has no default rate for {year}: enter the rate.",
    weeksOnBenefit: "Weeks on public benefit before (weeks)",
    weeksOnBenefitName: "Weeks on benefit",
    serviceCost: "Job centre's own cost per person-year (DKK)",
    serviceCostName: "Job centre's own cost",
    netCostResult: "Net cost per person-year: {amount}",
    netCostAmount: "Net cost per person-year (DKK)",
    netCostAmountName: "Net cost per person-year",
    baseline: "Baseline (people)",
    baselineName: "Baseline",
    target: "Target (people)",
    targetName: "Target",
    targetDate: "Target date (month)",
    targetDateName: "Target date",
    horizon: "Horizon (years)",
    horizonName: "Horizon",
    fleksjob: "Fleksjob counts as self-supporting",
    fleksjobHint: "Off by default: the financing law does not count fleksjob as self-support.",
    comparison: "Use the comparison series (e.g. national figures) as the trend",
    comparisonHint: "Subtracts the general trend before the strategy is credited with savings.",
    comparisonUnavailable: "The caseload table has no 'Comparison' column.",
    errNotNumber: "{field} must be a number, e.g. {example}",
    errRequired: "{field} is missing – enter a number, e.g. {example}",
    errNegative: "{field} cannot be negative",
    errRange: "{field} must be between {min} and {max}",
    errWhole: "{field} must be a whole number, e.g. {example}",
    errMonth: "{field} must be a month, e.g. 2018-12 or Dec 2018",
    moreAssumptions: "More assumptions",
    moreAssumptionsIntro:
      "Blank fields: KIK uses its default or derives the value from the caseload.",
    goal: "Goal for share self-supporting (% of closed cases)",
    goalName: "Self-supporting goal",
    goalHint: "Shown next to the share of closed cases that ended self-supporting.",
    exitRate: "Exit rate per month (%)",
    exitRateName: "Exit rate",
    exitRateHint:
      "The share of the group that leaves benefit each month. KIK derives it from the caseload table's Original group when that column exists.",
    inflow: "Inflow per month (people)",
    inflowName: "Inflow",
    inflowHint:
      "New people per month in the projection. KIK derives it from Newcomers and the exit rate when they exist.",
    deadweight: "Deadweight (% of the savings)",
    deadweightName: "Deadweight",
    deadweightHint:
      "The part of the savings that would have come without the strategy. Without a value here or in the input KIK uses 0% and says so in the notes.",
    readAs: "Read as {percent}",
    errMin: "{field} must be at least {min}",
    fixFields: "Fix the marked fields before you continue.",
    kr: "DKK {amount}",

    previewIntro:
      "This is what the result looks like. Nothing has been written to the workbook yet.",
    building: "Building the preview …",
    keyFigures: "Key figures",
    notes: "Notes",
    chartHeading: "Caseload against target",
    chartNone: "There is no caseload to show.",
    chartSummary: "Line chart, {title}, {from}–{to}. {series}",
    chartSeries: "{name}: from {first} ({firstMonth}) to {last} ({lastMonth})",
    chartTable: "{title} as a table",
    month: "Month",

    writeIntro:
      "KIK writes four result sheets with ordinary Excel formulas over your cells. Sheets KIK did not make are never touched.",
    writeButton: "Write result sheets",
    writeAgain: "Write again",
    retry: "Try again",
    writing: "Writing the result sheets …",
    progressLabel: "Progress",
    progressText: "{done} of {total} rows",
    manualCalculation:
      "Excel calculates manually, so KIK calculated the result sheets itself. Formulas elsewhere that use them update when you press F9.",
    writeDone: "The result sheets have been written.",
    writeFailed: "The result sheets were not written",
    sheetLinks: "Go to a result sheet",
    // --- Issue 11: the municipality field (catalogue entry "municipality", section "more") ---
    municipality: "Municipality (name in the report's title)",
    municipalityName: "Municipality",
    municipalityHint:
      "E.g. Aabenraa Kommune. Shown in KIK Overview's title and in the printed page header. Blank: the title names the period only.",
    // --- Issue 12: the wizard's uncertainty fields (catalogue section "uncertainty") ---
    durableExits: "Durable exits (% self-supporting after 12 months)",
    durableExitsName: "Durable exits",
    durableExitsHint:
      "The share of those leaving benefit who are still self-supporting 12 months later. Used on projected savings only. Default 50% (benchmark.dk, April 2023; 38–64% between municipalities).",
    optimismBias: "Optimism-bias correction (% of projected savings)",
    optimismBiasName: "Optimism-bias correction",
    optimismBiasHint: "Your own percentage by which projected savings are cut. Default 0%.",
    // --- end issue 12 ---

    // Issue 11 (wizard): the preview's summary, the write step's main action, the template's checklist
    conclusionHeading: "Conclusion",
    conclusionSoFar:
      "Over {from}–{to} the strategy has given {actual} against an unchanged budget, where the budget expected {budget} for the same years.",
    allKeyFigures: "All key figures",
    economyHeading: "Economy per year",
    economyHeadingUnit: "Economy per year ({unit})",
    economyBudget: "Budget",
    economyActual: "Actual",
    economyCumulativeBudget: "Budget, cumulative",
    economyCumulativeActual: "Actual, cumulative",
    economyChartSummary: "Column and line chart, {title}, {from}–{to}. {series}",
    year: "Year",
    goToSheet: "Go to {sheet}",
    templateChecklist: "The template is on the sheet '{sheet}'. Fill in:",
    templateTodoBudget:
      "Budget follow-up: one year a row with the budgeted and the actual net effect (+ = saving)",
    templateTodoCaseload: "Caseload: persons per month, and the target if there is one",
    templateTodoOutcomes: "Outcomes: closed cases per outcome",
    templateTodoOptional:
      "Optional: assumptions and investment by category – otherwise KIK uses its defaults",
    templateDone: "filled in",
    templateReadsWhenFilled:
      "Press 'Read again' when you have filled them in. At least one of the first three is needed.",
    readAgain: "Read again",
    uncertaintySection: "Uncertainty",
    uncertaintyIntro:
      "How certain the figures are: low and high estimates, deadweight and how long exits last.",
  },
  excel: {
    workbookProtected:
      "The workbook's structure is protected, so KIK cannot add or write result sheets. Unprotect it (Review → Protect Workbook) and try again. Nothing was changed.",
    sheetProtected:
      "The sheet “{sheet}” is protected, so KIK cannot write the report into it. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.",
    notGenerated:
      "The sheet “{sheet}” was not made by KIK, so KIK does not write into it. Rename the sheet, or open the guide again so the report gets another name. Nothing was changed.",
    duplicateSheet: "The report has two sheets named “{sheet}”. Nothing was changed.",
    writeFailed:
      "Excel could not write the report ({sheets}): {reason}. The workbook was put back as it was.",
    writeFailedRestoreLimits:
      "Excel could not write the report ({sheets}): {reason}. The workbook was put back as it was; the tables and charts on KIK's own sheets come back with the next run.",
    rollbackFailed:
      "Excel could not write the report ({sheets}): {reason}. KIK could not fully put the workbook back either ({rollback}) – check the sheets {sheets}, or close the workbook without saving.",
    readFailed: "KIK could not read the workbook: {reason}",
    selectionAreas: "The selection has {count} areas. Select one contiguous range and try again.",
    templateFailed:
      "KIK could not insert the input sheet “{sheet}”: {reason}. The workbook was put back as it was.",
    settingsFailed: "The guide's settings could not be saved in the workbook: {reason}",
    sheetNotFound: "The sheet “{sheet}” does not exist (any more) in the workbook.",
    unknownReason: "unknown error",
  },
  inputPhrases: {
    amount: "an amount, e.g. -18.1",
    count: "a count, e.g. 563",
    number: "a number",
    outcomeCount: "a number of cases, e.g. 54",
    label: "text, e.g. 'Self-supporting'",
    name: "a name, e.g. 'Discount rate'",
    year: "a year, e.g. 2016",
    years: "years, e.g. 2016",
    month: "a month, e.g. 2015-06",
    transposedBudget: "years across the first row and the rows {rows} in the first column",
    sheet: "the sheet {sheet}",
    date: "{year}-{month}-{day}",
    column: "the column",
    columns: "the columns",
    row: "the row",
    rows: "the rows",
    optional: "optional",
  },
};
