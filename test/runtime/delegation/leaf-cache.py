# Python twin of leaf-cache.ts.
def counter(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} done"

def via(sub):
    yield "via start"
    r = yield from sub
    yield f"via got {r}"
    return "via end"

def step(g):
    try:
        return next(g)
    except StopIteration as e:
        return f"done({e.value})"
    except BaseException as e:
        return f"raised({type(e).__name__})"

leaf = counter("d", 4)
g = via(leaf)
out = [step(g), step(g), step(leaf), step(g), step(leaf), step(leaf), step(g), step(g), step(g)]
print("leaf driven directly:", " ".join(out))

def hop():
    yield "h0"
    r = yield from counter("k", 3)
    yield f"hop got {r}"
    return "hop end"

h = hop()
g = via(h)
out = [step(g), step(g), step(h), step(g), step(g), step(g), step(g), step(g)]
print("leaf delegates:", " ".join(out), "| gi_yieldfrom:", "None" if g.gi_yieldfrom is None else "set")

leaf = counter("t", 4)
def catcher(sub):
    try:
        yield from sub
    except Exception as e:
        yield f"caught {type(e).__name__}"
    return "catcher end"

g = catcher(leaf)
out = [step(g), step(g)]
out.append(g.throw(1))
out += [step(leaf), step(g), step(leaf), step(g)]
print("invalid throw:", " ".join(out))

def stubborn(sub):
    try:
        yield from sub
    finally:
        yield from counter("z", 3)
    return "stubborn end"

g = stubborn(counter("a", 5))
out = [step(g), step(g)]
try:
    g.close()
except Exception as e:
    out.append(f"close: {type(e).__name__}: {e}")
out += [step(g), step(g), step(g), step(g), step(g)]
print("ignored close:", " | ".join(out))

leaf = counter("s", 6)
g1, g2 = via(leaf), via(leaf)
out = [step(g1), step(g1), step(g2), step(g2), step(g1), step(g2), step(g1), step(g1), step(g2), step(g2), step(g2)]
print("shared leaf:", " ".join(out))
