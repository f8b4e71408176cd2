#!/usr/bin/env node
/*
 * The `kik` command: runs src/cli/main.ts through tsx's require hook (no build step).
 * tsx is pointed at KIK's own tsconfig, so a tsconfig.json in the folder the user runs
 * `kik` from never changes how KIK's sources compile.
 */
"use strict";
const path = require("path");

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, "..", "tsconfig.json");
require("tsx/cjs");
require("../src/cli/main.ts").run();
