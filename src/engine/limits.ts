/**
 * The largest values KIK takes as real: beyond them an input is absurd and every face says so
 * with #NUM! (the engine as an `impossible` failure, the functions as #NUM!, the result sheets
 * by formula). The assumptions catalogue (src/assumptions/catalogue.ts) takes its upper bounds
 * from here, so the engine, the input reader, the wizard and the sheets refuse the same values.
 */

/** 100 years on public benefit, in weeks. */
export const MAX_WEEKS_ON_BENEFIT = 5200;

/** One billion kroner: more than any benefit a month or any cost per person-year. */
export const MAX_KRONER = 1e9;

/** Ten million people: more than Denmark's population, so more than any caseload. */
export const MAX_PEOPLE = 1e7;
