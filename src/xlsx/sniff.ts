/**
 * What a file really is, judged from its bytes and never from its name: users rename .ods, .xls
 * and .csv files to .xlsx, and a password-protected workbook is not a zip at all. The command
 * line turns each kind into a message that says what the file is and what to do.
 *
 * - Compound files (MS-CFB: signature D0 CF 11 E0 A1 B1 1A E1) are an encrypted Office file
 *   when they hold an `EncryptedPackage` stream (MS-OFFCRYPTO §2.3.4.4: Excel saves a workbook
 *   with a password this way), an old .xls when they hold a `Workbook` or `Book` stream
 *   (MS-XLS §2.1.2).
 * - Zips are an OpenDocument spreadsheet when their `mimetype` entry says so (ODF 1.2 Part 3
 *   §3.3), a package when they have `[Content_Types].xml` (ECMA-376 Part 2 §10.1.2.2), and some
 *   other zip otherwise.
 * - Anything else without control characters in its first 4 KB is text (a CSV, say).
 */

/** The kinds of file KIK tells apart. */
export type FileKind =
  "package" | "ods" | "zip" | "encrypted" | "xls" | "compound" | "text" | "empty" | "unknown";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const FREE_OR_END = 0xfffffffa;

/** True when the bytes start with the compound-file signature. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** True when the bytes start like a zip (a local file header or an empty zip's end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * Names of the streams and storages in a compound file's directory (MS-CFB §2.6), read with
 * the FAT sectors the header lists (enough for a directory of any Office file). Empty when the
 * structure does not hold together.
 */
export function compoundFileNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true);
    if (s >= FREE_OR_END) break;
    fatSectors.push(s);
  }
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const fatAt = (index: number): number => {
    const sector = fatSectors[Math.floor((index * 4) / sectorSize)];
    if (sector === undefined) return 0xfffffffe;
    const at = offsetOf(sector) + ((index * 4) % sectorSize);
    return at + 4 <= bytes.length ? view.getUint32(at, true) : 0xfffffffe;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(48, true); sector < FREE_OR_END; sector = fatAt(sector)) {
    if (seen.has(sector) || seen.size > 10_000) break;
    seen.add(sector);
    const base = offsetOf(sector);
    for (let o = base; o + 128 <= base + sectorSize && o + 128 <= bytes.length; o += 128) {
      const length = view.getUint16(o + 64, true);
      if (length < 2 || length > 64 || bytes[o + 66] === 0) continue;
      let name = "";
      for (let k = 0; k < length / 2 - 1; k++)
        name += String.fromCharCode(view.getUint16(o + k * 2, true));
      names.push(name);
    }
  }
  return names;
}

/** The kind of a compound file from its directory. */
export function compoundFileKind(bytes: Uint8Array): "encrypted" | "xls" | "compound" {
  const names = compoundFileNames(bytes);
  if (names.includes("EncryptedPackage")) return "encrypted";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return "compound";
}

/**
 * True when the first 4 KB look like text: no NUL and no control characters other than tab,
 * line feed, carriage return and form feed (UTF-8 and Latin-1 text both pass).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return n > 0;
}
