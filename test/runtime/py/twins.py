# Python twins of the hand-lowered frames in test/runtime/frames.ts, one generator per frame, with
# the same yields, returns and log lines. Used by yf_scenarios.py and yf_fuzz.py.

def innerFin(log):
    try:
        x = yield "i1"
        log.append(f"inner got {x}")
        y = yield "i2"
        log.append(f"inner got {y}")
        return "inner-ret"
    finally:
        log.append("inner finally")

def outer2(log, sub):
    try:
        r = yield from sub
        log.append(f"outer got result {r}")
        yield "o1"
    finally:
        log.append("outer finally")

def guarded(name, log, sub):
    try:
        r = yield from sub
        log.append(f"{name} got {r}")
        return r
    except BaseException as e:
        log.append(f"{name} caught {type(e).__name__}: {e}")
        if isinstance(e, GeneratorExit):
            raise
        yield f"{name} handled"
        return "after handled"

def seq(xs, ret=None):
    for x in xs:
        yield x
    return ret

def deleg(sub):
    r = yield from sub
    yield f"delegator resumed with {r}"

def twice(a, b):
    r1 = yield from a
    r2 = yield from b
    return f"{r1},{r2}"

def onGE(log, action):
    try:
        yield 1
    except GeneratorExit as e:
        log.append(f"caught {type(e).__name__}")
        if action == "reraise":
            raise
        if action == "return":
            return "val"
        if action == "pass":
            return
        if action == "yield":
            yield "ignored"
            log.append("resumed after second yield")
            yield "third"
            return
        if action == "raiseValue":
            raise ValueError("sub raised on GE")
        if action == "raiseStop":
            raise StopIteration("x")
        raise AssertionError(action)

def finallyDelegates(log, sub):
    try:
        yield 1
    finally:
        r = yield from sub()
        log.append(f"finally got {r}")

def midIgnore(log, sub):
    try:
        yield from sub
    except GeneratorExit:
        log.append("mid got GE")
        yield "mid ignores"
    log.append("mid resumed")
    yield "mid2"

def yieldThenDelegate(sub):
    a = yield "first"
    r = yield from sub
    return f"{a}:{r}"

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return "nt"


def call1(fn):
    yield fn()
    return "after"
