/**
 * jest's runner (jest-circus) takes `testTimeout` from the global config only: a project's own
 * `testTimeout` is silently ignored, which is how a race test once met the default 5 s on a busy
 * machine. Each project in jest.config.js passes its timeout as the global `projectTestTimeoutMs`
 * and lists this file in `setupFilesAfterEnv`.
 */
const timeoutMs = (globalThis as { projectTestTimeoutMs?: unknown }).projectTestTimeoutMs;
if (typeof timeoutMs !== 'number') throw new Error('jest.config.js: this project sets no projectTestTimeoutMs global');
jest.setTimeout(timeoutMs);
