/**
 * cli-args.ts — the `pycoro` command line, parsed the way tsc and tsx users expect.
 *
 *   pycoro build src --outDir dist     -> { targets: ["src"], options: { outDir: "dist" } }
 *   pycoro build src --outdir=dist     -> the same (tsc's option names are case-insensitive)
 *   pycoro build src --outDri dist     -> UsageError "unknown option '--outDri' for 'pycoro build'"
 *   pycoro build src --outDir          -> UsageError "option '--outDir' needs a value"
 *
 * A word that starts with `-` is an option or a usage error, never a path (a mistyped flag must
 * not turn into a folder to write into); `--` ends the options. For `run`, the first positional
 * is the program and everything after it belongs to the program (`pycoro run app.ts --port 1`).
 */

export class UsageError extends Error {
  constructor(message: string, readonly verb?: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  /** The canonical spelling, e.g. "outDir" for `--outDir`. */
  readonly name: string;
  /** "flag": boolean (`--watch`, `--no-map`); "value": takes the next word or `=value`. */
  readonly kind: "flag" | "value";
  /** Allowed values of a "value" option. */
  readonly choices?: readonly string[];
  readonly alias?: string;
  readonly help: string;
  readonly arg?: string;
}

export interface VerbSpec {
  readonly name: string;
  readonly synopsis: string;
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** The first positional ends option parsing (the rest are the program's arguments). */
  readonly restAfterFirst?: boolean;
  readonly minTargets: number;
  /** What a missing positional is called in the message: "<file.ts>". */
  readonly needs: string;
  readonly maxTargets?: number;
}

export interface Parsed {
  readonly targets: string[];
  readonly rest: string[];
  readonly options: Record<string, string | boolean>;
}

const HELP: OptionSpec = { name: "help", kind: "flag", alias: "h", help: "print this help" };

export function parseArgs(verb: VerbSpec, argv: readonly string[]): Parsed {
  const targets: string[] = [], rest: string[] = [];
  const options: Record<string, string | boolean> = {};
  const specs = [...verb.options, HELP];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (verb.restAfterFirst && targets.length === 1) { rest.push(...argv.slice(i)); break; }
    if (word === "--") { targets.push(...argv.slice(i + 1)); break; }
    if (!word.startsWith("-") || word === "-") { targets.push(word); continue; }
    const eq = word.indexOf("=");
    const key = eq < 0 ? word : word.slice(0, eq);
    const spec = findOption(specs, key);
    if (!spec) throw new UsageError(`unknown option '${key}' for 'pycoro ${verb.name}'${suggest(specs, key)}`, verb.name);
    if (spec.kind === "flag") {
      if (eq >= 0) throw new UsageError(`option '--${spec.name}' takes no value`, verb.name);
      options[spec.name] = true;
      continue;
    }
    let value: string | undefined = eq >= 0 ? word.slice(eq + 1) : argv[i + 1];
    if (eq < 0) {
      if (value === undefined || (value.startsWith("-") && value !== "-")) throw new UsageError(`option '--${spec.name}' needs a value${spec.arg ? ` (${spec.arg})` : ""}`, verb.name);
      i++;
    }
    if (value === "") throw new UsageError(`option '--${spec.name}' needs a value`, verb.name);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`option '--${spec.name}' must be one of ${spec.choices.join(", ")} (got '${value}')`, verb.name);
    }
    options[spec.name] = value;
  }
  if (options.help) return { targets, rest, options };
  if (targets.length < verb.minTargets) throw new UsageError(`'pycoro ${verb.name}' needs ${verb.needs}`, verb.name);
  if (verb.maxTargets !== undefined && targets.length > verb.maxTargets) throw new UsageError(`'pycoro ${verb.name}' takes ${verb.maxTargets} file, got ${targets.length}: ${targets.join(" ")}`, verb.name);
  return { targets, rest, options };
}

/** `--outDir`, `--outdir`, `--out-dir`, `-h`: tsc matches option names case-insensitively. */
function findOption(specs: readonly OptionSpec[], key: string): OptionSpec | undefined {
  if (!key.startsWith("--")) return specs.find((s) => s.alias !== undefined && `-${s.alias}` === key);
  const want = key.slice(2).replace(/-/g, "").toLowerCase();
  return specs.find((s) => s.name.replace(/-/g, "").toLowerCase() === want);
}

function suggest(specs: readonly OptionSpec[], key: string): string {
  const want = key.replace(/^-+/, "").toLowerCase();
  let best: OptionSpec | undefined, bestD = 3;
  for (const s of specs) {
    const d = distance(want, s.name.toLowerCase());
    if (d < bestD) { best = s; bestD = d; }
  }
  return best ? ` (did you mean '--${best.name}'?)` : "";
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export function verbHelp(verb: VerbSpec): string {
  const lines = [`usage: ${verb.synopsis}`, "", verb.summary, "", "options:"];
  const shown = [...verb.options, HELP].map((o) => [`${o.alias ? `-${o.alias}, ` : ""}--${o.name}${o.kind === "value" ? ` <${o.arg ?? (o.choices ? o.choices.join("|") : "value")}>` : ""}`, o.help]);
  const width = Math.max(...shown.map(([l]) => l.length));
  for (const [l, h] of shown) lines.push(`  ${l.padEnd(width)}  ${h}`);
  return `${lines.join("\n")}\n`;
}
