/**
 * register.ts — `node --import pycoro/register app.ts`: install pycoro's module hooks.
 */
import { register } from "node:module";
import { servePs } from "../cli/ps.js";

register(new URL("./loader-hooks.js", import.meta.url));
process.setSourceMapsEnabled?.(true);

// Answer `pycoro ps` / `pstree` (SIGUSR2: a listener that costs nothing until asked; compiler/cli/ps.ts).
servePs(() => import("../../runtime/loop/ps.js").then((m) => m.allPsTasks()));
