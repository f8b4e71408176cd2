/** docs/input.md describes what the readers actually accept: names, synonyms, assumptions. */
import { readFileSync } from "fs";
import { join } from "path";
import { TABLE_FIELDS, TABLE_NAMES, type TableKind } from "../../src/input/headers";
import { ASSUMPTIONS, BUDGET_UNIT_NAMES } from "../../src/input/read-assumptions";
import { assumptionsTable, withTable } from "../../scripts/assumptions-doc";
import { TABLES, TOTAL_LABELS } from "../../src/input/tables";

const doc = readFileSync(join(__dirname, "../../docs/input.md"), "utf8");
const lower = doc.toLocaleLowerCase("da-DK");

describe("docs/input.md", () => {
  it("names every table and every column with all its synonyms", () => {
    for (const kind of Object.keys(TABLE_FIELDS) as TableKind[]) {
      for (const name of TABLE_NAMES[kind]) expect(doc).toContain(`\`${name}\``);
      for (const spec of TABLE_FIELDS[kind]) {
        expect(doc).toContain(spec.names.da);
        expect(doc).toContain(spec.names.en);
        for (const s of spec.synonyms)
          expect({ synonym: s, found: lower.includes(s) }).toEqual({ synonym: s, found: true });
      }
    }
  });

  it("lists every assumption with key, names, unit and default", () => {
    for (const a of ASSUMPTIONS) {
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${a.key}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(a.names.da);
      expect(row).toContain(a.names.en);
      expect(row).toContain(a.units.da);
      expect(row).toContain(a.default.kind === "none" ? "ingen" : a.default.text.da);
    }
  });

  it("has the assumptions table generated from the catalogue (npx tsx scripts/assumptions-doc.ts)", () => {
    expect(doc).toContain(assumptionsTable());
    expect(withTable(doc)).toBe(doc);
  });

  it("lists every column of every table with its cell kind, once, in the order of the spec", () => {
    const rows = doc.split("\n").filter((line) => /^\| `(\w+)` \| `(\w+)` \|/.test(line));
    const spec = (Object.keys(TABLES) as TableKind[]).flatMap((kind) =>
      TABLES[kind].columns.map((c) => ({ kind, field: c.field, name: c.names.da, cell: c.cell }))
    );
    expect(rows).toHaveLength(spec.length);
    spec.forEach((c, i) => {
      const row = rows[i] as string;
      expect(row.startsWith(`| \`${c.kind}\` | \`${c.field}\` | ${c.name} | \`${c.cell}\``)).toBe(
        true
      );
      const required = TABLE_FIELDS[c.kind].find((f) => f.field === c.field)?.required;
      expect(row.includes("påkrævet kolonne")).toBe(required);
    });
  });

  it("names every label that makes a row a totals row", () => {
    const line = doc.split("\n").find((l) => l.includes("Totalrækker springes over"));
    const paragraph = doc.slice(doc.indexOf(line as string), doc.indexOf(line as string) + 400);
    for (const label of TOTAL_LABELS)
      expect(paragraph.toLocaleLowerCase("da-DK")).toContain(`»${label}«`);
  });

  it("names the budget unit row", () => {
    expect(lower).toContain(BUDGET_UNIT_NAMES[0] as string);
  });
});
