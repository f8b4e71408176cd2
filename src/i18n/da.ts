/**
 * The Danish catalogue: every user-facing sentence of KIK, one namespace per face. Danish is
 * the reference: its keys define the keys of every other language (see `en.ts`).
 * `{placeholders}` are filled by `src/i18n`; numbers in them follow the language's notation.
 */
export const da = {
  common: {
    unitKr: "kr.",
    unitThousandKr: "t. kr.",
    unitMillionKr: "mio. kr.",
    monthsShort: "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    percent: "{n} %",
    and: "og",
    or: "eller",
    quoted: "»{text}«",
    excelTrue: "SAND",
    excelFalse: "FALSK",
    // A table column whose header cell is blank (Excel requires a header)
    tableColumn: "Kolonne{n}",
  },
  functions: {
    // Argument errors (functions/coerce)
    argNotNumber: "{arg}: »{text}« er ikke et tal",
    argBlank: "{arg} mangler",
    argNotNumberAt: "{arg}, celle {cell}: »{text}« er ikke et tal",
    argErrorAt: "{arg}, celle {cell}: indeholder fejlen {error}",
    argError: "{arg} indeholder fejlen {error}",
    argNot1D: "{arg} skal være én række eller én kolonne (fik {rows} × {columns})",
    argZeroOrBlank:
      "{arg} mangler: cellen er tom eller 0 (Excel til Windows sender en tom celle som 0, og 0 er ingen gyldig værdi her)",
    argOnlyZeros:
      "{arg} indeholder kun tomme celler og 0 (Excel til Windows sender en tom celle som 0)",
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
    argPosition: "nr. {n}",
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
    aboveMaximum: "{name} er urimeligt stor (fik {value}, højst {max})",
    overflow: "Resultatet er for stort til at regne med",
    yearNotWhole: "Året skal være et helt tal (fik {value})",
    noDefaultRate:
      "KIK har ingen standardsats for {year} – angiv satsen selv (standardsatser findes for {years})",
    emptySeries: "{name} er tom",
    periodsPerYearNotPositive: "Perioder pr. år skal være over 0 (fik {value})",
    comparisonReferenceNotPositive: "Sammenligningsseriens første værdi skal være over 0",
    rangeNotNumber: "Lav, sandsynlig og høj skal alle være tal",
    rangeNotThreePoint:
      "{name} skal være én værdi eller tre: lav, sandsynlig og høj (fik {cells} celler)",
    rangeNotOrdered:
      "Intervallet skal opfylde lav ≤ sandsynlig ≤ høj (fik {low}; {likely}; {high})",
    drawsOutOfRange: "Antal træk skal være et helt tal fra 1 til {max} (fik {value})",
    noSavingsValue:
      "Besparelsernes værdi er 0 eller negativ – der er intet at miste før nulpunktet",
    // Outcome groups and table headings (OUTCOMESHARES)
    groupSelfSupporting: "Selvforsørgende",
    groupReady: "Job- eller uddannelsesparat",
    groupOtherSupport: "Anden forsørgelse",
    groupTotal: "I alt",
  },
  input: {
    notNumber: "»{text}« er ikke et tal ({field}) – forventede {expected}",
    ambiguousNumber:
      "»{text}« kan læses både som {da} (dansk skrivemåde) og som {en} (engelsk) ({field}) – projektmappen viser ikke, hvilken den bruger; skriv tallet som et rigtigt tal eller uden tusindtalsskilletegn",
    millionsInCell:
      "»{text}« er ikke et tal ({field}) – skriv kun tallet; enheden står i overskriften, fx »{field} (mio. kr.)«",
    krInCell:
      "»{text}« er angivet i kr., men tabellen er i {unit} ({field}) – skriv beløbet i {unit} uden enhed",
    percentNotAllowed: "»{text}« er en procentsats ({field}) – forventede {expected}",
    dateNotNumber:
      "en dato ({date}) er ikke et tal ({field}) – har Excel læst tallet som en dato? Formatér cellen som tal, og skriv tallet igen",
    booleanNotNumber: "{text} er ikke et tal ({field}) – forventede {expected}",
    errorCell: "indeholder fejlen {error} ({field}) – forventede {expected}",
    notText: "»{text}« er ikke en tekst ({field}) – forventede {expected}",
    negative: "{value} er negativ ({field}) – et antal kan ikke være negativt",
    negativeInvestment:
      "{value} er negativ ({field}) – investeringen angives som et positivt beløb (bruttoinvestering)",
    notWholeYear: "{value} er ikke et helt årstal ({field}) – forventede et årstal, fx 2016",
    notYear: "»{text}« er ikke et år ({field}) – forventede et årstal, fx 2016",
    notMonth:
      "»{text}« er ikke en måned ({field}) – forventede en dato eller fx »2015-06«, »06-2015«, »juni 2015« eller »2015M06« med firecifret år",
    duplicateYear: "året {year} står to gange (også i {other}) – hvert år må kun stå én gang",
    duplicateMonth:
      "måneden {month} står to gange (også i {other}) – hver måned må kun stå én gang",
    monthBefore1900:
      "{month} ligger før 1900, hvor Excels datoer begynder – KIK kan ikke regne med måneden på resultatarkene (sætningerne på KIK Overblik viser en fejl); er årstallet en slåfejl?",
    monthsSorted:
      "{month} står efter {previous} – KIK sorterer rækkerne efter måned; sortér tabellen, så forsvinder denne advarsel",
    yearsSorted:
      "{year} står efter {previous} – KIK sorterer årene; sortér tabellen, så forsvinder denne advarsel",
    yearGap: "{table} springer år over ({missing}) – KIK regner kun med de år, der står i tabellen",
    missingColumns: "{table} mangler {missing} – forventede overskrifterne {expected}",
    missingRows: "{table} mangler {missing} – forventede {expected}",
    noHeader: "fandt ingen overskrifter for {table} – forventede overskrifterne {expected}",
    emptySelection: "det valgte område til {table} er tomt",
    badSelection:
      "»{text}« er hverken et område (fx »KIK Input!A1:D5«), en tabel eller et navn i projektmappen ({table})",
    unknownSheet: "arket »{sheet}« findes ikke ({table}: »{text}«)",
    headerOnly: "{table} har overskrifter, men ingen rækker",
    unknownColumn:
      "kolonnen »{text}« kendes ikke i {table} og bliver ikke læst – kendte overskrifter: {expected}",
    unnamedColumn: "kolonnen har tal eller tekst, men ingen overskrift, og bliver ikke læst",
    unknownRow:
      "rækken »{text}« kendes ikke i {table} og bliver ikke læst – kendte rækker: {expected}",
    duplicateColumn: "»{text}« står to gange i {table} (også i {other}) – behold én af dem",
    mergedData:
      "flettede celler i {table} ({field}) – ophæv fletningen, og skriv én værdi i hver celle",
    valueWithoutYear: "rækken har beløb, men intet år ({field}) – skriv året",
    valueWithoutMonth: "rækken har tal, men ingen måned ({field}) – skriv måneden",
    countWithoutLabel: "antal uden udfald – skriv udfaldet i kolonnen {field}",
    labelWithoutCount: "»{label}« mangler et antal ({field}) – skriv 0, hvis der ingen sager er",
    notWholeCount: "{value} er ikke et helt antal sager ({field})",
    amountWithoutCategory: "beløb uden kategori – skriv kategorien i kolonnen {field}",
    categoryWithoutAmount: "»{label}« mangler et beløb ({field})",
    differenceMismatch:
      "Forskel {given} stemmer ikke med Faktisk − Budgetteret = {computed} – KIK bruger sin egen beregning",
    totalIgnored: "»{text}« er en total og bliver ikke læst – KIK lægger selv sammen",
    sumMismatch:
      "Oprindelig gruppe + Nytilgang = {sum}, men Sagstal er {count} – KIK bruger Sagstal",
    unitDefault:
      "{table} angiver ingen enhed – KIK antager mio. kr. Skriv enheden i en overskrift, fx »Budgetteret (mio. kr.)«",
    unitMissingLarge:
      "{table} angiver ingen enhed, og beløb som {example} ligner ikke mio. kr. – skriv enheden i en overskrift, fx »Budgetteret (kr.)« eller »Budgetteret (t. kr.)«",
    amountNotInUnit:
      "{example} kan ikke være {unit} (det er over 100 mia. kr.; {field} har {count} beløb over den grænse) – tallet ser ud til at være skrevet i en mindre enhed (kr. eller t. kr.); skriv det i {unit} som tabellens andre beløb",
    amountNotInUnitAll:
      "{example} kan ikke være {unit} (det er over 100 mia. kr.; {field} har {count} beløb over den grænse) – tabellens beløb ser ud til at være skrevet i en mindre enhed; ret enheden i {unitCell} til den, de er skrevet i (kr. eller t. kr.), eller skriv dem i {unit}",
    amountLarge:
      "{example} {unit} er 1 mia. kr. eller mere på ét år ({field} har {count} beløb så store) – står beløbene i en mindre enhed (t. kr. eller kr.)? Ret i så fald enheden i {unitCell}",
    unitConflict:
      "enheden {unit} passer ikke med {otherUnit} i {other} – KIK omregner aldrig beløb; brug samme enhed i hele budgettet",
    notUnit: "»{text}« er ikke en enhed ({field}) – forventede mio. kr., t. kr. eller kr.",
    blob: "en blok af tal uden genkendelige overskrifter – forventede en af tabellerne {expected}",
    continuation:
      "ser ud til at fortsætte {table} ({range}) efter en tom række – en tom række afslutter en tabel; fjern den tomme række",
    twoTables:
      "både {range} og {other} ligner {table} – navngiv den rigtige tabel {name}, eller vælg den",
    investmentWithoutBudget:
      "{table} bliver ikke brugt, fordi der ingen budgettabel er – investeringen fordeles på budgettets år",
    investmentSumMismatch:
      "investeringen fordelt på kategorier er {categories} i alt, men kolonnen Investering i budgettet summer til {budget}",
    // Issue 11: Budgetteret that looks like spending.
    budgetEqualsInvestment:
      "Budgetteret er lig investeringen hvert år og ligner derfor udgifter – kolonnen skal være nettoeffekten mod et uændret budget (+ = besparelse, − = merudgift), ikke de bevilgede beløb",
    budgetSumsToInvestment:
      "Budgetteret er positiv og summer til investeringen i alt ({total}) og ligner derfor udgifter – kolonnen skal være nettoeffekten mod et uændret budget (+ = besparelse, − = merudgift), ikke de bevilgede beløb",
    unknownAssumption:
      "antagelsen »{text}« kendes ikke – den vises, men bruges ikke i beregningerne. Kendte navne: {expected}",
    assumptionNoValue: "»{text}« har ingen værdi – KIK bruger standardværdien",
    assumptionWithoutName: "værdi uden navn – skriv antagelsens navn i kolonnen {field}",
    assumptionNotNumber: "»{text}« er ikke et tal ({name}) – forventede {expected}",
    assumptionNotBoolean: "»{text}« er hverken ja eller nej ({name}) – forventede ja/nej",
    assumptionNotMonth:
      "»{text}« er ikke en måned ({name}) – forventede en dato eller fx »2018-12« eller »december 2018«",
    assumptionRange: "{value} er uden for det tilladte ({name}) – forventede {expected}",
    assumptionNotWhole: "{value} er ikke et helt tal ({name}) – forventede {expected}",
    assumptionPercentPoints: "{value} læst som {percent} ({name})",
    expectedShare: "en procentsats mellem 0 % og 100 %, fx 3,5 %",
    expectedMoney: "et beløb i kr. (0 eller mere)",
    expectedNumber: "et tal (0 eller mere)",
    expectedWhole: "et helt antal år mellem {min} og {max}",
    expectedYesNo: "ja eller nej",
    expectedMonth: "en måned, fx 2018-12",
    expectedText: "et navn, fx Aabenraa Kommune",
    duplicateAssumption: "»{text}« står to gange (også i {other}) – behold én af dem",
    // Issue 11: the word that marks the template's example row (never read as data).
    exampleMarker: "Eksempel",
    moreProblems: "… og {count} problemer mere i {table}, som ikke vises",
  },
  taskpane: {
    appTitle: "KIK – investeringsstrategi",
    needsExcel: "Åbn KIK fra båndet i Excel for at bruge guiden.",
    excelTooOld:
      "Denne Excel er for gammel til KIK's guide: den kræver Excel-API {version} (Microsoft 365 version 2102 eller nyere, Excel 2021 eller nyere, Excel til Mac 16.50 eller nyere eller Excel på nettet). KIK-funktionerne virker stadig.",
    stepsLabel: "Trin i guiden",
    stepOf: "Trin {n} af {total}",
    stepData: "Data",
    stepAssumptions: "Antagelser",
    stepPreview: "Forhåndsvisning",
    stepWrite: "Skriv",
    back: "Tilbage",
    next: "Næste",
    unexpected: "Der skete en uventet fejl. Prøv igen.",
    errorTitle: "Fejl",
    settingsNotSaved: "Dine valg kunne ikke gemmes i projektmappen: {message}",

    // Data
    dataIntro:
      "Vælg de områder i projektmappen, som KIK skal læse. Skriv en adresse (fx 'KIK Input'!A1:C5), et tabelnavn, eller markér området i arket og tryk »Brug markering«.",
    tableBudget: "Budgetopfølgning",
    tableCaseload: "Sagstal",
    tableOutcomes: "Udfald af afsluttede sager",
    tableAssumptions: "Antagelser",
    tableInvestment: "Investering fordelt på kategorier",
    optional: "{name} (valgfri)",
    useSelection: "Brug markering",
    addressExample: "fx 'KIK Input'!A1:C5",
    useSelectionFor: "Brug markering til {table}",
    insertTemplate: "Indsæt skabelon",
    detecting: "Leder efter inputtabeller …",
    detectedSome: "Fundet automatisk: {list}.",
    detectedNone:
      "KIK fandt ingen inputtabeller. Markér dem i arket, skriv adresserne, eller indsæt skabelonen.",
    reading: "Læser og kontrollerer …",
    readOk: "Inputtet er læst uden fejl.",
    readErrors: "{count} fejl skal rettes, før du kan gå videre.",
    readOneError: "1 fejl skal rettes, før du kan gå videre.",
    readNothing:
      "Der er endnu intet at regne på: vælg mindst en budgetopfølgning, sagstal eller udfald.",
    warningsLabel: "Advarsler",
    otherProblems: "Øvrige fejl og advarsler",
    foundAt: "Læst fra {range}",

    // Assumptions
    assumptionsIntro:
      "Antagelserne er udfyldt fra inputtet og KIK's standardværdier. Ret dem, hvis din kommune regner anderledes.",
    discountRate: "Diskonteringsrente (% pr. år)",
    discountRateName: "Diskonteringsrente",
    discountRateHint: "Finansministeriets kalkulationsrente er 3,5 % (år 0–35, fra 2021).",
    netCostLegend: "Nettoudgift pr. helårsperson",
    netCostComputed: "Beregn ud fra ydelsen og refusionen",
    netCostDirect: "Skriv beløbet selv",
    monthlyRate: "Ydelse pr. måned, brutto (kr.)",
    monthlyRateName: "Ydelse pr. måned",
    monthlyRateHint: "Standardsats for {year}, kontanthjælp 30+ uden børn.",
    monthlyRateNoDefault: "KIK har ingen standardsats for {year}: skriv satsen.",
    weeksOnBenefit: "Uger på offentlig forsørgelse før (uger)",
    weeksOnBenefitName: "Uger på forsørgelse",
    serviceCost: "Jobcentrets egne udgifter pr. helårsperson (kr.)",
    serviceCostName: "Jobcentrets egne udgifter",
    netCostResult: "Nettoudgift pr. helårsperson: {amount}",
    netCostAmount: "Nettoudgift pr. helårsperson (kr.)",
    netCostAmountName: "Nettoudgift pr. helårsperson",
    baseline: "Udgangspunkt (personer)",
    baselineName: "Udgangspunkt",
    target: "Mål (personer)",
    targetName: "Mål",
    targetDate: "Måldato (måned)",
    targetDateName: "Måldato",
    horizon: "Tidshorisont (år)",
    horizonName: "Tidshorisont",
    fleksjob: "Fleksjob tæller som selvforsørgelse",
    fleksjobHint:
      "Slået fra som standard: finansieringsloven tæller ikke fleksjob som selvforsørgelse.",
    comparison: "Brug sammenligningsserien (fx landstal) som trend",
    comparisonHint: "Trækker den generelle udvikling fra, før besparelsen krediteres strategien.",
    comparisonUnavailable: "Sagstalstabellen har ingen kolonne »Sammenligning«.",
    errNotNumber: "{field} skal være et tal, fx {example}",
    errRequired: "{field} mangler – skriv et tal, fx {example}",
    errNegative: "{field} kan ikke være negativ",
    errRange: "{field} skal ligge mellem {min} og {max}",
    errWhole: "{field} skal være et helt tal, fx {example}",
    errMonth: "{field} skal være en måned, fx 2018-12 eller dec 2018",
    moreAssumptions: "Flere antagelser",
    moreAssumptionsIntro:
      "Tomme felter: KIK bruger sin standardværdi eller beregner værdien ud fra sagstallene.",
    goal: "Mål for andel selvforsørgende (% af afsluttede sager)",
    goalName: "Mål for andel selvforsørgende",
    goalHint: "Vises ved siden af andelen af afsluttede sager, der endte som selvforsørgende.",
    exitRate: "Afgangsrate pr. måned (%)",
    exitRateName: "Afgangsrate",
    exitRateHint:
      "Andelen af gruppen, der forlader ydelsen hver måned. KIK beregner den ud fra Oprindelig gruppe i sagstalstabellen, når kolonnen findes.",
    inflow: "Tilgang pr. måned (personer)",
    inflowName: "Tilgang",
    inflowHint:
      "Nye personer pr. måned i fremskrivningen. KIK beregner den ud fra Nytilgang og afgangsraten, når de findes.",
    deadweight: "Dødvægt (% af besparelsen)",
    deadweightName: "Dødvægt",
    deadweightHint:
      "Den del af besparelsen, der var kommet uden indsatsen. Uden en værdi her eller i inputtet regner KIK med 0 % og skriver det i bemærkningerne.",
    readAs: "Læst som {percent}",
    errMin: "{field} skal være mindst {min}",
    fixFields: "Ret de markerede felter, før du går videre.",
    kr: "{amount} kr.",

    // Preview
    previewIntro: "Sådan ser resultatet ud. Intet er skrevet i projektmappen endnu.",
    building: "Bygger forhåndsvisningen …",
    keyFigures: "Nøgletal",
    notes: "Bemærkninger",
    chartHeading: "Sagstal mod mål",
    chartNone: "Der er ingen sagstal at vise.",
    chartSummary: "Linjediagram, {title}, {from}–{to}. {series}",
    chartSeries: "{name}: fra {first} ({firstMonth}) til {last} ({lastMonth})",
    chartTable: "{title} som tabel",
    month: "Måned",

    // Write
    writeIntro:
      "KIK skriver fire resultatark med almindelige Excel-formler over dine celler. Ark, som KIK ikke har lavet, røres ikke.",
    writeButton: "Skriv resultatark",
    writeAgain: "Skriv igen",
    retry: "Prøv igen",
    writing: "Skriver resultatarkene …",
    progressLabel: "Fremdrift",
    progressText: "{done} af {total} rækker",
    manualCalculation:
      "Excel beregner manuelt, så KIK har selv beregnet resultatarkene. Formler andre steder, der bruger dem, opdateres først, når du trykker F9.",
    writeDone: "Resultatarkene er skrevet.",
    writeFailed: "Resultatarkene blev ikke skrevet",
    sheetLinks: "Gå til et resultatark",
    // --- Issue 11: the municipality field (catalogue entry "municipality", section "more") ---
    municipality: "Kommune (navn i rapportens titel)",
    municipalityName: "Kommune",
    municipalityHint:
      "Fx Aabenraa Kommune. Står i KIK Overbliks titel og i sidehovedet, når rapporten udskrives. Tom: titlen nævner kun perioden.",
    // --- Issue 12: the wizard's uncertainty fields (catalogue section "uncertainty") ---
    durableExits: "Varige afgange (% selvforsørgende efter 12 mdr.)",
    durableExitsName: "Varige afgange",
    durableExitsHint:
      "Andelen af dem, der forlader ydelsen, som stadig er selvforsørgende efter 12 måneder. Bruges kun på fremskrevne besparelser. Standard 50 % (benchmark.dk, april 2023; 38–64 % mellem kommunerne).",
    optimismBias: "Optimismekorrektion (% af fremskrevne besparelser)",
    optimismBiasName: "Optimismekorrektion",
    optimismBiasHint:
      "Jeres egen procent, som de fremskrevne besparelser skæres ned med. Standard 0 %.",
    // --- end issue 12 ---

    // Issue 11 (wizard): the preview's summary, the write step's main action, the template's checklist
    conclusionHeading: "Konklusion",
    conclusionSoFar:
      "Strategien har i {from}–{to} givet {actual} i forhold til et uændret budget, hvor budgettet forventede {budget} for de samme år.",
    allKeyFigures: "Alle nøgletal",
    economyHeading: "Økonomi pr. år",
    economyHeadingUnit: "Økonomi pr. år ({unit})",
    economyBudget: "Budget",
    economyActual: "Faktisk",
    economyCumulativeBudget: "Budget, akkumuleret",
    economyCumulativeActual: "Faktisk, akkumuleret",
    economyChartSummary: "Søjle- og linjediagram, {title}, {from}–{to}. {series}",
    year: "År",
    goToSheet: "Gå til {sheet}",
    templateChecklist: "Skabelonen er indsat på arket »{sheet}«. Udfyld:",
    templateTodoBudget:
      "Budgetopfølgning: ét år pr. række med den budgetterede og den faktiske nettoeffekt (+ = besparelse)",
    templateTodoCaseload: "Sagstal: antal personer pr. måned og gerne målet",
    templateTodoOutcomes: "Udfald: antal afsluttede sager pr. udfald",
    templateTodoOptional:
      "Valgfrit: antagelser og investering fordelt på kategorier – ellers bruger KIK sine standardværdier",
    templateDone: "udfyldt",
    templateReadsWhenFilled:
      "Tryk »Læs igen«, når du har udfyldt dem. Mindst én af de tre første skal udfyldes.",
    readAgain: "Læs igen",
    uncertaintySection: "Usikkerhed",
    uncertaintyIntro:
      "Hvor sikre tallene er: lave og høje skøn, dødvægt og hvor længe afgangene holder.",
  },
  excel: {
    workbookProtected:
      "Projektmappens struktur er beskyttet, så KIK kan ikke tilføje eller skrive resultatark. Fjern beskyttelsen (Gennemse → Beskyt projektmappe), og prøv igen. Intet er ændret.",
    sheetProtected:
      "Arket »{sheet}« er beskyttet, så KIK kan ikke skrive rapporten i det. Fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen. Intet er ændret.",
    notGenerated:
      "Arket »{sheet}« er ikke lavet af KIK, så KIK skriver ikke i det. Omdøb arket, eller åbn guiden igen, så rapporten får et andet navn. Intet er ændret.",
    duplicateSheet: "Rapporten har to ark med navnet »{sheet}«. Intet er ændret.",
    writeFailed:
      "Excel kunne ikke skrive rapporten ({sheets}): {reason}. Projektmappen er sat tilbage, som den var før.",
    writeFailedRestoreLimits:
      "Excel kunne ikke skrive rapporten ({sheets}): {reason}. Projektmappen er sat tilbage, som den var før; tabeller og diagrammer på KIK's egne ark kommer igen ved næste kørsel.",
    rollbackFailed:
      "Excel kunne ikke skrive rapporten ({sheets}): {reason}. KIK kunne heller ikke sætte projektmappen helt tilbage ({rollback}) – kontrollér arkene {sheets}, eller luk projektmappen uden at gemme.",
    readFailed: "KIK kunne ikke læse projektmappen: {reason}",
    selectionAreas:
      "Markeringen består af {count} områder. Markér ét sammenhængende område, og prøv igen.",
    templateFailed:
      "KIK kunne ikke indsætte inputarket »{sheet}«: {reason}. Projektmappen er sat tilbage, som den var før.",
    settingsFailed: "Guidens indstillinger kunne ikke gemmes i projektmappen: {reason}",
    sheetNotFound: "Arket »{sheet}« findes ikke (længere) i projektmappen.",
    unknownReason: "ukendt fejl",
  },
  inputPhrases: {
    amount: "et beløb, fx -18,1",
    count: "et antal, fx 563",
    number: "et tal",
    outcomeCount: "et antal sager, fx 54",
    label: "en tekst, fx »Selvforsørgende«",
    name: "et navn, fx »Diskonteringsrente«",
    year: "et årstal, fx 2016",
    years: "årstal, fx 2016",
    month: "en måned, fx 2015-06",
    transposedBudget: "årstal i første række og rækkerne {rows} i første kolonne",
    sheet: "arket {sheet}",
    date: "{day}-{month}-{year}",
    column: "kolonnen",
    columns: "kolonnerne",
    row: "rækken",
    rows: "rækkerne",
    optional: "valgfri",
  },
} as const;

/** The shape every language's catalogue has: the Danish keys, any strings. */
export type Catalogue = {
  readonly [N in keyof typeof da]: { readonly [K in keyof (typeof da)[N]]: string };
};
