// Node's network and file modules, loaded the first time the I/O layer needs them.
//
// Why this file exists: an empty `run()` program must stay within 10 MB of an empty Node program
// (issue 12), and importing node:net, node:tls, node:dgram and node:os eagerly cost 2.7 MB of RSS
// (measured alone: 41.0 -> 43.7 MB) for programs that never open a socket. The I/O files import
// these modules' types only and reach the values through these getters; `process.getBuiltinModule`
// is synchronous (Node >= 20.16; the package requires 20.19), so no caller becomes async, and
// bundlers still see node builtins, which they leave external for Node.
import type * as Net from "node:net";
import type * as Tls from "node:tls";
import type * as Dgram from "node:dgram";
import type * as Fs from "node:fs";
import type * as Os from "node:os";

type Getter = (id: string) => unknown;
const getBuiltin = (globalThis as { process?: { getBuiltinModule?: Getter } }).process?.getBuiltinModule;

function load<T>(id: string): T {
  const m = getBuiltin?.(id);
  if (m === undefined) throw new Error(`pycoro's I/O needs Node's ${id} (process.getBuiltinModule, Node >= 20.16)`);
  return m as T;
}

let net: typeof Net | undefined, tls: typeof Tls | undefined, dgram: typeof Dgram | undefined;
let fs: typeof Fs | undefined, os: typeof Os | undefined;
export const nodeNet = (): typeof Net => (net ??= load<typeof Net>("node:net"));
export const nodeTls = (): typeof Tls => (tls ??= load<typeof Tls>("node:tls"));
export const nodeDgram = (): typeof Dgram => (dgram ??= load<typeof Dgram>("node:dgram"));
export const nodeFs = (): typeof Fs => (fs ??= load<typeof Fs>("node:fs"));
export const nodeOs = (): typeof Os => (os ??= load<typeof Os>("node:os"));
