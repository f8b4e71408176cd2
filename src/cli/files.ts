/**
 * Reading and writing .xlsx files for the command line. The input file is only ever read;
 * a result is written to a temporary file in the output folder and renamed into place, so a
 * failed run never leaves a half-written workbook behind.
 */
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import process from "node:process";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A failure the user can act on: a message and the exit code (2 = bad input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Parts of an .xlsx package that ExcelJS reads past and does not write back. */
export type LostPart =
  "charts" | "pivots" | "macros" | "slicers" | "externalLinks" | "threadedComments" | "controls";

const LOST_PART_PATTERNS: readonly (readonly [LostPart, RegExp])[] = [
  ["charts", /^xl\/charts\/chart\d*\.xml$/i],
  ["pivots", /^xl\/pivotTables\//i],
  ["macros", /^xl\/vbaProject\.bin$/i],
  ["slicers", /^xl\/slicers\//i],
  ["externalLinks", /^xl\/externalLinks\//i],
  ["threadedComments", /^xl\/threadedComments\//i],
  ["controls", /^xl\/ctrlProps\//i],
];

/** Which kinds of content in the package `bytes` a copy made with ExcelJS would lose. */
export async function partsExcelJsDrops(bytes: Uint8Array): Promise<LostPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Set<LostPart>();
  for (const name of Object.keys(zip.files)) {
    for (const [part, pattern] of LOST_PART_PATTERNS) if (pattern.test(name)) found.add(part);
  }
  return LOST_PART_PATTERNS.map(([part]) => part).filter((part) => found.has(part));
}

/** Reads `file` into bytes; a missing file or a folder is a {@link CliError}. */
export async function readFileBytes(
  file: string,
  messages: { notFound: string; notAFile: string }
): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new CliError(messages.notFound);
  }
  if (!stat.isFile()) throw new CliError(messages.notAFile);
  return fs.readFile(file);
}

/** Loads a workbook from bytes; anything ExcelJS cannot read is a {@link CliError} with `message(reason)`. */
export async function loadWorkbook(
  bytes: Buffer,
  message: (reason: string) => string
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new CliError(message(e instanceof Error ? e.message : String(e)));
  }
  return workbook;
}

/** True when `a` and `b` name the same file (same path, or the same file through a link or another case). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

/** Options for {@link workbookBytes}. */
export interface BytesOptions {
  /**
   * Stamp every zip entry and the document properties with this date, so the same workbook
   * gives the same bytes (for the committed example).
   */
  readonly fixedDate?: Date;
}

/** The .xlsx bytes of a workbook. */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  options: BytesOptions = {}
): Promise<Buffer> {
  if (options.fixedDate !== undefined) {
    workbook.created = options.fixedDate;
    workbook.modified = options.fixedDate;
    workbook.lastPrinted = undefined as unknown as Date;
  }
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (options.fixedDate === undefined) return bytes;
  // ExcelJS stamps zip entries with the current time; restamp them.
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort(packageOrder)) {
    const entry = zip.files[name];
    if (entry === undefined || entry.dir) continue;
    out.file(name, await entry.async("uint8array"), {
      date: options.fixedDate,
      createFolders: false,
    });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/** [Content_Types].xml first, as Office writes it; then by name. */
function packageOrder(a: string, b: string): number {
  const rank = (s: string) => (s === "[Content_Types].xml" ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, creating
 * the folder if needed. Errors become a {@link CliError} with `message(reason)`.
 */
export async function writeFileAtomically(
  file: string,
  bytes: Uint8Array,
  message: (reason: string) => string
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
    const reason = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    throw new CliError(message(reason), 1);
  }
}

/** True when `file` exists. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
