/**
 * Helpers of the living-sheets tests: a single-cell edit of an .xlsx at the XML level (no ExcelJS
 * round trip), a `kik report` run, and every KIK sheet's cell values for comparison.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CellRef } from "../../src/input/model";
import { a1 } from "../../src/sheet";

export const KIK_SHEETS = [
  "KIK Overblik",
  "KIK Økonomi",
  "KIK Sagstal",
  "KIK Antagelser",
  "KIK Følsomhed",
];

/** One single-cell edit of the input. */
export interface Edit {
  readonly name: string;
  readonly ref: CellRef;
  /** The new value; null clears the cell. */
  readonly value: number | string | null;
}

/** The worksheet part of `sheet` in an .xlsx zip. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const m = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`
  ).exec(workbook);
  if (m === null) throw new Error(`no sheet ${sheet}`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel =
    new RegExp(`<Relationship [^>]*Id="${m[1] as string}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1] as string}"`).exec(rels);
  if (rel === null) throw new Error(`no part for ${sheet}`);
  const target = rel[1] as string;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const escapeXml = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const columnNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Sets one cell of `file`'s sheet at the XML level and writes the result to `out`. */
export async function editFile(file: string, edit: Edit, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = await sheetPart(zip, edit.ref.sheet);
  let xml = await zip.file(part)!.async("string");
  const address = a1(edit.ref.row, edit.ref.column, false);
  const cell = new RegExp(
    `<c r="${address}"((?:\\s+[a-zA-Z:]+="[^"]*")*)\\s*(?:/>|>[\\s\\S]*?</c>)`
  );
  const found = cell.exec(xml);
  const style = found === null ? "" : (/\ss="[^"]*"/.exec(found[1] ?? "")?.[0] ?? "");
  const written =
    edit.value === null
      ? `<c r="${address}"${style}/>`
      : typeof edit.value === "number"
        ? `<c r="${address}"${style}><v>${edit.value}</v></c>`
        : `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(edit.value)}</t></is></c>`;
  if (found !== null) xml = xml.replace(cell, written);
  else {
    // A blank cell is absent: insert it into its row, in column order.
    const row = new RegExp(`<row r="${edit.ref.row}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
    if (row === null) throw new Error(`no row ${edit.ref.row} for ${edit.name}`);
    const whole = row[0];
    const open = whole.endsWith("/>")
      ? whole.slice(0, -2) + ">"
      : whole.slice(0, whole.indexOf(">") + 1);
    const body = whole.endsWith("/>") ? "" : (row[1] ?? "");
    const cells = [...body.matchAll(/<c r="([A-Z]+)\d+"[\s\S]*?(?:\/>|<\/c>)/g)];
    const after = cells.find((c) => columnNumber(c[1] as string) > edit.ref.column);
    const newBody =
      after === undefined
        ? body + written
        : body.slice(0, after.index) + written + body.slice(after.index);
    xml = xml.replace(whole, `${open}${newBody}</row>`);
  }
  zip.file(part, xml);
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function report(input: string, output: string): Promise<void> {
  const lines: string[] = [];
  const code = await main(["report", input, "-o", output], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  if (code !== 0) throw new Error(`kik report ${input}: ${code}\n${lines.join("\n")}`);
}

export type CellValue = number | string | boolean | { error: string } | null;

export function resultOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && "formula" in v)
    return resultOf((v as ExcelJS.CellFormulaValue).result ?? null);
  if (typeof v === "object" && "sharedFormula" in v)
    return resultOf((v as ExcelJS.CellSharedFormulaValue).result ?? null);
  if (typeof v === "object" && "error" in v)
    return { error: String((v as { error: string }).error) };
  if (typeof v === "object" && "richText" in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if (v instanceof Date) return v.getTime();
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

export function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every KIK sheet's cell values by "sheet!A1". */
export async function values(file: string): Promise<Map<string, CellValue>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, CellValue>();
  for (const name of KIK_SHEETS) {
    const ws = wb.getWorksheet(name);
    if (ws === undefined) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = resultOf(cell.value);
        if (v !== null) out.set(`${name}!${cell.address}`, v);
      })
    );
  }
  return out;
}

export function differences(a: Map<string, CellValue>, b: Map<string, CellValue>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const out: string[] = [];
  for (const k of keys) {
    const x = a.get(k) ?? null;
    const y = b.get(k) ?? null;
    if (!same(x, y)) out.push(`${k}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  }
  return out;
}
