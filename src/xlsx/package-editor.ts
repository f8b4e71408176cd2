/**
 * The bookkeeping of a package KIK edits: relationships, content types and part names.
 *
 * Parts KIK writes are added or replaced whole; the bookkeeping parts the user's package
 * already has (`[Content_Types].xml`, `.rels` parts of the user's parts) are edited in place:
 * elements added at the end, elements of parts KIK removed taken out, nothing else touched.
 */
import {
  CONTENT_TYPES_PART,
  ContentTypes,
  XML_DECLARATION,
  RELATIONSHIPS_NS,
  CONTENT_TYPES_NS,
  folderOf,
  freeRelationshipId,
  parseRelationships,
  relationshipXml,
  relativeTarget,
  relsPartOf,
  sourceOfRelsPart,
  type Relationship,
} from "./opc";
import { Splices, appendChild, childrenOf, rootSpan } from "./edit";
import { XmlScanner, escapeXml } from "./xml";
import type { ZipPackage } from "./zip";

/** Relationships, content types and parts of a package being edited. */
export class PackageEditor {
  /** Source part → its relationships (every `.rels` part of the package, read once). */
  private readonly rels = new Map<string, Relationship[]>();
  /** Sources whose `.rels` part KIK changed. */
  private readonly dirtyRels = new Set<string>();
  /** Relationship ids removed from a source's existing `.rels` part (edited out at the end). */
  private readonly removedIds = new Map<string, Set<string>>();
  /** Relationships added to a source's existing `.rels` part (appended at the end). */
  private readonly addedRels = new Map<string, Relationship[]>();
  /** Sources whose `.rels` part KIK writes whole (KIK's own parts). */
  private readonly ownRels = new Set<string>();
  /** Content type of each part KIK wrote. */
  private readonly written = new Map<string, string>();
  /** Parts KIK removed (lower case). */
  private readonly removed = new Set<string>();
  private readonly types: ContentTypes;

  constructor(readonly pkg: ZipPackage) {
    this.types = new ContentTypes(pkg.text(CONTENT_TYPES_PART));
    for (const name of pkg.names()) {
      const source = sourceOfRelsPart(name);
      if (source === null) continue;
      this.rels.set(source, parseRelationships(source, pkg.text(name)));
    }
  }

  /** The relationships of a part as they stand now. */
  relationshipsOf(source: string): Relationship[] {
    return [...(this.findRels(source) ?? [])];
  }

  private findRels(source: string): Relationship[] | undefined {
    const exact = this.rels.get(source);
    if (exact !== undefined) return exact;
    const lower = source.toLowerCase();
    for (const [k, v] of this.rels) if (k.toLowerCase() === lower) return v;
    return undefined;
  }

  /** True when the part exists now (in the input or written by KIK). */
  exists(part: string): boolean {
    return this.pkg.has(part);
  }

  /** The content type a part has now. */
  typeOf(part: string): string | undefined {
    return this.written.get(part.toLowerCase()) ?? this.types.typeOf(part);
  }

