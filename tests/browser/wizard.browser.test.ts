/**
 * The real task pane in a real browser: the production build runs in headless Debian Chromium
 * (playwright-core) over the fake Excel host, clicks through the wizard on the Aabenraa example,
 * checks the result sheets in the fake, and saves a screenshot of each step under artifacts/.
 * Every request other than localhost and office.js (served by the fake) is blocked and reported.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";
import { exampleSeed } from "./seed";

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.KIK_CHROMIUM ?? "/usr/bin/chromium";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<webpack.Configuration>;

let outDir = "";
let server: http.Server;
let browser: Browser;
let page: Page;
let baseUrl = "";
let fakeOfficeJsText = "";
let seed: Awaited<ReturnType<typeof exampleSeed>> = [];
const external: string[] = [];
const pageErrors: string[] = [];

async function buildTaskPane(dir: string): Promise<void> {
  const config = await makeConfig(
    { WEBPACK_BUILD: true, production: true },
    { mode: "production" }
  );
  config.output = { ...config.output, path: dir };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, result) =>
      compiler.close(() => (err || !result ? reject(err) : resolve(result)))
    )
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "application/javascript",
    ".json": "application/json",
    ".png": "image/png",
  };
  const s = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0] as string));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

async function shot(name: string): Promise<void> {
  // Let Fluent's colour transitions (e.g. a button becoming enabled) finish before the picture.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kik-browser-"));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await buildTaskPane(outDir);
  const fake = await build({
    entryPoints: [path.join(__dirname, "fake-office-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const fakeOfficeJs = fake.outputFiles[0]!.text;
  fakeOfficeJsText = fakeOfficeJs;
  seed = await exampleSeed();
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "da-DK" });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.addInitScript((calls) => {
    (window as unknown as { __KIK_SEED__: unknown }).__KIK_SEED__ = calls;
  }, seed);
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ contentType: "application/javascript", body: fakeOfficeJs });
    if (url.startsWith(baseUrl)) return route.continue();
    external.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

test("the wizard runs end to end on the Aabenraa example, in Danish, and writes the result sheets", async () => {
  await page.goto(`${baseUrl}taskpane.html`);
  const next = page.getByRole("button", { name: "Næste" });

  // Data: detection fills the ranges; validation passes.
  await page.getByRole("heading", { name: "Data" }).first().waitFor();
  await page.waitForFunction(() => /KIK_Budget|KIK Input/.test(document.body.innerText));
  await expectEnabled(next);
  await shot("wizard-1-data.png");
  await next.click();

  // Assumptions: prefilled with the Danish default discount rate.
  await page.getByRole("heading", { name: "Antagelser" }).first().waitFor();
  await shot("wizard-2-antagelser.png");
  // At the narrowest task pane (320 px), with "Flere antagelser" open: nothing runs off the side.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.getByText("Flere antagelser").click();
  await page.getByRole("textbox", { name: /^Dødvægt/ }).waitFor();
  await shot("wizard-2b-antagelser-320.png");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByText("Flere antagelser").click();
  await page.setViewportSize({ width: 420, height: 900 });
  await next.click();

  // Preview: the key figures of the case.
  await page.getByRole("heading", { name: "Forhåndsvisning" }).first().waitFor();
  await page.getByText("Ikke inden for 2016–2019").first().waitFor();
  await page.getByText("-0,7 mio. kr.").first().waitFor();
  await shot("wizard-3-forhaandsvisning.png");
  await next.click();

  // Write: the sheets are written and linked.
  await page.getByRole("heading", { name: "Skriv" }).first().waitFor();
  await page.getByRole("button", { name: "Skriv resultatark" }).click();
  await page.getByRole("button", { name: /KIK Økonomi/ }).waitFor({ timeout: 120_000 });
  await shot("wizard-4-skriv.png");

  const result = await page.evaluate(() => {
    const fake = (
      window as unknown as {
        kikFakeExcel: { sheetNames(): string[]; values(s: string, a: string): unknown[][] };
      }
    ).kikFakeExcel;
    return { sheets: fake.sheetNames(), variance: fake.values("KIK Økonomi", "H5:H8") };
  });
  expect(result.sheets).toEqual(
    expect.arrayContaining([
      "KIK Input",
      "KIK Overblik",
      "KIK Økonomi",
      "KIK Sagstal",
      "KIK Antagelser",
    ])
  );
  const variance = result.variance.map((r) => r[0]);
  expect(variance[0]).toBeCloseTo(24.2, 9);
  expect(variance[1]).toBeCloseTo(33.9, 9);
  expect(variance[2]).toBeCloseTo(7.4, 9);
  expect(variance[3]).toBe("");

  expect(pageErrors).toEqual([]);
  expect(external).toEqual([]);
  for (const f of [
    "wizard-1-data.png",
    "wizard-2-antagelser.png",
    "wizard-2b-antagelser-320.png",
    "wizard-3-forhaandsvisning.png",
    "wizard-4-skriv.png",
  ]) {
    expect(fs.statSync(path.join(ARTIFACTS, f)).size).toBeGreaterThan(5_000);
  }
});

/** The words the walk through the steps clicks and waits for, per language. */
const WORDS = {
  da: {
    locale: "da-DK",
    steps: ["Data", "Antagelser", "Forhåndsvisning", "Skriv"],
    next: "Næste",
    write: "Skriv resultatark",
    open: "Gå til KIK Overblik",
    again: "Skriv igen",
    all: "Alle nøgletal",
    economy: /^Søjle- og linjediagram/,
  },
  en: {
    locale: "en-US",
    steps: ["Data", "Assumptions", "Preview", "Write"],
    next: "Next",
    write: "Write result sheets",
    open: "Go to KIK Overview",
    again: "Write again",
    all: "All key figures",
    economy: /^Column and line chart/,
  },
} as const;

