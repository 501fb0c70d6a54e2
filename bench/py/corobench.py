"""CPython side of bench/lib/coroutines.mjs: the same coroutines, driven as the pycoro child drives them.

usage: python3 corobench.py '{"mode": "tree"|"mem", ...}'
Prints one JSON line: {"ok": true, "samples": {"tree": [ns per tree, ...]}} (mem: {"bytes": ...}).
The tree runs without an event loop: main(n).send(None) runs it all to StopIteration (no await in
it suspends), exactly what the pycoro variant does. A parked coroutine awaits a pending asyncio
Future (it yields the future from its first send).
"""
import asyncio
import gc
import json
import sys
import time

from genbench import sample_ns


async def leaf(x):
    return x + 1


async def level(d, x):
    return await leaf(x) if d == 0 else await level(d - 1, x)


async def main_(n):
    s = 0
    for i in range(n):
        s = await level(9, i & 1023)
    return s


async def parked(a, fut):
    x = a + 1
    await fut
    return x


def run_main(n):
    c = main_(n)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("main() suspended: an await suspended in the tree")


def main():
    args = json.loads(sys.argv[1])
    quick = args.get("quick")
    if args["mode"] == "tree":
        if run_main(3) != 3:
            raise AssertionError("tree computed the wrong value")
        opts = {"samples": 3, "min_ms": 20, "warmup": 1} if quick else {"samples": 7, "min_ms": 40, "warmup": 3}
        print(json.dumps({"ok": True, "samples": {"tree": sample_ns(run_main, **opts)}}))
    elif args["mode"] == "mem":
        import tracemalloc
        n = args["count"]
        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        held = [None] * n
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for i in range(n):
            c = parked(i & 127, fut)
            if c.send(None) is not fut:
                raise AssertionError("did not park on the future")
            fut._asyncio_future_blocking = False  # as the Task that got it would
            held[i] = c
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        for c in held:
            c.close()
        loop.close()
        print(json.dumps({"ok": True, "bytes": (after - before) / n}))
    else:
        raise SystemExit(f"unknown mode {args['mode']}")


if __name__ == "__main__":
    main()
