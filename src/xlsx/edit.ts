/**
 * Editing an XML part in place: find an element's children, insert text at a place that keeps
 * the schema's element order, set an attribute. Every edit is a splice at tag offsets, so the
 * rest of the part keeps its bytes (prefixes, whitespace, attribute order, unknown elements).
 */
import { XmlScanner, escapeXml, prefixOf } from "./xml";

/** An element found in a part: its name, offsets, and where its content starts and ends. */
export interface ElementSpan {
  readonly name: string;
  readonly local: string;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset after the start tag's ">". */
  readonly openEnd: number;
  /** Offset of "</" of the end tag (= openEnd for an empty element). */
  readonly closeStart: number;
  /** Offset after the element. */
  readonly end: number;
  readonly empty: boolean;
}

/** The root element of a part. Throws when the part has none. */
export function rootSpan(xml: string): ElementSpan {
  const s = new XmlScanner(xml);
  if (!s.next() || s.tag() === "close") throw new Error("the part has no root element");
  return spanAt(s);
}

function spanAt(s: XmlScanner): ElementSpan {
  const name = s.name;
  const start = s.start;
  const openEnd = s.end;
  if (s.tag() === "empty")
    return { name, local: s.local, start, openEnd, closeStart: openEnd, end: openEnd, empty: true };
  const local = s.local;
  const end = s.skipElement();
  if (end < 0) throw new Error(`<${name}> is not closed`);
  return { name, local, start, openEnd, closeStart: s.start, end, empty: false };
}

/** The child elements of `parent` (direct children only), in order. */
export function childrenOf(xml: string, parent: ElementSpan): ElementSpan[] {
  if (parent.empty) return [];
  const out: ElementSpan[] = [];
  const s = new XmlScanner(xml, parent.openEnd);
  while (s.next() && s.start < parent.closeStart) {
    if (s.tag() === "close") continue;
    out.push(spanAt(s));
  }
  return out;
}

/** The first direct child of `parent` with that local name, or undefined. */
export function childNamed(
  xml: string,
  parent: ElementSpan,
  local: string
): ElementSpan | undefined {
  return childrenOf(xml, parent).find((c) => c.local === local);
}

/** Text edits applied together: offsets refer to the original text. */
export class Splices {
  private readonly edits: { from: number; to: number; text: string; order: number }[] = [];

  /** Replaces `from`…`to` with `text`. */
  replace(from: number, to: number, text: string): void {
    this.edits.push({ from, to, text, order: this.edits.length });
  }

  /** Inserts `text` at `at` (several at one offset keep the order they were added in). */
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get size(): number {
    return this.edits.length;
  }

  /** The edited text. Overlapping replacements are a programming error. */
  apply(xml: string): string {
    const sorted = [...this.edits].sort((a, b) => a.from - b.from || a.order - b.order);
    let out = "";
    let at = 0;
    for (const e of sorted) {
      if (e.from < at) throw new Error("overlapping edits");
      out += xml.slice(at, e.from) + e.text;
      at = e.to;
    }
    return out + xml.slice(at);
  }
}

/**
 * Where to insert a new child `local` of `parent` so the schema's sequence `order` holds:
 * before the first existing child that comes later in `order`, else before the end tag.
 * Unknown children (extensions, markup compatibility) are passed over.
 */
export function insertionPoint(
  xml: string,
  parent: ElementSpan,
  order: readonly string[],
  local: string
): number {
  const rank = order.indexOf(local);
  for (const child of childrenOf(xml, parent)) {
    const r = order.indexOf(child.local);
    if (r > rank) return child.start;
  }
  return parent.closeStart;
}

/**
 * Inserts `content` as the last content of `parent`. An empty element (`<x/>`) is opened up
 * (`<x>content</x>`).
 */
export function appendChild(
  splices: Splices,
  xml: string,
  parent: ElementSpan,
  content: string
): void {
  if (!parent.empty) {
    splices.insert(parent.closeStart, content);
    return;
  }
  const tag = xml.slice(parent.start, parent.end);
  const opened = tag.replace(/\s*\/>$/, ">");
  splices.replace(parent.start, parent.end, `${opened}${content}</${parent.name}>`);
}

/** The start tag of `element` with attribute `name` set to `value` (added or replaced). */
export function withAttribute(
  xml: string,
  element: ElementSpan,
  name: string,
  value: string
): string {
  const tag = xml.slice(element.start, element.openEnd);
  const escaped = escapeXml(value);
  const re = new RegExp(
    `(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`
  );
  if (re.test(tag)) return tag.replace(re, `$1"${escaped}"`);
  return tag.replace(/(\s*\/?>)$/, ` ${name}="${escaped}"$1`);
}

/** The prefix (with colon) the element's name uses, so new siblings can use the same. */
export function elementPrefix(element: ElementSpan): string {
  return prefixOf(element.name);
}

/**
 * The prefix bound to `uri` on the root element (without colon), "" when it is the default
 * namespace, or null when the root does not bind it.
 */
export function prefixFor(xml: string, uri: string): string | null {
  const root = new XmlScanner(xml);
  if (!root.next()) return null;
  let found: string | null = null;
  for (const [k, v] of root.attributes()) {
    if (v !== uri) continue;
    if (k === "xmlns") found ??= "";
    else if (k.startsWith("xmlns:")) return k.slice(6);
  }
  return found;
}

/**
 * Appends `content` to `parent`'s child `local` (the span `child`), or, when there is none,
 * creates the child with `content` where the schema's sequence `order` puts it.
 * @param prefix - the namespace prefix of the parent's elements, with its colon ("x:") or ""
 */
export function appendToChild(
  splices: Splices,
  xml: string,
  parent: ElementSpan,
  child: ElementSpan | undefined,
  order: readonly string[],
  local: string,
  prefix: string,
  content: string
): void {
  if (child !== undefined) appendChild(splices, xml, child, content);
  else
    splices.insert(
      insertionPoint(xml, parent, order, local),
      `<${prefix}${local}>${content}</${prefix}${local}>`
    );
}
