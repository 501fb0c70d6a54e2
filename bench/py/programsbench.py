"""CPython side of bench/lib/programs.mjs: the same programs as bench/lib/programs-src.mjs, in
Python (conjoin N-Queens and Knight's tour as in test_generators.py, a recursive tree walk with
`yield from`, a send-driven pipeline; asyncio programs), timed the same way.

usage: python3 programsbench.py '{"mode": "gen"|"aio", "loop": "cpython"|"uvloop", "quick": bool, ...sizes}'
Prints one JSON line: {"ok": true, "samples": {name: [ns per run...]}, "cold": {name: ns}, "check": {...}}.
"""
import asyncio
import json
import math
import sys
import time


def conjoin(gs):
    n = len(gs)
    values = [0] * n

    def gen(i):
        if i >= n:
            yield values
            return
        for v in gs[i]():
            values[i] = v
            yield from gen(i + 1)

    yield from gen(0)


def queens(n):
    used = {"cols": 0, "d1": 0, "d2": 0}
    rows = []
    for i in range(n):
        def rowgen(i=i):
            for j in range(n):
                c, a, b = 1 << j, 1 << (i - j + n - 1), 1 << (i + j)
                if used["cols"] & c == 0 and used["d1"] & a == 0 and used["d2"] & b == 0:
                    used["cols"] |= c; used["d1"] |= a; used["d2"] |= b
                    yield j
                    used["cols"] &= ~c; used["d1"] &= ~a; used["d2"] &= ~b
        rows.append(rowgen)
    count = 0
    for _ in conjoin(rows):
        count += 1
    return count


def knights(m, n, limit):
    N = m * n
    jumps = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    succs = []
    for sq in range(N):
        r, c = divmod(sq, n)
        succs.append([(r + dr) * n + c + dc for dr, dc in jumps if 0 <= r + dr < m and 0 <= c + dc < n])
    visited = [0] * N
    path = [0] * N

    def exits(t):
        return sum(1 for u in succs[t] if not visited[u])

    def first():
        visited[0] = 1
        path[0] = 0
        yield 0
        visited[0] = 0

    gs = [first]
    for k in range(1, N):
        def step(k=k):
            cands, keys = [], []
            for t in succs[path[k - 1]]:
                if visited[t]:
                    continue
                key = exits(t) * 64 + t
                i = len(keys)
                while i > 0 and keys[i - 1] > key:
                    i -= 1
                keys.insert(i, key)
                cands.insert(i, t)
            for t in cands:
                visited[t] = 1
                path[k] = t
                yield t
                visited[t] = 0
        gs.append(step)
    count = 0
    it = conjoin(gs)
    for _ in it:
        count += 1
        if count >= limit:
            break
    it.close()
    return count


class Tree:
    __slots__ = ("v", "l", "r")

    def __init__(self, v, l, r):
        self.v, self.l, self.r = v, l, r


def make_tree(depth, base=0):
    if depth == 0:
        return None
    half = 2 ** (depth - 1)
    return Tree(base + half, make_tree(depth - 1, base), make_tree(depth - 1, base + half))


def inorder(t):
    if t is None:
        return
    yield from inorder(t.l)
    yield t.v
    yield from inorder(t.r)


def tree_walk(t):
    s = 0
    for v in inorder(t):
        s += v
    return s


def sink(acc):
    while True:
        acc[0] += yield


def mapper(target):
    while True:
        x = yield
        target.send((x * x) % 1000)


def filt(target):
    while True:
        x = yield
        if x % 3 != 0:
            target.send(x)


def pipeline(n):
    acc = [0]
    s = sink(acc); next(s)
    m = mapper(s); next(m)
    f = filt(m); next(f)
    for i in range(n):
        f.send(i)
    f.close(); m.close(); s.close()
    return acc[0]


# ---- asyncio programs ----

async def fetch(sem, url):
    async with sem:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return url % 7


async def crawler(n):
    sem = asyncio.Semaphore(20)
    ts = [asyncio.create_task(fetch(sem, i)) for i in range(n)]
    s = 0
    for f in asyncio.as_completed(ts):
        s += await f
    return s


