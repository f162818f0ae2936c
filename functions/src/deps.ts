import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AdapterContext, AdapterFactories, OptionalAdapters } from './adapters/factories/types';
import { DynamoAggregateRepository } from './adapters/dynamo/aggregateRepository';
import { DynamoCatalogAdmin } from './adapters/dynamo/catalogAdmin';
import { DynamoCatalogRepository } from './adapters/dynamo/catalogRepository';
import { createDocumentClient } from './adapters/dynamo/client';
import { DynamoHandoverRepository } from './adapters/dynamo/handoverRepository';
import { DynamoShiftRepository } from './adapters/dynamo/shiftRepository';
import { DynamoInviteRepository } from './adapters/dynamo/inviteRepository';
import { DynamoLabelScanRepository } from './adapters/dynamo/labelScanRepository';
import { DynamoNotificationRepository } from './adapters/dynamo/notificationRepository';
import { DynamoTicketRepository } from './adapters/dynamo/ticketRepository';
import { PageCursors } from './adapters/dynamo/pageCursor';
import { DynamoUserRepository } from './adapters/dynamo/userRepository';
import { DynamoPcLoginRepository } from './adapters/dynamo/pcLoginRepository';
import { DynamoPlannedReports } from './adapters/dynamo/plannedReports';
import type { PlannedReportRepository } from './domain/planned/reportPort';
import { DynamoWorkOrderCommands } from './adapters/dynamo/workOrderCommands';
import type { WorkOrderCommandStore } from './domain/planned/commandPorts';
import type { PcLoginRepository } from './domain/auth/pcLoginPort';
import { DynamoPlanRepository } from './adapters/dynamo/planRepository';
import { DynamoJobRepository } from './adapters/dynamo/jobRepository';
import type { JobRepository } from './domain/jobs/ports';
import { DynamoWorkOrderRepository } from './adapters/dynamo/workOrderRepository';
import { DynamoVendorRepository } from './adapters/dynamo/vendorRepository';
import { DynamoScorecardReads } from './adapters/dynamo/scorecardReads';
import type { ScorecardReads } from './domain/vendors/scorecardPort';
import type { VendorRepository } from './domain/vendors/ports';
import { DynamoSpotCheckRepository } from './adapters/dynamo/spotCheckRepository';
import type { SpotCheckRepository } from './domain/vendors/spotCheckPort';
import type { PlanRepository, WorkOrderRepository } from './domain/planned/ports';
import { DynamoIncidentRepository } from './adapters/dynamo/incidentRepository';
import type { IncidentRepository } from './domain/incidents/ports';
import { JoseSessionTokens } from './adapters/session/joseSessionTokens';
import { resolveSecrets } from './adapters/ssm/secrets';
import { readConfig, type Config } from './config';
import type { AggregateRepository } from './domain/reports/aggregatePort';
import type { MetricsRecorder } from './domain/metrics';
import { powertoolsMetrics } from './observability/powertools';
import type { CatalogAdmin, CatalogRepository, Clock, HandoverRepository, InviteRepository, LabelScanRepository, NotificationRepository, SessionTokens, ShiftRepository, TicketRepository, UserRepository } from './domain/ports';

