/**
 * The Danish face of the KIK functions: names, descriptions and parameter names for Danish
 * Excel, keyed by the function ids and parameter names of `functions.ts` (whose TSDoc is the
 * English metadata). `localize-metadata.ts` turns functions.json into functions.da.json from
 * this table, and a test proves both describe the same functions and parameters.
 */

/** Danish text for one parameter. */
export interface DanishParameter {
  readonly name: string;
  readonly description: string;
}

/** Danish text for one function. */
export interface DanishFunction {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, DanishParameter>>;
}

export const DANISH: Readonly<Record<string, DanishFunction>> = {
  SELFSUFFICIENCY: {
    name: "SELVFORSØRGELSE",
    description: "Andel af de afsluttede sager, der endte som selvforsørgende (0–1).",
    parameters: {
      outcomes: {
        name: "udfald",
        description:
          "Udfaldet af hver afsluttet sag, én pr. række (fx »Job«, »Uddannelse«, »Fleksjob«).",
      },
      counts: {
        name: "antal",
        description: "Antal sager pr. række; udelades, når hver række er én sag.",
      },
      fleksjobIsSelfSupporting: {
        name: "fleksjob_er_selvforsørgelse",
        description:
          "SAND tæller fleksjob som selvforsørgelse (standard FALSK, som i finansieringsloven).",
      },
    },
  },
  OUTCOMESHARES: {
    name: "UDFALDSANDELE",
    description:
      "Tabel over afsluttede sager: selvforsørgende, job- eller uddannelsesparat, anden forsørgelse og i alt, med antal og andel.",
    parameters: {
      outcomes: { name: "udfald", description: "Udfaldet af hver afsluttet sag, én pr. række." },
      counts: {
        name: "antal",
        description: "Antal sager pr. række; udelades, når hver række er én sag.",
      },
      fleksjobIsSelfSupporting: {
        name: "fleksjob_er_selvforsørgelse",
        description: "SAND tæller fleksjob som selvforsørgelse (standard FALSK).",
      },
    },
  },
  ROI: {
    name: "AFKAST",
    description:
      "Afkast af investeringen: (besparelse − investering) / investering, evt. tilbagediskonteret.",
    parameters: {
      investment: {
        name: "investering",
        description: "Investeringen, ét beløb eller ét pr. år (positive beløb).",
      },
      savings: { name: "besparelse", description: "Besparelserne, ét beløb eller ét pr. år." },
      rate: {
        name: "rente",
        description: "Diskonteringsrente, fx 3,5 %. Udelades for nominelle beløb.",
      },
      timing: {
        name: "tidspunkt",
        description: "0 = primo: første år udiskonteret (standard); 1 = ultimo, som Excels NPV.",
      },
    },
  },
  NPV: {
    name: "NUTIDSVÆRDI",
    description: "Nutidsværdi af årlige nettobetalinger ved en diskonteringsrente.",
    parameters: {
      rate: {
        name: "rente",
        description: "Diskonteringsrente pr. år, fx 3,5 % (Finansministeriets sats fra 2021).",
      },
      flows: { name: "betalinger", description: "Nettobetalinger pr. år, første år først." },
      timing: {
        name: "tidspunkt",
        description: "0 = primo: første år udiskonteret (standard); 1 = ultimo, som Excels NPV.",
      },
    },
  },
  NETGAIN: {
    name: "NETTOGEVINST",
    description: "Nettogevinst: besparelse − investering, evt. tilbagediskonteret.",
    parameters: {
      investment: {
        name: "investering",
        description: "Investeringen, ét beløb eller ét pr. år (positive beløb).",
      },
      savings: { name: "besparelse", description: "Besparelserne, ét beløb eller ét pr. år." },
      rate: { name: "rente", description: "Diskonteringsrente. Udelades for nominelle beløb." },
      timing: { name: "tidspunkt", description: "0 = primo (standard); 1 = ultimo." },
    },
  },
  PAYBACK: {
    name: "TILBAGEBETALINGSTID",
    description:
      "År fra start, til de akkumulerede nettobetalinger varigt er ikke-negative; #I/T hvis ikke inden for perioden.",
    parameters: {
      flows: {
        name: "betalinger",
        description: "Nettobetalinger pr. år (besparelse − investering), første år først.",
      },
      rate: {
        name: "rente",
        description:
          "Diskonteringsrente for tilbagediskonteret tilbagebetalingstid. Udelades for nominel.",
      },
      timing: { name: "tidspunkt", description: "0 = primo (standard); 1 = ultimo." },
    },
  },
  VARIANCE: {
    name: "AFVIGELSE",
    description:
      "Forskel = Faktisk − Budgetteret pr. år; tom, hvor det faktiske tal endnu ikke kendes.",
    parameters: {
      budgeted: { name: "budgetteret", description: "Budgetterede beløb, én række eller kolonne." },
      actual: {
        name: "faktisk",
        description: "Faktiske beløb i samme form; tomme celler = endnu ikke kendt.",
      },
    },
  },
  TARGETPROGRESS: {
    name: "MÅLOPFYLDELSE",
    description: "Fremdrift mod målet: (udgangspunkt − nu) / (udgangspunkt − mål). 1 = målet nået.",
    parameters: {
      baseline: { name: "udgangspunkt", description: "Sagstal ved start, fx 1008." },
      current: { name: "nu", description: "Sagstal nu, fx 563." },
      target: { name: "mål", description: "Målsat sagstal, fx 500." },
    },
  },
  REDUCTION: {
    name: "REDUKTION",
    description: "Andel, sagstallet er faldet med: (udgangspunkt − nu) / udgangspunkt.",
    parameters: {
      baseline: { name: "udgangspunkt", description: "Sagstal ved start." },
      current: { name: "nu", description: "Sagstal nu." },
    },
  },
  PROJECTCASELOAD: {
    name: "SAGSTALSPROGNOSE",
    description:
      "Fremskrivning af sagstallet måned for måned ud fra start, månedlig tilgang og afgangsrate.",
    parameters: {
      start: { name: "start", description: "Antal på ydelse ved start (den oprindelige gruppe)." },
      inflow: { name: "tilgang", description: "Nye borgere pr. måned." },
      exitRate: {
        name: "afgangsrate",
        description: "Andel, der forlader ydelsen pr. måned (0–1).",
      },
      months: { name: "måneder", description: "Antal måneder, der fremskrives (1–1200)." },
      detail: {
        name: "detaljer",
        description:
          "SAND giver tre kolonner: oprindelig gruppe, nytilgang, i alt. Standard: kun i alt.",
      },
    },
  },
  EXITRATE: {
    name: "AFGANGSRATE",
    description:
      "Månedlig afgangsrate, der fører en gruppe fra start til tilbageværende på et antal måneder.",
    parameters: {
      start: { name: "start", description: "Gruppens størrelse ved start, fx 1008." },
      remaining: {
        name: "tilbage",
        description: "Hvor mange af gruppen der stadig er på ydelse, fx 387.",
      },
      months: { name: "måneder", description: "Antal måneder imellem, fx 25." },
    },
  },
  REFUNDRATE: {
    name: "REFUSIONSSATS",
    description:
      "Statens refusion (80/40/30/20 %) eller kommunens medfinansiering (20/60/70/80 %) i en given samlet uge på ydelse.",
    parameters: {
      week: {
        name: "uge",
        description: "Samlet antal uger på offentlig forsørgelse, 1 = første uge.",
      },
      scheme: { name: "ordning", description: "»refusion« (standard) eller »medfinansiering«." },
    },
  },
  NETCOST: {
    name: "NETTOUDGIFT",
    description:
      "Kommunens nettoudgift til et forløb på ydelse efter refusion, plus egne driftsudgifter.",
    parameters: {
      monthlyRate: {
        name: "månedssats",
        description: "Bruttoydelse i kr. pr. måned, fx 12.326 (2024, 30+ uden børn).",
      },
      weeksOnBenefit: {
        name: "uger_på_ydelse",
        description: "Uger allerede på offentlig forsørgelse før forløbet (standard 0).",
      },
      weeks: {
        name: "uger",
        description: "Forløbets længde i uger (standard 52 = ét helårsperson).",
      },
      serviceCost: {
        name: "driftsudgift",
        description: "Jobcentrets egne udgifter pr. helårsperson i kr. (standard 0).",
      },
    },
  },
  BENEFITRATE: {
    name: "YDELSESSATS",
    description:
      "KIK's standardsats for bruttoydelse i kr. pr. måned; #I/T for år uden standardsats.",
    parameters: {
      year: { name: "år", description: "Året, fx 2024." },
      group: {
        name: "gruppe",
        description: "Fx »30+ uden børn« (standard), »30+ med børn«, »under 30 udeboende«.",
      },
    },
  },
  SAVINGS: {
    name: "BESPARELSE",
    description:
      "Besparelse fra sparede helårspersoner i forhold til basislinjen, efter dødvægt og evt. sammenligningstrend.",
    parameters: {
      actual: {
        name: "faktisk",
        description: "Faktisk sagstal pr. periode; tomme celler springes over.",
      },
      baseline: {
        name: "basislinje",
        description: "Sagstal uden indsatsen: ét tal eller en række af samme længde.",
      },
      netCost: { name: "nettoudgift", description: "Kommunens nettoudgift pr. helårsperson i kr." },
      comparison: {
        name: "sammenligning",
        description: "Sammenligningsserie (fx landsudviklingen); første værdi er referencen.",
      },
      periodsPerYear: {
        name: "perioder_pr_år",
        description: "12 for månedstal (standard), 1 for årsgennemsnit.",
      },
      deadweight: {
        name: "dødvægt",
        description: "Ekstra andel, der ville være sket alligevel (0–1, standard 0).",
      },
    },
  },
};
