/**
 * A small XML scanner for the parts of a spreadsheet package, and the escaping rules KIK writes
 * with. It walks element tags in place (offsets into the text, no tree, no per-tag objects), so
 * the same pass serves reading and editing: an edit splices new text in at a tag's offsets and
 * leaves every other byte of the part as it was.
 *
 * What it reads: elements with any namespace prefix (matched by local name, so Transitional and
 * Strict parts read alike), attributes in either quote, comments, processing instructions,
 * CDATA and a DOCTYPE (skipped; entities other than XML's five and character references are
 * never expanded, so a package cannot make KIK read a file or blow up memory).
 */

/** Kinds of tag {@link XmlScanner.next} stops at. */
export type TagKind = "open" | "close" | "empty";

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes XML's five entities and character references; other entities are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, e: string) => {
    if (e.startsWith("#x")) return codePoint(parseInt(e.slice(2), 16), whole);
    if (e.startsWith("#")) return codePoint(Number(e.slice(1)), whole);
    return ENTITIES[e] ?? whole;
  });
}

function codePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/**
 * The text content of `xml` between two offsets: entities decoded, CDATA sections taken as
 * written, comments and processing instructions dropped.
 */
export function textContent(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (!raw.includes("<")) return decodeEntities(raw);
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf("<", i);
    if (lt < 0) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, lt));
    if (raw.startsWith("<![CDATA[", lt)) {
      const end = raw.indexOf("]]>", lt + 9);
      out += raw.slice(lt + 9, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end + 3;
    } else {
      const end = raw.indexOf(">", lt);
      i = end < 0 ? raw.length : end + 1;
    }
  }
  return out;
}

/** Escapes text for element content and double-quoted attribute values (all KIK writes). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// Characters XML 1.0 cannot hold at all, and the `_xHHHH_` escape SpreadsheetML uses for them
// (ECMA-376 Part 1 §22.9.2.19 ST_Xstring). A literal "_x0041_" in text is itself escaped as
// "_x005F_x0041_" so it reads back as written.
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g"
);
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text as a SpreadsheetML string (ST_Xstring), XML-escaped: what KIK writes in `<t>` and `<f>`. */
export function escapeXstring(text: string): string {
  const marked = text
    .replace(LITERAL_ESCAPE, "_x005F_$1")
    .replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(marked);
}

/** Reads SpreadsheetML's `_xHHHH_` escapes back (the inverse of {@link escapeXstring}'s marks). */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** The prefix of a qualified name with its colon ("x:row" → "x:", "row" → ""). */
export function prefixOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? "" : name.slice(0, i + 1);
}

function isNameEnd(ch: number): boolean {
  // space, tab, LF, CR, "/", ">"
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62;
}

/**
 * Walks the element tags of an XML text in document order. After {@link next} returns true,
 * `kind`, `name`, `start` (offset of "<") and `end` (offset after ">") describe the tag; text
 * between tags is read with {@link textContent}. Malformed input ends the walk (next() returns
 * false) rather than throwing; `complete` then says whether the text was read to its end.
 */
export class XmlScanner {
  kind: TagKind = "open";
  name = "";
  start = 0;
  end = 0;
  /** False when the walk stopped at something that is not well-formed. */
  complete = true;
  private attrFrom = 0;
  private attrTo = 0;

  constructor(
    readonly xml: string,
    from = 0
  ) {
    this.end = from;
  }

  /**
   * The current tag's kind, read afresh (a function call, so TypeScript does not carry a
   * narrowing of `kind` across calls of {@link next}).
   */
  tag(): TagKind {
    return this.kind;
  }

  /** The local name of the current tag. */
  get local(): string {
    return localName(this.name);
  }

