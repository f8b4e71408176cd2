/**
 * The assumptions table: Navn | Værdi [| Enhed | Kilde]. Names KIK knows (Danish or English,
 * any case and spacing) map to an {@link AssumptionKey}; unknown names are kept (key null) and
 * shown, not used. Values are parsed by what the name means: rates and shares as fractions
 * ("3,5 %" → 0.035; a plain 3.5 → 0.035 with a warning), booleans from ja/nej, sand/falsk,
 * true/false, yes/no, 1/0, months as "YYYY-MM".
 *
 * A row named "Budgetenhed" / "Budget unit" states the budget's money unit; it is not an
 * assumption row but a unit source for the budget table.
 *
 * Defaults are not applied here: the report builder applies them and says so.
 */
import { parseNumberText } from "../engine/number-text";
import type { Language } from "../i18n";
import { CellBlock, isBlank } from "./cells";
import { booleanText } from "../i18n";
import { isCellDate, isCellError, type GridValue } from "./grid";
import { normaliseHeader, unitInText } from "./headers";
import type { AssumptionKey, AssumptionRow, CellRef, RangeRef } from "./model";
import { formatMonth, parseMonthCell } from "./months";
import { cellName, shown } from "./problems";
import { dateText, type ReadCell } from "./read-cell";
import { readHeader, readRows, standalone, type ReadContext } from "./table";
import type { UnitMention } from "./units";

/** How an assumption's value is read and checked. */
export type AssumptionType =
  /** A rate per year or month, as a fraction (3.5 % = 0.035), 0–1. */
  | "rate"
  /** A share, as a fraction, 0–1. */
  | "share"
  /** Kroner, ≥ 0. */
  | "money"
  /** A number ≥ 0. */
  | "number"
  /** A whole number ≥ 1. */
  | "whole"
  | "boolean"
  /** A month, stored as "YYYY-MM". */
  | "month";

/** An assumption KIK knows. */
export interface AssumptionSpec {
  readonly key: AssumptionKey;
  readonly type: AssumptionType;
  readonly names: Readonly<Record<Language, string>>;
  readonly units: Readonly<Record<Language, string>>;
  /** The default the report builder uses, in words (null: none; the report asks for it). */
  readonly defaults: Readonly<Record<Language, string>> | null;
  /** Other names, normalised (lower case, single spaces). */
  readonly synonyms: readonly string[];
}

