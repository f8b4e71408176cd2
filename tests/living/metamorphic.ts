/**
 * The living result sheets (issue 10), metamorphically (the three inputs run as three test
 * files, metamorphic-*.test.ts, so that Jest's two workers share them): for seeded single-cell edits of an
 * input, the result workbook with the edit made in place (at the XML level, no ExcelJS round
 * trip) and recalculated in LibreOffice equals a fresh `kik report` on the edited input, cell for
 * cell on every KIK sheet (numbers 1e-9 relative, text equal, blanks and errors equal). Every third
 * fresh report is recalculated too and must equal its own cached values (no stale cell); the
 * plan's tests against HyperFormula and LibreOffice cover the cached values of the rest.
 *
 * Three inputs of different shapes: the Aabenraa example; a monthly caseload with a comparison
 * series and the comparison switch; a budget with investment per year
 * (scripts/make-living-examples.ts). Edits cover every table and assumption: budget and actual,
 * investment by category and per year, outcome labels and counts, caseload values changed, added
 * and cleared, the horizon (within the sheet's 10-year cap) and the yes/no switches; they are
 * located through `readCaseInput`'s cell references (never fixed addresses). Per input the test
 * prints the edits, dependent cells, live cells and cells marked fixed at run time.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CaseInput } from "../../src/input/model";
import { readCaseInput } from "../../src/input/read-case";
import { workbookView } from "../xlsx/exceljs-view";
import { hasLibreOffice, recalculateAll } from "../libreoffice/recalc";
import {
  differences,
  editFile,
  KIK_SHEETS,
  report,
  resultOf,
  values,
  type CellValue,
  type Edit,
} from "./workbook";

export const EXAMPLES = path.resolve(__dirname, "../../examples");
export const EXAMPLE = path.join(EXAMPLES, "aabenraa-kik.xlsx");

/** A small seeded generator (LCG), so the edits are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Seeded sample of `n` of `list` in their order (all when fewer). */
function sample<T>(list: readonly T[], n: number, random: () => number): T[] {
  if (list.length <= n) return [...list];
  const keyed = list.map((item, i) => ({ item, i, k: random() }));
  return keyed
    .sort((x, y) => x.k - y.k)
    .slice(0, n)
    .sort((x, y) => x.i - y.i)
    .map((x) => x.item);
}

/**
 * The seeded edits of one input, over every table and assumption.
 * @param caseloadRows - how many caseload rows get edits (a seeded sample of a long table)
 */
