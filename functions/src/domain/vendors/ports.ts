import type { AuditRecord } from '../admin/audit/auditRecord';
import type { VendorRecord } from './records';

export type VendorExpectation = 'absent' | { version: number };

/** The vendor register (adapters/dynamo/vendorRepository.ts). */
export interface VendorRepository {
  /** AP-300 one vendor (retired ones too). */
  get(hospitalId: string, vendorId: string): Promise<VendorRecord | null>;
  /** AP-301 every vendor of the hospital, retired ones too, by id: one Query (a hospital has tens, capped at MAX_VENDORS). */
  list(hospitalId: string): Promise<VendorRecord[]>;
  /** AP-302 the entry and its audit entry in one transaction; ConflictError when the stored entry is not as expected. */
  save(vendor: VendorRecord, expect: VendorExpectation, audit: AuditRecord): Promise<void>;
}
