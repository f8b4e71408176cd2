/* global require */
/**
 * The zip container of a spreadsheet package, over jszip.
 *
 * Why jszip: it is already the command line's zip library, and when it writes a package it
 * copies every entry that was not replaced as the compressed bytes it read (no inflate, no
 * deflate, same CRC), which is what a lossless copy needs and what makes the copy as fast as
 * copying the file. Reading goes through Node's zlib instead of jszip's own inflate (pako,
 * about 2.5 times slower here) and is synchronous, so the readers' `grid()` can read a sheet
 * the moment it is asked for.
 *
 * Part names are compared case-insensitively, as Open Packaging Conventions require
 * (ECMA-376 Part 2 §9.1.1.2).
 */
import type { Buffer } from "node:buffer";
import { TextDecoder, TextEncoder } from "node:util";
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
// jszip's own representation of an entry already compressed, and its DEFLATE method: an entry
// handed over this way is written as these bytes (the same path as the entries it copies).
const CompressedObject = require("jszip/lib/compressedObject") as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Uint8Array
) => object;
const { DEFLATE } = require("jszip/lib/compressions") as { DEFLATE: unknown };
const jszipCrc32 = require("jszip/lib/crc32") as (input: Uint8Array) => number;

/** CRC-32 of bytes: Node's own (zlib.crc32, Node 20.15 and later), else jszip's. */
function crc32(bytes: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return (native === undefined ? jszipCrc32(bytes) : native(bytes)) >>> 0;
}

/** A zip that cannot be read at all (not a zip, or damaged). */
export class ZipReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ZipReadError";
  }
}

/**
 * jszip 3 keeps an entry it read as a `CompressedObject` in `_data`: the compressed bytes and
 * the method. Not public API, so it is checked where it is used; without it, entries are read
 * through jszip's public `async()` when the package is opened (slower, same result).
 */
interface LoadedEntry {
  readonly _data?: {
    readonly compressedContent?: unknown;
    readonly compression?: { readonly magic?: unknown };
    readonly uncompressedSize?: unknown;
  };
}

const DEFLATE_MAGIC = "\x08\x00";
const STORE_MAGIC = "\x00\x00";

function rawOf(file: JSZip.JSZipObject): { method: "deflate" | "store"; bytes: Uint8Array } | null {
  const data = (file as unknown as LoadedEntry)._data;
  const content = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (!(content instanceof Uint8Array)) return null;
  if (magic === DEFLATE_MAGIC) return { method: "deflate", bytes: content };
  if (magic === STORE_MAGIC) return { method: "store", bytes: content };
  return null;
}

const decoder = new TextDecoder("utf-8");

/** Text of a part's bytes: UTF-8 (a BOM dropped) or UTF-16 with a BOM, as XML allows. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return decoder.decode(bytes);
}

/** An entry's bytes deflated by Node's zlib, as jszip's already-compressed entry. */
function deflated(bytes: Uint8Array): Uint8Array {
  const packed = deflateRawSync(bytes, { level: 6 });
  // jszip takes its CompressedObject where it takes data; typed as bytes for its signature.
  return new CompressedObject(
    packed.length,
    bytes.length,
    crc32(bytes),
    DEFLATE,
    packed
  ) as unknown as Uint8Array;
}

/** Options for {@link ZipPackage.toBytes}. */
export interface ZipWriteOptions {
  /** Date stamped on every entry KIK writes (existing entries keep theirs). */
  readonly date?: Date;
}

/** A package's entries: read, replace, add, remove, write. */
export class ZipPackage {
  /** Lower-case part name → the entry's name as stored. */
  private readonly index = new Map<string, string>();
  /** Bytes of entries read through jszip when its internals were not available. */
  private readonly preloaded = new Map<string, Uint8Array>();
  /** Entries KIK wrote in this session (new or replaced). */
  private readonly written = new Map<string, Uint8Array>();