/** The assumptions KIK knows, in the order the docs list them. */
export const ASSUMPTIONS: readonly AssumptionSpec[] = [
  {
    key: "discountRate",
    type: "rate",
    names: { da: "Diskonteringsrente", en: "Discount rate" },
    units: { da: "% pr. år", en: "% a year" },
    defaults: {
      da: "3,5 % (Finansministeriet, år 0–35, fra 2021)",
      en: "3.5 % (Ministry of Finance, years 0–35, from 2021)",
    },
    synonyms: ["kalkulationsrente", "diskonteringssats", "rente", "discount rate", "rate"],
  },
  {
    key: "horizonYears",
    type: "whole",
    names: { da: "Tidshorisont", en: "Horizon" },
    units: { da: "år", en: "years" },
    defaults: { da: "budgettabellens år", en: "the budget table's years" },
    synonyms: ["horisont", "tidshorisont år", "antal år", "horizon years", "time horizon"],
  },
  {
    key: "fleksjobIsSelfSupporting",
    type: "boolean",
    names: {
      da: "Fleksjob tæller som selvforsørgelse",
      en: "Fleksjob counts as self-supporting",
    },
    units: { da: "ja/nej", en: "yes/no" },
    defaults: {
      da: "nej (finansieringsloven tæller ikke fleksjob)",
      en: "no (the financing law does not count fleksjob)",
    },
    synonyms: [
      "fleksjob er selvforsørgelse",
      "fleksjob selvforsørgende",
      "fleksjob som selvforsørgelse",
      "fleksjob tæller som selvforsørgende",
      "fleksjob",
      "fleksjob is self supporting",
      "fleksjob is self-supporting",
      "fleksjob counts as self supporting",
      "flex job counts as self-supporting",
    ],
  },
  {
    key: "netCostPerPersonYear",
    type: "money",
    names: { da: "Nettoudgift pr. helårsperson", en: "Net cost per person-year" },
    units: { da: "kr. pr. år", en: "kr. a year" },
    defaults: {
      da: "ydelsen × 12 × (1 − refusion) + indsatsudgiften, fx 2024: 12.326 × 12 × 0,8 = 118.330 kr.",
      en: "benefit × 12 × (1 − refund) + service cost, e.g. 2024: 12,326 × 12 × 0.8 = 118,330 kr.",
    },
    synonyms: [
      "nettoudgift pr helårsperson",
      "nettoudgift pr. person pr. år",
      "nettoudgift pr person pr år",
      "nettoudgift pr. år",
      "net cost per person year",
      "net cost per person-year",
      "net cost per year",
    ],
  },
  {
    key: "monthlyBenefitRate",
    type: "money",
    names: { da: "Ydelse pr. måned", en: "Monthly benefit" },
    units: { da: "kr. pr. måned", en: "kr. a month" },
    defaults: {
      da: "satsen for året, 30+ uden børn (2024: 12.326 kr.); år uden sats kræver en værdi",
      en: "the year's rate, 30+ without children (2024: 12,326 kr.); a year without a rate needs a value",
    },
    synonyms: [
      "ydelse pr måned",
      "månedlig ydelse",
      "ydelsessats",
      "kontanthjælpssats",
      "sats pr. måned",
      "monthly benefit rate",
      "benefit per month",
      "benefit rate",
    ],
  },
  {
    key: "weeksOnBenefit",
    type: "number",
    names: { da: "Uger på ydelse", en: "Weeks on benefit" },
    units: { da: "uger", en: "weeks" },
    defaults: {
      da: "over 52 uger (20 % refusion, kommunen betaler 80 %)",
      en: "over 52 weeks (20 % refund, the municipality pays 80 %)",
    },
    synonyms: [
      "uger på offentlig forsørgelse",
      "uger på forsørgelse",
      "anciennitet",
      "weeks on public benefit",
    ],
  },
  {
    key: "serviceCostPerYear",
    type: "money",
    names: { da: "Indsatsudgift pr. år", en: "Service cost per year" },
    units: { da: "kr. pr. person pr. år", en: "kr. per person a year" },
    defaults: { da: "0 kr.", en: "0 kr." },
    synonyms: [
      "indsatsudgift pr år",
      "driftsudgift pr. år",
      "udgift til indsats pr. år",
      "beskæftigelsesindsats pr. år",
      "service cost",
      "service cost per person year",
    ],
  },
  {
    key: "monthlyExitRate",
    type: "rate",
    names: { da: "Afgangsrate pr. måned", en: "Monthly exit rate" },
    units: { da: "% pr. måned", en: "% a month" },
    defaults: null,
    synonyms: ["afgangsrate", "månedlig afgangsrate", "afgang pr. måned", "exit rate"],
  },
  {
    key: "monthlyInflow",
    type: "number",
    names: { da: "Tilgang pr. måned", en: "Monthly inflow" },
    units: { da: "personer pr. måned", en: "people a month" },
    defaults: null,
    synonyms: ["månedlig tilgang", "nytilgang pr. måned", "inflow", "inflow per month"],
  },
  {
    key: "selfSupportingGoal",
    type: "share",
    names: { da: "Mål for selvforsørgelse", en: "Self-supporting goal" },
    units: { da: "% af afsluttede sager", en: "% of closed cases" },
    defaults: null,
    synonyms: [
      "mål for andel selvforsørgende",
      "andel selvforsørgende mål",
      "målsætning selvforsørgelse",
      "self supporting goal",
      "self-supporting target",
      "self supporting target",
    ],
  },
  {
    key: "deadweightShare",
    type: "share",
    names: { da: "Dødvægt", en: "Deadweight" },
    units: { da: "% af besparelsen", en: "% of the savings" },
    defaults: {
      da: "0 %, medmindre sagstalstabellen har en sammenligningsserie",
      en: "0 %, unless the caseload table has a comparison series",
    },
    synonyms: ["dødvægtsandel", "andel dødvægt", "deadweight share", "dead weight"],
  },
  {
    key: "comparisonTrend",
    type: "boolean",
    names: { da: "Brug sammenligningstrend", en: "Use comparison trend" },
    units: { da: "ja/nej", en: "yes/no" },
    defaults: {
      da: "ja, når sagstalstabellen har en sammenligningsserie",
      en: "yes, when the caseload table has a comparison series",
    },
    synonyms: ["sammenligningstrend", "landstrend", "comparison trend", "national trend"],
  },
  {
    key: "baseline",
    type: "number",
    names: { da: "Udgangspunkt", en: "Baseline" },
    units: { da: "personer", en: "people" },
    defaults: { da: "sagstabellens første sagstal", en: "the caseload table's first count" },
    synonyms: ["basisniveau", "udgangsniveau", "startniveau", "baseline count"],
  },
  {
    key: "target",
    type: "number",
    names: { da: "Mål", en: "Target" },
    units: { da: "personer", en: "people" },
    defaults: { da: "sagstabellens sidste mål", en: "the caseload table's last target" },
    synonyms: ["målsætning", "måltal", "sagstalsmål", "target count"],
  },
  {
    key: "targetDate",
    type: "month",
    names: { da: "Måldato", en: "Target date" },
    units: { da: "måned", en: "month" },
    defaults: {
      da: "måneden for sagstabellens sidste mål",
      en: "the month of the caseload table's last target",
    },
    synonyms: ["måltidspunkt", "mål dato", "frist", "target month", "deadline"],
  },
];

