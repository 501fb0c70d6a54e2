// Child-process entry: `node child.mjs <family> <json args>`. Imports bench/lib/<family>.mjs,
// runs its `child(args)` and prints one JSON line: { ok: true, ...result } or { ok: false, error }.
const [family, json] = process.argv.slice(2);
try {
  const mod = await import(new URL(`./${family}.mjs`, import.meta.url).href);
  const result = await mod.child(JSON.parse(json));
  process.stdout.write(JSON.stringify({ ok: true, ...result }) + "\n");
} catch (e) {
  const msg = String(e && e.message !== undefined ? `${e.name ?? "Error"}: ${e.message}` : e).split("\n")[0];
  process.stdout.write(JSON.stringify({ ok: false, error: msg.slice(0, 300) }) + "\n");
  process.exitCode = 1;
}
