import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Node http plumbing shared by the local servers: listen, read a body, stop promptly. */

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * How long a server keeps an idle keep-alive socket open. It must outlast every client's own idle
 * limit (undici's fetch keeps sockets 4 s, browsers up to ~60 s) by a margin: a client whose event
 * loop was blocked past the server's limit would otherwise send its next request on a socket the
 * server has already closed ("SocketError: other side closed"). Node's default is 5 s.
 */
const keepAliveTimeoutMs = 75_000;

/**
 * Listens on loopback (port 0 = any free port) and returns the port and a stop function.
 * stop() destroys open sockets: browsers and fetch keep connections alive, and server.close()
 * alone would wait for them.
 */
export async function listenOnLoopback(server: Server, port: number, host = '127.0.0.1'): Promise<{ port: number; stop: () => Promise<void> }> {
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // Node's advice: the headers timeout longer than keep-alive, so an idle socket is closed by
  // the keep-alive rule, never cut half-way through a request's headers.
  server.headersTimeout = keepAliveTimeoutMs + 5_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
