"""CPython side of bench/run.mjs: the same generators and method as bench/lib/*.mjs.

usage: python3 genbench.py '{"mode": "send"|"chain"|"mem", ...}'
Prints one JSON line: {"ok": true, "samples": {key: [ns per unit, ...]}} (mem: {"bytes": ...}).
"""
import gc
import json
from itertools import islice
import sys
import time

sys.setrecursionlimit(100_000)
now = time.perf_counter_ns


def sample_ns(body, units_per_rep=1, min_ms=20, samples=5, warmup=1):
    min_ns = min_ms * 1_000_000
    reps = 1
    while True:
        t0 = now()
        body(reps)
        t = now() - t0
        if t >= min_ns:
            break
        reps = reps * 16 if t < min_ns / 64 else int(reps * min_ns * 1.15 / max(t, 1)) + 1
    for _ in range(warmup):
        body(reps)
    out = []
    for _ in range(samples):
        t0 = now()
        body(reps)
        out.append((now() - t0) / (reps * units_per_rep))
    return out


def echo():
    v = 0
    while True:
        v = yield v + 1


def counter():
    i = 0
    while True:
        yield i
        i = (i + 1) & 127


def leaf(n):
    for i in range(n):
        yield i
    return n


def wrap(it):
    return (yield from it)


def chain(d, n):
    g = leaf(n)
    for _ in range(1, d):
        g = wrap(g)
    return g


def endless():
    i = 0
    while True:
        yield i
        i = (i + 1) & 127


def endless_chain(d):
    g = endless()
    for _ in range(1, d):
        g = wrap(g)
    return g


def holder(a):
    x = a + 1
    yield x
    return x


def main():
    args = json.loads(sys.argv[1])
    quick = args.get("quick")
    opts = {"samples": 3 if quick else 5, "warmup": 1}
    mode = args["mode"]
    if mode == "send":
        g = echo()
        next(g)
        c = counter()
        next(c)
        send = g.send

        def send_body(n):
            for _ in range(n):
                send(1)

        def next_body(n):
            for _ in range(n):
                next(c)

        print(json.dumps({"ok": True, "samples": {"send": sample_ns(send_body, **opts), "next": sample_ns(next_body, **opts)}}))
    elif mode == "chain":
        res = {}
        for d in args["depths"]:
            g = endless_chain(d)
            next(g)

            def steady(reps, g=g):
                for _ in islice(g, reps):  # the interpreter's for-loop resume, as in the drains
                    pass

            res[f"S{d}"] = sample_ns(steady, **opts)
        for d in args["depths"]:
            n = max(args["py_values"] // d, 10 * d)

            def body(reps, d=d, n=n):
                for _ in range(reps):
                    k = 0
                    for _ in chain(d, n):
                        k += 1
                    if k != n:
                        raise AssertionError(f"chain({d}) yielded {k}, expected {n}")

            res[f"D{d}"] = sample_ns(body, units_per_rep=n, **opts)
        print(json.dumps({"ok": True, "samples": res}))
    elif mode == "mem":
        import tracemalloc
        n = args["count"]
        held = [None] * n
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for i in range(n):
            g = holder(i & 127)
            next(g)
            held[i] = g
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(json.dumps({"ok": True, "bytes": (after - before) / n, "getsizeof": sys.getsizeof(held[0])}))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
