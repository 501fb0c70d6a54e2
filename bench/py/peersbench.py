"""CPython side of bench/lib/peers.mjs: the same loop workloads on asyncio (or uvloop), timed the
same way (inside one asyncio.run, after a warm-up run of the workload), plus the memory rows.

usage: python3 peersbench.py '{"mode": "time"|"mem", "loop": "cpython"|"uvloop", "quick": bool}'
Prints one JSON line: {"ok": true, "samples": {...}} or {"ok": true, "mem": {...}}.
"""
import asyncio
import json
import sys
import time

SWITCHES, SPAWN, QUEUE, SEM, TIMERS, POOL, PARKED = 200_000, 50_000, 100_000, 100_000, 100_000, 2_000, 100_000
KS = [1, 100, 10_000]


async def switcher(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def switching(k, n):
    ts = [asyncio.create_task(switcher(n)) for _ in range(k)]
    s = 0
    for t in ts:
        s += await t
    return s


async def nop(i):
    return i


async def spawn(n):
    return len(await asyncio.gather(*[asyncio.create_task(nop(i)) for i in range(n)]))


async def producer(q, n):
    for i in range(n):
        await q.put(i)


async def consumer(q):
    s = 0
    while True:
        x = await q.get()
        if x < 0:
            return s
        s += 1


async def queue(n):
    q = asyncio.Queue(10)
    cs = [asyncio.create_task(consumer(q)) for _ in range(4)]
    ps = [asyncio.create_task(producer(q, n // 4)) for _ in range(4)]
    for p in ps:
        await p
    for _ in range(4):
        await q.put(-1)
    s = 0
    for c in cs:
        s += await c
    return s


async def job(sem):
    async with sem:
        await asyncio.sleep(0)
    return 1


async def semaphore(n):
    sem = asyncio.Semaphore(100)
    ts = [asyncio.create_task(job(sem)) for _ in range(n)]
    s = 0
    for t in ts:
        s += await t
    return s


async def timer(d):
    await asyncio.sleep(d)
    return 1


async def timers(n):
    ts = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        ts.append(asyncio.create_task(timer((x % 20000) / 1e6)))
    s = 0
    for t in ts:
        s += await t
    return s


def inc(x):
    return x + 1


async def pool(n):
    ts = [asyncio.create_task(asyncio.to_thread(inc, i)) for i in range(n)]
    s = 0
    for t in ts:
        s += await t
    return s


async def timed(make, units, reps):
    # warm-up as peers.mjs timeJs: 10 runs or 200 ms, whichever ends first, at least one
    w0 = time.perf_counter()
    for i in range(10):
        if i > 0 and time.perf_counter() - w0 >= 0.2:
            break
        await make()
    out = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        await make()
        out.append((time.perf_counter_ns() - t0) / units)
    return out


async def empty():
    return 0


def run(coro, loop_kind):
    if loop_kind == "uvloop":
        import uvloop
        return uvloop.run(coro)
    return asyncio.run(coro)


def time_mode(a):
    kind = a.get("loop", "cpython")
    reps = 2 if a.get("quick") else 5
    switches = 50_000 if a.get("quick") else SWITCHES
    s = {}
    for k in KS:
        n = switches // k
        s[f"switch{k}"] = run(timed(lambda: switching(k, n), k * (n + 1), reps), kind)
    s["spawn"] = run(timed(lambda: spawn(SPAWN), SPAWN, reps), kind)
    s["queue"] = run(timed(lambda: queue(QUEUE), QUEUE, reps), kind)
    s["semaphore"] = run(timed(lambda: semaphore(SEM), SEM, reps), kind)
    s["timers"] = [x / 1e6 for x in run(timed(lambda: timers(TIMERS), 1, min(reps, 3)), kind)]
    s["pool"] = [x / 1e3 for x in run(timed(lambda: pool(POOL), POOL, reps), kind)]
    for _ in range(50):
        run(empty(), kind)
    out = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        for _ in range(200):
            run(empty(), kind)
        out.append((time.perf_counter_ns() - t0) / 200 / 1e3)
    s["empty"] = out
    return {"samples": s}


async def parked_on(a, w):
    x = a + 1
    await w
    return x


async def parked(kind):
    import tracemalloc
    fut = asyncio.get_running_loop().create_future()
    ev = asyncio.Event()
    await asyncio.sleep(0)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    ts = [asyncio.create_task(parked_on(i, ev.wait() if kind == "event" else fut)) for i in range(PARKED)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    fut.set_result(0)
    ev.set()
    for t in ts:
        await t
    return (after - before) / PARKED


def rss():
    with open("/proc/self/statm") as f:
        import os
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def mem_mode(a):
    # RSS first, before anything else is allocated.
    asyncio.run(empty())
    r = rss()
    return {"mem": {"rss": r, "parkedFuture": asyncio.run(parked("future")), "parkedEvent": asyncio.run(parked("event"))}}


def main():
    a = json.loads(sys.argv[1])
    res = mem_mode(a) if a.get("mode") == "mem" else time_mode(a)
    print(json.dumps({"ok": True, **res}))


if __name__ == "__main__":
    main()