  /** Moves to the next element tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    let i = this.end;
    for (;;) {
      const lt = xml.indexOf("<", i);
      if (lt < 0) return false;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) i = this.skipTo(lt + 4, "-->");
        else if (xml.startsWith("<![CDATA[", lt)) i = this.skipTo(lt + 9, "]]>");
        else i = this.skipDeclaration(lt + 2);
        if (i < 0) return this.fail();
        continue;
      }
      if (c1 === 63 /* ? */) {
        i = this.skipTo(lt + 2, "?>");
        if (i < 0) return this.fail();
        continue;
      }
      const closing = c1 === 47; /* / */
      let p = lt + (closing ? 2 : 1);
      const nameStart = p;
      while (p < xml.length && !isNameEnd(xml.charCodeAt(p))) p++;
      if (p === nameStart || p >= xml.length) return this.fail();
      this.name = xml.slice(nameStart, p);
      this.attrFrom = p;
      // To the closing ">" outside quoted attribute values (which may hold ">").
      let quote = 0;
      for (; p < xml.length; p++) {
        const ch = xml.charCodeAt(p);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (p >= xml.length) return this.fail();
      this.start = lt;
      this.end = p + 1;
      const selfClosing = !closing && xml.charCodeAt(p - 1) === 47;
      this.attrTo = selfClosing ? p - 1 : p;
      this.kind = closing ? "close" : selfClosing ? "empty" : "open";
      return true;
    }
  }

  private fail(): boolean {
    this.complete = false;
    this.end = this.xml.length;
    return false;
  }

  private skipTo(from: number, token: string): number {
    const k = this.xml.indexOf(token, from);
    return k < 0 ? -1 : k + token.length;
  }

  /** Skips "<!DOCTYPE …>" including an internal subset in brackets. */
  private skipDeclaration(from: number): number {
    const xml = this.xml;
    let depth = 0;
    for (let p = from; p < xml.length; p++) {
      const ch = xml.charCodeAt(p);
      if (ch === 91) depth++;
      else if (ch === 93) depth--;
      else if (ch === 62 && depth <= 0) return p + 1;
    }
    return -1;
  }

  /** The raw text of the current tag's attributes (between the name and ">" or "/>"). */
  get attributeText(): string {
    return this.xml.slice(this.attrFrom, this.attrTo);
  }

  /**
   * The decoded value of the attribute whose local name is `local` (any prefix; an unprefixed
   * one wins over a prefixed one), or undefined.
   */
  attr(local: string): string | undefined {
    return attributeOf(this.xml, this.attrFrom, this.attrTo, local);
  }

  /** Every attribute of the current tag: qualified name → decoded value, in document order. */
  attributes(): Map<string, string> {
    return attributesOf(this.xml.slice(this.attrFrom, this.attrTo));
  }

  /**
   * Moves past the element the current "open" tag starts (to its matching close tag) and
   * returns the offset after it; for an "empty" tag, its end. Returns -1 if it is not closed.
   */
  skipElement(): number {
    if (this.kind === "empty") return this.end;
    if (this.kind === "close") return -1;
    let depth = 1;
    while (this.next()) {
      if (this.kind === "open") depth++;
      else if (this.kind === "close" && --depth === 0) return this.end;
    }
    return -1;
  }
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a tag's attribute text: qualified name → decoded value. */
export function attributesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m !== null; m = ATTRIBUTE.exec(text))
    out.set(m[1] as string, decodeEntities(m[2] ?? m[3] ?? ""));
  return out;
}

function attributeOf(xml: string, from: number, to: number, local: string): string | undefined {
  // A linear walk over `name="value"` pairs: cheaper than a regex per lookup on big sheets.
  let found: string | undefined;
  let p = from;
  while (p < to) {
    let ch = xml.charCodeAt(p);
    while (p < to && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = xml.charCodeAt(++p);
    if (p >= to) break;
    const nameStart = p;
    while (p < to && ch !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13)
      ch = xml.charCodeAt(++p);
    const nameEnd = p;
    while (p < to && ch !== 61) ch = xml.charCodeAt(++p);
    p++;
    while (p < to && xml.charCodeAt(p) !== 34 && xml.charCodeAt(p) !== 39) p++;
    if (p >= to) break;
    const close = xml.indexOf(xml[p] as string, p + 1);
    if (close < 0 || close > to) break;
    const nameLength = nameEnd - nameStart;
    if (nameLength >= local.length && xml.startsWith(local, nameEnd - local.length)) {
      const colon = nameEnd - local.length - 1;
      if (nameLength === local.length) return decodeEntities(xml.slice(p + 1, close));
      if (xml.charCodeAt(colon) === 58 && !xml.startsWith("xmlns:", nameStart))
        found ??= decodeEntities(xml.slice(p + 1, close));
    }
    p = close + 1;
  }
  return found;
}

/** The first element named `local` (any prefix) in `xml` at or after `from`, as a positioned scanner. */
export function findElement(xml: string, local: string, from = 0): XmlScanner | null {
  const s = new XmlScanner(xml, from);
  while (s.next()) if (s.kind !== "close" && s.local === local) return s;
  return null;
}

/** The root element of a part (its first element tag), or null. */
export function rootElement(xml: string): XmlScanner | null {
  const s = new XmlScanner(xml);
  return s.next() && s.kind !== "close" ? s : null;
}

/** The namespace URIs bound to prefixes on the root element: prefix ("" = default) → URI. */
export function rootNamespaces(xml: string): Map<string, string> {
  const root = rootElement(xml);
  const out = new Map<string, string>();
  if (root === null) return out;
  for (const [k, v] of root.attributes()) {
    if (k === "xmlns") out.set("", v);
    else if (k.startsWith("xmlns:")) out.set(k.slice(6), v);
  }
  return out;
}
