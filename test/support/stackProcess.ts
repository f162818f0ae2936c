import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadyMessage } from '../../functions/src/local/start';

/** The local stack as a child process of the jest run: the same entry as `npm start`. */
const repoRoot = join(__dirname, '..', '..');
const dataDir = join(repoRoot, '.local-data');
/**
 * Each jest project that needs a stack (integration, e2e) starts its own in the same run, so the
 * log and the pid file are per project: a project's start-up only cleans up its own leftovers.
 */
/** `crash`: a crash test's own stack, on data of its own that outlives a kill -9. */
export type StackName = 'integration' | 'e2e' | 'crash';
export const stackLogFile = (name: StackName) => join(dataDir, `${name}-stack.log`);
/** Pids of a running test stack, so the next run can clean up after a run that was killed outright. */
const pidFile = (name: StackName) => join(dataDir, `${name}-stack.pids.json`);

interface Pids {
  stackPid: number;
  dynamoPid: number | null;
}

export interface RunningStack {
  child: ChildProcess;
  ready: ReadyMessage;
}

/** `keptDataDir`: the stack keeps its data there (a restart finds it again); otherwise it is in memory (--fresh). */
export async function startStackProcess(name: StackName, timeoutMs = 300_000, keptDataDir?: string): Promise<RunningStack> {
  killLeftovers(name);
  mkdirSync(dataDir, { recursive: true });
  const log = openSync(stackLogFile(name), keptDataDir ? 'a' : 'w');
  const data = keptDataDir ? [`--data-dir=${keptDataDir}`] : ['--fresh'];
  // Plain node with tsx's loader, not the tsx CLI: one process to signal, not a wrapper and a child.
  // detached: its own process group, so teardown can stop it and Java together.
  const child = spawn(process.execPath, ['--import', 'tsx', join('functions', 'src', 'local', 'start.ts'), ...data, '--free-ports', '--no-watch', '--no-schedules'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', log, log, 'ipc'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  closeSync(log);
  writePids(name, { stackPid: child.pid ?? -1, dynamoPid: null });

  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The local stack did not start within ${timeoutMs} ms.\n${logTail(name)}`)), timeoutMs);
    child.on('message', (message: ReadyMessage) => {
      if (message?.type !== 'local-stack-ready') return;
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The local stack exited during start-up (code ${code}, signal ${signal}).\n${logTail(name)}`));
    });
  }).catch(async (error: unknown) => {
    await stopStackProcess(name, child, null);
    throw error;
  });
  writePids(name, { stackPid: child.pid ?? -1, dynamoPid: ready.dynamoPid });
  // The jest process must be free to exit; the stack also stops itself when this IPC channel closes.
  child.unref();
  child.channel?.unref();
  return { child, ready };
}

/** SIGTERM to the stack's process group, SIGKILL after a grace period, and Java by its pid in any case. */
export async function stopStackProcess(name: StackName, child: ChildProcess | null, dynamoPid: number | null): Promise<void> {
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    // Referenced again: with nothing else pending, jest's process would exit before the stack has stopped.
    child.ref();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 10_000)))]);
    clearTimeout(timer);
    if (timedOut) {
      signalGroup(child.pid, 'SIGKILL');
      await exited;
    }
  }
  if (dynamoPid && isAlive(dynamoPid)) process.kill(dynamoPid, 'SIGKILL');
  rmSync(pidFile(name), { force: true });
}

/** kill -9 of the stack's process group (its handlers, the stream reader, the fake) and Java: a crash, nothing cleaned up. */
export async function crashStackProcess(name: StackName, stack: RunningStack): Promise<void> {
  const exited = new Promise<void>((resolve) => (stack.child.exitCode !== null || stack.child.signalCode !== null ? resolve() : stack.child.once('exit', () => resolve())));
  if (stack.child.pid) signalGroup(stack.child.pid, 'SIGKILL');
  if (isAlive(stack.ready.dynamoPid)) process.kill(stack.ready.dynamoPid, 'SIGKILL');
  await exited;
  rmSync(pidFile(name), { force: true });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A pid is only killed if it still runs what we started: pids get reused. */
function runs(pid: number, needle: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
  } catch {
    return false;
  }
}

function killLeftovers(name: StackName): void {
  if (!existsSync(pidFile(name))) return;
  try {
    const pids = JSON.parse(readFileSync(pidFile(name), 'utf8')) as Pids;
    if (runs(pids.stackPid, 'start.ts')) signalGroup(pids.stackPid, 'SIGKILL');
    if (pids.dynamoPid && runs(pids.dynamoPid, 'DynamoDBLocal')) process.kill(pids.dynamoPid, 'SIGKILL');
  } catch {
    // An unreadable pid file only means there is nothing we can safely clean up.
  }
  rmSync(pidFile(name), { force: true });
}

function writePids(name: StackName, pids: Pids): void {
  writeFileSync(pidFile(name), JSON.stringify(pids));
}

function logTail(name: StackName): string {
  const file = stackLogFile(name);
  try {
    return `Last lines of ${file}:\n${readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')}`;
  } catch {
    return `(no log at ${file})`;
  }
}
