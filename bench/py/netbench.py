"""The `net` bench family's CPython side (bench/lib/net.mjs): asyncio streams over loopback.

ping-pong: `conns` connections to an echo server, each doing `rounds` round trips of 64 bytes
(write, readexactly); ns per round trip (all connections' round trips counted, connection set-up
excluded). bulk: `mib` MiB in 64 KiB writes with drain to a server that counts them; ns per MiB.
`{"uvloop": true}` runs the same code on uvloop's loop. Prints one JSON line with the samples."""
import asyncio, json, sys, time

MSG = b"x" * 64
CHUNK = b"y" * 65536


handlers = []


async def echo(reader, writer):
    handlers.append(asyncio.current_task())
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def pingpong(conns, rounds):
    server = await asyncio.start_server(echo, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    pairs = [await asyncio.open_connection("127.0.0.1", port) for _ in range(conns)]

    async def one(r, w):
        for _ in range(rounds):
            w.write(MSG)
            await r.readexactly(64)

    t0 = time.perf_counter_ns()
    await asyncio.gather(*(one(r, w) for r, w in pairs))
    dt = time.perf_counter_ns() - t0
    for _, w in pairs:
        w.close()
    await asyncio.gather(*handlers)  # each echo handler sees EOF and ends
    handlers.clear()
    server.close()
    return dt / (conns * rounds)


async def bulk(mib):
    done = asyncio.get_running_loop().create_future()

    async def sink(reader, writer):
        n = 0
        while True:
            data = await reader.read(262144)
            if not data:
                break
            n += len(data)
        writer.write(b"!")
        await writer.drain()
        writer.close()
        done.set_result(n)

    server = await asyncio.start_server(sink, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    t0 = time.perf_counter_ns()
    for _ in range(mib * 16):
        w.write(CHUNK)
        await w.drain()
    w.write_eof()
    await r.readexactly(1)
    dt = time.perf_counter_ns() - t0
    assert await done == mib * 1048576
    w.close()
    server.close()
    return dt / mib


def main():
    a = json.loads(sys.argv[1])
    if a.get("uvloop"):
        import uvloop
        uvloop.install()
    reps = 2 if a.get("quick") else 5
    out = {"pp1": [], "pp100": [], "bulk": []}
    asyncio.run(pingpong(1, a["rounds1"] // 10))  # warm-up
    for _ in range(reps):
        out["pp1"].append(asyncio.run(pingpong(1, a["rounds1"])))
        out["pp100"].append(asyncio.run(pingpong(100, a["rounds100"])))
        out["bulk"].append(asyncio.run(bulk(a["mib"])))
    print(json.dumps({"ok": True, "samples": out}))


if __name__ == "__main__":
    main()
