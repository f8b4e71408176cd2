/**
 * What each KIK function and each of its parameters does, in Danish and English, keyed by the
 * function's id and the parameter's English name (`catalogue.ts`). Build-time only: the Danish
 * metadata (`localize-metadata.ts`, run by webpack) and the tests read it; nothing the add-in
 * loads imports it, so the texts stay out of its scripts (messages name arguments, they do not
 * describe them). The English texts are the TSDoc of `functions.ts`, which a test keeps equal.
 */
import type { FunctionId, FUNCTIONS, Text } from "./catalogue";

/** The English names of function `Id`'s parameters. */
type ParameterName<Id extends FunctionId> = (typeof FUNCTIONS)[Id]["parameters"][number]["name"];

/** A function's description and one for each of its parameters, by English name. */
export interface FunctionDescriptions<Name extends string = string> {
  readonly description: Text;
  readonly parameters: Readonly<Record<Name, Text>>;
}

/** Every function and parameter described, checked by type: a missing one does not compile. */
export type Descriptions = { readonly [Id in FunctionId]: FunctionDescriptions<ParameterName<Id>> };

// Parameters that several functions share with the same meaning: one text each.
const COUNTS: Text = {
  en: "Number of cases per row; omit when each row is one case.",
  da: "Antal sager pr. række; udelades, når hver række er én sag.",
};
const INVESTMENT: Text = {
  en: "Investment, one amount or one per year (positive amounts).",
  da: "Investeringen, ét beløb eller ét pr. år (positive beløb).",
};
const SAVINGS: Text = {
  en: "Savings, one amount or one per year.",
  da: "Besparelserne, ét beløb eller ét pr. år.",
};
const TIMING_FULL: Text = {
  en: "0 = start of year: first year undiscounted (default); 1 = end of year, as Excel's NPV.",
  da: "0 = primo: første år udiskonteret (standard); 1 = ultimo, som Excels NPV.",
};
const RATE_OPTIONAL: Text = {
  en: "Discount rate, e.g. 3.5 %. Omit for nominal amounts.",
  da: "Diskonteringsrente, fx 3,5 %. Udelades for nominelle beløb.",
};
const WEEKS_ON_BENEFIT: Text = {
  en: "Weeks already on public benefit before the spell (default 0).",
  da: "Uger allerede på offentlig forsørgelse før forløbet (standard 0).",
};
const SPELL_WEEKS: Text = {
  en: "Length of the spell in weeks (default 52 = one person-year).",
  da: "Forløbets længde i uger (standard 52 = ét helårsperson).",
};
const TIMING_SHORT: Text = {
  en: "0 = start of year (default); 1 = end of year.",
  da: "0 = primo (standard); 1 = ultimo.",
};

