# Python twins of the delegation scenarios in test/runtime/delegation.test.ts ("scenarios" block).
# The generators mirror the hand-lowered frames of test/runtime/frames.ts one to one; each scenario
# prints lines that the TypeScript test reproduces (None prints as None, undefined is mapped to None
# there). Run: python3 test/runtime/py/yf_scenarios.py
import inspect

out = []
def p(*a):
    out.append(" ".join(str(x) for x in a))
def show(f):
    try:
        return f"-> {f()}"
    except BaseException as e:
        return f"raised {type(e).__name__}: {e}"

from twins import innerFin, outer2, guarded, seq, deleg, twice, onGE, finallyDelegates, midIgnore, yieldThenDelegate, NoThrow

st = inspect.getgeneratorstate

# S1: inner driven directly while its delegator is suspended, then the delegator resumed
log = []
i = innerFin(log); o = outer2(log, i)
p("S1", next(o), o.gi_yieldfrom is i)
p("S1", i.send("D"))
p("S1", o.send("O"), log)
p("S1", show(lambda: o.send("E")), log, st(o), st(i))

# S2: inner driven to completion directly, then the delegator resumed
log = []
i = innerFin(log); o = outer2(log, i); next(o)
i.send("a")
p("S2", show(lambda: i.send("b")), st(i), o.gi_yieldfrom is i)
p("S2", o.send("X"), log)

# S3: inner closed directly, then the delegator resumed
log = []
i = innerFin(log); o = outer2(log, i); next(o)
p("S3", i.close(), log, st(o))
p("S3", o.send("Y"), log)

# S4: an exception thrown into the inner generator directly kills it; the delegator then gets None
log = []
i = innerFin(log); o = outer2(log, i); next(o)
p("S4", show(lambda: i.throw(ValueError("k"))))
p("S4", o.send("Z"), log)

# S5: the middle of a 3-chain driven directly to its end, then the base resumed
log = []
i = innerFin(log); m = guarded("mid", log, i); o = outer2(log, m)
p("S5", next(o), st(o), st(m), st(i))
p("S5", m.send("M"))
p("S5", show(lambda: m.send("M2")), log)
p("S5", o.send("after"), log)

# S6: closing the base closes the whole chain, innermost first
log = []
i = innerFin(log); o = outer2(log, guarded("mid", log, i)); next(o)
i.send("x")
p("S6", o.close(), st(i), log)

# S7: two delegators share one subgenerator (YF-14)
s = seq(["s1", "s2"], "s-ret")
a, b = deleg(s), deleg(s)
p("S7", next(a), next(b), next(a), next(b))

# S8: yield from a generator that is itself suspended in yield from: None is sent to its leaf first
log = []
mm = guarded("m", log, innerFin(log))
p("S8", next(mm))
oo = deleg(mm)
p("S8", oo.send(None), oo.send("q"), log)

# S9: the middle, driven directly, finishes one delegation and starts another; the base then resumes
log = []
t = twice(seq(["a1"], "ra"), seq(["b1"], "rb")); o = outer2(log, t)
p("S9", next(o), t.send(None), t.gi_yieldfrom.gi_frame.f_locals["xs"])
p("S9", o.send("z"), log)

# S10: a finally that delegates while closing: fine if the sub-iterator ends, "ignored" if it yields
log = []
g = finallyDelegates(log, lambda: seq([], "sub-ret")); next(g)
p("S10", g.close(), log, st(g))
log = []
g = finallyDelegates(log, lambda: seq(["sub-y"])); next(g)
p("S10", show(g.close), st(g), g.gi_yieldfrom.__name__)
p("S10", show(lambda: next(g)), log, st(g))
p("S10", g.close(), st(g))

# S11: closing a chain whose middle ignores GeneratorExit; the base catches the RuntimeError and yields
log = []
i = innerFin(log); m = midIgnore(log, i); o = guarded("outer", log, m); next(o)
p("S11", show(o.close), log, st(o), st(m), st(i))
p("S11", show(o.close), st(o))

# S12: throw() into a chain: the middle catches it and yields; then the chain continues
log = []
d = deleg(guarded("mid", log, innerFin(log))); next(d)
p("S12", d.throw(ValueError("k")), log, d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_yieldfrom)
p("S12", next(d))

# S13: close() a chain whose leaf returns on GeneratorExit: the middle still gets GeneratorExit
log = []
g = guarded("mid", log, onGE(log, "return")); next(g)
p("S13", g.close(), log, st(g))

# S14: close() a chain whose leaf raises on GeneratorExit: the middle gets that error
log = []
g = guarded("mid", log, onGE(log, "raiseValue")); next(g)
p("S14", show(g.close), log, st(g))

# S15: invalid throw() arguments in a chain: the leaf's delegator gets the TypeError
log = []
c = guarded("c", log, seq(["x"])); b = guarded("b", log, c); a = guarded("a", log, b); next(a)
p("S15", a.throw(ValueError("1"), "x"), log, st(a), st(b), st(c))

# S16: throw(GeneratorExit instance, value): the sub-chain is closed, then the TypeError
log = []
c = guarded("c", log, seq(["x"])); b = guarded("b", log, c); a = guarded("a", log, b); next(a)
p("S16", show(lambda: a.throw(GeneratorExit(), "x")), log, st(a), st(b), st(c), a.gi_yieldfrom is b)
log.clear()
p("S16", show(lambda: next(a)), log, st(a))

# S17: invalid throw() arguments, leaf is a foreign iterator without throw
log = []
b = guarded("b", log, NoThrow()); a = guarded("a", log, b); next(a)
p("S17", a.throw(ValueError("1"), "x"), log, st(b))
b = guarded("b", log, NoThrow()); next(b)
p("S17", show(lambda: b.throw(ValueError("1"), "x")), st(b))

# S18: throw(StopIteration) into a chain whose leaf is exhausted resumes the delegator with its value
s1 = seq([1]); dd = deleg(s1); next(dd); list(s1)
p("S18", dd.throw(StopIteration("sv")))

# S19: the leaf of a chain, driven directly, starts delegating; then the base resumes the longer chain
log = []
b = yieldThenDelegate(seq(["s1", "s2"], "sr")); a = outer2(log, b)
p("S19", next(a), b.send("x"), b.gi_yieldfrom.__name__)
p("S19", next(a), next(a), log)

# S20: a shared sub-generator is closed through one delegator; the other then gets None
log = []
s = seq(["s1", "s2", "s3"], "s-ret")
a, b = guarded("a", log, s), deleg(s)
p("S20", next(a), next(b), a.close(), st(s), log)
p("S20", next(b))

# S21: gi_yieldfrom of a delegator suspended in a foreign iterator is the iterator itself
it = iter([1, 2])
g = deleg(it)
p("S21", next(g), g.gi_yieldfrom is it)

print("\n".join(out))
