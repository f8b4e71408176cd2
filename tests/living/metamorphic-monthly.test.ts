/** Living sheets on a monthly caseload with a comparison series (tests/living/metamorphic.ts). */
import * as path from "path";
import { EXAMPLES, capped, edits, inputOf, living, run } from "./metamorphic";

jest.setTimeout(1_200_000);

run("a monthly caseload with a comparison series", async () => {
  const file = path.join(EXAMPLES, "kik-maanedlig-sammenligning.xlsx");
  const list = capped(edits(await inputOf(file), 11, 8), 40, 11);
  expect(list.length).toBeGreaterThanOrEqual(40);
  const { failures } = await living(file, list);
  expect(failures).toEqual([]);
});
