/** The command line's English strings: the same keys as `cli-da.ts`, checked by the compiler. */
import type { cliDa } from "./cli-da";

export const cliEn: { readonly [K in keyof typeof cliDa]: string } = {
  programDescription:
    "KIK on the command line: an investment-strategy report from an Excel workbook",
  reportDescription:
    "read the input tables of an .xlsx file and write the result sheets into a copy",
  templateDescription: "write an empty input workbook with KIK's tables and default assumptions",
  argInput: "the workbook with the input tables (.xlsx or .xlsm)",
  argTemplateOutput: "the new workbook (.xlsx)",
  templateNoOutput:
    "name the new workbook, e.g. 'kik template template.xlsx' or 'kik template -o template.xlsx'",
  templateTwoOutputs: "two files are given ({file} and {other}) – give one",
  optOutput:
    "the result file or a folder (default: <input>-resultat.xlsx next to the input; .xlsm for a workbook with macros)",
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
  fileEmpty: "the file is empty (0 bytes)",
  fileEncrypted:
    "it is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and try again",
  fileXls:
    "it is an old Excel file (.xls, Excel 97–2003) whatever its name says. Open it in Excel and save it as an Excel Workbook (.xlsx)",
  fileOds:
    "it is an OpenDocument spreadsheet (.ods) whatever its name says. Open it in LibreOffice and save it as Excel 2007-365 (.xlsx)",
  fileText:
    "it is a text file (a CSV, say), not a workbook. Open it in Excel and save it as an Excel Workbook (.xlsx)",
  fileXlsb:
    "it is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx)",
  fileZip: "it is a zip file but not an Excel workbook",
  fileNotWorkbook:
    "it is an Office document but not an Excel workbook (Word or PowerPoint, perhaps)",
  fileCompound: "it is an Office file in the old format but not an Excel workbook",
  fileDamaged:
    "the file is damaged or was not saved completely. Open it in Excel and save it again",
  fileUnknown: "it is not an Excel workbook",
  outputNotXlsx: "The result must be an .xlsx file (got {file})",
  outputExtension:
    "The result must end in .{extension} like the input file {input}, or Excel will not open it (got {file})",
  rangeBeyondLimits:
    "The range {range} goes beyond what an Excel sheet holds: at most {rows} rows and {columns} columns (A–XFD)",
  rangeWithoutSheet: "The range {range} names no sheet – put the sheet in front, e.g. {example}",
  nameIsFormula:
    "The name '{name}' is a formula ({formula}), not a fixed range, so KIK cannot read it – select the range itself, or make it an Excel table",
  nameIsExternal:
    "The name '{name}' points into another workbook ({formula}) – KIK reads only this workbook; copy the figures in, or select a range here",
  outputIsInput:
    "The result must not overwrite the input file {file} – choose another name with -o",
  outputExists: "{file} already exists – use --force to overwrite it",
  cannotWrite: "Cannot write {file}: {reason}",
  writeNoFolder: "the folder does not exist and cannot be created",
  writeNotAFolder: "part of the path is a file, not a folder",
  writeNoAccess: "you are not allowed to write there",
  writeBusy: "the file is in use – is it open in Excel? Close it and try again",
  writeReadOnly: "the drive is read-only",
  writeDiskFull: "the drive is full",
  writeIsFolder: "a folder of that name exists",
  uncalculatedFormula:
    "the formula was saved without its result (by a program that does not calculate formulas) – open and save the file in Excel first",
  problemsHeader: "{file} has errors – nothing was written:",
  error: "Error",
  warning: "Warning",
  keyFigures: "Key figures",
  notes: "Notes",
  tableRenamed:
    "The table {from} is called {to} in the result because the workbook already used the name {from}",
  saved: "Saved the result to {file}",
  templateSaved: "Saved the template to {file}",
  unexpected: "Unexpected error: {message} (set KIK_DEBUG=1 for details)",
  usage: "{message} (see kik --help)",
  argumentMissing: "The argument '{name}' is missing",
  unknownOption: "Unknown option '{option}'",
  unknownCommand: "Unknown command '{command}'",
  invalidChoice: "'{value}' cannot be used for {option}; use {choices}",
  optionValueMissing: "The option {option} needs a value",
  tooManyArguments: "Too many arguments for '{command}'",
  didYouMean: "{message} (did you mean {suggestion}?)",
};
