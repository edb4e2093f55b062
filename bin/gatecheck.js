#!/usr/bin/env node
// Entry for `npx gatecheck`: runs the compiled CLI (npm run build:cli writes dist/cli).
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("gatecheck: not built yet; run `npm run build` (or `npm run build:cli`) first\n");
  process.exit(2);
}
require(entry);
