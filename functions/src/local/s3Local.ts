import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { startS3PostPolicyProxy } from './s3PostPolicy/proxy';

/** s3rver accepts only these credentials (it does not verify signatures). */
export const s3rverCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const localPhotoBucket = 'fault-reporting-photos-local';

export interface S3LocalOptions {
  /** 0 = any free port. */
  port: number;
  /** Objects live here; without it a temp folder that stop() removes. */
  directory?: string;
  bucket?: string;
  /** S3's clock, which judges POST policies' expiry; the system clock by default. */
  now?: () => Date;
  /** The H5 app's origins, the only ones the bucket's CORS rule allows (as infra/s3.yml in the cloud). */
  appOrigins: readonly string[];
}

export interface S3Local {
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

/** The app (H5 in a browser) uploads and reads from another origin than the API's: only the app's origins may. */
const corsRule = (origins: readonly string[]) => `<CORSConfiguration>
  <CORSRule>
${origins.map((o) => `    <AllowedOrigin>${o}</AllowedOrigin>`).join('\n')}
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * S3 on loopback with the photo bucket: the same S3 client code as in the cloud, another
 * endpoint. s3rver stores the objects; it ignores POST policies, so the endpoint handed out is
 * a proxy in front of it that enforces them as S3 does (s3PostPolicy/proxy.ts): signature,
 * expiry, conditions, size. (createTicket checks size and type again by HeadObject.)
 */
export async function startS3Local(options: S3LocalOptions): Promise<S3Local> {
  const temporary = options.directory ? undefined : mkdtempSync(join(tmpdir(), 'hfr-s3-'));
  const directory = options.directory ?? temporary!;
  mkdirSync(directory, { recursive: true });
  const bucket = options.bucket ?? localPhotoBucket;
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [corsRule(options.appOrigins)] }] });
  // A throw-away folder goes however this process ends (a test run's teardown may kill it).
  const removeTemporary = () => temporary && rmSync(temporary, { recursive: true, force: true });
  process.on('exit', removeTemporary);
  const address = (await server.run()) as AddressInfo;
  const secrets: Record<string, string> = { [s3rverCredentials.accessKeyId]: s3rverCredentials.secretAccessKey };
  const proxy = await startS3PostPolicyProxy({
    upstream: `http://127.0.0.1:${address.port}`,
    port: options.port,
    now: options.now ?? (() => new Date()),
    secretOf: (accessKeyId) => secrets[accessKeyId],
    corsAllowedOrigins: options.appOrigins,
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    endpoint: proxy.endpoint,
    bucket,
    async stop() {
      await proxy.stop();
      const closed = server.close();
      // Keep-alive sockets of the clients would hold close() open.
      (server as unknown as { httpServer?: Server }).httpServer?.closeAllConnections();
      await closed;
      removeTemporary();
      process.off('exit', removeTemporary);
    },
  };
}