async def stage(inq, outq):
    while True:
        x = await inq.get()
        if x < 0:
            return
        await outq.put(x * 2)


async def collect(q, n):
    s = 0
    for _ in range(n):
        s += await q.get()
    return s


async def prodcons(n):
    q1, q2 = asyncio.Queue(100), asyncio.Queue(100)
    ws = [asyncio.create_task(stage(q1, q2)) for _ in range(4)]
    c = asyncio.create_task(collect(q2, n))
    for i in range(n):
        await q1.put(i)
    for _ in range(4):
        await q1.put(-1)
    for w in ws:
        await w
    return await c


async def tick(d):
    await asyncio.sleep(d)


async def timer_group(n):
    async with asyncio.TaskGroup() as tg:
        for i in range(n):
            tg.create_task(tick((i % 10) / 1000))
    return n


async def locker(lock, box, times):
    for _ in range(times):
        async with lock:
            box[0] += 1
            await asyncio.sleep(0)


async def lock_heavy(tasks, times):
    lock = asyncio.Lock()
    box = [0]
    ts = [asyncio.create_task(locker(lock, box, times)) for _ in range(tasks)]
    for t in ts:
        await t
    return box[0]


marker_sink = [None] * 1024


def marker_eval(n):
    """A nested generator function defined per iteration, closing over the loop's variable."""
    s = marker_sink
    for i in range(n):
        def gen(k):
            yield k + i
        s[i & 1023] = gen
    return n


def sample(fn, min_ns, reps):
    """ns per call of fn: calibrated so one sample takes >= min_ns, one warm-up sample."""
    k = 1
    while True:
        t0 = time.perf_counter_ns()
        for _ in range(k):
            fn()
        t = time.perf_counter_ns() - t0
        if t >= min_ns:
            break
        k *= 2
    out = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        for _ in range(k):
            fn()
        out.append((time.perf_counter_ns() - t0) / k)
    return out


def gen_mode(a):
    reps = 3 if a.get("quick") else 5
    progs = {
        "queens": lambda: queens(a["queens"]),
        "knights": lambda: knights(a["knightsM"], a["knightsN"], a["knightsLimit"]),
        "tree": (lambda t: lambda: tree_walk(t))(make_tree(a["treeDepth"])),
        "pipeline": lambda: pipeline(a["pipelineN"]),
    }
    if a.get("markerN"):
        progs["markers"] = lambda: marker_eval(a["markerN"])
    cold, check, samples = {}, {}, {}
    for name, fn in progs.items():
        t0 = time.perf_counter_ns()
        check[name] = fn()
        cold[name] = time.perf_counter_ns() - t0
    for name, fn in progs.items():
        samples[name] = sample(fn, 40e6, reps)
    return {"samples": samples, "cold": cold, "check": check}


def aio_mode(a):
    reps = 2 if a.get("quick") else 5
    uv = a.get("loop") == "uvloop"
    if uv:
        import uvloop
    run = uvloop.run if uv else asyncio.run
    progs = {
        "crawler": lambda: crawler(a["crawler"]),
        "prodcons": lambda: prodcons(a["prodcons"]),
        "timerGroup": lambda: timer_group(a["timerGroup"]),
        "lockHeavy": lambda: lock_heavy(a["lockTasks"], a["lockTimes"]),
    }
    cold, check, samples = {}, {}, {}
    for name, mk in progs.items():
        t0 = time.perf_counter_ns()
        check[name] = run(mk())
        cold[name] = time.perf_counter_ns() - t0

    async def timed(mk):
        await mk()
        out = []
        for _ in range(reps):
            t0 = time.perf_counter_ns()
            await mk()
            out.append(time.perf_counter_ns() - t0)
        return out

    for name, mk in progs.items():
        samples[name] = run(timed(mk))
    return {"samples": samples, "cold": cold, "check": check}


def main():
    a = json.loads(sys.argv[1])
    res = aio_mode(a) if a.get("mode") == "aio" else gen_mode(a)
    print(json.dumps({"ok": True, **res}))


if __name__ == "__main__":
    main()
