"""CPython side of bench/lib/loop.mjs: the same two asyncio programs, timed the same way.

usage: python3 loopbench.py '{"tasks": N, "steps": S, "items": I, "quick": bool}'
Prints one JSON line: {"ok": true, "samples": {"switch": [ns per task step...], "queue": [ns per item...]}}.
"""
import asyncio
import json
import sys
import time


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def switching(tasks, steps):
    done = await asyncio.gather(*[asyncio.create_task(worker(steps)) for _ in range(tasks)])
    return len(done)


async def consumer(q):
    s = 0
    while True:
        x = await q.get()
        if x < 0:
            return s
        s += x


async def queue(items):
    q = asyncio.Queue(10)
    c = asyncio.create_task(consumer(q))
    for i in range(items):
        await q.put(i)
    await q.put(-1)
    return await c


def timed(make, units, reps):
    asyncio.run(make())  # warm-up, as the Node child does
    out = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        asyncio.run(make())
        out.append((time.perf_counter_ns() - t0) / units)
    return out


def main():
    a = json.loads(sys.argv[1])
    reps = 2 if a.get("quick") else 5
    sw = timed(lambda: switching(a["tasks"], a["steps"]), a["tasks"] * (a["steps"] + 1), reps)
    q = timed(lambda: queue(a["items"]), a["items"], reps)
    print(json.dumps({"ok": True, "samples": {"switch": sw, "queue": q}}))


if __name__ == "__main__":
    main()
