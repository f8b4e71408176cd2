/** Jest: TypeScript through ts-jest; tests mirror src/ under tests/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A timeout only stops a hung test; speed is shown by `npm run bench`, never asserted here.
  testTimeout: 120_000,
  // Two workers on the two cores: the LibreOffice and Chromium suites wait on child processes,
  // so one worker (Jest's default here) leaves a core idle for much of the run.
  maxWorkers: 2,
};
