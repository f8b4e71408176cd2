/**
 * What the task pane loads at start and its weight: shared by the build test (which holds it to
 * the budget) and `npm run bench` (which prints it beside a floor).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

/**
 * The budget: Microsoft's React task-pane template's hello-world page, measured for issue 11
 * (gzip -9). Everything taskpane.html loads at start must stay within it.
 */
export const PANE_BUDGET_GZIP_BYTES = 169 * 1024;

/** Raw and gzip -9 bytes of files, each compressed on its own (as a server sends them). */
export function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Scripts and stylesheets a built HTML page loads from its own folder (paths in `dir`). */
export function loadedBy(dir: string, html: string): string[] {
  const page = fs.readFileSync(path.join(dir, html), "utf8");
  const attr = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`);
  const urls = [
    ...[...page.matchAll(/<script\b[^>]*>/g)].map((m) => attr("src").exec(m[0])),
    ...[...page.matchAll(/<link\b[^>]*>/g)]
      .filter((m) => /\brel=["']?stylesheet\b/.test(m[0]))
      .map((m) => attr("href").exec(m[0])),
  ];
  return urls
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => (m[1] ?? m[2] ?? m[3]) as string)
    .filter((url) => !/^https?:/.test(url))
    .map((url) => path.join(dir, url.split("?")[0] as string));
}
