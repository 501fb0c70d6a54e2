#!/usr/bin/env node
import { main } from "../dist/compiler/cli/cli.js";

main(process.argv.slice(2)).then(
  (code) => { if (code) process.exitCode = code; },
  (err) => {
    // An uncaught KeyboardInterrupt from run() (SIGINT) ends the process as Python's does.
    err?.[Symbol.for("pycoro.exitAsPython")]?.();
    console.error(err);
    process.exitCode = 1;
  },
);