  /**
   * A part name `<prefix><n><suffix>` not in use (n = 1, 2 …), e.g. "xl/tables/table" + ".xml".
   * `reserved` are names handed out but not written yet.
   */
  freePartName(prefix: string, suffix: string, reserved: ReadonlySet<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.pkg.has(name) && !reserved.has(name.toLowerCase())) return name;
    }
  }

  /** Adds or replaces a part KIK makes, with its content type. */
  putPart(part: string, content: string | Uint8Array, contentType: string): void {
    this.pkg.put(part, content);
    this.written.set(part.toLowerCase(), contentType);
    this.removed.delete(part.toLowerCase());
  }

  /** Replaces a part's content, keeping its content type (for bookkeeping parts). */
  updatePart(part: string, content: string): void {
    this.pkg.put(part, content);
  }

  /**
   * Adds a relationship from `source` to the part `target` and returns its id. KIK's own
   * sources get their `.rels` part written whole; other sources get the element appended.
   */
  relate(source: string, type: string, target: string): string {
    const list = this.findRels(source) ?? [];
    if (this.findRels(source) === undefined) this.rels.set(source, list);
    const id = freeRelationshipId(list.map((r) => r.id));
    const rel: Relationship = {
      id,
      type,
      kind: type.slice(type.lastIndexOf("/") + 1),
      target,
      external: false,
    };
    list.push(rel);
    if (!this.ownRels.has(source)) {
      const added = this.addedRels.get(source) ?? [];
      added.push(rel);
      this.addedRels.set(source, added);
    }
    this.dirtyRels.add(source);
    return id;
  }

  /** Makes `source`'s relationships KIK's own: the `.rels` part is written whole (or removed). */
  ownRelationships(source: string): void {
    this.ownRels.add(source);
    this.addedRels.delete(source);
    this.removedIds.delete(source);
    this.dirtyRels.add(source);
  }

  /**
   * Removes a relationship of `source`; its target part is removed with everything only it
   * led to (a drawing and its charts), unless another relationship still points at it.
   */
  unrelate(source: string, id: string): void {
    const list = this.findRels(source);
    if (list === undefined) return;
    const i = list.findIndex((r) => r.id === id);
    if (i < 0) return;
    const [rel] = list.splice(i, 1) as [Relationship];
    if (!this.ownRels.has(source)) {
      const ids = this.removedIds.get(source) ?? new Set<string>();
      ids.add(id);
      this.removedIds.set(source, ids);
    }
    this.dirtyRels.add(source);
    if (!rel.external) this.removeIfOrphan(rel.target);
  }

  /** Removes every relationship of `source` (and what only they led to). */
  unrelateAll(source: string): void {
    for (const rel of this.relationshipsOf(source)) this.unrelate(source, rel.id);
  }

  private isTargeted(part: string): boolean {
    const lower = part.toLowerCase();
    for (const list of this.rels.values())
      if (list.some((r) => !r.external && r.target.toLowerCase() === lower)) return true;
    return false;
  }

  private removeIfOrphan(part: string): void {
    if (this.isTargeted(part) || !this.pkg.has(part)) return;
    this.removePart(part);
  }

  /** Removes a part, its relationships and what only they led to. */
  removePart(part: string): void {
    const children = this.relationshipsOf(part);
    this.pkg.remove(part);
    this.pkg.remove(relsPartOf(part));
    this.rels.delete(part);
    this.written.delete(part.toLowerCase());
    this.removed.add(part.toLowerCase());
    for (const rel of children) if (!rel.external) this.removeIfOrphan(rel.target);
  }

  /** Writes the edited `.rels` parts and `[Content_Types].xml`. Call once, at the end. */
  finish(): void {
    for (const source of this.dirtyRels) {
      const relsPart = relsPartOf(source);
      if (!this.pkg.has(source) && source !== "") {
        this.pkg.remove(relsPart);
        continue;
      }
      const list = this.findRels(source) ?? [];
      if (this.ownRels.has(source) || !this.pkg.has(relsPart)) {
        if (list.length === 0) {
          this.pkg.remove(relsPart);
          continue;
        }
        this.pkg.put(relsPart, relationshipsPart(source, list));
        continue;
      }
      this.pkg.put(relsPart, this.editedRels(source, this.pkg.text(relsPart) ?? ""));
    }
    this.pkg.put(CONTENT_TYPES_PART, this.editedContentTypes());
  }

  private editedRels(source: string, xml: string): string {
    const removed = this.removedIds.get(source) ?? new Set<string>();
    const added = this.addedRels.get(source) ?? [];
    const root = rootSpan(xml);
    const splices = new Splices();
    for (const child of childrenOf(xml, root)) {
      if (child.local !== "Relationship") continue;
      const s = new XmlScanner(xml, child.start);
      s.next();
      if (removed.has(s.attr("Id") ?? "")) splices.replace(child.start, child.end, "");
    }
    const content = added
      .map((r) => relationshipXml(r.id, r.type, relativeTarget(source, r.target)))
      .join("");
    if (content !== "") appendChild(splices, xml, root, content);
    return splices.apply(xml);
  }

  private editedContentTypes(): string {
    const xml =
      this.pkg.text(CONTENT_TYPES_PART) ??
      `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}"></Types>`;
    const root = rootSpan(xml);
    const splices = new Splices();
    const overridden = new Set<string>();
    for (const child of childrenOf(xml, root)) {
      if (child.local !== "Override") continue;
      const s = new XmlScanner(xml, child.start);
      s.next();
      const part = (s.attr("PartName") ?? "").replace(/^\//, "").toLowerCase();
      const type = s.attr("ContentType");
      const wanted = this.written.get(part);
      if (this.removed.has(part) && wanted === undefined) {
        splices.replace(child.start, child.end, "");
      } else if (wanted !== undefined && wanted !== type) {
        splices.replace(child.start, child.end, overrideXml(part, wanted, this.pkg.find(part)));
        overridden.add(part);
      } else overridden.add(part);
    }
    let added = "";
    for (const [part, type] of this.written) {
      if (overridden.has(part)) continue;
      const ext = part.slice(part.lastIndexOf(".") + 1);
      if (this.types.defaults.get(ext) === type) continue;
      added += overrideXml(part, type, this.pkg.find(part));
    }
    if (added !== "") appendChild(splices, xml, root, added);
    return splices.size === 0 ? xml : splices.apply(xml);
  }
}

function overrideXml(part: string, type: string, stored: string | undefined): string {
  return `<Override PartName="/${escapeXml(stored ?? part)}" ContentType="${escapeXml(type)}"/>`;
}

/** A whole `.rels` part. */
export function relationshipsPart(source: string, list: readonly Relationship[]): string {
  const body = list
    .map((r) =>
      relationshipXml(
        r.id,
        r.type,
        r.external ? r.target : relativeTarget(source, r.target),
        r.external
      )
    )
    .join("");
  return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${body}</Relationships>`;
}

/** The folder a workbook's own parts go in ("xl/"). */
export function workbookFolder(workbookPart: string): string {
  return folderOf(workbookPart);
}
