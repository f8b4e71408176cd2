/**
 * Lossless writing, part by part: `kik report` on a rich .xlsm (chart sheet, charts, pivot
 * table and cache, VBA, comments, validation, conditional formats, custom XML, an external
 * link), on the example and on a package LibreOffice wrote. Every part of the input is in the
 * output, byte for byte (after inflating) unless it is bookkeeping; a bookkeeping part keeps
 * every element it had. The parts KIK adds are KIK's sheets and what hangs off them, and a
 * re-run on the output changes only KIK's parts and the bookkeeping.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { hasLibreOffice, recalculate } from "../libreoffice/recalc";
import { CASES } from "./real-files/fixtures";

jest.setTimeout(300_000);

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");

/**
 * The package's bookkeeping: the sheet list and names (workbook.xml), relationships, content
 * types, app properties, and styles.xml (KIK appends its cell formats; existing entries stay).
 */
const BOOKKEEPING = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "docProps/app.xml",
  "xl/styles.xml",
]);

/** Parts KIK may add: its sheets, their relationships, tables, drawings and charts. */
const KIK_PART =
  /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml|drawings\/(_rels\/)?drawing\d+\.xml(\.rels)?|charts\/chart\d+\.xml)$/;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-lossless-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every entry's bytes, inflated. */
async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}

interface Element {
  readonly path: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly text: string;
}

