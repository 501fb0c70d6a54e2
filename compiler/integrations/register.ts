/**
 * register.ts — `node --import pycoro/register app.ts`: install pycoro's module hooks.
 */
import { servePs } from "../cli/ps.js";
import { register } from "node:module";

register(new URL("./loader-hooks.js", import.meta.url));
// Worker threads do not inherit module hooks on Node 20: an executor's worker registers these
// when a job names a .ts module (runtime/loop/worker-source.ts reads this variable).
process.env.PYCORO_LOADER_HOOKS = new URL("./loader-hooks.js", import.meta.url).href;
process.setSourceMapsEnabled?.(true);
// CommonJS require() of .ts files (a package without "type": "module").
(await import("./require-hook.js")).installRequireHook();

// Answer `pycoro ps` / `pstree` (SIGUSR2: a listener that costs nothing until asked; compiler/cli/ps.ts).
servePs(() => import("../../runtime/loop/ps.js").then((m) => m.allPsTasks()));
