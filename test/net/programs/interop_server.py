# CPython asyncio side of the interop test (test/net/interop.test.ts): serves ONE client, then exits.
# Protocol: a line is answered upper-cased; a frame (4-byte big-endian length + payload) is
# answered with the payload reversed; at EOF it answers "EOF-ACK <lines> <frames>" and closes.
# Prints "PORT <n>" first (read by the test, never compared), then its own trace.
import asyncio, hashlib, struct, sys


async def handle(reader, writer):
    lines = frames = 0
    while True:
        kind = await reader.read(1)
        if kind == b"":
            break
        if kind == b"L":
            line = await reader.readline()
            lines += 1
            print("server: line", repr(line))
            writer.write(b"L" + line.upper())
        elif kind == b"F":
            (n,) = struct.unpack(">I", await reader.readexactly(4))
            payload = await reader.readexactly(n)
            frames += 1
            print("server: frame", n, hashlib.sha256(payload).hexdigest()[:16])
            writer.write(b"F" + struct.pack(">I", n) + payload[::-1])
        await writer.drain()
    print("server: eof", reader.at_eof())
    writer.write(f"EEOF-ACK {lines} {frames}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    done.set_result(None)


async def main():
    global done
    done = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("PORT", server.sockets[0].getsockname()[1], flush=True)
    await done
    server.close()
    await server.wait_closed()
    print("server: done", flush=True)


asyncio.run(main())
