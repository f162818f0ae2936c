/** The nightly reconcile, on a schedule (contract/scheduledJobs.ts): table repositories only. */
export { handler } from '../handlers/reconciler';