/** Everything a handler needs, passed in; each part is built on first use, once per Lambda instance. */
export interface Deps extends OptionalAdapters {
  config: Config;
  clock: Clock;
  catalog: CatalogRepository;
  catalogAdmin: CatalogAdmin;
  users: UserRepository;
  /** One-time invite codes linking staff records to WeChat. */
  invites: InviteRepository;
  tickets: TicketRepository;
  handovers: HandoverRepository;
  /** The dated shift rota (AP-150, AP-151). */
  shifts: ShiftRepository;
  /** The labels guests scanned (where they may report). */
  labelScans: LabelScanRepository;
  tokens: SessionTokens;
  notifications: NotificationRepository;
  /** Daily aggregates of dashboards and reports (kept by the aggregator stream consumer). */
  aggregates: AggregateRepository;
  /** Business counters (tickets created, SLA breaches, notifications…): CloudWatch EMF through Powertools. */
  metrics: MetricsRecorder;
  /** Desk PC sign-in by scan (AP-28). */
  pcLogins: PcLoginRepository;
  /** The reads that measure planned work (AP-209, whole up to a cap). */
  plannedReports: PlannedReportRepository;
  /** Planned maintenance and inspection plans (AP-200..204). */
  plans: PlanRepository;
  /** The work orders plans generate (AP-206..209). */
  workOrders: WorkOrderRepository;
  /** Planned work orders: the technician's and the desk's commands, the overdue watch (issue 15). */
  workOrderCommands: WorkOrderCommandStore;
  /** Outsourced vendors and their contracts (issue 16, AP-300..302). */
  vendors: VendorRepository;
  /** The vendor scorecard's reads (issue 16, AP-320..323). */
  scorecardReads: ScorecardReads;
  /** Spot checks and disputes of the vendors (issue 16, AP-340..359). */
  spotChecks: SpotCheckRepository;
  /** Major incidents (issue 16, AP-360..379). */
  incidents: IncidentRepository;
  /** Multi-team job templates and jobs (issue 16, AP-380..387). */
  jobs: JobRepository;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The local stack's clock can be moved forward (tests of SLA clocks, the demo): it reads an
 * offset that only the local server sets. In the cloud the system clock is used as is.
 */
export const localClock: Clock = { now: () => new Date(Date.now() + Number(process.env.LOCAL_CLOCK_OFFSET_MS ?? 0)) };

type Built = Omit<Deps, 'config' | 'clock'>;

/**
 * The dependencies of one function, each built the first time a handler reaches it (a request
 * that reads no photo builds no S3 client). The optional adapters come from the function's entry
 * (`factories`, so their code is in its bundle only); one the entry did not name fails loudly,
 * naming the file to fix, and is not enumerable, so spreading the deps (the notifier does) builds
 * only what the function has.
 */
export function buildDeps(config: Config, factories: AdapterFactories = installed): Deps {
  const clock = config.isLocal ? localClock : systemClock;
  let doc: DynamoDBDocumentClient | undefined;
  // Cursors are signed with a key derived from the session secret (no second secret to provision).
  let pageCursors: PageCursors | undefined;
  const cursors = () => (pageCursors ??= new PageCursors(config.sessionSecret));
  const ctx: AdapterContext = { config, clock, doc: () => (doc ??= createDocumentClient({ endpoint: config.dynamoEndpoint, region: config.region })) };
  const builders: { [K in keyof Built]: () => Built[K] } = {
    catalog: () => new DynamoCatalogRepository(ctx.doc(), config.tableName),
    catalogAdmin: () => new DynamoCatalogAdmin(ctx.doc(), config.tableName, cursors()),
    users: () => new DynamoUserRepository(ctx.doc(), config.tableName, cursors()),
    invites: () => new DynamoInviteRepository(ctx.doc(), config.tableName),
    tickets: () => new DynamoTicketRepository(ctx.doc(), config.tableName, cursors()),
    handovers: () => new DynamoHandoverRepository(ctx.doc(), config.tableName),
    shifts: () => new DynamoShiftRepository(ctx.doc(), config.tableName),
    labelScans: () => new DynamoLabelScanRepository(ctx.doc(), config.tableName),
    tokens: () => new JoseSessionTokens(config.sessionSecret, config.sessionTtlSeconds),
    notifications: () => new DynamoNotificationRepository(ctx.doc(), config.tableName, cursors()),
    aggregates: () => new DynamoAggregateRepository(ctx.doc(), config.tableName),
    metrics: () => powertoolsMetrics,
    pcLogins: () => new DynamoPcLoginRepository(ctx.doc(), config.tableName),
    plannedReports: () => new DynamoPlannedReports(ctx.doc(), config.tableName),
    plans: () => new DynamoPlanRepository(ctx.doc(), config.tableName, cursors()),
    workOrders: () => new DynamoWorkOrderRepository(ctx.doc(), config.tableName, cursors()),
    workOrderCommands: () => new DynamoWorkOrderCommands(ctx.doc(), config.tableName),
    vendors: () => new DynamoVendorRepository(ctx.doc(), config.tableName),
    scorecardReads: () => new DynamoScorecardReads(ctx.doc(), config.tableName, cursors()),
    spotChecks: () => new DynamoSpotCheckRepository(ctx.doc(), config.tableName),
    incidents: () => new DynamoIncidentRepository(ctx.doc(), config.tableName),
    jobs: () => new DynamoJobRepository(ctx.doc(), config.tableName),
    wechat: optional('wechat'),
    phoneNumbers: optional('phoneNumbers'),
    photos: optional('photos'),
    messenger: optional('messenger'),
    contentChecker: optional('contentChecker'),
    miniProgramCodes: optional('miniProgramCodes'),
  };
  function optional<K extends keyof OptionalAdapters>(name: K): () => OptionalAdapters[K] {
    const factory = factories[name] as ((c: AdapterContext) => OptionalAdapters[K]) | undefined;
    if (factory) return () => factory(ctx);
    return () => {
      throw new Error(`deps.${name} is not part of this function: add its factory (adapters/factories/) to its entry in functions/src/lambdas/`);
    };
  }
  const deps = { config, clock } as Deps;
  for (const name of Object.keys(builders) as (keyof Built)[]) {
    const missing = name in optionalNames && !factories[name as keyof OptionalAdapters];
    let value: unknown;
    let built = false;
    Object.defineProperty(deps, name, {
      enumerable: !missing,
      get: () => {
        if (!built) {
          value = builders[name]();
          built = true;
        }
        return value;
      },
    });
  }
  return deps;
}

const optionalNames: Record<keyof OptionalAdapters, true> = { wechat: true, phoneNumbers: true, photos: true, messenger: true, contentChecker: true, miniProgramCodes: true };

let installed: AdapterFactories = {};
let instance: Promise<Deps> | undefined;

/** Called once by a function's entry (functions/src/lambdas/), before its first invocation. */
export function installAdapters(factories: AdapterFactories): void {
  installed = factories;
  instance = undefined;
}

/**
 * The process-wide dependencies, built once per Lambda instance: secrets from SSM, then the
 * configuration, failing the cold start if anything is missing (and trying again next time).
 */
export function getDeps(): Promise<Deps> {
  instance ??= resolveSecrets(process.env)
    .then((env) => buildDeps(readConfig(env)))
    .catch((error: unknown) => {
      instance = undefined;
      throw error;
    });
  return instance;
}
