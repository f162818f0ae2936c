import { stopStackProcess } from './stackProcess';

/** Runs after every jest run, failed ones included: the stack and its Java process must not outlive it. */
export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.__localStack;
  if (!stack) return;
  globalThis.__localStack = undefined;
  await stopStackProcess('integration', stack.child, stack.ready.dynamoPid);
}