export function edits(input: CaseInput, seed: number, caseloadRows = 12): Edit[] {
  const random = seeded(seed);
  const scaled = (v: number) => Math.round(v * (0.3 + 1.4 * random()) * 10) / 10;
  const out: Edit[] = [];
  for (const r of input.budget?.rows ?? []) {
    const y = r.year.value;
    const b = r.budgeted.value ?? 0;
    out.push({ name: `budget ${y} scaled`, ref: r.budgeted.ref, value: scaled(b === 0 ? 5 : b) });
    out.push({ name: `budget ${y} negated`, ref: r.budgeted.ref, value: -b });
    out.push({ name: `budget ${y} cleared`, ref: r.budgeted.ref, value: null });
    const a = r.actual.value;
    out.push(
      a === null
        ? { name: `actual ${y} becomes known`, ref: r.actual.ref, value: scaled(10) }
        : { name: `actual ${y} cleared`, ref: r.actual.ref, value: null }
    );
    out.push({ name: `actual ${y} changed`, ref: r.actual.ref, value: scaled(a ?? 8) });
    const inv = r.investment;
    // Investment per year only where the input has some: with the column empty, KIK Økonomi
    // has no investment column to be live (the economy sheet's layout, docs/report.md).
    if (inv !== null && input.budget?.rows.some((x) => x.investment?.value != null)) {
      out.push({
        name: `investment ${y} scaled`,
        ref: inv.ref,
        value: scaled(inv.value ?? 3),
      });
      out.push(
        inv.value === null
          ? { name: `investment ${y} becomes known`, ref: inv.ref, value: scaled(2) }
          : { name: `investment ${y} cleared`, ref: inv.ref, value: null }
      );
    }
  }
  // The break-even budget of docs/conventions.md: 2019 budgeted 22,7 (the example's last year).
  const last = input.budget?.rows[input.budget.rows.length - 1];
  if (last !== undefined)
    out.push({ name: "budget break-even", ref: last.budgeted.ref, value: 22.7 });
  for (const c of input.budget?.investmentByCategory ?? []) {
    out.push({
      name: `investment ${c.category.value} scaled`,
      ref: c.amount.ref,
      value: scaled(c.amount.value),
    });
    out.push({ name: `investment ${c.category.value} zero`, ref: c.amount.ref, value: 0 });
  }
  const renames = [
    "Førtidspension",
    "I job",
    "Flyttet",
    "SELV-FORSØRGENDE",
    "Fleksjob",
    "  uddannelse  ",
  ];
  (input.outcomes?.rows ?? []).forEach((r, i) => {
    const first = renames[i % renames.length] as string;
    const second = renames[(i + 3) % renames.length] as string;
    out.push({ name: `outcome ${r.label.value} → ${first}`, ref: r.label.ref, value: first });
    out.push({ name: `outcome ${r.label.value} → ${second}`, ref: r.label.ref, value: second });
    if (r.count !== null) {
      out.push({
        name: `count ${r.label.value} scaled`,
        ref: r.count.ref,
        value: Math.round(scaled(r.count.value)),
      });
      out.push({ name: `count ${r.label.value} zero`, ref: r.count.ref, value: 0 });
    }
  });
  // Caseload: values changed; measurements added (a blank count filled) and cleared, which
  // moves the interpolation's and the target path's neighbours.
  const caseload = input.caseload?.rows ?? [];
  for (const r of sample(caseload, caseloadRows, random)) {
    const m = `${r.month.value.year}-${r.month.value.month}`;
    for (const [column, v] of [
      ["count", r.count],
      ["target", r.target],
      ["original", r.original],
      ["newcomers", r.newcomers],
      ["comparison", r.comparison],
    ] as const) {
      if (v === null || v === undefined || v.value === null) continue;
      // The original group and the newcomers are scaled mildly: the exit rate and inflow derived
      // from them exist only while the group shrinks (docs/report.md, what is not live).
      const derived = column === "original" || column === "newcomers";
      out.push({
        name: `caseload ${m} ${column} scaled`,
        ref: v.ref,
        value: derived
          ? Math.round(v.value * (0.95 + 0.1 * random()))
          : Math.round(scaled(v.value)),
      });
    }
    const neighbour = caseload.find((x) => x.count.value !== null)?.count.value ?? 500;
    out.push(
      r.count.value === null
        ? {
            name: `caseload ${m} measurement added`,
            ref: r.count.ref,
            value: Math.round(scaled(neighbour)),
          }
        : { name: `caseload ${m} measurement cleared`, ref: r.count.ref, value: null }
    );
    if (r.comparison !== null && r.comparison.value !== null && random() < 0.5)
      out.push({ name: `caseload ${m} comparison cleared`, ref: r.comparison.ref, value: null });
  }
  for (const a of input.assumptions) {
    if (typeof a.value.value === "boolean" || /^(ja|nej)$/i.test(String(a.value.value))) {
      const yes = a.value.value === true || /^ja$/i.test(String(a.value.value));
      out.push({
        name: `assumption ${a.name.value} toggled`,
        ref: a.value.ref,
        value: yes ? "nej" : "ja",
      });
      continue;
    }
    if (typeof a.value.value !== "number") continue;
    const v = a.value.value;
    if (a.key === "horizonYears") {
      // Within the sheet's cap (CAP_YEARS): shorter, longer, the cap itself.
      for (const years of [2, 7, 10])
        out.push({ name: `horizon ${years} years`, ref: a.value.ref, value: years });
      continue;
    }
    out.push({
      name: `assumption ${a.name.value} scaled`,
      ref: a.value.ref,
      value: Math.round(v * (0.5 + random()) * 1e4) / 1e4,
    });
    out.push({ name: `assumption ${a.name.value} zero`, ref: a.value.ref, value: 0 });
  }
  return out;
}

/** Edits that must stay when a long list is sampled down: the caseload's shape and switches. */
const KEEP = /horizon|toggled|measurement|issue/;

/** At most `max` of `list`: every {@link KEEP} edit and a seeded sample of the rest. */
export function capped(list: readonly Edit[], max: number, seed: number): Edit[] {
  const keep = list.filter((e) => KEEP.test(e.name));
  const rest = sample(
    list.filter((e) => !KEEP.test(e.name)),
    Math.max(0, max - keep.length),
    seeded(seed)
  );
  return list.filter((e) => keep.includes(e) || rest.includes(e));
}

