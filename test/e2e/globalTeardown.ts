import { stopStackProcess } from '../support/stackProcess';

export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.__e2eStack;
  if (!stack) return;
  globalThis.__e2eStack = undefined;
  await stopStackProcess('e2e', stack.child, stack.ready.dynamoPid);
}
