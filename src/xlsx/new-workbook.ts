/**
 * A new workbook package made from scratch (the input template, the example): the parts every
 * workbook has (content types, relationships, workbook, styles, theme, document properties),
 * then its sheets written by the same writer that writes the report into a user's workbook.
 */
import type { Buffer } from "node:buffer";
import type { Language } from "../i18n";
import type { SheetContent } from "../report/plan";
import {
  CONTENT_TYPE,
  CONTENT_TYPES_NS,
  CONTENT_TYPES_PART,
  PACKAGE_REL,
  TRANSITIONAL,
  XML_DECLARATION,
} from "./opc";
import { relationshipsPart } from "./package-editor";
import { emptyStylesheet } from "./styles";
import { XlsxWorkbook } from "./workbook";
import { Writer, writeSheets } from "./write-report";
import { escapeXml } from "./xml";
import { ZipPackage } from "./zip";

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

/** A small Office theme (DrawingML §20.1.6): colour, font and format schemes Excel expects. */
function themeXml(): string {
  const colors: [string, string][] = [
    ["dk1", '<a:sysClr val="windowText" lastClr="000000"/>'],
    ["lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'],
    ["dk2", '<a:srgbClr val="44546A"/>'],
    ["lt2", '<a:srgbClr val="E7E6E6"/>'],
    ["accent1", '<a:srgbClr val="4472C4"/>'],
    ["accent2", '<a:srgbClr val="ED7D31"/>'],
    ["accent3", '<a:srgbClr val="A5A5A5"/>'],
    ["accent4", '<a:srgbClr val="FFC000"/>'],
    ["accent5", '<a:srgbClr val="5B9BD5"/>'],
    ["accent6", '<a:srgbClr val="70AD47"/>'],
    ["hlink", '<a:srgbClr val="0563C1"/>'],
    ["folHlink", '<a:srgbClr val="954F72"/>'],
  ];
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const fonts = (face: string): string =>
    `<a:latin typeface="${face}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  return (
    `${XML_DECLARATION}<a:theme xmlns:a="${DRAWING_NS}" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office">${colors.map(([n, v]) => `<a:${n}>${v}</a:${n}>`).join("")}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont>${fonts("Calibri Light")}</a:majorFont><a:minorFont>${fonts("Calibri")}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${`<a:ln w="6350">${solid}</a:ln>`.repeat(3)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${"<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3)}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
  );
}

/** ISO date-time without milliseconds, as document properties hold it. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The empty package: workbook without sheets, styles, theme, properties. */
function skeleton(created: Date): ZipPackage {
  const t = TRANSITIONAL;
  const pkg = ZipPackage.create();
  const overrides: [string, string][] = [
    ["xl/workbook.xml", CONTENT_TYPE.workbook],
    ["xl/styles.xml", CONTENT_TYPE.styles],
    ["xl/theme/theme1.xml", CONTENT_TYPE.theme],
    ["docProps/core.xml", CONTENT_TYPE.core],
    ["docProps/app.xml", CONTENT_TYPE.app],
  ];
  pkg.put(
    CONTENT_TYPES_PART,
    `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      overrides.map(([p, ct]) => `<Override PartName="/${p}" ContentType="${ct}"/>`).join("") +
      "</Types>"
  );
  pkg.put(
    "_rels/.rels",
    relationshipsPart("", [
      {
        id: "rId1",
        type: `${t.rel}officeDocument`,
        kind: "officeDocument",
        target: "xl/workbook.xml",
        external: false,
      },
      {
        id: "rId2",
        type: PACKAGE_REL.coreProperties,
        kind: "core-properties",
        target: "docProps/core.xml",
        external: false,
      },
      {
        id: "rId3",
        type: `${t.rel}extended-properties`,
        kind: "extended-properties",
        target: "docProps/app.xml",
        external: false,
      },
    ])
  );
  pkg.put(
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${t.main}" xmlns:r="${t.r}">` +
      '<workbookPr defaultThemeVersion="166925"/>' +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>' +
      '<sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
  pkg.put(
    "xl/_rels/workbook.xml.rels",
    relationshipsPart("xl/workbook.xml", [
      {
        id: "rId1",
        type: `${t.rel}styles`,
        kind: "styles",
        target: "xl/styles.xml",
        external: false,
      },
      {
        id: "rId2",
        type: `${t.rel}theme`,
        kind: "theme",
        target: "xl/theme/theme1.xml",
        external: false,
      },
    ])
  );
  pkg.put("xl/styles.xml", emptyStylesheet(t.main));
  pkg.put("xl/theme/theme1.xml", themeXml());
  pkg.put(
    "docProps/core.xml",
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>KIK</dc:creator><cp:lastModifiedBy>KIK</cp:lastModifiedBy>' +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:modified></cp:coreProperties>`
  );
  pkg.put(
    "docProps/app.xml",
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${escapeXml("KIK")}</Application>` +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      "<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>'
  );
  return pkg;
}

/** Options for {@link newWorkbookBytes}. */
export interface NewWorkbookOptions {
  /** Date stamped on the zip entries and the document properties (default: now). */
  readonly date?: Date;
}

/** The bytes of a new workbook holding `sheets` (unmarked: they are the user's to fill in). */
export async function newWorkbookBytes(
  sheets: readonly SheetContent[],
  language: Language,
  options: NewWorkbookOptions = {}
): Promise<Buffer> {
  const date = options.date ?? new Date();
  const book = XlsxWorkbook.fromPackage(skeleton(date));
  const writer = new Writer(book, language);
  writeSheets(
    writer,
    book,
    sheets.map((content) => ({ content, kind: null }))
  );
  writer.finish();
  return book.pkg.toBytes({ date });
}
