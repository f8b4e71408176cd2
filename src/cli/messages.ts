/** The command line's own strings, Danish first. */
import { makeTranslator } from "../i18n";

const da = {
  programDescription:
    "KIK på kommandolinjen: rapport over en investeringsstrategi fra en Excel-projektmappe",
  reportDescription: "læs inputtabellerne i en .xlsx-fil og skriv resultatarkene i en kopi",
  templateDescription: "skriv en tom inputprojektmappe med KIK's tabeller og standardantagelser",
  argInput: "projektmappen med inputtabellerne (.xlsx)",
  argTemplateOutput: "den nye projektmappe (.xlsx)",
  optOutput: "resultatfilen (standard: <input>-resultat.xlsx ved siden af input)",
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
  outputNotXlsx: "Resultatet skal være en .xlsx-fil (fik {file})",
  outputIsInput: "Resultatet må ikke skrives oven i inputfilen {file} – vælg et andet navn med -o",
  outputExists: "{file} findes allerede – brug --force for at overskrive den",
  cannotWrite: "Kan ikke skrive {file}: {reason} (er filen åben i Excel?)",
  uncalculatedFormula:
    "formlen er gemt uden sit resultat (filen er gemt af et program, der ikke regner formler ud) – åbn og gem filen i Excel først",
  problemsHeader: "Inputtet har fejl – der er ikke skrevet noget:",
  error: "Fejl",
  warning: "Advarsel",
  keyFigures: "Nøgletal",
  notes: "Bemærkninger",
  chartSkipped:
    "Diagrammet »{title}« på arket »{sheet}« er ikke lavet: kommandolinjen kan endnu ikke skrive diagrammer (det kan tilføjelsesprogrammet i Excel)",
  tableRenamed:
    "Tabellen {from} hedder {to} i resultatet, fordi navnet {from} allerede var brugt i projektmappen",
  lostParts:
    "Kopien mangler {parts} fra inputfilen (kommandolinjen kan ikke gemme dem); inputfilen er uændret",
  partCharts: "diagrammer",
  partPivots: "pivottabeller",
  partMacros: "makroer (VBA)",
  partSlicers: "udsnitsværktøjer",
  partExternalLinks: "kæder til andre projektmapper",
  partThreadedComments: "trådede kommentarer",
  partControls: "formularkontrolelementer",
  saved: "Resultatet er gemt i {file}",
  templateSaved: "Skabelonen er gemt i {file}",
  unexpected: "Uventet fejl: {message} (sæt KIK_DEBUG=1 for detaljer)",
  usage: "{message} (se kik --help)",
} as const;

type CliMessageKey = keyof typeof da;

const en: Readonly<Record<CliMessageKey, string>> = {
  programDescription:
    "KIK on the command line: an investment-strategy report from an Excel workbook",
  reportDescription:
    "read the input tables of an .xlsx file and write the result sheets into a copy",
  templateDescription: "write an empty input workbook with KIK's tables and default assumptions",
  argInput: "the workbook with the input tables (.xlsx)",
  argTemplateOutput: "the new workbook (.xlsx)",
  optOutput: "the result file (default: <input>-resultat.xlsx next to the input)",
  optLanguage: "language of sheets and messages: da or en",
  optRange:
    "range, table or name holding {table}, e.g. 'KIK Input'!A1:D5 (default: the table {name})",
  optVerbose: "show progress",
  optForce: "overwrite an existing file",
  optHelp: "show help for the command",
  optVersion: "show the version number",
  tableBudget: "the budget follow-up",
  tableCaseload: "the caseload",
  tableOutcomes: "the outcomes of closed cases",
  tableAssumptions: "the assumptions",
  tableInvestment: "the investment by category",
  reading: "Reading {file} …",
  computing: "Calculating …",
  writing: "Writing {file} …",
  fileNotFound: "File not found: {file}",
  notAFile: "{file} is not a file",
  notXlsx: "{file} cannot be read as an Excel workbook (.xlsx): {reason}",
  outputNotXlsx: "The result must be an .xlsx file (got {file})",
  outputIsInput:
    "The result must not overwrite the input file {file} – choose another name with -o",
  outputExists: "{file} already exists – use --force to overwrite it",
  cannotWrite: "Cannot write {file}: {reason} (is the file open in Excel?)",
  uncalculatedFormula:
    "the formula was saved without its result (by a program that does not calculate formulas) – open and save the file in Excel first",
  problemsHeader: "The input has errors – nothing was written:",
  error: "Error",
  warning: "Warning",
  keyFigures: "Key figures",
  notes: "Notes",
  chartSkipped:
    "The chart “{title}” on sheet “{sheet}” was not made: the command line cannot write charts yet (the add-in in Excel can)",
  tableRenamed:
    "The table {from} is called {to} in the result because the workbook already used the name {from}",
  lostParts:
    "The copy lacks {parts} of the input file (the command line cannot save them); the input file is unchanged",
  partCharts: "charts",
  partPivots: "pivot tables",
  partMacros: "macros (VBA)",
  partSlicers: "slicers",
  partExternalLinks: "links to other workbooks",
  partThreadedComments: "threaded comments",
  partControls: "form controls",
  saved: "Saved the result to {file}",
  templateSaved: "Saved the template to {file}",
  unexpected: "Unexpected error: {message} (set KIK_DEBUG=1 for details)",
  usage: "{message} (see kik --help)",
};

/** A command-line message in `language`. */
export const cliMessage = makeTranslator<CliMessageKey>({ da, en });

export type { CliMessageKey };