/** The descriptions of every KIK function, in the order of the catalogue. */
export const DESCRIPTIONS: Descriptions = {
  SELFSUFFICIENCY: {
    description: {
      en: "Share of closed cases that ended self-supporting (0–1). Fleksjob counts only when told to.",
      da: "Andel af de afsluttede sager, der endte som selvforsørgende (0–1).",
    },
    parameters: {
      outcomes: {
        en: 'Outcome of each closed case, one per row (e.g. "Job", "Education", "Fleksjob").',
        da: "Udfaldet af hver afsluttet sag, én pr. række (fx »Job«, »Uddannelse«, »Fleksjob«).",
      },
      counts: COUNTS,
      fleksjobIsSelfSupporting: {
        en: "TRUE counts fleksjob as self-supporting (default FALSE, as in the financing law).",
        da: "SAND tæller fleksjob som selvforsørgelse (standard FALSK, som i finansieringsloven).",
      },
    },
  },
  OUTCOMESHARES: {
    description: {
      en: "Table of closed cases: self-supporting, job- or education-ready, other support and total, with count and share.",
      da: "Tabel over afsluttede sager: selvforsørgende, job- eller uddannelsesparat, anden forsørgelse og i alt, med antal og andel.",
    },
    parameters: {
      outcomes: {
        en: "Outcome of each closed case, one per row.",
        da: "Udfaldet af hver afsluttet sag, én pr. række.",
      },
      counts: COUNTS,
      fleksjobIsSelfSupporting: {
        en: "TRUE counts fleksjob as self-supporting (default FALSE).",
        da: "SAND tæller fleksjob som selvforsørgelse (standard FALSK).",
      },
    },
  },
  ROI: {
    description: {
      en: "Return on investment: (savings − investment) / investment, discounted when a rate is given.",
      da: "Afkast af investeringen: (besparelse − investering) / investering, evt. tilbagediskonteret.",
    },
    parameters: {
      investment: INVESTMENT,
      savings: SAVINGS,
      rate: RATE_OPTIONAL,
      timing: TIMING_FULL,
    },
  },
  NPV: {
    description: {
      en: "Net present value of yearly net flows at a discount rate.",
      da: "Nutidsværdi af årlige nettobetalinger ved en diskonteringsrente.",
    },
    parameters: {
      rate: {
        en: "Discount rate per year, e.g. 3.5 % (Ministry of Finance rate from 2021).",
        da: "Diskonteringsrente pr. år, fx 3,5 % (Finansministeriets sats fra 2021).",
      },
      flows: {
        en: "Net flows per year, first year first.",
        da: "Nettobetalinger pr. år, første år først.",
      },
      timing: TIMING_FULL,
    },
  },
  NETGAIN: {
    description: {
      en: "Net gain: savings − investment, discounted when a rate is given.",
      da: "Nettogevinst: besparelse − investering, evt. tilbagediskonteret.",
    },
    parameters: {
      investment: INVESTMENT,
      savings: SAVINGS,
      rate: {
        en: "Discount rate. Omit for nominal amounts.",
        da: "Diskonteringsrente. Udelades for nominelle beløb.",
      },
      timing: TIMING_SHORT,
    },
  },
  PAYBACK: {
    description: {
      en: "Years from the start until cumulative net flow is non-negative for good; #N/A if not within the horizon.",
      da: "År fra start, til de akkumulerede nettobetalinger varigt er ikke-negative; #I/T hvis ikke inden for perioden.",
    },
    parameters: {
      flows: {
        en: "Net flows per year (savings − investment), first year first.",
        da: "Nettobetalinger pr. år (besparelse − investering), første år først.",
      },
      rate: {
        en: "Discount rate for discounted payback. Omit for nominal.",
        da: "Diskonteringsrente for tilbagediskonteret tilbagebetalingstid. Udelades for nominel.",
      },
      timing: TIMING_SHORT,
    },
  },
  VARIANCE: {
    description: {
      en: "Variance = actual − budgeted per year; blank where the actual is not known yet.",
      da: "Forskel = Faktisk − Budgetteret pr. år; tom, hvor det faktiske tal endnu ikke kendes.",
    },
    parameters: {
      budgeted: {
        en: "Budgeted amounts, one row or column.",
        da: "Budgetterede beløb, én række eller kolonne.",
      },
      actual: {
        en: "Actual amounts in the same shape; blank cells = not known yet.",
        da: "Faktiske beløb i samme form; tomme celler = endnu ikke kendt.",
      },
    },
  },
  TARGETPROGRESS: {
    description: {
      en: "Progress towards a caseload target: (baseline − current) / (baseline − target); 1 = reached.",
      da: "Fremdrift mod målet: (udgangspunkt − nu) / (udgangspunkt − mål). 1 = målet nået.",
    },
    parameters: {
      baseline: { en: "Caseload at the start, e.g. 1008.", da: "Sagstal ved start, fx 1008." },
      current: { en: "Caseload now, e.g. 563.", da: "Sagstal nu, fx 563." },
      target: { en: "Target caseload, e.g. 500.", da: "Målsat sagstal, fx 500." },
    },
  },
  REDUCTION: {
    description: {
      en: "Share by which the caseload fell: (baseline − current) / baseline.",
      da: "Andel, sagstallet er faldet med: (udgangspunkt − nu) / udgangspunkt.",
    },
    parameters: {
      baseline: { en: "Caseload at the start.", da: "Sagstal ved start." },
      current: { en: "Caseload now.", da: "Sagstal nu." },
    },
  },
  PROJECTCASELOAD: {
    description: {
      en: "Caseload projected month by month from a start, a monthly inflow and a monthly exit rate.",
      da: "Fremskrivning af sagstallet måned for måned ud fra start, månedlig tilgang og afgangsrate.",
    },
    parameters: {
      start: {
        en: "People on benefit at the start (the original group).",
        da: "Antal på ydelse ved start (den oprindelige gruppe).",
      },
      inflow: { en: "New people per month.", da: "Nye borgere pr. måned." },
      exitRate: {
        en: "Share leaving the benefit per month (0–1).",
        da: "Andel, der forlader ydelsen pr. måned (0–1).",
      },
      months: {
        en: "Months to project (1–1200).",
        da: "Antal måneder, der fremskrives (1–1200).",
      },
      detail: {
        en: "TRUE gives three columns: original group, newcomers, total. Default: total only.",
        da: "SAND giver tre kolonner: oprindelig gruppe, nytilgang, i alt. Standard: kun i alt.",
      },
    },
  },
  EXITRATE: {
    description: {
      en: "Monthly exit rate that takes a group from start to remaining in a number of months.",
      da: "Månedlig afgangsrate, der fører en gruppe fra start til tilbageværende på et antal måneder.",
    },
    parameters: {
      start: {
        en: "Size of the group at the start, e.g. 1008.",
        da: "Gruppens størrelse ved start, fx 1008.",
      },
      remaining: {
        en: "How many of the group are still on benefit, e.g. 387.",
        da: "Hvor mange af gruppen der stadig er på ydelse, fx 387.",
      },
      months: { en: "Months in between, e.g. 25.", da: "Antal måneder imellem, fx 25." },
    },
  },
  REFUNDRATE: {
    description: {
      en: "State refund (80/40/30/20 %) or municipal co-financing (20/60/70/80 %) in a cumulative week on benefit.",
      da: "Statens refusion (80/40/30/20 %) eller kommunens medfinansiering (20/60/70/80 %) i en given samlet uge på ydelse.",
    },
    parameters: {
      week: {
        en: "Cumulative weeks on public benefit, 1 = the first week.",
        da: "Samlet antal uger på offentlig forsørgelse, 1 = første uge.",
      },
      scheme: {
        en: '"refund" (default) or "cofinancing" (Danish: "refusion", "medfinansiering").',
        da: "»refusion« (standard) eller »medfinansiering«.",
      },
    },
  },
  NETCOST: {
    description: {
      en: "Municipal net cost of a spell on benefit after refund, plus the service's own costs.",
      da: "Kommunens nettoudgift til et forløb på ydelse efter refusion, plus egne driftsudgifter.",
    },
    parameters: {
      monthlyRate: {
        en: "Gross benefit in kr. per month, e.g. 12,326 (2024, 30+ without children).",
        da: "Bruttoydelse i kr. pr. måned, fx 12.326 (2024, 30+ uden børn).",
      },
      weeksOnBenefit: WEEKS_ON_BENEFIT,
      weeks: SPELL_WEEKS,
      serviceCost: {
        en: "The job centre's own cost per person-year in kr. (default 0).",
        da: "Jobcentrets egne udgifter pr. helårsperson i kr. (standard 0).",
      },
    },
  },
  BENEFITRATE: {
    description: {
      en: "KIK's default gross benefit rate in kr. per month; #N/A for a year without a default.",
      da: "KIK's standardsats for bruttoydelse i kr. pr. måned; #I/T for år uden standardsats.",
    },
    parameters: {
      year: { en: "The year, e.g. 2024.", da: "Året, fx 2024." },
      group: {
        en: 'E.g. "30+ without children" (default), "30+ with children", "under 30 away from home".',
        da: "Fx »30+ uden børn« (standard), »30+ med børn«, »under 30 udeboende«.",
      },
    },
  },
  SAVINGS: {
    description: {
      en: "Savings from person-years on benefit avoided against the baseline, net of deadweight and an optional comparison trend.",
      da: "Besparelse fra sparede helårspersoner i forhold til basislinjen, efter dødvægt og evt. sammenligningstrend.",
    },
    parameters: {
      actual: {
        en: "Actual caseload per period; blank cells are skipped.",
        da: "Faktisk sagstal pr. periode; tomme celler springes over.",
      },
      baseline: {
        en: "Caseload without the strategy: one number or a series of the same length.",
        da: "Sagstal uden indsatsen: ét tal eller en række af samme længde.",
      },
      netCost: {
        en: "Municipal net cost per person-year in kr.",
        da: "Kommunens nettoudgift pr. helårsperson i kr.",
      },
      comparison: {
        en: "Comparison series (e.g. the national trend); its first value is the reference.",
        da: "Sammenligningsserie (fx landsudviklingen); første værdi er referencen.",
      },
      periodsPerYear: {
        en: "12 for monthly counts (default), 1 for yearly averages.",
        da: "12 for månedstal (standard), 1 for årsgennemsnit.",
      },
      deadweight: {
        en: "Extra share that would have happened anyway (0–1, default 0).",
        da: "Ekstra andel, der ville være sket alligevel (0–1, standard 0).",
      },
    },
  },
  BREAKEVEN: {
    description: {
      en: "Break-even: the share of the savings that may fall away (deadweight, drop-off, optimism) before the net gain is 0.",
      da: "Nulpunkt: den andel af besparelserne, der kan falde bort (dødvægt, frafald, optimisme), før nettogevinsten er 0.",
    },
    parameters: {
      investment: INVESTMENT,
      savings: SAVINGS,
      rate: RATE_OPTIONAL,
      timing: TIMING_FULL,
    },
  },
  PROBABILITY: {
    description: {
      en: "Chance that the savings exceed the investment, each given as one value or as low, likely and high.",
      da: "Sandsynligheden for, at besparelsen overstiger investeringen, hver givet som én værdi eller som lav, sandsynlig og høj.",
    },
    parameters: {
      investment: {
        en: "One amount, or three cells: low, likely, high.",
        da: "Ét beløb eller tre celler: lav, sandsynlig, høj.",
      },
      savings: {
        en: "One amount, or three cells: low, likely, high (same unit as the investment).",
        da: "Ét beløb eller tre celler: lav, sandsynlig, høj (samme enhed som investeringen).",
      },
      draws: {
        en: "Number of Latin hypercube draws (default 1000).",
        da: "Antal træk i det latinske hyperkubedesign (standard 1000).",
      },
    },
  },
  MUNICIPALSHARE: {
    description: {
      en: "The municipality's share of the benefit a spell costs, after the state's refund.",
      da: "Kommunens andel af den ydelse, et forløb koster, efter statens refusion.",
    },
    parameters: {
      weeksOnBenefit: WEEKS_ON_BENEFIT,
      weeks: SPELL_WEEKS,
    },
  },
};
