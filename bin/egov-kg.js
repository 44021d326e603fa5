#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run by `prepare` on `npm ci`), so the bin only forwards.
require('../dist/src/cli/main.js');