/** The task pane's narrowest and a typical width, each at a typical task-pane height. */
const SIZES = [
  { width: 320, height: 600 },
  { width: 450, height: 700 },
] as const;

for (const language of ["da", "en"] as const) {
  test(`every step at 320 and 450 px in ${language === "da" ? "Danish" : "English"}: nothing runs off the side, Næste is in sight, screenshots`, async () => {
    const w = WORDS[language];
    const p = await browser.newPage({ viewport: SIZES[0], locale: w.locale });
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.addInitScript(
      ([calls, display]) => {
        const g = window as unknown as Record<string, unknown>;
        g.__KIK_SEED__ = calls;
        g.__KIK_DISPLAY_LANGUAGE__ = display;
      },
      [seed, w.locale] as const
    );
    await p.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ contentType: "application/javascript", body: fakeOfficeJsText });
      if (url.startsWith(baseUrl)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await p.goto(`${baseUrl}taskpane.html`);
    const next = p.getByRole("button", { name: w.next });
    const files: string[] = [];
    const atEachSize = async (n: number, step: string, check?: () => Promise<void>) => {
      for (const size of SIZES) {
        await p.setViewportSize(size);
        await p.waitForTimeout(300);
        expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          size.width
        );
        // Every text field shows its whole width inside the pane (no field cut off).
        const cut = await p.evaluate(
          (width) =>
            [...document.querySelectorAll("input, button")]
              .map((e) => e.getBoundingClientRect())
              .filter((r) => r.width > 0 && (r.left < 0 || r.right > width)).length,
          size.width
        );
        expect(cut).toBe(0);
        await check?.();
        const file = `wizard-${language}-${n}-${step}-${size.width}.png`;
        // The whole step in one picture: the viewport grown to the page, so the sticky
        // Tilbage/Næste row sits at the foot as in the pane, not across the middle.
        const height = await p.evaluate(() => document.documentElement.scrollHeight);
        await p.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
        await p.waitForTimeout(200);
        await p.screenshot({ path: path.join(ARTIFACTS, file) });
        await p.setViewportSize(size);
        files.push(file);
      }
    };

    // Data: Næste is inside the viewport without scrolling, at both sizes.
    await p.getByRole("heading", { name: w.steps[0] }).first().waitFor();
    await p.waitForFunction(() => /KIK_Budget|KIK Input/.test(document.body.innerText));
    await expectEnabledOn(p, next);
    await atEachSize(1, "data", async () => {
      await p.evaluate(() => window.scrollTo(0, 0));
      const box = await next.boundingBox();
      const view = p.viewportSize()!;
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(view.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(view.width);
    });
    await next.click();

    await p.getByRole("heading", { name: w.steps[1] }).first().waitFor();
    await atEachSize(2, "assumptions");
    await next.click();

    await p.getByRole("heading", { name: w.steps[2] }).first().waitFor();
    await p.getByRole("img", { name: w.economy }).waitFor();
    await atEachSize(3, "preview");
    await p.getByText(w.all).click();
    await atEachSize(3, "preview-all");
    await next.click();

    await p.getByRole("heading", { name: w.steps[3] }).first().waitFor();
    await atEachSize(4, "write");
    await p.getByRole("button", { name: w.write }).click();
    const open = p.getByRole("button", { name: w.open });
    await open.waitFor({ timeout: 120_000 });
    await atEachSize(4, "written");
    // The main action looks like it: the primary (filled) button, "write again" plain.
    const background = (name: string) =>
      p.getByRole("button", { name }).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background(w.open)).not.toBe(await background(w.again));
    await open.click();
    const overview = w.open.replace(/^(Gå til|Go to) /, "");
    await p.waitForFunction(
      (name) =>
        (
          window as unknown as { kikFakeExcel: { activeSheet(): string | null } }
        ).kikFakeExcel.activeSheet() === name,
      overview
    );

    expect(errors).toEqual([]);
    for (const f of files) expect(fs.statSync(path.join(ARTIFACTS, f)).size).toBeGreaterThan(5_000);
    await p.close();
  });
}

async function expectEnabled(button: ReturnType<Page["getByRole"]>): Promise<void> {
  await page.waitForFunction(
    (el) =>
      el !== null &&
      !(el as HTMLButtonElement).disabled &&
      el.getAttribute("aria-disabled") !== "true",
    await button.elementHandle()
  );
}

async function expectEnabledOn(p: Page, button: ReturnType<Page["getByRole"]>): Promise<void> {
  await p.waitForFunction(
    (el) =>
      el !== null &&
      !(el as HTMLButtonElement).disabled &&
      el.getAttribute("aria-disabled") !== "true",
    await button.elementHandle()
  );
}
