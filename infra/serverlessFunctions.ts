import { areaNames, areas, type Area } from '../functions/src/contract/areas';
import { grants } from '../functions/src/contract/grants';
import { queueConsumers } from '../functions/src/contract/queueConsumers';
import type { RouteDef } from '../functions/src/contract/route';
import { allRoutes } from '../functions/src/contract/routes';
import { scheduledJobs } from '../functions/src/contract/scheduledJobs';
import { streamConsumers, streamFilterPattern } from '../functions/src/contract/streamConsumers';
import { entryOf, functionNames, type FunctionName } from '../functions/src/lambdas/functions';
import { accessOf, logicalName } from './roles';

/**
 * serverless.yml's `functions`, derived from the contract (through infra/functions.js): one
 * function per area with an httpApi event per route of the area, one per scheduled job, stream
 * and queue consumer. Each gets its own role (infra/roles.ts) and, in its environment, the names
 * of exactly the SSM parameters its role may read.
 */

interface Settings {
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
}

/** What differs from the provider's defaults (10 s, 1024 MB), with the reason. */
const SETTINGS: Partial<Record<FunctionName, Settings>> = {
  // Reporter text goes through WeChat's content check (msg_sec_check), with the shared access token.
  reporting: { environment: { CONTENT_CHECK: 'on' } },
  // CSV imports of thousands of rows: validated in memory, then written 25 per BatchWriteItem.
  admin: { timeout: 29 },
  // A quarter's workbook reads ~92 days of every dimension and builds the file in memory.
  exports: { timeout: 29 },
  // Runs every minute; a backlog is worked off in rounds (domain/sla/scanSla.ts), so it may take
  // longer than a request, but it must end before the next run starts.
  slaScanner: { timeout: 55 },
  // Two days of a large hospital: a few thousand tickets read in batches of 100.
  reconciler: { timeout: 300 },
  // A batch's items go side by side; each send waits up to 10 s for WeChat's answer (config.ts) and
  // is retried at once only on "busy"; a message still failing is set aside, not waited for.
  notifier: { timeout: 60 },
  // Every 5 minutes; it takes no new letter after 4 minutes (domain/notify/redrive.ts), so runs never overlap for long.
  notificationRedrive: { timeout: 290 },
  aggregator: { timeout: 60 },
  // Hourly; a backlog of due plans is worked off over a few runs (domain/planned/generator.ts).
  plannedWorkGenerator: { timeout: 300 },
  deadLetterRecorder: { timeout: 30 },
};

type Event = Record<string, unknown>;

function httpEvents(area: Area): Event[] {
  return (allRoutes as readonly RouteDef[]).filter((r) => r.area === area).map((r) => ({ httpApi: { method: r.method.toUpperCase(), path: r.path } }));
}

function consumerEvents(name: FunctionName): Event[] {
  const job = scheduledJobs.find((j) => j.name === name);
  if (job) return [{ schedule: job.rate }];
  const stream = streamConsumers.find((c) => c.name === name);
  if (stream) {
    const deadLetterQueue = grants[stream.name].deadLetterQueue;
    return [
      {
        stream: {
          type: 'dynamodb',
          arn: { 'Fn::GetAtt': ['MainTable', 'StreamArn'] },
          startingPosition: 'TRIM_HORIZON',
          batchSize: stream.batchSize,
          // Only the records that name a failed item (and those after it) are retried…
          functionResponseType: 'ReportBatchItemFailures',
          maximumRetryAttempts: stream.maximumRetryAttempts,
          // …and after the retries the batch's description goes to the dead-letter queue (infra/queues.yml).
          destinations: { onFailure: { arn: { 'Fn::GetAtt': [deadLetterQueue, 'Arn'] }, type: 'sqs' } },
          // The consumer's entity and events only: every other write of the table never starts it.
          filterPatterns: [streamFilterPattern(stream)],
        },
      },
    ];
  }
  const queue = queueConsumers.find((c) => c.name === name);
  if (queue) {
    // A message whose stream read fails comes back alone, not with the whole batch.
    return queue.queues.map((q) => ({ sqs: { arn: { 'Fn::GetAtt': [q, 'Arn'] }, batchSize: queue.batchSize, functionResponseType: 'ReportBatchItemFailures' } }));
  }
  throw new Error(`${name} is neither an area nor a consumer of the contract`);
}

/**
 * The SSM parameters a function reads are those its role may read. A function that serves no
 * session gets an empty SESSION_SECRET_PARAMETER (the provider sets one for all): its cold start
 * (adapters/ssm/secrets.ts) then asks SSM for nothing it may not read.
 */
function secretParameters(name: FunctionName, ssmPrefix: string): Record<string, string> {
  const secrets: readonly string[] = accessOf(name).secrets ?? [];
  return {
    ...(secrets.includes('session-secret') ? {} : { SESSION_SECRET_PARAMETER: '' }),
    ...(secrets.includes('wechat-app-secret') ? { WECHAT_APP_SECRET_PARAMETER: `${ssmPrefix}/wechat-app-secret` } : {}),
  };
}

export function serverlessFunctions(ssmPrefix: string): Record<string, unknown> {
  return Object.fromEntries(
    functionNames.map((name) => {
      const { environment, ...settings } = SETTINGS[name] ?? {};
      const isArea = (areaNames as readonly string[]).includes(name);
      const env = { ...secretParameters(name, ssmPrefix), ...environment };
      return [
        name,
        {
          handler: entryOf(name).replace(/\.ts$/, '.handler'),
          role: `${logicalName(name)}Role`,
          ...(isArea ? { description: areas[name as Area] } : {}),
          ...settings,
          ...(Object.keys(env).length > 0 ? { environment: env } : {}),
          events: isArea ? httpEvents(name as Area) : consumerEvents(name),
        },
      ];
    }),
  );
}
