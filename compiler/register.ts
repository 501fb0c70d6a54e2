/**
 * register.ts — `node --import pycoro/register app.ts`: install pycoro's module hooks.
 */
import { register } from "node:module";

register(new URL("./loader-hooks.js", import.meta.url));
process.setSourceMapsEnabled?.(true);
// CommonJS require() of .ts files (a package without "type": "module").
(await import("./require-hook.js")).installRequireHook();
