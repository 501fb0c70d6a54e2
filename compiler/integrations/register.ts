/**
 * register.ts — `node --import pycoro/register app.ts`: install pycoro's module hooks.
 */
import { register } from "node:module";

register(new URL("./loader-hooks.js", import.meta.url));
process.setSourceMapsEnabled?.(true);
