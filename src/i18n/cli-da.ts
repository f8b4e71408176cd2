/**
 * The command line's Danish strings: a namespace of the Danish catalogue (`da.ts`) kept in its
 * own module so that the add-in's scripts, which never print them, do not carry them.
 */
export const cliDa = {
  programDescription:
    "KIK på kommandolinjen: rapport over en investeringsstrategi fra en Excel-projektmappe",
  reportDescription: "læs inputtabellerne i en .xlsx-fil og skriv resultatarkene i en kopi",
  templateDescription: "skriv en tom inputprojektmappe med KIK's tabeller og standardantagelser",
  argInput: "projektmappen med inputtabellerne (.xlsx eller .xlsm)",
  argTemplateOutput: "den nye projektmappe (.xlsx)",
  templateNoOutput:
    "angiv den nye projektmappe, fx »kik template skabelon.xlsx« eller »kik template -o skabelon.xlsx«",
  templateTwoOutputs: "to filer er angivet ({file} og {other}) – angiv kun én",
  optOutput:
    "resultatfilen eller en mappe (standard: <input>-resultat.xlsx ved siden af input; .xlsm for en projektmappe med makroer)",
  optLanguage: "sprog for ark og beskeder: da eller en",
  optRange:
    "område, tabel eller navn med {table}, fx 'KIK Input'!A1:D5 (standard: tabellen {name})",
  optVerbose: "vis fremdrift",
  optForce: "overskriv en eksisterende fil",
  optHelp: "vis hjælp til kommandoen",
  optVersion: "vis versionsnummeret",
  tableBudget: "budgetopfølgningen",
  tableCaseload: "sagstallene",
  tableOutcomes: "udfaldet af afsluttede sager",
  tableAssumptions: "antagelserne",
  tableInvestment: "investeringen fordelt på kategorier",
  reading: "Læser {file} …",
  computing: "Beregner …",
  writing: "Skriver {file} …",
  fileNotFound: "Filen findes ikke: {file}",
  notAFile: "{file} er ikke en fil",
  notXlsx: "{file} kan ikke læses som en Excel-projektmappe (.xlsx): {reason}",
  fileEmpty: "filen er tom (0 byte)",
  fileEncrypted:
    "den er beskyttet med en adgangskode. Åbn den i Excel, fjern adgangskoden (Filer → Oplysninger → Beskyt projektmappe → Krypter med adgangskode), gem den, og prøv igen",
  fileXls:
    "det er en gammel Excel-fil (.xls, Excel 97–2003), selv om den hedder noget andet. Åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)",
  fileOds:
    "det er et OpenDocument-regneark (.ods), selv om den hedder noget andet. Åbn den i LibreOffice, og gem den som Excel 2007-365 (.xlsx)",
  fileText:
    "det er en tekstfil (fx CSV), ikke en projektmappe. Åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)",
  fileXlsb:
    "det er en binær Excel-projektmappe (.xlsb). Åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)",
  fileZip: "det er en zip-fil, men ikke en Excel-projektmappe",
  fileNotWorkbook:
    "det er et Office-dokument, men ikke en Excel-projektmappe (måske Word eller PowerPoint)",
  fileCompound: "det er en Office-fil i det gamle format, men ikke en Excel-projektmappe",
  fileDamaged: "filen er beskadiget eller ikke gemt færdig. Åbn den i Excel, og gem den igen",
  fileUnknown: "det er ikke en Excel-projektmappe",
  outputNotXlsx: "Resultatet skal være en .xlsx-fil (fik {file})",
  outputExtension:
    "Resultatet skal have endelsen .{extension} ligesom inputfilen {input}, ellers åbner Excel det ikke (fik {file})",
  rangeBeyondLimits:
    "Området {range} går ud over et Excel-arks grænser: højst {rows} rækker og {columns} kolonner (A–XFD)",
  rangeWithoutSheet: "Området {range} nævner intet ark – skriv arket foran, fx {example}",
  nameIsFormula:
    "Navnet »{name}« er en formel ({formula}), ikke et fast område, så KIK kan ikke læse det – vælg området selv, eller gør det til en Excel-tabel",
  nameIsExternal:
    "Navnet »{name}« peger ind i en anden projektmappe ({formula}) – KIK læser kun denne projektmappe; kopiér tallene ind, eller vælg et område her",
  outputIsInput: "Resultatet må ikke skrives oven i inputfilen {file} – vælg et andet navn med -o",
  outputExists: "{file} findes allerede – brug --force for at overskrive den",
  cannotWrite: "Kan ikke skrive {file}: {reason}",
  // Why a file could not be written, by the system's error code
  writeNoFolder: "mappen findes ikke og kan ikke oprettes",
  writeNotAFolder: "en del af stien er en fil, ikke en mappe",
  writeNoAccess: "du har ikke adgang til at skrive der",
  writeBusy: "filen er i brug – er den åben i Excel? Luk den, og prøv igen",
  writeReadOnly: "drevet er skrivebeskyttet",
  writeDiskFull: "der er ikke plads på drevet",
  writeIsFolder: "der findes en mappe med det navn",
  uncalculatedFormula:
    "formlen er gemt uden sit resultat (filen er gemt af et program, der ikke regner formler ud) – åbn og gem filen i Excel først",
  problemsHeader: "{file} har fejl – der er ikke skrevet noget:",
  error: "Fejl",
  warning: "Advarsel",
  keyFigures: "Nøgletal",
  notes: "Bemærkninger",
  tableRenamed:
    "Tabellen {from} hedder {to} i resultatet, fordi navnet {from} allerede var brugt i projektmappen",
  saved: "Resultatet er gemt i {file}",
  templateSaved: "Skabelonen er gemt i {file}",
  unexpected: "Uventet fejl: {message} (sæt KIK_DEBUG=1 for detaljer)",
  usage: "{message} (se kik --help)",
  // The command-line parser's errors (commander), in the user's language
  argumentMissing: "Argumentet »{name}« mangler",
  unknownOption: "Ukendt tilvalg »{option}«",
  unknownCommand: "Ukendt kommando »{command}«",
  invalidChoice: "»{value}« kan ikke bruges til {option}; brug {choices}",
  optionValueMissing: "Tilvalget {option} mangler en værdi",
  tooManyArguments: "For mange argumenter til »{command}«",
  didYouMean: "{message} (mente du {suggestion}?)",
} as const;
