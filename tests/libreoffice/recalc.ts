/**
 * LibreOffice as an independent spreadsheet engine: converts an .xlsx to .xlsx headless with
 * recalculation forced on load, so every formula's cached result in the copy is LibreOffice's.
 * A fresh profile per run sets OOXMLRecalcMode = 0 ("always"); without it LibreOffice keeps the
 * cached values it was given.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The fresh profile's settings: recalculate on load, and the locale ("da-DK" for a Danish
 * report), so FIXED() and other locale-dependent texts use the report language's separators as
 * the user's own Excel would (ooSetupSystemLocale is the locale setting of Tools > Options >
 * Language Settings; with it empty LibreOffice takes the process's, here C).
 */
function profileSettings(locale: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`;
}

/** True when `soffice` can be run here. */
export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Recalculates `input` in LibreOffice and returns the path of the recalculated copy.
 * @param input - an .xlsx file; it is not modified
 * @param locale - the locale to calculate in (default "da-DK", the report's default language)
 */
export function recalculate(input: string, locale = "da-DK"): string {
  return recalculateAll([input], locale)[0] as string;
}

/**
 * Recalculates several .xlsx files in one LibreOffice run (startup dominates a single file's
 * time) and returns the recalculated copies' paths, in order.
 * @param inputs - .xlsx files with distinct base names; they are not modified
 * @param locale - as for {@link recalculate}
 */
export function recalculateAll(inputs: readonly string[], locale = "da-DK"): string[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kik-lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    profileSettings(locale)
  );
  const inDir = path.join(work, "in");
  const outDir = path.join(work, "out");
  fs.mkdirSync(inDir);
  fs.mkdirSync(outDir);
  const sources = inputs.map((input, i) => {
    const source = path.join(inDir, `f${i}.xlsx`);
    fs.copyFileSync(input, source);
    return source;
  });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...sources,
    ],
    {
      stdio: "pipe",
      // A loaded machine converts a file in a few seconds; the limit grows with the batch.
      timeout: 300_000 + 30_000 * sources.length,
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    }
  );
  return sources.map((_s, i) => {
    const result = path.join(outDir, `f${i}.xlsx`);
    if (!fs.existsSync(result)) throw new Error(`LibreOffice did not write ${result}`);
    return result;
  });
}
