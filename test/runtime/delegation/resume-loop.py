# Python twin of resume-loop.ts (the lines before "limit").
def tree(t):
    if t is None:
        return 0
    a = yield from tree(t[0])
    yield t[1]
    b = yield from tree(t[2])
    return a + b + 1

def mk(lo, hi):
    if lo > hi:
        return None
    m = (lo + hi) >> 1
    return [mk(lo, m - 1), m, mk(m + 1, hi)]

def outer(t):
    n = yield from tree(t)
    return f"count {n}"

g = outer(mk(1, 12))
seen = []
try:
    while True:
        seen.append(next(g))
except StopIteration as e:
    print("walk", ",".join(map(str, seen)), e.value)

def counter(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} done"

def via(sub):
    yield "via start"
    r = yield from sub
    yield f"via got {r}"
    return "via end"

def drain(g):
    return list(g)

shared = counter("s", 3)
other = via(shared)
next(other); next(other)
g = via(shared)
out = drain(g)
try:
    o = next(other)
    other_now = '{"value":"%s","done":false}' % o
except StopIteration:
    other_now = "done"
print("taken over", ",".join(out), "| the other now:", other_now)

closed = counter("c", 2)
next(closed)
closed.close()
print("closed delegate", ",".join(drain(via(closed))))
print("foreign", ",".join(map(str, drain(via(iter([1, 2]))))))

def catcher():
    try:
        yield "c0"
    except Exception as e:
        return f"caught {e}"
    return "not thrown"

g = via(catcher())
next(g); next(g)
t = g.throw(Exception("boom"))
try:
    n = '{"value":"%s","done":false}' % next(g)
except StopIteration as e:
    n = '{"value":"%s","done":true}' % e.value
print("throw", t, n)