  private constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files)) {
      const entry = zip.files[name];
      if (entry !== undefined && !entry.dir) this.index.set(name.toLowerCase(), name);
    }
  }

  /** Opens zip bytes. Throws {@link ZipReadError} when they are not a readable zip. */
  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { createFolders: false });
    } catch (e) {
      throw new ZipReadError(e instanceof Error ? e.message : String(e));
    }
    const pkg = new ZipPackage(zip);
    for (const name of pkg.index.values()) {
      const file = zip.files[name] as JSZip.JSZipObject;
      const raw = rawOf(file);
      if (raw === null) {
        try {
          pkg.preloaded.set(name, await file.async("uint8array"));
        } catch (e) {
          throw new ZipReadError(e instanceof Error ? e.message : String(e));
        }
      } else if (raw.method === "store") {
        // Written back stored, as it came, instead of deflated by the package-wide default.
        file.options.compression = "STORE";
      }
    }
    return pkg;
  }

  /** A new, empty package. */
  static create(): ZipPackage {
    return new ZipPackage(new JSZip());
  }

  /** The stored name of a part (any case), or undefined. */
  find(name: string): string | undefined {
    return this.index.get(name.toLowerCase());
  }

  /** True when the part exists (any case). */
  has(name: string): boolean {
    return this.index.has(name.toLowerCase());
  }

  /** Every entry name, as stored, in the package's order. */
  names(): string[] {
    return [...this.index.values()];
  }

  /** Uncompressed size of a part in bytes (as the zip states it), or undefined. */
  size(name: string): number | undefined {
    const stored = this.find(name);
    if (stored === undefined) return undefined;
    const written = this.written.get(stored) ?? this.preloaded.get(stored);
    if (written !== undefined) return written.length;
    const data = (this.zip.files[stored] as unknown as LoadedEntry)._data;
    return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : undefined;
  }

  /**
   * The bytes of a part, or null when there is none. Throws {@link ZipReadError} when the entry
   * cannot be inflated (a damaged file).
   */
  bytes(name: string): Uint8Array | null {
    const stored = this.find(name);
    if (stored === undefined) return null;
    const own = this.written.get(stored) ?? this.preloaded.get(stored);
    if (own !== undefined) return own;
    const raw = rawOf(this.zip.files[stored] as JSZip.JSZipObject);
    if (raw === null) return null;
    if (raw.method === "store") return raw.bytes;
    try {
      return inflateRawSync(raw.bytes);
    } catch (e) {
      throw new ZipReadError(e instanceof Error ? e.message : String(e));
    }
  }

  /** The text of a part (UTF-8 or UTF-16), or null when there is none. */
  text(name: string): string | null {
    const b = this.bytes(name);
    return b === null ? null : decodeText(b);
  }

  /** Adds or replaces a part (an existing entry keeps its place and its stored name's case). */
  put(name: string, data: string | Uint8Array): void {
    const stored = this.find(name) ?? name;
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    this.written.set(stored, bytes);
    this.preloaded.delete(stored);
    this.index.set(stored.toLowerCase(), stored);
  }

  /** Removes a part if it exists. */
  remove(name: string): void {
    const stored = this.find(name);
    if (stored === undefined) return;
    this.zip.remove(stored);
    this.index.delete(stored.toLowerCase());
    this.written.delete(stored);
    this.preloaded.delete(stored);
  }

  /** True when KIK wrote (added or replaced) the part in this session. */
  isWritten(name: string): boolean {
    const stored = this.find(name);
    return stored !== undefined && this.written.has(stored);
  }

  /**
   * The package as zip bytes: entries KIK did not write are copied as the compressed bytes
   * they were read as; entries KIK wrote are deflated by Node's zlib (level 6, as Office
   * writes), several times faster than jszip's JavaScript deflate on large result sheets
   * (`npm run bench`), and handed to jszip already compressed.
   */
  async toBytes(options: ZipWriteOptions = {}): Promise<Buffer> {
    for (const [name, bytes] of this.written) {
      const existing = this.zip.files[name];
      const keep = existing === undefined ? undefined : existing.options.compression;
      const store = keep === "STORE" || bytes.length === 0;
      const data = store ? bytes : deflated(bytes);
      this.zip.file(name, data, {
        binary: true,
        createFolders: false,
        compression: store ? "STORE" : "DEFLATE",
        ...(options.date === undefined ? {} : { date: options.date }),
      });
    }
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
      // What Office writes; also what ExcelJS and LibreOffice write.
      platform: "DOS",
    });
  }
}
