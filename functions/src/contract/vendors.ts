import * as z from 'zod/mini';
import { FreeText, Id, VendorId } from './common';
import { CategoryCode, Day } from './admin';
import { Urgency } from './enums';
import { ContactPhone } from './tickets';

/**
 * Outsourced vendors and their contracts (issue 16, part VORG): what an admin sends and what the
 * register shows. The domain's records are domain/vendors/records.ts; these bound every input.
 */

export { VendorId };
const Version = z.int().check(z.minimum(0));
const Name = FreeText({ max: 100 });
const Percent = z.number().check(z.minimum(0), z.maximum(100));
/** Minutes a service level may be: at least one, at most 30 days (the category's own bound). */
const LevelMinutes = z.int().check(z.minimum(1), z.maximum(30 * 24 * 60));

export const MAX_COVERAGE_LINES = 30;
export const MAX_SERVICE_LEVELS = 60;
export const MAX_TERMS = 20;
/** Buildings one coverage line may name (a hospital has a few dozen at most). */
export const MAX_COVERAGE_BUILDINGS = 50;

export const ScorecardMeasure = z.enum([
  'acceptOnTimeRate',
  'arriveOnTimeRate',
  'firstTimeFixRate',
  'reopenRate',
  'satisfactionRate',
  'complaints',
  'pmComplianceRate',
  'spotCheckFails',
]);

export const VendorCoverage = z.object({
  categoryCode: CategoryCode,
  /** Building location ids; empty: the whole hospital. */
  buildingIds: z.array(Id).check(z.maxLength(MAX_COVERAGE_BUILDINGS)),
});

export const VendorServiceLevel = z.object({
  categoryCode: CategoryCode,
  urgency: Urgency,
  acceptMinutes: LevelMinutes,
  arriveMinutes: LevelMinutes,
});

export const ContractTerm = z.object({
  id: Id,
  measure: ScorecardMeasure,
  kind: z.enum(['bonus', 'penalty']),
  /** A rate in % (0..100) or a count (up to 100 000). */
  threshold: z.number().check(z.minimum(0), z.maximum(100_000)),
  direction: z.enum(['below', 'above']),
  percentPerUnit: Percent,
  unit: z.nullable(z.number().check(z.positive(), z.maximum(100_000))),
  capPercent: z.nullable(Percent),
});

export const VendorContract = z.object({
  /** 合同编号 as printed. */
  reference: FreeText({ max: 64 }),
  startsOn: Day,
  endsOn: Day,
  /** Monthly fee in yuan, up to 100 million. */
  monthlyFee: z.number().check(z.minimum(0), z.maximum(100_000_000)),
  coverage: z.array(VendorCoverage).check(z.minLength(1), z.maxLength(MAX_COVERAGE_LINES)),
  serviceLevels: z.array(VendorServiceLevel).check(z.maxLength(MAX_SERVICE_LEVELS)),
  terms: z.array(ContractTerm).check(z.maxLength(MAX_TERMS)),
  penaltyCapPercent: z.nullable(Percent),
  bonusCapPercent: z.nullable(Percent),
});
export type VendorContractInput = z.infer<typeof VendorContract>;

const VendorFields = {
  nameZh: Name,
  nameEn: Name,
  contactName: z.nullable(FreeText({ max: 50 })),
  contactPhone: z.nullable(ContactPhone),
  /** The hospital's own notes on the vendor (never shown to the vendor's staff). */
  notes: z.nullable(FreeText({ max: 500, multiline: true })),
  contract: VendorContract,
};
export const CreateVendorBody = z.object({ id: VendorId, ...VendorFields });
export type CreateVendorBody = z.infer<typeof CreateVendorBody>;
export const UpdateVendorBody = z.object({ version: Version, ...VendorFields });
export type UpdateVendorBody = z.infer<typeof UpdateVendorBody>;
export type VendorFields = Omit<CreateVendorBody, 'id'>;

export const VendorParams = z.object({ id: VendorId });
export const RetireVendorQuery = z.object({ version: z.coerce.number().check(z.int(), z.minimum(0)) });
export const ListVendorsQuery = z.object({
  /** Part of a name (zh or en), the id or the contract reference. */
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  includeRetired: z.optional(z.enum(['true', 'false'])),
});
export type ListVendorsQuery = z.infer<typeof ListVendorsQuery>;

export const Vendor = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    /** Null for the vendor's own staff: the hospital's contact and notes are the hospital's. */
    contactName: z.nullable(z.string()),
    contactPhone: z.nullable(z.string()),
    notes: z.nullable(z.string()),
    contract: VendorContract,
    /** Not retired and today (hospital zone) within the contract's period: new reports are stamped with it. */
    active: z.boolean(),
    version: z.int(),
    retired: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'Vendor' });
export type Vendor = z.infer<typeof Vendor>;
export const VendorList = z.object({ items: z.array(Vendor) }).register(z.globalRegistry, { id: 'VendorList' });
export type VendorList = z.infer<typeof VendorList>;
