/**
 * inspect-html.ts — `pycoro inspect --format html`: one self-contained page showing what the
 * marked functions of a file became: the source, the emitted code, and a diagram of each state
 * machine (states, transitions, suspension points, exception edges, finally blocks). Selecting a
 * state highlights its source lines and its `case` in the emitted code; selecting a source or
 * emitted line selects the state it belongs to.
 *
 * Self-contained and safe with any source text: no network (a Content-Security-Policy of
 * `default-src 'none'` with only the page's own script allowed, by hash), every piece of user text
 * HTML-escaped on the way in, and the page's data in a JSON block (`<` escaped) that is never
 * executed. So `</script>`, `<img onerror=...>` or `${...}` in the source show as text.
 *
 * The diagrams are laid out here (no Graphviz on the user's machine): the states top to bottom in
 * code order, the next-state edge straight down, other forward edges curving on the right and
 * backward edges on the left.
 */
import { createHash } from "node:crypto";
import type { StateMachine } from "../ir/machine.js";
import { stateViews, type StateView } from "./inspect.js";

export interface PageInput {
  file: string;
  source: string;
  code: string;
  machines: StateMachine[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

interface MachineData {
  name: string;
  kind: string;
  states: { id: number; src: [number, number]; out: [number, number] | null }[];
}

export function inspectPage(input: PageInput): string {
  const codeLines = input.code.split("\n");
  const machines = input.machines.map((sm, i) => ({ sm, views: stateViews(sm), index: i }));
  const data: MachineData[] = machines.map(({ sm, views }) => {
    const cases = emittedCases(codeLines, sm);
    return { name: sm.qualname, kind: sm.kind, states: views.map((v) => ({ id: v.state, src: [v.lines[0], v.lines[1]], out: cases.get(v.state) ?? null })) };
  });
  const diagrams = machines.map(({ sm, views, index }) => `<section class="machine" id="m${index}">
<h2>${esc(sm.kind)} <code>${esc(sm.qualname)}</code> <span class="where">${esc(sm.file)}:${sm.line}</span></h2>
${diagram(index, views)}
</section>`).join("\n");
  const script = SCRIPT;
  const hash = createHash("sha256").update(script).digest("base64");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">
<title>pycoro inspect — ${esc(input.file)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>pycoro inspect <code>${esc(input.file)}</code></h1>
<p>${input.machines.length} state machine${input.machines.length === 1 ? "" : "s"}. Click a state to see its source lines and its <code>case</code> in the emitted code; click a line to find its state.
<span class="legend"><span class="k-jump">— jump</span> <span class="k-yield">- - suspends (yield / await)</span> <span class="k-handler">··· on exception</span> <span class="k-completion">··· after finally</span> <span class="r-finally">finally block</span> <span class="r-catch">catch block</span></span></p></header>
<main>
<div class="pane"><h2>source</h2>${listing("src", input.source.split("\n"))}</div>
<div class="pane"><h2>emitted JavaScript</h2>${listing("out", codeLines)}</div>
<div class="pane diagrams">${diagrams || "<p>No marked functions in this file.</p>"}</div>
</main>
<script type="application/json" id="pycoro-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
<script>${script}</script>
</body>
</html>
`;
}

function listing(id: string, lines: string[]): string {
  return `<pre class="listing" id="${id}">${lines.map((l, i) => `<span class="line" data-line="${i + 1}"><span class="no">${i + 1}</span>${esc(l)}\n</span>`).join("")}</pre>`;
}

/** The first line of a marked closure's class, hoisted to the top of the module (`const g$_1 = __pycoro.frameClass(class g$ {`). */
const HOISTED = /^\s*const ([\w$]+)\b[^=]*= [\w$]+\.frameClass\(class /;

/**
 * Where each state's `case N:` is in the emitted code: inside the machine's `$step`, from the
 * case label to the line before the next label of the same switch.
 */
function emittedCases(lines: string[], sm: StateMachine): Map<number, [number, number]> {
  const found = new Map<number, [number, number]>();
  const metaLine = lines.findIndex((l) => l.includes(`$meta = { name: ${JSON.stringify(sm.name)}, qualname: ${JSON.stringify(sm.qualname)},`) && l.includes(`line: ${sm.line},`));
  if (metaLine < 0) return found;
  let step = metaLine, end = metaLine;
  while (step > 0 && !/^\s*\$step\(/.test(lines[step]) && !HOISTED.test(lines[step])) step--; // the method, not a `$w.$step(...)` call in it
  const hoisted = HOISTED.exec(lines[step]);
  if (hoisted) {
    // A marked closure (transformer.ts): the class stands at the top of the module, its step is
    // the function expression that follows `defineClosure(<class>, ...` where the marker stood
    // (for a marked method inside a marked function: `new <class>(function (...`).
    step = lines.findIndex((l) => l.includes(`.defineClosure(${hoisted[1]}, `) || l.includes(`new ${hoisted[1]}(function (`));
    if (step < 0) return found;
    end = lines.length;
  }
  // The first switch after `$step(` dispatches the states; it ends at the first line indented
  // less than its labels (the catch-side switch of the same step comes after it).
  const labels: { state: number; line: number }[] = [];
  let indent = -1;
  for (let i = step; i < end; i++) {
    const text = lines[i];
    const m = /^(\s*)case (\d+):/.exec(text);
    if (indent < 0) {
      if (m) { indent = m[1].length; labels.push({ state: Number(m[2]), line: i }); }
      continue;
    }
    const depth = text.length - text.trimStart().length;
    if (text.trim() && depth < indent) { end = i; break; }
    if (m && m[1].length === indent) labels.push({ state: Number(m[2]), line: i });
  }
  labels.forEach((l, k) => {
    const last = (k + 1 < labels.length ? labels[k + 1].line : end) - 1;
    found.set(l.state, [l.line + 1, Math.max(l.line, last) + 1]);
  });
  return found;
}

const BOX_W = 380, LINE_H = 14, GAP = 30, LEFT = 150, MAX_OPS = 6, CHARS = 58;

function diagram(machine: number, views: StateView[]): string {
  const ys: number[] = [], hs: number[] = [];
  let y = 10;
  for (const v of views) {
    const h = 22 + LINE_H * Math.min(v.ops.length, MAX_OPS + 1);
    ys.push(y); hs.push(h);
    y += h + GAP;
  }
  const order = new Map(views.map((v, i) => [v.state, i]));
  const parts: string[] = [];
  let laneR = 0, laneL = 0;
  views.forEach((v, i) => {
    for (const e of v.edges) {
      const j = order.get(e.to);
      if (j === undefined) continue;
      const cls = `edge k-${e.kind}`;
      const label = e.kind === "yield" || e.kind === "delegate" ? (e.kind === "yield" ? "yield" : "await / yield*") : e.kind === "handler" ? "except" : e.kind === "completion" ? "after finally" : "";
      const y1 = ys[i] + hs[i] / 2, y2 = ys[j] + hs[j] / 2;
      if (j === i + 1 && (e.kind === "fallthrough" || e.kind === "jump")) {
        parts.push(`<path class="${cls}" d="M${LEFT + BOX_W / 2},${ys[i] + hs[i]} L${LEFT + BOX_W / 2},${ys[j]}" marker-end="url(#arrow)"/>`);
        continue;
      }
      if (j > i || (j === i + 1)) {
        const x = LEFT + BOX_W + 14 + 16 * (laneR++ % 8);
        parts.push(`<path class="${cls}" d="M${LEFT + BOX_W},${y1} C${x},${y1} ${x},${y2} ${LEFT + BOX_W},${y2}" marker-end="url(#arrow)"/>`);
        if (label) parts.push(`<text class="elabel ${cls}" x="${x + 2}" y="${(y1 + y2) / 2}">${esc(label)}</text>`);
      } else {
        const x = LEFT - 14 - 16 * (laneL++ % 8);
        parts.push(`<path class="${cls}" d="M${LEFT},${y1} C${x},${y1} ${x},${y2} ${LEFT},${y2}" marker-end="url(#arrow)"/>`);
        if (label) parts.push(`<text class="elabel ${cls}" x="${x - 4}" y="${(y1 + y2) / 2}" text-anchor="end">${esc(label)}</text>`);
      }
    }
  });
  const boxes = views.map((v, i) => {
    const region = v.region.replace(/#\d+$/, "");
    const ops = v.ops.slice(0, MAX_OPS).map((o) => (o.length > CHARS ? `${o.slice(0, CHARS - 1)}…` : o));
    if (v.ops.length > MAX_OPS) ops.push(`… ${v.ops.length - MAX_OPS} more`);
    const suspends = v.edges.some((e) => e.kind === "yield" || e.kind === "delegate");
    return `<g class="state r-${region}${v.resume ? " resume" : ""}${suspends ? " suspends" : ""}" data-machine="${machine}" data-state="${v.state}" tabindex="0" role="button">
<title>state ${v.state} [${esc(v.region)}] — source lines ${v.lines[0]}–${v.lines[1]}</title>
<rect x="${LEFT}" y="${ys[i]}" width="${BOX_W}" height="${hs[i]}" rx="${v.resume ? 10 : 2}"/>
<text class="head" x="${LEFT + 8}" y="${ys[i] + 15}">state ${v.state}  [${esc(v.region)}]${v.resume ? "  (resume point)" : ""}${suspends ? "  (suspends)" : ""}</text>
${ops.map((o, k) => `<text class="op" x="${LEFT + 8}" y="${ys[i] + 30 + k * LINE_H}">${esc(o)}</text>`).join("\n")}
</g>`;
  }).join("\n");
  const width = LEFT + BOX_W + 14 + 16 * 8 + 90;
  return `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
${parts.join("\n")}
${boxes}
</svg>`;
}

const STYLE = `
body { font: 13px/1.4 system-ui, sans-serif; margin: 0; color: #1d1d1f; }
header { padding: 8px 16px; border-bottom: 1px solid #ccc; }
header h1 { font-size: 16px; margin: 0 0 4px; }
.legend span { margin-left: 12px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto; height: calc(100vh - 70px); }
.pane { overflow: auto; border-right: 1px solid #ddd; padding: 0 8px; }
.pane h2 { font-size: 13px; position: sticky; top: 0; background: #fff; margin: 0; padding: 4px 0; z-index: 1; }
.listing { margin: 0; font: 12px/1.45 ui-monospace, monospace; }
.line { display: block; white-space: pre; cursor: pointer; }
.line:hover { background: #f3f3f3; }
.line .no { display: inline-block; width: 3.5em; color: #999; text-align: right; padding-right: 1em; user-select: none; }
.line.hl { background: #fff3b0; }
.machine h2 { font-size: 13px; }
.where { color: #888; font-weight: normal; }
.diagram { font: 11px ui-monospace, monospace; }
.state rect { fill: #f7f9fc; stroke: #5a6b85; }
.state.r-try rect { fill: #eef5ff; }
.state.r-catch rect { fill: #fff0e6; stroke: #c46a1b; }
.state.r-finally rect { fill: #fffbe0; stroke: #a08a00; stroke-dasharray: 4 2; }
.state.suspends rect { stroke-width: 2; }
.state { cursor: pointer; }
.state:focus { outline: none; }
.state.selected rect { fill: #ffe37a; stroke: #b58900; stroke-width: 3; }
.state .head { font-weight: bold; }
.edge { fill: none; stroke: #444; }
.edge.k-fallthrough { stroke: #999; }
.edge.k-yield, .edge.k-delegate { stroke: #1f6feb; stroke-dasharray: 6 4; }
.edge.k-handler { stroke: #d1242f; stroke-dasharray: 2 3; }
.edge.k-completion { stroke: #8250df; stroke-dasharray: 2 3; }
text.elabel { stroke: none; fill: #555; font-size: 10px; }
text.elabel.k-yield, text.elabel.k-delegate { fill: #1f6feb; }
text.elabel.k-handler { fill: #d1242f; }
.k-yield { color: #1f6feb; } .k-handler { color: #d1242f; } .k-completion { color: #8250df; }
.r-finally { background: #fffbe0; } .r-catch { background: #fff0e6; }
`;

/** The page's only script: reads the JSON block, toggles classes. No user text passes through it as HTML. */
const SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById("pycoro-data").textContent);
  const lines = (pane) => Array.from(document.querySelectorAll("#" + pane + " .line"));
  const src = lines("src"), out = lines("out");
  const mark = (list, range) => { if (!range) return; for (let n = range[0]; n <= range[1]; n++) { const el = list[n - 1]; if (el) el.classList.add("hl"); } const first = list[range[0] - 1]; if (first) first.scrollIntoView({ block: "center" }); };
  const clear = () => { for (const el of document.querySelectorAll(".hl, .selected")) el.classList.remove("hl", "selected"); };
  const select = (m, s) => {
    clear();
    const st = data[m] && data[m].states.find((x) => x.id === s);
    if (!st) return;
    const g = document.querySelector('.state[data-machine="' + m + '"][data-state="' + s + '"]');
    if (g) { g.classList.add("selected"); g.scrollIntoView({ block: "nearest" }); }
    mark(src, st.src);
    mark(out, st.out);
  };
  for (const g of document.querySelectorAll(".state")) {
    const pick = () => select(Number(g.dataset.machine), Number(g.dataset.state));
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
  }
  // A line selects the state covering it: the narrowest range wins.
  const find = (key, n) => {
    let best = null;
    data.forEach((m, mi) => m.states.forEach((st) => { const r = st[key]; if (r && r[0] <= n && n <= r[1] && (!best || r[1] - r[0] < best.w)) best = { m: mi, s: st.id, w: r[1] - r[0] }; }));
    return best;
  };
  const onLine = (key) => (e) => { const el = e.target.closest(".line"); if (!el) return; const hit = find(key, Number(el.dataset.line)); if (hit) select(hit.m, hit.s); };
  document.getElementById("src").addEventListener("click", onLine("src"));
  document.getElementById("out").addEventListener("click", onLine("out"));
  window.pycoroInspect = { select, data };
})();`;
