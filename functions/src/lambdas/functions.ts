import { areaNames, type Area } from '../contract/areas';
import { queueConsumers, type QueueConsumerName } from '../contract/queueConsumers';
import { scheduledJobs, type ScheduledJobName } from '../contract/scheduledJobs';
import { streamConsumers, type StreamConsumerName } from '../contract/streamConsumers';

/** Every Lambda function of the product: one per area of the API, and each event consumer on its own. */
export type FunctionName = Area | ScheduledJobName | StreamConsumerName | QueueConsumerName;

/** Each function's entry is functions/src/lambdas/<name>.ts, exporting `handler`. */
export const entryOf = (name: FunctionName): string => `functions/src/lambdas/${name}.ts`;

/** The functions the local stack runs: the SQS consumer is cloud only (its stream poller writes dead letters itself). */
export const localFunctionNames: readonly FunctionName[] = [...areaNames, ...scheduledJobs.map((j) => j.name), ...streamConsumers.map((c) => c.name)];

export const functionNames: readonly FunctionName[] = [...localFunctionNames, ...queueConsumers.map((c) => c.name)];
