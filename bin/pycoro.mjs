#!/usr/bin/env node
import { main } from "../dist/compiler/cli/cli.js";

main(process.argv.slice(2)).then(
  (code) => { if (code) process.exitCode = code; },
  (err) => { console.error(err); process.exitCode = 1; },
);
