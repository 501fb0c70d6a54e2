// asyncio's I/O on Node: the public names of runtime/loop/io/ (re-exported by runtime/loop/index.ts).
//
// Why this file exists: one list of what users get from `pycoro` for sockets — streams, transports
// and protocols, servers, datagrams and the OSError family — so the loop's barrel re-exports it in
// one line, and importing it installs the loop's createConnection/createServer/... methods.

export {
  OSError,
  ConnectionError,
  ConnectionResetError,
  ConnectionRefusedError,
  ConnectionAbortedError,
  BrokenPipeError,
  FileNotFoundError,
  FileExistsError,
  PermissionError,
  IsADirectoryError,
  NotADirectoryError,
  BlockingIOError,
  InterruptedError,
  ProcessLookupError,
  ChildProcessError,
  EOFError,
  AssertionError,
  SSLError,
  SSLCertVerificationError,
  IncompleteReadError,
  LimitOverrunError,
  osError,
  fromNodeError,
} from "./errors.js";
export { BaseProtocol, Protocol, DatagramProtocol } from "./protocols.js";
export { BaseTransport, FlowControlTransport, StreamTransport, TransportSocket, type Transport, type DatagramTransport, type StreamTransportOptions, type BytesLike, type Bytes, type NodeStreamLike } from "./transports.js";
export { Server, type CreateConnectionOptions, type CreateServerOptions, type SslOption } from "./net.js";
export {
  StreamReader,
  StreamWriter,
  StreamReaderProtocol,
  FlowControlMixin,
  openConnection,
  startServer,
  openUnixConnection,
  startUnixServer,
  type ClientConnectedCallback,
  type OpenConnectionOptions,
  type StartServerOptions,
} from "./streams.js";
export { UdpTransport, type DatagramEndpointOptions, type Address } from "./datagram.js";
