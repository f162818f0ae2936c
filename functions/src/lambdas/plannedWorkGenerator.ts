/** The planned-work generator, on a schedule (contract/scheduledJobs.ts): table repositories only. */
export { handler } from '../handlers/plannedWorkGenerator';
