import { createServer } from 'node:net';

/**
 * A port nobody listens on right now. Our own servers can simply listen on port 0, but
 * DynamoDB Local is a Java process that must be told its port up front, so we ask the OS for
 * one and hand it over (the tiny race with other processes is acceptable on a dev machine).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not obtain a free port'))));
    });
  });
}