/** Names of the row that states the budget's unit (not an assumption; see the module comment). */
export const BUDGET_UNIT_NAMES: readonly string[] = [
  "budgetenhed",
  "beløbsenhed",
  "enhed for budget",
  "enhed for beløb",
  "budget unit",
  "money unit",
  "unit of amounts",
];

const BY_NAME: ReadonlyMap<string, AssumptionSpec> = (() => {
  const m = new Map<string, AssumptionSpec>();
  for (const spec of ASSUMPTIONS) {
    for (const name of [spec.names.da, spec.names.en, ...spec.synonyms])
      m.set(normaliseName(name), spec);
  }
  return m;
})();

const UNIT_NAMES = new Set(BUDGET_UNIT_NAMES.map(normaliseName));

function normaliseName(name: string): string {
  return normaliseHeader(name).replace(/[-–.]/g, " ").replace(/\s+/g, " ").trim();
}

/** The assumption a name stands for, or null. */
export function assumptionOfName(name: string): AssumptionSpec | null {
  return BY_NAME.get(normaliseName(name)) ?? null;
}

/** What the assumptions table holds. */
export interface AssumptionsRead {
  readonly rows: readonly AssumptionRow[];
  /** Where the table is (header row to last row), or null when there was none. */
  readonly range: RangeRef | null;
  /** The budget unit stated by a "Budgetenhed" row, if any. */
  readonly budgetUnit: UnitMention | null;
}

/** Reads an assumptions table from a grid on its own. */
export const readAssumptions = standalone(readAssumptionsBlock);

const NONE: AssumptionsRead = { rows: [], range: null, budgetUnit: null };

/** Reads the assumptions table in `block`. */
export function readAssumptionsBlock(block: CellBlock, ctx: ReadContext): AssumptionsRead {
  const language = ctx.language;
  const header = readHeader(block, "assumptions", ctx);
  if (header === null) return NONE;
  const rows: AssumptionRow[] = [];
  const seen = new Map<string, CellRef>();
  let budgetUnit: UnitMention | null = null;
  const range = readRows(block, "assumptions", header, ctx, (row) => {
    const { value: name, ref: nameRef } = row.key;
    const { value: raw, ref: valueRef } = row.cell("value") as ReadCell<GridValue>;
    const normalised = normaliseName(name);
    if (UNIT_NAMES.has(normalised)) {
      const unit = typeof raw === "string" ? unitInText(raw) : null;
      const text = raw === null || raw === undefined || isBlank(raw) ? "" : shown(String(raw));
      if (unit === null) ctx.log.error("notUnit", { text, field: shown(name) }, valueRef);
      else budgetUnit = { unit, ref: valueRef };
      return;
    }
    const spec = BY_NAME.get(normalised) ?? null;
    if (raw === null || raw === undefined || isBlank(raw)) {
      ctx.log.warning("assumptionNoValue", { text: shown(name) }, valueRef);
      return;
    }
    const unit = row.cell("unit")?.value ?? "";
    const source = row.cell("source")?.value ?? "";
    const value =
      spec === null ? plainValue(raw, language) : typedValue(spec, raw, unit, valueRef, name, ctx);
    if (value === undefined) return;
    if (spec === null) {
      ctx.log.warning(
        "unknownAssumption",
        { text: shown(name), expected: ASSUMPTIONS.map((a) => a.names[language]).join(", ") },
        nameRef
      );
    } else {
      const other = seen.get(spec.key);
      if (other !== undefined) {
        const params = { text: shown(name), other: cellName(other) };
        ctx.log.error("duplicateAssumption", params, nameRef);
        return;
      }
      seen.set(spec.key, nameRef);
    }
    rows.push({
      key: spec === null ? null : spec.key,
      name: { value: name, ref: nameRef },
      // A formula over the cell sees what the cell holds: only a number cell read as it is qualifies.
      value: {
        value,
        ref: valueRef,
        ...(typeof raw === "string" || value !== raw ? { fromText: true as const } : {}),
      },
      unit,
      source,
    });
  });
  return { rows, range, budgetUnit };
}

/** The value of an unknown assumption: numbers (also numeric text), TRUE/FALSE, else text. */
function plainValue(v: GridValue, language: Language): number | string | boolean | undefined {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") {
    const parsed = parseNumberText(v);
    return parsed.kind === "number" ? parsed.value : v.trim();
  }
  if (v === null) return undefined;
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

