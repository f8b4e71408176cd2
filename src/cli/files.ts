/**
 * Reading and writing workbook files for the command line. The input file is only ever read;
 * a result is written to a temporary file in the output folder and renamed into place, so a
 * failed run never leaves a half-written workbook behind.
 */
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import process from "node:process";
import type { Language } from "../i18n";
import { XlsxReadError, XlsxWorkbook, type NotAWorkbook } from "../xlsx/workbook";
import { ZipReadError } from "../xlsx/zip";
import { cliMessage, type CliMessageKey } from "./messages";

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

/** What to tell the user about each kind of file that is not a workbook KIK can read. */
const NOT_A_WORKBOOK: Readonly<Record<NotAWorkbook, CliMessageKey>> = {
  empty: "fileEmpty",
  encrypted: "fileEncrypted",
  xls: "fileXls",
  compound: "fileCompound",
  ods: "fileOds",
  zip: "fileZip",
  text: "fileText",
  xlsb: "fileXlsb",
  notWorkbook: "fileNotWorkbook",
  damaged: "fileDamaged",
  unknown: "fileUnknown",
};

/**
 * The {@link CliError} for a file that cannot be read as a workbook: "<file> kan ikke læses som
 * en Excel-projektmappe (.xlsx): <what it is and what to do>", never a library's own text.
 */
export function notAWorkbookError(
  file: string,
  error: unknown,
  language: Language
): CliError | null {
  let kind: NotAWorkbook | null = null;
  if (error instanceof XlsxReadError) kind = error.kind;
  else if (error instanceof ZipReadError) kind = "damaged";
  if (kind === null) return null;
  const reason = cliMessage(NOT_A_WORKBOOK[kind], {}, language);
  return new CliError(cliMessage("notXlsx", { file, reason }, language));
}

/** Opens workbook bytes; anything that is not a workbook KIK can read is a {@link CliError}. */
export async function openWorkbook(
  bytes: Uint8Array,
  file: string,
  language: Language
): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(bytes);
  } catch (e) {
    throw notAWorkbookError(file, e, language) ?? e;
  }
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

/** True when `file` names an existing folder (or is written as one, ending in a separator). */
export function isFolder(file: string): boolean {
  if (/[\\/]$/.test(file)) return true;
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, creating
 * the folder if needed. Errors become a {@link CliError} with `message(reason)`.
 */
export async function writeFileAtomically(
  file: string,
  bytes: Uint8Array,
  message: (reason: string) => string,
  language: Language
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
    const known = typeof code === "string" ? WRITE_ERRORS[code] : undefined;
    const reason =
      known !== undefined
        ? cliMessage(known.key, {}, language)
        : typeof code === "string"
          ? code
          : e instanceof Error
            ? e.message
            : String(e);
    throw new CliError(message(reason), known?.exitCode ?? 1);
  }
}

/**
 * What a system error code means for the user, and its exit code: a path that cannot be a
 * file's place is a bad argument (2); a file in use or a full disk is a failure (1).
 */
const WRITE_ERRORS: Readonly<Record<string, { key: CliMessageKey; exitCode: number }>> = {
  ENOENT: { key: "writeNoFolder", exitCode: 2 },
  ENOTDIR: { key: "writeNotAFolder", exitCode: 2 },
  EEXIST: { key: "writeNotAFolder", exitCode: 2 },
  EISDIR: { key: "writeIsFolder", exitCode: 2 },
  EACCES: { key: "writeNoAccess", exitCode: 1 },
  EPERM: { key: "writeNoAccess", exitCode: 1 },
  EBUSY: { key: "writeBusy", exitCode: 1 },
  ETXTBSY: { key: "writeBusy", exitCode: 1 },
  EROFS: { key: "writeReadOnly", exitCode: 1 },
  ENOSPC: { key: "writeDiskFull", exitCode: 1 },
};

/** True when `file` exists. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
