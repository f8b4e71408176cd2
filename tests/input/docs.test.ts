/** docs/input.md describes what the readers actually accept: names, synonyms, assumptions. */
import { readFileSync } from "fs";
import { join } from "path";
import { TABLE_FIELDS, TABLE_NAMES, type TableKind } from "../../src/input/headers";
import { ASSUMPTIONS, BUDGET_UNIT_NAMES } from "../../src/input/read-assumptions";
import { assumptionsTable, withTable } from "../../scripts/assumptions-doc";

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

  it("names the budget unit row", () => {
    expect(lower).toContain(BUDGET_UNIT_NAMES[0] as string);
  });
});
