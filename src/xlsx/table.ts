/**
 * A planned table as a table part (ECMA-376 Part 1 §18.5): the range, a header row whose cells
 * hold the column names, an autofilter over header and data, the light striped style, and for a
 * totals row its label and formulas as Excel writes a custom total (`totalsRowFunction="custom"`
 * with the formula), so Excel keeps the plan's own totals.
 */
import type { PlannedCell, TablePlan } from "../report/plan";
import { localAddress, writtenFormula } from "../sheet";
import { XML_DECLARATION, type Conformance } from "./opc";
import { TABLE_THEME } from "./styles";
import { storedFormula } from "./worksheet";
import { escapeXml, escapeXstring } from "./xml";

/** What {@link tableXml} needs: the table's id and name, its headers and totals-row cells. */
export interface TablePart {
  readonly plan: TablePlan;
  /** Unique among the workbook's tables. */
  readonly id: number;
  readonly name: string;
  /** Column names, one per column (unique, not empty: the header cells hold them). */
  readonly headers: readonly string[];
  /** The cell of the totals row in a column (1-based sheet column), if any. */
  readonly totalsCell: (column: number) => PlannedCell | undefined;
  readonly renames?: ReadonlyMap<string, string>;
}

/** The table part's XML. */
export function tableXml(t: TablePart, conformance: Conformance): string {
  const { plan } = t;
  const ref = localAddress(plan.top, plan.left, plan.bottom, plan.right);
  const filterBottom = plan.totalsRow ? plan.bottom - 1 : plan.bottom;
  const columns = t.headers
    .map((header, i) => {
      const head = `<tableColumn id="${i + 1}" name="${escapeXml(header)}"`;
      if (!plan.totalsRow) return `${head}/>`;
      const cell = t.totalsCell(plan.left + i);
      if (cell?.formula !== undefined && cell.formula !== "") {
        const formula = escapeXstring(storedFormula(writtenFormula(cell.formula, t.renames)));
        return `${head} totalsRowFunction="custom"><totalsRowFormula>${formula}</totalsRowFormula></tableColumn>`;
      }
      if (typeof cell?.value === "string" && cell.value !== "")
        return `${head} totalsRowLabel="${escapeXml(cell.value)}"/>`;
      return `${head}/>`;
    })
    .join("");
  return (
    `${XML_DECLARATION}<table xmlns="${conformance.main}" id="${t.id}" name="${escapeXml(t.name)}" ` +
    `displayName="${escapeXml(t.name)}" ref="${ref}"${plan.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${localAddress(plan.top, plan.left, filterBottom, plan.right)}"/>` +
    `<tableColumns count="${t.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_THEME}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}
