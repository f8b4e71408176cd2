/** Living sheets on a budget with investment per year (tests/living/metamorphic.ts). */
import * as path from "path";
import { EXAMPLES, capped, edits, inputOf, living, run } from "./metamorphic";

jest.setTimeout(1_200_000);

run("a budget with investment per year", async () => {
  const file = path.join(EXAMPLES, "kik-investering-pr-aar.xlsx");
  const list = capped(edits(await inputOf(file), 12, 8), 40, 12);
  expect(list.length).toBeGreaterThanOrEqual(40);
  const { failures } = await living(file, list);
  expect(failures).toEqual([]);
});
