# Differential fuzz of async generators, Python side: reads scenarios (JSON on stdin) built by
# test/runtime/ag-fuzz.test.ts, builds twins of the coframes.ts async generators, creates
# asend/athrow/aclose awaitables and drives them step by step, printing one line per operation.
import json, sys, types, warnings

@types.coroutine
def suspend(v):
    return (yield v)

def io(tag):
    return suspend(tag)

async def items(xs, log):
    try:
        for x in xs:
            got = yield x
            log.append(f"got {'undefined' if got is None else got}")
    finally:
        log.append("finally")

async def awaitInBody(io, log):
    log.append("started")
    x = yield 1
    log.append(f"got {'undefined' if x is None else x}")
    r = await io("pending-io")
    log.append(f"await returned {'undefined' if r is None else r}")
    y = yield 2
    log.append(f"got {'undefined' if y is None else y}")

async def catchFinally(io, log):
    try:
        yield 1
        yield 2
    except ValueError as e:
        log.append(f"caught {e}")
        yield "after-catch"
    finally:
        log.append("finally")
        await io("io-in-finally")
        log.append("finally done")

async def onGeneratorExit(mode, log):
    try:
        yield 1
    except GeneratorExit:
        log.append(f"GeneratorExit, {mode}")
        if mode == "yield":
            yield "refuse"
        elif mode == "raise":
            raise ValueError("during aclose")
        elif mode == "stop":
            raise StopAsyncIteration()
        else:
            return

async def yieldInFinally():
    try:
        yield 1
    finally:
        yield 2

async def awaitFirst(io):
    await io("waiting")
    yield 1

def fmt(v):
    if v is None:
        return "None"
    return str(v)

def run(sc):
    log = []
    gens = []
    for spec in sc["gens"]:
        k = spec[0]
        if k == "items": gens.append(items(spec[1], log))
        elif k == "awaitInBody": gens.append(awaitInBody(io, log))
        elif k == "catchFinally": gens.append(catchFinally(io, log))
        elif k == "onGE": gens.append(onGeneratorExit(spec[1], log))
        elif k == "yieldInFinally": gens.append(yieldInFinally())
        elif k == "awaitFirst": gens.append(awaitFirst(io))
    aws = []
    out = []
    def state(g):
        aw = g.ag_await
        return ("R" if g.ag_running else "-") + ("X" if g.ag_frame is None else "L") + ("-" if aw is None else "a")
    for op in sc["ops"]:
        kind = op[0]
        try:
            if kind == "make":
                g = gens[op[1]]
                how = op[2]
                if how == "anext": a = g.__anext__()
                elif how == "asend": a = g.asend(op[3])
                elif how == "athrowV": a = g.athrow(ValueError("v"))
                elif how == "athrowGE": a = g.athrow(GeneratorExit)
                else: a = g.aclose()
                aws.append(a)
                r = f"made {len(aws) - 1}"
            else:
                a = aws[op[1]]
                if kind == "send": r = f"-> {fmt(a.send(op[2]))}"
                elif kind == "throw": r = f"-> {fmt(a.throw(ValueError('t')))}"
                else: r = f"-> {fmt(a.close())}"
        except StopIteration as e:
            r = f"StopIteration {fmt(e.value)}"
        except BaseException as e:
            r = f"raised {type(e).__name__}: {e}"
        out.append(f"{op[0]} {op[1]} {r} | " + " ".join(state(g) for g in gens))
    out.append("log: " + ", ".join(log))
    return out

warnings.simplefilter("ignore")
sys.unraisablehook = lambda u: None  # generators left suspended are finalised without a loop: quiet
scenarios = json.load(sys.stdin)
res = [run(sc) for sc in scenarios]
print(json.dumps(res))