/** The elements of an XML text with their ancestors' path, attributes and direct text. */
function elementsOf(xml: string): Element[] {
  const out: { path: string; attributes: Map<string, string>; text: string }[] = [];
  const stack: { name: string; element: (typeof out)[number] }[] = [];
  const token =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|<[!?][^>]*>/g;
  for (const m of xml.matchAll(token)) {
    if (m[5] !== undefined) {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.element.text += m[5];
      continue;
    }
    if (m[2] === undefined) continue;
    if (m[1] === "/") {
      stack.pop();
      continue;
    }
    const attributes = new Map<string, string>();
    for (const a of (m[3] ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attributes.set(a[1]!, a[2] ?? a[3] ?? "");
    const element = {
      path: [...stack.map((s) => s.name), m[2]].join("/"),
      attributes,
      text: "",
    };
    out.push(element);
    if (m[4] !== "/") stack.push({ name: m[2], element });
  }
  return out;
}

/**
 * Values bookkeeping keeps true when KIK adds sheets, names or formats: counts of a list
 * (`count`, a vector's `size`) and the number of worksheets in app.xml's HeadingPairs.
 */
const COUNTS = new Set(["count", "size"]);
const isCount = (e: Element): boolean => /HeadingPairs\/vt:vector\/vt:variant\/vt:i4$/.test(e.path);

/** The original elements of a bookkeeping part that the written part no longer has. */
function missingElements(before: string, after: string): string[] {
  const pool = elementsOf(after);
  const used = new Set<number>();
  const missing: string[] = [];
  for (const e of elementsOf(before)) {
    const i = pool.findIndex(
      (o, k) =>
        !used.has(k) &&
        o.path === e.path &&
        (isCount(e) || o.text.trim() === e.text.trim()) &&
        [...e.attributes].every(([n, v]) => COUNTS.has(n) || o.attributes.get(n) === v)
    );
    if (i < 0) missing.push(`${e.path} ${JSON.stringify([...e.attributes])} ${e.text.trim()}`);
    else used.add(i);
  }
  return missing;
}

/** Runs `kik report input -o output` in process and expects success. */
async function report(input: string, output: string): Promise<void> {
  const err: string[] = [];
  const code = await main(["report", input, "-o", output], {
    out: () => undefined,
    err: (l) => err.push(l),
  });
  expect({ code, err: err.filter((l) => /^Fejl|Uventet/.test(l)) }).toEqual({ code: 0, err: [] });
}

/** Compares every part of `before` with `after`; returns the parts `after` added. */
function compare(
  before: Map<string, Buffer>,
  after: Map<string, Buffer>,
  owned: ReadonlySet<string> = new Set()
): string[] {
  for (const [name, bytes] of before) {
    if (owned.has(name)) continue;
    const written = after.get(name);
    if (/(^|\/)calcChain\.xml$/.test(name) && written === undefined) continue;
    expect({ name, kept: written !== undefined }).toEqual({ name, kept: true });
    if (BOOKKEEPING.has(name)) {
      expect({
        name,
        missing: missingElements(bytes.toString("utf8"), written!.toString("utf8")),
      }).toEqual({ name, missing: [] });
    } else {
      expect({ name, identical: bytes.equals(written!) }).toEqual({ name, identical: true });
    }
  }
  return [...after.keys()].filter((n) => !before.has(n));
}

async function inputs(): Promise<[string, string][]> {
  const rich = CASES.find((c) => c.id === "k-rich-xlsm")!;
  const richFile = path.join(dir, "rig.xlsm");
  fs.writeFileSync(richFile, await rich.make());
  const list: [string, string][] = [
    ["the rich .xlsm", richFile],
    ["the example", EXAMPLE],
  ];
  if (hasLibreOffice()) {
    const lo = path.join(dir, "libreoffice.xlsx");
    fs.copyFileSync(recalculate(EXAMPLE), lo);
    list.push(["the example as LibreOffice writes it", lo]);
  }
  return list;
}

test("LibreOffice is installed (it writes one of the inputs)", () => {
  expect(hasLibreOffice()).toBe(true);
});

test("every part of the input is kept; KIK adds only its own parts; a re-run replaces only those", async () => {
  for (const [, input] of await inputs()) {
    const ext = path.extname(input);
    const first = path.join(dir, `${path.basename(input, ext)}-1${ext}`);
    const second = path.join(dir, `${path.basename(input, ext)}-2${ext}`);
    const before = await partsOf(input);
    const inputBytes = fs.readFileSync(input);

    await report(input, first);
    const once = await partsOf(first);
    const added = compare(before, once);
    expect(added.filter((n) => !KIK_PART.test(n))).toEqual([]);
    expect(added.some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
    // The input is only read.
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);

    await report(first, second);
    const twice = await partsOf(second);
    // A re-run keeps everything the first run had that is not KIK's own …
    const kikParts = new Set(added);
    for (const [name, bytes] of once) {
      if (kikParts.has(name) || BOOKKEEPING.has(name)) continue;
      expect({ name, identical: twice.get(name)?.equals(bytes) }).toEqual({
        name,
        identical: true,
      });
    }
    // … adds no sheets, and its bookkeeping parts are the first run's.
    expect([...twice.keys()].filter((n) => !once.has(n))).toEqual([]);
    for (const name of BOOKKEEPING)
      if (once.has(name))
        expect({
          name,
          missing: missingElements(once.get(name)!.toString(), twice.get(name)!.toString()),
        }).toEqual({ name, missing: [] });
  }
});

test("the element comparison notices a lost element, attribute or text (but not a count)", () => {
  const before = '<a count="1"><b x="1">t</b><c/></a>';
  expect(missingElements(before, '<a count="2"><b x="1">t</b><c/><d/></a>')).toEqual([]);
  expect(missingElements(before, '<a count="1"><b x="1">t</b></a>')).toHaveLength(1);
  expect(missingElements(before, '<a count="1"><b x="2">t</b><c/></a>')).toHaveLength(1);
  expect(missingElements(before, '<a count="1"><b x="1">u</b><c/></a>')).toHaveLength(1);
});

describe("calcChain.xml", () => {
  /** The example's report with a calcChain.xml listing cells of the sheets with `sheetIds`. */
  async function withCalcChain(sheetIds: number[], name: string): Promise<string> {
    const first = path.join(dir, `${name}-1.xlsx`);
    await report(EXAMPLE, first);
    const zip = await JSZip.loadAsync(fs.readFileSync(first));
    const cells = sheetIds.map((id) => `<c r="B4" i="${id}"/>`).join("");
    zip.file(
      "xl/calcChain.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells}</calcChain>`
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
      )
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
      )
    );
    const input = path.join(dir, `${name}-calc.xlsx`);
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    return input;
  }

  test("kept byte for byte when it lists no cell of a sheet KIK replaces", async () => {
    // Sheet id 1 is the user's KIK Input.
    const input = await withCalcChain([1], "calc-user");
    const out = path.join(dir, "calc-user-2.xlsx");
    await report(input, out);
    const before = await partsOf(input);
    const after = await partsOf(out);
    expect(after.get("xl/calcChain.xml")?.equals(before.get("xl/calcChain.xml")!)).toBe(true);
  });

  test("dropped with its relationship and content type when it lists a cell KIK replaces", async () => {
    // Sheet id 2 is KIK Overblik, which the re-run replaces.
    const input = await withCalcChain([1, 2], "calc-kik");
    const out = path.join(dir, "calc-kik-2.xlsx");
    await report(input, out);
    const after = await partsOf(out);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    expect(after.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
    // Everything else is still there: the run before calcChain.xml was added, part by part.
    const example = await partsOf(EXAMPLE);
    const first = await partsOf(path.join(dir, "calc-kik-1.xlsx"));
    const kik = new Set([...first.keys()].filter((n) => !example.has(n) && KIK_PART.test(n)));
    compare(first, after, kik);
  });
});
