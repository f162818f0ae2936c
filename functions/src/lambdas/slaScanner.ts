/** The SLA scanner, on a schedule (contract/scheduledJobs.ts): table repositories only, no optional adapter. */
export { handler } from '../handlers/slaScanner';
