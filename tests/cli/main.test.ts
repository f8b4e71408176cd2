/**
 * The command line in-process, with stand-in readers and report builder where a test needs
 * them to fail on purpose: unexpected errors, KIK_DEBUG, problem lines.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, REPORT_DEPENDENCIES } from "../../src/cli/main";
import { defaultOutputPath, problemLine, type ReportDependencies } from "../../src/cli/report";

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "aabenraa-kik.xlsx");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-main-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const failing: ReportDependencies = {
  readCaseInput: REPORT_DEPENDENCIES.readCaseInput,
  buildReport: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
};

describe("unexpected errors", () => {
  const saved = process.env.KIK_DEBUG;
  afterEach(() => {
    if (saved === undefined) delete process.env.KIK_DEBUG;
    else process.env.KIK_DEBUG = saved;
  });

  test("exit 1 with one line and no stack trace; nothing written", async () => {
    delete process.env.KIK_DEBUG;
    const c = capture();
    const output = path.join(dir, "ud.xlsx");
    const code = await main(["report", EXAMPLE, "-o", output], c.io, failing);
    expect(code).toBe(1);
    expect(c.err).toEqual([
      "Uventet fejl: Cannot read properties of undefined (reading 'x') (sæt KIK_DEBUG=1 for detaljer)",
    ]);
    expect(fs.existsSync(output)).toBe(false);
  });

  test("KIK_DEBUG=1 adds the stack trace", async () => {
    process.env.KIK_DEBUG = "1";
    const c = capture();
    const code = await main(
      ["report", EXAMPLE, "-o", path.join(dir, "ud.xlsx"), "--lang", "en"],
      c.io,
      failing
    );
    expect(code).toBe(1);
    expect(c.err.join("\n")).toMatch(/^\s+at /m);
    expect(c.err[c.err.length - 1]).toMatch(/^Unexpected error: /);
  });
});

describe("problems", () => {
  test("errors stop the run with exit 2; warnings are printed and the run goes on", async () => {
    const withProblems = (severity: "error" | "warning"): ReportDependencies => ({
      readCaseInput: (view, selection, language) => {
        const read = REPORT_DEPENDENCIES.readCaseInput(view, selection, language);
        return {
          ...read,
          problems: [
            { severity, message: "noget er galt", ref: { sheet: "KIK Input", row: 9, column: 2 } },
          ],
        };
      },
      buildReport: REPORT_DEPENDENCIES.buildReport,
    });
    const bad = capture();
    expect(
      await main(["report", EXAMPLE, "-o", path.join(dir, "a.xlsx")], bad.io, withProblems("error"))
    ).toBe(2);
    expect(bad.err).toEqual([
      `${EXAMPLE} har fejl – der er ikke skrevet noget:`,
      "Fejl: 'KIK Input'!B9: noget er galt",
    ]);
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);

    const warned = capture();
    expect(
      await main(
        ["report", EXAMPLE, "-o", path.join(dir, "b.xlsx")],
        warned.io,
        withProblems("warning")
      )
    ).toBe(0);
    expect(warned.err).toEqual(["Advarsel: 'KIK Input'!B9: noget er galt"]);
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(true);
  });

  test("a problem line names sheet and cell once", () => {
    const ref = { sheet: "KIK Input", row: 9, column: 2 };
    expect(
      problemLine({ severity: "error", message: "KIK Input!B9: »abc« er ikke et tal", ref }, "da")
    ).toBe("Fejl: KIK Input!B9: »abc« er ikke et tal");
    expect(problemLine({ severity: "warning", message: "tabellen mangler", ref: null }, "en")).toBe(
      "Warning: tabellen mangler"
    );
    expect(problemLine({ severity: "error", message: "B19 er tom", ref }, "da")).toBe(
      "Fejl: 'KIK Input'!B9: B19 er tom"
    );
  });
});

test("default output: <input>-resultat.xlsx next to the input", () => {
  expect(defaultOutputPath(path.join("a", "b", "sag.xlsx"))).toBe(
    path.join("a", "b", "sag-resultat.xlsx")
  );
  expect(defaultOutputPath("sag.XLSX")).toBe("sag-resultat.xlsx");
});

describe("kik template's output", () => {
  test("as an argument or with -o, as `kik report` takes it; none or two differing is a usage error", async () => {
    const a = path.join(dir, "t-arg.xlsx");
    const b = path.join(dir, "t-opt.xlsx");
    expect(await main(["template", a], capture().io)).toBe(0);
    expect(await main(["template", "-o", b], capture().io)).toBe(0);
    expect(fs.existsSync(a) && fs.existsSync(b)).toBe(true);
    const none = capture();
    expect(await main(["template"], none.io)).toBe(2);
    expect(none.err.join("\n")).toContain("kik template -o skabelon.xlsx");
    const two = capture();
    expect(await main(["template", a, "-o", b, "--force"], two.io)).toBe(2);
    expect(two.err.join("\n")).toContain("angiv kun én");
  });
});
