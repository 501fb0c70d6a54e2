# CPython asyncio client of the interop test (test/net/interop.test.ts); the port is argv[1].
import asyncio, hashlib, struct, sys


def payload(n):
    return bytes((i * 7 + i // 251) & 0xFF for i in range(n))


async def main(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in ("hello", "wörld", ""):
        writer.write(b"L" + text.encode() + b"\n")
        await writer.drain()
        assert await reader.readexactly(1) == b"L"
        print("client: line", repr(await reader.readline()))
    for n in (0, 1, 1000, 300000):
        writer.write(b"F" + struct.pack(">I", n) + payload(n))
        await writer.drain()
        assert await reader.readexactly(1) == b"F"
        (m,) = struct.unpack(">I", await reader.readexactly(4))
        back = await reader.readexactly(m)
        print("client: frame", m, back == payload(n)[::-1], hashlib.sha256(back).hexdigest()[:16])
    writer.write_eof()
    assert await reader.readexactly(1) == b"E"
    print("client: final", repr(await reader.readline()))
    print("client: then", repr(await reader.read()), reader.at_eof())
    writer.close()
    await writer.wait_closed()


asyncio.run(main(int(sys.argv[1])))
