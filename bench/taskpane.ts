/**
 * The task pane's weight and chattiness: the scripts and stylesheets taskpane.html loads at
 * start (raw and gzip), held against the budget of 169 KB gzip, the chunks it loads on demand
 * (plan builder, writer) listed beside them, and
 * as a ratio to a React "hello world" page built with the same webpack settings in the same run,
 * and the `context.sync()` calls of a whole wizard run over the fake Excel for 100 and 100,000
 * caseload rows.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import { countSyncsForWizardRun } from "../tests/excel/wizard-run";
import { loadedBy, PANE_BUDGET_GZIP_BYTES as TEMPLATE_GZIP_BYTES, sizes } from "../tests/pane-size";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<webpack.Configuration>;

function run(config: webpack.Configuration): Promise<void> {
  const compiler = webpack(config);
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) =>
      compiler.close(() =>
        err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve()
      )
    )
  );
}

/** React + ReactDOM rendering one heading, minified by the same webpack: the floor. */
async function helloWorld(dir: string): Promise<string[]> {
  const entry = path.join(dir, "hello.js");
  fs.writeFileSync(
    entry,
    'const React = require("react"); const { createRoot } = require("react-dom/client");\n' +
      'createRoot(document.getElementById("root")).render(React.createElement("h1", null, "Hej"));\n'
  );
  await run({
    mode: "production",
    entry,
    context: dir,
    output: { path: path.join(dir, "out"), filename: "hello.js" },
    resolve: { modules: [path.join(__dirname, "..", "node_modules")] },
    performance: { hints: false },
  });
  return [path.join(dir, "out", "hello.js")];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the task pane figures. */
export async function benchTaskPane(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-bench-pane-"));
  const config = await makeConfig(
    { WEBPACK_BUILD: true, production: true },
    { mode: "production" }
  );
  config.output = { ...config.output, path: path.join(dir, "dist") };
  await run(config);
  const files = loadedBy(path.join(dir, "dist"), "taskpane.html");
  const pane = sizes(files);
  const floor = sizes(await helloWorld(dir));
  console.log("\nTask pane (everything taskpane.html loads, minified; gzip -9 per file):\n");
  for (const f of files) {
    const s = sizes([f]);
    console.log(`  ${path.basename(f).padEnd(29)} ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  }
  console.log(`  KIK wizard + custom functions: ${kb(pane.raw)} raw, ${kb(pane.gzip)} gzip`);
  console.log(`  React hello world (floor):     ${kb(floor.raw)} raw, ${kb(floor.gzip)} gzip`);
  console.log(`  ratio to the floor:            ${(pane.gzip / floor.gzip).toFixed(2)}x gzip`);
  console.log(
    `  ratio to Microsoft's React template hello world (169 KB gzip, from the issue): ${(pane.gzip / TEMPLATE_GZIP_BYTES).toFixed(2)}x`
  );
  console.log(
    `  budget 169 KB gzip: ${pane.gzip <= TEMPLATE_GZIP_BYTES ? "within" : "OVER"} (${kb(TEMPLATE_GZIP_BYTES - pane.gzip)} to spare)`
  );

  // Chunks the pane fetches on demand (the plan builder at the first preview, the writer at the
  // first write): not part of the start, shown so that they cannot grow unseen.
  const onDemand = fs
    .readdirSync(path.join(dir, "dist"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(dir, "dist", f))
    .filter((f) => !files.includes(f));
  for (const f of onDemand) {
    const s = sizes([f]);
    console.log(`  on demand: ${path.basename(f).padEnd(18)} ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  }
  const all = sizes([...files, ...onDemand]);
  console.log(`  start + every on-demand chunk:  ${kb(all.raw)} raw, ${kb(all.gzip)} gzip`);

  console.log(
    "\ncontext.sync() calls per wizard run over the fake Excel (detect, read, existing sheets, write):\n"
  );
  for (const rows of [100, 100_000]) {
    const s = await countSyncsForWizardRun(rows);
    console.log(
      `  ${rows.toLocaleString("en-GB").padStart(7)} caseload rows: ${JSON.stringify(s)}`
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) void benchTaskPane();
