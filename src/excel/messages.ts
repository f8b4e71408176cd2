/** The Office.js face's own strings (errors the task pane shows as they are), Danish first. */
import { makeTranslator } from "../i18n";

const da = {
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
  templateFailed:
    "KIK kunne ikke indsætte inputarket »{sheet}«: {reason}. Projektmappen er sat tilbage, som den var før.",
  settingsFailed: "Guidens indstillinger kunne ikke gemmes i projektmappen: {reason}",
  sheetNotFound: "Arket »{sheet}« findes ikke (længere) i projektmappen.",
  unknownReason: "ukendt fejl",
  and: "og",
} as const;

type ExcelMessageKey = keyof typeof da;

const en: Readonly<Record<ExcelMessageKey, string>> = {
  workbookProtected:
    "The workbook's structure is protected, so KIK cannot add or write result sheets. Unprotect it (Review → Protect Workbook) and try again. Nothing was changed.",
  sheetProtected:
    "The sheet “{sheet}” is protected, so KIK cannot write the report into it. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.",
  notGenerated:
    "The sheet “{sheet}” was not made by KIK, so KIK does not write into it. Rename the sheet, or open the guide again so the report gets another name. Nothing was changed.",
  duplicateSheet: "The report has two sheets named “{sheet}”. Nothing was changed.",
  writeFailed:
    "Excel could not write the report ({sheets}): {reason}. The workbook was put back as it was.",
  writeFailedRestoreLimits:
    "Excel could not write the report ({sheets}): {reason}. The workbook was put back as it was; the tables and charts on KIK's own sheets come back with the next run.",
  rollbackFailed:
    "Excel could not write the report ({sheets}): {reason}. KIK could not fully put the workbook back either ({rollback}) – check the sheets {sheets}, or close the workbook without saving.",
  readFailed: "KIK could not read the workbook: {reason}",
  templateFailed:
    "KIK could not insert the input sheet “{sheet}”: {reason}. The workbook was put back as it was.",
  settingsFailed: "The guide's settings could not be saved in the workbook: {reason}",
  sheetNotFound: "The sheet “{sheet}” does not exist (any more) in the workbook.",
  unknownReason: "unknown error",
  and: "and",
};

/** A message of the Office.js face in `language` (default: the language in force). */
export const excelMessage = makeTranslator<ExcelMessageKey>({ da, en });
export type { ExcelMessageKey };
