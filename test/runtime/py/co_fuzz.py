# Differential fuzz of await chains, Python side: reads scenarios (JSON on stdin) built by
# test/runtime/co-fuzz.test.ts, builds the same coroutines (twins of coframes.ts: awaitOne, tryAwait,
# seq, ignores, body, suspend) and prints one line per operation. The TypeScript test runs the same
# scenarios on the hand-lowered frames and compares the text.
import inspect, json, sys, types

@types.coroutine
def suspend(v):
    return (yield v)

async def awaitOne(x):
    return await x

async def tryAwait(x, onError):
    try:
        return await x
    except BaseException as e:
        return onError(e)

async def seq(thunks):
    out = []
    for t in thunks:
        out.append(await t())
    return out

async def ignores(a, b):
    try:
        await a
    except BaseException as e:
        if isinstance(e, GeneratorExit):
            await b()
        raise

async def body(fn):
    return fn()

class KeyErr(Exception):
    pass
KeyErr.__name__ = "KeyError"

def handler(e):
    if isinstance(e, GeneratorExit):
        raise e
    return f"caught {type(e).__name__}"

def fmt(v):
    if v is None:
        return "None"
    if isinstance(v, list):
        return "[" + ",".join(fmt(x) for x in v) + "]"
    return str(v)

ABBR = {"CORO_CREATED": "C", "CORO_RUNNING": "R", "CORO_SUSPENDED": "S", "CORO_CLOSED": "X",
        "GEN_CREATED": "C", "GEN_RUNNING": "R", "GEN_SUSPENDED": "S", "GEN_CLOSED": "X"}

def run(sc):
    objs = []
    out = []
    def ref(i):
        return objs[i]
    for spec in sc["objs"]:
        k = spec[0]
        if k == "leaf": objs.append(suspend(spec[1]))
        elif k == "ret": objs.append(body(lambda v=spec[1]: v))
        elif k == "aw": objs.append(awaitOne(ref(spec[1])))
        elif k == "try": objs.append(tryAwait(ref(spec[1]), handler))
        elif k == "seq": objs.append(seq([(lambda j=j: ref(j)) for j in spec[1]]))
        elif k == "ign": objs.append(ignores(ref(spec[1]), lambda j=spec[2]: ref(j)))
        elif k == "op":
            # a coroutine whose body performs an operation on another object (maybe a running one)
            def fn(op=spec[1], j=spec[2]):
                return do(op, j)
            objs.append(body(fn))
    def state(o):
        s = inspect.getcoroutinestate(o) if inspect.iscoroutine(o) else inspect.getgeneratorstate(o)
        aw = o.cr_await if inspect.iscoroutine(o) else o.gi_yieldfrom
        at = "-" if aw is None else next((str(i) for i, x in enumerate(objs) if x is aw), "?")
        return ABBR[s] + at
    def do(op, i, arg=None):
        o = objs[i]
        if op == "send": return o.send(arg)
        if op == "next": return o.send(None)
        if op == "throwV": return o.throw(ValueError("v"))
        if op == "throwK": return o.throw(KeyErr("k"))
        if op == "throwGE": return o.throw(GeneratorExit)
        if op == "close": return o.close()
        raise AssertionError(op)
    for op, i, arg in sc["ops"]:
        try:
            r = f"-> {fmt(do(op, i, arg))}"
        except StopIteration as e:
            r = f"StopIteration {fmt(e.value)}"
        except BaseException as e:
            r = f"raised {type(e).__name__}: {e}"
        out.append(f"{op} {i} {r} | " + " ".join(state(o) for o in objs))
    for o in objs:  # quiet shutdown: close what is left, never-awaited warnings off
        try:
            o.close()
        except BaseException:
            pass
    return out

import warnings
warnings.simplefilter("ignore")
scenarios = json.load(sys.stdin)
print(json.dumps([run(sc) for sc in scenarios]))
