import type { Role } from '../../contract/enums';
import type { FieldProblem } from '../errors';
import { invalidField } from '../admin/editRules';
import type { VendorRecord } from './records';

/** The only roles a vendor's people hold (design16 §Vendors). */
export const VENDOR_STAFF_ROLES: readonly Role[] = ['technician', 'vendor_manager'];

/**
 * What is wrong with a person's vendor and roles, or null: a vendor's people are technicians
 * and/or its vendor_manager, of a registered, not retired vendor; a hospital user never holds
 * vendor_manager. `vendors` is the hospital's register (one Query, AP-301).
 */
export function vendorStaffProblem(person: { vendorId?: string | null; roles: readonly Role[] }, vendors: readonly VendorRecord[]): FieldProblem | null {
  const vendorId = person.vendorId ?? null;
  if (vendorId === null) {
    return person.roles.includes('vendor_manager')
      ? { field: 'roles', code: 'vendor_role', message: 'Only a vendor\'s staff can be a vendor manager: choose their vendor', messageZh: '只有外包单位人员才能担任外包单位负责人，请先选择所属外包单位' }
      : null;
  }
  const vendor = vendors.find((v) => v.id === vendorId);
  if (!vendor || vendor.retired) return { field: 'vendorId', code: 'vendor_not_found', message: `Vendor ${vendorId} does not exist`, messageZh: `外包单位 ${vendorId} 不存在` };
  const hospitalRole = person.roles.find((r) => !VENDOR_STAFF_ROLES.includes(r));
  if (hospitalRole) {
    return { field: 'roles', code: 'vendor_role', message: `A vendor's staff are technicians or vendor managers only, not ${hospitalRole}`, messageZh: '外包单位人员只能是维修人员或外包单位负责人' };
  }
  return null;
}

/** The same check for a single edit: a bilingual 400 naming the field. */
export function checkVendorStaff(person: { vendorId?: string | null; roles: readonly Role[] }, vendors: readonly VendorRecord[]): void {
  const problem = vendorStaffProblem(person, vendors);
  if (problem) throw invalidField(problem.field, problem.code, problem.message, problem.messageZh);
}
