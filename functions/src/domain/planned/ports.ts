import type { AuditRecord } from '../admin/audit/auditRecord';
import type { AssetRecord, Page, PageRequest } from '../records';
import type { PlanCriticality } from '../../contract/planned';
import type { PlanRecord, WorkOrderRecord } from './records';

/** Where a plan's write expects the stored one: absent (a create) or at the version read. */
export type PlanExpectation = 'absent' | { version: number };

export interface PlanListFilters {
  criticality?: PlanCriticality;
  assetId?: string;
}

/** The plans of a hospital (adapters/dynamo/planRepository.ts). */
export interface PlanRepository {
  /** AP-200 one plan. */
  get(hospitalId: string, planId: string): Promise<PlanRecord | null>;
  /** AP-201 a page of the hospital's plans matching the filters, by id. */
  page(hospitalId: string, filters: PlanListFilters, page: PageRequest): Promise<Page<PlanRecord>>;
  /**
   * Writes a plan with its index entries (due index, meter links) and, for an admin change, its
   * audit entry, in one transaction. ConflictError when the stored plan is not as expected.
   */
  save(plan: PlanRecord, expect: PlanExpectation, audit: AuditRecord | null, previous: PlanRecord | null): Promise<void>;
  /** AP-202 the plans whose next order is to be made by `now`, across hospitals (GSI4 PLANDUE#, keys only): one Query per shard. */
  listDue(now: Date, limitPerShard: number): Promise<{ hospitalId: string; planId: string }[]>;
  /** AP-203 the meter plans of one asset's meter (their link items). */
  listMeterPlans(hospitalId: string, assetId: string, meter: string): Promise<PlanRecord[]>;
  /** AP-204 the hospital's devices of one type, not retired (assets' GSI1 by type): an assetType plan's devices. */
  listAssetsOfType(hospitalId: string, assetType: string): Promise<AssetRecord[]>;
}

/** The planned work's outbox intent: a work order's notification, delivered from the table's stream. */
export interface WorkOrderNotice {
  kind: 'planned_work_due';
  userIds: string[];
}

/** Work orders (adapters/dynamo/workOrderRepository.ts; RUN's commands in workOrderCommands.ts). */
export interface WorkOrderRepository {
  /** AP-206 one order. */
  get(hospitalId: string, workOrderId: string): Promise<WorkOrderRecord | null>;
  /** AP-207 the next number of a hospital day (ADD 1 on SEQ#WO#<day>). */
  nextNumber(hospitalId: string, day: string): Promise<number>;
  /**
   * Creates an order (its id is plan × period: attribute_not_exists makes a rerun a no-op) with
   * its creation event and its notice in one transaction; false when it already existed.
   */
  create(order: WorkOrderRecord, notice: WorkOrderNotice | null): Promise<boolean>;
  /** AP-208 a technician's open orders, soonest closing first (GSI2 W#O#). */
  pageOpenOfTechnician(hospitalId: string, technicianId: string, page: PageRequest): Promise<Page<WorkOrderRecord>>;
  /** AP-209 the hospital's orders due in one month (GSI1 PLANNED#<yyyy-mm>), by due day; `fromDay`/`toDay` narrow it to a week. */
  pageOfMonth(hospitalId: string, month: string, page: PageRequest, range?: { fromDay: string; toDay: string }): Promise<Page<WorkOrderRecord>>;
}