const TRUE_WORDS = new Set(["ja", "j", "sand", "true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["nej", "n", "falsk", "false", "no", "0"]);

const PERCENT_UNIT = /^(?:%|pct\.?|procent|percent|per ?cent)(?:\s|$)/i;

/** Parses and checks a known assumption's value; undefined after logging an error. */
function typedValue(
  spec: AssumptionSpec,
  v: GridValue,
  unit: string,
  ref: CellRef,
  name: string,
  ctx: ReadContext
): number | string | boolean | undefined {
  const language = ctx.language;
  const shownName = shown(name);
  const expected = expectedOf(spec, language);
  if (isCellError(v)) {
    ctx.log.error("errorCell", { error: v.error, field: shownName, expected }, ref);
    return undefined;
  }
  if (spec.type === "boolean") {
    if (typeof v === "boolean") return v;
    if (typeof v === "number" && (v === 0 || v === 1)) return v === 1;
    if (typeof v === "string") {
      const w = v.trim().toLocaleLowerCase("da-DK");
      if (TRUE_WORDS.has(w)) return true;
      if (FALSE_WORDS.has(w)) return false;
    }
    ctx.log.error("assumptionNotBoolean", { text: display(v, language), name: shownName }, ref);
    return undefined;
  }
  if (spec.type === "month") {
    const parsed = parseMonthCell(v);
    if (parsed.kind === "month") return formatMonth(parsed.value);
    ctx.log.error("assumptionNotMonth", { text: display(v, language), name: shownName }, ref);
    return undefined;
  }
  let n: number;
  let typedPercent = false;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const parsed = parseNumberText(v);
    if (parsed.kind !== "number") {
      ctx.log.error("assumptionNotNumber", { text: shown(v), name: shownName, expected }, ref);
      return undefined;
    }
    n = parsed.value;
    typedPercent = /%\s*$/.test(v.trim());
  } else {
    ctx.log.error(
      "assumptionNotNumber",
      { text: display(v, language), name: shownName, expected },
      ref
    );
    return undefined;
  }
  if (!Number.isFinite(n)) {
    ctx.log.error("assumptionNotNumber", { text: String(n), name: shownName, expected }, ref);
    return undefined;
  }
  if (spec.type === "rate" || spec.type === "share") {
    // A plain 3.5 means 3.5 %: above 1 (or exactly 1 with "%" as the unit) it is percentage points.
    const percentUnit = PERCENT_UNIT.test(unit);
    if (!typedPercent && (n > 1 || (n === 1 && percentUnit))) {
      const fraction = Number(`${n}e-2`);
      ctx.log.warning(
        "assumptionPercentPoints",
        { value: n, percent: percentText(fraction, language), name: shownName },
        ref
      );
      n = fraction;
    }
    if (n < 0 || n > 1) {
      ctx.log.error("assumptionRange", { value: n, name: shownName, expected }, ref);
      return undefined;
    }
    return n;
  }
  if (spec.type === "whole") {
    if (!Number.isInteger(n)) {
      ctx.log.error("assumptionNotWhole", { value: n, name: shownName, expected }, ref);
      return undefined;
    }
    if (n < 1 || n > 100) {
      ctx.log.error("assumptionRange", { value: n, name: shownName, expected }, ref);
      return undefined;
    }
    return n;
  }
  if (n < 0) {
    ctx.log.error("assumptionRange", { value: n, name: shownName, expected }, ref);
    return undefined;
  }
  return n;
}

function percentText(fraction: number, language: Language): string {
  const pct = Number((fraction * 100).toPrecision(12));
  const s = language === "da" ? String(pct).replace(".", ",") : String(pct);
  return `${s} %`;
}

function display(v: GridValue, language: Language): string {
  if (v === null) return "";
  if (typeof v === "boolean") return booleanText(v, language);
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return shown(v);
  if (isCellDate(v)) return dateText(v.date, language);
  return v.error;
}

function expectedOf(spec: AssumptionSpec, language: Language): string {
  const da = language === "da";
  switch (spec.type) {
    case "rate":
    case "share":
      return da
        ? "en procentsats mellem 0 % og 100 %, fx 3,5 %"
        : "a percentage between 0 % and 100 %, e.g. 3.5 %";
    case "money":
      return da ? "et beløb i kr. (0 eller mere)" : "an amount in kr. (0 or more)";
    case "number":
      return da ? "et tal (0 eller mere)" : "a number (0 or more)";
    case "whole":
      return da ? "et helt antal år mellem 1 og 100" : "a whole number of years from 1 to 100";
    case "boolean":
      return da ? "ja eller nej" : "yes or no";
    case "month":
      return da ? "en måned, fx 2018-12" : "a month, e.g. 2018-12";
  }
}
