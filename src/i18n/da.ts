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
      "beløb som {example} kan ikke være {unit} (det er over 100 mia. kr.) – beløbene ser ud til at være skrevet i kr.; skriv dem i {unit}, eller ret enheden i overskriften, fx »Budgetteret (kr.)«",
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
  report: {
    overviewTitle: "KIK Overblik – investeringsstrategi",
    economyTitle: "KIK Økonomi – investering, besparelse og budgetopfølgning",
    caseloadTitle: "KIK Sagstal – udvikling mod målet",
    assumptionsTitle: "KIK Antagelser – forudsætninger og kørsel",
    madeBy:
      "Lavet af KIK {version} den {date}{source}. Arket genskabes, når KIK køres igen: ret i inputtet, ikke her.",
    fromSource: " ud fra {source}",
    amountsIn:
      "Alle beløb i {unit} – positive tal er bedre end uændret budget (besparelse), negative er udgifter.",
    investmentByCategoryTitle: "Investering pr. kategori",
    keyFigure: "Nøgletal",
    value: "Værdi",
    explanation: "Forklaring og antagelser",
    kfInvestment: "Investering i alt",
    kfInvestmentExplain: "Summen af investeringen fordelt på kategorier{orYears}.",
    kfInvestmentYears: " (ellers kolonnen Investering i budgettabellen)",
    kfNetGain: "Nettogevinst, budget",
    kfNetGainExplain:
      "Summen af de budgetterede nettoresultater {years} (besparelse − investering), udiskonteret.",
    kfRoi: "Afkast (ROI), budget",
    kfRoiExplain: "Nettogevinst / investering i alt.",
    kfNpv: "Nutidsværdi, budget",
    kfNpvExplain:
      "De budgetterede nettoresultater tilbagediskonteret til {firstYear} med {rate} om året (første år udiskonteret).",
    kfPayback: "Tilbagebetalingstid, budget",
    kfPaybackExplain:
      "År fra starten af {firstYear}, til det akkumulerede budgetterede nettoresultat varigt er ikke-negativt (lineært inden for året; et nøjagtigt nul tæller som tilbagebetalt).",
    kfPaybackNone: "Ikke inden for {firstYear}–{lastYear}",
    kfPaybackNoneExplain:
      "Det akkumulerede budgetterede nettoresultat er stadig negativt ({final}) ved udgangen af {lastYear}: investeringen er ikke tjent hjem i budgetperioden.",
    lastNegativeHelper: "Hjælp: seneste år under nul",
    kfPaybackYear: "Tilbagebetalt i år",
    kfActual: "Faktisk resultat hidtil",
    kfActualExplain:
      "Summen af de kendte faktiske nettoresultater; tomme år er endnu ikke kendt og tæller ikke.",
    kfVariance: "Afvigelse mod budget i alt",
    kfVarianceExplain:
      "Summen af Forskel = Faktisk − Budgetteret for de år, hvor det faktiske tal kendes.",
    kfBaseline: "Sagstal ved start",
    kfBaselineExplain: "Første måling i sagstalstabellen ({month}).",
    kfBaselineExplainAssumption:
      "Udgangspunktet fra antagelserne, brugt i stedet for første måling ({month}) – også som start for målsti, prognose og besparelse.",
    kfCurrent: "Sagstal nu",
    kfCurrentExplain: "Seneste måling i sagstalstabellen ({month}).",
    kfTarget: "Mål for sagstal",
    kfTargetExplain: "Sidste mål i sagstalstabellen ({month}).",
    kfProgress: "Fremdrift mod målet",
    kfProgressExplain: "(start − nu) / (start − mål). 100 % = målet er nået.",
    kfReduction: "Reduktion i sagstal",
    kfReductionExplain: "(start − nu) / start.",
    kfSelfSupporting: "Andel selvforsørgende",
    kfSelfSupportingExplain:
      "Andel af de afsluttede sager, der endte som selvforsørgende. Fleksjob tæller {fleksjob}.",
    kfFleksjobYes: "med som selvforsørgelse",
    kfFleksjobNo: "ikke med (som i finansieringsloven)",
    kfGoal: "Mål for andel selvforsørgende",
    kfGoalExplain: "Fra antagelserne.",
    missing: "–",
    missingBudget: "Ingen budgettabel i inputtet: økonomiske nøgletal mangler.",
    missingCaseload: "Ingen sagstalstabel i inputtet: sagstal og mål mangler.",
    missingOutcomes: "Ingen tabel over afsluttede sager i inputtet: andel selvforsørgende mangler.",
    missingInvestment:
      "Investeringen kendes ikke (hverken kategorier eller kolonnen Investering): afkast kan ikke beregnes.",
    outcomesTitle: "Afsluttede sager",
    groupsTitle: "Afsluttede sager pr. gruppe",
    outcomeKey: "Nøgle (normalform)",
    outcomeKeyTitle: "Udfaldsnøgle: de udfald KIK kender, og deres gruppe",
    unknownOutcomes: "Ukendt udfald (tæller ikke med)",
    unknownOutcomesWarning:
      "Advarsel: udfald, KIK ikke kender, tæller ikke med i andelene – ret udfaldet i inputtet, eller brug et ord fra udfaldsnøglen nedenfor.",
    noteTargetWithoutDate:
      "Antagelsen Mål bruges ikke: hverken en Måldato eller et mål i sagstalstabellen siger, hvilken måned målet gælder.",
    unknownGroup: "Ukendt",
    noteUnknownOutcome:
      "Udfaldet »{label}« ({cell}) kendes ikke af KIK og tæller ikke med i andelene.",
    kfPaybackYears: "{years} år",
    outcome: "Udfald (som i inputtet)",
    group: "Gruppe",
    count: "Antal",
    share: "Andel",
    total: "I alt",
    year: "År",
    investment: "Investering",
    savings: "Besparelse",
    budgeted: "Budgetteret netto",
    cumulative: "Akkumuleret",
    cumulativeBudget: "Budget, akkumuleret",
    discounted: "Nutidsværdi",
    actual: "Faktisk",
    variance: "Forskel",
    economyNote:
      "Besparelse = budgetteret netto + investering. Nutidsværdi = netto / (1 + rente)^(år − {firstYear}), rente fra arket {assumptionsSheet}. Tom Faktisk = endnu ikke kendt.",
    chartCumulative: "Akkumuleret nettoresultat (budget)",
    month: "Måned",
    caseCount: "Sagstal",
    target: "Mål",
    targetPath: "Målsti",
    projection: "Fremskrivning",
    original: "Oprindelig gruppe",
    newcomers: "Nytilgang",
    comparison: "Sammenligning",
    caseloadNote:
      "Målsti: lige linjer fra første måling gennem hvert mål. Fremskrivning: forrige måned × (1 − afgangsrate) + tilgang, fra arket {assumptionsSheet}.",
    chartCaseload: "Sagstal mod mål",
    assumption: "Antagelse",
    category: "Kategori",
    unit: "Enhed",
    source: "Kilde",
    run: "Kørsel",
    runDate: "Dato",
    runVersion: "KIK-version",
    runSource: "Inputfil",
    runRange: "Indlæst område: {table}",
    tableBudget: "budget",
    tableCaseload: "sagstal",
    tableOutcomes: "udfald",
    tableAssumptions: "antagelser",
    tableInvestment: "investering pr. kategori",
    defaultSource: "KIK-standard: {source}",
    chosenInGuide: "Valgt i KIK-guiden",
    fromInput: "Input {cell}",
    derived: "Beregnet af KIK: {how}",
    aDiscountRate: "Diskonteringsrente",
    aHorizonYears: "Tidshorisont",
    aFleksjob: "Fleksjob tæller som selvforsørgelse",
    aNetCost: "Nettoudgift pr. helårsperson",
    aMonthlyRate: "Ydelse pr. måned (brutto)",
    aWeeksOnBenefit: "Uger på offentlig forsørgelse før",
    aServiceCost: "Jobcentrets egne udgifter pr. helårsperson",
    aExitRate: "Afgangsrate pr. måned",
    aInflow: "Tilgang pr. måned",
    aGoal: "Mål for andel selvforsørgende",
    aDeadweight: "Dødvægt",
    aComparisonTrend: "Brug sammenligningstrend",
    srcComparison: "sagstalstabellen har en sammenligningsserie",
    interpolated: "Sagstal (interpoleret)",
    counterfactual: "Uden indsatsen",
    saved: "Sparede personer",
    kfPersonYears: "Sparede helårspersoner",
    kfPersonYearsExplain:
      "Summen fra strategiens start (januar i første budgetår) over de målte måneder {from}–{to} af (sagstal uden indsatsen − sagstal) / 12; mellem to målinger interpoleres lineært. Uden indsatsen = sagstal ved start{trend}.",
    kfTrend: " × sammenligningsseriens udvikling",
    kfSavings: "Besparelse på forsørgelse efter dødvægt",
    kfSavingsGross: "Besparelse på forsørgelse, brutto",
    kfSavingsGrossExplain:
      " Brutto: hverken dødvægt eller en sammenligningstrend er trukket fra, så tallet overvurderer gevinsten med det fald, der ville være sket alligevel.",
    kfSavingsExplain:
      "Sparede helårspersoner × nettoudgift pr. helårsperson ({cost}) × (1 − dødvægt {deadweight}).",
    aBaseline: "Sagstal ved start",
    aTarget: "Mål for sagstal",
    aTargetDate: "Måldato",
    srcDiscountRate:
      "Finansministeriets diskonteringsrente for offentlige investeringer, år 0–35, fra januar 2021",
    srcFleksjob: "Finansieringsloven regner ikke fleksjob som selvforsørgelse",
    srcMonthlyRate: "bm.dk satser for {year}, kontanthjælp 30+ uden børn",
    srcWeeks: "aktivitetsparate er typisk langvarige modtagere (over 52 uger)",
    srcNetCostByStaircase:
      "ydelse × 12 / 52 × kommunens andel uge for uge efter refusionstrappen 80/40/30/20 % (fra »Uger på ydelse«) + egne udgifter",
    srcExitRate: "oprindelig gruppe fra første til seneste måling, {months} måneder",
    srcInflow: "nytilgangen stadig på ydelse efter {months} måneder ved afgangsraten",
    srcZero: "ingen oplysning: 0",
    srcHorizon: "budgetårene",
    unitPercent: "%",
    unitKr: "kr.",
    unitKrMonth: "kr./md.",
    unitWeeks: "uger",
    unitYears: "år",
    unitPersons: "personer",
    unitPersonsMonth: "personer/md.",
    unitYesNo: "ja/nej",
    yes: "ja",
    no: "nej",
    unusedAssumption: "(ikke brugt af KIK)",
    noteDefault: "Antagelsen »{name}« mangler i inputtet; KIK bruger {value} ({source}).",
    noteRescaledValue:
      "{cell} indeholder et tal, KIK læser som procent; resultatarkene bruger værdien {value} i stedet for en formel.",
    fixedReasonRescaled:
      "tallet i {cell} læses som procent (fx 3,5 som 3,5 %), så en formel over cellen ville se et andet tal",
    noteTextValue:
      "{cell} indeholder tallet som tekst; resultatarkene bruger værdien {value} i stedet for en formel.",
    // Issue 10 (living caseload sheet): helper columns, helper block and horizon warning.
    caseloadHelpPrevMeasured: "Forrige måling (række)",
    caseloadHelpNextMeasured: "Næste måling (række)",
    caseloadHelpAnchor: "Målstiens ankerpunkt",
    caseloadHelpPrevAnchor: "Forrige ankerpunkt (række)",
    caseloadHelpNextAnchor: "Næste ankerpunkt (række)",
    caseloadHelpPrevComparison: "Forrige sammenligning (række)",
    caseloadHelpNextComparison: "Næste sammenligning (række)",
    caseloadHelpComparison: "Sammenligning (interpoleret)",
    caseloadHelpTitle: "Beregningshjælp",
    caseloadHelpEndRow: "Sidste række inden for tidshorisonten",
    caseloadHelpFirstMeasured: "Første målte række",
    caseloadHelpLastMeasured: "Seneste målte række",
    caseloadHelpBaseline: "Sagstal ved start",
    caseloadHelpCurrent: "Seneste måling",
    caseloadHelpAnchors: "Antal ankerpunkter i målstien",
    caseloadHelpTrend: "Sammenligningstrend brugt",
    checkedValue: "Brugt værdi (kontrolleret)",
    fixedAtRun: "Fast værdi fra kørslen {date}: {reason}",
    fixedReasonText:
      "tallet i {cell} stod som tekst, og tekst læses ikke ens af Excel i alle landestandarder, så cellen er ikke en formel",
    fixedReasonDerivedFromText: "beregnet af tal, der stod som tekst i inputtet",
    caseloadChartCount: "Diagram: sagstal",
    caseloadChartPath: "Diagram: målsti",
    caseloadChartProjection: "Diagram: fremskrivning",
    caseloadHorizonWarning:
      "Tidshorisonten rækker ud over arkets sidste måned ({last}); kør KIK igen for at få flere måneder.",
    // --- Issue 11 (the committee page): KIK Overblik's business case, re-forecast, print ---
    overviewTitlePeriod: "KIK Overblik – investeringsstrategi {firstYear}–{lastYear}",
    overviewTitleMunicipality:
      "KIK Overblik – {municipality}: investeringsstrategi {firstYear}–{lastYear}",
    aMunicipality: "Kommune",
    conclusionTitle: "Konklusion",
    conclusionBetter:
      "Strategien har indtil nu ({firstYear}–{lastYear}) givet {actual} bedre end et uændret budget, hvor budgettet forventede {budget} for de samme år.",
    conclusionWorse:
      "Strategien har indtil nu ({firstYear}–{lastYear}) givet {actual} dårligere end et uændret budget, hvor budgettet forventede {budget} for de samme år.",
    conclusionNoActual:
      "Der er endnu ingen faktiske tal; budgettet forventer {budget} for hele perioden {firstYear}–{lastYear}.",
    conclusionForecast:
      "Med faktiske tal hidtil og budgettet for de resterende år ventes {forecast} for hele perioden {firstYear}–{lastYear} (budget: {budget}).",
    conclusionCaseloadFell:
      "Sagstallet er faldet fra {baseline} ({from}) til {current} ({to}){target}.",
    conclusionCaseloadRose:
      "Sagstallet er steget fra {baseline} ({from}) til {current} ({to}){target}.",
    conclusionTargetMet: ", og målet på {target} er nået",
    conclusionTargetNotMet: "; målet på {target} ({month}) er endnu ikke nået",
    conclusionOutcomes: "{share} af de afsluttede sager endte i selvforsørgelse{goal}.",
    conclusionGoalMet: ", og målet på {goal} er nået",
    conclusionGoalNotMet: "; målet er {goal}",
    headlineTitle: "Nøgletal til beslutningen",
    compareWith: "Til sammenligning",
    hlResultToDate: "Resultat hidtil, faktisk",
    hlResultToDateExplain:
      "Faktisk mod budgetteret nettoresultat for de år, hvor det faktiske tal kendes ({firstYear}–{lastYear}). + = bedre end uændret budget.",
    hlExpected: "Forventet resultat for hele perioden",
    hlExpectedExplain:
      "Faktisk hidtil + resterende budget ({firstYear}–{lastYear}), mod det oprindelige budget.",
    hlPayback: "Tilbagebetalingstid, faktisk + budget",
    hlPaybackExplain:
      "År fra starten af {firstYear}, til det akkumulerede resultat (faktisk hidtil, derefter budget) varigt er ikke-negativt; til sammenligning budgettets egen.",
    hlCaseload: "Sagstal nu",
    hlCaseloadExplain: "Seneste måling ({month}) mod målet; ved start {baseline} ({from}).",
    hlSelfSupporting: "Andel selvforsørgende",
    hlSelfSupportingExplain:
      "Andel af de afsluttede sager, der endte i selvforsørgelse, mod målet.",
    hlChance: "Chance for gevinst",
    hlMunicipalShare:
      "Kommunen får {share} af en sparet ydelse efter refusionstrappen; resten er statens.",
    hlUncertainty: "Usikkerhed",
    hlUncertaintyExplain: "Se arket med følsomhed, når det findes.",
    reconTitle: "Afstemning: modellens besparelse og regnskabet",
    reconModel: "Modellens besparelse på forsørgelse",
    reconModelExplain: "Sparede helårspersoner × nettoudgift pr. helårsperson (arket KIK Sagstal).",
    reconAccounts: "Regnskabets bruttogevinst hidtil",
    reconAccountsExplain:
      "Faktisk nettoresultat + investering brugt i de år, hvor det faktiske tal kendes.",
    reconAccountsExplainProrated:
      "Faktisk nettoresultat + investeringen fordelt jævnt over budgetårene (den er ikke opgjort pr. år) for de år, hvor det faktiske tal kendes.",
    reconDifference: "Forskel (model − regnskab)",
    reconSentence:
      "Forskellen er {difference} ({share} af regnskabets bruttogevinst): modellen regner kun sparet forsørgelse i de målte måneder, regnskabet alle poster i hele år.",
    allFiguresTitle: "Alle nøgletal",
    chartOverview: "Akkumuleret nettoresultat ({unit}): budget og faktisk + resterende budget",
    chartEconomy: "Budget og faktisk pr. år, med akkumuleret ({unit})",
    direction: "Retning",
    directionBetter: "bedre end budget",
    directionWorse: "dårligere end budget",
    directionSame: "som budget",
    forecast: "Genprognose: faktisk, ellers budget",
    forecastCumulative: "Genprognose, akkumuleret",
    forecastLastNegativeHelper: "Hjælp: seneste år under nul (genprognose)",
    lastActualYearHelper: "Hjælp: seneste år med faktisk tal",
    investmentToDateHelper: "Hjælp: investering i år med faktisk tal",
    yearsUnit: "år",
    printFooterLeft: "Lavet af KIK, udskrevet &D",
    printPage: "Side &P af &N",
    // Issue 11: the input template's input messages (tpl_<table>_<field>).
    tpl_budget_year: "Budgetåret, fx 2016. Én række pr. år.",
    tpl_budget_budgeted:
      "Nettoeffekten mod et uændret budget i budgettets enhed: + = besparelse (bedre), − = merudgift. Ikke det bevilgede beløb.",
    tpl_budget_actual:
      "Det faktiske nettoresultat mod et uændret budget (+ = bedre). Tom = endnu ikke kendt (ikke 0).",
    tpl_budget_investment:
      "Årets bruttoinvestering (positiv). Udfyld enten denne kolonne eller investeringen pr. kategori – ikke begge.",
    tpl_investment_category:
      "Hvad investeringen går til, fx »Nye indsatser«. Hele investeringen angives her, fordelt på kategorier – ikke pr. år i budgettet.",
    tpl_investment_amount:
      "Beløbet for kategorien i budgettets enhed (positivt). Summen er hele investeringen.",
    tpl_caseload_month: "Måneden: en dato eller fx 2015-06. Én række pr. måned.",
    tpl_caseload_count: "Antal personer i målgruppen i måneden. Tom = ikke opgjort.",
    tpl_caseload_target: "Et måltal for måneden, fx 500. Kan stå alene i en række.",
    tpl_caseload_original: "Den del af sagstallet, der var i målgruppen ved start.",
    tpl_caseload_newcomers: "Den del af sagstallet, der er kommet til siden start.",
    tpl_caseload_comparison:
      "En serie at sammenligne med (fx landstal eller et indeks) til dødvægt.",
    tpl_outcomes_label:
      "Udfaldet af en afsluttet sag, fx »Selvforsørgende«, »Job- eller uddannelsesparat«, »Anden forsørgelse«.",
    tpl_outcomes_count: "Antal afsluttede sager med udfaldet (tom = én sag pr. række).",
    tpl_assumptions_name: "Antagelsens navn, som KIK kender det (se docs/input.md).",
    tpl_assumptions_value:
      "Værdien i den enhed, der står ved siden af: procenter som fx 3,5 %, ja/nej som ja eller nej.",
    tpl_assumptions_unit: "Enheden (vises i rapporten).",
    tpl_assumptions_source: "Hvor værdien kommer fra (vises i rapporten).",
    investmentPerYearByCategoryOnly:
      "Investering og Besparelse pr. år er tomme: inputtet giver investeringen pr. kategori, ikke pr. år. Udfyld kolonnen Investering i budgettabellen for at få dem.",
    investmentPerYearMissing:
      "Investering og Besparelse pr. år er tomme: inputtet giver ingen investering pr. år.",
    caseCountChart: "Sagstal til diagrammet (#I/T = ingen måling)",
    // --- Issue 12: KIK Følsomhed (sensitivity, chance of gain, who gains) ---
    sensitivityTitle: "KIK Følsomhed – hvor sikker er gevinsten, og hvem får den?",
    sensNote:
      "Alle beløb i {unit}; ret lav, sandsynlig og høj, scenarierne eller trækkenes spænd, og alle tal regnes om med formler. Sandsynlig henter sagens egen værdi fra {assumptionsSheet}.",
    sensMissingBudget: "KIK Følsomhed kræver budgettabellen (investering og besparelse pr. år).",
    sensRangesTitle: "Antagelser med spænd (lav / sandsynlig / høj)",
    sensLow: "Lav",
    sensLikely: "Sandsynlig",
    sensHigh: "Høj",
    sensSortedLow: "Lav (ordnet)",
    sensSortedLikely: "Sandsynlig (ordnet)",
    sensSortedHigh: "Høj (ordnet)",
    sensDeadweight: "Dødvægt",
    sensNetCost: "Nettoudgift pr. helårsperson",
    sensDiscountRate: "Diskonteringsrente",
    sensDurability: "Varige afgange (selvforsørgende efter 12 mdr.)",
    sensEffect: "Sagstalseffekt (andel af den forventede)",
    sensOptimism: "Optimismekorrektion (kun fremskrevne besparelser)",
    srcRangeDeadweight: "KIK-standard: 0–50 %; ret til jeres egen vurdering",
    srcRangeNetCost: "KIK-standard: ±20 % om sagens nettoudgift",
    srcRangeDiscountRate:
      "Finansministeriet: 3,5 % år 0–35 (fra 2021), 2,5 % år 36–70; 4 % før 2021",
    srcRangeDurability:
      "benchmark.dk (april 2023): ca. halvdelen er selvforsørgende 12 måneder efter; 38–64 % mellem kommunerne",
    srcRangeEffect: "KIK-standard: 75–125 % af den forventede effekt",
    srcOptimism:
      "Jeres egen procent (0 % = ingen korrektion); KIK bruger ikke en tabel over tillidsgrader, fordi den ikke kunne efterprøves",
    sensYearsTitle: "Sagens år",
    sensMeasuredShare: "Målt andel af året",
    sensMeasuredSavings: "Målte besparelser",
    sensProjectedSavings: "Fremskrevne besparelser",
    sensYearsFromStart: "År fra start",
    sensFactor: "Diskonteringsfaktor, {which}",
    sensYearsNote:
      "Besparelse = faktisk nettoresultat, hvor regnskabet kender det, ellers budgetteret, + investering. År med faktisk tal og måneder med sagstalsmåling (til og med {month}) er målte og tager allerede højde for dem, der vender tilbage; kun de fremskrevne justeres for varighed og optimisme.",
    sensYearsNoteNoCaseload:
      "Besparelse = faktisk nettoresultat, hvor regnskabet kender det, ellers budgetteret, + investering. Uden sagstalsmålinger er kun år med faktisk tal målte; resten justeres for varighed og optimisme.",
    sensInvestmentSpread:
      "Budgettabellen har ingen investering pr. år: investeringen i alt (KIK Økonomi) er fordelt ligeligt på årene.",
    sensTornadoTitle: "Én antagelse ad gangen (de øvrige på sandsynlig)",
    sensExpected: "Forventet (alle på sandsynlig)",
    sensNetGainLow: "Nettogevinst ved lav",
    sensNetGainHigh: "Nettogevinst ved høj",
    sensPvLow: "Nutidsværdi ved lav",
    sensPvHigh: "Nutidsværdi ved høj",
    sensChangeLow: "Ændring i nutidsværdi ved lav",
    sensChangeHigh: "Ændring i nutidsværdi ved høj",
    sensBreakeven: "Nulpunkt",
    sensChartTornado: "Ændring i nutidsværdi ved lav og høj værdi",
    beDeadweight: "Strategien betaler sig, så længe dødvægten holder sig under {value}.",
    beDeadweightNever: "Strategien betaler sig ikke, heller ikke uden dødvægt.",
    beDeadweightAlways: "Strategien betaler sig ved enhver dødvægt under 100 %.",
    beNoSavings: "Intet nulpunkt: ingen besparelser at regne med.",
    beNetCost:
      "Strategien betaler sig, så længe nettoudgiften pr. helårsperson er mindst {value} kr.",
    beDurability: "Strategien betaler sig, så længe mindst {value} af afgangene er varige.",
    beDurabilityAlways: "Strategien betaler sig, selv om ingen af de fremskrevne afgange varer.",
    beDurabilityNever: "Strategien betaler sig ikke, selv om alle afgange varer.",
    beDurabilityNone: "Varigheden ændrer intet: sagen har ingen fremskrevne besparelser.",
    beEffect: "Strategien betaler sig, så længe effekten er mindst {value} af den forventede.",
    beDiscountRate: "Renten ændrer ikke nettogevinsten, kun nutidsværdien (se ved lav og høj).",
    sensScenarioTitle: "Scenarier (ret værdierne)",
    sensPessimistic: "Pessimistisk",
    sensExpectedScenario: "Forventet",
    sensOptimistic: "Optimistisk",
    sensNetGain: "Nettogevinst",
    sensPresentValue: "Nutidsværdi",
    sensChanceTitle: "Chancen for gevinst over {n} faste træk",
    sensChance: "Chance for gevinst (nettogevinst over 0)",
    sensP10: "10. percentil",
    sensP50: "Median (50. percentil)",
    sensP90: "90. percentil",
    sensMean: "Middelværdi",
    sensDrawsNote:
      "Faste træk (latinsk hyperkube, seed {seed}): sandsynlighederne står som tal, antagelserne og gevinsten regnes med formler. Tallene ændrer sig, når et spænd rettes, men aldrig af sig selv.",
    sensHistogramTitle: "Fordeling af nettogevinsten",
    sensBinFrom: "Fra",
    sensBinTo: "Til",
    sensBinMiddle: "Midt",
    sensBinCount: "Antal træk",
    sensChartHistogram: "Nettogevinst over {n} træk",
    sensDrawsTitle: "Trækketabel (faste træk, seed {seed})",
    sensDraw: "Træk",
    sensProbabilityOf: "p: {name}",
    kfChance: "Chance for gevinst",
    kfChanceExplain:
      "Andelen af {n} faste træk af antagelsernes spænd, hvor nettogevinsten er over 0 (KIK Følsomhed).",
    kfBreakevenDeadweight: "Nulpunkt for dødvægt",
    kfBreakevenDeadweightExplain:
      "Den dødvægt, hvor nutidsværdien når 0, med de øvrige antagelser på sandsynlig (KIK Følsomhed).",
    whoTitle: "Hvem får gevinsten: kommune og stat",
    whoShare: "Kommunens andel af en sparet ydelse",
    whoShareNote:
      "Efter refusionstrappen og ugerne på ydelse (KIK Antagelser); ved ydelser, som staten eller en a-kasse betaler, er kommunens medfinansiering samme andel.",
    whoMunicipal: "Kommunens besparelse (forventet)",
    whoState: "Statens andel af samme ydelse",
    whoTotal: "Ydelsesbesparelse i alt",
    whoGuaranteePart: "Landstrendens del (budgetgarantien), kr.",
    whoGuaranteeTrend:
      "Besparelsen er målt mod sammenligningsseriens trend: den del, budgetgarantien ville have givet kommunen alligevel gennem landstrenden, er allerede trukket fra (KIK Sagstal, kontrafaktisk).",
    whoGuaranteeNoTrend:
      "Budgetgarantiens andel vises ikke: sagstalstabellen har ingen sammenligningsserie (landstrend) at måle den mod.",
    whoTaxNotShown:
      "Statens ekstra skatteindtægt fra personer i job er ikke regnet med: KIK har ingen kildebelagt sats for den.",
    kfMunicipalShare: "Kommunens andel af besparelsen",
    kfMunicipalShareExplain:
      "Kommunens andel af en sparet ydelse efter refusionstrappen; resten er statens (KIK Følsomhed).",
    aDurableExitShare: "Varige afgange (selvforsørgende efter 12 mdr.)",
    aOptimismBias: "Optimismekorrektion af fremskrevne besparelser",
    srcDurableExitShare:
      "benchmark.dk (april 2023): ca. 50 % er selvforsørgende 12 måneder efter afgang; 38–64 % mellem kommunerne",
    srcOptimismBias: "0 %: ingen korrektion, medmindre I angiver en",
    // --- end issue 12 ---
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