/** LibreOffice recalculates; without it the tests are skipped (CI installs it). */
export const run = hasLibreOffice() ? test : test.skip;

/** The key figure's value cell on KIK Overblik, by its label in column A. */
export function keyFigure(cells: Map<string, CellValue>, labelText: RegExp): CellValue {
  for (const [k, v] of cells) {
    const m = /^KIK Overblik!A(\d+)$/.exec(k);
    if (m !== null && typeof v === "string" && labelText.test(v))
      return cells.get(`KIK Overblik!B${m[1] as string}`) ?? null;
  }
  return null;
}

/** A cell marked "fixed at run time" starts with this text (docs/report.md). */
const FIXED_MARK = /^(Fast værdi fra kørslen|Fixed at run time)/;

/**
 * Makes every edit of `file` both ways, recalculates all in one LibreOffice run and compares.
 * @returns the in-place recalculated values per edit, for checks of particular figures
 */
export async function living(
  file: string,
  list: readonly Edit[]
): Promise<{ failures: string[]; results: Map<string, Map<string, CellValue>> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-living-"));
  const base = path.join(dir, "base.xlsx");
  await report(file, base);
  const inPlace: string[] = [];
  const fresh: string[] = [];
  for (const [i, e] of list.entries()) {
    const editedResult = path.join(dir, `inplace-${i}.xlsx`);
    await editFile(base, e, editedResult);
    // Under the input's own name: the sheets say which file they were made from.
    fs.mkdirSync(path.join(dir, `input-${i}`));
    const editedInput = path.join(dir, `input-${i}`, path.basename(file));
    await editFile(file, e, editedInput);
    const freshResult = path.join(dir, `fresh-${i}.xlsx`);
    await report(editedInput, freshResult);
    inPlace.push(editedResult);
    fresh.push(freshResult);
  }
  // Every third fresh report is recalculated too (the stale-cell check; see the file's note).
  const checked = fresh.filter((_, i) => i % 3 === 0);
  const recalculated = recalculateAll([...inPlace, ...checked]);
  const baseValues = await values(base);
  const failures: string[] = [];
  const dependent = new Set<string>();
  const results = new Map<string, Map<string, CellValue>>();
  for (const [i, e] of list.entries()) {
    const want = await values(fresh[i] as string);
    const live = await values(recalculated[i] as string);
    results.set(e.name, live);
    for (const d of differences(live, want).slice(0, 5)) failures.push(`${e.name}: ${d}`);
    if (i % 3 === 0) {
      const freshRecalculated = await values(recalculated[list.length + i / 3] as string);
      for (const d of differences(freshRecalculated, want).slice(0, 5))
        failures.push(`${e.name} (stale in fresh): ${d}`);
    }
    for (const d of differences(baseValues, want)) dependent.add(d.slice(0, d.indexOf(":")));
  }
  // Live cells: formulas on the KIK sheets of the base report; fixed cells: marked as such.
  const baseBook = new ExcelJS.Workbook();
  await baseBook.xlsx.readFile(base);
  let live = 0;
  const fixed = new Map<string, number>();
  for (const name of KIK_SHEETS)
    baseBook.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === "object" && "formula" in v) live++;
        const text = resultOf(v);
        if (typeof text === "string" && FIXED_MARK.test(text))
          fixed.set(name, (fixed.get(name) ?? 0) + 1);
      })
    );
  const fixedTotal = [...fixed.values()].reduce((x, y) => x + y, 0);
  console.log(
    `living sheets, ${path.basename(file)}: ${list.length} edits, ${dependent.size} dependent ` +
      `cells, ${live} live cells, ${fixedTotal} fixed cells`
  );
  // KIK Overblik has no cell fixed at run time (issue 10).
  if ((fixed.get("KIK Overblik") ?? 0) > 0) failures.push("KIK Overblik has fixed cells");
  fs.rmSync(dir, { recursive: true, force: true });
  return { failures, results };
}

/** The edits of one of the examples, read from its tables. */
export async function inputOf(file: string): Promise<CaseInput> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const { input, problems } = readCaseInput(workbookView(wb), {}, "da");
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return input;
}

export const monthOf = (input: CaseInput, year: number, month: number) =>
  input.caseload?.rows.find((r) => r.month.value.year === year && r.month.value.month === month);
