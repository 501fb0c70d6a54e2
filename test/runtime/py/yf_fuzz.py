# Differential fuzz, Python side: reads scenarios (JSON on stdin) built by test/runtime/fuzz.test.ts,
# runs them on the twin generators and prints one line per operation. The TypeScript test runs the
# same scenarios on the hand-lowered frames and compares the text.
import inspect, json, sys
from twins import call1, innerFin, outer2, guarded, seq, deleg, twice, onGE, finallyDelegates, midIgnore, yieldThenDelegate

class Foreign:
    """A Python iterator; the TypeScript side builds the equivalent: style "py" (with send(): send
    and throw return values) or "js" (no send: sends go to next(v), which this twin's send models;
    throw returns IteratorResults)."""
    def __init__(self, log, name, n, ret, throw, close, style):
        self.log, self.name, self.n, self.ret, self.i, self.style = log, name, n, ret, 0, style
        if throw is not None:
            def throw_(typ, val=None, tb=None):
                # pycoro does not call a foreign throw() with invalid throw() arguments (a JavaScript
                # iterator takes one exception): model that by rejecting them before any effect.
                if val is not None:
                    raise TypeError("instance exception may not have a separate value")
                self.log.append(f"{name} throw {type(typ).__name__}")
                if throw == "yield":
                    return f"{name} thrown"
                if throw == "done":
                    raise StopIteration(f"{name} throw-ret")
                raise typ
            self.throw = throw_
        if close is not None:
            def close_():
                self.log.append(f"{name} close")
                if close == "raise":
                    raise ValueError("close failed")
            self.close = close_
    def __iter__(self):
        return self
    def _step(self):
        if self.i < self.n:
            self.i += 1
            return f"{self.name}v{self.i}"
        raise StopIteration(self.ret)
    def __next__(self):
        self.log.append(f"{self.name} next")
        return self._step()
    def send(self, v):
        self.log.append(f"{self.name} send {v}" if self.style == "py" else f"{self.name} next")
        return self._step()

ABBR = {"GEN_CREATED": "C", "GEN_RUNNING": "R", "GEN_SUSPENDED": "S", "GEN_CLOSED": "X"}

def build(spec, gens, log):
    kind = spec[0]
    if kind == "seq": return seq(spec[1], spec[2])
    if kind == "innerFin": return innerFin(log)
    if kind == "onGE": return onGE(log, spec[1])
    if kind == "guarded": return guarded(spec[1], log, gens[spec[2]])
    if kind == "outer2": return outer2(log, gens[spec[1]])
    if kind == "deleg": return deleg(gens[spec[1]])
    if kind == "midIgnore": return midIgnore(log, gens[spec[1]])
    if kind == "ytd": return yieldThenDelegate(gens[spec[1]])
    if kind == "twice": return twice(gens[spec[1]], gens[spec[2]])
    if kind == "reenter":
        op, t, arg = spec[1], spec[2], spec[3]
        def cb():
            try:
                res = f"-> {run(op, gens[t], arg)}"
            except BaseException as e:
                res = f"raised {type(e).__name__}: {e}"
            log.append(f"cb {op} {t}: {res}")
            return res
        return call1(cb)
    if kind == "foreign": return Foreign(log, spec[1], spec[2], spec[3], spec[4], spec[5], spec[6])
    if kind == "finDel":
        sub = gens[spec[1]]
        return finallyDelegates(log, lambda: sub)
    raise AssertionError(kind)

def run(op, g, arg):
    if op == "next": return next(g)
    if op == "send": return g.send(arg)
    if op == "throwV": return g.throw(ValueError(arg))
    if op == "throwGE": return g.throw(GeneratorExit)
    if op == "throwBad": return g.throw(ValueError("1"), "x")
    if op == "close": return g.close()
    raise AssertionError(op)

out = []
for n, sc in enumerate(json.load(sys.stdin)):
    log = []
    gens = []
    for spec in sc["gens"]:
        gens.append(build(spec, gens, log))
    for i, (op, t, arg) in enumerate(sc["ops"]):
        try:
            res = f"-> {run(op, gens[t], arg)}"
        except BaseException as e:
            res = f"raised {type(e).__name__}: {e}"
        states = "".join("F" if isinstance(g, Foreign) else ABBR[inspect.getgeneratorstate(g)] for g in gens)
        yf = ",".join("f" if isinstance(g, Foreign) else str(gens.index(g.gi_yieldfrom)) if g.gi_yieldfrom is not None else "-" for g in gens)
        out.append(f"{n}.{i} {op} {t}: {res} | {states} | {yf} | {log}")
        log.clear()
print("\n".join(out))
