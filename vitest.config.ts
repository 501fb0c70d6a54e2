import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Most tests spawn processes (`node bin/pycoro.mjs run`, native node, python3), each paying a
// TypeScript/Node start-up of a few hundred ms; on a loaded 2-core CI box that can reach seconds.
const cores = availableParallelism();

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.pycoro-cache/**", "**/dist/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // `describe.concurrent` suites: how many spawned programs run at once per test file.
    // The work is CPU-bound child processes, so about one per core plus one waiting on I/O.
    maxConcurrency: Math.max(2, cores + 1),
    pool: "forks",
    // Test files mostly wait on child processes: run two files at once even on 2 cores.
    maxWorkers: Math.max(2, cores),
  },
});
