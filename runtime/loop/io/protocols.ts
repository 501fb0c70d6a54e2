// asyncio's protocol base classes (asyncio/protocols.py).
//
// Why this file exists: the transports call these methods, and a user's protocol subclasses them
// to override only what it needs (Python's protocols are classes with do-nothing methods). The
// order of the calls is the contract: connectionMade, then dataReceived* , then eofReceived (at
// most once), then connectionLost exactly once; pauseWriting/resumeWriting alternate in between.

import type { BaseTransport, DatagramTransport, Transport } from "./transports.js";

/** Callbacks every protocol has. */
export class BaseProtocol {
  /** The connection is made; `transport` is the connection's transport. */
  connectionMade(_transport: BaseTransport): void {}
  /** The connection is lost or closed: `exc` is null after a clean close (EOF or close()). */
  connectionLost(_exc: Error | null): void {}
  /** The transport's write buffer went over the high water mark. */
  pauseWriting(): void {}
  /** The transport's write buffer drained to the low water mark. */
  resumeWriting(): void {}
}

/** A stream protocol (TCP, TLS, Unix sockets, pipes). */
export class Protocol extends BaseProtocol {
  override connectionMade(_transport: Transport): void {}
  /** Some data arrived (a Buffer, a Uint8Array). */
  dataReceived(_data: Uint8Array): void {}
  /**
   * The other end will send no more data. Return a false value (the default) to let the transport
   * close itself; true keeps it open for writing, and the protocol closes it later.
   */
  eofReceived(): boolean | undefined | void {
    return undefined;
  }
}

/** A datagram (UDP) protocol. */
export class DatagramProtocol extends BaseProtocol {
  override connectionMade(_transport: DatagramTransport): void {}
  /** A datagram arrived from `addr` (`[host, port]`). */
  datagramReceived(_data: Uint8Array, _addr: [string, number] | unknown): void {}
  /** A previous send or receive failed (an OSError, e.g. ConnectionRefusedError after ICMP port unreachable). */
  errorReceived(_exc: Error): void {}
}
