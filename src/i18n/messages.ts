/**
 * User-facing strings, Danish first. Keys are the engine's failure reasons plus the
 * argument errors of the faces. `{name}` placeholders are filled from the failure detail.
 */
export const da = {
  // Argument errors (functions/coerce)
  argNotNumber: "{arg}: »{text}« er ikke et tal",
  argBlank: "{arg} mangler",
  argNotNumberAt: "{arg}, celle {cell}: »{text}« er ikke et tal",
  argErrorAt: "{arg}, celle {cell}: indeholder fejlen {error}",
  argError: "{arg} indeholder fejlen {error}",
  argNot1D: "{arg} skal være én række eller én kolonne (fik {rows} × {columns})",
  argEmpty: "{arg} indeholder ingen tal",
  argNotBoolean: "{arg}: »{text}« er hverken SAND eller FALSK",
  argNotText: "{arg}: forventede tekst, fik et tal",
  argUnknownTiming:
    "{arg}: »{text}« – brug 0 (primo, første år udiskonteret) eller 1 (ultimo, som Excels NPV)",
  argUnknownScheme: "{arg}: »{text}« – brug »refusion« eller »medfinansiering«",
  argUnknownGroup:
    "{arg}: ukendt gruppe »{text}« – fx »30+ uden børn«, »30+ med børn«, »under 30 udeboende«",
  argLengthMismatch:
    "{first} og {second} skal have lige mange celler ({firstLength} og {secondLength})",
  argNotWhole: "{arg} skal være et helt tal (fik {value})",
  // Engine failures
  lengthMismatch: "Områderne skal have lige mange celler ({first} og {second})",
  rateNotNumber: "Diskonteringsrenten er ikke et tal",
  rateAtOrBelowMinus100: "Diskonteringsrenten skal være over -100 % (fik {rate})",
  negativeInvestment: "Investeringen skal angives som positive beløb (nr. {position} er {value})",
  zeroInvestment: "Investeringen er 0 – afkastet kan ikke beregnes",
  noPaybackWithinHorizon:
    "Ingen tilbagebetaling inden for {horizon} år (akkumuleret netto til sidst: {finalCumulative})",
  notANumber: "{name} er ikke et tal",
  negativeCount: "{name} kan ikke være negativ (fik {value})",
  negativeAmount: "{name} kan ikke være negativ (fik {value})",
  zeroBaseline: "Udgangspunktet er 0 – der er intet at reducere",
  targetEqualsBaseline: "Målet er lig udgangspunktet – fremdriften kan ikke beregnes",
  rateOutside0to1: "{name} skal ligge mellem 0 og 1 (0–100 %), fik {value}",
  monthsOutOfRange: "Antal måneder skal være et helt tal fra 1 til 1200 (fik {value})",
  remainingAboveStart: "Tilbageværende ({remaining}) er større end udgangspunktet ({start})",
  unknownOutcome:
    "Ukendt udfald »{label}« (række {row}) – brug fx selvforsørgende, job- eller uddannelsesparat, anden forsørgelse",
  countWithoutLabel: "Række {row} har et antal men intet udfald",
  noClosedCases: "Ingen afsluttede sager at beregne andele af",
  weekBelowOne: "Ugenummeret skal være mindst 1 (fik {value})",
  yearNotWhole: "Året skal være et helt tal (fik {value})",
  noDefaultRate:
    "KIK har ingen standardsats for {year} – angiv satsen selv (standardsatser findes for {years})",
  emptySeries: "{name} er tom",
  periodsPerYearNotPositive: "Perioder pr. år skal være over 0 (fik {value})",
  comparisonReferenceNotPositive: "Sammenligningsseriens første værdi skal være over 0",
  // Outcome groups and table headings (OUTCOMESHARES)
  groupSelfSupporting: "Selvforsørgende",
  groupReady: "Job- eller uddannelsesparat",
  groupOtherSupport: "Anden forsørgelse",
  groupTotal: "I alt",
} as const;

/** A message key. */
export type MessageKey = keyof typeof da;

export const en: Readonly<Record<MessageKey, string>> = {
  argNotNumber: "{arg}: '{text}' is not a number",
  argBlank: "{arg} is missing",
  argNotNumberAt: "{arg}, cell {cell}: '{text}' is not a number",
  argErrorAt: "{arg}, cell {cell}: contains the error {error}",
  argError: "{arg} contains the error {error}",
  argNot1D: "{arg} must be one row or one column (got {rows} × {columns})",
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
  lengthMismatch: "The ranges must have the same number of cells ({first} and {second})",
  rateNotNumber: "The discount rate is not a number",
  rateAtOrBelowMinus100: "The discount rate must be above -100 % (got {rate})",
  negativeInvestment: "Investment must be entered as positive amounts (no. {position} is {value})",
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
  yearNotWhole: "The year must be a whole number (got {value})",
  noDefaultRate:
    "KIK has no default rate for {year} – enter the rate yourself (defaults exist for {years})",
  emptySeries: "{name} is empty",
  periodsPerYearNotPositive: "Periods per year must be above 0 (got {value})",
  comparisonReferenceNotPositive: "The comparison series' first value must be above 0",
  groupSelfSupporting: "Self-supporting",
  groupReady: "Job- or education-ready",
  groupOtherSupport: "Other public support",
  groupTotal: "Total",
};
