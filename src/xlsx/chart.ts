/**
 * KIK's charts as DrawingML parts (ECMA-376 Part 1 §21.2): a chart part per chart and one
 * drawing part per sheet that anchors them in cells (§20.5, SpreadsheetML drawing).
 *
 * Each chart is a category chart over cells of its sheet: line series (`c:lineChart`), column
 * series (`c:barChart`, clustered) or both on one plot area sharing the axes (a combined
 * chart: columns drawn first, lines over them). Series refer to their cells by formula and
 * carry the plan's values as cache, so a reader that does not recalculate shows the same
 * chart. Blank cells are gaps (`c:dispBlanksAs val="gap"`); a cached point is left out for a
 * blank cell. Colours are written out, so Excel and LibreOffice draw the same thing.
 */
import { localeOf, type Language } from "../i18n";
import type { Block, ChartKind, ChartPlan, PlannedCell } from "../report/plan";
import { quoteSheet, localAddress } from "../sheet";
import { XML_DECLARATION, type Conformance } from "./opc";
import { escapeXml } from "./xml";

/** Colours of the series in order (Office's accent colours: blue, orange, grey, gold, …). */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;
/** Line width of line series: 2.25 pt in EMU (12,700 per point). */
const LINE_WIDTH = 28_575;
/** Axis ids: the category axis and the value axis all series share. */
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** A cell's value and format as the chart's cache needs them. */
export type CellLookup = (row: number, column: number) => PlannedCell | undefined;

/** What {@link chartXml} needs besides the plan. */
export interface ChartContext {
  readonly conformance: Conformance;
  readonly sheet: string;
  readonly cells: CellLookup;
  /** Date serials in cached values are in the 1904 system (they are moved like the cells). */
  readonly date1904: boolean;
  /** A number cell's value as written (dates moved to the 1904 system when needed). */
  readonly written: (cell: PlannedCell) => number | string | boolean | null;
  readonly language: Language;
}

function ref(sheet: string, b: Block): string {
  return `${quoteSheet(sheet)}!${localAddress(b.top, b.left, b.bottom, b.right, true)}`;
}

function points(
  cells: readonly (PlannedCell | undefined)[],
  ctx: ChartContext,
  numeric: boolean
): string {
  let out = "";
  cells.forEach((cell, i) => {
    if (cell === undefined) return;
    const v = ctx.written(cell);
    if (v === null || v === "") return;
    if (numeric && typeof v !== "number") return;
    const text = typeof v === "boolean" ? (v ? "1" : "0") : String(v);
    out += `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
  });
  return out;
}

function columnCells(b: Block, ctx: ChartContext): (PlannedCell | undefined)[] {
  const out: (PlannedCell | undefined)[] = [];
  for (let r = b.top; r <= b.bottom; r++) out.push(ctx.cells(r, b.left));
  return out;
}

function formatOf(cells: readonly (PlannedCell | undefined)[]): string {
  return cells.find((c) => c?.numberFormat !== undefined)?.numberFormat ?? "General";
}

/** The category data: numbers (years, month dates) as numRef, anything else as strRef. */
function categoriesXml(plan: ChartPlan, ctx: ChartContext): string {
  const cells = columnCells(plan.categories, ctx);
  const count = cells.length;
  const numeric = cells.every(
    (c) => c === undefined || c.value === null || typeof ctx.written(c) === "number"
  );
  const f = `<c:f>${escapeXml(ref(ctx.sheet, plan.categories))}</c:f>`;
  return numeric
    ? `<c:cat><c:numRef>${f}<c:numCache><c:formatCode>${escapeXml(formatOf(cells))}</c:formatCode>` +
        `<c:ptCount val="${count}"/>${points(cells, ctx, true)}</c:numCache></c:numRef></c:cat>`
    : `<c:cat><c:strRef>${f}<c:strCache><c:ptCount val="${count}"/>${points(cells, ctx, false)}` +
        "</c:strCache></c:strRef></c:cat>";
}

function valuesXml(values: Block, ctx: ChartContext): string {
  const cells = columnCells(values, ctx);
  return (
    `<c:val><c:numRef><c:f>${escapeXml(ref(ctx.sheet, values))}</c:f><c:numCache>` +
    `<c:formatCode>${escapeXml(formatOf(cells))}</c:formatCode><c:ptCount val="${cells.length}"/>` +
    `${points(cells, ctx, true)}</c:numCache></c:numRef></c:val>`
  );
}

function solid(colour: string): string {
  return `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
}

/** One `c:ser` of a line or bar chart. */
function seriesXml(plan: ChartPlan, index: number, kind: ChartKind, ctx: ChartContext): string {
  const s = plan.series[index];
  if (s === undefined) return "";
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const data = categoriesXml(plan, ctx) + valuesXml(s.values, ctx);
  if (kind === "column" || kind === "bar") {
    return `<c:ser>${head}<c:spPr>${solid(colour)}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
  const line = `<c:spPr><a:ln w="${LINE_WIDTH}" cap="rnd">${solid(colour)}<a:round/></a:ln></c:spPr>`;
  const marker =
    s.markers === true
      ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(colour)}<a:ln w="9525">${solid(colour)}</a:ln></c:spPr></c:marker>`
      : '<c:marker><c:symbol val="none"/></c:marker>';
  return `<c:ser>${head}${line}${marker}${data}<c:smooth val="0"/></c:ser>`;
}

function axesIds(): string {
  return `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
}

function textProperties(size: number, bold: boolean): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `${solid("595959")}</a:defRPr></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>`
  );
}

/** The chart part of a planned chart. */
export function chartXml(plan: ChartPlan, ctx: ChartContext): string {
  const c = ctx.conformance;
  const kinds = plan.series.map((s) => s.kind ?? plan.kind);
  const columns = kinds.flatMap((k, i) => (k === "column" ? [i] : []));
  const lines = kinds.flatMap((k, i) => (k === "line" ? [i] : []));
  // Issue 12: horizontal bars (a tornado: the series overlap on one band per category); the
  // category axis then runs up the left and the value axis along the bottom.
  const bars = kinds.flatMap((k, i) => (k === "bar" ? [i] : []));
  const horizontal =
    bars.length === 0
      ? ""
      : '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        bars.map((i) => seriesXml(plan, i, "bar", ctx)).join("") +
        `<c:gapWidth val="60"/><c:overlap val="100"/>${axesIds()}</c:barChart>`;
  const lang = localeOf(ctx.language);

  const bar =
    columns.length === 0
      ? ""
      : '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        columns.map((i) => seriesXml(plan, i, "column", ctx)).join("") +
        `<c:gapWidth val="80"/><c:overlap val="-10"/>${axesIds()}</c:barChart>`;
  const line =
    lines.length === 0
      ? ""
      : '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        lines.map((i) => seriesXml(plan, i, "line", ctx)).join("") +
        `<c:marker val="1"/>${axesIds()}</c:lineChart>`;

  const categoryCells = columnCells(plan.categories, ctx);
  const valueCells = plan.series.flatMap((s) => columnCells(s.values, ctx));
  const axisLine = `<c:spPr><a:ln w="9525">${solid("BFBFBF")}</a:ln></c:spPr>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bars.length > 0 ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="${escapeXml(formatOf(categoryCells))}" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `${axisLine}${textProperties(900, false)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bars.length > 0 ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(formatOf(valueCells))}" sourceLinked="1"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(900, false)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="${columns.length > 0 || bars.length > 0 ? "between" : "midCat"}"/></c:valAx>`;

  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="${lang}" sz="1300" b="1">${solid("1F4E79")}</a:rPr><a:t>${escapeXml(plan.title)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>';

  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${c.chart}" xmlns:a="${c.drawing}" xmlns:r="${c.r}">` +
    `<c:date1904 val="${ctx.date1904 ? 1 : 0}"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${bar}${horizontal}${line}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(900, false)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${solid("FFFFFF")}<a:ln><a:noFill/></a:ln></c:spPr>` +
    "</c:chartSpace>"
  );
}

/** A drawing part that places each chart (relationship ids `chartIds`) at its anchor. */
export function drawingXml(
  charts: readonly ChartPlan[],
  chartIds: readonly string[],
  conformance: Conformance
): string {
  const c = conformance;
  const anchors = charts
    .map((plan, i) => {
      const a = plan.anchor;
      const id = i + 2;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        `<xdr:from><xdr:col>${a.left - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(
          `KIK ${i + 1}`
        )}" descr="${escapeXml(plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${c.chart}"><c:chart xmlns:c="${c.chart}" r:id="${chartIds[i] ?? ""}"/>` +
        "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${c.spreadsheetDrawing}" xmlns:a="${c.drawing}" xmlns:r="${c.r}">` +
    `${anchors}</xdr:wsDr>`
  );
}

/** Charts worth drawing: at least one series, and every block at least one row. */
export function drawableCharts(charts: readonly ChartPlan[]): ChartPlan[] {
  return charts.filter(
    (c) =>
      c.series.length > 0 &&
      c.series.every((s) => s.values.bottom >= s.values.top) &&
      c.categories.bottom >= c.categories.top
  );
}
